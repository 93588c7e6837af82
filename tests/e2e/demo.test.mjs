// (a) The demo page (dist/index.html, the seed article as a news page): the card in the shadow
// root shows the seed's facts as a reader sees them, with no error and no outside request.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { assertDistBuilt, startServer, REPO_ROOT } from './server.mjs';
import { artifactPath, dump, launchBrowser, openPage, realConsoleErrors } from './harness.mjs';
import { Card, SECTIONS, fold, isFrom, numbersIn, quotedIn, showsDay, squash } from './card.mjs';

const SEED = await readFile(path.join(REPO_ROOT, 'tests/fixtures/seed/article.txt'), 'utf8');
const SEED_HEADLINE = SEED.split('\n')[0].trim();

describe('demo page', () => {
  let server;
  let browser;
  before(async () => {
    assertDistBuilt();
    server = await startServer();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Opens the demo at `viewport`, waits for its card, checks the page stayed clean. */
  async function openDemo(viewport) {
    const { context, page, log } = await openPage(browser, server, { viewport });
    await page.goto(server.url('/index.html'), { waitUntil: 'load' });
    const cards = await Card.all(page);
    assert.equal(cards.length, 1, 'the demo embeds exactly one card');
    const card = cards[0];
    const state = await card.waitSettled();
    return { context, page, log, card, state };
  }

  function assertClean(log) {
    assert.deepEqual(log.pageErrors, [], `uncaught errors on the page:\n${dump(log.pageErrors)}`);
    assert.deepEqual(realConsoleErrors(log), [], `console errors:\n${dump(realConsoleErrors(log))}`);
    assert.deepEqual(log.blocked, [], `the demo made requests outside the local server:\n${dump(log.blocked)}`);
  }

  test("the card shows the seed article's facts as a reader sees them", async () => {
    const { context, page, log, card, state } = await openDemo({ width: 1280, height: 900 });
    try {
      assert.equal(state, 'ready', `card state is ${state}`);
      const seen = await card.read();
      assert.equal(seen.shadowRoot, 'open', 'the card lives in an open shadow root');
      assert.ok(seen.hasCard, '.fc-card is rendered and visible');
      assert.equal(seen.lightText, '', 'the host element itself gets no light-DOM text');

      // Headline and date.
      assert.equal(fold(seen.headline), fold(SEED_HEADLINE));
      assert.ok(seen.date && /2022/.test(seen.date) && showsDay(seen.date, 11, 22), `date shown: ${seen.date}`);

      // Every section of a full card is there.
      for (const s of SECTIONS) assert.ok(seen.sections.includes(s), `section ${s} is shown (got ${seen.sections})`);

      // Key points: a few, each words of the article.
      assert.ok(seen.keyPoints.length >= 2, `key points: ${dump(seen.keyPoints)}`);
      for (const k of seen.keyPoints) assert.ok(isFrom(k.text, SEED), `key point not from the article: ${k.text}`);

      // Figures: 300,000 reservists; 80,000 deployed; 50,000 in hostilities; 1,500 mothers.
      const figureNumbers = seen.figures.flatMap((f) => numbersIn(f.value ?? f.text));
      for (const n of [300_000, 80_000, 50_000, 1_500]) {
        assert.ok(figureNumbers.includes(n), `figure ${n} shown (figures: ${dump(seen.figures)})`);
      }
      // Hovering a fact shows the sentence it came from (its title).
      for (const f of seen.figures) {
        assert.ok(f.title && isFrom(quotedIn(f.title), SEED), `figure's sentence: ${dump(f)}`);
      }
      for (const [n, written] of [[300_000, '300,000'], [80_000, '80,000'], [50_000, '50,000'], [1_500, '1,500']]) {
        const f = seen.figures.find((x) => numbersIn(x.value ?? x.text).includes(n));
        assert.ok(quotedIn(f.title).includes(written), `figure ${n} shows its own sentence: ${f.title}`);
      }
      for (const k of seen.keyPoints) {
        assert.ok(k.title && isFrom(quotedIn(k.title), SEED), `key point's sentence: ${k.title}`);
      }
      const reservists = seen.figures.find((f) => numbersIn(f.value ?? f.text).includes(300_000));
      assert.match(reservists.text, /reservist/i, 'the 300,000 figure says what it counts');

      // Timeline: September 21, October 31, August 15, November 27.
      for (const [m, d] of [[9, 21], [10, 31], [8, 15], [11, 27]]) {
        assert.ok(
          seen.events.some((e) => showsDay(e.date ?? e.text, m, d)),
          `timeline shows ${m}/${d} (events: ${dump(seen.events.map((e) => e.date ?? e.text))})`,
        );
      }
      for (const e of seen.events) assert.ok(e.description, `event without text: ${dump(e)}`);

      // People with roles.
      const person = (re) => seen.people.find((p) => re.test(p.name ?? p.text));
      for (const re of [/Vladimir Putin/, /Dmitry Peskov/, /Sergey Tsivilev/]) {
        assert.ok(person(re), `person ${re} shown (people: ${dump(seen.people)})`);
      }
      assert.match(person(/Dmitry Peskov/).role ?? '', /spokesman/i, 'Peskov is shown as spokesman');

      // Quotes: a Peskov quote, with its speaker, in the article's words.
      const peskov = seen.quotes.filter((q) => /Peskov/.test(q.speaker ?? ''));
      assert.ok(peskov.length >= 1, `a quote by Peskov (quotes: ${dump(seen.quotes)})`);
      for (const q of seen.quotes) {
        for (const part of q.quoteParts) assert.ok(isFrom(part, SEED), `quote not from the article: ${part}`);
      }
      assert.ok(seen.quotes.some((q) => /cannon fodder/.test(q.quote ?? q.text)), 'the "cannon fodder" quote is shown');

      // Sources: Vedomosti, with a sourcing status.
      const vedomosti = seen.sources.find((s) => /Vedomosti/.test(s.name ?? s.text));
      assert.ok(vedomosti, `source Vedomosti shown (sources: ${dump(seen.sources)})`);
      assert.ok(vedomosti.status, 'the Vedomosti source shows its status');

      // The ready event: bubbles out of the shadow root with counts and timing.
      const events = await card.readyEvents();
      assert.equal(events.length, 1, `one factcard:ready event (got ${dump(events)})`);
      const [ev] = events;
      assert.ok(ev.isCustomEvent && ev.bubbles && ev.composed, 'factcard:ready is a bubbling, composed CustomEvent');
      assert.equal(typeof ev.detail?.extract_ms, 'number', `detail.extract_ms (detail: ${dump(ev.detail)})`);
      const counted = JSON.stringify(ev.detail);
      assert.ok(/figures|counts/.test(counted), `detail carries counts: ${counted}`);

      await card.cardLocator().screenshot({ path: artifactPath('demo-card.png') });
      await page.screenshot({ path: artifactPath('demo-page.png'), fullPage: true });
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test('the card fits a 320 px wide screen', async () => {
    const { context, page, log, card, state } = await openDemo({ width: 320, height: 640 });
    try {
      assert.equal(state, 'ready');
      const layout = await card.host.evaluate((host) => {
        const card = host.shadowRoot.querySelector('.fc-card');
        const r = card.getBoundingClientRect();
        const overflowing = [...host.shadowRoot.querySelectorAll('*')]
          .filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > window.innerWidth + 1)
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
        return {
          left: r.left,
          right: r.right,
          viewport: window.innerWidth,
          cardScrolls: card.scrollWidth > card.clientWidth + 1,
          pageScrolls: document.documentElement.scrollWidth > window.innerWidth + 1,
          overflowing,
        };
      });
      assert.ok(layout.left >= 0 && layout.right <= layout.viewport + 1, `card within the screen: ${dump(layout)}`);
      assert.equal(layout.cardScrolls, false, `card content wider than the card: ${dump(layout)}`);
      assert.deepEqual(layout.overflowing, [], 'no part of the card sticks out of a 320 px screen');
      const seen = await card.read();
      assert.ok(seen.people.some((p) => /Peskov/.test(p.name ?? '')), 'facts still shown at 320 px');
      assert.ok(squash(seen.headline).length > 0);
      await card.cardLocator().screenshot({ path: artifactPath('demo-card-320.png') });
      assertClean(log);
    } finally {
      await context.close();
    }
  });

  test('no layout shift: the card holds the space the page reserved, from its first frame to ready, on a phone and a desktop', async () => {
    for (const viewport of [{ width: 412, height: 823 }, { width: 800, height: 600 }, { width: 1280, height: 900 }]) {
      const { context, page } = await openPage(browser, server, { viewport });
      try {
        await page.addInitScript(() => {
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
              window.__shifts.push({ value: e.value, sources: e.sources.map((s) => s.node?.nodeName + '.' + (s.node?.className ?? '')) });
            }
          }).observe({ type: 'layout-shift', buffered: true });
          // The card host's height in every frame until it is ready.
          window.__heights = [];
          const watch = () => {
            const host = document.querySelector('[data-factcard]');
            if (host) window.__heights.push([host.getAttribute('data-factcard-state'), Math.round(host.getBoundingClientRect().height)]);
            if (host?.getAttribute('data-factcard-state') !== 'ready') requestAnimationFrame(watch);
          };
          requestAnimationFrame(watch);
        });
        await page.goto(server.url('/index.html'), { waitUntil: 'load' });
        await new Card(page).waitSettled();
        await page.waitForTimeout(500);
        const { shifts, heights } = await page.evaluate(() => ({ shifts: window.__shifts, heights: window.__heights }));
        const seen = [...new Set(heights.map(([state, h]) => `${state}:${h}`))];
        assert.deepEqual(shifts, [], `${viewport.width}px: layout shifts ${dump(shifts)}; host heights per frame ${seen}`);
        assert.equal(new Set(heights.map(([, h]) => h)).size, 1, `${viewport.width}px: the host keeps one height: ${seen}`);
        assert.ok(heights[0][1] > 200, `${viewport.width}px: the space is reserved before the card starts: ${seen}`);
      } finally {
        await context.close();
      }
    }
  });
});
