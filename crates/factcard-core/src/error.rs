//! The one error type of the core.

/// A `Result` whose error is the core's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

/// What can go wrong at the input level. A phrase the extractor does not recognise is skipped,
/// never raised: only inputs that cannot be worked on at all are errors.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The article has no text at all (only whitespace, or no paragraphs).
    #[error("the article is empty: it has no text to extract facts from")]
    EmptyArticle,
    /// A date given as an option is not a valid `YYYY-MM-DD` date.
    #[error("invalid date \"{0}\": expected YYYY-MM-DD")]
    InvalidDate(String),
    /// Curated facts JSON could not be read as a FactSheet.
    #[error("invalid FactSheet JSON: {0}")]
    InvalidFactSheet(String),
    /// Curated facts JSON names a schema this version does not read.
    #[error("unsupported FactSheet schema \"{found}\": expected \"{expected}\"")]
    UnsupportedSchema {
        /// The schema the JSON named.
        found: String,
        /// The schema this version reads.
        expected: &'static str,
    },
}
