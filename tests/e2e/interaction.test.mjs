// The interactive card on the demo page, used as a reader would: keyboard through the tabs,
// open a fact and show it in the article, choose a person, collapse and reload, switch theme,
// and a card that starts hidden.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDistBuilt, startServer } from './server.mjs';
import { dump, launchBrowser, openPage } from './harness.mjs';
import { Card, SELECTORS } from './card.mjs';

describe('interactive card', () => {
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

  async function openDemo(opts = {}) {
    const { context, page, log } = await openPage(browser, server, opts);
    await page.goto(server.url('/index.html'), { waitUntil: 'load' });
    const card = new Card(page, 0);
    assert.equal(await card.waitSettled(), 'ready');
    return { context, page, log, card };
  }

  /** The focused element inside the card's shadow root, described. */
  const focused = (card) =>
    card.host.evaluate((h) => {
      const a = h.shadowRoot.activeElement;
      return a ? { role: a.getAttribute('role'), tab: a.dataset.tab ?? null, selected: a.getAttribute('aria-selected') } : null;
    });

  test('keyboard only: Tab into the tablist, arrows/Home/End move focus and selection', async () => {
    const { context, page, card } = await openDemo();
    try {
      const tabs = await card.host.evaluate((h) =>
        [...h.shadowRoot.querySelectorAll('[role=tab]')].map((t) => ({
          tab: t.dataset.tab,
          controls: t.getAttribute('aria-controls'),
          tabindex: t.getAttribute('tabindex'),
          panelLabelledBy: h.shadowRoot.getElementById(t.getAttribute('aria-controls'))?.getAttribute('aria-labelledby'),
          id: t.id,
        })),
      );
      assert.deepEqual(tabs.map((t) => t.tab), ['key-points', 'figures', 'timeline', 'people', 'quotes', 'sources']);
      for (const t of tabs) assert.equal(t.panelLabelledBy, t.id, `panel of ${t.tab} is labelled by its tab`);
      assert.deepEqual(tabs.map((t) => t.tabindex), ['0', '-1', '-1', '-1', '-1', '-1'], 'roving tabindex');
      assert.equal(await card.host.locator('[role=tablist]').count(), 1);

      // Tab from the page into the card: the collapse button, then the selected tab.
      await page.evaluate(() => document.body.focus());
      let guard = 0;
      while ((await focused(card))?.role !== 'tab' && guard++ < 40) await page.keyboard.press('Tab');
      assert.deepEqual(await focused(card), { role: 'tab', tab: 'key-points', selected: 'true' });

      for (const expected of ['figures', 'timeline', 'people', 'quotes', 'sources', 'key-points']) {
        await page.keyboard.press('ArrowRight');
        assert.deepEqual(await focused(card), { role: 'tab', tab: expected, selected: 'true' }, `ArrowRight → ${expected}`);
        const shown = await card.host.evaluate((h) =>
          [...h.shadowRoot.querySelectorAll('[role=tabpanel]')].filter((p) => !p.hidden).map((p) => p.dataset.section),
        );
        assert.deepEqual(shown, [expected], 'exactly the selected panel shows');
      }
      await page.keyboard.press('ArrowLeft');
      assert.equal((await focused(card)).tab, 'sources', 'ArrowLeft wraps to the last tab');
      await page.keyboard.press('Home');
      assert.equal((await focused(card)).tab, 'key-points');
      await page.keyboard.press('End');
      assert.equal((await focused(card)).tab, 'sources');
      // Tab moves on into the panel, not to the other tabs.
      await page.keyboard.press('Tab');
      const inPanel = await card.host.evaluate((h) => h.shadowRoot.activeElement?.getAttribute('role'));
      assert.equal(inPanel, 'tabpanel');
    } finally {
      await context.close();
    }
  });

  test('open a fact, show it in the article: exactly its sentence is highlighted, the text unchanged', async () => {
    const { context, page, card } = await openDemo();
    try {
      await page.evaluate(() => {
        window.__select = [];
        document.addEventListener('factcard:select', (e) =>
          window.__select.push({ detail: e.detail, bubbles: e.bubbles, composed: e.composed }),
        );
      });
      const before = await page.evaluate(() => document.body.textContent);
      await card.selectTab('figures');
      const figure = card.host.locator(SELECTORS.figure).first();
      const toggle = figure.locator(SELECTORS.provToggle);
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      const sentence = (await figure.locator(SELECTORS.provSentence).innerText()).replace(/^From the article:\s*/, '').trim();
      assert.ok(sentence.length > 20, sentence);

      const events = await page.evaluate(() => window.__select);
      assert.equal(events.length, 1, dump(events));
      assert.ok(events[0].bubbles && events[0].composed);
      assert.equal(events[0].detail.section, 'figures');
      assert.equal(events[0].detail.kind, 'figure');
      assert.equal(events[0].detail.index, 0);
      assert.equal(events[0].detail.sentence, sentence);

      const link = await figure.locator(SELECTORS.provLink).getAttribute('href');
      assert.match(link, /#:~:text=[^#\s]+$/, link);
      assert.ok(!/[ ,&]/.test(link.split('#:~:text=')[1].replace(/,/, '')), `percent-encoded: ${link}`);

      await figure.locator(SELECTORS.provShow).click();
      const hl = await page.evaluate(() => {
        const h = CSS.highlights.get('factcard');
        return h ? [...h].map((r) => r.toString()) : null;
      });
      assert.ok(hl, 'CSS.highlights has "factcard"');
      assert.equal(hl.length, 1);
      assert.equal(hl[0].replace(/\s+/g, ' ').trim(), sentence.replace(/\s+/g, ' '));
      assert.equal(await page.evaluate(() => document.body.textContent), before, "the article's text is unchanged");
      assert.equal(await page.evaluate(() => document.querySelectorAll('mark').length), 0);
      const styled = await page.evaluate(() =>
        document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('::highlight(factcard)'))),
      );
      assert.ok(styled, 'the ::highlight(factcard) rule is adopted by the page');
      // The sentence was scrolled into view.
      await page.waitForTimeout(800);
      const inView = await page.evaluate(() => {
        const r = [...CSS.highlights.get('factcard')][0].getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      assert.ok(inView, 'the highlighted sentence is in view');
    } finally {
      await context.close();
    }
  });

  test('choose a person: their role, quotes and facts', async () => {
    const { context, card } = await openDemo();
    try {
      await card.selectTab('people');
      const peskov = card.host.locator(SELECTORS.person).filter({ hasText: 'Peskov' }).first();
      const toggle = peskov.locator(SELECTORS.personToggle);
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      assert.match(await peskov.locator(SELECTORS.personRole).innerText(), /spokesman/i);
      const quotes = await peskov.locator(SELECTORS.personQuote).allInnerTexts();
      assert.ok(quotes.length >= 1, 'Peskov has quotes');
      const all = await card.read();
      const shown = all.quotes.filter((q) => /Peskov/.test(q.speaker ?? '')).flatMap((q) => q.quoteParts);
      for (const q of quotes) {
        const bare = q.replace(/^“|”$/g, '');
        assert.ok(shown.some((s) => s.includes(bare.slice(0, 30))), `person quote ${q} is one of Peskov's quotes`);
      }
    } finally {
      await context.close();
    }
  });

  test('collapse and reload: still collapsed', async () => {
    const { context, page, card } = await openDemo();
    try {
      const toggle = card.host.locator(SELECTORS.collapse);
      assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
      await toggle.click();
      assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
      assert.equal(await card.host.locator(SELECTORS.body).isVisible(), false);
      await page.reload({ waitUntil: 'load' });
      const again = new Card(page, 0);
      await again.waitSettled();
      assert.equal(await again.host.locator(SELECTORS.collapse).getAttribute('aria-expanded'), 'false');
      assert.equal(await again.host.locator(SELECTORS.body).isVisible(), false);
      await again.host.locator(SELECTORS.collapse).click();
      assert.equal(await again.host.locator(SELECTORS.body).isVisible(), true);
    } finally {
      await context.close();
    }
  });

  test('the card follows data-theme on the host at run time', async () => {
    const { context, card } = await openDemo({ viewport: { width: 1280, height: 900 } });
    try {
      const colors = () =>
        card.host.evaluate((h) => {
          const c = getComputedStyle(h.shadowRoot.querySelector('.fc-card'));
          return { bg: c.backgroundColor, fg: c.color };
        });
      await card.host.evaluate((h) => h.setAttribute('data-theme', 'light'));
      const light = await colors();
      await card.host.evaluate((h) => h.setAttribute('data-theme', 'dark'));
      const dark = await colors();
      assert.notDeepEqual(light, dark, `${dump(light)} vs ${dump(dark)}`);
      assert.equal(light.bg, 'rgb(255, 255, 255)');
    } finally {
      await context.close();
    }
  });

  test('a card that starts inside display:none lays out when shown', async () => {
    const { context, page } = await openPage(browser, server);
    try {
      // The host is hidden before any script runs, and shown only once the card is ready.
      await context.addInitScript(() => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('[data-factcard] { display: none !important; }');
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        window.__hideSheet = sheet;
      });
      await page.goto(server.url('/index.html'), { waitUntil: 'load' });
      const card = new Card(page, 0);
      assert.equal(await card.waitSettled(), 'ready');
      const hidden = await card.host.evaluate((h) => h.getBoundingClientRect().width);
      assert.equal(hidden, 0, 'the card was mounted while hidden');
      await page.evaluate(() => {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== window.__hideSheet);
      });
      const size = await card.host.evaluate((h) => {
        const r = h.shadowRoot.querySelector('.fc-card').getBoundingClientRect();
        const tabs = h.shadowRoot.querySelector('[role=tablist]').getBoundingClientRect();
        const panel = [...h.shadowRoot.querySelectorAll('[role=tabpanel]')].find((p) => !p.hidden).getBoundingClientRect();
        return { width: r.width, height: r.height, tabs: tabs.height, panel: panel.height };
      });
      assert.ok(size.width > 200 && size.height > 150 && size.tabs > 20 && size.panel > 40, dump(size));
    } finally {
      await context.close();
    }
  });
  /** Opens the demo with attributes set on the host (and `dir` on the page) before the card mounts. */
  async function openWith(attrs, dir = null) {
    const { context, page, log } = await openPage(browser, server);
    await context.addInitScript(([a, d]) => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        if (d) document.documentElement.setAttribute('dir', d);
        for (const host of document.querySelectorAll('[data-factcard]')) {
          for (const [k, v] of Object.entries(a)) host.setAttribute(k, v);
        }
      });
    }, [attrs, dir]);
    await page.goto(server.url('/index.html'), { waitUntil: 'load' });
    const card = new Card(page, 0);
    assert.equal(await card.waitSettled(), 'ready');
    return { context, page, log, card };
  }

  test('compact mode: only the key points, then "More facts" shows the tabs', async () => {
    const { context, card } = await openWith({ 'data-compact': '' });
    try {
      assert.equal(await card.host.locator(SELECTORS.tablist).isVisible(), false);
      const shown = await card.host.evaluate((h) =>
        [...h.shadowRoot.querySelectorAll('[role=tabpanel]')].filter((p) => p.checkVisibility()).map((p) => p.dataset.section),
      );
      assert.deepEqual(shown, ['key-points']);
      await card.host.locator('.fc-card__more').click();
      assert.equal(await card.host.locator(SELECTORS.tablist).isVisible(), true);
      assert.equal(await card.host.locator('.fc-card__more').count(), 0);
    } finally {
      await context.close();
    }
  });

  test('German strings with data-lang="de"; right-to-left pages mirror the arrow keys', async () => {
    const { context, page, card } = await openWith({ 'data-lang': 'de' }, 'rtl');
    try {
      const titles = await card.host.locator(SELECTORS.tab).evaluateAll((ts) => ts.map((t) => t.firstChild.textContent));
      assert.deepEqual(titles, ['Kernpunkte', 'Zahlen', 'Chronik', 'Personen', 'Zitate', 'Quellen']);
      assert.equal(await card.host.locator('.fc-card').getAttribute('aria-label'), 'Die wichtigsten Fakten');
      await card.host.locator('[role=tab][data-tab="key-points"]').focus();
      await page.keyboard.press('ArrowLeft');
      const now = await card.host.evaluate((h) => h.shadowRoot.activeElement?.dataset.tab);
      assert.equal(now, 'figures', 'in RTL, ArrowLeft moves to the next tab');
      const dir = await card.host.evaluate((h) => getComputedStyle(h.shadowRoot.querySelector('.fc-card')).direction);
      assert.equal(dir, 'rtl');
    } finally {
      await context.close();
    }
  });
  test('without the Highlight API, "show in article" marks the sentence and removes the mark again', async () => {
    const { context, page, log } = await openPage(browser, server);
    try {
      await context.addInitScript(() => {
        delete window.Highlight;
      });
      await page.goto(server.url('/index.html'), { waitUntil: 'load' });
      const card = new Card(page, 0);
      assert.equal(await card.waitSettled(), 'ready');
      const before = await page.evaluate(() => document.body.textContent);
      const point = card.host.locator(SELECTORS.keyPoint).first();
      await point.locator(SELECTORS.provToggle).click();
      const sentence = (await point.locator(SELECTORS.provSentence).innerText()).replace(/^From the article:\s*/, '').trim();
      await point.locator(SELECTORS.provShow).click();
      const marked = await page.evaluate(() => [...document.querySelectorAll('mark[data-factcard-mark]')].map((m) => m.textContent));
      assert.deepEqual(marked.map((m) => m.replace(/\s+/g, ' ').trim()), [sentence.replace(/\s+/g, ' ')]);
      await page.waitForFunction(() => !document.querySelector('mark[data-factcard-mark]'), null, { timeout: 10_000 });
      assert.equal(await page.evaluate(() => document.body.textContent), before, 'the text is back as it was');
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });
});
