// Bad or missing input: no article, an empty one, one in another language, a 5 MB one, a
// data-facts URL that 404s, answers too slowly, or returns malformed or wrong-schema JSON, and an
// unknown option value. Each card shows a short state (or hides itself with
// data-hide-when-empty), says once on the console what to fix, and leaves the other card of the
// page and the host page itself (its scripts, its layout) alone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { assertDistBuilt, startServer, REPO_ROOT } from './server.mjs';
import { dump, launchBrowser, openPage } from './harness.mjs';
import { Card } from './card.mjs';
import { addHostScripts, cardMessages, hostPage, hostSnapshot } from './hostile.mjs';

/** A card that always works: curated facts given inline. */
const GOOD_SHEET = {
  schema: 'factcard/1',
  meta: { headline: 'Library extends opening hours' },
  key_points: [{ text: 'The library opens 12 more hours a week from Monday.' }],
};
const GOOD_CARD = `<div data-factcard id="good"><script type="application/json">${JSON.stringify(GOOD_SHEET)}</script></div>`;

const GERMAN = [
  'Die Stadt hat die Hafenbrücke am Dienstag nach acht Monaten Reparatur wieder für den Verkehr geöffnet, teilte das Verkehrsamt mit.',
  'Vor der Schließung im März überquerten täglich etwa 42.000 Fahrzeuge die Brücke, so das Amt.',
  '„Die Brücke ist sicherer als am Tag ihrer Eröffnung“, sagte die Ingenieurin Marta Okonkwo am Dienstag.',
];
const CHINESE = [
  '市政府周二宣布，经过八个月的维修，港湾大桥重新开放通车，维修费用为四千八百万美元。',
  '据交通部门称，大桥在三月关闭前每天约有四万二千辆汽车通过。',
  '城市工程师表示：“这座桥比开通那天更安全。”',
];

/** About 5 MB of article: many varied paragraphs. */
function hugeArticle() {
  const out = [];
  let bytes = 0;
  for (let i = 0; bytes < 5_000_000; i++) {
    const p = `On day ${i + 1} of the works, crew ${i % 97} moved ${1000 + (i * 37) % 9000} tonnes of steel across the harbour, the transport department said in its ${i}th daily update.`;
    out.push(p);
    bytes += p.length + 7;
  }
  return out;
}

describe('bad or missing input', () => {
  let server;
  let browser;
  before(async () => {
    assertDistBuilt();
    server = await startServer();
    addHostScripts(server);
    server.addPage('/e2e/facts/malformed.json', '{"schema": "factcard/1", "key_points": [ {"text": "unterminated', 'application/json');
    server.addPage('/e2e/facts/wrong-schema.json', JSON.stringify({ schema: 'other/9', facts: ['a'] }), 'application/json');
    server.addPage('/e2e/facts/slow.json', JSON.stringify(GOOD_SHEET), 'application/json', { delayMs: 30_000 });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * Opens a page with `card` then the good card, waits until both settle, and checks what every
   * case shares: the good card is ready, the host's scripts ran, the marker did not move, and
   * the card said exactly one thing on the console. Returns the bad card's state and message.
   */
  async function check(name, { card, article, articleHtml, messages = 1, timeout = 30_000, lang }) {
    const url = server.addPage(`/e2e/${name}.html`, hostPage(server, { cards: [card, GOOD_CARD], article, articleHtml, lang }));
    const { context, page, log } = await openPage(browser, server);
    try {
      // The marker's box before any module script (the card) ran.
      await context.addInitScript(() => {
        document.addEventListener('readystatechange', () => {
          if (document.readyState === 'interactive') {
            const r = document.getElementById('marker').getBoundingClientRect();
            window.__markerBefore = { x: r.x, y: r.y, width: r.width, height: r.height };
          }
        });
      });
      const t0 = Date.now();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await Card.waitAllSettled(page, timeout);
      const elapsed = Date.now() - t0;
      await page.waitForTimeout(100);
      const [bad, good] = await Promise.all((await Card.all(page)).map((c) => c.read()));
      const snap = await hostSnapshot(page);
      const before = await page.evaluate(() => window.__markerBefore);
      const hidden = await page.evaluate(() => {
        const h = document.querySelector('[data-factcard]');
        return getComputedStyle(h).display === 'none' && h.getBoundingClientRect().height === 0;
      });
      assert.equal(good.state, 'ready', `the other card works: ${dump(good)}`);
      assert.equal(good.headline, GOOD_SHEET.meta.headline);
      assert.deepEqual(snap.host, { before: true, after: true, domReady: true, loaded: true }, "the host's scripts ran");
      assert.deepEqual(snap.marker, before, "the host's layout before the cards did not move");
      assert.deepEqual(log.pageErrors, [], 'no uncaught error');
      const said = cardMessages(log);
      if (messages !== null) assert.equal(said.length, messages, `one console message: ${dump(log.console)}`);
      return { bad, said, elapsed, hidden };
    } finally {
      await context.close();
    }
  }

  test('no article on the page: an error state that says so, and how to fix it', async () => {
    const { bad, said } = await check('no-article', { card: '<div data-factcard data-article="#story"></div>', article: null });
    assert.equal(bad.state, 'error');
    assert.equal(bad.message, 'Key facts are not available for this page.');
    assert.match(said[0].text, /data-article="#story" matches no element/);
  });

  test('no article and no data-article: the card finds nothing to read and says so', async () => {
    const { bad, said } = await check('no-article-auto', { card: '<div data-factcard></div>', article: null });
    assert.ok(['empty', 'error'].includes(bad.state), bad.state);
    assert.ok(bad.message, dump(bad));
    assert.match(said[0].text, /data-article="CSS selector"/);
  });

  test('an empty article element: an error state, one message', async () => {
    const { bad, said } = await check('empty-article', { card: '<div data-factcard data-article="#story"></div>', articleHtml: '' });
    assert.equal(bad.state, 'error');
    assert.equal(bad.message, 'Key facts are not available for this page.');
    assert.match(said[0].text, /no article text found/);
  });

  for (const [lang, article] of [['de', GERMAN], ['zh', CHINESE]]) {
    test(`an article in another language (${lang}): facts taken from the text, or a clear "no key facts"`, async () => {
      const { bad, said } = await check(`lang-${lang}`, { card: '<div data-factcard data-article="#story"></div>', article, lang, messages: null });
      assert.ok(['ready', 'empty'].includes(bad.state), bad.state);
      const text = article.join(' ');
      if (bad.state === 'empty') {
        assert.ok(bad.message && bad.message.length > 5, `an empty card says so: ${dump(bad)}`);
        assert.equal(said.length, 1, dump(said));
        assert.match(said[0].text, /no key facts found/);
      } else {
        assert.deepEqual(said, [], 'a card with facts says nothing');
        // Every key point is the article's own text, never garbage.
        for (const k of bad.keyPoints) assert.ok(text.includes(k.text.replace(/…$/, '')), `key point from the article: ${k.text}`);
      }
    });
  }

  test('a 5 MB article: the card finishes and the main thread is never blocked for long', async () => {
    const url = server.addPage('/e2e/huge.html', hostPage(server, { cards: ['<div data-factcard data-article="#story"></div>', GOOD_CARD], article: hugeArticle() }));
    const { context, page, log } = await openPage(browser, server);
    try {
      await context.addInitScript(() => {
        window.__gaps = [];
        let last = performance.now();
        const tick = () => {
          const now = performance.now();
          window.__gaps.push(now - last);
          last = now;
          setTimeout(tick, 10);
        };
        document.addEventListener('DOMContentLoaded', () => { last = performance.now(); setTimeout(tick, 10); });
      });
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await Card.waitAllSettled(page, 30_000);
      const [bad, good] = await Promise.all((await Card.all(page)).map((c) => c.read()));
      const worst = await page.evaluate(() => Math.max(...window.__gaps));
      const events = await page.evaluate(() => window.__factcardEvents);
      assert.equal(bad.state, 'ready', dump(bad));
      assert.ok(bad.keyPoints.length > 0);
      assert.equal(good.state, 'ready');
      // extract_ms is the card's synchronous work: reading the page and extracting.
      const extractMs = events.find((e) => e.host === 0)?.detail.extract_ms;
      assert.ok(extractMs < 1000, `reading and extracting took ${extractMs} ms`);
      // The page's own first layout of 5 MB of text takes about a second by itself; the card
      // must not add seconds to it.
      assert.ok(worst < 3000, `the longest main-thread block after the page was parsed: ${Math.round(worst)} ms`);
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  const fetched = [
    ['a data-facts URL that 404s', '/e2e/facts/missing.json', /HTTP 404/],
    ['malformed JSON', '/e2e/facts/malformed.json', /not a valid FactSheet/],
    ['JSON of another schema', '/e2e/facts/wrong-schema.json', /not a valid FactSheet/],
  ];
  for (const [what, file, reason] of fetched) {
    test(`${what}: an error state, one message naming the URL and the problem`, async () => {
      const { bad, said } = await check(`facts-${path.basename(file, '.json')}`, { card: `<div data-factcard data-facts="${file}"></div>` });
      assert.equal(bad.state, 'error');
      assert.equal(bad.message, 'The key facts for this article could not be loaded.');
      assert.match(said[0].text, reason);
      if (/404/.test(what)) assert.match(said[0].text, /missing\.json/);
    });
  }

  test('a data-facts URL that does not answer: loading, then a timeout error after 10 s', async () => {
    const { bad, said, elapsed } = await check('facts-slow', { card: '<div data-factcard data-facts="/e2e/facts/slow.json"></div>', timeout: 25_000 });
    assert.equal(bad.state, 'error');
    assert.equal(bad.message, 'The key facts for this article could not be loaded.');
    assert.match(said[0].text, /slow\.json.*no answer within 10 s/);
    assert.ok(elapsed >= 9_000 && elapsed < 20_000, `gave up after ${elapsed} ms`);
  });

  test('data-hide-when-empty: a card with nothing to show takes no room, and still says why', async () => {
    const { bad, hidden, said } = await check('hide-when-empty', { card: '<div data-factcard data-hide-when-empty data-facts="/e2e/facts/missing.json"></div>' });
    assert.equal(bad.state, 'error');
    assert.ok(hidden, 'the card is hidden');
    assert.match(said[0].text, /HTTP 404/);
  });

  test('a language the card does not speak (data-lang="fr"): English and one warning', async () => {
    const { bad, said } = await check('bad-lang', { card: '<div data-factcard data-article="#story" data-lang="fr"></div>' });
    assert.equal(bad.state, 'ready');
    assert.equal(said[0].type, 'warning');
    assert.match(said[0].text, /data-lang="fr" is not a language of the card; write en or de/);
    assert.ok(bad.sections.includes('key-points'));
  });

  test('an unknown option value (data-theme="purple"): the default theme and one warning', async () => {
    const { bad, said } = await check('bad-theme', { card: '<div data-factcard data-article="#story" data-theme="purple"></div>' });
    assert.equal(bad.state, 'ready');
    assert.equal(said[0].type, 'warning');
    assert.match(said[0].text, /data-theme="purple" is not a theme; write light or dark/);
  });

  const PANIC_DIST = path.join(REPO_ROOT, 'target/dist-test-panic');
  const PANIC_SKIP = !existsSync(path.join(PANIC_DIST, 'factcard-embed.js')) &&
    'build target/dist-test-panic first: trunk build --release --features test-panic --dist target/dist-test-panic';

  /** Opens a page of `cards` on the test-panic build; returns what `check` needs. */
  async function panicPage(name, cards) {
    const panicServer = await startServer({ root: PANIC_DIST });
    addHostScripts(panicServer);
    panicServer.addPage('/e2e/facts/slow.json', JSON.stringify(GOOD_SHEET), 'application/json', { delayMs: 1_500 });
    const url = panicServer.addPage(`/e2e/${name}.html`, hostPage(panicServer, { cards }));
    const { context, page, log } = await openPage(browser, panicServer);
    await page.goto(url, { waitUntil: 'load' });
    const close = async () => {
      await context.close();
      await panicServer.close();
    };
    return { page, log, close };
  }

  /** The card still works: another tab can be selected, and it shows its panel. */
  async function assertLive(card) {
    const tabs = await card.host.locator('[role=tab]').evaluateAll((ts) => ts.map((t) => t.dataset.tab));
    assert.ok(tabs.length > 1, `the card has tabs: ${tabs}`);
    await card.selectTab(tabs[1]);
    assert.equal(await card.host.locator(`[role=tab][data-tab="${tabs[1]}"]`).getAttribute('aria-selected'), 'true');
  }

  /** The console and page errors after one panic: one message naming it, one trap report. */
  function assertOnePanicReported(log, pattern) {
    const said = cardMessages(log);
    assert.equal(said.length, 1, dump(log.console));
    assert.match(said[0].text, pattern);
    // The trap itself reaches the page once, as the browser's own report of an uncaught
    // RuntimeError from the card's wasm, called from the card's glue; nothing else. (The loader
    // compiles the module from a buffer, so its own frames are named wasm://wasm/<hash>.)
    assert.equal(log.pageErrors.length, 1, dump(log.pageErrors));
    assert.match(log.pageErrors[0], /^RuntimeError: unreachable\n\s+at wasm:\/\/wasm\/[\s\S]*\/factcard\.js:/);
  }

  test('a panic while one card loads: that card alone shows an error; the others, loading or shown, live on', { skip: PANIC_SKIP }, async () => {
    const { page, log, close } = await panicPage('panic-load', [
      '<div data-factcard data-article="#story" data-factcard-test-panic></div>',
      '<div data-factcard data-article="#story"></div>',
      '<div data-factcard data-facts="/e2e/facts/slow.json"></div>',
    ]);
    try {
      await Card.waitAllSettled(page, 10_000);
      const [broken, shown, slow] = await Card.all(page);
      const cards = await Promise.all([broken, shown, slow].map((c) => c.read()));
      assert.deepEqual(cards.map((c) => c.state), ['error', 'ready', 'ready'], dump(cards));
      assert.equal(cards[0].message, 'The key facts for this article could not be loaded.');
      assert.ok(cards[1].keyPoints.length > 0 && cards[2].keyPoints.length > 0, dump(cards.map((c) => ({ state: c.state, headline: c.headline, message: c.message, sections: c.sections, keyPoints: c.keyPoints.length }))));
      await assertLive(shown);
      assertOnePanicReported(log, /internal error[\s\S]*data-factcard-test-panic/);
      const snap = await hostSnapshot(page);
      assert.deepEqual(snap.host, { before: true, after: true, domReady: true, loaded: true });
    } finally {
      await close();
    }
  });

  test('a panic in a click handler: the clicked card alone shows an error; the other card keeps working', { skip: PANIC_SKIP }, async () => {
    const { page, log, close } = await panicPage('panic-click', [
      '<div data-factcard data-article="#story" data-factcard-test-panic="click"></div>',
      '<div data-factcard data-article="#story"></div>',
    ]);
    try {
      await Card.waitAllSettled(page, 10_000);
      const [clicked, other] = await Card.all(page);
      assert.deepEqual([await clicked.state(), await other.state()], ['ready', 'ready']);
      await clicked.host.locator('[role=tab]').nth(1).click();
      await page.waitForFunction(() => document.querySelector('[data-factcard]').getAttribute('data-factcard-state') === 'error', null, { timeout: 5_000 }).catch((e) => { throw new Error(dump(log) + e); });
      await Card.waitAllSettled(page, 10_000);
      const cards = await Promise.all([clicked, other].map((c) => c.read()));
      assert.deepEqual(cards.map((c) => c.state), ['error', 'ready'], dump(cards));
      assert.equal(cards[0].message, 'The key facts for this article could not be loaded.');
      await assertLive(other);
      assertOnePanicReported(log, /internal error[\s\S]*click/);
    } finally {
      await close();
    }
  });
});
