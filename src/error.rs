//! What can go wrong while a card loads, with a short message for the reader and the detail,
//! with what to fix, for the newsroom's console.

use factcard_core::Error as CoreError;

/// A card that could not show facts.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CardError {
    /// The `data-article` selector is not valid CSS.
    #[error("data-article=\"{0}\" is not a valid CSS selector; fix the selector or remove the attribute to let the card find the article")]
    BadSelector(String),
    /// The `data-article` selector matches nothing.
    #[error("data-article=\"{0}\" matches no element on this page; point it at the element that holds the article's paragraphs")]
    SelectorNoMatch(String),
    /// No article text was found on the page.
    #[error("no article text found on this page; add data-article=\"CSS selector\" to the card element to say where the article is")]
    NoArticle,
    /// The curated FactSheet JSON could not be used.
    #[error("the curated facts are not a valid FactSheet ({0}); check the JSON against the \"factcard/1\" schema")]
    Facts(#[from] CoreError),
    /// The curated facts could not be fetched.
    #[error("could not fetch the curated facts from data-facts=\"{url}\": {reason}")]
    Fetch {
        /// The URL asked for.
        url: String,
        /// What went wrong.
        reason: String,
    },
    /// Extraction failed on the article text.
    #[error("extraction failed: {0}")]
    Extract(CoreError),
    /// The host element already carries a shadow root of someone else's.
    #[error("the card element already has a shadow root; give factcard an element of its own")]
    ShadowTaken,
    /// The browser lacks something the card needs.
    #[error("this browser does not support {0}")]
    Unsupported(&'static str),
}

impl CardError {
    /// A short sentence for the reader, shown in the card.
    pub fn reader_message(&self) -> &'static str {
        match self {
            CardError::Unsupported(_) => "Key facts are not available in this browser.",
            CardError::NoArticle | CardError::SelectorNoMatch(_) | CardError::BadSelector(_) => {
                "Key facts are not available for this page."
            }
            _ => "The key facts for this article could not be loaded.",
        }
    }

    /// A stable code for the `factcard:error` event.
    pub fn code(&self) -> &'static str {
        match self {
            CardError::BadSelector(_) => "bad-selector",
            CardError::SelectorNoMatch(_) => "selector-no-match",
            CardError::NoArticle => "no-article",
            CardError::Facts(_) => "invalid-facts",
            CardError::Fetch { .. } => "fetch-failed",
            CardError::Extract(_) => "extract-failed",
            CardError::ShadowTaken => "shadow-taken",
            CardError::Unsupported(_) => "unsupported",
        }
    }
}
