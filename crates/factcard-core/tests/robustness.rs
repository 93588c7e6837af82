//! A bounded fuzz pass that runs with `cargo test`: adversarial article text through `extract`,
//! and arbitrary or mutated JSON through `FactSheet::from_json` / `FactSheet::validated`.
//!
//! The cargo-fuzz targets in `fuzz/` explore further; these properties keep the same invariants
//! (see `support/invariants.rs`) checked on every test run, in a few seconds.

mod support;

use factcard_core::{
    extract, Article, Date, Event, FactSheet, Figure, KeyPoint, Mention, Options, Organization,
    Person, Quote, Sentence, Source, Span, SCHEMA,
};
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{json, Value};
use std::sync::OnceLock;
use support::invariants::{check_indexes, extract_checked, json_checked};

const SEED: &str = include_str!("../../../tests/fixtures/seed/article.txt");
const CORPUS: &[&str] = &[
    include_str!("../../../tests/fixtures/corpus/ars-1/article.txt"),
    include_str!("../../../tests/fixtures/corpus/breitbart/article.txt"),
    include_str!("../../../tests/fixtures/corpus/cnn/article.txt"),
    include_str!("../../../tests/fixtures/corpus/herald-sun-1/article.txt"),
    include_str!("../../../tests/fixtures/corpus/medicalnewstoday/article.txt"),
    include_str!("../../../tests/fixtures/corpus/salon-1/article.txt"),
    include_str!("../../../tests/fixtures/corpus/theverge/article.txt"),
    include_str!("../../../tests/fixtures/corpus/yahoo-3/article.txt"),
];

/// Real news sentences, cut roughly at full stops: the text the rules were written for.
fn real_sentences() -> &'static [String] {
    static S: OnceLock<Vec<String>> = OnceLock::new();
    S.get_or_init(|| {
        std::iter::once(SEED)
            .chain(CORPUS.iter().copied())
            .flat_map(str::lines)
            .flat_map(|l| l.split_inclusive(". "))
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    })
}

/// Phrases that wake each extractor up: titles, dates, figures, attributions, quotes.
const TRIGGERS: &[&str] = &[
    "Mr.",
    "Dr.",
    "Gov.",
    "Sen.",
    "St.",
    "U.S.",
    "a.m.",
    "No.",
    "Nov.",
    "e.g.",
    "J. R. R.",
    "said",
    "told",
    "according to",
    "confirmed",
    "denied",
    "claimed",
    "assessed",
    "citing",
    "reported",
    "spokesman",
    "Kremlin",
    "Dmitry Peskov",
    "President Vladimir Putin",
    "the ISW",
    "Institute for the Study of War (ISW)",
    "on Tuesday",
    "last week",
    "next year",
    "yesterday",
    "two years ago",
    "September 21",
    "Sunday, November 27",
    "Feb. 30",
    "in the 1930s",
    "2022's",
    "mid-2019",
    "days after",
    "$4.8 billion",
    "300,000",
    "12 percent",
    "about 80,000",
    "tens of thousands",
    "£1.5m",
    "1,000,000,000,000,000,000,000",
    "9.99e308",
    "-0",
    "½",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "(",
    ")",
    "[",
    "]",
    "…",
    "...",
    ".",
    ",",
    ":",
    ";",
    "—",
    "-",
    "?",
    "!",
    "?!",
    "\" he said.",
    "“Why?” she asked.",
];

/// Markup and URLs that must stay plain text.
const MARKUP: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<a href=\"javascript:alert(1)\">Mr. Smith said</a>",
    "javascript:alert(document.cookie)",
    "<svg/onload=alert(1)>",
    "&lt;b&gt;&amp;&#x27;",
    "<!-- said -->",
    "]]><![CDATA[",
    "{{constructor.constructor('alert(1)')()}}",
    "\\u0000\\\"",
];

/// Characters that break naive text handling.
const NASTY_CHARS: &[char] = &[
    '\u{202E}',
    '\u{202D}',
    '\u{2066}',
    '\u{2069}',
    '\u{200B}',
    '\u{200C}',
    '\u{200D}',
    '\u{FEFF}',
    '\u{00A0}',
    '\u{2028}',
    '\u{2029}',
    '\u{0301}',
    '\u{0308}',
    '\u{0336}',
    '\u{FFFD}',
    '\u{0000}',
    '\r',
    '\t',
    '\u{000B}',
    '😀',
    '👩',
    '🏽',
    '🇺',
    '🇦',
    '東',
    '京',
    '。',
    '「',
    '」',
    'ß',
    'İ',
    'ﬁ',
    'ǅ',
    'م',
    'ر',
    'ح',
    'ب',
    '\u{05D0}',
    '\u{10FFFF}',
    '\u{E000}',
];

/// One piece of an adversarial paragraph.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(real_sentences()),
        3 => prop::sample::select(TRIGGERS).prop_map(str::to_owned),
        1 => prop::sample::select(MARKUP).prop_map(str::to_owned),
        2 => prop::collection::vec(prop::sample::select(NASTY_CHARS), 1..6)
            .prop_map(|cs| cs.into_iter().collect()),
        1 => "[0-9,.]{1,80}",
        1 => "[A-Z][a-z]{0,8}( [A-Z][a-z]{0,8}){0,3}",
        1 => "\\PC{0,12}",
        1 => any::<String>().prop_map(|s| s.chars().take(12).collect()),
    ]
}

/// A paragraph: fragments glued with spaces, nothing, or odd whitespace.
fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            fragment(),
            prop::sample::select(&[" ", " ", " ", "", "  ", "\u{00A0}", "\t"][..]),
        ),
        0..24,
    )
    .prop_map(|parts| {
        parts
            .into_iter()
            .flat_map(|(f, sep)| [f, sep.to_owned()])
            .collect()
    })
}

/// A publication date: none, an ordinary one, or one at the ends of what `Date` can hold.
fn published() -> impl Strategy<Value = Option<Date>> {
    prop_oneof![
        1 => Just(None),
        4 => (1900i32..2100, 1u8..=12, 1u8..=31).prop_map(|(y, m, d)| Date::new(y, m, d)),
        1 => (prop::sample::select(&[0, 1, 9998, 9999][..]), 1u8..=12, 1u8..=28)
            .prop_map(|(y, m, d)| Date::new(y, m, d)),
        1 => (prop::sample::select(&[i32::MIN, i32::MIN + 1, -1, 10_000, i32::MAX][..]), 1u8..=12, 1u8..=28)
            .prop_map(|(year, month, day)| Some(Date { year, month, day })),
    ]
}

fn options() -> impl Strategy<Value = Options> {
    (published(), 0usize..8).prop_map(|(published, max_key_points)| Options {
        published,
        max_key_points,
    })
}

proptest! {
    #![proptest_config(Config { cases: 400, ..Config::default() })]

    /// Adversarial articles: every index and span fits, the sheet validates and round-trips,
    /// and a second run gives the same sheet.
    #[test]
    fn extract_keeps_its_invariants(
        paragraphs in prop::collection::vec(paragraph(), 0..8),
        headline in proptest::option::of(paragraph()),
        options in options(),
    ) {
        let mut article = Article { paragraphs, ..Article::default() };
        if let Some(h) = headline {
            article = article.with_headline(h);
        }
        extract_checked(&article, &options);
    }

    /// The same paragraphs read as the CLI reads a file (one a line, trimmed) keep them too.
    #[test]
    fn extract_from_text_keeps_its_invariants(
        paragraphs in prop::collection::vec(paragraph(), 1..6),
        sep in prop::sample::select(&["\n", "\r\n", "\n\n", "\u{2028}", "\r"][..]),
        options in options(),
    ) {
        extract_checked(&Article::from_text(&paragraphs.join(sep)), &options);
    }
}

proptest! {
    #![proptest_config(Config { cases: 6, ..Config::default() })]

    /// Huge paragraphs (tens of kilobytes, one sentence or thousands) complete and keep the
    /// invariants.
    #[test]
    fn huge_paragraphs(
        unit in prop::sample::select(&[
            "Mr. Smith said \u{201C}it is fine\u{201D} on Tuesday, citing 300,000 reservists. ",
            "1,2,3.4.5,6 ",
            "\u{201C}\u{201C}\u{201C}\"'\u{2018} ",
            "<script>alert(1)</script> ",
            "\u{202E}\u{200B}\u{200D}e\u{0301}\u{0301}😀 ",
            "U.S. Mr. Dr. No. Nov. ",
            "Peskov ",
        ][..]),
        reps in 200usize..1000,
        options in options(),
    ) {
        let big = unit.repeat(reps);
        let article = Article { paragraphs: vec![SEED.lines().next().unwrap_or("").to_owned(), big], ..Article::default() };
        extract_checked(&article, &options);
    }
}

// -------------------------------------------------------------------------------------------
// FactSheet JSON

/// The seed article's sheet as JSON: the valid FactSheet the mutations start from.
fn seed_sheet() -> &'static Value {
    static S: OnceLock<Value> = OnceLock::new();
    S.get_or_init(|| {
        let options = Options {
            published: Date::parse_iso("2022-11-22"),
            ..Options::default()
        };
        let sheet = extract(&Article::from_text(SEED), &options).expect("the seed extracts");
        serde_json::to_value(&sheet).expect("a sheet serialises")
    })
}

/// Field names of the FactSheet and its parts, so generated JSON often lands on real fields.
const KEYS: &[&str] = &[
    "schema",
    "meta",
    "headline",
    "published",
    "byline",
    "sentences",
    "paragraph",
    "span",
    "start",
    "end",
    "text",
    "key_points",
    "sentence",
    "events",
    "date",
    "precision",
    "relative",
    "description",
    "figures",
    "value",
    "unit",
    "counts",
    "approximate",
    "quotes",
    "speaker",
    "person",
    "people",
    "name",
    "role",
    "mentions",
    "organizations",
    "short",
    "sources",
    "status",
    "basis",
    "claim",
    "other",
    "__proto__",
];

/// Values that are wrong in interesting ways.
fn odd_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        prop::sample::select(&[0u64, 1, 2, 3, 7, 50, 1000, 4_294_967_295, u64::MAX][..])
            .prop_map(Value::from),
        prop::sample::select(&[-1i64, i64::MIN][..]).prop_map(Value::from),
        prop::num::f64::NORMAL.prop_map(Value::from),
        prop::sample::select(
            &[
                "factcard/1",
                "factcard/2",
                "",
                "2022-11-22",
                "2022-02-30",
                "9999-12-31",
                "day",
                "week",
                "confirmed",
                "unknown",
                "\u{202E}<script>alert(1)</script>",
            ][..]
        )
        .prop_map(Value::from),
        "\\PC{0,16}".prop_map(Value::from),
        Just(json!([])),
        Just(json!({})),
        (0u64..400, 0u64..400).prop_map(|(start, end)| json!({"start": start, "end": end})),
    ]
}

/// Arbitrary JSON-ish values built from FactSheet field names and odd leaves.
fn json_value() -> impl Strategy<Value = Value> {
    odd_value().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(KEYS).prop_map(str::to_owned),
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Every path to a leaf or container of `v`, as JSON pointers.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                pointers(x, format!("{at}/{i}"), out);
            }
        }
        Value::Object(o) => {
            for (k, x) in o {
                pointers(x, format!("{at}/{k}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

fn seed_pointers() -> &'static [String] {
    static P: OnceLock<Vec<String>> = OnceLock::new();
    P.get_or_init(|| {
        let mut out = Vec::new();
        pointers(seed_sheet(), String::new(), &mut out);
        out
    })
}

/// One change to a valid sheet.
#[derive(Debug, Clone)]
enum Mutation {
    /// Replace the value at a pointer.
    Set(String, Value),
    /// Remove the field or element at a pointer.
    Remove(String),
    /// Point a fact at sentence `n` (often past the end).
    Sentence(String, u64),
    /// Give a fact a span `start..end` that may cut a character or run past the text.
    Span(String, u64, u64),
}

/// The facts that carry a `sentence` (and maybe a `span`) in the seed sheet.
fn fact_pointers() -> &'static [String] {
    static P: OnceLock<Vec<String>> = OnceLock::new();
    P.get_or_init(|| {
        let sheet = seed_sheet();
        let mut out = Vec::new();
        for section in ["key_points", "events", "figures", "quotes", "sources"] {
            for i in 0..sheet[section].as_array().map_or(0, Vec::len) {
                out.push(format!("/{section}/{i}"));
            }
        }
        for section in ["people", "organizations"] {
            for (i, e) in sheet[section].as_array().into_iter().flatten().enumerate() {
                for j in 0..e["mentions"].as_array().map_or(0, Vec::len) {
                    out.push(format!("/{section}/{i}/mentions/{j}"));
                }
            }
        }
        out
    })
}

fn mutation() -> impl Strategy<Value = Mutation> {
    let n = seed_sheet()["sentences"].as_array().map_or(0, Vec::len) as u64;
    prop_oneof![
        3 => (prop::sample::select(seed_pointers()), json_value())
            .prop_map(|(p, v)| Mutation::Set(p.clone(), v)),
        1 => prop::sample::select(seed_pointers()).prop_map(|p| Mutation::Remove(p.clone())),
        3 => (prop::sample::select(fact_pointers()), prop_oneof![0..n + 3, Just(u64::MAX)])
            .prop_map(|(p, i)| Mutation::Sentence(p.clone(), i)),
        3 => (prop::sample::select(fact_pointers()), 0u64..300, 0u64..300)
            .prop_map(|(p, s, e)| Mutation::Span(p.clone(), s, e)),
        1 => (prop::sample::select(&["/quotes/0/person", "/quotes/1/person", "/quotes/2/person"][..]),
              prop_oneof![0u64..20, Just(u64::MAX)])
            .prop_map(|(p, i)| Mutation::Set(p.to_owned(), Value::from(i))),
    ]
}

fn apply(sheet: &mut Value, m: &Mutation) {
    match m {
        Mutation::Set(p, v) => match sheet.pointer_mut(p) {
            Some(slot) => *slot = v.clone(),
            None => {
                if let Some((parent, key)) = p.rsplit_once('/') {
                    if let Some(Value::Object(o)) = sheet.pointer_mut(parent) {
                        o.insert(key.to_owned(), v.clone());
                    }
                }
            }
        },
        Mutation::Remove(p) => {
            if let Some((parent, key)) = p.rsplit_once('/') {
                match sheet.pointer_mut(parent) {
                    Some(Value::Object(o)) => {
                        o.remove(key);
                    }
                    Some(Value::Array(a)) => {
                        if let Ok(i) = key.parse::<usize>() {
                            if i < a.len() {
                                a.remove(i);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        Mutation::Sentence(p, i) => {
            if let Some(Value::Object(o)) = sheet.pointer_mut(p) {
                o.insert("sentence".into(), Value::from(*i));
            }
        }
        Mutation::Span(p, s, e) => {
            if let Some(Value::Object(o)) = sheet.pointer_mut(p) {
                o.insert("span".into(), json!({"start": s, "end": e}));
            }
        }
    }
}

/// A sheet built directly, with indexes and spans drawn around the edges of the sentences.
fn raw_sheet() -> impl Strategy<Value = FactSheet> {
    let text = prop_oneof![
        prop::sample::select(real_sentences()),
        "\\PC{0,10}",
        Just("“Ça va?” — 東京 😀 e\u{0301}".to_owned()),
    ];
    let texts = prop::collection::vec(text, 0..5);
    let index = || proptest::option::of(prop_oneof![0usize..7, Just(usize::MAX)]);
    let span = || proptest::option::of((0usize..40, 0usize..40).prop_map(|(s, e)| Span::new(s, e)));
    let mention = || {
        (
            prop_oneof![0usize..7, Just(usize::MAX)],
            0usize..40,
            0usize..40,
        )
            .prop_map(|(sentence, s, e)| Mention {
                sentence,
                span: Span::new(s, e),
            })
    };
    let fact = move || (index(), span());
    (
        texts,
        prop::collection::vec(index(), 0..4),
        prop::collection::vec(fact(), 0..4),
        prop::collection::vec(fact(), 0..4),
        prop::collection::vec(
            (
                fact(),
                proptest::option::of(prop_oneof![0usize..6, Just(usize::MAX)]),
            ),
            0..4,
        ),
        prop::collection::vec(fact(), 0..4),
        prop::collection::vec(prop::collection::vec(mention(), 0..4), 0..4),
        prop::collection::vec(prop::collection::vec(mention(), 0..4), 0..3),
    )
        .prop_map(
            |(texts, keys, events, figures, quotes, sources, people, orgs)| FactSheet {
                sentences: texts
                    .into_iter()
                    .map(|text| Sentence {
                        span: Span::new(0, text.len()),
                        text,
                        paragraph: 0,
                    })
                    .collect(),
                key_points: keys
                    .into_iter()
                    .map(|sentence| KeyPoint {
                        text: "k".into(),
                        sentence,
                    })
                    .collect(),
                events: events
                    .into_iter()
                    .map(|(sentence, span)| Event {
                        sentence,
                        span,
                        ..Event::default()
                    })
                    .collect(),
                figures: figures
                    .into_iter()
                    .map(|(sentence, span)| Figure {
                        sentence,
                        span,
                        ..Figure::default()
                    })
                    .collect(),
                quotes: quotes
                    .into_iter()
                    .map(|((sentence, span), person)| Quote {
                        sentence,
                        span,
                        person,
                        ..Quote::default()
                    })
                    .collect(),
                sources: sources
                    .into_iter()
                    .map(|(sentence, span)| Source {
                        sentence,
                        span,
                        ..Source::default()
                    })
                    .collect(),
                people: people
                    .into_iter()
                    .map(|mentions| Person {
                        name: "p".into(),
                        mentions,
                        ..Person::default()
                    })
                    .collect(),
                organizations: orgs
                    .into_iter()
                    .map(|mentions| Organization {
                        name: "o".into(),
                        mentions,
                        ..Organization::default()
                    })
                    .collect(),
                ..FactSheet::default()
            },
        )
}

proptest! {
    #![proptest_config(Config { cases: 1000, ..Config::default() })]

    /// Arbitrary JSON-ish documents: an error or a sheet whose every index and span fits.
    #[test]
    fn arbitrary_json_never_panics(mut v in json_value(), schema in prop::bool::weighted(0.8)) {
        if let (true, Value::Object(o)) = (schema, &mut v) {
            o.insert("schema".into(), Value::from(SCHEMA));
        }
        json_checked(&v.to_string());
    }

    /// A valid sheet with a few wrong types, out-of-range indexes, spans off char boundaries or
    /// a wrong schema: an error or a sheet whose every index and span fits.
    #[test]
    fn mutated_sheets_are_rejected_or_repaired(mutations in prop::collection::vec(mutation(), 1..5)) {
        let mut v = seed_sheet().clone();
        for m in &mutations {
            apply(&mut v, m);
        }
        json_checked(&v.to_string());
    }

    /// Broken JSON text: cut short, a byte changed. Never a panic.
    #[test]
    fn broken_json_text_never_panics(cut in any::<prop::sample::Index>(), at in any::<prop::sample::Index>(), byte in any::<u8>()) {
        let text = seed_sheet().to_string();
        let mut bytes = text.as_bytes()[..cut.index(text.len() + 1)].to_vec();
        if !bytes.is_empty() {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        json_checked(&String::from_utf8_lossy(&bytes));
    }

    /// `validated` drops every sentence index, person index and span that does not fit, and
    /// keeps those that do.
    #[test]
    fn validated_repairs_any_sheet(sheet in raw_sheet()) {
        let fixed = sheet.clone().validated().expect("the schema is right");
        check_indexes(&fixed);
        // What fitted is kept as it was.
        for (a, b) in sheet.events.iter().zip(&fixed.events) {
            let fits = a.sentence.and_then(|i| sheet.sentences.get(i)).is_some_and(|s| a.span.is_none_or(|sp| sp.as_str(&s.text).is_some()));
            if fits {
                prop_assert_eq!((a.sentence, a.span), (b.sentence, b.span));
            }
        }
        prop_assert_eq!(fixed.clone().validated().unwrap(), fixed, "validation is idempotent");
    }
}
