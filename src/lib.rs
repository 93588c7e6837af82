//! factcard: an embeddable, accessible card of a news article's key facts.
//!
//! The page embeds it with two lines: an element `<div data-factcard></div>` where the card
//! goes and `<script type="module" src="…/factcard-embed.js"></script>`. The script loads this
//! WebAssembly module, whose `main` calls [`start`]: every `[data-factcard]` element gets an
//! independent card inside an open shadow root.
//!
//! The library is layered so that logic stays out of the views:
//! - [`options`], [`page`], [`meta`], [`facts`]: read the host page (options, article text,
//!   metadata, curated facts);
//! - [`load`]: turns those into a [`state::CardModel`] via `factcard_core::extract`;
//! - [`state`], [`format`], [`phase`]: the view-model, plain Rust with native tests;
//! - [`components`]: the views, which only read the model, built with [`dom`];
//! - [`embed`], [`events`]: mounting into the page and talking back to it.
#![forbid(unsafe_code)]

pub mod api;
pub mod components;
pub mod dom;
pub mod embed;
pub mod error;
pub mod events;
pub mod facts;
pub mod format;
pub mod fragment;
pub mod highlight;
pub mod i18n;
pub mod load;
pub mod meta;
pub mod options;
pub mod page;
pub mod panic;
pub mod phase;
pub mod slice;
pub mod state;
pub mod storage;

pub use embed::{mount_all, start};
