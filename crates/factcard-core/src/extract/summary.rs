//! Key points. (Stub: the first sentences.)
use crate::model::{FactSheet, KeyPoint};

/// Chooses up to `max` sentences that carry the story, in reading order.
pub fn key_points(sheet: &FactSheet, max: usize) -> Vec<KeyPoint> {
    sheet
        .sentences
        .iter()
        .enumerate()
        .take(max)
        .map(|(i, s)| KeyPoint { text: s.text.clone(), sentence: Some(i) })
        .collect()
}
