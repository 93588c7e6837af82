// Page object for the factcard card: every selector of the widget's DOM contract lives here, so
// a change of markup is a change of this file only.
//
// The card is mounted in an open shadow root of each `[data-factcard]` host element. The host's
// `data-factcard-state` goes loading → ready | empty | error, and the card dispatches a
// `factcard:ready` CustomEvent (bubbles, composed) whose detail carries counts and `extract_ms`.

/** The widget's DOM contract. */
export const SELECTORS = Object.freeze({
  host: '[data-factcard]',
  card: '.fc-card',
  headline: '.fc-card__headline',
  date: '.fc-card__date',
  message: '.fc-card__message',
  section: '[data-section]',
  keyPoint: '.fc-keypoint',
  figure: '.fc-figure',
  figureValue: '.fc-figure__value',
  figureCounts: '.fc-figure__counts',
  event: '.fc-event',
  eventDate: '.fc-event__date',
  eventText: '.fc-event__text',
  person: '.fc-person',
  personName: '.fc-person__name',
  personRole: '.fc-person__role',
  quote: '.fc-quote',
  quoteText: '.fc-quote__text',
  quoteSpeaker: '.fc-quote__speaker',
  source: '.fc-source',
  sourceName: '.fc-source__name',
  sourceStatus: '.fc-source__status',
  tablist: '[role=tablist]',
  tab: '[role=tab]',
  panel: '[role=tabpanel]',
  prov: '.fc-prov',
  provToggle: '.fc-prov__toggle',
  provSentence: '.fc-prov__sentence',
  provShow: '.fc-prov__show',
  provLink: '.fc-prov__link',
  collapse: '.fc-card__toggle',
  body: '.fc-card__body',
  personToggle: '.fc-person__toggle',
  personQuote: '.fc-person__quote',
  personFact: '.fc-person__fact',
  chart: '.fc-chart',
});

/** The six sections of a full card, in the contract's names. */
export const SECTIONS = Object.freeze(['key-points', 'figures', 'timeline', 'people', 'quotes', 'sources']);

/** Host states after which a card no longer changes by itself. */
export const SETTLED_STATES = Object.freeze(['ready', 'empty', 'error']);

/** The name of the event a card dispatches when it has rendered. */
export const READY_EVENT = 'factcard:ready';

/**
 * Script for `context.addInitScript`: records every `factcard:ready` event (which host sent it,
 * and its detail) in `window.__factcardEvents`, before any page script runs.
 */
export function recordReadyEvents() {
  window.__factcardEvents = [];
  document.addEventListener('factcard:ready', (e) => {
    const hosts = [...document.querySelectorAll('[data-factcard]')];
    let detail = null;
    try {
      detail = JSON.parse(JSON.stringify(e.detail ?? null));
    } catch {
      detail = String(e.detail);
    }
    window.__factcardEvents.push({
      host: hosts.indexOf(e.target),
      bubbles: e.bubbles,
      composed: e.composed,
      isCustomEvent: e instanceof CustomEvent,
      detail,
    });
  });
}

/** Collapses runs of whitespace (including no-break spaces) and trims. */
export function squash(text) {
  return (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** One card on a page. */
export class Card {
  /**
   * @param {import('playwright-core').Page} page
   * @param {number} index which `[data-factcard]` host on the page, in document order
   */
  constructor(page, index = 0) {
    this.page = page;
    this.index = index;
    this.host = page.locator(SELECTORS.host).nth(index);
  }

  /** All the cards of a page. */
  static async all(page) {
    const n = await page.locator(SELECTORS.host).count();
    return Array.from({ length: n }, (_, i) => new Card(page, i));
  }

  /** Waits until every card host on the page is ready, empty or in error. */
  static async waitAllSettled(page, timeout = 60_000) {
    await page.waitForFunction(
      ([sel, states]) => {
        const hosts = [...document.querySelectorAll(sel)];
        return hosts.length > 0 && hosts.every((h) => states.includes(h.getAttribute('data-factcard-state')));
      },
      [SELECTORS.host, SETTLED_STATES],
      { timeout },
    );
  }

  /** The host's `data-factcard-state`. */
  state() {
    return this.host.getAttribute('data-factcard-state');
  }

  /** Waits until this card is ready, empty or in error, and returns that state. */
  async waitSettled(timeout = 60_000) {
    const handle = await this.host.elementHandle({ timeout });
    await this.page.waitForFunction(
      ([h, states]) => states.includes(h.getAttribute('data-factcard-state')),
      [handle, SETTLED_STATES],
      { timeout },
    );
    return this.state();
  }

  /** The `factcard:ready` events this card sent (needs `recordReadyEvents` as init script). */
  async readyEvents() {
    const all = await this.page.evaluate(() => window.__factcardEvents ?? []);
    return all.filter((e) => e.host === this.index);
  }

  /**
   * Everything a reader sees in the card, going through its tabs as a reader would: each tab is
   * selected in turn (then the first selection is restored) and only rendered, visible elements
   * count; text is what the browser shows (innerText, whitespace collapsed), without the
   * facts' "Source" disclosures.
   */
  async read() {
    return this.host.evaluate(async (host, S) => {
      const root = host.shadowRoot;
      const squash = (t) => (t ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
      const visible = (el) =>
        !!el && el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
        el.getBoundingClientRect().width > 0;
      const text = (el) => (visible(el) ? squash(el.innerText) : null);
      // The text of a fact without its provenance disclosure.
      const own = (el) => {
        const provs = [...el.querySelectorAll(S.prov)];
        provs.forEach((p) => { p.style.display = 'none'; });
        const t = squash(el.innerText);
        provs.forEach((p) => { p.style.display = ''; });
        return t;
      };
      const items = (sel, fields = {}) =>
        [...root.querySelectorAll(sel)].filter(visible).map((el) => {
          // `title`: the sentence the fact came from, shown when the reader hovers the fact.
          const item = { text: own(el), title: el.getAttribute('title') };
          // A field may be split over several elements (a quote continued over paragraphs).
          for (const [k, s] of Object.entries(fields)) {
            const parts = [...el.querySelectorAll(s)].map(text).filter((t) => t);
            item[k] = parts.length ? parts.join(' ') : null;
            item[`${k}Parts`] = parts;
          }
          return item;
        });
      if (!root) return { shadowRoot: null, state: host.getAttribute('data-factcard-state') };
      const seen = {
        shadowRoot: root.mode,
        state: host.getAttribute('data-factcard-state'),
        hasCard: visible(root.querySelector(S.card)),
        headline: text(root.querySelector(S.headline)),
        date: text(root.querySelector(S.date)),
        message: text(root.querySelector(S.message)),
        sections: [],
        keyPoints: [],
        figures: [],
        events: [],
        people: [],
        quotes: [],
        sources: [],
        lightText: squash(host.textContent),
      };
      const collect = () => {
        for (const s of [...root.querySelectorAll(S.section)].filter(visible)) {
          if (!seen.sections.includes(s.dataset.section)) seen.sections.push(s.dataset.section);
        }
        const add = (key, found) => {
          for (const f of found) if (!seen[key].some((x) => x.text === f.text && x.title === f.title)) seen[key].push(f);
        };
        add('keyPoints', items(S.keyPoint));
        add('figures', items(S.figure, { value: S.figureValue, counts: S.figureCounts }));
        add('events', items(S.event, { date: S.eventDate, description: S.eventText }));
        add('people', items(S.person, { name: S.personName, role: S.personRole }));
        add('quotes', items(S.quote, { quote: S.quoteText, speaker: S.quoteSpeaker }));
        add('sources', items(S.source, { name: S.sourceName, status: S.sourceStatus }));
      };
      const tick = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const tabs = [...root.querySelectorAll(S.tab)].filter(visible);
      if (tabs.length === 0) {
        collect();
      } else {
        const first = tabs.find((t) => t.getAttribute('aria-selected') === 'true');
        for (const tab of tabs) {
          tab.click();
          await tick();
          collect();
        }
        first?.click();
        await tick();
      }
      return seen;
    }, SELECTORS);
  }

  /** Selects the tab of `section` with a click and waits until its panel shows. */
  async selectTab(section) {
    await this.host.locator(`[role=tab][data-tab="${section}"]`).click();
    await this.host.locator(`[role=tabpanel][data-section="${section}"]`).waitFor({ state: 'visible' });
  }

  /** The card element itself, for screenshots and layout checks. */
  cardLocator() {
    return this.host.locator(SELECTORS.card);
  }
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * True when `text` shows the calendar day `month`/`day` (1-based month) as a reader would
 * write it: "September 21", "Sep 21, 2022", "Sept. 21", "21 September", "2022-09-21", "9/21".
 */
export function showsDay(text, month, day) {
  const t = squash(text).toLowerCase();
  const m = MONTHS[month - 1];
  const dd = String(day);
  const word = new RegExp(`\\b${m}[a-z]*\\.?\\s+0?${dd}(?!\\d)`);
  const wordAfter = new RegExp(`(?<!\\d)0?${dd}(st|nd|rd|th)?\\s+(of\\s+)?${m}[a-z]*\\b`);
  const iso = new RegExp(`\\d{4}-${String(month).padStart(2, '0')}-${dd.padStart(2, '0')}\\b`);
  const us = new RegExp(`(?<!\\d)0?${month}/0?${dd}(?!\\d)`);
  return word.test(t) || wordAfter.test(t) || iso.test(t) || us.test(t);
}

/**
 * The numbers a reader sees in `text`: "300,000" → 300000, "80K" → 80000, "1.5 million" →
 * 1500000, "$9.99" → 9.99.
 */
export function numbersIn(text) {
  const out = [];
  const re = /(\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+|\d+(?:\.\d+)?)(\s*(k|thousand|m|million|bn|billion)\b)?/gi;
  for (const match of squash(text).matchAll(re)) {
    let n = Number(match[1].replace(/[,\u202f\u00a0 ]/g, ''));
    const unit = (match[3] ?? '').toLowerCase();
    if (unit === 'k' || unit === 'thousand') n *= 1e3;
    if (unit === 'm' || unit === 'million') n *= 1e6;
    if (unit === 'bn' || unit === 'billion') n *= 1e9;
    out.push(n);
  }
  return out;
}

/** Folds typographic quotes, dashes and spaces so that texts compare as a reader reads them. */
export function fold(text) {
  return squash(text)
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\u2026/g, '...');
}

/**
 * True when `shown` (a key point or a quote as the card shows it) is words of `source`: the
 * quotation marks around it and a trailing ellipsis of a shortened text are not compared.
 */
export function isFrom(shown, source) {
  let t = fold(shown).replace(/^["'\s]+|["'\s]+$/g, '');
  const shortened = /\.\.\.$/.test(t);
  t = t.replace(/\s*\.\.\.$/, '').replace(/^["'\s]+|["'\s]+$/g, '');
  if (!t) return false;
  const src = fold(source);
  if (src.includes(t)) return true;
  // A shortened text must still begin with words of the source.
  return shortened && src.includes(t.slice(0, Math.max(20, Math.floor(t.length * 0.8))));
}

/** The quoted part of a tooltip such as `From the article: “…”`, or the whole text. */
export function quotedIn(text) {
  const t = fold(text);
  const open = t.indexOf('"');
  const close = t.lastIndexOf('"');
  return open >= 0 && close > open ? t.slice(open + 1, close) : t;
}
