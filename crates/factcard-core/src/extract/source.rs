//! Sources with a sourcing status. (Stub.)
use crate::model::{Organization, Person, Sentence, Source};

/// Finds who confirmed, reported, claimed, assessed or denied what.
pub fn sources(_sentences: &[Sentence], _people: &[Person], _orgs: &[Organization]) -> Vec<Source> {
    Vec::new()
}
