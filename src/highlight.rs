//! The way from a fact back to its sentence in the host page: each card's article map, "show in
//! article" (scroll there and highlight the sentence with the CSS Custom Highlight API, else a
//! `<mark>` that is removed again), and copying a link.
//!
//! The article's text is never changed where the Highlight API exists; the highlight's style is
//! one rule (`::highlight(factcard)`) appended to the host document's adopted stylesheets.

use crate::page::TextMap;
use js_sys::{Array, Function, Reflect};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Document, Element, HtmlElement, Range};

/// The name of the highlight in `CSS.highlights`.
pub const HIGHLIGHT: &str = "factcard";

/// The highlight's look in the host page.
const HIGHLIGHT_CSS: &str = "::highlight(factcard){background-color:#ffe58a;color:#111}\
mark[data-factcard-mark]{background-color:#ffe58a;color:#111}";

/// How long a fallback `<mark>` stays, in milliseconds.
const MARK_MS: i32 = 6000;

/// What a card keeps of its page: its host and the map of every paragraph it read.
struct CardDom {
    host: HtmlElement,
    maps: Vec<TextMap>,
}

thread_local! {
    static CARDS: RefCell<Vec<CardDom>> = const { RefCell::new(Vec::new()) };
    static STYLED: RefCell<bool> = const { RefCell::new(false) };
    static MARK: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// Registers a card's host and article maps; returns the card's id.
pub fn register(host: HtmlElement, maps: Vec<TextMap>) -> usize {
    CARDS.with(|c| {
        let mut c = c.borrow_mut();
        c.push(CardDom { host, maps });
        c.len() - 1
    })
}

/// The host element of card `id`.
pub fn host(id: usize) -> Option<HtmlElement> {
    CARDS.with(|c| c.borrow().get(id).map(|d| d.host.clone()))
}

/// True when card `id` can find the sentence at `place` (paragraph, start, end) in the page.
pub fn can_locate(id: usize, place: (usize, usize, usize)) -> bool {
    range(id, place).is_some()
}

/// A DOM range over the sentence at `place` in the page, without touching the page.
pub fn range(id: usize, (paragraph, start, end): (usize, usize, usize)) -> Option<Range> {
    let ((a, ao), (b, bo)) =
        CARDS.with(|c| c.borrow().get(id)?.maps.get(paragraph)?.locate(start, end))?;
    let doc = web_sys::window()?.document()?;
    let range = doc.create_range().ok()?;
    range.set_start(&a, ao).ok()?;
    range.set_end(&b, bo).ok()?;
    Some(range)
}

/// Scrolls the host page to the sentence at `place` and highlights it. Returns false when the
/// sentence cannot be found.
pub fn show(id: usize, place: (usize, usize, usize)) -> bool {
    let Some(range) = range(id, place) else {
        return false;
    };
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    style_page(&doc);
    clear_mark();
    if !highlight(&range) {
        mark(&range);
    }
    let target = range
        .start_container()
        .ok()
        .and_then(|n| n.parent_element())
        .or_else(|| {
            range
                .start_container()
                .ok()
                .and_then(|n| n.dyn_into::<Element>().ok())
        });
    if let Some(el) = target {
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        opts.set_behavior(if reduced_motion() {
            web_sys::ScrollBehavior::Instant
        } else {
            web_sys::ScrollBehavior::Smooth
        });
        el.scroll_into_view_with_scroll_into_view_options(&opts);
    }
    true
}

/// True when the reader asked for reduced motion.
pub fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

fn get(target: &JsValue, key: &str) -> Option<JsValue> {
    Reflect::get(target, &key.into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// Highlights `range` as `CSS.highlights["factcard"]`; false where the API is missing.
fn highlight(range: &Range) -> bool {
    let global: JsValue = js_sys::global().into();
    let registry = get(&global, "CSS").and_then(|css| get(&css, "highlights"));
    let ctor = get(&global, "Highlight").and_then(|c| c.dyn_into::<Function>().ok());
    let (Some(registry), Some(ctor)) = (registry, ctor) else {
        return false;
    };
    let Ok(hl) = Reflect::construct(&ctor, &Array::of1(range)) else {
        return false;
    };
    let Some(set) = get(&registry, "set").and_then(|f| f.dyn_into::<Function>().ok()) else {
        return false;
    };
    set.call2(&registry, &HIGHLIGHT.into(), &hl).is_ok()
}

/// Appends the highlight's rule to the page's adopted stylesheets, once.
fn style_page(doc: &Document) {
    if STYLED.with(|s| s.replace(true)) {
        return;
    }
    let Ok(sheet) = CssStyleSheet::new() else {
        return;
    };
    if sheet.replace_sync(HIGHLIGHT_CSS).is_err() {
        return;
    }
    let doc_js: &JsValue = doc.as_ref();
    if let Some(list) = get(doc_js, "adoptedStyleSheets") {
        let sheets = Array::from(&list);
        sheets.push(&sheet);
        let _ = Reflect::set(doc_js, &"adoptedStyleSheets".into(), &sheets);
    }
}

/// Fallback: wraps the range in a `<mark>` (when it lies in one text node), removed later.
fn mark(range: &Range) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(mark) = doc.create_element("mark") else {
        return;
    };
    let _ = mark.set_attribute("data-factcard-mark", "");
    if range.surround_contents(&mark).is_err() {
        return;
    }
    MARK.with(|m| *m.borrow_mut() = Some(mark));
    let clear = wasm_bindgen::closure::Closure::once_into_js(clear_mark);
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(clear.unchecked_ref(), MARK_MS);
    }
}

/// Removes the fallback `<mark>`, putting its text back as it was.
fn clear_mark() {
    let Some(mark) = MARK.with(|m| m.borrow_mut().take()) else {
        return;
    };
    let Some(parent) = mark.parent_node() else {
        return;
    };
    while let Some(child) = mark.first_child() {
        let _ = parent.insert_before(&child, Some(&mark));
    }
    let _ = parent.remove_child(&mark);
    parent.normalize();
}

/// Copies `text` to the clipboard (best effort).
pub fn copy(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

/// The page's address, for links.
pub fn page_href() -> String {
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}
