//! Extraction: from an [`Article`] to a [`FactSheet`], one concept per module.
//!
//! The order matters: sentences first; people and organizations before quotes and sources, which
//! resolve speakers against them; key points last, as they weigh the facts found in each sentence.

pub mod charclass;
pub mod date;
pub mod figure;
pub(crate) mod foldset;
pub(crate) mod lexicon;
pub(crate) mod names;
pub mod order;
pub mod organization;
pub mod person;
pub mod quote;
pub mod sentence;
pub mod source;
pub mod summary;
pub mod text;
pub(crate) mod token;
pub(crate) mod wordclass;
pub(crate) mod wordset;

use crate::article::{Article, Options};
use crate::error::{Error, Result};
use crate::model::{FactSheet, Meta, Sentence, SCHEMA};

/// Sorts mentions into reading order, for people and organizations alike.
pub(crate) fn sort_mentions(mentions: &mut [crate::model::Mention]) {
    order::sort_by_key(mentions, |m| {
        [m.sentence as u64, m.span.start as u64, m.span.end as u64]
    });
}

/// The sort key of an entity by its first mention: in reading order, with no mention first.
pub(crate) fn first_mention_key(mentions: &[crate::model::Mention]) -> order::Key {
    mentions
        .first()
        .map_or([0; 3], |m| [1, m.sentence as u64, m.span.start as u64])
}

/// Extracts the key facts of an article.
///
/// Pure and deterministic: the same article and options always give the same FactSheet, and
/// relative dates are resolved against `options.published`, never against a clock. The only error
/// is an article with no text; text that no rule recognises simply yields fewer facts.
///
/// It runs [`Steps`] from first to last; a caller that must give its thread back now and then
/// (the card, on a browser's main thread) runs them itself.
pub fn extract(article: &Article, options: &Options) -> Result<FactSheet> {
    let sentences = sentences(article)?;
    let mut steps = Steps::new(article, &sentences, options);
    while !steps.step() {}
    let mut sheet = steps.into_sheet();
    sheet.sentences = sentences;
    Ok(sheet)
}

/// The article's sentences, where extraction starts: [`Steps`] reads them.
///
/// The only error is an article with no text.
pub fn sentences(article: &Article) -> Result<Vec<Sentence>> {
    if article.is_empty() {
        return Err(Error::EmptyArticle);
    }
    Ok(sentence::split(&article.paragraphs))
}

/// How much sentence text one step reads for dates and figures, in bytes: the one stage done
/// sentence by sentence, so a long article's is split over several steps.
const FACTS_STEP_BYTES: usize = 16 * 1024;

/// Extraction in steps, each a bounded part of the work, for a caller that gives its thread back
/// between them (in a browser, the main thread is the page's: a long article's extraction must
/// not hold it for one long task). [`extract`] runs them all; so does a caller, with
/// [`Steps::step`] until it returns true, then [`Steps::into_sheet`], and moves the sentences
/// into the sheet. The sheet is the same however the steps are spread.
pub struct Steps<'s> {
    sentences: &'s [Sentence],
    /// Every sentence's tokens, shared by the stages.
    toks: Vec<Vec<names::Tok<'s>>>,
    /// The sheet as far as the steps have built it (its sentences come in last).
    sheet: FactSheet,
    max_key_points: usize,
    next: Next,
}

/// The step [`Steps::step`] does next.
#[derive(Clone, Copy)]
enum Next {
    Tokens,
    People,
    Organizations,
    /// Dates and figures, from this sentence on.
    Facts(usize),
    Sources,
    Quotes,
    KeyPoints,
    Done,
}

impl<'s> Steps<'s> {
    /// The steps of extracting `article`, whose sentences are `sentences` (see [`sentences`]).
    pub fn new(article: &Article, sentences: &'s [Sentence], options: &Options) -> Self {
        // A hand-built `Date` outside the calendar `Date::new` accepts is treated as unknown, so
        // the sheet always reads back from its own JSON.
        let published = options
            .published
            .filter(|d| crate::Date::new(d.year, d.month, d.day).is_some());
        Steps {
            sentences,
            toks: Vec::new(),
            sheet: FactSheet {
                schema: SCHEMA.to_owned(),
                meta: Meta {
                    headline: article.headline.clone(),
                    published,
                    byline: article.byline.clone(),
                },
                ..FactSheet::default()
            },
            max_key_points: options.max_key_points,
            next: Next::Tokens,
        }
    }

    /// Does the next step; true once the last is done (and on every call after).
    ///
    /// The order matters: people and organizations come before quotes and sources, which resolve
    /// speakers against them; key points last, as they weigh the facts found in each sentence.
    pub fn step(&mut self) -> bool {
        let sentences = self.sentences;
        let sheet = &mut self.sheet;
        self.next = match self.next {
            Next::Tokens => {
                self.toks = names::tokenize_all(sentences);
                Next::People
            }
            Next::People => {
                sheet.people = person::people_with(sentences, &self.toks);
                Next::Organizations
            }
            Next::Organizations => {
                sheet.organizations =
                    organization::organizations_with(sentences, &sheet.people, &self.toks);
                Next::Facts(0)
            }
            Next::Facts(from) => {
                // Dates and figures share each sentence's tokens and date expressions.
                let mut si = from;
                let mut read = 0;
                while si < sentences.len() && read < FACTS_STEP_BYTES {
                    let text = sentences[si].text.as_str();
                    let t = token::tokenize_with(text, &self.toks[si]);
                    let found = date::find(text, &t);
                    let published = sheet.meta.published;
                    date::events_in(si, text, &t, &found, published, &mut sheet.events);
                    figure::in_sentence_with(text, si, &t, &found, &mut sheet.figures);
                    read += text.len();
                    si += 1;
                }
                if si < sentences.len() {
                    Next::Facts(si)
                } else {
                    Next::Sources
                }
            }
            Next::Sources => {
                sheet.sources = source::sources_with(
                    sentences,
                    &sheet.people,
                    &sheet.organizations,
                    &self.toks,
                );
                Next::Quotes
            }
            Next::Quotes => {
                sheet.quotes = quote::quotes_with_tokens(
                    sentences,
                    &sheet.people,
                    &sheet.organizations,
                    &self.toks,
                );
                Next::KeyPoints
            }
            Next::KeyPoints => {
                sheet.key_points =
                    summary::key_points_with(sheet, sentences, &self.toks, self.max_key_points);
                Next::Done
            }
            Next::Done => Next::Done,
        };
        matches!(self.next, Next::Done)
    }

    /// The fact sheet, once [`Steps::step`] has returned true, but for its `sentences`: the
    /// steps only borrow them, so the caller moves them in (`sheet.sentences = sentences`).
    pub fn into_sheet(self) -> FactSheet {
        self.sheet
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Date;

    /// A real paragraph (from the seed article) with its date and figure made unique per copy.
    fn long_article(copies: usize) -> Article {
        let text: Vec<String> = (0..copies)
            .map(|i| {
                format!(
                    "Vedomosti, citing three unnamed Kremlin sources, said on November {} that \
                     {} mothers would attend the meeting.",
                    1 + i % 28,
                    100 + i
                )
            })
            .collect();
        Article::from_text(&text.join("\n"))
    }

    #[test]
    fn a_long_article_takes_several_steps_and_keeps_every_fact() {
        let article = long_article(600);
        let options = Options {
            published: Date::new(2022, 11, 30),
            ..Options::default()
        };
        let sentences = sentences(&article).unwrap();
        let bytes: usize = sentences.iter().map(|s| s.text.len()).sum();
        let mut steps = Steps::new(&article, &sentences, &options);
        let mut count = 1;
        while !steps.step() {
            count += 1;
        }
        // Tokens, people, organizations, sources, quotes and key points: one step each; dates
        // and figures one per FACTS_STEP_BYTES of text at most, plus the sentence that crosses.
        assert!(bytes > 3 * FACTS_STEP_BYTES, "{bytes}");
        assert!(count >= 6 + bytes / FACTS_STEP_BYTES, "{count} steps");
        assert!(steps.step(), "done stays done");
        let mut sheet = steps.into_sheet();
        sheet.sentences = sentences;
        // Every copy's facts, the last ones too (each copy says the same, on its own date).
        let one = extract(&long_article(1), &options).unwrap();
        assert!(!one.events.is_empty() && !one.figures.is_empty());
        assert_eq!(sheet.events.len(), 600 * one.events.len());
        assert_eq!(sheet.figures.len(), 600 * one.figures.len());
        assert_eq!(sheet.sentences.len(), 600);
    }

    #[test]
    fn an_empty_article_has_no_sentences_to_step_through() {
        assert!(matches!(
            sentences(&Article::from_text(" \n ")),
            Err(Error::EmptyArticle)
        ));
    }
}
