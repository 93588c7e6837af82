//! Organizations. (Stub.)
use crate::model::{Organization, Person, Sentence};

/// Finds organizations and their short forms.
pub fn organizations(_sentences: &[Sentence], _people: &[Person]) -> Vec<Organization> {
    Vec::new()
}
