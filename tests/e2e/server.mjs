// A tiny static file server for the browser tests: serves the release build (dist/) and host
// pages that the tests generate at run time, on 127.0.0.1 at a random free port.
//
//   const server = await startServer();          // serves <repo>/dist
//   server.addPage('/e2e/cnn.html', html);      // an in-memory page (or JSON, with a type)
//   server.addPage('/e2e/csp.html', html, undefined, { headers: { 'content-security-policy': "…" } });
//   server.addPage('/e2e/slow.json', '{}', 'application/json', { delayMs: 20_000, status: 200 });
//   server.setHeaders('/factcard-embed.js', { … }); // extra headers on a file of dist/
//   server.url('/index.html');                  // http://127.0.0.1:PORT/index.html
//   await server.close();
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST_DIR = path.resolve(process.env.FACTCARD_DIST ?? path.join(REPO_ROOT, 'dist'));
export const EMBED_SCRIPT = 'factcard-embed.js';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** Fails with a clear message when the release build is missing. */
export function assertDistBuilt() {
  const embed = path.join(DIST_DIR, EMBED_SCRIPT);
  if (!existsSync(embed)) {
    throw new Error(
      `${embed} is missing: build the widget first with \`trunk build --release\` ` +
        '(bash scripts/test.sh does it before the browser tests).',
    );
  }
}

/**
 * Starts the server. `root` is the folder served for any path that is not an added page.
 * @returns {Promise<{origin: string, url: (p: string) => string, addPage: (p: string, body: string, type?: string) => string, requests: string[], close: () => Promise<void>}>}
 */
export async function startServer({ root = DIST_DIR } = {}) {
  const pages = new Map();
  const fileHeaders = new Map();
  const requests = [];
  const log = [];
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://127.0.0.1');
    requests.push(pathname);
    log.push({ path: pathname, headers: req.headers });
    const headers = { 'cache-control': 'no-store' };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, headers).end();
        return;
      }
      if (pages.has(pathname)) {
        const { body, type, status = 200, delayMs = 0, headers: extra = {} } = pages.get(pathname);
        if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        if (res.destroyed) return;
        res.writeHead(status, { ...headers, ...extra, 'content-type': type });
        res.end(req.method === 'HEAD' ? undefined : body);
        return;
      }
      Object.assign(headers, fileHeaders.get(pathname) ?? {});
      let file = path.join(root, decodeURIComponent(pathname));
      if (!file.startsWith(root + path.sep) && file !== root) {
        res.writeHead(403, headers).end();
        return;
      }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, { ...headers, 'content-type': type, 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      if (pathname === '/favicon.ico') {
        // Browsers ask for it by themselves; its absence is no error of the page's.
        res.writeHead(204, headers).end();
        return;
      }
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    requests,
    /** Every request as `{ path, headers }`. */
    log,
    url: (p) => new URL(p, origin).href,
    /** An in-memory response; `options`: `{ headers, status, delayMs }`. */
    addPage(p, body, type = MIME['.html'], options = {}) {
      pages.set(p, { body, type, ...options });
      return new URL(p, origin).href;
    },
    /** Extra response headers for a file served from `root`. */
    setHeaders(p, extra) {
      fileHeaders.set(p, extra);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}
