//! Key points: the sentences that carry the story, chosen extractively.
//!
//! Each body sentence gets a score from
//!
//! * **position** — news puts the story first: the lead sentences score highest, decaying after;
//! * **fact density** — events, figures, quotes and sources that point at the sentence, and the
//!   distinct people and organisations mentioned in it;
//! * **centrality** — overlap of its content words with the headline (or a title-case first line)
//!   and the lead sentence.
//!
//! Sentences that cannot stand as a point are left out: photo credits and captions with names in
//! capitals, title-case headlines, lines of fewer than eight words, questions, boilerplate ("reached
//! out … for comment", "contributed to this report"); a sentence that is mostly a quotation is
//! penalised. The best `max` (at most 5) are returned in reading order.

use super::foldset::FoldSet;
use super::names::{self, Tok};
use super::wordset::{words, Words as WordList};
use crate::extract::charclass::StrCase;
use crate::model::{FactSheet, KeyPoint, Sentence};

static BOILERPLATE: &WordList = words![
    "all rights reserved",
    "click here",
    "contributed to this report",
    "declined to comment",
    "did not immediately respond",
    "did not respond",
    "first published",
    "follow us",
    "for comment",
    "reached out",
    "read more",
    "sign up",
    "subscribe",
    "this story has been updated",
];

type Words<'a> = FoldSet<'a>;

/// The distinct content words (longer than three bytes, not function words) of a sentence.
fn content_words<'a>(toks: &[Tok<'a>]) -> Words<'a> {
    // Sized for every token at once: growing the set rehashes it.
    let mut words = Words::with_capacity(toks.len());
    words.extend(
        toks.iter()
            .filter(|t| t.is_word() && t.text.len() > 3 && !t.has(super::wordclass::FUNCTION))
            .map(|t| t.text),
    );
    words
}

/// True for boilerplate ("reached out … for comment", "sign up").
fn is_boilerplate(text: &str) -> bool {
    let lower = if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.lowercase()
    };
    let lower = lower.as_bytes();
    let seen = Pairs::of(lower);
    BOILERPLATE
        .iter()
        .any(|b| seen.may_hold(b.as_bytes()) && has_phrase(lower, b.as_bytes()))
}

/// The byte pairs of a text, as bits of a 256-bit set: a phrase one of whose pairs is missing
/// does not occur in it, which most sentences show without a scan.
struct Pairs([u64; 4]);

impl Pairs {
    fn bit(p: &[u8]) -> usize {
        match p {
            [a, b, ..] => (usize::from(*a) * 31 + usize::from(*b)) & 255,
            _ => 0,
        }
    }

    fn of(text: &[u8]) -> Pairs {
        let mut set = [0u64; 4];
        for p in text.windows(2) {
            let k = Pairs::bit(p);
            if let Some(w) = set.get_mut(k >> 6) {
                *w |= 1 << (k & 63);
            }
        }
        Pairs(set)
    }

    fn may_hold(&self, phrase: &[u8]) -> bool {
        phrase.windows(2).all(|p| {
            let k = Pairs::bit(p);
            self.0.get(k >> 6).is_some_and(|w| w & (1 << (k & 63)) != 0)
        })
    }
}

/// True when `phrase` occurs in `text`, by a plain scan: smaller in WebAssembly than the general
/// `str::contains`, and run only when [`Pairs`] could not rule the phrase out.
fn has_phrase(text: &[u8], phrase: &[u8]) -> bool {
    let Some(&first) = phrase.first() else {
        return true;
    };
    let mut rest = text;
    while let Some(i) = rest.iter().position(|&b| b == first) {
        let tail = rest.get(i..).unwrap_or_default();
        if tail.starts_with(phrase) {
            return true;
        }
        rest = tail.get(1..).unwrap_or_default();
    }
    false
}

/// Chooses up to `max` sentences that carry the story, in reading order.
///
/// ```
/// use factcard_core::{extract, Article, Options};
/// let a = Article::from_text("Officials said on Tuesday that 300 people were evacuated from the flooded town.\n\
///     Rescue teams worked through the night to reach villages cut off by the river.\n\
///     Newsweek reached out to the ministry for comment.");
/// let sheet = extract(&a, &Options::default()).unwrap();
/// assert!(sheet.key_points.iter().all(|k| !k.text.contains("for comment")));
/// ```
pub fn key_points(sheet: &FactSheet, max: usize) -> Vec<KeyPoint> {
    let toks = names::tokenize_all(&sheet.sentences);
    key_points_with(sheet, &sheet.sentences, &toks, max)
}

/// [`key_points`] for the `sentences` and their tokens, computed once per extraction; the
/// sheet's own `sentences` are not read, so the extraction can move them in afterwards.
pub(crate) fn key_points_with(
    sheet: &FactSheet,
    sentences: &[Sentence],
    toks_all: &[Vec<Tok<'_>>],
    max: usize,
) -> Vec<KeyPoint> {
    let max = max.min(5);
    let n = sentences.len();
    let mut facts = vec![0.0f64; n];
    let mut bump = |i: Option<usize>, w: f64| {
        if let Some(f) = i.and_then(|i| facts.get_mut(i)) {
            *f += w;
        }
    };
    for e in &sheet.events {
        bump(e.sentence, 1.0);
    }
    for f in &sheet.figures {
        bump(f.sentence, 1.0);
    }
    for q in &sheet.quotes {
        bump(q.sentence, 0.5);
    }
    for s in &sheet.sources {
        bump(s.sentence, 1.0);
    }
    // The distinct people and organizations named in each sentence (a few at most, so a list).
    let mut entities: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut name = |sentence: usize, entity: usize| {
        if let Some(set) = entities.get_mut(sentence) {
            if !set.contains(&entity) {
                set.push(entity);
            }
        }
    };
    for (k, p) in sheet.people.iter().enumerate() {
        for m in &p.mentions {
            name(m.sentence, k);
        }
    }
    for (k, o) in sheet.organizations.iter().enumerate() {
        for m in &o.mentions {
            name(m.sentence, 10_000 + k);
        }
    }
    // A paragraph holding a photo credit is a caption: none of its sentences is a point.
    let mut credited: Vec<bool> = Vec::with_capacity(n);
    // A few paragraphs at most: a list, which spares a second hash-set type.
    let mut captions: Vec<usize> = Vec::new();
    for (s, t) in sentences.iter().zip(toks_all) {
        let credit = names::credit(t).is_some();
        credited.push(credit);
        if credit {
            captions.push(s.paragraph);
        }
    }
    // Which sentences can be points at all.
    let mut usable: Vec<bool> = Vec::with_capacity(n);
    for ((s, toks), credit) in sentences.iter().zip(toks_all).zip(&credited) {
        let words = toks
            .iter()
            .filter(|t| t.is_word() || t.kind == names::Kind::Num)
            .count();
        usable.push(
            words >= 8
                && !captions.contains(&s.paragraph)
                && !s.text.trim_end().ends_with('?')
                && !names::is_title_case(toks)
                && !credit
                && !toks
                    .windows(2)
                    .any(|w| w.iter().all(|t| t.is_all_caps() && t.text.len() > 3))
                && !is_boilerplate(&s.text),
        );
    }
    // The topic: the headline, else a title-case first line, plus the first usable sentence.
    let headline = names::tokenize(sheet.meta.headline.as_deref().unwrap_or(""));
    let mut topic = content_words(&headline);
    if let Some(first) = toks_all.first() {
        if names::is_title_case(first) {
            topic.extend(content_words(first).iter());
        }
    }
    if let Some(lead) = toks_all.iter().zip(&usable).find(|(_, u)| **u) {
        topic.extend(content_words(lead.0).iter());
    }
    let mut scored: Vec<(f64, usize)> = Vec::new();
    let mut rank = 0usize;
    for (i, s) in sentences.iter().enumerate() {
        if !usable.get(i).copied().unwrap_or(false) {
            continue;
        }
        let position = 3.0 / (1.0 + rank as f64);
        rank += 1;
        let words = content_words(toks_all.get(i).map_or(&[], Vec::as_slice));
        let overlap = if words.is_empty() {
            0.0
        } else {
            words.iter().filter(|w| topic.contains(w)).count() as f64 / (words.len() as f64).sqrt()
        };
        let density =
            facts.get(i).copied().unwrap_or(0.0) + 0.5 * entities.get(i).map_or(0, Vec::len) as f64;
        let quoted: usize = {
            let mut inside = false;
            let mut count = 0;
            for c in s.text.chars() {
                if matches!(c, '"' | '“' | '”') {
                    inside = !inside;
                } else if inside {
                    count += 1;
                }
            }
            count
        };
        let quote_penalty = if quoted * 2 > super::charclass::char_count(&s.text) {
            2.0
        } else {
            0.0
        };
        let score = position + density.min(4.0) + overlap - quote_penalty;
        scored.push((score, i));
    }
    // Highest score first; `scored` is in sentence order, so equal scores keep the earlier one.
    let best = super::order::order(scored.iter().map(|s| [!super::order::f64_key(s.0), 0, 0]));
    let mut chosen = vec![false; n];
    for &i in best.iter().take(max) {
        if let Some(c) = scored.get(i).and_then(|s| chosen.get_mut(s.1)) {
            *c = true;
        }
    }
    let mut points = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        if chosen.get(i).copied().unwrap_or(false) {
            points.push(KeyPoint {
                text: s.text.clone(),
                sentence: Some(i),
            });
        }
    }
    points
}

#[cfg(test)]
mod tests {
    use crate::{extract, Article, Options};

    fn points(text: &str, max: usize) -> Vec<String> {
        let a = Article::from_text(text);
        let sheet = extract(
            &a,
            &Options {
                max_key_points: max,
                ..Options::default()
            },
        )
        .unwrap_or_default();
        sheet.key_points.into_iter().map(|k| k.text).collect()
    }

    /// (article lines joined by " | ", a sentence that must not be a point).
    const EXCLUDED: &[(&str, &str)] = &[
        ("Officials said on Tuesday that 300 people were evacuated from the flooded town. | Above, rescuers carry a woman through the water near the river bank. JOHN SMITH/AFP/Getty Images | Rescue teams worked through the night to reach the villages cut off by the river.", "JOHN SMITH"),
        ("Officials said on Tuesday that 300 people were evacuated from the flooded town. | Newsweek reached out to the regional government for comment. | Rescue teams worked through the night to reach the villages.", "for comment"),
        ("Officials said on Tuesday that 300 people were evacuated from the flooded town. | What happens to the families who lost their homes in the flood now? | Rescue teams worked through the night to reach the villages.", "?"),
        ("Flood Forces Hundreds From Their Homes In Northern Town | Officials said on Tuesday that 300 people were evacuated from the flooded town.", "Hundreds"),
    ];

    #[test]
    fn excluded_cases() {
        for (input, bad) in EXCLUDED {
            let text = input.replace(" | ", "\n");
            let got = points(&text, 4);
            assert!(!got.is_empty(), "{input}");
            assert!(got.iter().all(|p| !p.contains(bad)), "{input}: {got:?}");
        }
    }

    #[test]
    fn reading_order_and_max() {
        let text = (1..=9)
            .map(|i| {
                format!("Sentence number {i} tells the reader about the flood in the valley town.")
            })
            .collect::<Vec<_>>()
            .join("\n");
        let got = points(&text, 3);
        assert_eq!(got.len(), 3);
        let mut sorted = got.clone();
        sorted.sort();
        assert_eq!(got, sorted);
        assert!(points(&text, 9).len() <= 5);
    }

    /// The seed article through the whole pipeline, checked against its hand gold.
    #[test]
    fn seed_article_against_gold() {
        let text = include_str!("../../../../tests/fixtures/seed/article.txt");
        let gold: serde_json::Value =
            serde_json::from_str(include_str!("../../../../tests/fixtures/seed/gold.json"))
                .unwrap();
        let options = Options {
            published: crate::Date::parse_iso("2022-11-22"),
            ..Options::default()
        };
        let sheet = extract(&Article::from_text(text), &options).unwrap();
        for p in gold["people"].as_array().unwrap() {
            let name = p["name"].as_str().unwrap();
            let found = sheet.people.iter().find(|x| x.name == name);
            let found = found.unwrap_or_else(|| panic!("person {name}"));
            let role = found.role.as_deref().unwrap_or("");
            let want = p["role"].as_str().unwrap();
            assert!(
                want.starts_with(role) && !role.is_empty(),
                "{name}: {role} vs {want}"
            );
        }
        for o in gold["organizations"].as_array().unwrap() {
            let name = o.as_str().unwrap();
            assert!(
                sheet.organizations.iter().any(|x| x.name == name),
                "org {name}"
            );
        }
        for q in gold["quotes"].as_array().unwrap() {
            let text = q["text"].as_str().unwrap();
            let speaker = q["speaker"].as_str().unwrap();
            let found = sheet.quotes.iter().find(|x| x.text.starts_with(text));
            let found = found.unwrap_or_else(|| panic!("quote {text}"));
            let got = found.speaker.as_deref().unwrap_or("");
            assert!(
                !got.is_empty() && speaker.starts_with(got),
                "{text}: {got} vs {speaker}"
            );
        }
        assert_eq!(sheet.quotes.len(), gold["quotes"].as_array().unwrap().len());
        assert!((3..=5).contains(&sheet.key_points.len()));
    }

    proptest::proptest! {
        /// The pair filter and the scan agree with `str::contains` on every phrase.
        #[test]
        fn boilerplate_is_a_substring_test(p in "[a-zA-Z .,É日]{0,40}|((reached|out|for|comment|sign|up|Subscribe|read|more|design|clicks|here|x|,) ){0,10}") {
            let lower = if p.is_ascii() {
                p.to_ascii_lowercase()
            } else {
                crate::extract::charclass::StrCase::lowercase(p.as_str())
            };
            let scan = super::BOILERPLATE.iter().any(|b| lower.contains(b));
            proptest::prop_assert_eq!(super::is_boilerplate(&p), scan);
        }
    }
}
