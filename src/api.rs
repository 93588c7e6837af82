//! The module's small JavaScript API, beside the automatic mounting: pages that add cards after
//! load mount them with `mountAll()`; with the `bench` feature (a build for `bench/`, not
//! shipped), the benchmark times the extractor with `extractCount()`. Both are exports of the
//! wasm-bindgen glue (`factcard.js`).

use wasm_bindgen::prelude::*;

/// Mounts a card into every `[data-factcard]` element that has none yet (for cards added to the
/// page after it loaded) and returns how many were mounted.
#[wasm_bindgen(js_name = mountAll)]
pub fn mount_all_js() -> usize {
    web_sys::window()
        .and_then(|w| w.document())
        .map_or(0, |doc| crate::embed::mount_all(&doc))
}

/// Extracts the key facts of `text` (one paragraph per line) against the publication date
/// `published` (`YYYY-MM-DD`, or empty when unknown) and returns how many facts were found:
/// the whole extraction the card runs, without rendering. An empty text counts 0. Only in a
/// build with the `bench` feature: pages have no use for it, and it costs the shipped module
/// 0.6 KB brotli.
#[cfg(feature = "bench")]
#[wasm_bindgen(js_name = extractCount)]
pub fn extract_count(text: &str, published: &str) -> usize {
    let article = factcard_core::Article::from_text(text);
    let options = factcard_core::Options {
        published: factcard_core::Date::parse_iso(published),
        ..factcard_core::Options::default()
    };
    factcard_core::extract(&article, &options).map_or(0, |s| {
        s.key_points.len()
            + s.events.len()
            + s.figures.len()
            + s.quotes.len()
            + s.people.len()
            + s.organizations.len()
            + s.sources.len()
    })
}
