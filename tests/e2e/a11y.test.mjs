// Accessibility of the card: axe-core inside the card's open shadow root finds no violations in
// light and dark, with every tab's panel and an opened fact checked; and the screenshots of the
// README (docs/card-<width>-<theme>.png at 360, 768 and 1280 px).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { assertDistBuilt, startServer, REPO_ROOT } from './server.mjs';
import { artifactPath, dump, launchBrowser, openPage } from './harness.mjs';
import { Card, SELECTORS } from './card.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe('accessibility', () => {
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

  async function openDemo(theme, viewport = { width: 1280, height: 900 }) {
    const { context, page, log } = await openPage(browser, server, { viewport });
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await page.goto(server.url('/index.html'), { waitUntil: 'load' });
    const card = new Card(page, 0);
    assert.equal(await card.waitSettled(), 'ready');
    await card.host.evaluate((h, t) => h.setAttribute('data-theme', t), theme);
    return { context, page, log, card };
  }

  /** axe-core run on the card host (axe reaches into open shadow roots). */
  async function axe(page) {
    return page.evaluate(async () => {
      const host = document.querySelector('[data-factcard]');
      const result = await window.axe.run(host, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })).slice(0, 5),
      }));
    });
  }

  for (const theme of ['light', 'dark']) {
    test(`axe-core finds no violations in the card (${theme}), on every tab and with a fact open`, async () => {
      const { context, page, card } = await openDemo(theme);
      try {
        await page.addScriptTag({ path: AXE });
        const tabs = await card.host.locator(SELECTORS.tab).evaluateAll((ts) => ts.map((t) => t.dataset.tab));
        for (const tab of tabs) {
          await card.selectTab(tab);
          const panel = card.host.locator(`[role=tabpanel][data-section="${tab}"]`);
          const toggle = panel.locator(`${SELECTORS.provToggle}, ${SELECTORS.personToggle}`).first();
          if (await toggle.count()) await toggle.click();
          const violations = await axe(page);
          assert.deepEqual(violations, [], `axe violations on tab ${tab} (${theme}):\n${dump(violations)}`);
        }
      } finally {
        await context.close();
      }
    });
  }

  test('screenshots at 360, 768 and 1280 px in light and dark, no horizontal scroll', async () => {
    for (const width of [360, 768, 1280]) {
      for (const theme of ['light', 'dark']) {
        const { context, page, card } = await openDemo(theme, { width, height: 900 });
        try {
          await card.selectTab('figures');
          const figure = card.host.locator(SELECTORS.figure).first();
          await figure.locator(SELECTORS.provToggle).click();
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
          assert.equal(overflow, false, `no horizontal scroll at ${width}px`);
          await card.cardLocator().screenshot({
            // Test runs write to the git-ignored artifacts folder; UPDATE_DOCS=1 refreshes the
            // README's screenshots in docs/ instead.
            path: process.env.UPDATE_DOCS === '1'
              ? path.join(REPO_ROOT, `docs/card-${width}-${theme}.png`)
              : artifactPath(`card-${width}-${theme}.png`),
            animations: 'disabled',
          });
        } finally {
          await context.close();
        }
      }
    }
  });
});
