// Lighthouse 12.2.3 on factcard's demo page (dist/index.html), in Debian's headless Chromium.
// Prints performance score, TBT, CLS, LCP (the median of three runs) and writes
// bench/results/lighthouse.json.
//
//   node bench/browser/lighthouse.mjs [--repo DIR]
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync, mkdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join, extname, resolve, dirname } from 'node:path';
import { brotliCompressSync, constants as zc } from 'node:zlib';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const repo = resolve(args.includes('--repo') ? args[args.indexOf('--repo') + 1] : join(here, '..', '..'));
const dist = join(repo, 'dist');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  const file = join(dist, path.endsWith('/') ? path + 'index.html' : path);
  if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404); return res.end(); }
  // Served as a CDN serves them: brotli-compressed when the browser accepts it, cacheable.
  const headers = { 'content-type': types[extname(file)] || 'application/octet-stream', 'cache-control': 'public, max-age=3600' };
  let body = readFileSync(file);
  if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = brotliCompressSync(body, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } });
    headers['content-encoding'] = 'br';
  }
  res.writeHead(200, headers);
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  userDataDir: mkdtempSync(join(tmpdir(), 'fc-lh-')),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  // Lighthouse's simulated timings vary from run to run: report the median run (by score).
  const RUNS = 3;
  const rows = [];
  for (let i = 0; i < RUNS; i++) {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' });
    const n = (id) => lhr.audits[id]?.numericValue ?? NaN;
    rows.push({
      performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
      fcp_ms: Math.round(n('first-contentful-paint')), lcp_ms: Math.round(n('largest-contentful-paint')),
      tbt_ms: Math.round(n('total-blocking-time')), cls: +n('cumulative-layout-shift').toFixed(4), si_ms: Math.round(n('speed-index')),
    });
  }
  const sorted = [...rows].sort((x, y) => x.performance - y.performance);
  const row = { ...sorted[RUNS >> 1], runs: rows };
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`Lighthouse 12.2.3 (mobile, simulated throttling) on the demo, median of ${RUNS}: performance ${row.performance}, FCP ${s(row.fcp_ms)}, LCP ${s(row.lcp_ms)}, TBT ${row.tbt_ms} ms, CLS ${row.cls}, Speed Index ${s(row.si_ms)} (scores: ${rows.map((r) => r.performance).join(', ')})`);
  mkdirSync(join(repo, 'bench', 'results'), { recursive: true });
  writeFileSync(join(repo, 'bench', 'results', 'lighthouse.json'), JSON.stringify(row, null, 2));
} finally {
  await chrome.kill();
  server.close();
}
