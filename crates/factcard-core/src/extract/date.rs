//! Dated events. (Stub: filled in by the date extractor.)
use crate::date::Date;
use crate::model::{Event, Sentence};

/// Finds date expressions and the events they date.
pub fn events(_sentences: &[Sentence], _published: Option<Date>) -> Vec<Event> {
    Vec::new()
}
