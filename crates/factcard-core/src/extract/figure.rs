//! Figures: numbers that count or measure something, with their value and what they count.
//!
//! An amount is digits ("250,000", "4.8"), a number word ("three", "twenty-five", "a dozen"),
//! a scale ("4.8 billion", "£3m", "$150K") or a vague plural ("hundreds of", "tens of
//! thousands of"). Money carries its currency as unit ("USD"), percentages the unit "percent".
//! A currency may be a symbol ("$", "₦", "HK$"), a code ("USD 4.2 billion") or the letters a
//! newspaper uses ("RM380 billion", "Rs. 2.5 trillion", "KSh 120 billion", "N650bn").
//! What it counts is the noun phrase that follows ("three unnamed Kremlin sources"), or the
//! `of` phrase after a percentage or a vague plural; when the noun is left out ("about 80,000
//! citizens …, of which about 50,000 are …") it is taken from the figure before it in the sentence.
//!
//! Comparatives are part of the figure as written ("more than three children", "10 children or
//! more"); hedges ("about", "some", "roughly") are not, but make it approximate.
//!
//! Not figures: dates and years (found by the date extractor), clock times, ages ("the
//! 34-year-old", "Jane Doe, 21,"), ordinals ("21st"), numbers glued to letters or symbols
//! ("4K", "COVID-19", "24/7", "10^5"), numbers in names ("Windows 10", "Article 5", "No. 5")
//! and "one" (a pronoun far more often than a count).

use super::date;
use super::lexicon::{self as lx, is_in};
use super::token::{is_capitalized, tokenize, Kind, Tok};
use super::wordclass;
use super::wordset::{self, words, Words};
use crate::extract::charclass::{CharClass, StrCase};
use crate::model::{Figure, Sentence, Span};

/// Finds numbers that count or measure something.
///
/// ```
/// use factcard_core::extract::{figure::figures, sentence::split};
/// let s = split(&["Officials said some 2,500 reservists and $4.8 billion in aid were sent.".to_owned()]);
/// let f = figures(&s);
/// assert_eq!(f[0].text, "2,500 reservists");
/// assert_eq!((f[0].value, f[0].approximate), (2500.0, true));
/// assert_eq!((f[1].value, f[1].unit.as_deref()), (4.8e9, Some("USD")));
/// ```
pub fn figures(sentences: &[Sentence]) -> Vec<Figure> {
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        in_sentence(&s.text, si, &mut out);
    }
    out
}

/// Hedges: make a figure approximate and stay outside its text.
static HEDGES: &Words = words![
    "about",
    "almost",
    "approx",
    "approximately",
    "around",
    "circa",
    "estimated",
    "maybe",
    "nearly",
    "perhaps",
    "roughly",
    "some",
];
/// Two-word comparatives kept in the figure's text.
const COMPARATIVES: &[(&str, &str)] = &[
    ("more", "than"),
    ("less", "than"),
    ("fewer", "than"),
    ("at", "least"),
    ("at", "most"),
    ("up", "to"),
    ("as", "many"),
    ("as", "much"),
    ("as", "few"),
    ("upwards", "of"),
    ("close", "to"),
];
/// One-word comparatives kept in the figure's text.
static COMPARATIVE_WORDS: &Words = words!["almost", "just", "nearly", "only", "over", "under"];
/// Words after a number that make it a clock time, a rank or a dimension, not a count.
static NOT_COUNTS: &Words = words![
    "a.m",
    "am",
    "by",
    "o'clock",
    "p.m",
    "pm",
    "times",
    "x",
    // An address: "the 2300 block of Greenbush Place".
    "BST",
    "CET",
    "EST",
    "ET",
    "GMT",
    "PST",
    "PT",
    "UTC",
    "block",
    "nd",
    "percentile",
    "rd",
    "st",
    "th",
];
/// Last words of street names, after a house number that is not a figure ("10 Downing Street").
static STREETS: &Words = words![
    "ave",
    "avenue",
    "boulevard",
    "court",
    "crescent",
    "drive",
    "highway",
    "lane",
    "place",
    "rd",
    "road",
    "square",
    "st",
    "street",
    "terrace",
    "way",
];
/// Measure units as written; the unit name of each is at the same place in [`UNIT_NAMES`].
static UNITS: &Words = words![
    "percent",
    "per cent",
    "percentage points",
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "mile",
    "mph",
    "kg",
    "kilograms",
    "tonnes",
    "tons",
    "metres",
    "meters",
    "feet",
    "foot",
    "inches",
    "cm",
    "mm",
    "degrees",
    "megabytes",
    "kilobytes",
    "gigabytes",
    "terabytes",
    "MB",
    "GB",
    "TB",
    "megapixels",
    "dollars",
    "euros",
    "rubles",
    "roubles",
    "yen",
    "hectares",
    "acres",
    "litres",
    "liters",
    "gallons",
    "barrels",
    "cents",
    "pence",
    "rupees",
    "ringgit",
    "naira",
    "yuan",
];
/// The unit name of each word of [`UNITS`].
static UNIT_NAMES: &Words = words![
    "percent",
    "percent",
    "percentage points",
    "km",
    "km",
    "km",
    "miles",
    "miles",
    "mph",
    "kg",
    "kg",
    "tonnes",
    "tons",
    "m",
    "m",
    "feet",
    "feet",
    "inches",
    "cm",
    "mm",
    "degrees",
    "MB",
    "KB",
    "GB",
    "TB",
    "MB",
    "GB",
    "TB",
    "megapixels",
    "USD",
    "EUR",
    "RUB",
    "RUB",
    "JPY",
    "hectares",
    "acres",
    "litres",
    "litres",
    "gallons",
    "barrels",
    "cents",
    "pence",
    "rupees",
    "MYR",
    "NGN",
    "CNY",
];

/// The unit name of the first word of [`UNITS`] that is `w`: exactly, or with `fold` ignoring
/// ASCII case and skipping words of more than one part ("per cent").
fn unit_named(w: &str, fold: bool) -> Option<&'static str> {
    // Most words are no unit: the hash table says so without a scan.
    if !wordset::contains(UNITS.into(), w, fold) {
        return None;
    }
    let at = UNITS.iter().position(|u| {
        if fold {
            u.eq_ignore_ascii_case(w) && !u.as_bytes().contains(&b' ')
        } else {
            u == w
        }
    })?;
    UNIT_NAMES.iter().nth(at)
}

fn currency(sym: &str) -> Option<&'static str> {
    match sym {
        "$" => Some("USD"),
        "£" => Some("GBP"),
        "€" => Some("EUR"),
        "¥" => Some("JPY"),
        "₹" => Some("INR"),
        "₽" => Some("RUB"),
        "₦" => Some("NGN"),
        "₩" => Some("KRW"),
        "₺" => Some("TRY"),
        "₱" => Some("PHP"),
        "₴" => Some("UAH"),
        "₪" => Some("ILS"),
        "฿" => Some("THB"),
        "₵" => Some("GHS"),
        _ => None,
    }
}

/// The dollar a word glued before "$" names: "US$5", "HK$800 million", "S$1.5 billion".
fn dollar(prefix: &str) -> Option<&'static str> {
    match prefix {
        "US" => Some("USD"),
        "A" | "AU" => Some("AUD"),
        "C" | "CA" => Some("CAD"),
        "NZ" => Some("NZD"),
        "HK" => Some("HKD"),
        "S" => Some("SGD"),
        "NT" => Some("TWD"),
        "R" => Some("BRL"),
        _ => None,
    }
}

/// Currency codes a newspaper writes before an amount ("USD 4.2 billion", "CHF 15 million"),
/// three letters each.
const CODES: &str = "USDEURGBPJPYCNYCHFINRAUDCADNZDSGDHKDZARNGNKESMYRIDRBRLMXNSEKNOKDKKPLNTRY\
                     RUBUAHKRWAEDSAREGPPKRBDTLKRGHSTHBPHPILSCZKHUFQARTWDARSRMBVND";

/// A currency written in letters before its amount, glued ("RM380 billion", "N650bn") or not
/// ("USD 4.2 billion", "Rs. 2.5 trillion", "KSh 120 billion"): its unit, the length of its
/// letters, and whether only an amount with a scale or thousands counts (a lone capital before
/// digits is more often a model or a road than money: "N95 masks", "the R2").
fn letter_currency(w: &str) -> Option<(&'static str, usize, bool)> {
    let b = w.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let mut letters = 1;
    while b.get(letters).is_some_and(u8::is_ascii_alphabetic) {
        letters += 1;
    }
    // Letters alone, or letters and then digits: checked first, as this runs for every
    // capitalised word of the article.
    if letters < b.len() && !b[letters].is_ascii_digit() {
        return None;
    }
    // The letters are ASCII, so `letters` is a char boundary.
    let prefix = w.get(..letters)?;
    let (unit, scaled) = match prefix {
        "RM" => ("MYR", false),
        "Rs" => ("rupees", false),
        "KSh" | "Ksh" => ("KES", false),
        "N" => ("NGN", true),
        "R" => ("ZAR", true),
        _ if letters == 3 => {
            let mut at = 0;
            while CODES.get(at..at + 3)? != prefix {
                at += 3;
            }
            (CODES.get(at..at + 3)?, false)
        }
        _ => return None,
    };
    Some((unit, letters, scaled))
}

/// The amount glued after a currency's letters in token `k` ("RM380", "R1.2", "N650bn"), from
/// its byte `from` on: the number's text, its last token, and what follows the number in that
/// token (a scale, "bn", or nothing).
fn glued_amount<'a>(cx: &Cx<'a>, k: usize, from: usize) -> Option<(&'a str, usize, &'a str)> {
    let b = cx.s.as_bytes();
    let start = cx.t.get(k)?.start + from;
    let mut end = start;
    while let Some(&c) = b.get(end) {
        let digit_next = b.get(end + 1).is_some_and(u8::is_ascii_digit);
        if c.is_ascii_digit() || (matches!(c, b'.' | b',') && digit_next && end > start) {
            end += 1;
        } else {
            break;
        }
    }
    let mut j = k;
    while cx.t.get(j)?.end < end {
        j += 1;
    }
    Some((cx.s.get(start..end)?, j, cx.s.get(end..cx.t[j].end)?))
}

/// True when each group of digits after a thousands comma has three ("250,000", "1,234.5";
/// not "1,23", a list or a decimal comma).
fn well_grouped(n: &str) -> bool {
    n.split(',')
        .skip(1)
        .all(|g| g.len() == 3 || g.as_bytes().contains(&b'.'))
}

/// An amount as parsed: tokens `first..=last` (without hedge or comparative).
struct Amount {
    first: usize,
    last: usize,
    value: f64,
    approximate: bool,
    unit: Option<&'static str>,
    /// Its counted noun comes after "of" ("hundreds of people", "12 percent of voters").
    of_phrase: bool,
    /// Written in digits.
    digits: bool,
}

struct Cx<'a> {
    s: &'a str,
    t: &'a [Tok],
}

impl<'a> Cx<'a> {
    fn text(&self, i: usize) -> &'a str {
        self.t.get(i).map_or("", |t| t.text(self.s))
    }
    fn kind(&self, i: usize) -> Option<Kind> {
        self.t.get(i).map(|t| t.kind)
    }
    fn word(&self, i: usize) -> Option<&'a str> {
        (self.kind(i) == Some(Kind::Word)).then(|| self.text(i))
    }
    fn is(&self, i: usize, w: &str) -> bool {
        self.word(i).is_some_and(|x| x.eq_ignore_ascii_case(w))
    }
    fn punct(&self, i: usize) -> Option<&'a str> {
        (self.kind(i) == Some(Kind::Punct)).then(|| self.text(i))
    }
    fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.gap)
    }
}

fn in_sentence(s: &str, si: usize, out: &mut Vec<Figure>) {
    let t = tokenize(s);
    in_sentence_with(s, si, &t, &date::find(s, &t), out);
}

/// The figures of sentence `si`, given its tokens and the date expressions found in it (whose
/// tokens are never figures).
pub(crate) fn in_sentence_with(
    s: &str,
    si: usize,
    t: &[Tok],
    dates: &[date::Found],
    out: &mut Vec<Figure>,
) {
    let cx = Cx { s, t };
    let mut covered = vec![false; t.len()];
    for f in dates {
        for c in covered.iter_mut().take(f.last + 1).skip(f.first) {
            *c = true;
        }
    }
    let start_len = out.len();
    let mut i = 0;
    while i < t.len() {
        if covered.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        // Words of no amount cue never start one.
        if t.get(i).is_some_and(|x| {
            x.kind == Kind::Word
                && !x.is(wordclass::FIGURE_CUE)
                && letter_currency(x.text(s)).is_none()
        }) {
            i += 1;
            continue;
        }
        let Some(a) = amount(&cx, i) else {
            i += 1;
            continue;
        };
        if (a.first..=a.last).any(|k| covered.get(k).copied().unwrap_or(false)) {
            i = a.last + 1;
            continue;
        }
        let next = a.last + 1;
        if let Some(f) = figure(&cx, &a, si, out.get(start_len..).unwrap_or(&[])) {
            let end_tok = f.1;
            out.push(f.0);
            i = end_tok.max(next);
        } else {
            i = next;
        }
    }
}

/// Parses an amount starting at token `i`.
fn amount(cx: &Cx, i: usize) -> Option<Amount> {
    let mut first = i;
    let mut k = i;
    let mut unit = None;
    // Only an amount with a scale counts, for some currencies (see `letter_currency`).
    let mut needs_scale = false;
    // An amount glued to its currency's letters (see `glued_amount`).
    let mut glued = None;
    // Currency in letters: "USD 4.2 billion", "Rs. 2.5 trillion", "RM380 billion"
    if let Some((code, letters, scaled)) = cx.word(k).and_then(letter_currency) {
        if letters == cx.text(k).len() {
            let mut j = k + 1;
            if cx.punct(j) == Some(".") && cx.glued(j) {
                j += 1;
            }
            if cx.kind(j) != Some(Kind::Number) {
                return None;
            }
            k = j;
        } else {
            glued = Some(glued_amount(cx, k, letters)?);
        }
        unit = Some(code);
        needs_scale = scaled;
    }
    // Currency: "$4.8", "US$5", "HK$800 million", "£3m"
    if let Some(p) = cx.punct(k).filter(|_| unit.is_none()) {
        let cur = currency(p)?;
        if !(cx.kind(k + 1) == Some(Kind::Number) && cx.glued(k + 1)) {
            return None;
        }
        unit = Some(cur);
        if p == "$" && k > 0 && cx.glued(k) {
            if let Some(code) = cx.word(k - 1).and_then(dollar) {
                unit = Some(code);
                first = k - 1;
            }
        }
        k += 1;
    }
    let mut inner = "";
    let number = match glued {
        Some((n, j, rest)) => {
            k = j;
            inner = rest;
            Some(n)
        }
        None => (cx.kind(k)? == Kind::Number).then(|| cx.text(k)),
    };
    let (mut value, digits) = if let Some(n) = number {
        if n.matches('.').count() > 1 || !well_grouped(n) {
            return None;
        }
        (crate::json::parse_decimal(n)?, true)
    } else {
        match cx.kind(k)? {
            Kind::Word => {
                let w = cx.text(k);
                if let Some(v) = lx::vague_plural(w) {
                    // "hundreds of people", "tens of thousands of civilians"
                    if !cx.is(k + 1, "of") {
                        return None;
                    }
                    let mut v = v;
                    let mut last = k + 1;
                    let mut of_phrase = true;
                    if let Some(m) = cx.word(k + 2).and_then(lx::vague_plural) {
                        if m >= 100.0 {
                            // "tens of thousands of civilians", or "… in the tens of thousands."
                            v *= m;
                            of_phrase = cx.is(k + 3, "of");
                            last = k + 2 + usize::from(of_phrase);
                        }
                    }
                    return Some(Amount {
                        first,
                        last,
                        value: v,
                        approximate: true,
                        unit: None,
                        of_phrase,
                        digits: false,
                    });
                }
                if (is_in(w, &["a", "an"])
                    && cx.word(k + 1).is_some_and(|x| {
                        x.eq_ignore_ascii_case("dozen") || lx::scale_word(x).is_some()
                    }))
                    || (is_in(w, &["several", "few"])
                        && cx
                            .word(k + 1)
                            .and_then(lx::scale_word)
                            .is_some_and(|x| x >= 1e3))
                {
                    let approx = is_in(w, &["several", "few"]);
                    let (v, last) = scales(cx, 1.0, k + 1);
                    let v = if approx { v * 2.0 } else { v };
                    return Some(Amount {
                        first,
                        last,
                        value: v,
                        approximate: approx,
                        unit,
                        of_phrase: false,
                        digits: false,
                    });
                }
                let v = lx::number_word(w)?;
                if w.chars().skip(1).any(char::is_upper) {
                    return None;
                }
                // "twenty-five"
                if cx.punct(k + 1) == Some("-") && cx.glued(k + 1) && cx.glued(k + 2) {
                    match cx.word(k + 2).and_then(lx::number_word) {
                        Some(u) if v >= 20.0 && u < 10.0 => {
                            k += 2;
                            (v + u, false)
                        }
                        _ => return None, // "two-year-old", "one-off"
                    }
                } else {
                    (v, false)
                }
            }
            Kind::Punct | Kind::Number => return None,
        }
    };
    let base = value;
    let mut last = k;
    // Glued suffixes: "£3m", "12%", "21st", "4K", "0x08"; for an amount glued to its
    // currency's letters, what follows the number in the same token ("N650bn").
    let (suffix, at) = if inner.is_empty() {
        (cx.glued(k + 1).then(|| cx.kind(k + 1)).flatten(), k + 1)
    } else {
        (Some(Kind::Word), k)
    };
    match suffix {
        Some(Kind::Word) => {
            let w = if inner.is_empty() { cx.text(at) } else { inner };
            match lx::scale_suffix(w) {
                Some(m) if unit.is_some() => {
                    value *= m;
                    last = at;
                }
                _ => match unit_named(w, false) {
                    Some(name) if digits && unit.is_none() && !is_in(w, &["m"]) => {
                        unit = Some(name);
                        last = at;
                    }
                    _ => return None,
                },
            }
        }
        Some(Kind::Punct) => match cx.text(k + 1) {
            "%" => {
                unit = Some("percent");
                last = k + 1;
            }
            "," | "." | ";" | ":" | ")" | "\"" | "”" | "’" | "'" | "?" | "!" => {
                // ':' glued and followed by digits is a clock time or a ratio.
                if matches!(cx.text(k + 1), ":" | "." | ",")
                    && cx.glued(k + 2)
                    && cx.kind(k + 2) == Some(Kind::Number)
                {
                    return None;
                }
            }
            _ => return None, // "24/7", "10^5", "34-year-old", "555-1234"
        },
        Some(Kind::Number) | None => {}
    }
    // Glued before: "COVID-19", "#5", "x10", "/7", "^5", "1:2"
    if first > 0
        && cx.glued(first)
        && !matches!(
            cx.punct(first - 1),
            Some("(" | "\"" | "“" | "'" | "‘" | "[" | "~")
        )
    {
        return None;
    }
    // "4.8 billion", "three million"
    if last == k && inner.is_empty() {
        let (v, l) = scales(cx, value, k + 1);
        value = v;
        last = l;
    }
    // "N650 billion", "N5,000"; not "N95".
    if needs_scale && value == base && !number.is_some_and(|n| n.as_bytes().contains(&b',')) {
        return None;
    }
    // An age written apart: "the 93 year-old".
    if cx.is(last + 1, "year") && cx.is(last + 3, "old") {
        return None;
    }
    // Units written out: "12 percent", "26.6 megabytes", "per cent"
    if unit.is_none() {
        if cx.is(last + 1, "per") && cx.is(last + 2, "cent") {
            unit = Some("percent");
            last += 2;
        } else if cx.is(last + 1, "percentage") && cx.is(last + 2, "points") {
            unit = Some("percentage points");
            last += 2;
        } else if let Some(w) = cx.word(last + 1) {
            if let Some(name) = unit_named(w, true) {
                if unit.is_none() {
                    unit = Some(name);
                    last += 1;
                }
            }
        }
    }
    Some(Amount {
        first,
        last,
        value,
        approximate: false,
        unit,
        of_phrase: unit.is_some_and(|u| u.starts_with("percent")),
        digits,
    })
}

/// Multiplies by the scale words from `k` on ("two hundred thousand").
fn scales(cx: &Cx, mut value: f64, mut k: usize) -> (f64, usize) {
    let start = k;
    while let Some(m) = cx.word(k).and_then(lx::scale_word) {
        value *= m;
        k += 1;
    }
    if k == start {
        // "a dozen"
        if cx.is(k, "dozen") {
            return (value * 12.0, k);
        }
    }
    (value, k.saturating_sub(1).max(start.saturating_sub(1)))
}

/// Turns an amount into a figure: reads hedges and comparatives before it, and what it counts.
/// Returns the figure and the token index after it.
fn figure(cx: &Cx, a: &Amount, si: usize, earlier: &[Figure]) -> Option<(Figure, usize)> {
    let t = cx.t;
    // Names and numbering: "Windows 10", "Article 5", "No. 5", "iPhone 4"
    if a.digits && a.unit.is_none() {
        if let Some(p) = a.first.checked_sub(1) {
            if let Some(w) = cx.word(p) {
                let lower = w.to_ascii_lowercase();
                let function = is_in(&lower, lx::FUNCTION_WORDS)
                    || is_in(&lower, HEDGES)
                    || is_in(&lower, COMPARATIVE_WORDS);
                if !function
                    && (is_capitalized(w) || w.chars().skip(1).any(char::is_upper))
                    && !lx::STARTERS.contains(w)
                {
                    return None;
                }
                if is_in(
                    w,
                    words![
                        "article", "chapter", "episode", "flight", "gate", "grade", "level", "no",
                        "nos", "number", "page", "platform", "room", "route", "season", "section",
                        "version",
                    ],
                ) {
                    return None;
                }
            }
            if matches!(cx.punct(p), Some("#" | "№")) {
                return None;
            }
            if cx.punct(p) == Some(".")
                && p > 0
                && is_in(
                    cx.text(p - 1),
                    words!["Art", "Fig", "No", "Nos", "Vol", "pp"],
                )
            {
                return None;
            }
        }
    }
    // "one" as a pronoun ("one woman said", "one of the"): never a figure alone.
    if !a.digits && a.value == 1.0 && a.last == a.first {
        return None;
    }
    // Clock times, ranks, dimensions, ages.
    if let Some(w) = cx.word(a.last + 1) {
        if is_in(w, NOT_COUNTS) || w.starts_with("a.m") || w.starts_with("p.m") {
            return None;
        }
        if is_in(w, &["year", "years"]) && cx.is(a.last + 2, "old") {
            return None;
        }
        if is_in(w, &["a", "p"]) && cx.punct(a.last + 2) == Some(".") && cx.glued(a.last + 2) {
            return None; // "4 a.m."
        }
    }
    if matches!(cx.punct(a.last + 1), Some("×" | "*" | "=" | "+" | "^")) {
        return None;
    }
    if a.first > 0 && matches!(cx.punct(a.first - 1), Some("×" | "*" | "+" | "^")) {
        return None;
    }
    // Hedges and comparatives before the amount.
    let mut start = a.first;
    let mut approximate = a.approximate;
    while let Some(p) = start.checked_sub(1) {
        let w = cx.word(p).unwrap_or("");
        if p > 0
            && COMPARATIVES
                .iter()
                .any(|(x, y)| cx.is(p - 1, x) && w.eq_ignore_ascii_case(y))
        {
            start = p - 1;
            if cx.is(p - 1, "close") || cx.is(p - 1, "upwards") {
                approximate = true;
            }
            continue;
        }
        if is_in(w, COMPARATIVE_WORDS) && start == a.first {
            if is_in(w, &["nearly", "almost"]) {
                approximate = true;
            }
            start = p;
            continue;
        }
        if is_in(w, HEDGES)
            || (w.eq_ignore_ascii_case("an") && is_in(cx.text(p + 1), &["estimated"]))
        {
            approximate = true;
        }
        if matches!(cx.punct(p), Some("~")) {
            approximate = true;
        }
        break;
    }
    // Bare years that the date extractor did not take: "2019 was a good year".
    if a.digits
        && a.unit.is_none()
        && a.value.fract() == 0.0
        && (1800.0..=2100.0).contains(&a.value)
        && !cx.text(a.first).as_bytes().contains(&b',')
    {
        return None;
    }
    // Ages in apposition: "Jane Doe, 21, was taken".
    if a.digits
        && cx.punct(a.last + 1) == Some(",")
        && a.first >= 2
        && cx.punct(a.first - 1) == Some(",")
        && cx.word(a.first - 2).is_some_and(is_capitalized)
    {
        return None;
    }
    // What it counts.
    let mut k = a.last + 1;
    if a.of_phrase && (cx.is(k, "of") || (a.unit.is_none() && cx.is(a.last, "of"))) {
        if cx.is(k, "of") {
            k += 1;
        }
        static DETS: &Words =
            words!["all", "her", "his", "its", "our", "the", "their", "them", "these", "those"];
        while cx.word(k).is_some_and(|w| is_in(w, DETS)) {
            k += 1;
        }
    }
    let (np_first, np_last) = noun_phrase(cx, k);
    // A street address: "10 Downing Street", "1600 Pennsylvania Avenue".
    if a.digits
        && a.unit.is_none()
        && np_first == Some(a.last + 1)
        && cx.word(a.last + 1).is_some_and(is_capitalized)
        && np_last
            .and_then(|l| cx.word(l))
            .is_some_and(|w| is_in(w, STREETS))
    {
        return None;
    }
    let mut counts = match (np_first, np_last) {
        (Some(f), Some(l)) => render(cx, f, l),
        _ => String::new(),
    };
    let mut end = np_last.unwrap_or(a.last);
    if a.unit.is_some() {
        // Measures and money: the amount alone is the figure; what it is for follows "of" / "in".
        end = a.last;
        if !a.of_phrase {
            counts.clear();
            if cx.is(a.last + 1, "in") {
                if let (Some(_), Some(l)) = noun_phrase(cx, a.last + 2) {
                    counts = render(cx, a.last + 2, l);
                }
            }
        }
    }
    if counts.is_empty() {
        if a.unit.is_none() {
            // The noun left out: "of which about 50,000 are taking part", "and she had taken eight"
            let elided = match cx.kind(a.last + 1) {
                None => true,
                Some(Kind::Punct) => matches!(
                    cx.text(a.last + 1),
                    "," | "." | ";" | ")" | "\"" | "”" | "’" | "—" | "–"
                ),
                Some(Kind::Word) => {
                    let w = cx.text(a.last + 1);
                    is_in(
                        w,
                        words![
                            "are", "at", "died", "had", "has", "have", "in", "is", "more", "of",
                            "on", "remain", "remained", "was", "were", "will", "would",
                        ],
                    )
                }
                Some(Kind::Number) => false,
            };
            let inherit = earlier
                .iter()
                .rev()
                .find(|f| !f.counts.is_empty() && f.unit.is_none())
                .map(|f| f.counts.clone());
            match (elided, inherit) {
                (true, Some(c))
                    if !cx.is(a.last + 1, "of")
                        || cx.is(a.last + 2, "them")
                        || cx.is(a.last + 2, "whom") =>
                {
                    counts = c
                }
                _ => return None,
            }
        }
    } else if np_first
        .is_some_and(|f| lx::month(cx.text(f)).is_some() || lx::weekday(cx.text(f)).is_some())
    {
        return None;
    }
    // Durations and ages are not what a reader counts: "21 months" stays, "two-year" went earlier.
    // "10 children or more"
    if cx.is(end + 1, "or")
        && cx.word(end + 2).is_some_and(|w| {
            is_in(
                w,
                words!["above", "fewer", "less", "more", "older", "over", "so", "younger"],
            )
        })
    {
        end += 2;
    }
    // A numeral too long for an f64 ("$999…9 billion") has no value to show, and JSON has no
    // infinity: the sheet would not read back.
    if !a.value.is_finite() {
        return None;
    }
    let span = Span::new(t.get(start)?.start, t.get(end)?.end);
    let text = span.as_str(cx.s)?.to_owned();
    Some((
        Figure {
            text,
            value: a.value,
            unit: a.unit.map(str::to_owned),
            counts,
            approximate,
            sentence: Some(si),
            span: Some(span),
        },
        end + 1,
    ))
}

/// Plurals that do not end in "s".
static IRREGULAR_PLURALS: &Words = words![
    "aircraft",
    "cattle",
    "children",
    "clergy",
    "crew",
    "data",
    "deer",
    "faculty",
    "feet",
    "fish",
    "folk",
    "geese",
    "infantry",
    "livestock",
    "media",
    "men",
    "mice",
    "militia",
    "offspring",
    "people",
    "personnel",
    "police",
    "sheep",
    "staff",
    "teeth",
    "troops",
    "women",
    "youth",
];

fn looks_plural(w: &str) -> bool {
    let l = w.lowercase();
    is_in(&l, IRREGULAR_PLURALS)
        || (l.len() > 2
            && l.ends_with('s')
            && !l.ends_with("ss")
            && !l.ends_with("us")
            && !l.ends_with("is")
            && !l.ends_with("'s")
            && !l.ends_with("\u{2019}s"))
}

/// The counted noun phrase from token `k`: up to five words (hyphenated words count as one),
/// ending at its first plural noun ("mobilized citizens have …" → "mobilized citizens"), and
/// stopping at punctuation, function words and verbs of attribution. Without a plural, a run of
/// capitalised words ("Meta Quest Pro") or the first word.
fn noun_phrase(cx: &Cx, k: usize) -> (Option<usize>, Option<usize>) {
    let mut ends: Vec<usize> = Vec::new();
    let mut i = k;
    while ends.len() < 5 {
        let Some(w) = cx.word(i) else { break };
        if is_in(w, lx::FUNCTION_WORDS) || is_in(w, lx::ATTRIBUTION) || lx::scale_word(w).is_some()
        {
            break;
        }
        let mut end = i;
        // "ex-military", "non-emergency"
        while cx.punct(end + 1) == Some("-")
            && cx.glued(end + 1)
            && cx.glued(end + 2)
            && cx.kind(end + 2) == Some(Kind::Word)
        {
            end += 2;
        }
        ends.push(end);
        if looks_plural(cx.text(end)) {
            return (Some(k), Some(end));
        }
        i = end + 1;
    }
    let Some(&f) = ends.first() else {
        return (None, None);
    };
    let fw = cx.text(f);
    if is_capitalized(fw) {
        let caps = ends
            .iter()
            .take_while(|&&e| is_capitalized(cx.text(e)))
            .last()
            .copied();
        return (Some(k), caps);
    }
    let l = fw.lowercase();
    if l.ends_with("ed") || l.ends_with("ing") || (l.len() > 4 && l.ends_with("ly")) {
        return (None, None);
    }
    (Some(k), Some(f))
}

fn render(cx: &Cx, f: usize, l: usize) -> String {
    match (cx.t.get(f), cx.t.get(l)) {
        (Some(a), Some(b)) => cx.s.get(a.start..b.end).unwrap_or("").to_owned(),
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figs(text: &str) -> Vec<Figure> {
        figures(&super::super::sentence::split(&[text.to_owned()]))
    }

    /// (sentence, [(text, value, unit, counts, approximate)])
    #[test]
    fn finds_figures() {
        type Want<'a> = (&'a str, f64, Option<&'a str>, &'a str, bool);
        #[rustfmt::skip]
        let cases: &[(&str, &[Want])] = &[
            ("Officials said some 300,000 reservists and ex-military personnel would be called up.", &[("300,000 reservists", 3e5, None, "reservists", true)]),
            ("Putin has said that about 80,000 mobilized citizens have been deployed, of which about 50,000 are taking part in hostilities.", &[("80,000 mobilized citizens", 8e4, None, "mobilized citizens", true), ("50,000", 5e4, None, "mobilized citizens", true)]),
            ("The paper, citing three unnamed Kremlin sources, said so.", &[("three unnamed Kremlin sources", 3.0, None, "unnamed Kremlin sources", false)]),
            ("About 1,500 mothers of disabled children and mothers with more than three children in their households signed.", &[("1,500 mothers", 1500.0, None, "mothers", true), ("more than three children", 3.0, None, "children", false)]),
            ("The award offers cash incentives for women with 10 children or more.", &[("10 children or more", 10.0, None, "children", false)]),
            ("The fund will spend $4.8 billion on roads.", &[("$4.8 billion", 4.8e9, Some("USD"), "", false)]),
            ("The club paid £3m for the striker.", &[("£3m", 3e6, Some("GBP"), "", false)]),
            ("Police were sent to the 2300 block of Greenbush Place and to 10 Downing Street.", &[]),
            ("It's valued at $150,000.", &[("$150,000", 1.5e5, Some("USD"), "", false)]),
            ("Unemployment rose to 12 percent of the workforce.", &[("12 percent", 12.0, Some("percent"), "workforce", false)]),
            ("Turnout fell 12% in the capital.", &[("12%", 12.0, Some("percent"), "", false)]),
            ("Tens of thousands of civilians have fled.", &[("Tens of thousands of civilians", 1e4, None, "civilians", true)]),
            ("Hundreds of people gathered outside.", &[("Hundreds of people", 100.0, None, "people", true)]),
            ("The dress is made of 6,000 white Akoya pearls.", &[("6,000 white Akoya pearls", 6000.0, None, "white Akoya pearls", false)]),
            ("Twenty-five students were hurt.", &[("Twenty-five students", 25.0, None, "students", false)]),
            ("Nearly two million people voted.", &[("Nearly two million people", 2e6, None, "people", true)]),
            ("Two tablets was a lethal dose, and she had taken eight.", &[("Two tablets", 2.0, None, "tablets", false), ("eight", 8.0, None, "tablets", false)]),
            ("The 34-year-old was arrested at 4 p.m. on Tuesday.", &[]),
            ("They insist the 93 year-old finishes his term.", &[]),
            ("Eloise Parry, 21, was taken to hospital on 12 April.", &[]),
            ("One woman said they were deceived, and one of the men agreed.", &[]),
            ("Users of Windows 10 and the iPhone 4 were hit by COVID-19 rules under Article 5.", &[]),
            ("He finished 21st, behind the 20th-century record, at 12:00 PM.", &[]),
            ("Call 555-1234 or visit us 24/7.", &[]),
            ("The resolution is 1800 x 1920 per eye, up to 10^5 levels.", &[]),
            ("In 2019, 300 people attended the 2012 event.", &[("300 people", 300.0, None, "people", false)]),
            ("He ranked No. 5 on the list of September 21 events.", &[]),
            ("A dozen eggs cost $3.50 in the capital.", &[("A dozen eggs", 12.0, None, "eggs", false), ("$3.50", 3.5, Some("USD"), "", false)]),
            ("The deal is worth €2.5bn, up 3 per cent on last year.", &[("€2.5bn", 2.5e9, Some("EUR"), "", false), ("3 per cent", 3.0, Some("percent"), "", false)]),
            ("At least 40 people died and hundreds of thousands of homes lost power.", &[("At least 40 people", 40.0, None, "people", false), ("hundreds of thousands of homes", 1e5, None, "homes", true)]),
            // Not "10 thousands": without a counted noun, no figure.
            ("The number killed by gun violence is in the tens of thousands, he said.", &[]),
            ("Police arrested 12 protesters, and 3 were charged.", &[("12 protesters", 12.0, None, "protesters", false), ("3", 3.0, None, "protesters", false)]),
            ("The 2020 election drew 158 million voters.", &[("158 million voters", 1.58e8, None, "voters", false)]),
            ("Firefighters battled a 40-foot blaze for 30-minute shifts on Route 66.", &[]),
            ("The convoy was roughly 64 km long.", &[("64 km", 64.0, Some("km"), "", true)]),
            // Currencies written in letters, and dollars by country (real sentences from
            // Malaysian, Nigerian, Kenyan, Indian and Asian business news).
            ("The government allocated RM380 billion for the 2023 budget.", &[("RM380 billion", 3.8e11, Some("MYR"), "", false)]),
            ("The budget sets aside N650bn for capital projects.", &[("N650bn", 6.5e11, Some("NGN"), "", false)]),
            ("Health workers handed out N95 masks on the R2 road.", &[]),
            ("It pays a N5,000 stipend.", &[("N5,000", 5e3, Some("NGN"), "", false)]),
            ("Kenya set aside KSh 120 billion, and Eskom got R1.2 billion.", &[("KSh 120 billion", 1.2e11, Some("KES"), "", false), ("R1.2 billion", 1.2e9, Some("ZAR"), "", false)]),
            ("The bank lent Rs. 2.5 trillion to farmers, or ₹2.5 lakh crore.", &[("Rs. 2.5 trillion", 2.5e12, Some("rupees"), "", false), ("₹2.5 lakh crore", 2.5e12, Some("INR"), "", false)]),
            ("It reported revenue of USD 4.2 billion and a fine of CHF 15 million.", &[("USD 4.2 billion", 4.2e9, Some("USD"), "", false), ("CHF 15 million", 1.5e7, Some("CHF"), "", false)]),
            ("Singapore pledged S$1.5 billion and Hong Kong HK$800 million.", &[("S$1.5 billion", 1.5e9, Some("SGD"), "", false), ("HK$800 million", 8e8, Some("HKD"), "", false)]),
            ("Shares of the bank fell 54 cents, and the plant cost 40 billion naira.", &[("54 cents", 54.0, Some("cents"), "", false), ("40 billion naira", 4e10, Some("NGN"), "", false)]),
        ];
        for (text, want) in cases {
            let got = figs(text);
            let g: Vec<Want> = got
                .iter()
                .map(|f| {
                    (
                        f.text.as_str(),
                        f.value,
                        f.unit.as_deref(),
                        f.counts.as_str(),
                        f.approximate,
                    )
                })
                .collect();
            assert_eq!(&g, want, "{text}");
            for f in &got {
                assert_eq!(f.span.unwrap().as_str(text), Some(f.text.as_str()));
            }
        }
    }

    /// The seed article end to end: every hand-gold figure is found with its value.
    #[test]
    fn seed_article_gold_figures() {
        let text = include_str!("../../../../tests/fixtures/seed/article.txt");
        let gold: serde_json::Value =
            serde_json::from_str(include_str!("../../../../tests/fixtures/seed/gold.json"))
                .unwrap();
        let options = crate::Options {
            published: crate::Date::parse_iso("2022-11-22"),
            ..Default::default()
        };
        let sheet = crate::extract(&crate::Article::from_text(text), &options).unwrap();
        let gold = gold["figures"].as_array().unwrap();
        let mut found = 0;
        for g in gold {
            let gt = g["text"].as_str().unwrap();
            let value = g["value"].as_f64().unwrap();
            let hit = sheet
                .figures
                .iter()
                .any(|f| f.text == gt && f.value == value && !f.counts.is_empty());
            if hit {
                found += 1;
            } else {
                eprintln!("missed gold figure {gt:?}");
            }
        }
        eprintln!(
            "seed figures: {found}/{} found, {} extracted",
            gold.len(),
            sheet.figures.len()
        );
        assert_eq!(found, gold.len());
        assert_eq!(sheet.figures.len(), gold.len());
    }

    /// Found by the regression seed `digits-and-dots.txt`: a 400-digit amount overflowed to an
    /// infinite value, which JSON writes as `null` and no reader takes back.
    #[test]
    fn numerals_too_long_for_f64_are_skipped() {
        for text in [
            format!("Officials said ${} billion was spent.", "9".repeat(400)),
            format!("Some {} people were evacuated.", "1".repeat(320)),
            format!("About {} thousand million people left.", "9".repeat(305)),
        ] {
            let s = super::super::sentence::split(&[text]);
            assert!(figures(&s).iter().all(|f| f.value.is_finite()));
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics(p in "[a-zA-Z0-9 .,!?\"'“”’…()$£€%:/^#éü日-]{0,80}|((some|about|more|than|300,000|4.8|\\$|£|3m|three|tens|of|thousands|people|or|more|-|%|,|No.|Windows|10) ){0,12}") {
            let s = super::super::sentence::split(&[p]);
            for f in figures(&s) {
                let text = &s[f.sentence.unwrap()].text;
                proptest::prop_assert_eq!(f.span.unwrap().as_str(text), Some(f.text.as_str()));
                proptest::prop_assert!(f.value.is_finite());
            }
        }

        /// `in_sentence_with` skips words without an amount cue, or a currency's letters ("N1T"):
        /// no amount may start at one.
        #[test]
        fn no_amount_starts_without_a_cue(p in "[a-zA-Z0-9 .,$£-]{0,60}|((some|A|an|Several|few|Dozens|of|TENS|thousands|hundred|million|twenty|-|five|\\$|3m|,) ){0,12}") {
            let t = tokenize(&p);
            let cx = Cx { s: &p, t: &t };
            for (i, x) in t.iter().enumerate() {
                if x.kind == Kind::Word
                    && !x.is(wordclass::FIGURE_CUE)
                    && letter_currency(x.text(&p)).is_none()
                {
                    proptest::prop_assert!(amount(&cx, i).is_none(), "{}", x.text(&p));
                }
            }
        }
    }
}
