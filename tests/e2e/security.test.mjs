// Hardening against hostile pages and text: markup in the article and in curated JSON is shown as
// text; the card works under a strict Content Security Policy and under Trusted Types; aggressive
// host CSS neither breaks the card nor is touched by it; the card fetches, stores and sets
// nothing beyond its own files, the configured data-facts URL and its collapsed state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDistBuilt, startServer } from './server.mjs';
import { dump, launchBrowser, openPage, realConsoleErrors } from './harness.mjs';
import { Card } from './card.mjs';
import { addHostScripts, cardMessages, hostPage } from './hostile.mjs';

/** Strings a hostile article or JSON file might carry. */
const PWN = '<img src=x onerror="window.__pwned=1">';
const HOSTILE = {
  script: '<script>window.__pwned=2</script>',
  img: PWN,
  js: 'javascript:window.__pwned=3',
  rlo: 'Marta\u202E Okonkwo',
  zw: 'Zero\u200Bwidth\u200Djoin\uFEFFer <scr\u200Bipt>',
};

/** Curated facts whose every string is hostile. `<` is written \u003c so the inline JSON block stays one block. */
const HOSTILE_SHEET = {
  schema: 'factcard/1',
  meta: { headline: `Bridge ${HOSTILE.img} reopens ${HOSTILE.script}`, published: '2024-03-05' },
  sentences: [
    { paragraph: 0, span: { start: 0, end: 40 }, text: `${HOSTILE.js} ${HOSTILE.img} "><a href="javascript:alert(1)">x</a>` },
  ],
  key_points: [
    { text: `The bridge reopened ${HOSTILE.img} on Tuesday.`, sentence: 0 },
    { text: `${HOSTILE.js} and ${HOSTILE.zw}` },
  ],
  figures: [{ text: '42,000 vehicles', value: 42000, counts: `vehicles ${HOSTILE.script}`, sentence: 0 }],
  timeline: [{ text: 'March 2024', date: '2024-03-01', description: `The bridge closed ${HOSTILE.img}`, sentence: 0 }],
  people: [{ name: HOSTILE.rlo, role: 'city engineer' }],
  quotes: [
    { text: `Safer ${HOSTILE.img} than ever`, speaker: `${HOSTILE.js}` },
    { text: 'The bridge is sound.', speaker: HOSTILE.rlo, person: 0 },
  ],
  sources: [{ name: `Dept ${HOSTILE.img}`, status: 'confirmed', basis: HOSTILE.script }],
};

const inlineJson = (sheet) =>
  `<div data-factcard><script type="application/json">${JSON.stringify(sheet).replace(/</g, '\\u003c')}</script></div>`;

/** Counts what a parser would have made of the hostile strings inside every card. */
function inspectCards(page) {
  return page.evaluate(() => {
    const out = [];
    for (const host of document.querySelectorAll('[data-factcard]')) {
      const root = host.shadowRoot;
      const all = root ? [...root.querySelectorAll('*')] : [];
      out.push({
        state: host.getAttribute('data-factcard-state'),
        dangerous: all.filter((e) => /^(IMG|SCRIPT|IFRAME|OBJECT|EMBED|STYLE|LINK|BASE|META|FORM)$/.test(e.tagName)).map((e) => e.tagName),
        handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName}.${a.name}`)),
        hrefs: all.filter((e) => e.hasAttribute('href')).map((e) => e.getAttribute('href')),
        text: root?.textContent ?? '',
      });
    }
    return { cards: out, pwned: window.__pwned ?? null, imgsInPage: document.images.length, base: location.href.split('#')[0] };
  });
}

describe('security', () => {
  let server;
  let browser;
  before(async () => {
    assertDistBuilt();
    server = await startServer();
    addHostScripts(server);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('injection: markup, javascript: URLs, bidi overrides and zero-width characters in curated JSON and article text stay text', async () => {
    const article = [
      `The city reopened the Harbour Bridge ${PWN} on Tuesday after eight months of repairs that cost $48 million, the transport department said.`,
      `About 42,000 vehicles ${HOSTILE.script} crossed the bridge every day before it closed in March, according to the department.`,
      `"The bridge is safer than the day it opened ${HOSTILE.js}," city engineer ${HOSTILE.rlo} told reporters on Tuesday.`,
      `Mayor Daniel Reyes said the repairs had finished ${HOSTILE.zw} two weeks ahead of schedule.`,
    ];
    const url = server.addPage(
      '/e2e/injection.html',
      hostPage(server, { article, cards: ['<div data-factcard data-article="#story"></div>', inlineJson(HOSTILE_SHEET)] }),
    );
    const { context, page, log } = await openPage(browser, server);
    try {
      await page.goto(url, { waitUntil: 'load' });
      await Card.waitAllSettled(page);
      // Open every disclosure so the provenance links and details are rendered too.
      await page.evaluate(() => {
        for (const h of document.querySelectorAll('[data-factcard]')) {
          for (const b of h.shadowRoot.querySelectorAll('button[aria-expanded="false"]')) b.click();
        }
      });
      await page.waitForTimeout(200);
      const seen = await inspectCards(page);
      assert.deepEqual(seen.cards.map((c) => c.state), ['ready', 'ready'], dump(seen));
      assert.equal(seen.pwned, null, 'no hostile handler or script ran');
      assert.equal(seen.imgsInPage, 0, 'no <img> was created anywhere in the document');
      for (const [i, c] of seen.cards.entries()) {
        assert.deepEqual(c.dangerous, [], `card ${i}: no parsed markup in the shadow root`);
        assert.deepEqual(c.handlers, [], `card ${i}: no on* attribute`);
        for (const href of c.hrefs) {
          assert.ok(href.startsWith(`${seen.base}#:~:text=`), `card ${i}: href ${href} is a text fragment of this page`);
          assert.ok(!/[<>"\s]/.test(href), `card ${i}: href ${href} is percent-encoded`);
        }
      }
      // The curated card shows the hostile strings literally.
      const curated = seen.cards[1].text;
      for (const s of [PWN, HOSTILE.script, HOSTILE.js]) assert.ok(curated.includes(s), `curated card shows ${s} as text`);
      assert.ok(seen.cards[1].hrefs.length > 0, 'the curated card links its sentence');
      // The extracted card shows the article's markup as text too.
      assert.ok(seen.cards[0].text.includes('<img src=x'), 'the extracted card shows <img …> as text');

      // A right-to-left override in a speaker's name stays inside the name: the role after it
      // on the same line ("Marta‮ Okonkwo, city engineer") still reads left to right, its first
      // letter left of its last.
      await page.evaluate(() => {
        const root = document.querySelectorAll('[data-factcard]')[1].shadowRoot;
        root.querySelector('[role=tab][data-tab="quotes"]')?.click();
      });
      await page.waitForTimeout(100);
      const order = await page.evaluate(() => {
        const root = document.querySelectorAll('[data-factcard]')[1].shadowRoot;
        const caption = [...root.querySelectorAll('.fc-quote__speaker')].find((c) => c.textContent.includes('\u202E'));
        const node = caption.querySelector('.fc-quote__role').firstChild;
        const rect = (i) => {
          const r = document.createRange();
          r.setStart(node, i);
          r.setEnd(node, i + 1);
          return r.getBoundingClientRect().left;
        };
        return { first: rect(0), last: rect(node.length - 1), text: node.data };
      });
      assert.ok(order.first < order.last, `role "${order.text}" reads left to right: ${dump(order)}`);
      assert.deepEqual(realConsoleErrors(log), [], dump(log.console));
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

  /** Records CSP violations (init script, before any page script). */
  function recordViolations() {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber });
    });
  }

  async function openWithPolicy(name, policy, { cards, styles = [] } = {}) {
    const head = styles.map((s) => `<link rel="stylesheet" href="${server.url(s)}">`).join('\n');
    const url = server.addPage(`/e2e/${name}.html`, hostPage(server, { cards, head }), undefined, {
      headers: { 'content-security-policy': policy },
    });
    const { context, page, log } = await openPage(browser, server);
    await context.addInitScript(recordViolations);
    await page.goto(url, { waitUntil: 'load' });
    return { context, page, log };
  }

  test('strict CSP: ready and styled, no violation, no console error', async () => {
    server.addPage('/e2e/facts/bridge.json', JSON.stringify({ ...HOSTILE_SHEET, meta: { headline: 'Bridge reopens' } }), 'application/json');
    const { context, page, log } = await openWithPolicy('csp', STRICT, {
      cards: ['<div data-factcard data-article="#story"></div>', `<div data-factcard data-facts="${server.url('/e2e/facts/bridge.json')}"></div>`],
    });
    try {
      await Card.waitAllSettled(page);
      const seen = await page.evaluate(() =>
        [...document.querySelectorAll('[data-factcard]')].map((h) => {
          const card = h.shadowRoot.querySelector('.fc-card');
          const cs = getComputedStyle(card);
          return {
            state: h.getAttribute('data-factcard-state'),
            radius: cs.borderTopLeftRadius,
            border: cs.borderTopStyle,
            display: getComputedStyle(h).display,
            styleAttrs: [...h.shadowRoot.querySelectorAll('[style]')].map((e) => `${e.tagName}.${e.className}: ${e.getAttribute('style')}`),
          };
        }),
      );
      for (const c of seen) {
        assert.equal(c.state, 'ready', dump(seen));
        assert.equal(c.radius, '14px', 'the card stylesheet applies');
        assert.equal(c.border, 'solid');
        assert.equal(c.display, 'block');
        assert.deepEqual(c.styleAttrs, [], 'no inline style attribute (style-src would block it)');
      }
      // Interaction still works (event handlers are not inline script).
      await page.evaluate(() => document.querySelector('[data-factcard]').shadowRoot.querySelector('.fc-card__toggle').click());
      await page.waitForTimeout(100);
      const violations = await page.evaluate(() => window.__violations);
      assert.deepEqual(violations, [], dump(violations));
      assert.deepEqual(realConsoleErrors(log), [], dump(log.console));
      assert.deepEqual(log.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  test("Trusted Types: require-trusted-types-for 'script' with no policy at all: every card and every control works", async () => {
    // Any innerHTML (a view framework's <template> for static markup included) is blocked by
    // this policy: the first mount would throw and the instance be lost.
    const { context, page, log } = await openWithPolicy(
      'trusted-types',
      `${STRICT}; require-trusted-types-for 'script'; trusted-types 'none'`,
      {
        cards: [
          '<div data-factcard data-article="#story"></div>',
          inlineJson(HOSTILE_SHEET),
          '<div data-factcard data-compact data-article="#story"></div>',
          '<div data-factcard data-facts="/e2e/facts/none.json"></div>',
        ],
      },
    );
    try {
      await Card.waitAllSettled(page);
      const states = await page.evaluate(() => [...document.querySelectorAll('[data-factcard]')].map((h) => h.getAttribute('data-factcard-state')));
      assert.deepEqual(states, ['ready', 'ready', 'ready', 'error']);
      // Every button of every card, once (tabs, sources, people, collapse, "more facts").
      await page.evaluate(async () => {
        for (const h of document.querySelectorAll('[data-factcard]')) {
          for (const b of h.shadowRoot.querySelectorAll('button')) {
            b.click();
            await new Promise((r) => setTimeout(r, 10));
          }
        }
      });
      await page.waitForTimeout(200);
      const seen = await inspectCards(page);
      assert.equal(seen.pwned, null);
      const violations = await page.evaluate(() => window.__violations);
      assert.deepEqual(violations, [], dump(violations));
      assert.deepEqual(log.pageErrors, []);
      const said = cardMessages(log);
      assert.equal(said.length, 1, dump(log.console));
      assert.match(said[0].text, /none\.json.*HTTP 404/);
    } finally {
      await context.close();
    }
  });

  test('aggressive host CSS does not break the card, and the card does not touch the host page', async () => {
    server.addPage(
      '/e2e/aggressive.css',
      `* { all: unset; }
       html { font-size: 40px !important; font-family: "Comic Sans MS", cursive; color: red; }
       div:not([data-factcard]) { display: none !important; }
       section, button, p, span, li, ul { display: none !important; color: red !important; font-size: 60px !important; }
       [data-factcard] { display: block; width: 380px; }`,
      'text/css; charset=utf-8',
    );
    server.addPage('/e2e/plain.css', '[data-factcard] { display: block; width: 380px; }', 'text/css; charset=utf-8');
    const measure = async (styles, name) => {
      const { context, page } = await openWithPolicy(name, "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'", {
        cards: ['<div data-factcard data-article="#story"></div>'],
        styles,
      });
      try {
        await Card.waitAllSettled(page);
        await page.evaluate(() => document.querySelector('[data-factcard]').shadowRoot.querySelector('[role=tab][data-tab="people"]')?.click());
        // Past the tabs' colour transition.
        await page.waitForTimeout(400);
        return await page.evaluate(() => {
          const root = document.querySelector('[data-factcard]').shadowRoot;
          const pick = (sel) => {
            const el = root.querySelector(sel);
            if (!el) return null;
            const cs = getComputedStyle(el);
            const r = el.getBoundingClientRect();
            return { font: cs.fontSize, display: cs.display, color: cs.color, padding: cs.paddingTop, w: Math.round(r.width), h: Math.round(r.height) };
          };
          return {
            card: pick('.fc-card'),
            headline: pick('.fc-card__headline'),
            tab: pick('[role=tab]'),
            person: pick('.fc-person'),
            selected: root.querySelector('[aria-selected=true]')?.dataset.tab,
          };
        });
      } finally {
        await context.close();
      }
    };
    const plain = await measure(['/e2e/plain.css'], 'plain-css');
    const hostile = await measure(['/e2e/aggressive.css'], 'aggressive-css');
    assert.ok(plain.card && plain.person, dump(plain));
    assert.equal(hostile.selected, 'people', 'the tabs still work');
    for (const key of ['card', 'headline', 'tab', 'person']) {
      assert.deepEqual(hostile[key], plain[key], `${key}: same size and style under aggressive host CSS\n${dump({ plain, hostile })}`);
    }
  });

  test("the card's CSS never leaks: the host page's computed styles are the same with and without the card", async () => {
    const snapshot = async (withCard) => {
      const html = hostPage(server, { cards: ['<div data-factcard data-article="#story" data-theme="dark"></div>'] });
      const url = server.addPage(`/e2e/leak-${withCard}.html`, withCard ? html : html.replace(/<script type="module"[^>]*><\/script>/, ''));
      const { context, page } = await openPage(browser, server);
      try {
        await page.goto(url, { waitUntil: 'load' });
        if (withCard) await Card.waitAllSettled(page);
        else await page.waitForTimeout(300);
        return await page.evaluate(() => {
          const out = {};
          for (const sel of ['html', 'body', 'main', '#marker', 'h1', '#story p', 'nav a', 'aside', '[data-factcard]']) {
            const cs = getComputedStyle(document.querySelector(sel));
            const props = {};
            for (const p of cs) if (!p.startsWith('--')) props[p] = cs.getPropertyValue(p);
            // The card's box, and so the page's, grows with its content; nothing else may change.
            for (const p of ['height', 'block-size', 'perspective-origin', 'transform-origin']) delete props[p];
            out[sel] = props;
          }
          out.sheets = { adopted: document.adoptedStyleSheets.length, styleSheets: document.styleSheets.length, styleEls: document.querySelectorAll('style').length };
          return out;
        });
      } finally {
        await context.close();
      }
    };
    const without = await snapshot(false);
    const withCard = await snapshot(true);
    for (const sel of Object.keys(without)) {
      const diff = Object.keys(without[sel]).filter((p) => without[sel][p] !== withCard[sel][p]).map((p) => `${p}: ${without[sel][p]} → ${withCard[sel][p]}`);
      assert.deepEqual(diff, [], `${sel} unchanged by the card`);
    }
  });

  test('privacy: only its own files and the data-facts URL are fetched, no cookie is set or sent, only the collapsed state is stored', async () => {
    server.addPage('/e2e/facts/privacy.json', JSON.stringify({ schema: 'factcard/1', meta: { headline: 'Library extends opening hours' }, key_points: [{ text: 'The library opens 12 more hours a week.' }] }), 'application/json');
    const url = server.addPage(
      '/e2e/privacy.html',
      hostPage(server, { cards: ['<div data-factcard data-article="#story"></div>', `<div data-factcard data-facts="/e2e/facts/privacy.json"></div>`] }),
    );
    const { context, page, log } = await openPage(browser, server);
    try {
      // The host has a cookie of its own; the card's fetch must not send it.
      await context.addCookies([{ name: 'host_session', value: 'secret', url: server.origin }]);
      await page.goto(url, { waitUntil: 'load' });
      await Card.waitAllSettled(page);
      const before = await page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
      assert.deepEqual(before, { local: [], session: [] }, 'nothing is stored before the reader acts');
      // A reader collapses the card, opens a fact and a person.
      await page.evaluate(() => {
        const root = document.querySelector('[data-factcard]').shadowRoot;
        root.querySelector('.fc-prov__toggle')?.click();
        root.querySelector('.fc-card__toggle').click();
      });
      await page.waitForTimeout(300);
      const stored = await page.evaluate(async () => ({
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        cookie: document.cookie,
        idb: (await indexedDB.databases?.())?.map((d) => d.name) ?? [],
        caches: await caches.keys().catch(() => []),
      }));
      assert.equal(stored.local.length, 1, dump(stored));
      assert.match(stored.local[0], /^factcard:collapsed:\/e2e\/privacy\.html#/);
      assert.deepEqual(stored.session, []);
      assert.deepEqual(stored.idb, []);
      assert.deepEqual(stored.caches, []);
      assert.equal(stored.cookie, 'host_session=secret', 'the card adds no cookie');
      assert.deepEqual((await context.cookies()).map((c) => c.name), ['host_session']);

      const paths = log.local.map((u) => new URL(u).pathname);
      const allowed = new Set(['/e2e/privacy.html', '/e2e/host.js', '/e2e/host-after.js', '/factcard-embed.js', '/factcard.js', '/factcard_bg.wasm', '/e2e/facts/privacy.json', '/favicon.ico']);
      assert.deepEqual(paths.filter((p) => !allowed.has(p)), [], dump(paths));
      assert.deepEqual(log.blocked, [], 'no request leaves the page origin');
      const facts = server.log.find((r) => r.path === '/e2e/facts/privacy.json');
      assert.ok(facts, 'the facts were fetched');
      assert.equal(facts.headers.cookie, undefined, 'the data-facts request carries no cookie');
    } finally {
      await context.close();
    }
  });
});
