//! Dated events: date expressions, normalised against the publication date, and what happened then.
//!
//! Recognised, token by token over each sentence:
//!
//! * calendar dates: "September 21", "Nov. 21, 2022", "Sunday, November 27", "21 September 2022",
//!   "12 April", "March 2021", "in July", "in early March", "mid-2020";
//! * years and decades in date context: "in 2019", "since 2015", "2019's", "the 2012 book",
//!   "the 1930s";
//! * weekdays ("on Tuesday", "last Friday", "Thursday morning");
//! * relative dates: "yesterday", "today", "tomorrow", "this/last/next week|month|year",
//!   "earlier this month", "last night", "two years ago";
//! * dates that cannot be placed: "just days after the war began" (kept with no date).
//!
//! A preposition "on" / "in" in front is part of the expression as written ("on Tuesday").
//! Dates without a year, weekdays and relative dates are resolved against the publication date:
//! a past-tense clause puts them on or before it, a future one ("will", "is set to") on or after
//! it, and otherwise the nearest such date is taken. Without a publication date they are kept,
//! with no normalised date.

use super::lexicon::{self as lx, is_in};
use super::token::{is_capitalized, strip_possessive, tokenize, Kind, Tok};
use super::wordclass;
use super::wordset::{words, List, Words};
use crate::date::{days_in_month, Date, Precision};
use crate::extract::charclass::CharClass;
use crate::model::{Event, Sentence, Span};
use crate::numeral::{digits, iso};

/// What a date expression denotes, before resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum When {
    /// A calendar day, maybe without its year.
    Day {
        year: Option<i32>,
        month: u8,
        day: u8,
    },
    /// A calendar month, maybe without its year.
    Month { year: Option<i32>, month: u8 },
    /// A year.
    Year(i32),
    /// A decade, by its first year.
    Decade(i32),
    /// A weekday (0 = Monday) with an optional "last" (-1) / "next" (+1) / none (0).
    Weekday(u8, i8),
    /// Days from publication ("yesterday" = -1).
    Days(i64),
    /// Weeks from publication ("last week" = -1).
    Weeks(i64),
    /// Months from publication.
    Months(i64),
    /// Years from publication.
    Years(i64),
    /// A time that cannot be placed on the calendar ("days after the war began").
    Unknown,
}

/// A date expression found in a sentence: tokens `first..=last`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    /// First token.
    pub first: usize,
    /// Last token (inclusive).
    pub last: usize,
    /// What it denotes.
    pub when: When,
}

/// Finds date expressions and the events they date.
///
/// ```
/// use factcard_core::{extract::{date::events, sentence::split}, Date};
/// let s = split(&["The ministry said on Tuesday that it had finished in October.".to_owned()]);
/// let e = events(&s, Date::new(2022, 11, 24));
/// assert_eq!(e[0].text, "on Tuesday");
/// assert_eq!(e[0].date.as_deref(), Some("2022-11-22"));
/// assert_eq!(e[1].date.as_deref(), Some("2022-10"));
/// ```
pub fn events(sentences: &[Sentence], published: Option<Date>) -> Vec<Event> {
    let mut out = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let text = s.text.as_str();
        let toks = tokenize(text);
        events_in(si, text, &toks, &find(text, &toks), published, &mut out);
    }
    out
}

/// The events of sentence `si`, given its tokens and the date expressions found in it.
pub(crate) fn events_in(
    si: usize,
    text: &str,
    toks: &[Tok],
    found: &[Found],
    published: Option<Date>,
    out: &mut Vec<Event>,
) {
    for &f in found {
        let tense = tense(text, toks, f.first, f.last);
        if f.when == When::Days(0) && tense == Tense::Neutral && is_bare_today(text, toks, &f) {
            // "Neon signs exist today": today as "nowadays", not a date.
            continue;
        }
        let (Some(a), Some(b)) = (toks.get(f.first), toks.get(f.last)) else {
            continue;
        };
        let span = Span::new(a.start, b.end);
        let (date, precision, relative) = resolve(f.when, published, tense);
        out.push(Event {
            text: span.as_str(text).unwrap_or_default().to_owned(),
            date,
            precision,
            relative,
            description: describe(text, toks, f.first, f.last, f.when),
            sentence: Some(si),
            span: Some(span),
        });
    }
}

fn is_bare_today(text: &str, toks: &[Tok], f: &Found) -> bool {
    f.first == f.last
        && toks
            .get(f.first)
            .is_some_and(|t| t.text(text).eq_ignore_ascii_case("today"))
}

// ---------------------------------------------------------------------------------------------
// Finding

struct Cx<'a> {
    s: &'a str,
    t: &'a [Tok],
}

impl<'a> Cx<'a> {
    fn word(&self, i: usize) -> Option<&'a str> {
        self.t
            .get(i)
            .filter(|t| t.kind == Kind::Word)
            .map(|t| t.text(self.s))
    }
    fn is_word(&self, i: usize, list: impl Into<List>) -> bool {
        let list = list.into();
        self.word(i).is_some_and(|w| is_in(w, list))
    }
    fn num(&self, i: usize) -> Option<&'a str> {
        self.t
            .get(i)
            .filter(|t| t.kind == Kind::Number)
            .map(|t| t.text(self.s))
    }
    fn punct(&self, i: usize, c: char) -> bool {
        self.t
            .get(i)
            .is_some_and(|t| t.kind == Kind::Punct && t.text(self.s).starts_with(c))
    }
    fn glued(&self, i: usize) -> bool {
        self.t.get(i).is_some_and(|t| !t.gap)
    }
    /// A day of the month at `i` ("21", "21st"): the day and the last token.
    fn day(&self, i: usize) -> Option<(u8, usize)> {
        let n = self.num(i)?;
        if n.len() > 2 {
            return None;
        }
        let d = u8::try_from(digits(n)?).ok()?;
        if !(1..=31).contains(&d) {
            return None;
        }
        if self.glued(i + 1) {
            return match self.word(i + 1) {
                Some(w) if is_in(w, words!["nd", "rd", "st", "th"]) => Some((d, i + 1)),
                Some(_) => None,
                None if self.punct(i + 1, '-')
                    || self.punct(i + 1, ':')
                    || self.punct(i + 1, '%') =>
                {
                    None
                }
                None => Some((d, i)),
            };
        }
        Some((d, i))
    }
    /// A four-digit year at `i` (not glued to a following word or number).
    fn year(&self, i: usize, lo: i32, hi: i32) -> Option<i32> {
        let n = self.num(i)?;
        if n.len() != 4 || !n.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if self.glued(i + 1) && (self.word(i + 1).is_some() || self.num(i + 1).is_some()) {
            return None;
        }
        if i > 0
            && self.glued(i)
            && (self.punct(i - 1, '$') || self.punct(i - 1, '£') || self.punct(i - 1, '#'))
        {
            return None;
        }
        let y = i32::try_from(digits(n)?).ok()?;
        (lo..=hi).contains(&y).then_some(y)
    }
    /// A month name at `i`; an abbreviation may carry a glued full stop. Returns month and last token.
    fn month(&self, i: usize) -> Option<(u8, bool, usize)> {
        let (m, abbr) = lx::month(self.word(i)?)?;
        if abbr && self.punct(i + 1, '.') && self.glued(i + 1) {
            return Some((m, abbr, i + 1));
        }
        Some((m, abbr, i))
    }
}

/// Finds the date expressions of one sentence, in order, without overlaps.
pub(crate) fn find(s: &str, t: &[Tok]) -> Vec<Found> {
    let cx = Cx { s, t };
    let mut out: Vec<Found> = Vec::new();
    let mut i = 0;
    while i < t.len() {
        // Punctuation and words of no date cue never start one: spare them the rules.
        let cue = t
            .get(i)
            .is_some_and(|x| x.kind == Kind::Number || x.is(wordclass::DATE_CUE));
        if !cue {
            i += 1;
            continue;
        }
        if let Some(mut f) = match_at(&cx, i) {
            let floor = out.last().map_or(0, |p| p.last + 1);
            extend_left(&cx, &mut f, floor);
            i = f.last + 1;
            out.push(f);
        } else {
            i += 1;
        }
    }
    out
}

/// Adds "on" / "in" (and "early", "late", "mid-", "the") written in front of the expression.
fn extend_left(cx: &Cx, f: &mut Found, floor: usize) {
    let prev = |first: usize| first.checked_sub(1).filter(|&p| p >= floor);
    if matches!(f.when, When::Month { .. } | When::Year(_) | When::Decade(_)) {
        if let Some(p) = prev(f.first) {
            let mid_hyphen = cx.punct(p, '-')
                && cx.glued(p)
                && cx.glued(f.first)
                && p > floor
                && cx.is_word(p - 1, &["mid"]);
            if mid_hyphen {
                f.first = p - 1;
            } else if cx.is_word(p, &["early", "late", "mid"]) {
                f.first = p;
            }
        }
    }
    if matches!(f.when, When::Year(_)) {
        // "the summer of 1898", "the end of 2019"
        if let Some(p) = prev(f.first) {
            if cx.is_word(p, &["of"]) && p > floor && cx.is_word(p - 1, OF_HEADS) {
                f.first = p - 1;
                if p - 1 > floor && cx.is_word(p - 2, &["the"]) {
                    f.first = p - 2;
                }
            }
        }
    }
    if matches!(f.when, When::Decade(_)) {
        if let Some(p) = prev(f.first) {
            if cx.is_word(p, &["the"]) {
                f.first = p;
            }
        }
    }
    if let Some(p) = prev(f.first) {
        let on = matches!(f.when, When::Day { .. } | When::Weekday(..));
        let inn = matches!(f.when, When::Month { .. } | When::Year(_) | When::Decade(_));
        if (on && cx.is_word(p, &["on"])) || (inn && cx.is_word(p, &["in"])) {
            f.first = p;
        }
    }
}

fn found(first: usize, last: usize, when: When) -> Option<Found> {
    Some(Found { first, last, when })
}

fn match_at(cx: &Cx, i: usize) -> Option<Found> {
    let w = cx.word(i);
    // "Sunday, November 27", "Tuesday", "last Friday", "Thursday morning"
    let named_day = i > 0
        && cx.is_word(
            i - 1,
            words![
                "Ash", "Black", "Bloody", "Cyber", "Easter", "Fat", "Giving", "Good", "Holy",
                "Maundy", "Palm", "Shrove", "Super",
            ],
        );
    if let Some(wd) = w.and_then(lx::weekday).filter(|_| !named_day) {
        let j = if cx.punct(i + 1, ',') { i + 2 } else { i + 1 };
        if let Some(f) = month_first(cx, j) {
            if matches!(f.when, When::Day { .. }) {
                return found(i, f.last, f.when);
            }
        }
        if let Some(f) = day_first(cx, j) {
            return found(i, f.last, f.when);
        }
        let last = if cx.is_word(i + 1, words!["afternoon", "evening", "morning", "night"]) {
            i + 1
        } else {
            i
        };
        return found(i, last, When::Weekday(wd, 0));
    }
    if let Some(f) = month_first(cx, i) {
        return Some(f);
    }
    if let Some(f) = day_first(cx, i) {
        return Some(f);
    }
    if let Some(f) = year_alone(cx, i) {
        return Some(f);
    }
    relative(cx, i)
}

/// "November 27", "Nov. 21, 2022", "March 2021", "in July".
fn month_first(cx: &Cx, i: usize) -> Option<Found> {
    let (m, abbr, mut last) = cx.month(i)?;
    if let Some((d, dl)) = cx.day(last + 1) {
        if !(cx.punct(dl + 1, ',')
            && cx.num(dl + 2).is_some()
            && cx.year(dl + 2, 1000, 2999).is_none())
        {
            last = dl;
            let mut year = None;
            if cx.punct(last + 1, ',') {
                if let Some(y) = cx.year(last + 2, 1000, 2999) {
                    year = Some(y);
                    last += 2;
                }
            } else if let Some(y) = cx.year(last + 1, 1000, 2999) {
                year = Some(y);
                last += 1;
            }
            if d <= days_in_month(year.unwrap_or(2000), m) {
                return found(
                    i,
                    last,
                    When::Day {
                        year,
                        month: m,
                        day: d,
                    },
                );
            }
            return None;
        }
    }
    let of = usize::from(cx.is_word(last + 1, &["of"]));
    if let Some(y) = cx.year(last + 1 + of, 1000, 2999) {
        return found(
            i,
            last + 1 + of,
            When::Month {
                year: Some(y),
                month: m,
            },
        );
    }
    if abbr {
        return None;
    }
    // A month alone needs a preposition or modifier before it: "in March", not "to march".
    let p = i.checked_sub(1)?;
    let ok_prev: &Words = if m == 5 {
        words![
            "by", "during", "early", "in", "last", "late", "mid", "next", "since", "this", "till",
            "until",
        ]
    } else {
        words![
            "after", "before", "by", "during", "early", "from", "in", "last", "late", "mid",
            "next", "of", "since", "this", "through", "till", "until",
        ]
    };
    let mid = cx.punct(p, '-') && p > 0 && cx.is_word(p - 1, &["mid"]);
    if !(cx.is_word(p, ok_prev) || mid) {
        return None;
    }
    found(
        i,
        last,
        When::Month {
            year: None,
            month: m,
        },
    )
}

/// "21 September 2022", "12 April".
fn day_first(cx: &Cx, i: usize) -> Option<Found> {
    let (d, dl) = cx.day(i)?;
    let of = usize::from(cx.is_word(dl + 1, &["of"]));
    let (m, abbr, ml) = cx.month(dl + 1 + of)?;
    let _ = abbr;
    let mut last = ml;
    let mut year = None;
    if let Some(y) = cx.year(ml + 1, 1000, 2999) {
        year = Some(y);
        last = ml + 1;
    } else if cx.punct(ml + 1, ',') {
        if let Some(y) = cx.year(ml + 2, 1000, 2999) {
            year = Some(y);
            last = ml + 2;
        }
    }
    if d > days_in_month(year.unwrap_or(2000), m) {
        return None;
    }
    found(
        i,
        last,
        When::Day {
            year,
            month: m,
            day: d,
        },
    )
}

static YEAR_PREPS: &Words = words![
    "after",
    "around",
    "before",
    "by",
    "circa",
    "during",
    "early",
    "from",
    "in",
    "late",
    "mid",
    "since",
    "through",
    "throughout",
    "till",
    "until",
];
static OF_HEADS: &Words = words![
    "autumn",
    "beginning",
    "class",
    "course",
    "end",
    "fall",
    "half",
    "middle",
    "months",
    "part",
    "spring",
    "start",
    "summer",
    "winter",
    "year",
];

/// "in 2019", "since 2015", "2019's", "the 2012 book", "the 1930s".
fn year_alone(cx: &Cx, i: usize) -> Option<Found> {
    let n = cx.num(i)?;
    // Decades: "1930s", "the 1990s"
    if n.len() == 4 && n.ends_with('0') && cx.glued(i + 1) && cx.word(i + 1) == Some("s") {
        let y = i32::try_from(digits(n)?).ok()?;
        if (1000..=2100).contains(&y) {
            return found(i, i + 1, When::Decade(y));
        }
    }
    let y = cx.year(i, 1800, 2100)?;
    // Dimensions and rates: "1800 x 1920", "2000 per day".
    if cx.is_word(i + 1, &["x", "per", "percent"]) || cx.punct(i + 1, '×') || cx.punct(i + 1, '%')
    {
        return None;
    }
    let prev = i.checked_sub(1);
    let after_possessive_s = cx.glued(i + 1)
        && (cx.punct(i + 1, '\'') || cx.punct(i + 1, '\u{2019}'))
        && cx.word(i + 2) == Some("s");
    if after_possessive_s {
        return found(i, i + 2, When::Year(y));
    }
    let ok = match prev {
        None => false,
        Some(p) => {
            cx.is_word(p, YEAR_PREPS)
                || (cx.is_word(p, &["of"]) && p > 0 && cx.is_word(p - 1, OF_HEADS))
                || (cx.punct(p, '-') && p > 0 && cx.is_word(p - 1, &["mid"]))
                || (cx.is_word(p, &["the"]) && cx.word(i + 1).is_some())
                || (cx
                    .word(p)
                    .is_some_and(|w| strip_possessive(w).len() != w.len())
                    && cx.word(i + 1).is_some())
                || ((cx.is_word(p, &["to", "and"]) || cx.punct(p, '-') || cx.punct(p, '–'))
                    && p > 0
                    && cx.year(p - 1, 1800, 2100).is_some())
                || (cx.punct(p, '(') && cx.punct(i + 1, ')'))
        }
    };
    if ok {
        found(i, i, When::Year(y))
    } else {
        None
    }
}

fn count(cx: &Cx, i: usize) -> Option<i64> {
    if let Some(n) = cx.num(i) {
        return digits(n).and_then(|v| i64::try_from(v).ok());
    }
    let w = cx.word(i)?;
    if is_in(w, &["a", "an"]) {
        return Some(1);
    }
    lx::number_word(w)
        .map(|v| v as i64)
        .filter(|&v| v > 0 && v < 100)
}

static UNITS: &Words = words!["day", "days", "month", "months", "week", "weeks", "year", "years"];

/// Relative dates and dates that cannot be placed.
fn relative(cx: &Cx, i: usize) -> Option<Found> {
    // "two years ago", "a week ago"
    if let Some(n) = count(cx, i) {
        if let Some(u) = cx.word(i + 1) {
            if is_in(u, UNITS) && cx.is_word(i + 2, &["ago"]) {
                let u = u.to_ascii_lowercase();
                let when = if u.starts_with("day") {
                    When::Days(-n)
                } else if u.starts_with("week") {
                    When::Weeks(-n)
                } else if u.starts_with("month") {
                    When::Months(-n)
                } else {
                    When::Years(-n)
                };
                return found(i, i + 2, when);
            }
        }
    }
    let w = cx.word(i)?;
    let lw = w.to_ascii_lowercase();
    // "The World of Tomorrow" is a title; a capital is fine only where a sentence may start.
    let may_be_capital = i == 0 || cx.t.get(i - 1).is_some_and(|p| p.kind == Kind::Punct);
    if is_capitalized(w) && !may_be_capital {
        return None;
    }
    match lw.as_str() {
        "yesterday" => return found(i, i, When::Days(-1)),
        "today" | "tonight" => return found(i, i, When::Days(0)),
        "tomorrow" => return found(i, i, When::Days(1)),
        _ => {}
    }
    // "earlier this month", "later this year", "last week", "next year", "this morning"
    let (lead, k) = if is_in(w, &["earlier", "later"]) && cx.is_word(i + 1, &["this"]) {
        (true, i + 1)
    } else {
        (false, i)
    };
    if let Some(m) = cx.word(k) {
        let shift = match m.to_ascii_lowercase().as_str() {
            "this" => Some(0),
            "last" if !lead => Some(-1),
            "next" if !lead => Some(1),
            _ => None,
        };
        let after_the = i > 0
            && cx.is_word(
                i - 1,
                words!["a", "each", "every", "for", "over", "that", "the"],
            );
        if let (Some(sh), false) = (shift, after_the) {
            if let Some(unit) = cx.word(k + 1).map(strip_possessive) {
                let when = match unit.to_ascii_lowercase().as_str() {
                    "week" | "weekend" => Some(When::Weeks(sh)),
                    "month" => Some(When::Months(sh)),
                    "year" => Some(When::Years(sh)),
                    "morning" | "afternoon" | "evening" if sh == 0 => Some(When::Days(0)),
                    "night" if sh <= 0 => Some(When::Days(sh)),
                    _ => None,
                };
                if let Some(when) = when {
                    return found(i, k + 1, when);
                }
                if let Some(wd) = lx::weekday(unit) {
                    return found(i, k + 1, When::Weekday(wd, sh as i8));
                }
                if let Some((mo, false)) = lx::month(unit) {
                    return found(
                        i,
                        k + 1,
                        When::Month {
                            year: None,
                            month: mo,
                        },
                    );
                }
            }
        }
    }
    // "just days after the war began", "two weeks before the vote"
    let mut k = i;
    if is_in(
        w,
        words!["a", "barely", "just", "mere", "only", "several", "some"],
    ) {
        k += 1;
        if cx.is_word(k, &["few"]) {
            k += 1;
        }
    }
    if count(cx, k).is_some() && cx.word(k).is_none_or(|x| !is_in(x, &["a", "an"])) {
        k += 1;
    }
    let unit = cx.word(k)?;
    if is_in(unit, words!["days", "hours", "months", "weeks", "years"])
        && cx.is_word(k + 1, &["after", "before"])
    {
        // Only where the whole phrase starts: not inside a figure like "300 days after".
        let mut last = k + 1;
        let mut n = 0;
        while let Some(t) = cx.t.get(last + 1) {
            if t.kind == Kind::Punct || n >= 10 || (t.kind == Kind::Number && n == 0) {
                break;
            }
            last += 1;
            n += 1;
        }
        if n == 0 {
            return None;
        }
        return found(i, last, When::Unknown);
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Tense and resolution

/// The tense of the clause around a date: decides which way a date without a year goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tense {
    Past,
    Future,
    Neutral,
}

fn is_boundary(s: &str, t: &Tok) -> bool {
    t.kind == Kind::Punct
        && (t.gap && t.text(s) == "-"
            || matches!(
                t.text(s),
                "," | ";" | ":" | "—" | "–" | "(" | ")" | "?" | "!" | "."
            ))
}

fn marker(s: &str, t: &[Tok], i: usize) -> Option<Tense> {
    let tok = t.get(i)?;
    if tok.kind != Kind::Word {
        return None;
    }
    let w = tok.text(s);
    let lw = w.to_ascii_lowercase();
    let next = |k: usize| {
        t.get(i + k)
            .filter(|x| x.kind == Kind::Word)
            .map(|x| x.text(s))
    };
    let next_to = next(1).is_some_and(|n| n.eq_ignore_ascii_case("to"));
    if matches!(
        lw.as_str(),
        "will" | "shall" | "won't" | "upcoming" | "tomorrow"
    ) || lw.ends_with("'ll")
        || lw.ends_with("\u{2019}ll")
        || (matches!(
            lw.as_str(),
            "set"
                | "expected"
                | "scheduled"
                | "slated"
                | "poised"
                | "plans"
                | "planning"
                | "intends"
                | "due"
        ) && next_to
            && i > 0
            && t.get(i - 1).is_some_and(|p| {
                is_in(p.text(s), words!["'s", "are", "be", "is", "plans", "was"])
                    || matches!(lw.as_str(), "plans" | "planning" | "intends")
            }))
    {
        return Some(Tense::Future);
    }
    if matches!(lw.as_str(), "has" | "have" | "hasn't" | "haven't") {
        // Present perfect: "has been deployed", "have petitioned".
        return Some(Tense::Past);
    }
    if matches!(
        lw.as_str(),
        "is" | "are"
            | "am"
            | "isn't"
            | "aren't"
            | "does"
            | "do"
            | "says"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "must"
    ) {
        return Some(Tense::Neutral);
    }
    if is_in(&lw, lx::PAST_IRREGULAR) || matches!(lw.as_str(), "yesterday" | "earlier" | "ago") {
        return Some(Tense::Past);
    }
    if lw.len() >= 5
        && lw.ends_with("ed")
        && !is_in(&lw, lx::NOT_PAST_ED)
        && w.chars().all(|c| c.is_lower())
    {
        let passive = i > 0
            && t.get(i - 1).is_some_and(|p| {
                is_in(p.text(s), lx::BE_FORMS)
                    || (i > 1
                        && p.text(s).ends_with("ly")
                        && t.get(i - 2).is_some_and(|q| is_in(q.text(s), lx::BE_FORMS)))
            });
        // "soldiers conscripted", "claimed", "published": past; "is celebrated": present passive.
        if !passive {
            return Some(Tense::Past);
        }
    }
    None
}

/// How many tokens around a date are looked at, for its tense and its description.
const REACH: usize = 48;

/// The tense nearest the date: first inside its clause, then anywhere in the sentence.
pub(crate) fn tense(s: &str, t: &[Tok], first: usize, last: usize) -> Tense {
    let n = t.len();
    // inside the clause, nearest first
    let (mut l, mut r) = (first, last + 1);
    let (mut lopen, mut ropen) = (true, true);
    // Bounded, so a run-on "sentence" with many dates stays linear.
    while (lopen || ropen) && last + 1 - l + r - last < 2 * REACH {
        if lopen {
            if l == 0 || t.get(l - 1).is_none_or(|x| is_boundary(s, x)) {
                lopen = false;
            } else {
                l -= 1;
                if let Some(m) = marker(s, t, l) {
                    return m;
                }
            }
        }
        if ropen {
            if r >= n || t.get(r).is_none_or(|x| is_boundary(s, x)) {
                ropen = false;
            } else {
                if let Some(m) = marker(s, t, r) {
                    return m;
                }
                r += 1;
            }
        }
    }
    // the rest of the sentence, nearest first
    let mut d = 1;
    while (first >= d || last + d < n) && d < REACH {
        if last + d < n {
            if let Some(m) = marker(s, t, last + d) {
                return m;
            }
        }
        if first >= d {
            if let Some(m) = marker(s, t, first - d) {
                return m;
            }
        }
        d += 1;
    }
    Tense::Neutral
}

fn add_months(year: i32, month: u8, n: i64) -> (i32, u8) {
    let total = i64::from(year) * 12 + i64::from(month) - 1 + n;
    (
        total.div_euclid(12) as i32,
        (total.rem_euclid(12) + 1) as u8,
    )
}

/// Picks the year for a month (and day) written without one.
fn pick_year(pubd: Date, month: u8, day: Option<u8>, tense: Tense) -> Option<i32> {
    let key = |y: i32| (y, month, day.unwrap_or(0));
    let p = (
        pubd.year,
        pubd.month,
        if day.is_some() { pubd.day } else { 0 },
    );
    // Checked: a `Date` built by hand may sit at the very ends of `i32`.
    let cands = [
        pubd.year.checked_sub(1),
        Some(pubd.year),
        pubd.year.checked_add(1),
    ]
    .into_iter()
    .flatten()
    .filter(|&y| day.is_none_or(|d| Date::new(y, month, d).is_some()));
    match tense {
        Tense::Past => cands.filter(|&y| key(y) <= p).max(),
        Tense::Future => cands.filter(|&y| key(y) >= p).min(),
        Tense::Neutral => cands.min_by_key(|&y| match day {
            Some(d) => {
                Date::new(y, month, d).map_or(i64::MAX, |x| (x.to_days() - pubd.to_days()).abs())
            }
            None => {
                ((i64::from(y) * 12 + i64::from(month))
                    - (i64::from(pubd.year) * 12 + i64::from(pubd.month)))
                .abs()
                    * 30
            }
        }),
    }
}

fn ym(y: i32, m: u8) -> String {
    iso(i64::from(y), Some(m), None)
}

/// Normalises a date expression: `(date, precision, relative)`.
pub(crate) fn resolve(
    when: When,
    published: Option<Date>,
    tense: Tense,
) -> (Option<String>, Precision, bool) {
    let none = (None, Precision::Unknown, false);
    match when {
        When::Day {
            year: Some(y),
            month,
            day,
        } => match Date::new(y, month, day) {
            Some(d) => (Some(d.to_iso()), Precision::Day, false),
            None => none,
        },
        When::Day {
            year: None,
            month,
            day,
        } => published
            .and_then(|p| pick_year(p, month, Some(day), tense))
            .and_then(|y| Date::new(y, month, day))
            .map_or(none, |d| (Some(d.to_iso()), Precision::Day, false)),
        When::Month {
            year: Some(y),
            month,
        } => (Some(ym(y, month)), Precision::Month, false),
        When::Month { year: None, month } => published
            .and_then(|p| pick_year(p, month, None, tense))
            .map_or(none, |y| (Some(ym(y, month)), Precision::Month, false)),
        When::Year(y) => (Some(iso(i64::from(y), None, None)), Precision::Year, false),
        When::Decade(y) => (
            Some(iso(i64::from(y), None, None)),
            Precision::Decade,
            false,
        ),
        When::Unknown => none,
        _ => {
            let Some(p) = published else {
                return (None, Precision::Unknown, true);
            };
            let (date, precision) = match when {
                When::Weekday(wd, shift) => {
                    let back = i64::from((p.weekday() + 7 - wd) % 7);
                    let fwd = i64::from((wd + 7 - p.weekday()) % 7);
                    let off = match (shift, tense) {
                        (-1, _) => -(if back == 0 { 7 } else { back }),
                        (1, _) => {
                            if fwd == 0 {
                                7
                            } else {
                                fwd
                            }
                        }
                        (_, Tense::Future) => fwd,
                        _ => -back,
                    };
                    (p.add_days(off).to_iso(), Precision::Day)
                }
                When::Days(n) => (p.add_days(n).to_iso(), Precision::Day),
                When::Weeks(n) => {
                    let monday = p.add_days(-i64::from(p.weekday()) + 7 * n);
                    let thursday = monday.add_days(3);
                    (ym(thursday.year, thursday.month), Precision::Week)
                }
                When::Months(n) => {
                    let (y, m) = add_months(p.year, p.month, n);
                    (ym(y, m), Precision::Month)
                }
                When::Years(n) => (iso(i64::from(p.year) + n, None, None), Precision::Year),
                _ => return none,
            };
            (Some(date), precision, true)
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Description

static LEADING_NOISE: &Words = words![
    "also",
    "although",
    "and",
    "as",
    "but",
    "even",
    "however",
    "including",
    "just",
    "or",
    "so",
    "that",
    "then",
    "though",
    "when",
    "which",
    "while",
    "who",
    "yet",
];
static TRAILING_NOISE: &Words = words![
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "her", "his", "in",
    "is", "its", "of", "on", "or", "our", "so", "than", "that", "the", "their", "to", "was",
    "were", "which", "who", "will", "with", "would",
];
static DETERMINERS: &Words =
    words!["a", "an", "her", "his", "its", "my", "our", "that", "the", "their", "this", "your"];

/// A short description of what happened at the date: its clause, without the date itself.
fn describe(s: &str, t: &[Tok], first: usize, last: usize, when: When) -> String {
    let n = t.len();
    if n == 0 {
        return String::new();
    }
    let boundary = |i: usize| t.get(i).is_some_and(|x| is_boundary(s, x));
    // A date that modifies a noun ("his September 21 partial mobilization order"): the noun phrase.
    let det_before = first
        .checked_sub(1)
        .and_then(|p| t.get(p))
        .is_some_and(|p| {
            p.kind == Kind::Word
                && (is_in(p.text(s), DETERMINERS)
                    || strip_possessive(p.text(s)).len() != p.text(s).len())
        });
    let noun_after = t.get(last + 1).is_some_and(|x| {
        x.kind == Kind::Word
            && x.text(s).chars().next().is_some_and(char::is_lower)
            && !is_in(x.text(s), lx::FUNCTION_WORDS)
    });
    if det_before && noun_after {
        let mut end = last + 1;
        while end + 1 < n && end - last < 6 {
            let Some(x) = t.get(end + 1) else { break };
            let hyphen = x.kind == Kind::Punct && x.text(s) == "-" && !x.gap;
            if (x.kind != Kind::Word || is_in(x.text(s), lx::FUNCTION_WORDS)) && !hyphen {
                break;
            }
            end += 1;
        }
        return render(s, t, first - 1, end, first, last);
    }
    // The clause around the date.
    let mut a = first;
    while a > 0 && !boundary(a - 1) && first - a < REACH {
        a -= 1;
    }
    let mut b = last;
    while b + 1 < n && !boundary(b + 1) && b - last < REACH {
        b += 1;
    }
    let words = |a: usize, b: usize| {
        (a..=b)
            .filter(|&i| (i < first || i > last) && t.get(i).is_some_and(|x| x.kind == Kind::Word))
            .count()
    };
    // A relative clause ("which is celebrated …") takes its antecedent clause with it.
    if t.get(a)
        .is_some_and(|x| is_in(x.text(s), &["which", "who", "where"]))
        && a >= 2
    {
        let mut p = a - 2;
        while p > 0 && !boundary(p - 1) && a - p < REACH {
            p -= 1;
        }
        a = p;
    }
    // A calendar date inside its clause reads as part of it ("the downturn of the 1970s
    // yielded …"); one at the clause's edge or after "on" / "in" is left out.
    let calendar = matches!(
        when,
        When::Day { .. } | When::Month { .. } | When::Year(_) | When::Decade(_)
    );
    let with_prep = t
        .get(first)
        .is_some_and(|x| is_in(x.text(s), &["on", "in"]));
    let (skip_first, skip_last) = if calendar && !with_prep && first > a && last < b {
        (usize::MAX, 0)
    } else {
        (first, last)
    };
    // Too short ("On August 15," / ", the Kremlin said on Tuesday."): take a neighbouring clause.
    let mut guard = 0;
    loop {
        let d = render(s, t, a, b, skip_first, skip_last);
        if d.split_whitespace().count() >= 6 || guard >= 4 {
            return d;
        }
        guard += 1;
        let reported = (a..=b).any(|i| {
            t.get(i)
                .is_some_and(|x| x.kind == Kind::Word && x.text(s).eq_ignore_ascii_case("that"))
        });
        if b + 2 < n && (a < 2 || words(a, b) == 0 || !is_attribution(s, t, a, b) || reported) {
            b += 2;
            while b + 1 < n && !boundary(b + 1) && b - last < 4 * REACH {
                b += 1;
            }
        } else if a >= 2 {
            a -= 2;
            while a > 0 && !boundary(a - 1) && first.saturating_sub(a) < 4 * REACH {
                a -= 1;
            }
        } else {
            return d;
        }
    }
}

fn is_attribution(s: &str, t: &[Tok], a: usize, b: usize) -> bool {
    (a..=b).any(|i| {
        t.get(i)
            .is_some_and(|x| x.kind == Kind::Word && is_in(x.text(s), lx::ATTRIBUTION))
    })
}

/// Joins tokens `a..=b` but `skip_a..=skip_b`, trims noise and cuts to about 90 characters.
fn render(s: &str, t: &[Tok], a: usize, b: usize, skip_a: usize, skip_b: usize) -> String {
    // A date left out takes its preposition with it ("since the 1990s").
    let skip_a = match skip_a.checked_sub(1) {
        Some(p) if t.get(p).is_some_and(|x| is_in(x.text(s), YEAR_PREPS)) => p,
        _ => skip_a,
    };
    let mut idx: Vec<&Tok> = (a..=b.min(t.len().saturating_sub(1)))
        .filter(|&i| i < skip_a || i > skip_b)
        .filter_map(|i| t.get(i))
        .collect();
    // Attribution up front ("said that …", "X told Y that …"): keep what was said.
    if let Some(pos) = idx
        .iter()
        .take(8)
        .position(|x| x.kind == Kind::Word && x.text(s).eq_ignore_ascii_case("that"))
    {
        if idx
            .iter()
            .take(pos)
            .any(|x| is_in(x.text(s), lx::ATTRIBUTION))
        {
            idx.drain(..=pos);
        }
    }
    // Parentheticals out.
    let mut depth = 0i32;
    idx.retain(|x| {
        let x = x.text(s);
        if x == "(" {
            depth += 1;
            return false;
        }
        if x == ")" {
            depth -= 1;
            return false;
        }
        depth <= 0
    });
    let is_noise_start = |x: &Tok| {
        (x.kind == Kind::Punct && !matches!(x.text(s), "$" | "£" | "€"))
            || (x.kind == Kind::Word && is_in(x.text(s), LEADING_NOISE))
    };
    let mut lead = 0;
    loop {
        if idx.get(lead).is_some_and(|x| is_noise_start(x)) {
            lead += 1;
        } else if idx.len() > lead + 2
            && idx
                .get(lead)
                .is_some_and(|x| x.text(s).eq_ignore_ascii_case("according"))
            && idx
                .get(lead + 1)
                .is_some_and(|x| x.text(s).eq_ignore_ascii_case("to"))
        {
            lead += 2;
        } else {
            break;
        }
    }
    idx.drain(..lead);
    let mut out = String::new();
    let mut prev_end: Option<usize> = None;
    for x in idx {
        let piece = x.text(s);
        if out.len() + piece.len() + 1 > 90 {
            break;
        }
        let glue = prev_end.is_some_and(|e| e == x.start)
            || (x.kind == Kind::Punct
                && matches!(piece, "," | "." | ";" | ":" | "!" | "?" | ")" | "”"));
        if !out.is_empty() && !glue {
            out.push(' ');
        }
        out.push_str(piece);
        prev_end = Some(x.end);
    }
    // No dangling words or punctuation at the end.
    loop {
        let trimmed = out.trim_end_matches(|c: char| !c.is_alnum() && c != ')' && c != '%');
        let cut = trimmed.len();
        super::text::cut(&mut out, cut);
        let last_word_start = out.rfind(' ').map_or(0, |k| k + 1);
        let lw = out.get(last_word_start..).unwrap_or("");
        if !lw.is_empty() && is_in(lw, TRAILING_NOISE) && last_word_start > 0 {
            super::text::cut(&mut out, last_word_start);
            continue;
        }
        break;
    }
    // Unbalanced quotes are noise.
    const QUOTES: [char; 3] = ['"', '“', '”'];
    if out.chars().filter(|c| QUOTES.contains(c)).count() % 2 == 1 {
        out = super::text::replace_chars(&out, &QUOTES, "");
    }
    out.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(text: &str, published: &str) -> Vec<Event> {
        let s = super::super::sentence::split(&[text.to_owned()]);
        events(&s, Date::parse_iso(published))
    }

    /// (sentence, published, expected [(text, date)])
    #[test]
    fn finds_and_normalises_dates() {
        type Case<'a> = (&'a str, &'a str, &'a [(&'a str, Option<&'a str>)]);
        #[rustfmt::skip]
        let cases: &[Case] = &[
            ("The Kremlin said on Tuesday that the talks had ended.", "2022-11-22", &[("on Tuesday", Some("2022-11-22"))]),
            ("The president will travel to Kyiv on Tuesday.", "2022-11-24", &[("on Tuesday", Some("2022-11-29"))]),
            ("The minister resigned last Friday.", "2022-11-25", &[("last Friday", Some("2022-11-18"))]),
            ("He signed his September 21 partial mobilization order.", "2022-11-22", &[("September 21", Some("2022-09-21"))]),
            ("It is celebrated in Russia on Sunday, November 27.", "2022-11-22", &[("on Sunday, November 27", Some("2022-11-27"))]),
            ("Putin chaired a meeting on November 21, 2022.", "2022-11-22", &[("on November 21, 2022", Some("2022-11-21"))]),
            ("The bill passed on Nov. 21, 2022, after a long debate.", "2023-01-01", &[("on Nov. 21, 2022", Some("2022-11-21"))]),
            ("She was taken to hospital on 12 April after taking the pills.", "2015-04-21", &[("on 12 April", Some("2015-04-12"))]),
            ("The treaty was signed on 21 September 2022.", "2023-01-01", &[("on 21 September 2022", Some("2022-09-21"))]),
            ("In July, the mother of a soldier told the BBC she was afraid.", "2022-11-22", &[("In July", Some("2022-07"))]),
            ("The footage was published by the broadcaster in March.", "2022-11-22", &[("in March", Some("2022-03"))]),
            ("The game will launch in December for $10.", "2016-09-08", &[("in December", Some("2016-12"))]),
            ("Georges Claude premiered his lights in December 1910.", "2015-01-01", &[("in December 1910", Some("1910-12"))]),
            ("Production resumed in March 2021 after a pause.", "2022-01-01", &[("in March 2021", Some("2021-03"))]),
            ("Neon became obsolete by the 1960s.", "2015-01-01", &[("the 1960s", Some("1960"))]),
            ("In the 1910s, neon was used in Paris.", "2015-01-01", &[("In the 1910s", Some("1910"))]),
            ("I first used it in 2010.", "2023-06-07", &[("in 2010", Some("2010"))]),
            ("Prices have risen since 2015.", "2023-06-07", &[("since 2015", Some("2015"))]),
            ("Growth should pick up by mid-2020, analysts said.", "2019-05-01", &[("mid-2020", Some("2020"))]),
            ("The discovery came in the summer of 1898.", "2015-01-01", &[("in the summer of 1898", Some("1898"))]),
            ("Bruce Nauman’s 1968 work poked fun at the space race.", "2015-01-01", &[("1968", Some("1968"))]),
            ("Officials assessed last week that morale was low.", "2022-11-22", &[("last week", Some("2022-11"))]),
            ("The meeting would take place this week.", "2022-11-22", &[("this week", Some("2022-11"))]),
            ("The company said yesterday it would cut jobs.", "2022-11-22", &[("yesterday", Some("2022-11-21"))]),
            ("Nintendo shocked the world earlier this year.", "2016-09-08", &[("earlier this year", Some("2016"))]),
            ("The device ships next year.", "2023-06-07", &[("next year", Some("2024"))]),
            ("He wrote to Abbott last month.", "2015-03-01", &[("last month", Some("2015-02"))]),
            ("I recommended these fixes 2 years ago.", "2015-04-16", &[("2 years ago", Some("2013"))]),
            ("And just days after the war began, mothers accused the Kremlin.", "2022-11-22", &[("just days after the war began", None)]),
            ("The shop opened on Monday and closed on Friday.", "2022-11-26", &[("on Monday", Some("2022-11-21")), ("on Friday", Some("2022-11-25"))]),
            ("The dress was taken between 8 AM and 9 PM Wednesday.", "2014-03-07", &[("Wednesday", Some("2014-03-05"))]),
            ("Neon signs exist today, though they are rare.", "2015-01-01", &[]),
            ("The president announced today that he will run.", "2022-11-22", &[("today", Some("2022-11-22"))]),
            ("Some 300,000 reservists were called up, 10 children each.", "2022-11-22", &[]),
            ("He is 34 and has 2019 reasons, the man may march.", "2022-11-22", &[]),
            ("The resolution is 1800 x 1920 per eye.", "2022-11-22", &[]),
            ("Prices rose 12 percent in May, up from April 2019's level.", "2022-11-22", &[("in May", Some("2022-05")), ("April 2019", Some("2019-04"))]),
            ("The window ran from 2019 to 2021.", "2022-11-22", &[("from 2019", None), ("2021", Some("2021"))]),
            ("Inflation hit a record earlier this month, the bank said.", "2022-11-22", &[("earlier this month", Some("2022-11"))]),
            ("The plant will reopen next month.", "2022-12-15", &[("next month", Some("2023-01"))]),
            ("Sales fell last year.", "2023-01-10", &[("last year", Some("2022"))]),
            ("Profits doubled on 2019's level.", "2022-11-22", &[("2019's", Some("2019"))]),
            ("The vote was held on Jan. 5 and counted on Sunday, Jan. 8, 2023.", "2023-01-10", &[("on Jan. 5", Some("2023-01-05")), ("on Sunday, Jan. 8, 2023", Some("2023-01-08"))]),
            ("The ceasefire collapsed in December.", "2023-01-10", &[("in December", Some("2022-12"))]),
            ("Talks are scheduled to resume in February.", "2022-11-22", &[("in February", Some("2023-02"))]),
            ("The strike began last night.", "2022-11-22", &[("last night", Some("2022-11-21"))]),
            ("The firm expects growth in mid-2020.", "2019-05-01", &[("in mid-2020", Some("2020"))]),
            ("The World of Tomorrow opened in 1939.", "2015-01-01", &[("in 1939", Some("1939"))]),
            ("Shoppers spent more on Black Friday and Super Tuesday decided the race.", "2022-11-22", &[]),
            ("He said he may march on the capital at 4:30 p.m. with 2,019 supporters.", "2022-11-22", &[]),
        ];
        for (text, published, want) in cases {
            let got = ev(text, published);
            let got: Vec<(&str, Option<&str>)> = got
                .iter()
                .map(|e| (e.text.as_str(), e.date.as_deref()))
                .collect();
            let want: Vec<(&str, Option<&str>)> = want.iter().map(|&(t, d)| (t, d)).collect();
            // "from 2019" is written as "2019" in the expression; compare by containment.
            assert_eq!(got.len(), want.len(), "{text}: {got:?}");
            for (g, w) in got.iter().zip(&want) {
                assert!(g.0.ends_with(w.0) || w.0.ends_with(g.0), "{text}: {got:?}");
                if w.1.is_some() {
                    assert_eq!(g.1, w.1, "{text}: {got:?}");
                }
            }
        }
    }

    #[test]
    fn precision_and_relative() {
        let e = ev(
            "The ISW assessed last week that Russians were angry, a report said on Tuesday.",
            "2022-11-22",
        );
        assert_eq!((e[0].precision, e[0].relative), (Precision::Week, true));
        assert_eq!((e[1].precision, e[1].relative), (Precision::Day, true));
        let e = ev("The war began in the 1930s, in July 1936.", "2022-11-22");
        assert_eq!(e[0].precision, Precision::Decade);
        assert_eq!(e[1].precision, Precision::Month);
        let e = ev("It happened on Tuesday.", "");
        assert_eq!((e[0].date.as_deref(), e[0].relative), (None, true));
        let e = ev(
            "Just days after the war began, the protests started.",
            "2022-11-22",
        );
        assert_eq!(
            (e[0].precision, e[0].date.as_deref()),
            (Precision::Unknown, None)
        );
    }

    #[test]
    fn spans_and_descriptions() {
        #[rustfmt::skip]
        let cases: &[(&str, &str)] = &[
            ("On August 15, Putin revived a Soviet-era award for large families.", "Putin revived a Soviet-era award for large families"),
            ("Russia's defense ministry claimed on October 31 to have completed its mobilization.", "Russia's defense ministry claimed to have completed its mobilization"),
            ("The soldiers were conscripted under his September 21 partial mobilization order.", "his partial mobilization order"),
            // The date's preposition goes with it.
            ("For the first time since the 1990s, the nation will be able to trade freely.", "For the first time, the nation will be able to trade freely"),
        ];
        for (text, want) in cases {
            let e = ev(text, "2022-11-22");
            assert_eq!(e[0].description, *want, "{text}");
            let s = e[0].span.unwrap();
            assert_eq!(s.as_str(text), Some(e[0].text.as_str()));
        }
        let long = "The Institute for the Study of War, a United States think tank, assessed last week that Russian citizens, including mothers, are increasingly turning to various social media platforms to voice their dissatisfaction with the partial mobilization order.";
        for e in ev(long, "2022-11-22") {
            assert!(e.description.len() <= 90, "{}", e.description);
            assert!(
                !e.description.ends_with(|c: char| c.is_ascii_punctuation()),
                "{}",
                e.description
            );
        }
    }

    /// The seed article end to end: every hand-gold date is found with its normalisation.
    #[test]
    fn seed_article_gold_dates() {
        let text = include_str!("../../../../tests/fixtures/seed/article.txt");
        let gold: serde_json::Value =
            serde_json::from_str(include_str!("../../../../tests/fixtures/seed/gold.json"))
                .unwrap();
        let mut article = crate::Article::from_text(text);
        let headline = article.paragraphs.remove(0);
        article = article.with_headline(headline);
        let options = crate::Options {
            published: Date::parse_iso("2022-11-22"),
            ..Default::default()
        };
        let sheet = crate::extract(&article, &options).unwrap();
        let gold = gold["dates"].as_array().unwrap();
        let mut used = vec![false; sheet.events.len()];
        let mut found = 0;
        for g in gold {
            let gt = g["text"].as_str().unwrap().to_lowercase();
            let iso = g["iso"].as_str();
            let hit = sheet.events.iter().enumerate().position(|(k, e)| {
                let et = e.text.to_lowercase();
                !used[k] && (et.contains(&gt) || gt.contains(&et)) && e.date.as_deref() == iso
            });
            match hit {
                Some(k) => {
                    used[k] = true;
                    found += 1;
                }
                None => eprintln!("missed gold date {gt:?} {iso:?}"),
            }
        }
        eprintln!(
            "seed dates: {found}/{} found, {} extracted",
            gold.len(),
            sheet.events.len()
        );
        assert_eq!(found, gold.len());
        // No false positives on the seed either.
        assert_eq!(sheet.events.len(), gold.len());
        for e in &sheet.events {
            let s = &sheet.sentences[e.sentence.unwrap()].text;
            assert_eq!(e.span.unwrap().as_str(s), Some(e.text.as_str()));
            assert!(
                !e.description.is_empty() && e.description.len() <= 90,
                "{e:?}"
            );
        }
    }

    /// A `Date` built by hand at the ends of `i32` (its fields are public) must not overflow
    /// while a year is picked for "September 21" or "in July".
    #[test]
    fn extreme_published_years_do_not_overflow() {
        let s =
            super::super::sentence::split(&["It began on September 21 and ends in July.".into()]);
        for year in [i32::MIN, i32::MAX] {
            let published = Date {
                year,
                month: 6,
                day: 12,
            };
            assert_eq!(events(&s, Some(published)).len(), 2, "{year}");
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics(p in "[a-zA-Z0-9 .,!?\"'“”’…()$£%éü日-]{0,80}|((on|in|last|this|Sunday|November|Nov\\.|21|2022|1930s|days|after|ago|the|mid-|,) ){0,12}") {
            let s = super::super::sentence::split(&[p]);
            for published in [None, Date::new(2022, 11, 22)] {
                for e in events(&s, published) {
                    let text = &s[e.sentence.unwrap()].text;
                    proptest::prop_assert_eq!(e.span.unwrap().as_str(text), Some(e.text.as_str()));
                    proptest::prop_assert!(e.description.len() <= 100);
                }
            }
        }

        /// `find` skips tokens without a date cue: no rule may match at one.
        #[test]
        fn no_date_starts_without_a_cue(p in "[a-zA-Z0-9 .,'’-]{0,60}|((On|in|LAST|this|Sunday|nov|Nov\\.|21|2022|1930s|Days|after|ago|the|mid-|,|A|an|few|Several|twenty|hours|March|earlier|this|TODAY|week) ){0,12}") {
            let t = tokenize(&p);
            let cx = Cx { s: &p, t: &t };
            for (i, x) in t.iter().enumerate() {
                if x.kind != Kind::Number && !x.is(wordclass::DATE_CUE) {
                    proptest::prop_assert!(match_at(&cx, i).is_none(), "{}", x.text(&p));
                }
            }
        }
    }
}
