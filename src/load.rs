//! Loading one card's facts: curated JSON when the newsroom gives it, else extraction from the
//! article text in the page.

use crate::error::CardError;
use crate::facts;
use crate::meta::PageMeta;
use crate::options::HostOptions;
use crate::page;
use crate::slice;
use crate::state::{CardModel, Origin};
use factcard_core::extract::{sentences, Steps};
use factcard_core::{Article, Options};
use std::sync::Arc;
use web_sys::Element;

/// A card's facts, ready to show.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The view-model, shared with the card's views.
    pub model: Arc<CardModel>,
    /// Milliseconds spent reading the page and extracting (or parsing curated JSON), without
    /// the pauses a long article's work takes for the browser.
    pub extract_ms: f64,
    /// How many paragraphs were read (0 for curated facts).
    pub paragraphs: usize,
    /// The element the article was read from, as `tag#id.class` (empty for curated facts).
    pub article: String,
    /// For each paragraph read, the way back to the page's DOM (empty for curated facts).
    pub maps: Vec<crate::page::TextMap>,
}

/// Loads the facts of the card on `host`.
pub async fn load(host: &Element, options: &HostOptions) -> Result<Loaded, CardError> {
    let window = web_sys::window().ok_or(CardError::Unsupported("window"))?;
    let doc = window
        .document()
        .ok_or(CardError::Unsupported("document"))?;

    let curated = match (facts::inline_json(host), &options.facts_url) {
        (Some(json), _) => Some(json),
        (None, Some(url)) => Some(facts::fetch_json(url).await?),
        (None, None) => None,
    };
    if let Some(json) = curated {
        let start = slice::now();
        let sheet = facts::parse(&json)?;
        let meta = PageMeta::read(&doc, None);
        let published = options.published.or(meta.published);
        let model = CardModel::new(&sheet, Origin::Curated, meta.headline, published);
        return Ok(Loaded {
            model: Arc::new(model),
            extract_ms: slice::now() - start,
            paragraphs: 0,
            article: String::new(),
            maps: Vec::new(),
        });
    }

    let start = slice::now();
    let found = page::find_article(&doc, options.article.as_deref())?;
    // Reading, each step of the extraction and modelling may end a slice (see `crate::slice`):
    // a long article's extraction is spread over several tasks, none of them long.
    let mut paused = slice::pause_if_due().await;
    let meta = PageMeta::read(&doc, Some(&found.root));
    let published = options.published.or(meta.published);
    let article = Article {
        headline: meta.headline.clone(),
        byline: meta.byline.clone(),
        paragraphs: found.paragraphs,
    };
    let maps = found.maps;
    let paragraphs = article.paragraphs.len();
    let root = page::describe(&found.root);
    let sentences = sentences(&article).map_err(CardError::Extract)?;
    let options = Options {
        published,
        ..Options::default()
    };
    let mut steps = Steps::new(&article, &sentences, &options);
    while !steps.step() {
        paused += slice::pause_if_due().await;
    }
    let mut sheet = steps.into_sheet();
    sheet.sentences = sentences;
    paused += slice::pause_if_due().await;
    let model = CardModel::new(&sheet, Origin::Extracted, meta.headline, published);
    Ok(Loaded {
        model: Arc::new(model),
        extract_ms: slice::now() - start - paused,
        paragraphs,
        article: root,
        maps,
    })
}
