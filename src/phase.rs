//! The card's life cycle: loading, then ready, empty or failed.

use crate::state::CardModel;
use std::sync::Arc;

/// What a card shows at a given moment.
#[derive(Debug, Clone, PartialEq)]
pub enum CardPhase {
    /// Reading the article or fetching curated facts.
    Loading,
    /// Facts to show.
    Ready(Arc<CardModel>),
    /// The article was read but no fact was found; the model still carries headline and date.
    Empty(Arc<CardModel>),
    /// Something went wrong; a short message for the reader.
    Error(&'static str),
}

impl CardPhase {
    /// The value of the host's `data-factcard-state` attribute.
    pub fn host_state(&self) -> &'static str {
        match self {
            CardPhase::Loading => "loading",
            CardPhase::Ready(_) => "ready",
            CardPhase::Empty(_) => "empty",
            CardPhase::Error(_) => "error",
        }
    }

    /// The phase for a built model: ready, or empty when it has nothing to show.
    pub fn from_model(model: Arc<CardModel>) -> CardPhase {
        if model.is_empty() {
            CardPhase::Empty(model)
        } else {
            CardPhase::Ready(model)
        }
    }
}
