//! People. (Stub.)
use crate::model::{Person, Sentence};

/// Finds people, merging mentions of the same person, with their roles.
pub fn people(_sentences: &[Sentence]) -> Vec<Person> {
    Vec::new()
}
