//! The input of extraction: an article's text and the options that steer it.

use crate::date::Date;

/// An article as plain text: an optional headline and byline, and its paragraphs in order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    /// The headline, if known. It is not part of the body's sentences.
    pub headline: Option<String>,
    /// The byline ("By Jane Doe"), if known.
    pub byline: Option<String>,
    /// The body paragraphs, in reading order, each as plain text.
    pub paragraphs: Vec<String>,
}

impl Article {
    /// Builds an article from plain text with one paragraph per line; blank lines are skipped.
    ///
    /// ```
    /// let a = factcard_core::Article::from_text("First para.\n\nSecond para.");
    /// assert_eq!(a.paragraphs, vec!["First para.", "Second para."]);
    /// ```
    pub fn from_text(text: &str) -> Self {
        Article {
            headline: None,
            byline: None,
            paragraphs: text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
        }
    }

    /// Sets the headline (builder style).
    pub fn with_headline(mut self, headline: impl Into<String>) -> Self {
        let h = headline.into();
        self.headline = if h.trim().is_empty() {
            None
        } else {
            Some(h.trim().to_owned())
        };
        self
    }

    /// True when no paragraph holds any non-whitespace text.
    pub fn is_empty(&self) -> bool {
        self.paragraphs.iter().all(|p| p.trim().is_empty())
    }
}

/// Options of extraction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The publication date: the reference for relative dates ("on Tuesday", "last week").
    /// Without it, relative dates are kept but not normalised.
    pub published: Option<Date>,
    /// How many key points to select at most (3 to 5 reads best).
    pub max_key_points: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            published: None,
            max_key_points: 4,
        }
    }
}
