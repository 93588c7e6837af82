//! The card's view-model: a [`FactSheet`] grouped, sorted and formatted for display.
//!
//! Everything a component shows is computed here, in plain Rust with native tests; the components
//! only read a [`CardModel`]. The later interactive card (tabs, provenance, people ↔ quotes) reads
//! the same model: [`CardModel::sections`] is the tab list, and every item carries its
//! [`Provenance`].

use crate::format::{capitalize, date_label, figure_label, initials, published_label, PartialDate};
use factcard_core::extract::charclass::{CharClass, StrCase};
use factcard_core::extract::order::{f64_key, order, sort_by_key, Key};
use factcard_core::{Date, FactSheet, Figure, Person, Quote, Status};

/// The card's sections, in display order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SectionId {
    /// The 3-5 sentences that carry the story.
    KeyPoints,
    /// Numbers and what they count.
    Figures,
    /// Dated events in date order.
    Timeline,
    /// People and their roles.
    People,
    /// Direct quotations grouped by speaker.
    Quotes,
    /// Who says what, and how firmly.
    Sources,
}

impl SectionId {
    /// Every section, in display order.
    pub const ALL: [SectionId; 6] = [
        SectionId::KeyPoints,
        SectionId::Figures,
        SectionId::Timeline,
        SectionId::People,
        SectionId::Quotes,
        SectionId::Sources,
    ];

    /// The stable name used in the DOM (`data-section`) and in event details.
    pub fn slug(self) -> &'static str {
        match self {
            SectionId::KeyPoints => "key-points",
            SectionId::Figures => "figures",
            SectionId::Timeline => "timeline",
            SectionId::People => "people",
            SectionId::Quotes => "quotes",
            SectionId::Sources => "sources",
        }
    }

    /// The id of the section's tab (`fc-tab-<slug>`).
    pub fn tab_id(self) -> &'static str {
        match self {
            SectionId::KeyPoints => "fc-tab-key-points",
            SectionId::Figures => "fc-tab-figures",
            SectionId::Timeline => "fc-tab-timeline",
            SectionId::People => "fc-tab-people",
            SectionId::Quotes => "fc-tab-quotes",
            SectionId::Sources => "fc-tab-sources",
        }
    }

    /// The id of the section's tab panel (`fc-panel-<slug>`).
    pub fn panel_id(self) -> &'static str {
        match self {
            SectionId::KeyPoints => "fc-panel-key-points",
            SectionId::Figures => "fc-panel-figures",
            SectionId::Timeline => "fc-panel-timeline",
            SectionId::People => "fc-panel-people",
            SectionId::Quotes => "fc-panel-quotes",
            SectionId::Sources => "fc-panel-sources",
        }
    }

    /// The class of the section's panel (`fc-section fc-section--<slug>`).
    pub fn panel_class(self) -> &'static str {
        match self {
            SectionId::KeyPoints => "fc-section fc-section--key-points",
            SectionId::Figures => "fc-section fc-section--figures",
            SectionId::Timeline => "fc-section fc-section--timeline",
            SectionId::People => "fc-section fc-section--people",
            SectionId::Quotes => "fc-section fc-section--quotes",
            SectionId::Sources => "fc-section fc-section--sources",
        }
    }

    /// The section's heading.
    pub fn title(self) -> &'static str {
        match self {
            SectionId::KeyPoints => "Key points",
            SectionId::Figures => "Figures",
            SectionId::Timeline => "Timeline",
            SectionId::People => "People",
            SectionId::Quotes => "Quotes",
            SectionId::Sources => "Sources",
        }
    }
}

/// Where the facts came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Extracted from the page's article text in the browser.
    Extracted,
    /// Curated FactSheet JSON provided by the newsroom.
    Curated,
}

impl Origin {
    /// `extracted` or `curated`, for attributes and event details.
    pub fn slug(self) -> &'static str {
        match self {
            Origin::Extracted => "extracted",
            Origin::Curated => "curated",
        }
    }
}

/// The sentence a fact came from, so the reader can check it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Provenance {
    /// Index into the FactSheet's sentences.
    pub sentence: Option<usize>,
    /// The sentence text.
    pub text: Option<String>,
    /// Where the sentence stands in the article: (paragraph index, byte span in it).
    pub place: Option<(usize, usize, usize)>,
}

impl Provenance {
    fn of(sheet: &FactSheet, sentence: Option<usize>) -> Provenance {
        let found = sentence.and_then(|i| sheet.sentences.get(i));
        let text = found
            .map(|s| s.text.trim().to_owned())
            .filter(|t| !t.is_empty());
        Provenance {
            sentence: if text.is_some() { sentence } else { None },
            place: found
                .filter(|s| text.is_some() && s.span.end > s.span.start)
                .map(|s| (s.paragraph, s.span.start, s.span.end)),
            text,
        }
    }

    /// A tooltip for the fact: "From the article: “…”", or `None` when the sentence is unknown.
    pub fn tooltip(&self) -> Option<String> {
        self.text
            .as_ref()
            .map(|t| ["From the article: “", t, "”"].concat())
    }
}

/// A key point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyPointItem {
    /// The point as the reader sees it.
    pub text: String,
    /// Its sentence.
    pub source: Provenance,
}

/// A figure, formatted.
#[derive(Debug, Clone, PartialEq)]
pub struct FigureItem {
    /// The number with its unit ("45,000", "$4.8 billion", "12%").
    pub value: String,
    /// How the article bounds the number, when it does: "about", "more than", "at least",
    /// "up to", "nearly", "fewer than". `None` for an exact figure.
    pub qualifier: Option<&'static str>,
    /// What it counts, capitalised ("Reservists").
    pub counts: String,
    /// The number itself, for charts.
    pub amount: f64,
    /// Its unit, if any ("USD", "%").
    pub unit: Option<String>,
    /// Its sentence.
    pub source: Provenance,
}

impl FigureItem {
    /// The value split into the number and a trailing word, so the number can stand large:
    /// "$4.8 billion" → ("$4.8", Some("billion")), "40 km" → ("40", Some("km")).
    pub fn value_parts(&self) -> (&str, Option<&str>) {
        match self.value.split_once(' ') {
            Some((number, word)) if word.chars().all(|c| c.is_alpha() || c == ' ') => {
                (number, Some(word))
            }
            _ => (self.value.as_str(), None),
        }
    }
}

/// A timeline entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventItem {
    /// The date as precisely as it is known ("Tue, Nov 22, 2022", "July 2022"), or the
    /// expression as written when it cannot be placed ("just days after the war began").
    pub date_label: String,
    /// The machine-readable date for `<time datetime>`, when known.
    pub datetime: Option<String>,
    /// The expression as written, shown when the date was resolved from it ("on Tuesday").
    pub resolved_from: Option<String>,
    /// What happened, capitalised.
    pub text: String,
    /// True when the event falls on the publication date.
    pub is_published_day: bool,
    /// Its sentence.
    pub source: Provenance,
}

/// A person with their role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonItem {
    /// The fullest name.
    pub name: String,
    /// Up to two initials for the avatar.
    pub initials: String,
    /// The role, capitalised ("Kremlin spokesman").
    pub role: Option<String>,
    /// How many quotations are attributed to them.
    pub quote_count: usize,
    /// The sentence of their first mention.
    pub source: Provenance,
    /// Their quotations, in reading order.
    pub quotes: Vec<QuoteItem>,
    /// The sentences they are mentioned in.
    pub mentions: Vec<usize>,
    /// The key points, events and figures of the card that come from those sentences.
    pub facts: Vec<String>,
}

/// One quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteItem {
    /// The quoted words, without quotation marks.
    pub text: String,
    /// Its sentence.
    pub source: Provenance,
}

/// The quotations of one speaker, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteGroup {
    /// Who said it ("Jane Doe", "One woman"), or "Unattributed".
    pub speaker: String,
    /// The speaker's role, when they are a known person with one.
    pub role: Option<String>,
    /// Their quotations.
    pub quotes: Vec<QuoteItem>,
}

/// A source with its status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceItem {
    /// Who says it.
    pub name: String,
    /// How firmly.
    pub status: Status,
    /// What it rests on, capitalised, if stated.
    pub basis: Option<String>,
    /// The (first) claim.
    pub claim: String,
    /// How many claims of the article it makes with this status.
    pub claims: usize,
    /// The sentence of its first claim.
    pub source: Provenance,
}

/// The badge text and the class modifier of a status.
pub fn status_label(status: Status) -> (&'static str, &'static str) {
    match status {
        Status::Confirmed => ("Confirmed", "confirmed"),
        Status::Reported => ("Reported", "reported"),
        Status::Claimed => ("Claimed", "claimed"),
        Status::Assessed => ("Assessed", "assessed"),
        Status::Denied => ("Denied", "denied"),
    }
}

/// The classes of a status badge (`fc-source__status fc-badge fc-badge--<modifier>`, the
/// modifier of [`status_label`]).
pub fn status_class(status: Status) -> &'static str {
    match status {
        Status::Confirmed => "fc-source__status fc-badge fc-badge--confirmed",
        Status::Reported => "fc-source__status fc-badge fc-badge--reported",
        Status::Claimed => "fc-source__status fc-badge fc-badge--claimed",
        Status::Assessed => "fc-source__status fc-badge fc-badge--assessed",
        Status::Denied => "fc-source__status fc-badge fc-badge--denied",
    }
}

/// An ARIA boolean (`aria-expanded`, `aria-selected`) as its attribute value.
pub fn aria_bool(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}

/// The most items one section lists. An article of the card's 100 KB cap yields far fewer (the
/// longest fixtures give about 110 quotations), so only a runaway curated sheet reaches it; it
/// keeps the card's lists, and the work on them, bounded whatever the input.
pub const MAX_ITEMS: usize = 250;

/// Everything the card shows, ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct CardModel {
    /// The headline.
    pub headline: Option<String>,
    /// The publication date.
    pub published: Option<Date>,
    /// The publication date for reading ("Nov 22, 2022").
    pub published_label: Option<String>,
    /// Where the facts came from.
    pub origin: Origin,
    /// Key points in reading order.
    pub key_points: Vec<KeyPointItem>,
    /// Figures in reading order.
    pub figures: Vec<FigureItem>,
    /// Events in date order; undated ones last, in reading order.
    pub timeline: Vec<EventItem>,
    /// People in order of first mention.
    pub people: Vec<PersonItem>,
    /// Quotations grouped by speaker, speakers in order of first quotation.
    pub quote_groups: Vec<QuoteGroup>,
    /// Sources in reading order.
    pub sources: Vec<SourceItem>,
    /// Organizations named (not shown as a section yet; counted in events).
    pub organization_count: usize,
}

impl CardModel {
    /// Builds the model of `sheet`. `fallback_headline` and `fallback_published` (read from the
    /// page) fill in what the sheet's metadata lacks, as curated sheets often do.
    pub fn new(
        sheet: &FactSheet,
        origin: Origin,
        fallback_headline: Option<String>,
        fallback_published: Option<Date>,
    ) -> CardModel {
        let headline = sheet
            .meta
            .headline
            .clone()
            .filter(|h| !h.trim().is_empty())
            .or(fallback_headline)
            .map(|h| h.trim().to_owned());
        let published = sheet.meta.published.or(fallback_published);
        let mut model = CardModel {
            headline,
            published,
            published_label: published.map(published_label),
            origin,
            key_points: capped(key_points(sheet)),
            figures: capped(figures(sheet)),
            timeline: capped(timeline(sheet, published)),
            people: capped(people(sheet)),
            quote_groups: quote_groups(sheet),
            sources: capped(sources(sheet)),
            organization_count: sheet.organizations.len(),
        };
        // Quotations count one by one, across their speakers.
        let mut left = MAX_ITEMS;
        model.quote_groups.retain_mut(|g| {
            g.quotes.truncate(left);
            left -= g.quotes.len();
            !g.quotes.is_empty()
        });
        // A person's facts are the other sections' items (`facts_in` reads no people).
        let mut people = std::mem::take(&mut model.people);
        for p in &mut people {
            p.facts = model.facts_in(&p.mentions);
        }
        model.people = people;
        model
    }

    /// The key points, events and figures whose sentence is one of `sentences`, as text.
    pub fn facts_in(&self, sentences: &[usize]) -> Vec<String> {
        let hit = |p: &Provenance| p.sentence.is_some_and(|s| sentences.contains(&s));
        let mut out: Vec<String> = Vec::new();
        let mut add = |fact: String| {
            if !out.contains(&fact) {
                out.push(fact);
            }
        };
        for k in &self.key_points {
            if hit(&k.source) {
                add(k.text.clone());
            }
        }
        for e in &self.timeline {
            if hit(&e.source) {
                add([e.date_label.as_str(), ": ", &e.text].concat());
            }
        }
        for f in &self.figures {
            if hit(&f.source) {
                add([f.value.as_str(), " ", &f.counts.lowercase()].concat());
            }
        }
        out
    }

    /// The figures that count comparable things, for a bar chart: the largest group (at least
    /// two) with the same unit and the same head noun (the last word of what they count,
    /// "reservists"), largest first. Empty when no two figures compare.
    pub fn chart(&self) -> Vec<&FigureItem> {
        // Each figure's head noun, worked out once.
        let mut heads: Vec<Option<String>> = Vec::new();
        for f in &self.figures {
            heads.push(head_noun(&f.counts));
        }
        let mut best: Vec<&FigureItem> = Vec::new();
        for (f, h) in self.figures.iter().zip(&heads) {
            if h.is_none() {
                continue;
            }
            let mut group: Vec<&FigureItem> = Vec::new();
            for (g, gh) in self.figures.iter().zip(&heads) {
                if g.unit == f.unit && g.amount > 0.0 && gh == h {
                    group.push(g);
                }
            }
            group.dedup_by(|a, b| a.amount == b.amount);
            let top = |g: &[&FigureItem]| g.iter().map(|f| f.amount).fold(0.0, f64::max);
            let better =
                group.len() > best.len() || (group.len() == best.len() && top(&group) > top(&best));
            if group.len() >= 2 && better {
                best = group;
            }
        }
        // Largest first; equal amounts keep their order.
        sort_by_key(&mut best, |f| [!f64_key(f.amount), 0, 0]);
        best
    }

    /// How many items section `id` holds (quotations, not speakers, for quotes).
    pub fn count(&self, id: SectionId) -> usize {
        match id {
            SectionId::KeyPoints => self.key_points.len(),
            SectionId::Figures => self.figures.len(),
            SectionId::Timeline => self.timeline.len(),
            SectionId::People => self.people.len(),
            SectionId::Quotes => self.quote_groups.iter().map(|g| g.quotes.len()).sum(),
            SectionId::Sources => self.sources.len(),
        }
    }

    /// The sections that have something to show, in display order.
    pub fn sections(&self) -> Vec<SectionId> {
        let mut shown = Vec::new();
        for id in SectionId::ALL {
            if self.count(id) > 0 {
                shown.push(id);
            }
        }
        shown
    }

    /// True when no section has anything to show.
    pub fn is_empty(&self) -> bool {
        self.sections().is_empty()
    }
}

/// The head noun of what a figure counts: its last word (run of letters and digits), in lower
/// case; `None` when it has no word.
fn head_noun(counts: &str) -> Option<String> {
    let mut last = String::new();
    let mut word = String::new();
    for c in counts.chars() {
        if c.is_alnum() {
            word.push(c.lower());
        } else if !word.is_empty() {
            last = std::mem::take(&mut word);
        }
    }
    if !word.is_empty() {
        last = word;
    }
    match last.as_str() {
        "" => None,
        // People called up or sent to fight count the same thing.
        "reservists" | "citizens" | "soldiers" | "troops" | "servicemen" | "recruits"
        | "conscripts" => Some("troops".to_owned()),
        _ => Some(last),
    }
}

/// How many items of each list of a sheet the model reads. Curated sheets have no size limit,
/// and grouping and de-duplicating compare items pairwise: reading at most this many keeps that
/// work small, with room for what de-duplication and filtering drop.
const MAX_READ: usize = 4 * MAX_ITEMS;

/// The first [`MAX_READ`] of a sheet's `items`, the ones the model reads.
fn read<T>(items: &[T]) -> &[T] {
    items.get(..MAX_READ).unwrap_or(items)
}

/// The first [`MAX_ITEMS`] of `items`.
fn capped<T>(mut items: Vec<T>) -> Vec<T> {
    items.truncate(MAX_ITEMS);
    items
}

/// Trimmed, non-empty text.
fn clean(text: &str) -> Option<String> {
    let t = text.split_whitespace().collect::<Vec<_>>().join(" ");
    (!t.is_empty()).then_some(t)
}

/// Cleaned (see [`clean`]) and capitalised text, when there is any.
fn clean_capitalized(text: Option<&str>) -> Option<String> {
    text.and_then(clean).map(|t| capitalize(&t))
}

fn key_points(sheet: &FactSheet) -> Vec<KeyPointItem> {
    let mut out = Vec::new();
    for k in read(&sheet.key_points) {
        if let Some(text) = clean(&k.text) {
            out.push(KeyPointItem {
                text,
                source: Provenance::of(sheet, k.sentence),
            });
        }
    }
    out
}

fn figures(sheet: &FactSheet) -> Vec<FigureItem> {
    let mut out = Vec::new();
    for f in read(&sheet.figures) {
        if f.value.is_finite() {
            out.push(figure_item(sheet, f));
        }
    }
    out
}

/// The figure `f` of `sheet`, formatted.
fn figure_item(sheet: &FactSheet, f: &Figure) -> FigureItem {
    let counts = clean(&f.counts)
        .or_else(|| clean(&f.text))
        .unwrap_or_default();
    FigureItem {
        value: figure_label(f.value, f.unit.as_deref()),
        qualifier: qualifier(&f.text, f.approximate),
        counts: capitalize(&counts),
        amount: f.value,
        unit: f.unit.clone(),
        source: Provenance::of(sheet, f.sentence),
    }
}

/// Bounds as articles write them, first match wins (whole words of the lower-cased figure text).
const QUALIFIERS: &[(&str, &str)] = &[
    ("more than", "more than"),
    ("over", "more than"),
    ("at least", "at least"),
    ("or more", "at least"),
    ("up to", "up to"),
    ("as many as", "up to"),
    ("nearly", "nearly"),
    ("almost", "nearly"),
    ("fewer than", "fewer than"),
    ("less than", "less than"),
    ("under", "less than"),
];

/// The qualifier of a figure written as `text`: a bound ("more than three children",
/// "10 children or more"), else "about" when it is approximate.
fn qualifier(text: &str, approximate: bool) -> Option<&'static str> {
    // Lower case, each char but letters, digits and commas a space, with a space at each end.
    let mut lower = String::from(" ");
    for c in text.chars() {
        lower.push(if c.is_alnum() || c == ',' {
            c.lower()
        } else {
            ' '
        });
    }
    lower.push(' ');
    QUALIFIERS
        .iter()
        .find(|(phrase, _)| {
            factcard_core::extract::text::contains(&lower, &[" ", phrase, " "].concat())
        })
        .map(|(_, label)| *label)
        .or(approximate.then_some("about"))
}

fn timeline(sheet: &FactSheet, published: Option<Date>) -> Vec<EventItem> {
    // The dated events and, at the same index, their dates: taken out in date order at the end.
    let mut dated: Vec<Option<EventItem>> = Vec::new();
    let mut dates: Vec<PartialDate> = Vec::new();
    let mut undated: Vec<EventItem> = Vec::new();
    for e in read(&sheet.events) {
        let source = Provenance::of(sheet, e.sentence);
        let text = clean(&e.description)
            .or_else(|| source.text.clone())
            .map(|t| capitalize(&t));
        let Some(text) = text else { continue };
        let expression = clean(&e.text);
        let label = date_label(e.date.as_deref(), e.precision);
        let parsed = e.date.as_deref().and_then(PartialDate::parse);
        match (label, parsed) {
            (Some(date_label), Some(date)) => {
                let duplicate = dates.iter().zip(&dated).any(|(d, item)| {
                    *d == date && item.as_ref().is_some_and(|item| item.text == text)
                });
                if !duplicate {
                    dated.push(Some(EventItem {
                        date_label,
                        datetime: e.date.clone(),
                        resolved_from: if e.relative { expression } else { None },
                        text,
                        is_published_day: published.is_some() && date.full() == published,
                        source,
                    }));
                    dates.push(date);
                }
            }
            _ => undated.push(EventItem {
                date_label: expression
                    .map(|x| capitalize(&x))
                    .unwrap_or_else(|| "Undated".into()),
                datetime: None,
                resolved_from: None,
                text,
                is_published_day: false,
                source,
            }),
        }
    }
    // Stable: events known only to the month sort before the days of that month.
    let mut events = Vec::with_capacity(dated.len() + undated.len());
    for i in order(dates.iter().map(date_key)) {
        events.extend(dated.get_mut(i).and_then(Option::take));
    }
    events.extend(undated);
    events
}

/// The sort key of a date: year, month, day, an unknown month or day first.
fn date_key(d: &PartialDate) -> Key {
    // The year as an unsigned key that keeps its order (years may be negative).
    let year = (i64::from(d.year) - i64::from(i32::MIN)) as u64;
    [year, d.month.unwrap_or(0).into(), d.day.unwrap_or(0).into()]
}

fn people(sheet: &FactSheet) -> Vec<PersonItem> {
    let mut out = Vec::new();
    for (i, p) in read(&sheet.people).iter().enumerate() {
        if let Some(name) = clean(&p.name) {
            out.push(person_item(sheet, i, p, name));
        }
    }
    out
}

/// Person `p`, the `i`th of `sheet`, known as `name`, with their quotations.
fn person_item(sheet: &FactSheet, i: usize, p: &Person, name: String) -> PersonItem {
    let mut quotes = Vec::new();
    for q in read(&sheet.quotes) {
        if q.person == Some(i) || q.speaker.as_deref().map(str::trim) == Some(&name) {
            quotes.extend(quote_item(sheet, q));
        }
    }
    let mut mentions = Vec::new();
    for m in &p.mentions {
        if mentions.last() != Some(&m.sentence) {
            mentions.push(m.sentence);
        }
    }
    PersonItem {
        initials: initials(&name),
        role: clean_capitalized(p.role.as_deref()),
        quote_count: quotes.len(),
        source: Provenance::of(sheet, mentions.first().copied()),
        quotes,
        mentions,
        facts: Vec::new(),
        name,
    }
}

/// Quotation `q` of `sheet` as shown, or `None` when it has no words.
fn quote_item(sheet: &FactSheet, q: &Quote) -> Option<QuoteItem> {
    // A quotation cut where the sentence goes on ("…we can confirm," Doe said) loses
    // its dangling comma; the words themselves are never changed.
    Some(QuoteItem {
        text: clean(bare_quote(&q.text))?,
        source: Provenance::of(sheet, q.sentence),
    })
}

/// A quotation without its quotation marks and a dangling comma.
fn bare_quote(text: &str) -> &str {
    text.trim()
        .trim_matches(['"', '“', '”', '\''])
        .trim_end_matches([',', ';'])
}

fn quote_groups(sheet: &FactSheet) -> Vec<QuoteGroup> {
    let mut groups: Vec<QuoteGroup> = Vec::new();
    for q in read(&sheet.quotes) {
        let Some(item) = quote_item(sheet, q) else {
            continue;
        };
        let person = q.person.and_then(|i| sheet.people.get(i));
        let speaker = clean_capitalized(person.map(|p| p.name.as_str()))
            .or_else(|| clean_capitalized(q.speaker.as_deref()))
            .unwrap_or_else(|| "Unattributed".to_owned());
        let role = clean_capitalized(
            person
                .or_else(|| {
                    read(&sheet.people)
                        .iter()
                        .find(|p| p.name.trim() == speaker)
                })
                .and_then(|p| p.role.as_deref()),
        );
        match groups.iter_mut().find(|g| g.speaker == speaker) {
            Some(group) => group.quotes.push(item),
            None => groups.push(QuoteGroup {
                speaker,
                role,
                quotes: vec![item],
            }),
        }
    }
    groups
}

/// Sources in reading order; the same source with the same status is listed once, with the
/// first basis stated and the number of claims it makes.
fn sources(sheet: &FactSheet) -> Vec<SourceItem> {
    let mut out: Vec<SourceItem> = Vec::new();
    for s in read(&sheet.sources) {
        let Some(name) = clean(&s.name) else { continue };
        let basis = clean_capitalized(s.basis.as_deref());
        let same = |o: &&mut SourceItem| o.status == s.status && o.name.eq_ignore_ascii_case(&name);
        if let Some(existing) = out.iter_mut().find(same) {
            existing.claims += 1;
            if existing.basis.is_none() {
                existing.basis = basis;
            }
            continue;
        }
        out.push(SourceItem {
            name,
            status: s.status,
            basis,
            claim: clean(&s.claim).unwrap_or_default(),
            claims: 1,
            source: Provenance::of(sheet, s.sentence),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A hand-written curated sheet, as a newsroom would provide it.
    const CURATED: &str = r#"{
      "schema": "factcard/1",
      "meta": { "headline": "Dam opens after ten years", "published": "2022-11-22" },
      "sentences": [
        { "paragraph": 0, "span": {"start": 0, "end": 40}, "text": "The dam opened on Tuesday, officials said." },
        { "paragraph": 1, "span": {"start": 0, "end": 30}, "text": "It cost $4.8 billion to build." },
        { "paragraph": 2, "span": {"start": 0, "end": 30}, "text": "\"It is a great day,\" Mayor Ana Ruiz said." }
      ],
      "key_points": [ { "text": "The dam opened on Tuesday.", "sentence": 0 }, { "text": "  " } ],
      "events": [
        { "text": "on Tuesday", "date": "2022-11-22", "precision": "day", "relative": true,
          "description": "the dam opened", "sentence": 0 },
        { "text": "in July", "date": "2022-07", "precision": "month", "description": "tests began" },
        { "text": "years ago", "date": null, "precision": "unknown", "description": "plans were drawn" },
        { "text": "in 2012", "date": "2012", "precision": "year", "description": "construction started" },
        { "text": "in July", "date": "2022-07", "precision": "month", "description": "tests began" }
      ],
      "figures": [
        { "text": "$4.8 billion", "value": 4800000000, "unit": "USD", "counts": "cost of the dam", "sentence": 1 },
        { "text": "about 300 workers", "value": 300, "counts": "", "approximate": true }
      ],
      "people": [ { "name": "Ana Ruiz", "role": "mayor of the city" } ],
      "quotes": [
        { "text": "It is a great day", "speaker": "Ana Ruiz", "person": 0, "sentence": 2 },
        { "text": "We waited long enough", "speaker": "one resident" },
        { "text": "It will change the valley", "person": 0 }
      ],
      "sources": [
        { "name": "City officials", "status": "confirmed", "basis": "a press release", "claim": "The dam opened.", "sentence": 0 }
      ]
    }"#;

    fn model() -> CardModel {
        let sheet = FactSheet::from_json(CURATED).expect("curated sheet parses");
        CardModel::new(&sheet, Origin::Curated, None, None)
    }

    #[test]
    fn header_from_meta() {
        let m = model();
        assert_eq!(m.headline.as_deref(), Some("Dam opens after ten years"));
        assert_eq!(m.published_label.as_deref(), Some("Nov 22, 2022"));
    }

    #[test]
    fn header_falls_back_to_page() {
        let sheet = FactSheet::default();
        let m = CardModel::new(
            &sheet,
            Origin::Extracted,
            Some(" Page headline ".into()),
            Date::parse_iso("2022-07-04"),
        );
        assert_eq!(m.headline.as_deref(), Some("Page headline"));
        assert_eq!(m.published_label.as_deref(), Some("Jul 4, 2022"));
        assert!(m.is_empty());
        assert!(m.sections().is_empty());
    }

    #[test]
    fn key_points_skip_blank_and_keep_provenance() {
        let m = model();
        assert_eq!(m.key_points.len(), 1);
        let tip = m.key_points[0].source.tooltip().unwrap();
        assert!(
            tip.contains("The dam opened on Tuesday, officials said."),
            "{tip}"
        );
    }

    #[test]
    fn timeline_sorted_deduplicated_and_honest() {
        let m = model();
        let labels: Vec<(&str, &str)> = m
            .timeline
            .iter()
            .map(|e| (e.date_label.as_str(), e.text.as_str()))
            .collect();
        assert_eq!(
            labels,
            [
                ("2012", "Construction started"),
                ("July 2022", "Tests began"),
                ("Tue, Nov 22, 2022", "The dam opened"),
                ("Years ago", "Plans were drawn"),
            ]
        );
        let opened = &m.timeline[2];
        assert!(opened.is_published_day);
        assert_eq!(opened.resolved_from.as_deref(), Some("on Tuesday"));
        assert_eq!(opened.datetime.as_deref(), Some("2022-11-22"));
        assert!(!m.timeline[1].is_published_day);
    }

    #[test]
    fn figures_formatted() {
        let m = model();
        assert_eq!(m.figures[0].value, "$4.8 billion");
        assert_eq!(m.figures[0].counts, "Cost of the dam");
        assert_eq!(m.figures[0].qualifier, None);
        assert_eq!(m.figures[0].value_parts(), ("$4.8", Some("billion")));
        assert_eq!(m.figures[1].value_parts(), ("300", None));
        assert_eq!(m.figures[1].value, "300");
        assert_eq!(m.figures[1].counts, "About 300 workers");
        assert_eq!(m.figures[1].qualifier, Some("about"));
    }

    #[test]
    fn figure_qualifiers() {
        let cases: &[(&str, bool, Option<&str>)] = &[
            ("more than three children", false, Some("more than")),
            ("10 children or more", false, Some("at least")),
            ("about 80,000 mobilized citizens", true, Some("about")),
            ("some 300,000 reservists", true, Some("about")),
            ("nearly 2,000 homes", true, Some("nearly")),
            ("up to 40 km", false, Some("up to")),
            ("over 1,000 people", false, Some("more than")),
            ("1,500 mothers", false, None),
            ("hangover cures: 3", false, None),
        ];
        for (text, approximate, want) in cases {
            assert_eq!(qualifier(text, *approximate), *want, "{text}");
        }
    }

    #[test]
    fn quotes_drop_dangling_comma() {
        let sheet = FactSheet::from_json(
            r#"{"schema":"factcard/1","quotes":[{"text":"We can confirm,","speaker":"Peskov"}]}"#,
        )
        .unwrap();
        let m = CardModel::new(&sheet, Origin::Curated, None, None);
        assert_eq!(m.quote_groups[0].quotes[0].text, "We can confirm");
    }

    #[test]
    fn sources_merged_by_name_and_status() {
        let sheet = FactSheet::from_json(
            r#"{"schema":"factcard/1","sources":[
                {"name":"ISW","status":"assessed","claim":"a"},
                {"name":"Kremlin","status":"confirmed","claim":"b"},
                {"name":"ISW","status":"assessed","basis":"satellite images","claim":"c"},
                {"name":"Kremlin","status":"denied","claim":"d"}]}"#,
        )
        .unwrap();
        let m = CardModel::new(&sheet, Origin::Curated, None, None);
        let got: Vec<(&str, usize, Option<&str>)> = m
            .sources
            .iter()
            .map(|s| (s.name.as_str(), s.claims, s.basis.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("ISW", 2, Some("Satellite images")),
                ("Kremlin", 1, None),
                ("Kremlin", 1, None)
            ]
        );
    }

    #[test]
    fn quotes_grouped_by_speaker() {
        let m = model();
        assert_eq!(m.quote_groups.len(), 2);
        let ruiz = &m.quote_groups[0];
        assert_eq!(ruiz.speaker, "Ana Ruiz");
        assert_eq!(ruiz.role.as_deref(), Some("Mayor of the city"));
        assert_eq!(ruiz.quotes.len(), 2);
        assert_eq!(m.quote_groups[1].speaker, "One resident");
        assert_eq!(m.count(SectionId::Quotes), 3);
        assert_eq!(m.people[0].quote_count, 2);
        assert_eq!(m.people[0].initials, "AR");
    }

    #[test]
    fn sources_and_sections() {
        let m = model();
        assert_eq!(m.sources[0].basis.as_deref(), Some("A press release"));
        assert_eq!(
            status_label(m.sources[0].status),
            ("Confirmed", "confirmed")
        );
        assert_eq!(m.sections(), SectionId::ALL.to_vec());
        for id in SectionId::ALL {
            assert_eq!(id.tab_id(), format!("fc-tab-{}", id.slug()));
            assert_eq!(id.panel_id(), format!("fc-panel-{}", id.slug()));
            assert_eq!(
                id.panel_class(),
                format!("fc-section fc-section--{}", id.slug())
            );
        }
        for status in [
            Status::Confirmed,
            Status::Reported,
            Status::Claimed,
            Status::Assessed,
            Status::Denied,
        ] {
            let (_, modifier) = status_label(status);
            assert_eq!(
                status_class(status),
                format!("fc-source__status fc-badge fc-badge--{modifier}")
            );
        }
        assert_eq!((aria_bool(true), aria_bool(false)), ("true", "false"));
        // The card indexes per-section state by `id as usize`.
        for (i, id) in SectionId::ALL.into_iter().enumerate() {
            assert_eq!(id as usize, i);
        }
        let slugs: Vec<&str> = SectionId::ALL.iter().map(|s| s.slug()).collect();
        assert_eq!(
            slugs,
            [
                "key-points",
                "figures",
                "timeline",
                "people",
                "quotes",
                "sources"
            ]
        );
    }

    #[test]
    fn empty_sections_hidden() {
        let sheet = FactSheet::from_json(
            r#"{"schema":"factcard/1","figures":[{"text":"3 ships","value":3,"counts":"ships"}]}"#,
        )
        .unwrap();
        let m = CardModel::new(&sheet, Origin::Curated, None, None);
        assert_eq!(m.sections(), vec![SectionId::Figures]);
        assert!(m.figures[0].source.tooltip().is_none());
    }

    #[test]
    fn chart_compares_figures_that_count_the_same_thing() {
        let json = r#"{"schema":"factcard/1",
          "figures":[
            {"text":"300,000 reservists","value":300000,"counts":"reservists"},
            {"text":"10 children","value":10,"counts":"children"},
            {"text":"80,000 mobilized citizens","value":80000,"counts":"mobilized citizens"},
            {"text":"3 children","value":3,"counts":"children"},
            {"text":"50,000 mobilized citizens","value":50000,"counts":"mobilized citizens"}
          ]}"#;
        let sheet = FactSheet::from_json(json).expect("sheet");
        let m = CardModel::new(&sheet, Origin::Curated, None, None);
        let chart: Vec<f64> = m.chart().iter().map(|f| f.amount).collect();
        assert_eq!(chart, vec![300000.0, 80000.0, 50000.0]);
    }

    #[test]
    fn head_nouns() {
        assert_eq!(head_noun("mobilized citizens").as_deref(), Some("troops"));
        assert_eq!(head_noun("tonnes of Steel.").as_deref(), Some("steel"));
        assert_eq!(head_noun("cost (USD)").as_deref(), Some("usd"));
        assert_eq!(head_noun(" - "), None);
    }

    #[test]
    fn people_carry_their_quotes_and_facts() {
        let m = model();
        let ruiz = &m.people[0];
        assert_eq!(ruiz.quotes.len(), 2);
        assert_eq!(ruiz.quote_count, 2);
    }

    #[test]
    fn a_runaway_sheet_is_cut_to_bounded_lists() {
        use factcard_core::{Figure, Person, Quote};
        let n = 20_000;
        let sheet = FactSheet {
            figures: (0..n)
                .map(|i| Figure {
                    text: format!("{i} tonnes"),
                    value: i as f64 + 1.0,
                    counts: "tonnes of steel".into(),
                    ..Figure::default()
                })
                .collect(),
            people: (0..n)
                .map(|i| Person {
                    name: format!("Person {i}"),
                    ..Person::default()
                })
                .collect(),
            quotes: (0..n)
                .map(|i| Quote {
                    text: format!("Quote number {i}"),
                    person: Some(i),
                    ..Quote::default()
                })
                .collect(),
            ..FactSheet::default()
        };
        // Pairwise grouping over 20,000 items would take minutes; the cut keeps it instant.
        let model = CardModel::new(&sheet, Origin::Curated, None, None);
        assert_eq!(model.figures.len(), MAX_ITEMS);
        assert_eq!(model.people.len(), MAX_ITEMS);
        assert_eq!(model.count(SectionId::Quotes), MAX_ITEMS);
        assert_eq!(
            model.figures[0].amount, 1.0,
            "the first ones, in the sheet's order"
        );
        assert!(model.chart().len() >= 2);
    }
}
