//! Events for the host page: `factcard:ready` and `factcard:error`, CustomEvents dispatched on
//! the host element that bubble and cross the shadow boundary (composed), so a newsroom can wire
//! analytics without touching the card.

use crate::error::CardError;
use crate::load::Loaded;
use crate::state::SectionId;
use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, Element};

/// Dispatches `factcard:ready` with `{ state, origin, counts: { "key-points": n, … },
/// organizations, extract_ms, paragraphs, article }` (`article` describes the element the text
/// was read from, e.g. `article#story`; empty for curated facts).
pub fn ready(host: &Element, loaded: &Loaded, state: &str) {
    let model = &loaded.model;
    let counts = Object::new();
    for id in SectionId::ALL {
        set(&counts, id.slug(), &(model.count(id) as f64).into());
    }
    let detail = Object::new();
    set(&detail, "state", &state.into());
    set(&detail, "origin", &model.origin.slug().into());
    set(&detail, "counts", &counts);
    set(
        &detail,
        "organizations",
        &(model.organization_count as f64).into(),
    );
    set(
        &detail,
        "extract_ms",
        &((loaded.extract_ms * 100.0).round() / 100.0).into(),
    );
    set(&detail, "paragraphs", &(loaded.paragraphs as f64).into());
    set(&detail, "article", &loaded.article.as_str().into());
    dispatch(host, "factcard:ready", &detail);
}

/// Dispatches `factcard:select` with `{ section, kind, index, sentence }` when a reader opens
/// a fact (`sentence`: the sentence's text, or `null` when unknown).
pub fn select(host: &Element, section: &str, kind: &str, index: usize, sentence: Option<&str>) {
    let detail = Object::new();
    set(&detail, "section", &section.into());
    set(&detail, "kind", &kind.into());
    set(&detail, "index", &(index as f64).into());
    set(
        &detail,
        "sentence",
        &sentence.map_or(JsValue::NULL, JsValue::from),
    );
    dispatch(host, "factcard:select", &detail);
}

/// Dispatches `factcard:error` with `{ code, message }`.
pub fn error(host: &Element, err: &CardError) {
    let detail = Object::new();
    set(&detail, "code", &err.code().into());
    set(&detail, "message", &err.to_string().into());
    dispatch(host, "factcard:error", &detail);
}

fn set(target: &Object, key: &str, value: &JsValue) {
    // Setting a property on a fresh plain object cannot fail.
    let _ = Reflect::set(target, &key.into(), value);
}

fn dispatch(host: &Element, name: &str, detail: &JsValue) {
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
