//! People: full names found through the cues news copy gives, merged with their later mentions.
//!
//! A run of capitalised words (see `names::cap_runs`) is a person's full name when one of these
//! cues holds:
//!
//! * a title or role stands before it, inside the run ("Russian President Jane Roe", "Sen. Roe")
//!   or just outside it ("Kremlin spokesman Jane Roe", "the Scottish chemist Sir John Roe");
//! * an appositive with a role noun follows ("Jane Roe, governor of the Northern region,");
//! * a speech verb follows ("Jane Roe said"), or an age in commas ("Jane Roe, 21,");
//! * its first word is a common first name ("Vladimir", "Mary");
//! * it has the shape of a name (two or three plain capitalised words) and its last word later
//!   stands alone, as news copy does with surnames.
//!
//! Sentence-initial function words ("Although", "However"), months, days, nationalities, places
//! and organisation words never make a name. Title-case headlines are not used for discovery, only
//! for mentions. A photo credit in capitals ("JANE ROE/AFP/Getty Images") gives the photographer.
//!
//! Later mentions by surname alone, by full name or with a title ("Mr. Roe") are merged into the
//! person; `role` comes from the first mention that has one.

use super::names::{self, texts, word_toks, Tok};
use super::wordclass;
use super::wordset::{words, Words};
use crate::extract::charclass::CharClass;
use crate::model::{Mention, Person, Sentence, Span};

/// A full name found with its role at one place.
struct Found {
    words: Vec<String>,
    display: String,
    role: Option<String>,
    strong: bool,
    /// A first name after "Sir" or "Dame" alone ("Sir Keir"): British usage for a knight or
    /// dame named before in full.
    knight: bool,
}

/// Last words of capitalised runs that name things, not people ("Data Retention Bill").
static NOT_SURNAMES: &Words = words![
    "act",
    "airport",
    "avenue",
    "award",
    "bill",
    "borough",
    "boulevard",
    "bridge",
    "building",
    "city",
    "complex",
    "county",
    "cup",
    "day",
    "district",
    "edition",
    "fire",
    "games",
    "hall",
    "harbor",
    "harbour",
    "highway",
    "island",
    "lake",
    "law",
    "max",
    "mini",
    "mountain",
    "park",
    "plus",
    "prize",
    "pro",
    "province",
    "river",
    "road",
    "run",
    "safety",
    "series",
    "square",
    "station",
    "storm",
    "street",
    "tower",
    "town",
    "township",
    "village",
    "war",
];

/// True for a word with the ending of an abstract noun, never a surname: "Fire Protection",
/// "Public Safety", "Human Services" end a body's name, not a person's.
fn is_abstract_noun(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    let n = w.len();
    ["tion", "sion", "ship", "ism"]
        .iter()
        .any(|e| w.ends_with(e))
        || (n > 5 && w.ends_with("ity"))
        || (n > 6 && (w.ends_with("ness") || w.ends_with("ices")))
        || (n > 7 && w.ends_with("ment"))
}

/// Family words that introduce a relative by name ("her mother, Fiona,").
static KIN: &Words = words![
    "aunt",
    "boyfriend",
    "brother",
    "cousin",
    "dad",
    "daughter",
    "father",
    "fiance",
    "fiancee",
    "fiancé",
    "fiancée",
    "girlfriend",
    "granddaughter",
    "grandfather",
    "grandmother",
    "grandson",
    "husband",
    "mom",
    "mother",
    "mum",
    "nephew",
    "niece",
    "partner",
    "sister",
    "son",
    "stepfather",
    "stepmother",
    "uncle",
    "widow",
    "widower",
    "wife",
];

/// A relative introduced by a family word, before a comma or not ("her mother, Fiona", "the
/// boy's father, Tom", "his wife Grace"): returns the role text, with its possessor, when the
/// token at `comma`, or the one before that comma, is a family word.
fn kin_before(text: &str, toks: &[Tok<'_>], comma: usize) -> Option<String> {
    // "her mother, Fiona" or "his wife Grace".
    let noun = if toks.get(comma).is_some_and(|t| t.is(",")) {
        comma.checked_sub(1)?
    } else {
        comma
    };
    if !toks
        .get(noun)
        .is_some_and(|t| t.is_word() && names::in_list(KIN, t.text))
    {
        return None;
    }
    let mut a = noun;
    if let Some(p) = noun.checked_sub(1).and_then(|i| toks.get(i)) {
        if names::in_list(words!["her", "his", "their", "whose"], p.text) {
            a = noun - 1;
        } else if p.kind == names::Kind::Poss && noun >= 2 {
            // "the victim's mother": the owner and its article.
            a = noun - 2;
            if a > 0
                && toks
                    .get(a - 1)
                    .is_some_and(|t| names::in_list(&["the", "a"], t.text))
            {
                a -= 1;
            }
        }
    }
    Some(text_of(text, toks, a, noun + 1).to_owned())
}

/// Honorifics that are titles but not roles.
fn is_honorific(w: &str) -> bool {
    names::in_list(
        words!["dame", "dr", "lady", "lord", "miss", "mr", "mrs", "ms", "sir"],
        w,
    )
}

/// True when token `i` is "Sir" or "Dame".
fn is_knighthood(toks: &[Tok<'_>], i: usize) -> bool {
    toks.get(i).is_some_and(|t| t.is("Sir") || t.is("Dame"))
}

fn is_title(toks: &[Tok<'_>], i: usize) -> bool {
    let Some(t) = toks.get(i) else { return false };
    if t.has(wordclass::ABBREV_TITLE) {
        // "Mr. Roe", and British style without the dot: "Det Insp Jane Roe", "Dr Roe".
        return toks
            .get(i + 1)
            .is_some_and(|d| d.is(".") || (t.is_cap() && d.is_cap() && d.start == t.end + 1));
    }
    t.has(wordclass::ROLE)
}

/// Text between the start of token `a` and the end of token `b - 1`.
fn text_of<'a>(text: &'a str, toks: &[Tok<'_>], a: usize, b: usize) -> &'a str {
    if b <= a {
        return "";
    }
    let s = toks.get(a).map_or(0, |t| t.start);
    let e = toks.get(b - 1).map_or(0, |t| t.end);
    text.get(s..e).unwrap_or("")
}

/// A role written before a name, outside its capitalised run: walks back over role words,
/// role modifiers, capitalised words and possessives ("Russia's foreign minister", "Kremlin
/// spokesman", "Pakistan-based developer"). Returns the role's first token when it holds a role
/// noun.
fn role_before(toks: &[Tok<'_>], end: usize) -> Option<usize> {
    let mut i = end;
    let mut has_role = false;
    let mut n = 0;
    while i > 0 && n < 6 {
        let Some(t) = toks.get(i - 1) else { break };
        let ok = match t.kind {
            names::Kind::Word => {
                let role = t.has(wordclass::ROLE);
                has_role |= role;
                role || t.has(wordclass::ROLE_MODIFIER)
                    || names::in_list(&["elect", "designate"], t.text)
                    // "Pakistan-based developer": a capitalised word, if not a name's.
                    || (t.text.starts_with(|c: char| c.is_upper()) && !t.has(wordclass::FUNCTION))
            }
            names::Kind::Poss => toks.get(i.wrapping_sub(2)).is_some_and(Tok::is_cap),
            _ => false,
        };
        if !ok {
            break;
        }
        // The role must end with a role word, right before the name.
        if i == end && !(t.has(wordclass::ROLE) || names::in_list(&["elect", "designate"], t.text))
        {
            return None;
        }
        i -= 1;
        n += 1;
    }
    (has_role && i < end).then_some(i)
}

/// "Minister of Finance Kemi Adeosun": a capitalised run right after a role's "of" or "for"
/// starts with what the role is of, and the name is its last words, from a first name if one
/// is known, else its last two. Given the run from `a` and its [`name_part`], returns the
/// name's first token and the role's.
fn after_portfolio(
    toks: &[Tok<'_>],
    a: usize,
    (first, title_from, end): (usize, Option<usize>, usize),
) -> Option<(usize, usize)> {
    if first != a
        || title_from.is_some()
        || end < first + 3
        || a < 2
        || !toks.get(a - 1).is_some_and(|t| t.is("of") || t.is("for"))
    {
        return None;
    }
    let r0 = role_before(toks, a - 1)?;
    let mut at = first + 1;
    while at < end - 2
        && toks
            .get(at)
            .is_none_or(|t| names::first_name(t.text).is_none())
    {
        at += 1;
    }
    Some((at, r0))
}

/// A role with what it is of or for, before the comma at `comma` that comes before a name:
/// "Minister of Finance, Budget, and National Planning", "chairman of the committee", "Secretary
/// of State". Returns the role's first token (with its modifiers: "Nigeria's Minister of
/// Health").
fn portfolio_before(toks: &[Tok<'_>], comma: usize) -> Option<usize> {
    let mut i = comma;
    while i > 0 && comma - i < 12 {
        let t = toks.get(i - 1)?;
        if t.has(wordclass::ROLE) && toks.get(i).is_some_and(|x| x.is("of") || x.is("for")) {
            return Some(role_before(toks, i).unwrap_or(i - 1));
        }
        let ok = match t.kind {
            names::Kind::Word => {
                !t.has(wordclass::FUNCTION | wordclass::SPEECH_VERB)
                    || names::in_list(&["of", "for", "and", "the"], t.text)
            }
            _ => t.is(",") || t.is("&"),
        };
        if !ok {
            return None;
        }
        i -= 1;
    }
    None
}

/// An appositive after a name, starting at the comma at `comma`: ", governor of the Northern
/// region," gives the role text; ", 21," gives `Some(None)` (a person cue without a role).
fn appositive(text: &str, toks: &[Tok<'_>], comma: usize) -> Option<Option<String>> {
    if !toks.get(comma).is_some_and(|t| t.is(",")) {
        return None;
    }
    let first = comma + 1;
    if toks.get(first).is_some_and(|t| t.kind == names::Kind::Num)
        && toks.get(first + 1).is_none_or(|t| t.is(","))
    {
        return Some(None);
    }
    let first_word = toks.get(first)?;
    let article = names::in_list(&["a", "an", "the", "another"], first_word.text);
    // ", a 33-year-old," and ", a 33-year-old man,": an age says a person ("a 100-year-old
    // index" does not; ", a 33-year-old blogger," has its role below).
    let aged = article
        && toks
            .get(first + 1)
            .is_some_and(|t| t.kind == names::Kind::Num)
        && toks.get(first + 3).is_some_and(|t| t.text == "year-old")
        && toks
            .get(first + 4)
            .is_some_and(|t| t.is(",") || names::in_list(&["man", "woman", "boy", "girl"], t.text));
    let mut end = first;
    let mut role_at: Option<usize> = None;
    while let Some(t) = toks.get(end) {
        if t.kind == names::Kind::Punct && !t.is("-") && !t.is("&") {
            break;
        }
        if end - first >= 12 {
            // A long appositive with its role up front gives the role noun, when what follows
            // it modifies it (", another blogger who aired his outrage over … on social
            // media,"); a role that titles another name starts a new clause (", the
            // philosopher Luis de Miranda weaves …").
            let r = role_at?;
            let modified = toks.get(r + 1).is_some_and(|t| {
                names::in_list(
                    &["who", "whose", "at", "of", "for", "with", "in", "from"],
                    t.text,
                )
            });
            if !modified {
                return None;
            }
            end = r + 1;
            break;
        }
        if end - first < 5 && role_at.is_none() && t.has(wordclass::ROLE) {
            role_at = Some(end);
        }
        end += 1;
    }
    if names::in_list(
        words!["and", "but", "that", "when", "where", "which", "who"],
        first_word.text,
    ) {
        return None;
    }
    if role_at.is_none() {
        return aged.then_some(None);
    }
    // Leave out a leading article: ", the governor of X," reads as "governor of X".
    let start = if article { first + 1 } else { first };
    Some(Some(text_of(text, toks, start, end).to_owned()))
}

/// Name words of a run after dropping leading function words, days ("told reporters Friday
/// President Jane Roe") and titles; returns the first name token, the title split point and the
/// name's last token + 1.
fn name_part(toks: &[Tok<'_>], a: usize, b: usize) -> (usize, Option<usize>, usize) {
    let mut a = a;
    while a < b
        && toks
            .get(a)
            .is_some_and(|t| t.has(wordclass::FUNCTION | wordclass::DAY))
    {
        // An abbreviated title ("Mr.") is kept: it is a cue, not a function word.
        if is_title(toks, a) {
            break;
        }
        a += 1;
    }
    let mut split = None;
    for k in a..b {
        if is_title(toks, k) {
            split = Some(k);
        }
    }
    let mut first = split.map_or(a, |k| k + 1);
    while first < b && toks.get(first).is_some_and(|t| t.is(".")) {
        first += 1;
    }
    (first, split.map(|_| a), b)
}

/// True for a verb of speech that marks the name next to it as a person's ("Roe said", "said
/// Roe"). Out of line: one copy of the lookup for both sides of a name.
#[inline(never)]
fn said(t: Option<&Tok<'_>>) -> bool {
    t.is_some_and(|t| {
        names::in_list(
            words![
                "added",
                "argued",
                "asked",
                "explained",
                "insisted",
                "recalled",
                "said",
                "says",
                "tells",
                "testified",
                "told",
                "tweeted",
                "writes",
                "wrote",
            ],
            t.text,
        )
    })
}

/// True when the word tokens `words` can be a person's name.
fn words_ok(words: &[&Tok<'_>]) -> bool {
    if words.is_empty() || words.len() > 4 {
        return false;
    }
    let not_name =
        wordclass::NON_NAME | wordclass::ORG_HEAD | wordclass::KNOWN_ORG | wordclass::ROLE;
    // "North Dakota", "New Mexico": a compass point or "New" opens a place, not a name.
    let place = words.len() > 1
        && words
            .first()
            .is_some_and(|w| names::in_list(&["north", "south", "east", "west", "new"], w.text));
    !place
        && words
            .iter()
            .all(|w| w.is_cap() && !w.text.chars().any(|c| c.is_ascii_digit()) && !w.has(not_name))
        && (words.len() == 1
            || wordclass::of_word(&super::text::join_spaced(&texts(words))) & wordclass::KNOWN_ORG
                == 0)
        && !words
            .iter()
            .all(|w| w.text.chars().filter(|c| c.is_alpha()).all(char::is_upper))
}

/// Finds people, merging mentions of the same person, with their roles.
///
/// ```
/// use factcard_core::extract::{person::people, sentence::split};
/// let s = split(&["White House spokeswoman Jane Roe said on Monday the talks went well.".into(),
///                 "Ms. Roe did not say when they would resume.".into()]);
/// let p = people(&s);
/// assert_eq!(p[0].name, "Jane Roe");
/// assert_eq!(p[0].role.as_deref(), Some("White House spokeswoman"));
/// assert_eq!(p[0].mentions.len(), 2);
/// ```
pub fn people(sentences: &[Sentence]) -> Vec<Person> {
    people_with(sentences, &names::tokenize_all(sentences))
}

/// [`people`], given the tokens of every sentence.
pub(crate) fn people_with(sentences: &[Sentence], toks_all: &[Vec<Tok<'_>>]) -> Vec<Person> {
    let mut found: Vec<Found> = Vec::new();
    for (s, toks) in sentences.iter().zip(toks_all) {
        let text = s.text.as_str();
        if let Some(c) = names::credit(toks) {
            if let Some((name, _, _)) = c.person {
                found.push(Found {
                    words: name.split(' ').map(str::to_owned).collect(),
                    display: name.clone(),
                    role: Some("photographer".to_owned()),
                    strong: true,
                    knight: false,
                });
            }
        }
        if names::is_title_case(toks) {
            continue;
        }
        // The token where the sentence's last name found with a cue ends.
        let mut strong_end = None;
        for (a, b) in names::cap_runs(toks, false) {
            let (mut first, title_from, end) = name_part(toks, a, b);
            let mut portfolio = None;
            if let Some((at, r0)) = after_portfolio(toks, a, (first, title_from, end)) {
                portfolio = Some(text_of(text, toks, r0, at).to_owned());
                first = at;
            }
            let word_toks = word_toks(toks, first, end);
            if !words_ok(&word_toks)
                || word_toks
                    .iter()
                    .any(|w| w.text.len() > 1 && w.has(wordclass::NON_NAME))
            {
                continue;
            }
            let words = texts(&word_toks);
            // A capitalised run that starts with function words mid-sentence is a title
            // ("Let There Be Neon"), and one right after an opening quote is a title in quotes.
            let clause_start = a == 0
                || toks.get(a - 1).is_some_and(|t| {
                    matches!(t.text, ":" | ";" | "(" | "—" | "–") || names::is_quote_mark(t.text)
                });
            let stripped_mid =
                first > a && title_from.is_none() && !clause_start && portfolio.is_none();
            let after_open_quote = a > 0
                && toks.get(a - 1).is_some_and(|t| {
                    matches!(t.text, "\"" | "“" | "‘" | "'")
                        && toks.get(a.wrapping_sub(2)).is_none_or(|p| p.end < t.start)
                });
            if stripped_mid
                || after_open_quote
                || words
                    .last()
                    .is_some_and(|w| names::in_list(NOT_SURNAMES, w) || is_abstract_noun(w))
            {
                continue;
            }
            let mut strong = portfolio.is_some();
            let mut role: Option<String> = portfolio;
            let knight = words.len() == 1
                && title_from.is_some_and(|t0| t0 + 1 == first && is_knighthood(toks, t0));
            // A title inside the run: "Russian President Jane Roe", "Sen. Roe".
            if let Some(t0) = title_from {
                strong = true;
                let inner = text_of(text, toks, t0, first);
                let inner = inner.trim_end_matches('.').trim();
                let honorific_only = toks
                    .get(t0..first)
                    .unwrap_or(&[])
                    .iter()
                    .filter(|t| t.is_word())
                    .all(|t| is_honorific(t.text));
                if !honorific_only {
                    role = Some(inner.to_owned());
                }
            }
            // A role before the run: "Kremlin spokesman Jane Roe".
            let run_start = title_from.unwrap_or(first);
            if let Some(r0) = role_before(toks, run_start) {
                strong = true;
                let outer = text_of(text, toks, r0, run_start);
                role = Some(match role {
                    Some(inner) => {
                        let mut r = String::with_capacity(outer.len() + 1 + inner.len());
                        r.push_str(outer);
                        r.push(' ');
                        r.push_str(&inner);
                        r
                    }
                    None => outer.to_owned(),
                });
            } else if run_start >= 2
                && toks.get(run_start - 1).is_some_and(|t| t.is(","))
                && toks.get(end).is_none_or(|t| t.is(",") || t.is("."))
                && role.is_none()
            {
                // "the minister's national security adviser, Jane Roe,"; "The Minister of
                // Finance, Budget, and National Planning, Zainab Ahmed,".
                let r0 = role_before(toks, run_start - 1)
                    .or_else(|| portfolio_before(toks, run_start - 1));
                if let Some(r0) = r0 {
                    role = Some(text_of(text, toks, r0, run_start - 1).to_owned());
                    strong = true;
                }
            }
            // "her mother, Fiona, said": a relative, often named by first name only.
            let kin = if title_from.is_none() && run_start >= 2 && first == a {
                kin_before(text, toks, run_start - 1).filter(|_| {
                    toks.get(end).is_none_or(|t| {
                        t.is(",") || t.is(".") || t.is("and") || t.has(wordclass::SPEECH_VERB)
                    })
                })
            } else {
                None
            };
            if kin.is_some() {
                role = kin.clone();
                strong = true;
            }
            if let Some(app) = appositive(text, toks, end) {
                strong = true;
                if role.is_none() {
                    role = app;
                }
            }
            // A speech verb after the name, or before it ("said Jane Roe", "reported Jane Roe";
            // not "Yahoo Finance reported": a publication reports too).
            let before = toks.get(a.wrapping_sub(1));
            let speech =
                said(toks.get(end)) || said(before) || before.is_some_and(|t| t.text == "reported");
            // "ministers Jane Roe and John Doe": a name joined to a person's by "and".
            let joined = a >= 1
                && toks.get(a - 1).is_some_and(|t| t.text == "and")
                && strong_end == Some(a - 1);
            let named = joined || first >= 1 && toks.get(first - 1).is_some_and(|t| t.is("named"));
            let first_name = names::first_name(words.first().copied().unwrap_or("")).is_some();
            let multi = words.len() >= 2;
            if !(strong || (multi && (speech || first_name || named))) {
                // Shape only: kept as weak, confirmed by a later surname mention.
                if !multi || words.len() > 3 || a == 0 {
                    continue;
                }
            } else if !multi && title_from.is_none() && kin.is_none() {
                continue;
            }
            let strong = strong || (multi && (speech || first_name || named));
            if strong {
                strong_end = Some(end);
            }
            found.push(Found {
                words: words.iter().map(|w| (*w).to_owned()).collect(),
                display: text_of(text, toks, first, end).to_owned(),
                role,
                strong,
                knight,
            });
        }
    }
    // Group the finds into people: same full name, or a short form ("Roe", title + surname)
    // whose last word is the last word of a fuller name.
    let mut people: Vec<(Vec<String>, Option<String>, bool)> = Vec::new();
    let mut display: Vec<String> = Vec::new();
    for f in &found {
        let last = f.words.last().cloned().unwrap_or_default();
        let same = people.iter().position(|(w, _, _)| {
            w.ends_with(&f.words)
                || (w.last() == Some(&last)
                    && (w.len() == 1 || f.words.len() == 1 || w.first() == f.words.first()))
                || (w.len() >= 2
                    && w.first() == Some(&last)
                    && (f.knight || f.words.len() == 1 && names::first_name(&last).is_none()))
        });
        match same {
            Some(i) => {
                if let Some(p) = people.get_mut(i) {
                    if f.words.len() > p.0.len() {
                        p.0 = f.words.clone();
                        if let Some(d) = display.get_mut(i) {
                            d.clone_from(&f.display);
                        }
                    }
                    if p.1.is_none() {
                        p.1 = f.role.clone();
                    }
                    p.2 |= f.strong;
                }
            }
            None => {
                people.push((f.words.clone(), f.role.clone(), f.strong));
                display.push(f.display.clone());
            }
        }
    }
    // Mentions: every run, in every sentence, whose name part is a known full name or surname.
    let mut mentions: Vec<Vec<Mention>> = vec![Vec::new(); people.len()];
    for (si, toks) in toks_all.iter().enumerate() {
        for (a, b) in names::cap_runs(toks, false) {
            let part = name_part(toks, a, b);
            let (first, title_from, end) = match after_portfolio(toks, a, part) {
                Some((at, _)) => (at, part.1, part.2),
                None => part,
            };
            let word_toks = word_toks(toks, first, end);
            let words = texts(&word_toks);
            // The whole name part must name someone: "Meta Quest Pro" is not a mention of "Pro".
            let mut hit = None;
            for k in 0..words.len().min(1) {
                let tail = words.get(k..).unwrap_or(&[]);
                // The full name, or its last words ("Roe", "Black Elk" for Linda Black Elk).
                let i = people.iter().position(|(w, _, _)| {
                    w.len() >= tail.len()
                        && w.iter()
                            .skip(w.len() - tail.len())
                            .map(String::as_str)
                            .eq(tail.iter().copied())
                });
                if let Some(i) = i {
                    hit = Some((i, k));
                    break;
                }
            }
            // "Sir Keir": a knight or dame by first name; "Yoon" for "Yoon Suk Yeol", a name
            // written family name first (a common first name alone is someone else).
            if hit.is_none() && words.len() == 1 {
                hit = people
                    .iter()
                    .position(|(w, _, strong)| {
                        *strong
                            && w.len() >= 2
                            && w.first().map(String::as_str) == words.first().copied()
                    })
                    .filter(|_| {
                        first >= 1 && is_knighthood(toks, first - 1)
                            || words
                                .first()
                                .is_some_and(|w| names::first_name(w).is_none())
                    })
                    .map(|i| (i, 0));
            }
            let Some((i, k)) = hit else { continue };
            let abbrev_title = title_from
                .filter(|&t0| toks.get(t0).is_some_and(|t| t.has(wordclass::ABBREV_TITLE)));
            let st = match (abbrev_title, k) {
                (Some(t0), 0) if first == t0 + 2 => toks.get(t0).map_or(0, |t| t.start),
                _ => word_toks.get(k).map_or(0, |t| t.start),
            };
            let en = word_toks.last().map_or(0, |t| t.end);
            if let Some(m) = mentions.get_mut(i) {
                m.push(Mention {
                    sentence: si,
                    span: Span::new(st, en),
                });
            }
        }
        // Credit names are in capitals: match them by their title-cased form.
        if let Some(c) = names::credit(toks) {
            if let Some((name, st, en)) = c.person {
                if let Some(i) = display.iter().position(|d| *d == name) {
                    if let Some(m) = mentions.get_mut(i) {
                        m.push(Mention {
                            sentence: si,
                            span: Span::new(st, en),
                        });
                    }
                }
            }
        }
    }
    let mut out: Vec<Person> = Vec::with_capacity(people.len());
    for (((w, role, strong), mut m), name) in people.into_iter().zip(mentions).zip(display) {
        // A shape-only name needs its surname to stand alone somewhere.
        let surname = w.last().map_or(0, String::len);
        if !strong && !m.iter().any(|x| x.span.end - x.span.start <= surname) {
            continue;
        }
        super::sort_mentions(&mut m);
        m.dedup();
        if !m.is_empty() {
            out.push(Person {
                name,
                role,
                mentions: m,
            });
        }
    }
    super::order::sort_by_key(&mut out, |p| super::first_mention_key(&p.mentions));
    out
}

/// How many sentences back a person known to have a pronoun's gender is preferred, as its
/// antecedent, to a more recent person of unknown gender (see [`antecedent`]).
const GENDER_REACH: usize = 2;

/// A person's gender as the text shows it, `Some(false)` for a woman: the first name, a
/// gendered role ("her mother", "spokeswoman") or a title at a mention ("Mrs. Roe").
pub(crate) fn gender(p: &Person, sentences: &[Sentence]) -> Option<bool> {
    let first = p.name.split_whitespace().next().unwrap_or("");
    if let Some(Some(g)) = names::first_name(first) {
        return Some(g);
    }
    if let Some(g) = p
        .role
        .as_deref()
        .and_then(|r| r.split_whitespace().rev().find_map(names::gendered_noun))
    {
        return Some(g);
    }
    p.mentions.iter().find_map(|m| {
        let text = sentences.get(m.sentence)?.text.as_str();
        let word = text
            .get(m.span.start..m.span.end)?
            .split(['.', ' '])
            .next()?;
        names::in_list(names::ABBREV_TITLES, word)
            .then(|| names::gendered_noun(word))
            .flatten()
    })
}

/// The index in `people` of the person a pronoun of gender `want` at `at` (sentence, offset)
/// stands for: the one mentioned last before it (in an earlier sentence, the first one that
/// sentence names) whose gender does not contradict the pronoun's, leaving out mentions where
/// `skip(sentence, offset)` holds. When that person's gender is unknown but someone mentioned in
/// the last [`GENDER_REACH`] sentences is known to have the pronoun's gender, that one: a writer
/// says "she said" of the one woman in view ("Mrs. Jane Roe … President John Doe … she said").
pub(crate) fn antecedent(
    people: &[Person],
    sentences: &[Sentence],
    at: (usize, usize),
    want: Option<bool>,
    skip: &dyn Fn(usize, usize) -> bool,
) -> Option<usize> {
    // (sentence, offset, person) of the latest compatible mention, and of the latest mention
    // of someone known to have the pronoun's gender.
    let mut best: Option<(usize, usize, usize)> = None;
    let mut known: Option<(usize, usize, usize)> = None;
    let mut best_known_gender = false;
    for (pi, p) in people.iter().enumerate() {
        let have = want.and(gender(p, sentences));
        if matches!((want, have), (Some(want), Some(have)) if want != have) {
            continue;
        }
        for m in &p.mentions {
            if (m.sentence, m.span.start) >= at || skip(m.sentence, m.span.start) {
                continue;
            }
            // In an earlier sentence the first person named, its subject, comes first ("Lee
            // said Yoon's order was illegal. … he said" is Lee); in the pronoun's own
            // sentence, the last one before it.
            let rank = if m.sentence == at.0 {
                m.span.start
            } else {
                usize::MAX - m.span.start
            };
            let key = (m.sentence, rank, pi);
            if best.is_none_or(|(s, o, _)| (key.0, key.1) > (s, o)) {
                best = Some(key);
                best_known_gender = have.is_some();
            }
            if have.is_some()
                && key.0 + GENDER_REACH >= at.0
                && known.is_none_or(|(s, o, _)| (key.0, key.1) > (s, o))
            {
                known = Some(key);
            }
        }
    }
    match (best, known) {
        (Some(_), Some(k)) if !best_known_gender => Some(k.2),
        (b, _) => b.map(|b| b.2),
    }
}

/// The person "the minister" or "the Prime Minister" (the words of a noun phrase) at
/// `at` (sentence, offset) stands for: of the people named before with that role, the one named
/// last. A role with more to it is someone else's: "the president" is not the Vice President.
pub(crate) fn role_holder(people: &[Person], at: (usize, usize), np: &[&str]) -> Option<usize> {
    let (det, rest) = np.split_first()?;
    if !det.eq_ignore_ascii_case("the")
        || rest.is_empty()
        || rest.len() > 3
        || wordclass::of_word(rest.last()?) & wordclass::ROLE == 0
    {
        return None;
    }
    let mut best: Option<(usize, (usize, usize))> = None;
    for (i, p) in people.iter().enumerate() {
        let Some(role) = p.role.as_deref() else {
            continue;
        };
        // The role itself, without what it is of: "Minister" of "Minister of Finance".
        let mut core: Vec<&str> = Vec::new();
        for w in role.split_whitespace() {
            if w == "of" || w == "for" || w.starts_with('(') {
                break;
            }
            core.push(w.trim_end_matches(','));
            if w.ends_with(',') {
                break;
            }
        }
        let k = rest.len();
        if core.len() < k
            || !core[core.len() - k..]
                .iter()
                .zip(rest)
                .all(|(c, w)| c.eq_ignore_ascii_case(w))
            || core[..core.len() - k].iter().any(|w| {
                names::in_list(
                    words![
                        "acting",
                        "assistant",
                        "deputy",
                        "ex",
                        "former",
                        "junior",
                        "vice",
                    ],
                    w,
                )
            })
        {
            continue;
        }
        let last_before = p
            .mentions
            .iter()
            .map(|m| (m.sentence, m.span.start))
            .filter(|&m| m < at)
            .max();
        if let Some(m) = last_before {
            if best.is_none_or(|(_, b)| m > b) {
                best = Some((i, m));
            }
        }
    }
    best.map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentence::split;

    fn run(paras: &[&str]) -> Vec<Person> {
        let p: Vec<String> = paras.iter().map(|s| (*s).to_owned()).collect();
        people(&split(&p))
    }

    /// (paragraphs joined by " | ", expected "name [role]" list).
    const CASES: &[(&str, &[&str])] = &[
        ("Kremlin spokesman Dmitry Ivanov confirmed the report.", &["Dmitry Ivanov [Kremlin spokesman]"]),
        ("Russian President Vladimir Petrov is set to meet them.", &["Vladimir Petrov [Russian President]"]),
        ("He was arraigned before magistrate Doreen Clarke this afternoon.", &["Doreen Clarke [magistrate]"]),
        // An age in an appositive says a person; a long appositive keeps its leading role.
        ("Ananta Bijoy Das, a 33-year-old blogger who advocated secularism, was attacked.", &["Ananta Bijoy Das [33-year-old blogger who advocated secularism]"]),
        ("Police said Washiqur Rahman, a 33-year-old man, was killed.", &["Washiqur Rahman [-]"]),
        ("Ajmal Qureshi, a member of the party's central committee, said he was unhurt.", &["Ajmal Qureshi [member of the party's central committee]"]),
        // A company is not a person for saying something; a capitalised modifier stays in a role.
        ("Whole Foods said prices would fall. | Kroger-owned QFC said the same.", &[]),
        ("Pakistan-based developer Ammar Askar found the flaw.", &["Ammar Askar [Pakistan-based developer]"]),
        ("President Robert Mugabe, his wife Grace and two aides are under house arrest.", &["Robert Mugabe [President]", "Grace [his wife]"]),
        // A profession known by its ending; a company named like a general.
        ("\"Move quickly,\" said Jane Okoro, an oceanographer at the University of Leeds. | Oceanographer Okoro said the debris would float.", &["Jane Okoro [oceanographer at the University of Leeds]"]),
        ("The engines were made by CFM International, co-owned by General Electric.", &[]),
        // A speech verb before the name; a name joined by "and" to a person's.
        ("The defendant stood still, reported Teodora Vasquez of Coastal Public Radio, who was in court.", &["Teodora Vasquez [-]"]),
        ("The faction's leaders are ministers Jonathan Reed and Saviour Mandaza.", &["Jonathan Reed [-]", "Saviour Mandaza [-]"]),
        ("Prices fell, Yahoo Finance reported.", &[]),
        // A surname of two words; a place before a role is not a name.
        ("Linda Black Elk, a member of the tribe, spoke. | Black Elk said the police had changed.", &["Linda Black Elk [member of the tribe]"]),
        ("The Mandan, North Dakota, police chief, Jason Ziegler, has asserted it.", &["Jason Ziegler [police chief]"]),
        // Particles and an Arabic article inside a name, and its short forms.
        ("Sudan's president, Omar Hassan al-Bashir, was indicted. | Mr. Bashir denied the charges.", &["Omar Hassan al-Bashir [Sudan's president]"]),
        ("In the 1990s, Osama bin Laden lived in Khartoum. | In 1998, Bin Laden's agents struck.", &["Osama bin Laden [-]"]),
        ("Commission President Ursula von der Leyen spoke. | Von der Leyen said the talks would go on.", &["Ursula von der Leyen [Commission President]"]),
        ("The Dow Jones, a 100-year-old index, fell.", &[]),
        ("On March 30, Washiqur Rahman, another secular blogger who aired his outrage over the death on social media, was killed.", &["Washiqur Rahman [secular blogger]"]),
        ("It was translated by Michael Wells, the philosopher Luis de Miranda weaves a history of neon lighting as both artifact and metaphor.", &["Michael Wells [-]", "Luis de Miranda [philosopher]"]),
        // Common first names beyond the most frequent American ones; a football club is not one.
        ("The Lions roared back after Martin Kelleher was tripped and Joel Hampson stepped up to equalise.", &["Martin Kelleher [-]", "Joel Hampson [-]"]),
        ("FC Goa played more directly today. | Goa’s coach was pleased.", &[]),
        // "Sir Keir" is Sir Keir Starmer, named before in full.
        ("Sir Keir Starmer spoke at noon. | Later, Sir Keir replied to the question.", &["Keir Starmer [-]"]),
        // A body's name is not a person's, nor is a wildfire's.
        ("The California Department of Fire Protection said so. | The Zogg Fire exploded in size.", &[]),
        // A place named after someone is not a person.
        ("A 37-year-old man from George Town was arrested. | Police in Carson City said so.", &[]),
        // A day before a title is not part of the role.
        ("The spokesman told reporters Friday President Jane Roe was dismayed.", &["Jane Roe [President]"]),
        ("The women accused Pavel Orlov, governor of the Tomsk region, of lying.", &["Pavel Orlov [governor of the Tomsk region]"]),
        ("\"I thought a lot,\" Pakistan-based developer Ammar Khan wrote.", &["Ammar Khan [Pakistan-based developer]"]),
        ("Staff from the office of Communications Minister Malcolm Turner took part.", &["Malcolm Turner [Communications Minister]"]),
        ("Sen. Elizabeth Warren said the bill would pass. | Ms. Warren added that it was overdue.", &["Elizabeth Warren [Sen]"]),
        ("Eloise Parry, 21, was taken to hospital.", &["Eloise Parry [-]"]),
        ("Although Russian defense officials said the figure was final, However critics doubted it.", &[]),
        ("The Institute for the Study of War assessed that Moscow would fail.", &[]),
        ("On Monday, Maria Lopez told reporters she would run. | Lopez later withdrew.", &["Maria Lopez [-]"]),
        ("Above, the president chairs a meeting. JOHN SMITH/AFP/Getty Images", &["John Smith [photographer]"]),
        ("Ramsay and his colleague Morris W. Travers isolated three more gases.", &["Morris W. Travers [colleague]"]),
        ("Someone named Man Haron Monis seized hostages.", &["Man Haron Monis [-]"]),
        ("Putin to Meet Mothers of Soldiers Decrying War | President Vladimir Petrov spoke.", &["Vladimir Petrov [President]"]),
        ("Fighting-age men in Russia and Ukraine are hiding in Moscow.", &[]),
        ("The Scottish chemist Sir William Ramsay made a discovery.", &["William Ramsay [Scottish chemist]"]),
        ("“She loved the sea,” her mother, Claire, said in a statement.", &["Claire [her mother]"]),
        ("The boy’s father, Graham, told the inquest he had no warning.", &["Graham [The boy’s father]"]),
        ("His sister, Rosa, and a neighbour were at home.", &["Rosa [His sister]"]),
        ("Det Insp Mark Reed said inquiries were continuing.", &["Mark Reed [Det Insp]"]),
        ("The firm’s parent, Alphabet, reported higher profits.", &[]),
        // A role with what it is of, before the name (Nigerian, US and committee copy).
        ("The Minister of Finance, Budget, and National Planning, Zainab Ahmed, said the plan worked.", &["Zainab Ahmed [Minister of Finance, Budget, and National Planning]"]),
        ("The Secretary of State, Antony Blinken, arrived in Kyiv.", &["Antony Blinken [Secretary of State]"]),
        ("The chairman of the committee, John Smith, told reporters the vote would go ahead.", &["John Smith [chairman of the committee]"]),
        ("Minister of Finance Kemi Adeosun said the economy would recover.", &["Kemi Adeosun [Minister of Finance]"]),
    ];

    #[test]
    fn people_cases() {
        for (input, want) in CASES {
            let paras: Vec<&str> = input.split(" | ").collect();
            let got: Vec<String> = run(&paras)
                .iter()
                .map(|p| format!("{} [{}]", p.name, p.role.as_deref().unwrap_or("-")))
                .collect();
            assert_eq!(got, *want, "{input}");
        }
    }

    #[test]
    fn mentions_merge_surname_and_title() {
        let paras = [
            "Kremlin spokesman Dmitry Ivanov confirmed the report.".to_owned(),
            "\"We can confirm,\" Ivanov told reporters. Mr. Ivanov declined to say more."
                .to_owned(),
        ];
        let sentences = split(&paras);
        let p = people(&sentences);
        assert_eq!(p.len(), 1);
        let texts: Vec<&str> = p[0]
            .mentions
            .iter()
            .filter_map(|m| {
                sentences
                    .get(m.sentence)
                    .and_then(|s| m.span.as_str(&s.text))
            })
            .collect();
        assert_eq!(texts, vec!["Dmitry Ivanov", "Ivanov", "Mr. Ivanov"]);
    }

    #[test]
    fn no_panic_on_odd_input() {
        for s in [
            "",
            "“",
            "Mr.",
            "A B C D E F G H",
            "É É É, é, 1,2,3 ’s ’",
            ", , ,",
        ] {
            let _ = run(&[s]);
        }
    }
}
