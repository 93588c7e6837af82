// (c) Several cards on one page work independently: one extracts from the page's article, one
// renders curated FactSheet JSON given inline, one fetches it from data-facts; and a card whose
// curated JSON is malformed shows an error without breaking the others.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { assertDistBuilt, startServer, EMBED_SCRIPT, REPO_ROOT } from './server.mjs';
import { artifactPath, dump, launchBrowser, openPage, realConsoleErrors } from './harness.mjs';
import { Card, numbersIn } from './card.mjs';

const TMZ = (await readFile(path.join(REPO_ROOT, 'tests/fixtures/corpus/tmz-1/article.txt'), 'utf8'))
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Curated facts, as a newsroom would hand them to the card. */
const CURATED = {
  schema: 'factcard/1',
  meta: { headline: 'Harbour bridge reopens after repairs', published: '2024-03-05' },
  key_points: [{ text: 'The harbour bridge reopened to traffic on Tuesday after eight months of repairs.' }],
  figures: [{ text: '42,000 vehicles a day', value: 42000, counts: 'vehicles a day' }],
  people: [{ name: 'Marta Okonkwo', role: 'city engineer' }],
  quotes: [{ text: 'The bridge is safer than the day it opened.', speaker: 'Marta Okonkwo', person: 0 }],
};

const CURATED_URL_FACTS = {
  schema: 'factcard/1',
  meta: { headline: 'Library extends opening hours' },
  people: [{ name: 'Tomasz Wierzbicki', role: 'head librarian' }],
  figures: [{ text: '12 extra hours a week', value: 12, counts: 'extra hours a week' }],
};

function hostPage(server, cards) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="article:published_time" content="2015-02-26T10:00:00Z">
  <title>Lupita Nyong'o's Pearl Oscar Dress Stolen</title>
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
  <main>
    <article id="story">
      <h1>Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!</h1>
      <p class="byline">By Staff | <time datetime="2015-02-26">February 26, 2015</time></p>
      ${TMZ.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n      ')}
    </article>
    <aside class="sidebar">
      ${cards.join('\n      ')}
    </aside>
  </main>
  <footer><p>© 2015 Example News. All rights reserved. Contact us at 555-0100.</p></footer>
  <script type="module" src="${server.url(`/${EMBED_SCRIPT}`)}"></script>
</body>
</html>`;
}

describe('several cards on one page', () => {
  let server;
  let browser;
  before(async () => {
    assertDistBuilt();
    server = await startServer();
    server.addPage('/e2e/facts/library.json', JSON.stringify(CURATED_URL_FACTS), 'application/json');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('an extracting card, an inline-JSON card and a data-facts card each show their own facts', async () => {
    const url = server.addPage(
      '/e2e/three-cards.html',
      hostPage(server, [
        '<div data-factcard data-article="#story" data-published="2015-02-26"></div>',
        `<div data-factcard><script type="application/json">${JSON.stringify(CURATED)}</script></div>`,
        `<div data-factcard data-facts="${server.url('/e2e/facts/library.json')}"></div>`,
      ]),
    );
    const { context, page, log } = await openPage(browser, server);
    try {
      await page.goto(url, { waitUntil: 'load' });
      await Card.waitAllSettled(page);
      const [extracted, inline, fetched] = await Promise.all((await Card.all(page)).map((c) => c.read()));
      await page.screenshot({ path: artifactPath('three-cards.png'), fullPage: true });

      for (const [name, seen] of Object.entries({ extracted, inline, fetched })) {
        assert.equal(seen.state, 'ready', `${name} card: state ${seen.state} (message: ${seen.message})`);
        assert.equal(seen.shadowRoot, 'open', `${name} card has its own open shadow root`);
      }

      // The extracting card shows the article's facts, not the curated ones.
      const extractedNumbers = extracted.figures.flatMap((f) => numbersIn(f.value ?? f.text));
      assert.ok(extractedNumbers.includes(150_000), `extracted figures: ${dump(extracted.figures)}`);
      assert.ok(extracted.people.some((p) => /Lupita/.test(p.name ?? p.text)), `extracted people: ${dump(extracted.people)}`);
      assert.ok(!JSON.stringify(extracted).match(/Okonkwo|Wierzbicki|harbour|library/i), 'no curated fact in the extracted card');
      assert.ok(!JSON.stringify(extracted).match(/All rights reserved|555-0100/), 'no footer text in the extracted card');

      // The inline-JSON card shows exactly the curated facts.
      assert.equal(inline.headline, CURATED.meta.headline);
      assert.deepEqual(inline.keyPoints.map((k) => k.text), [CURATED.key_points[0].text]);
      assert.deepEqual(
        inline.people.map((p) => [p.name, p.role?.toLowerCase()]),
        [['Marta Okonkwo', 'city engineer']],
      );
      assert.ok(numbersIn(inline.figures[0]?.value ?? inline.figures[0]?.text).includes(42_000), dump(inline.figures));
      assert.equal(inline.quotes.length, 1);
      assert.match(inline.quotes[0].quote ?? inline.quotes[0].text, /safer than the day it opened/);
      assert.match(inline.quotes[0].speaker ?? '', /Marta Okonkwo/);
      assert.ok(!JSON.stringify(inline).match(/Lupita|150,000|Wierzbicki/), 'no extracted or fetched fact in the inline card');

      // The data-facts card shows what it fetched.
      assert.equal(fetched.headline, CURATED_URL_FACTS.meta.headline);
      assert.deepEqual(fetched.people.map((p) => p.name), ['Tomasz Wierzbicki']);
      assert.ok(!JSON.stringify(fetched).match(/Lupita|Okonkwo/), 'no other card\'s fact in the fetched card');

      // One ready event per card, each from its own host.
      const events = await page.evaluate(() => window.__factcardEvents);
      assert.deepEqual(events.map((e) => e.host).sort(), [0, 1, 2], `ready events: ${dump(events)}`);

      assert.deepEqual(log.pageErrors, [], dump(log.pageErrors));
      assert.deepEqual(realConsoleErrors(log), [], dump(realConsoleErrors(log)));
      assert.deepEqual(log.blocked, [], 'no request outside the local server');
    } finally {
      await context.close();
    }
  });

  test("a card's malformed JSON shows an error in that card only", async () => {
    const url = server.addPage(
      '/e2e/broken-card.html',
      hostPage(server, [
        '<div data-factcard data-article="#story"></div>',
        '<div data-factcard><script type="application/json">{"schema": "factcard/1", "key_points": [</script></div>',
        `<div data-factcard><script type="application/json">${JSON.stringify(CURATED)}</script></div>`,
        '<div data-factcard data-facts="/e2e/facts/missing.json"></div>',
      ]),
    );
    const { context, page, log } = await openPage(browser, server);
    try {
      await page.goto(url, { waitUntil: 'load' });
      await Card.waitAllSettled(page);
      const [extracted, broken, inline, missing] = await Promise.all((await Card.all(page)).map((c) => c.read()));
      await page.screenshot({ path: artifactPath('broken-card.png'), fullPage: true });

      assert.equal(broken.state, 'error', `malformed JSON: state ${broken.state}`);
      assert.ok(broken.message && broken.message.length > 0, 'the error card shows a message to the reader');
      assert.ok(!/\{|\}|serde|unwrap|panicked|RuntimeError/i.test(broken.message), `a human message, not a dump: ${broken.message}`);
      assert.equal(missing.state, 'error', `data-facts that 404s: state ${missing.state}`);
      assert.ok(missing.message && missing.message.length > 0, 'the failed fetch shows a message');

      assert.equal(extracted.state, 'ready', `the extracting card still works (message: ${extracted.message})`);
      assert.ok(extracted.people.some((p) => /Lupita/.test(p.name ?? p.text)));
      assert.equal(inline.state, 'ready', 'the curated card still works');
      assert.deepEqual(inline.people.map((p) => p.name), ['Marta Okonkwo']);

      // The failure is reported, not thrown: no uncaught error (a wasm panic would be one).
      assert.deepEqual(log.pageErrors, [], dump(log.pageErrors));
      assert.deepEqual(log.blocked, [], 'no request outside the local server');
    } finally {
      await context.close();
    }
  });
});
