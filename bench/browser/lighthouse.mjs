// Lighthouse 12.2.3 on factcard's demo page (dist/index.html), in Debian's headless Chromium.
// Prints performance score, TBT, CLS, LCP and writes bench/results/lighthouse.json.
//
//   node bench/browser/lighthouse.mjs [--repo DIR]
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync, mkdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join, extname, resolve, dirname } from 'node:path';
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
  res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  userDataDir: mkdtempSync(join(tmpdir(), 'fc-lh-')),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const result = await lighthouse(url, { port: chrome.port, output: 'json', onlyCategories: ['performance'], logLevel: 'error' });
  const lhr = result.lhr;
  const a = (id) => lhr.audits[id]?.displayValue ?? 'n/a';
  const row = {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    fcp: a('first-contentful-paint'), lcp: a('largest-contentful-paint'),
    tbt: a('total-blocking-time'), cls: a('cumulative-layout-shift'), si: a('speed-index'),
  };
  console.log(`Lighthouse 12.2.3 (mobile, simulated throttling) on the demo: performance ${row.performance}, FCP ${row.fcp}, LCP ${row.lcp}, TBT ${row.tbt}, CLS ${row.cls}, Speed Index ${row.si}`);
  mkdirSync(join(repo, 'bench', 'results'), { recursive: true });
  writeFileSync(join(repo, 'bench', 'results', 'lighthouse.json'), JSON.stringify(row, null, 2));
} finally {
  await chrome.kill();
  server.close();
}
