//! Organizations: named bodies found by their head words, by fixed names, by the way news copy
//! introduces outlets, and by possessive phrases.
//!
//! * A capitalised run, extended over "of", "for", "on", "and", "the" between capitalised words
//!   ("Institute for the Study of War", "Center on Poverty and Inequality"), is an organisation
//!   when a word of it is an organisation head ("Ministry", "Institute", "News", "Party") or when
//!   it is a well-known name ("Kremlin", "Pentagon", "White House", "Reuters").
//! * A short form in brackets right after it ("(ISW)") becomes `short`, and later "ISW" / "the
//!   ISW" mentions are merged.
//! * A media outlet is also found by its cue: "the Russian newspaper X", "told X", "according to
//!   X", "X reported". Slash names stay whole ("Radio Free Europe/Radio Liberty", "RFE/RL").
//! * A possessive with a lowercase head names a body: "Russia's defense ministry",
//!   "Ukraine's foreign ministry", "France's embassy".
//! * Agencies of a photo credit in capitals ("JANE ROE/AFP/Getty Images").
//!
//! Runs that are people's names, places, nationalities or dates are not organisations.

use super::names::{self, Kind, Tok};
use crate::model::{Mention, Organization, Person, Sentence, Span};

/// Lowercase heads of a possessive body ("Russia's defense ministry").
const LOWER_HEADS: &[&str] = &[
    "ministry",
    "embassy",
    "parliament",
    "military",
    "army",
    "navy",
    "police",
    "cabinet",
    "consulate",
    "agency",
    "department",
    "office",
    "senate",
    "legislature",
    "intelligence",
    "security service",
];

/// Last words that make a capitalised run a place, not a body.
const PLACE_NOUNS: &[&str] = &[
    "square", "street", "avenue", "road", "building", "tower", "bridge", "park", "strip", "plaza",
    "district", "valley", "river", "island", "airport", "station",
];

/// Connectors that may stand inside an organisation name between capitalised words.
const CONNECTORS: &[&str] = &["of", "for", "on", "and", "&", "the", "de", "du", "des"];

/// True when `name` reads as a media outlet ("BBC News", "Reuters", "The New York Times").
pub(crate) fn is_media_name(name: &str) -> bool {
    let last = name.rsplit([' ', '/']).next().unwrap_or("");
    names::in_list(names::MEDIA_HEADS, last) || names::in_list(names::KNOWN_MEDIA, name)
}

fn span_text<'a>(text: &'a str, toks: &[Tok<'_>], a: usize, b: usize) -> (&'a str, Span) {
    if b <= a {
        return ("", Span::default());
    }
    let s = toks.get(a).map_or(0, |t| t.start);
    let e = toks.get(b - 1).map_or(0, |t| t.end);
    (text.get(s..e).unwrap_or(""), Span::new(s, e))
}

/// Extends a capitalised run over connectors followed by more capitalised words.
fn extend(toks: &[Tok<'_>], runs: &[(usize, usize)], idx: usize) -> (usize, usize, usize) {
    let Some(&(a, mut b)) = runs.get(idx) else {
        return (0, 0, idx);
    };
    let mut next = idx + 1;
    let mut prepositional = false;
    loop {
        let mut j = b;
        let mut n = 0;
        while toks
            .get(j)
            .is_some_and(|t| t.is_word() && !t.is_cap() && names::in_list(CONNECTORS, t.text))
            && n < 2
        {
            j += 1;
            n += 1;
        }
        // "and" joins inside "Center on Poverty and Inequality", not "ABC News and Reuters".
        let and = toks
            .get(b)
            .is_some_and(|t| t.text == "and" || t.text == "&");
        if and && (!prepositional || n > 1) {
            break;
        }
        prepositional |= !and;
        match runs.get(next) {
            Some(&(c, d)) if n > 0 && c == j => {
                b = d;
                next += 1;
            }
            _ => break,
        }
    }
    (a, b, next)
}

struct Org {
    name: String,
    short: Option<String>,
    mentions: Vec<Mention>,
}

fn add(orgs: &mut Vec<Org>, name: &str, short: Option<String>, m: Mention) {
    let name = name.trim();
    if name.is_empty() {
        return;
    }
    let lower = name.to_lowercase();
    let hit = orgs.iter().position(|o| {
        o.name.to_lowercase() == lower
            || o.short
                .as_deref()
                .is_some_and(|s| s.to_lowercase() == lower)
            || short.as_deref().is_some_and(|s| o.name == s)
    });
    match hit.and_then(|i| orgs.get_mut(i)) {
        Some(o) => {
            if short.is_some() && o.name.split_whitespace().count() <= 1 {
                // "ISW" seen first, then "Institute for the Study of War (ISW)".
                o.short = Some(o.name.clone());
                o.name = name.to_owned();
            } else if o.short.is_none() {
                o.short = short;
            }
            o.mentions.push(m);
        }
        None => orgs.push(Org {
            name: name.to_owned(),
            short,
            mentions: vec![m],
        }),
    }
}

/// Finds organizations and their short forms.
///
/// ```
/// use factcard_core::extract::{organization::organizations, sentence::split};
/// let s = split(&["The Institute for the Study of War (ISW) said the push stalled. The ISW added more.".into()]);
/// let o = organizations(&s, &[]);
/// assert_eq!(o[0].name, "Institute for the Study of War");
/// assert_eq!(o[0].short.as_deref(), Some("ISW"));
/// assert_eq!(o[0].mentions.len(), 3); // the name, "(ISW)" and "The ISW"
/// ```
pub fn organizations(sentences: &[Sentence], people: &[Person]) -> Vec<Organization> {
    let mut orgs: Vec<Org> = Vec::new();
    for (si, s) in sentences.iter().enumerate() {
        let text = s.text.as_str();
        let toks = names::tokenize(text);
        let is_person = |span: Span| {
            people.iter().any(|p| {
                p.mentions
                    .iter()
                    .any(|m| m.sentence == si && m.span.start < span.end && span.start < m.span.end)
            })
        };
        if let Some(c) = names::credit(&toks) {
            for (name, st, en) in c.agencies {
                add(
                    &mut orgs,
                    &name,
                    None,
                    Mention {
                        sentence: si,
                        span: Span::new(st, en),
                    },
                );
            }
        }
        let headline = names::is_title_case(&toks);
        // Possessive bodies: "Russia's defense ministry".
        for (i, t) in toks.iter().enumerate() {
            if t.kind != Kind::Poss || i == 0 {
                continue;
            }
            let Some(owner) = toks.get(i - 1) else {
                continue;
            };
            if !owner.is_cap() || names::in_list(names::FUNCTION_WORDS, owner.text) {
                continue;
            }
            let mut j = i + 1;
            while j < i + 4
                && toks.get(j).is_some_and(|w| w.is_word() && !w.is_cap())
                && !toks
                    .get(j)
                    .is_some_and(|w| names::in_list(LOWER_HEADS, w.text))
            {
                j += 1;
            }
            if j > i + 1
                && toks
                    .get(j)
                    .is_some_and(|w| names::in_list(LOWER_HEADS, w.text))
            {
                let (name, span) = span_text(text, &toks, i - 1, j + 1);
                if !is_person(span) {
                    add(&mut orgs, name, None, Mention { sentence: si, span });
                }
            }
        }
        let runs = names::cap_runs(&toks, true);
        let mut idx = 0;
        while idx < runs.len() {
            let (mut a, mut b, next) = extend(&toks, &runs, idx);
            idx = next;
            // "West Mercia police": a place and a lowercase force.
            if toks.get(b).is_some_and(|t| t.text == "police") {
                b += 1;
            }
            while a < b
                && toks.get(a).is_some_and(|t| {
                    names::in_list(names::FUNCTION_WORDS, t.text)
                        && !names::in_list(names::KNOWN_ORGS, t.text)
                })
            {
                a += 1;
            }
            if a >= b {
                continue;
            }
            let (name, span) = span_text(text, &toks, a, b);
            if is_person(span) || name.is_empty() {
                continue;
            }
            let words: Vec<&str> = toks
                .get(a..b)
                .unwrap_or(&[])
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.text)
                .collect();
            if words
                .iter()
                .all(|w| names::is_non_name_word(w) || names::in_list(names::PLACES, w))
            {
                continue;
            }
            let head = words.iter().any(|w| {
                names::in_list(names::ORG_HEADS, w) && !names::in_list(names::FUNCTION_WORDS, w)
            });
            let known = names::in_list(names::KNOWN_ORGS, name)
                || names::in_list(names::KNOWN_ORGS, &name.replace('/', " "));
            // Cues around the run.
            let before = |k: usize| {
                a.checked_sub(k)
                    .and_then(|i| toks.get(i))
                    .map_or("", |t| t.text)
            };
            let after = |k: usize| toks.get(b + k).map_or("", |t| t.text);
            let media_noun = names::in_list(names::MEDIA_NOUNS, before(1));
            let told = names::in_list(&["told", "to"], before(1))
                && (before(1) != "to" || before(2).eq_ignore_ascii_case("according"));
            let reported = names::in_list(
                &[
                    "reported",
                    "reports",
                    "reporting",
                    "reached",
                    "published",
                    "quoted",
                ],
                after(0),
            );
            let slash = name.contains('/');
            let short_paren = after(0) == "("
                && toks.get(b + 1).is_some_and(|t| t.is_all_caps())
                && after(2) == ")";
            let cue = media_noun
                || ((told || reported || slash) && (words.len() >= 2 || is_acronymish(&words)));
            let single_cue = media_noun || ((told || reported) && words.len() == 1);
            if !(head || known || cue || single_cue) {
                continue;
            }
            if headline && !known {
                continue;
            }
            if words.len() == 1 && names::in_list(names::PLACES, name) {
                continue;
            }
            // A head alone is a common noun ("Government", "Press"); a place noun last makes a
            // place ("Times Square").
            if words.len() == 1 && head && !known && !cue && !single_cue {
                continue;
            }
            if words.last().is_some_and(|w| names::in_list(PLACE_NOUNS, w)) {
                continue;
            }
            let short = short_paren.then(|| after(1).to_owned());
            add(&mut orgs, name, short, Mention { sentence: si, span });
        }
    }
    // Later mentions of a known name or short form in any sentence.
    for (si, s) in sentences.iter().enumerate() {
        let toks = names::tokenize(&s.text);
        for (a, b) in names::cap_runs(&toks, true) {
            let (name, span) = span_text(&s.text, &toks, a, b);
            let name = name.strip_prefix("The ").unwrap_or(name);
            for o in &mut orgs {
                let hit = o.name == name || o.short.as_deref() == Some(name);
                if hit
                    && !o.mentions.iter().any(|m| {
                        m.sentence == si && m.span.start <= span.end && span.start <= m.span.end
                    })
                {
                    o.mentions.push(Mention { sentence: si, span });
                }
            }
        }
    }
    let mut out: Vec<Organization> = orgs
        .into_iter()
        .map(|mut o| {
            o.mentions.sort_by_key(|m| (m.sentence, m.span.start));
            o.mentions.dedup();
            Organization {
                name: o.name,
                short: o.short,
                mentions: o.mentions,
            }
        })
        .collect();
    out.sort_by_key(|o| o.mentions.first().map(|m| (m.sentence, m.span.start)));
    out
}

/// True for a one-word name in capitals or camel case ("RFE/RL", "BuzzFeed", "TMZ").
fn is_acronymish(words: &[&str]) -> bool {
    words.len() == 1
        && words.first().is_some_and(|w| {
            w.chars().skip(1).any(char::is_uppercase)
                || w.chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::sentence::split;

    fn run(text: &str) -> Vec<String> {
        let s = split(&[text.to_owned()]);
        let p = crate::extract::person::people(&s);
        organizations(&s, &p)
            .into_iter()
            .map(|o| match o.short {
                Some(sh) => format!("{} ({sh}) x{}", o.name, o.mentions.len()),
                None => format!("{} x{}", o.name, o.mentions.len()),
            })
            .collect()
    }

    const CASES: &[(&str, &[&str])] = &[
        ("The Institute for the Study of War (ISW), a think tank, assessed it. The ISW noted more.", &["Institute for the Study of War (ISW) x3"]),
        ("Russia's defense ministry claimed on October 31 to have finished.", &["Russia's defense ministry x1"]),
        ("Spokesman Dmitry Ivanov confirmed an earlier report by the Russian newspaper Kommersant.", &["Kommersant x1"]),
        ("The mother of a soldier told BBC News that mothers would rise up.", &["BBC News x1"]),
        ("The footage was published by Radio Free Europe/Radio Liberty in March, according to RFE/RL.", &["Radio Free Europe/Radio Liberty x1", "RFE/RL x1"]),
        ("A report by Stanford University's Center on Poverty and Inequality calls that into question.", &["Stanford University x1", "Center on Poverty and Inequality x1"]),
        ("The Kremlin said on Tuesday that the meeting would go ahead.", &["Kremlin x1"]),
        ("West Mercia police said the tablets were believed to contain DNP.", &["West Mercia police x1"]),
        ("Russian President Vladimir Petrov met mothers in Moscow on Sunday.", &[]),
        ("Although Russian defense officials said so, However is not a name.", &[]),
        ("Above, a meeting outside Moscow. JOHN SMITH/SPUTNIK/AFP/Getty Images", &["Sputnik x1", "AFP x1", "Getty Images x1"]),
        ("As Mashable reports, the company announced a minimum fare.", &["Mashable x1"]),
    ];

    #[test]
    fn organization_cases() {
        for (input, want) in CASES {
            assert_eq!(run(input), *want, "{input}");
        }
    }

    #[test]
    fn no_panic_on_odd_input() {
        for s in [
            "",
            "(",
            "A (B",
            "X's",
            "’s ministry",
            "Of Of Of",
            "/ / /",
            "É's défense ministry",
        ] {
            let _ = run(s);
        }
    }
}
