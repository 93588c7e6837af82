// Host pages for the hardening tests (security.test.mjs, failures.test.mjs): a small news page
// whose own script sets flags before and after the card loads, with a marker element outside the
// card whose layout must not move, and any cards, styles and response headers a test needs.
import { EMBED_SCRIPT } from './server.mjs';

export const escapeHtml = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An English article about a bridge, long enough to be found and to give facts. */
export const BRIDGE = [
  'The city reopened the Harbour Bridge to traffic on Tuesday after eight months of repairs that cost $48 million, the transport department said.',
  'About 42,000 vehicles crossed the bridge every day before it closed in March, according to the department.',
  '"The bridge is safer than the day it opened," city engineer Marta Okonkwo told reporters on Tuesday.',
  'Mayor Daniel Reyes said the repairs had finished two weeks ahead of schedule.',
];

/**
 * A host page. `cards`: the card elements' HTML; `article`: paragraphs (text, escaped here) or
 * null for none; `head`: extra markup in <head> (only external styles: the CSP tests forbid
 * inline ones); `hostScript`: the page's own script, an external file so strict CSPs allow it.
 */
export function hostPage(server, { title = 'Harbour Bridge reopens', article = BRIDGE, cards = ['<div data-factcard></div>'], head = '', lang = 'en', articleHtml = null } = {}) {
  const paragraphs = articleHtml ?? (article ?? []).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n      ');
  const story = article === null && articleHtml === null ? '' : `<article id="story">
      <h1>${escapeHtml(title)}</h1>
      ${paragraphs}
    </article>`;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="article:published_time" content="2024-03-05T10:00:00Z">
  <title>${escapeHtml(title)}</title>
  ${head}
  <script src="${server.url('/e2e/host.js')}"></script>
</head>
<body>
  <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
  <main>
    <p id="marker">The host's own paragraph, which must not move.</p>
    ${story}
    <aside class="cards">
      ${cards.join('\n      ')}
    </aside>
    <p id="after-cards">After the cards.</p>
  </main>
  <script type="module" src="${server.url(`/${EMBED_SCRIPT}`)}"></script>
  <script src="${server.url('/e2e/host-after.js')}"></script>
</body>
</html>`;
}

/** Registers the host page's own scripts on `server` (call once). */
export function addHostScripts(server) {
  server.addPage(
    '/e2e/host.js',
    `window.__host = { before: true };
     document.addEventListener('DOMContentLoaded', () => { window.__host.domReady = true; });
     window.addEventListener('load', () => { window.__host.loaded = true; });`,
    'text/javascript; charset=utf-8',
  );
  server.addPage('/e2e/host-after.js', 'window.__host.after = true;', 'text/javascript; charset=utf-8');
}

/** The host's flags and the marker's box, for "the host page is untouched" checks. */
export function hostSnapshot(page) {
  return page.evaluate(() => {
    const r = document.getElementById('marker').getBoundingClientRect();
    return {
      host: { ...window.__host },
      marker: { x: r.x, y: r.y, width: r.width, height: r.height },
      markerFont: getComputedStyle(document.getElementById('marker')).font,
      bodyFont: getComputedStyle(document.body).font,
    };
  });
}

/** Console messages of the card itself ("factcard: …"). */
export function cardMessages(log) {
  return log.console.filter((m) => m.text.startsWith('factcard:'));
}
