// Turns a real news page (tests/fixtures/corpus/<name>/source.html) into a host page for the
// card, at test time: the page's own scripts and inline event handlers go, its relative URLs are
// made absolute against its canonical address (so they are third-party and blocked, like every
// other outside request), and the two embed lines are added: `<div data-factcard></div>` just
// before the article's first paragraph and the module script at the end of <body>.
//
// The HTML is parsed and edited by Chromium's own DOMParser (which runs no script), so the page
// keeps its real structure: navigation, asides, footers and all.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { REPO_ROOT } from './server.mjs';

export const CORPUS_DIR = path.join(REPO_ROOT, 'tests/fixtures/corpus');

/** Attribute that marks the element holding the article's first paragraph in a generated page. */
export const ARTICLE_MARK = 'data-e2e-article';

/** The fixture's source page, article text (one paragraph a line) and metadata. */
export async function loadFixture(name) {
  const dir = path.join(CORPUS_DIR, name);
  const [source, article, metadata] = await Promise.all([
    readFile(path.join(dir, 'source.html'), 'utf8'),
    readFile(path.join(dir, 'article.txt'), 'utf8'),
    readFile(path.join(dir, 'expected-metadata.json'), 'utf8'),
  ]);
  const paragraphs = article.split('\n').map((l) => l.trim()).filter(Boolean);
  return { name, source, article, paragraphs, metadata: JSON.parse(metadata) };
}

/**
 * Builds host pages from `fixture` using `page` (any page of a launched browser) as the parser.
 * Returns `{ withCard, withoutCard, probe }`: the page with the embed lines, the same page
 * without them (the baseline for "what does the page itself request"), and the text probe that
 * found the article's first paragraph.
 */
export async function makeHostPages(page, fixture, { embedUrl, cardAttributes = {} }) {
  // The first real paragraph (captions and datelines are short) locates the article in the page.
  const first = fixture.paragraphs.find((p) => p.length >= 80) ?? fixture.paragraphs[0];
  const probe = first.replace(/[\s\u00a0]+/g, ' ').slice(0, 60).trim();
  const result = await page.evaluate(
    ({ source, probe, embedUrl, cardAttributes, mark }) => {
      const squash = (t) => (t ?? '').replace(/[\s\u00a0]+/g, ' ');
      const build = (withCard) => {
        const doc = new DOMParser().parseFromString(source, 'text/html');

        // 1. The page's own scripts go; data blocks (JSON-LD, JSON) are not scripts and stay.
        for (const s of doc.querySelectorAll('script')) {
          const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
          if (type === 'application/ld+json' || type === 'application/json') continue;
          s.remove();
        }
        // 2. Inline event handlers and javascript: URLs go too.
        for (const el of doc.querySelectorAll('*')) {
          for (const attr of [...el.attributes]) {
            if (/^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value)) el.removeAttribute(attr.name);
          }
        }
        // 3. No refresh or CSP from the original site.
        for (const m of doc.querySelectorAll('meta[http-equiv]')) {
          if (/refresh|content-security-policy/i.test(m.getAttribute('http-equiv'))) m.remove();
        }
        // 4. Relative URLs resolve against the page's real address, not the test server.
        const canonical =
          doc.querySelector('base[href]')?.getAttribute('href') ??
          doc.querySelector('link[rel=canonical]')?.getAttribute('href') ??
          doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
          'https://publisher.invalid/';
        const abs = (u) => {
          try {
            return new URL(u.trim(), canonical).href;
          } catch {
            return u;
          }
        };
        for (const el of doc.querySelectorAll('[src], [href], [poster], [data], [action]')) {
          for (const name of ['src', 'href', 'poster', 'data', 'action']) {
            const v = el.getAttribute(name);
            if (v != null && !/^(#|data:|mailto:|tel:)/i.test(v.trim())) el.setAttribute(name, abs(v));
          }
        }
        for (const el of doc.querySelectorAll('[srcset]')) {
          const set = el.getAttribute('srcset').split(',').map((part) => {
            const [u, ...rest] = part.trim().split(/\s+/);
            return [abs(u), ...rest].join(' ');
          });
          el.setAttribute('srcset', set.join(', '));
        }
        for (const b of doc.querySelectorAll('base')) b.remove();

        // 5. Find the article's first paragraph: the smallest element whose text holds the probe.
        let best = null;
        for (const el of doc.body.querySelectorAll('*')) {
          if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(el.tagName)) continue;
          const t = squash(el.textContent);
          if (t.includes(probe) && (!best || t.length < best.len)) best = { el, len: t.length };
        }
        if (!best) return { error: `article paragraph not found in the page (probe: ${probe})` };
        // Climb out of inline elements and <p> so that a <div> may stand before it.
        const inline = /^(A|ABBR|B|BIG|CITE|CODE|EM|FONT|I|LABEL|P|Q|S|SMALL|SPAN|STRONG|SUB|SUP|U|H[1-6])$/;
        let para = best.el;
        while (para.parentElement && para.parentElement !== doc.body && inline.test(para.parentElement.tagName)) {
          para = para.parentElement;
        }
        const container = para.parentElement;
        container.setAttribute(mark, '');

        if (withCard) {
          const host = doc.createElement('div');
          host.setAttribute('data-factcard', '');
          for (const [k, v] of Object.entries(cardAttributes)) host.setAttribute(k, v);
          container.insertBefore(host, para);
          const script = doc.createElement('script');
          script.setAttribute('type', 'module');
          script.setAttribute('src', embedUrl);
          doc.body.appendChild(script);
        }
        return { html: '<!DOCTYPE html>\n' + doc.documentElement.outerHTML };
      };
      const withCard = build(true);
      if (withCard.error) return withCard;
      return { withCard: withCard.html, withoutCard: build(false).html };
    },
    { source: fixture.source, probe, embedUrl, cardAttributes, mark: ARTICLE_MARK },
  );
  if (result.error) throw new Error(`${fixture.name}: ${result.error}`);
  return { ...result, probe };
}

/**
 * Init script: keeps the marked article element's text as the parser left it, before any
 * module script (the card's included) has run, in `window.__articleTextBefore`.
 */
export function recordArticleTextBeforeScripts(mark) {
  document.addEventListener('readystatechange', () => {
    if (document.readyState === 'interactive' && window.__articleTextBefore === undefined) {
      window.__articleTextBefore = document.querySelector(`[${mark}]`)?.textContent ?? null;
    }
  });
}
