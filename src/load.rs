//! Loading one card's facts: curated JSON when the newsroom gives it, else extraction from the
//! article text in the page.

use crate::error::CardError;
use crate::facts;
use crate::meta::PageMeta;
use crate::options::HostOptions;
use crate::page;
use crate::state::{CardModel, Origin};
use factcard_core::{extract, Article, Options};
use web_sys::Element;

/// Articles longer than this many bytes of text are read, extracted and modelled in separate
/// tasks (see [`yield_to_browser`]).
const LONG_ARTICLE_BYTES: usize = 16_000;

/// Gives the browser a turn (a zero-delay timer): it paints and handles input before the
/// card's next piece of work.
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let later = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .ok()
        });
        if later.is_none() {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A card's facts, ready to show.
#[derive(Debug, Clone)]
pub struct Loaded {
    /// The view-model.
    pub model: CardModel,
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
    let now = || window.performance().map_or(0.0, |p| p.now());

    let curated = match (facts::inline_json(host), &options.facts_url) {
        (Some(json), _) => Some(json),
        (None, Some(url)) => Some(facts::fetch_json(url).await?),
        (None, None) => None,
    };
    if let Some(json) = curated {
        let start = now();
        let sheet = facts::parse(&json)?;
        let meta = PageMeta::read(&doc, None);
        let published = options.published.or(meta.published);
        let model = CardModel::new(&sheet, Origin::Curated, meta.headline, published);
        return Ok(Loaded {
            model,
            extract_ms: now() - start,
            paragraphs: 0,
            article: String::new(),
            maps: Vec::new(),
        });
    }

    let start = now();
    let found = page::find_article(&doc, options.article.as_deref())?;
    // A long article's work is split into tasks, so the page stays responsive: the browser
    // paints and handles input between reading the page, extracting and building the card.
    let long = found.paragraphs.iter().map(String::len).sum::<usize>() > LONG_ARTICLE_BYTES;
    let mut work_ms = 0.0;
    let mut start = start;
    if long {
        work_ms += now() - start;
        yield_to_browser().await;
        start = now();
    }
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
    let sheet = extract(
        &article,
        &Options {
            published,
            ..Options::default()
        },
    )
    .map_err(CardError::Extract)?;
    if long {
        work_ms += now() - start;
        yield_to_browser().await;
        start = now();
    }
    let model = CardModel::new(&sheet, Origin::Extracted, meta.headline, published);
    Ok(Loaded {
        model,
        extract_ms: work_ms + now() - start,
        paragraphs,
        article: root,
        maps,
    })
}
