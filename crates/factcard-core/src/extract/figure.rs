//! Figures. (Stub.)
use crate::model::{Figure, Sentence};

/// Finds numbers that count or measure something.
pub fn figures(_sentences: &[Sentence]) -> Vec<Figure> {
    Vec::new()
}
