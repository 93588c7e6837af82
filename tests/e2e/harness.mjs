// Browser harness for the e2e tests: Debian's Chromium driven by playwright-core, a fresh
// profile per browser, and pages whose every request outside the local test server is blocked
// and recorded, with console errors and uncaught page errors collected.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './server.mjs';
import { recordReadyEvents } from './card.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where the tests keep screenshots (git-ignored). */
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'tests/e2e/artifacts');

export function artifactPath(name) {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return path.join(ARTIFACTS_DIR, name);
}

/** Starts headless Chromium with the flags this machine's closed network needs. */
export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (bash scripts/setup.sh does it).`);
  }
  // launch() gives every browser a new, empty temporary profile (--user-data-dir).
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

/**
 * A new context and page for `server`. Every request to another origin is aborted and kept in
 * `log.blocked`; console errors and page errors are kept too.
 */
export async function openPage(browser, server, { viewport = { width: 1280, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const log = { blocked: [], local: [], console: [], pageErrors: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === server.origin) {
      log.local.push(url);
      return route.continue();
    }
    log.blocked.push(url);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(recordReadyEvents);
  const page = await context.newPage();
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') {
      log.console.push({ type: msg.type(), text: msg.text(), url: msg.location()?.url ?? '' });
    }
  });
  page.on('pageerror', (err) => log.pageErrors.push(String(err?.stack ?? err)));
  return { context, page, log };
}

/**
 * Console errors that are not the page's own blocked third-party loads: "Failed to load
 * resource: net::ERR_BLOCKED_BY_CLIENT" for a URL this harness aborted is the harness at work,
 * anything else is a real error.
 */
export function realConsoleErrors(log) {
  const blocked = new Set(log.blocked);
  return log.console.filter(
    (m) => m.type === 'error' && !(blocked.has(m.url) && /ERR_BLOCKED_BY_CLIENT|Failed to load resource/.test(m.text)),
  );
}

/** A readable dump of a log for assertion messages. */
export function dump(entries) {
  return JSON.stringify(entries, null, 2).slice(0, 4000);
}
