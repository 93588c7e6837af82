//! Sources: who confirmed, reported, claimed, assessed or denied what.
//!
//! A source is the subject of a sourcing verb, or the object of "according to". The status comes
//! from the verb:
//!
//! | verb | status |
//! |---|---|
//! | confirmed, acknowledged, admitted, verified | `Confirmed` |
//! | reported, "according to" | `Reported` |
//! | claimed, alleged, insisted, asserted | `Claimed` |
//! | assessed, estimated, noted, concluded, predicted | `Assessed` |
//! | denied, rejected, dismissed, refuted | `Denied` |
//! | said, told, announced, stated | see below |
//!
//! Plain "said" is an on-record statement: it is `Confirmed` when a named person or organisation
//! speaks for itself, `Reported` when the speaker is a media outlet or unnamed ("officials",
//! "sources"), and `Assessed` for analysts, experts and researchers. A negated verb ("did not
//! confirm", "declined to confirm") makes no source. Subjects must be a known person or
//! organisation, a pronoun that resolves to a person, or a description with a source noun
//! ("Russian defense officials", "the report"); anything else is skipped.
//!
//! `basis` is what the source cites ("citing three unnamed sources" → "three unnamed sources");
//! `claim` is the clause after the verb ("… that X") when there is one, else the sentence.

use super::names::{self, Kind, Tok};
use super::organization::is_media_name;
use super::person;
use super::wordclass;
use super::wordset::{words, Words};
use crate::model::{Organization, Person, Sentence, Source, Span, Status};

/// Verbs that attribute a claim, with the status each gives (`None`: the status depends on who
/// speaks). Written in lower case, as they must stand in the text.
pub(crate) const STATUS_VERBS: &[(&str, Option<Status>)] = &[
    ("confirmed", Some(Status::Confirmed)),
    ("confirms", Some(Status::Confirmed)),
    ("acknowledged", Some(Status::Confirmed)),
    ("acknowledges", Some(Status::Confirmed)),
    ("admitted", Some(Status::Confirmed)),
    ("admits", Some(Status::Confirmed)),
    ("verified", Some(Status::Confirmed)),
    ("reported", Some(Status::Reported)),
    ("reports", Some(Status::Reported)),
    ("claimed", Some(Status::Claimed)),
    ("claims", Some(Status::Claimed)),
    ("alleged", Some(Status::Claimed)),
    ("alleges", Some(Status::Claimed)),
    ("insisted", Some(Status::Claimed)),
    ("insists", Some(Status::Claimed)),
    ("asserted", Some(Status::Claimed)),
    ("asserts", Some(Status::Claimed)),
    ("assessed", Some(Status::Assessed)),
    ("assesses", Some(Status::Assessed)),
    ("estimated", Some(Status::Assessed)),
    ("estimates", Some(Status::Assessed)),
    ("noted", Some(Status::Assessed)),
    ("notes", Some(Status::Assessed)),
    ("concluded", Some(Status::Assessed)),
    ("concludes", Some(Status::Assessed)),
    ("predicted", Some(Status::Assessed)),
    ("predicts", Some(Status::Assessed)),
    ("denied", Some(Status::Denied)),
    ("denies", Some(Status::Denied)),
    ("rejected", Some(Status::Denied)),
    ("rejects", Some(Status::Denied)),
    ("dismissed", Some(Status::Denied)),
    ("dismisses", Some(Status::Denied)),
    ("refuted", Some(Status::Denied)),
    ("said", None),
    ("says", None),
    ("say", None),
    ("told", None),
    ("tells", None),
    ("announced", None),
    ("announces", None),
    ("stated", None),
    ("states", None),
];

/// The status an attribution verb gives, if `t` is one (its word class says whether it may be).
fn verb_status(t: &Tok<'_>) -> Option<Option<Status>> {
    if !t.has(wordclass::STATUS_VERB) {
        return None;
    }
    STATUS_VERBS
        .iter()
        .find(|(v, _)| *v == t.text)
        .map(|&(_, s)| s)
}

static SOURCE_NOUNS: &Words = words![
    "agency",
    "analyst",
    "analysts",
    "army",
    "authorities",
    "data",
    "department",
    "diplomats",
    "expert",
    "experts",
    "government",
    "investigators",
    "lawmakers",
    "military",
    "ministry",
    "observers",
    "office",
    "official",
    "officials",
    "police",
    "prosecutors",
    "report",
    "researchers",
    "residents",
    "scientists",
    "source",
    "sources",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "statement",
    "study",
    "survey",
    "witnesses",
];

static ASSESSORS: &Words = words![
    "analyst",
    "analysts",
    "economists",
    "expert",
    "experts",
    "observers",
    "report",
    "researchers",
    "scientists",
    "study",
    "survey",
];

fn text_of(text: &str, toks: &[Tok<'_>], a: usize, b: usize) -> (String, Span) {
    if b <= a {
        return (String::new(), Span::default());
    }
    let s = toks.get(a).map_or(0, |t| t.start);
    let e = toks.get(b - 1).map_or(0, |t| t.end);
    (text.get(s..e).unwrap_or("").to_owned(), Span::new(s, e))
}

/// What a subject phrase names: (display name, is a named entity, is media).
fn name_of(
    si: usize,
    span: Span,
    phrase: &str,
    people: &[Person],
    orgs: &[Organization],
    media: &[bool],
) -> Option<(String, bool, bool)> {
    // The person (else the organization) named last in the phrase, and where: a noun phrase's
    // head comes last, so in "Senate spokesman John Roe" it is Roe.
    let inside = |m: &crate::model::Mention| {
        m.sentence == si && m.span.start < span.end && span.start < m.span.end
    };
    // Where the last of `mentions` inside the phrase ends (0 for none).
    let last_end = |mentions: &[crate::model::Mention]| {
        let mut end = 0;
        for m in mentions {
            if inside(m) {
                end = end.max(m.span.end);
            }
        }
        end
    };
    let mut end = 0;
    let mut name: Option<(&str, bool)> = None;
    for p in people {
        let e = last_end(&p.mentions);
        if e > end {
            (end, name) = (e, Some((p.name.as_str(), false)));
        }
    }
    if name.is_none() {
        for (i, o) in orgs.iter().enumerate() {
            let e = last_end(&o.mentions);
            if e > end {
                (end, name) = (
                    e,
                    Some((o.name.as_str(), media.get(i).copied().unwrap_or(false))),
                );
            }
        }
    }
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if let Some((name, is_media)) = name {
        // A name that only qualifies the speakers ("Obama administration officials", "Pentagon
        // officials") is not who spoke: the officials are, unnamed.
        let tail = phrase.get(end.saturating_sub(span.start)..).unwrap_or("");
        if !tail
            .split_whitespace()
            .any(|w| names::in_list(SOURCE_NOUNS, w))
        {
            return Some((name.to_owned(), true, is_media));
        }
    }
    // "the minister": the person named before with that role.
    if let Some(p) =
        person::role_holder(people, (si, span.start), &words).and_then(|i| people.get(i))
    {
        return Some((p.name.clone(), true, false));
    }
    if words.iter().any(|w| names::in_list(SOURCE_NOUNS, w)) && words.len() <= 6 {
        return Some((phrase.to_owned(), false, false));
    }
    None
}

/// Finds who confirmed, reported, claimed, assessed or denied what.
///
/// ```
/// use factcard_core::extract::{organization::organizations, person::people, source::sources, sentence::split};
/// use factcard_core::Status;
/// let s = split(&["The ministry's rival, the Daily News, citing two unnamed sources, said the deal was done.".into(),
///                 "Spokesman John Roe denied that the talks had failed.".into()]);
/// let p = people(&s);
/// let o = organizations(&s, &p);
/// let src = sources(&s, &p, &o);
/// assert_eq!(src[0].basis.as_deref(), Some("two unnamed sources"));
/// assert_eq!(src[1].name, "John Roe");
/// assert_eq!(src[1].status, Status::Denied);
/// ```
pub fn sources(sentences: &[Sentence], people: &[Person], orgs: &[Organization]) -> Vec<Source> {
    sources_with(sentences, people, orgs, &names::tokenize_all(sentences))
}

/// [`sources`], given the tokens of every sentence.
pub(crate) fn sources_with(
    sentences: &[Sentence],
    people: &[Person],
    orgs: &[Organization],
    toks_all: &[Vec<Tok<'_>>],
) -> Vec<Source> {
    // An outlet is media by its name or by a cue at any mention ("the newspaper X").
    let mut media: Vec<bool> = Vec::with_capacity(orgs.len());
    for o in orgs {
        media.push(
            is_media_name(&o.name)
                || o.mentions.iter().any(|m| {
                    sentences.get(m.sentence).is_some_and(|s| {
                        let before = s.text.get(..m.span.start).unwrap_or("");
                        let last = before.split_whitespace().last().unwrap_or("");
                        names::in_list(names::MEDIA_NOUNS, last)
                    })
                }),
        );
    }
    let mut out: Vec<Source> = Vec::new();
    for (si, (s, toks)) in sentences.iter().zip(toks_all).enumerate() {
        let text = s.text.as_str();
        // "citing X" gives the basis of the sentence's source.
        let basis = toks.iter().position(|t| t.text == "citing").map(|c| {
            let mut e = c + 1;
            while toks
                .get(e)
                .is_some_and(|t| !matches!(t.text, "," | "." | ";" | ")"))
            {
                e += 1;
            }
            text_of(text, toks, c + 1, e).0
        });
        let basis = basis.filter(|b| !b.is_empty());
        for (vi, v) in toks.iter().enumerate() {
            if v.kind != Kind::Word || v.is_cap() {
                continue;
            }
            let according =
                v.text == "according" && toks.get(vi + 1).is_some_and(|t| t.text == "to");
            let Some(status) = verb_status(v).or(according.then_some(Some(Status::Reported)))
            else {
                continue;
            };
            let prev = vi
                .checked_sub(1)
                .and_then(|i| toks.get(i))
                .map_or("", |t| t.text);
            let prev2 = vi
                .checked_sub(2)
                .and_then(|i| toks.get(i))
                .map_or("", |t| t.text);
            let negated = names::in_list(
                words![
                    "didn't", "doesn't", "don't", "hasn't", "haven't", "never", "not", "won't",
                    "wouldn't",
                ],
                prev,
            ) || (prev == "to"
                && names::in_list(words!["declined", "failed", "not", "refused"], prev2));
            if negated {
                continue;
            }
            // The subject: the phrase before the verb, over a ", citing …," aside; for
            // "according to X", the phrase after.
            let (a, b) = if according {
                let a = vi + 2;
                (a, names::np_forward(toks, a, 8))
            } else {
                let mut end = vi;
                // Step back over auxiliaries and adverbs: "Roe has also said".
                while end > 0
                    && toks.get(end - 1).is_some_and(|t| {
                        names::in_list(
                            words![
                                "again",
                                "already",
                                "also",
                                "angrily",
                                "categorically",
                                "earlier",
                                "emphatically",
                                "firmly",
                                "flatly",
                                "formally",
                                "had",
                                "has",
                                "have",
                                "immediately",
                                "initially",
                                "later",
                                "officially",
                                "openly",
                                "previously",
                                "privately",
                                "publicly",
                                "quickly",
                                "repeatedly",
                                "reportedly",
                                "separately",
                                "strenuously",
                                "strongly",
                                "swiftly",
                                "vehemently",
                            ],
                            t.text,
                        )
                    })
                {
                    end -= 1;
                }
                // Step back over asides: ", a think tank," and "(ISW)".
                for _ in 0..3 {
                    let last = end
                        .checked_sub(1)
                        .and_then(|i| toks.get(i))
                        .map_or("", |t| t.text);
                    let open = match last {
                        "," => ",",
                        ")" => "(",
                        _ => break,
                    };
                    match (end.saturating_sub(15)..end.saturating_sub(1))
                        .rev()
                        .find(|&k| toks.get(k).is_some_and(|t| t.is(open)))
                    {
                        Some(c) => end = c,
                        None => break,
                    }
                }
                // Leave out a time between subject and verb: "the ISW assessed last week".
                (names::np_back(toks, end, 6), end)
            };
            if b <= a {
                continue;
            }
            let (phrase, span) = text_of(text, toks, a, b);
            let pron = if b == a + 1 {
                toks.get(a).and_then(|t| names::pronoun(t.text))
            } else {
                None
            };
            let named = match pron {
                Some(g) => g
                    .and_then(|g| {
                        let at = (si, span.start);
                        person::antecedent(people, sentences, at, Some(g), &|_, _| false)
                    })
                    .and_then(|i| people.get(i))
                    .map(|p| (p.name.clone(), true, false)),
                None => name_of(si, span, &phrase, people, orgs, &media),
            };
            let Some((name, is_named, is_media)) = named else {
                continue;
            };
            let status = match status {
                Some(st) => st,
                None if is_media => Status::Reported,
                None if phrase
                    .split_whitespace()
                    .any(|w| names::in_list(ASSESSORS, w)) =>
                {
                    Status::Assessed
                }
                None if is_named => Status::Confirmed,
                None => Status::Reported,
            };
            // The claim: the clause after "that", else what follows the verb, else the sentence.
            let after = if according { b } else { vi + 1 };
            let that = (after..(after + 5).min(toks.len()))
                .find(|&k| toks.get(k).is_some_and(|t| t.text == "that"));
            let from = that.map_or(after, |k| k + 1);
            let rest_end = toks.len() - usize::from(toks.last().is_some_and(|t| t.is(".")));
            let (rest, _) = text_of(text, toks, from, rest_end);
            let rest = rest.trim_start_matches([',', ' ']);
            // After "told" comes the listener, and after a quotation the claim is the quotation:
            // both read best as the whole sentence.
            let quoted = toks
                .get(..a)
                .unwrap_or(&[])
                .iter()
                .any(|t| names::is_quote_mark(t.text));
            let told = names::in_list(&["told", "tells"], v.text);
            let claim = if rest.split_whitespace().nth(3).is_some() && !quoted && !told {
                rest.to_owned()
            } else {
                text.to_owned()
            };
            if out.iter().any(|o| o.sentence == Some(si) && o.name == name) {
                continue;
            }
            out.push(Source {
                name,
                status,
                basis: if according { None } else { basis.clone() },
                claim,
                sentence: Some(si),
                span: Some(span),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{organization::organizations, person::people, sentence::split};

    fn run(text: &str) -> Vec<String> {
        let paras: Vec<String> = text.split(" | ").map(str::to_owned).collect();
        let s = split(&paras);
        let p = people(&s);
        let o = organizations(&s, &p);
        sources(&s, &p, &o)
            .into_iter()
            .map(|x| {
                format!(
                    "{} {:?}{}",
                    x.name,
                    x.status,
                    x.basis.map(|b| format!(" [{b}]")).unwrap_or_default()
                )
            })
            .collect()
    }

    const CASES: &[(&str, &[&str])] = &[
        ("Kremlin spokesman Dmitry Ivanov confirmed an earlier report by the Russian newspaper Kommersant.", &["Dmitry Ivanov Confirmed"]),
        // A name before the speakers only qualifies them; the last name in the phrase is its head.
        ("The government plans to lift trade sanctions, Obama administration officials said late Thursday.", &["Obama administration officials Reported"]),
        ("Boris Johnson spoke. | Johnson’s spokesman said the prime minister complied with the rules.", &["Johnson’s spokesman Reported"]),
        ("President Vladimir Putin spoke. | Putin spokesman Dmitry Peskov confirmed the meeting.", &["Dmitry Peskov Confirmed"]),
        ("Kommersant, citing three unnamed government sources, said that the event would be timed to the holiday. | The paper Kommersant is read widely.", &["Kommersant Reported [three unnamed government sources]"]),
        ("The Institute for the Study of War (ISW) assessed last week that citizens are turning to social media.", &["Institute for the Study of War Assessed"]),
        ("Russia's defense ministry claimed on October 31 to have completed its mobilization.", &["Russia's defense ministry Claimed"]),
        ("The Kremlin said on Tuesday that the president would meet the mothers.", &["Kremlin Confirmed"]),
        ("Spokesman John Roe spoke. | He didn't confirm when or where the meeting would be held.", &[]),
        ("The ministry denied that any troops had crossed the border.", &["The ministry Denied"]),
        ("The ministry strongly denied that any troops had crossed the border.", &["The ministry Denied"]),
        ("The exchange took place in the city, according to RFE/RL.", &["RFE/RL Reported"]),
        ("Although Russian defense officials said some reservists would be called up, the figure was not disclosed.", &["Russian defense officials Reported"]),
        ("Newsweek reached out to Russia's foreign ministry for comment.", &[]),
        ("Spokesman John Roe spoke. | Roe has said that about 80 citizens have been deployed so far.", &["John Roe Confirmed"]),
        ("Analysts say the economy will shrink by a tenth this year.", &["Analysts Assessed"]),
        // "the minister": the person named before with that role (see `person::role_holder`).
        ("The Minister of Finance, Kemi Adeosun, spoke in Abuja. | The minister said the funds would be released next week.", &["Kemi Adeosun Confirmed"]),
    ];

    #[test]
    fn source_cases() {
        for (input, want) in CASES {
            assert_eq!(run(input), *want, "{input}");
        }
    }

    #[test]
    fn no_panic_on_odd_input() {
        for s in [
            "",
            "said",
            ", said",
            "according to",
            "citing",
            "É said é, citing",
            "he confirmed",
        ] {
            let _ = run(s);
        }
    }
}
