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
use crate::model::{FactSheet, Meta, SCHEMA};

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
pub fn extract(article: &Article, options: &Options) -> Result<FactSheet> {
    if article.is_empty() {
        return Err(Error::EmptyArticle);
    }
    let sentences = sentence::split(&article.paragraphs);
    let toks = names::tokenize_all(&sentences);
    let people = person::people_with(&sentences, &toks);
    let organizations = organization::organizations_with(&sentences, &people, &toks);
    // A hand-built `Date` outside the calendar `Date::new` accepts is treated as unknown, so the
    // sheet always reads back from its own JSON.
    let published = options
        .published
        .filter(|d| crate::Date::new(d.year, d.month, d.day).is_some());
    // Dates and figures share each sentence's tokens and date expressions.
    let mut events = Vec::new();
    let mut figures = Vec::new();
    for (si, (s, known)) in sentences.iter().zip(&toks).enumerate() {
        let text = s.text.as_str();
        let t = token::tokenize_with(text, known);
        let found = date::find(text, &t);
        date::events_in(si, text, &t, &found, published, &mut events);
        figure::in_sentence_with(text, si, &t, &found, &mut figures);
    }
    let sources = source::sources_with(&sentences, &people, &organizations, &toks);
    let quotes = quote::quotes_with_tokens(&sentences, &people, &organizations, &toks);
    // The sentences go into the sheet once the key points, the last stage to read their
    // tokens, are chosen.
    let mut sheet = FactSheet {
        schema: SCHEMA.to_owned(),
        meta: Meta {
            headline: article.headline.clone(),
            published,
            byline: article.byline.clone(),
        },
        sentences: Vec::new(),
        key_points: Vec::new(),
        events,
        figures,
        quotes,
        people,
        organizations,
        sources,
    };
    sheet.key_points = summary::key_points_with(&sheet, &sentences, &toks, options.max_key_points);
    drop(toks);
    sheet.sentences = sentences;
    Ok(sheet)
}
