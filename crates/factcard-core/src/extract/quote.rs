//! Quotes. (Stub.)
use crate::model::{Person, Quote, Sentence};

/// Finds direct quotations and attributes them to speakers.
pub fn quotes(_sentences: &[Sentence], _people: &[Person]) -> Vec<Quote> {
    Vec::new()
}
