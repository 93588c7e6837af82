// (b) Real news pages the card has never seen (tests/fixtures/corpus/*/source.html), with their
// own scripts removed and the two embed lines added: each card finds its article, shows facts
// of THAT article (never navigation or footer text), leaves the article untouched, and adds no
// request to any other server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertDistBuilt, startServer, EMBED_SCRIPT } from './server.mjs';
import { dump, launchBrowser, openPage, realConsoleErrors, artifactPath } from './harness.mjs';
import { ARTICLE_MARK, loadFixture, makeHostPages, recordArticleTextBeforeScripts } from './hostpage.mjs';
import { Card, fold, isFrom, numbersIn, squash } from './card.mjs';

/**
 * The pages, and facts each card must show, known from the fixture's article.txt (see
 * tests/fixtures/gold/<name>.json). `people`/`quotes` are patterns on names and quoted words,
 * `figures` numbers a reader sees.
 */
const PAGES = [
  {
    name: 'yahoo-3',
    people: [/Vanessa Hicks/],
    quotes: [/fighting for, his son wrapped in an American flag/],
  },
  {
    name: 'buzzfeed-1',
    people: [/Jennifer Mattinson/],
    quotes: [/literally burning up from within/],
  },
  {
    name: 'tmz-1',
    people: [/Lupita Nyong.o/],
    figures: [150_000, 6_000],
  },
  {
    name: 'herald-sun-1',
    people: [/David Weisbrot/, /Bill Shorten/],
    quotes: [/legitimate concerns cannot be addressed/],
  },
];

describe('real news pages', () => {
  let server;
  let browser;
  let parser; // a blank page whose DOMParser builds the host pages
  before(async () => {
    assertDistBuilt();
    server = await startServer();
    browser = await launchBrowser();
    parser = await browser.newPage();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const spec of PAGES) {
    test(`${spec.name}: the card shows that article's facts`, async () => {
      const fixture = await loadFixture(spec.name);
      const { withCard, withoutCard, probe } = await makeHostPages(parser, fixture, {
        embedUrl: server.url(`/${EMBED_SCRIPT}`),
      });
      const url = server.addPage(`/e2e/${spec.name}.html`, withCard);
      const baselineUrl = server.addPage(`/e2e/${spec.name}-without-card.html`, withoutCard);

      // What the page requests by itself, without the card.
      const baseline = await openPage(browser, server);
      await baseline.page.goto(baselineUrl, { waitUntil: 'load' });
      await baseline.page.waitForLoadState('networkidle');
      const pageOwn = new Set(baseline.log.blocked);
      await baseline.context.close();

      const { context, page, log } = await openPage(browser, server);
      try {
        await context.addInitScript(recordArticleTextBeforeScripts, ARTICLE_MARK);
        await page.goto(url, { waitUntil: 'load' });
        const card = new Card(page, 0);
        const state = await card.waitSettled();
        await page.waitForLoadState('networkidle');
        const seen = await card.read();
        await card.host.screenshot({ path: artifactPath(`corpus-${spec.name}.png`) }).catch(() => {});

        assert.equal(state, 'ready', `card state ${state} (message: ${seen.message})`);
        assert.equal(seen.shadowRoot, 'open');
        assert.ok(seen.hasCard, '.fc-card is rendered and visible');

        // The headline is this article's.
        const title = fold(fixture.metadata.title).toLowerCase();
        const words = fold(seen.headline ?? '').toLowerCase().match(/[a-z][a-z']{3,}/g) ?? [];
        assert.ok(
          words.filter((w) => title.includes(w)).length >= 2,
          `headline "${seen.headline}" is not the article's ("${fixture.metadata.title}")`,
        );

        // The facts known from this article are shown.
        for (const re of spec.people ?? []) {
          assert.ok(seen.people.some((p) => re.test(fold(p.name ?? p.text))), `person ${re} (people: ${dump(seen.people)})`);
        }
        for (const re of spec.quotes ?? []) {
          assert.ok(seen.quotes.some((q) => re.test(fold(q.quote ?? q.text))), `quote ${re} (quotes: ${dump(seen.quotes)})`);
        }
        for (const n of spec.figures ?? []) {
          const shown = seen.figures.flatMap((f) => numbersIn(f.value ?? f.text));
          assert.ok(shown.includes(n), `figure ${n} (figures: ${dump(seen.figures)})`);
        }

        // Nothing but the article. Its text is article.txt (Readability's extraction) plus what
        // the page shows outside navigation, banners, footers and asides (subheadings that
        // Readability dropped, say); key points and quotes must be words of it, people named in it.
        const pageProse = await page.evaluate(() => {
          const body = document.body.cloneNode(true);
          const furniture =
            'nav, header, footer, aside, script, style, noscript, template, ' +
            '[role=navigation], [role=banner], [role=contentinfo], [role=complementary]';
          for (const el of body.querySelectorAll(furniture)) el.remove();
          return body.textContent;
        });
        const article = [fixture.article, fixture.metadata.title, pageProse].join('\n');
        for (const k of seen.keyPoints) assert.ok(isFrom(k.text, article), `key point not from the article: "${k.text}"`);
        assert.ok(
          seen.keyPoints.some((k) => isFrom(k.text, fixture.article)),
          `no key point from the article's own paragraphs: ${dump(seen.keyPoints)}`,
        );
        for (const q of seen.quotes) {
          for (const part of q.quoteParts) assert.ok(isFrom(part, article), `quote not from the article: "${part}"`);
        }
        for (const p of seen.people) {
          const surname = fold(p.name ?? p.text).split(' ').pop();
          assert.ok(fold(article).includes(surname), `person not in the article: "${p.name}"`);
        }

        // The page's own article is untouched and still there for the reader.
        const after = await page.evaluate((mark) => document.querySelector(`[${mark}]`)?.textContent ?? null, ARTICLE_MARK);
        const before = await page.evaluate(() => window.__articleTextBefore);
        assert.ok(before && before.length > 0, 'article text recorded before the card ran');
        assert.equal(after, before, "the card changed the page's article text");
        const visible = squash(await page.locator(`[${ARTICLE_MARK}]`).first().innerText());
        assert.ok(visible.includes(probe), "the article's first paragraph is still visible");

        // No error; the card itself asked no other server for anything.
        assert.deepEqual(log.pageErrors, [], `uncaught errors:\n${dump(log.pageErrors)}`);
        assert.deepEqual(realConsoleErrors(log), [], `console errors:\n${dump(realConsoleErrors(log))}`);
        const added = [...new Set(log.blocked)].filter((u) => !pageOwn.has(u));
        assert.deepEqual(added, [], 'third-party requests that only the page with the card made');

        const events = await card.readyEvents();
        assert.equal(events.length, 1, 'one factcard:ready event');
      } finally {
        await context.close();
      }
    });
  }
});
