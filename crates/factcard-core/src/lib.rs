//! factcard-core: the pure extraction core of factcard.
//!
//! An [`Article`] (headline and paragraphs of plain text) goes in, a [`FactSheet`] comes out:
//! sentences, key points, dated events, figures, quotes with speakers, people with roles,
//! organizations and sources with a sourcing status. Every fact points at the sentence it came
//! from and carries its byte span inside that sentence.
//!
//! The core has no clock, no I/O and no web dependencies: the publication date comes in through
//! [`Options`], so the same input always gives the same output, natively and in WebAssembly.
//!
//! ```
//! use factcard_core::{extract, Article, Date, Options};
//!
//! let article = Article::from_text("Officials said on Tuesday that 300 people were evacuated.");
//! let options = Options { published: Date::parse_iso("2022-11-24"), ..Options::default() };
//! let sheet = extract(&article, &options).unwrap();
//! assert_eq!(sheet.schema, factcard_core::SCHEMA);
//! assert!(!sheet.sentences.is_empty());
//! ```
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod article;
mod date;
mod error;
pub mod extract;
pub mod json;
mod model;
pub mod numeral;

pub use article::{Article, Options};
pub use date::{Date, Precision};
pub use error::{Error, Result};
pub use extract::extract;
pub use model::*;
