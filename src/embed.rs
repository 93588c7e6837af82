//! Embedding: one independent card in every `[data-factcard]` element of the page, each inside
//! an open shadow root that adopts the card's stylesheet (a constructable `CSSStyleSheet`, so no
//! inline `<style>` is needed and a strict CSP holds).

use crate::components::{card, CardContext};
use crate::error::CardError;
use crate::events;
use crate::format::integer;
use crate::i18n::Strings;
use crate::load::load;
use crate::options::HostOptions;
use crate::phase::CardPhase;
use crate::slice;
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CssStyleSheet, Document, Element, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode,
};

/// The card's stylesheet (`style/factcard.css`, minified by `build.rs`), compiled in.
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/factcard.css"));

/// The attribute that marks a card host.
pub const HOST_SELECTOR: &str = "[data-factcard]";

/// The host attribute that tells the page where a card stands: loading, ready, empty, error.
pub const STATE_ATTR: &str = "data-factcard-state";

thread_local! {
    /// One constructed stylesheet, adopted by every card's shadow root.
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// Mounts a card in every `[data-factcard]` element once the document is parsed.
pub fn start() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.ready_state() == "loading" {
        let on_ready = Closure::once_into_js(move || {
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                mount_all(&doc);
            }
        });
        let _ = doc.add_event_listener_with_callback("DOMContentLoaded", on_ready.unchecked_ref());
    } else {
        mount_all(&doc);
    }
}

/// Mounts a card in every `[data-factcard]` element of `doc` that has none yet; returns how
/// many were mounted.
pub fn mount_all(doc: &Document) -> usize {
    slice::begin();
    let Ok(hosts) = doc.query_selector_all(HOST_SELECTOR) else {
        return 0;
    };
    let mut mounted = 0;
    for i in 0..hosts.length() {
        let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<HtmlElement>().ok()) else {
            continue;
        };
        if host.has_attribute(STATE_ATTR) {
            continue;
        }
        mount(doc, host);
        mounted += 1;
    }
    mounted
}

/// Mounts one card on `host`: shows the loading state at once, then the facts or a message.
fn mount(doc: &Document, host: HtmlElement) {
    let _working = crate::panic::working_on(&host);
    let _ = host.set_attribute(STATE_ATTR, "loading");
    let container = match prepare(doc, &host) {
        Ok(c) => c,
        Err(err) => return fail(&host, &err),
    };
    let options = HostOptions::read(&host);
    let t = Strings::for_lang(&options.lang);
    let _ = container.set_attribute(
        "lang",
        if std::ptr::eq(t, &crate::i18n::DE) {
            "de"
        } else {
            "en"
        },
    );
    let waiting = CardContext {
        id: usize::MAX,
        t,
        compact: options.compact,
    };
    let loading = card(CardPhase::Loading, waiting).0;
    let _ = container.append_child(&loading);
    let blamed = host.clone().into();
    wasm_bindgen_futures::spawn_local(crate::panic::Blamed::new(blamed, async move {
        // The loading state, the facts and the card may each end a slice (see `crate::slice`).
        slice::pause_if_due().await;
        let (phase, mut outcome) = match load(&host, &options).await {
            Ok(loaded) => {
                let phase = CardPhase::from_model(Arc::clone(&loaded.model));
                if matches!(phase, CardPhase::Empty(_)) {
                    let paragraphs = integer(loaded.paragraphs as i64);
                    let message = [
                        "factcard: no key facts found in the ",
                        &paragraphs,
                        " paragraphs read from <",
                        &loaded.article,
                        ">. If that is not the article, point data-article=\"CSS selector\" at it, \
                         or provide curated facts (data-facts or an inline JSON script).",
                    ]
                    .concat();
                    web_sys::console::warn_1(&message.into());
                }
                (phase, Ok(loaded))
            }
            Err(err) => (CardPhase::Error(err.reader_message()), Err(err)),
        };
        #[cfg(feature = "test-panic")]
        if host
            .get_attribute("data-factcard-test-panic")
            .is_some_and(|when| when != "click")
        {
            panic!("data-factcard-test-panic is set on this card");
        }
        slice::pause_if_due().await;
        // Replace the loading view synchronously, so the DOM is final before the state
        // attribute and the event announce it.
        loading.remove();
        let state = phase.host_state();
        // The maps move to the card's registry; the ready event does not read them.
        let maps = outcome
            .as_mut()
            .map(|l| std::mem::take(&mut l.maps))
            .unwrap_or_default();
        let ctx = CardContext {
            id: crate::highlight::register(host.clone(), maps),
            ..waiting
        };
        let _ = container.append_child(&card(phase, ctx).0);
        let _ = host.set_attribute(STATE_ATTR, state);
        match outcome {
            Ok(loaded) => events::ready(&host, &loaded, state),
            Err(err) => report(&host, &err),
        }
    }));
}

/// Attaches the open shadow root with the stylesheet and returns the container to mount into.
///
/// A shadow root that already holds a card container is the card's own, left by an instance
/// that stopped on a panic (see [`crate::panic`]): its old card is replaced. Any other shadow
/// root belongs to someone else, and the card does not touch it.
fn prepare(doc: &Document, host: &HtmlElement) -> Result<HtmlElement, CardError> {
    let shadow = match host.shadow_root() {
        Some(shadow) => {
            let old = shadow
                .query_selector(".fc-root")
                .ok()
                .flatten()
                .ok_or(CardError::ShadowTaken)?;
            old.remove();
            shadow
        }
        None => host
            .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
            .map_err(|_| CardError::Unsupported("shadow DOM on this element"))?,
    };
    adopt_styles(doc, &shadow);
    let container: HtmlElement = doc
        .create_element("div")
        .map_err(|_| CardError::Unsupported("createElement"))?
        .unchecked_into();
    container.set_class_name("fc-root");
    crate::panic::blame_events(&container, host);
    shadow
        .append_child(&container)
        .map_err(|_| CardError::Unsupported("shadow DOM"))?;
    Ok(container)
}

/// Adopts the shared constructed stylesheet; where constructable stylesheets are missing,
/// falls back to a `<style>` element filled through `textContent`.
fn adopt_styles(doc: &Document, shadow: &ShadowRoot) {
    let sheet = SHEET.with(|cell| {
        let mut cell = cell.borrow_mut();
        if cell.is_none() {
            *cell = CssStyleSheet::new()
                .ok()
                .filter(|s| s.replace_sync(CSS).is_ok());
        }
        cell.clone()
    });
    match sheet {
        Some(sheet) => shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet)),
        None => {
            if let Ok(style) = doc.create_element("style") {
                style.set_text_content(Some(CSS));
                let _ = shadow.append_child(&style);
            }
        }
    }
}

/// Marks a card that could not even start, and says why on the console.
fn fail(host: &HtmlElement, err: &CardError) {
    let _ = host.set_attribute(STATE_ATTR, "error");
    report(host, err);
}

/// Says why the card on `host` failed: on the console, for the newsroom, and in a
/// `factcard:error` event, for the page.
fn report(host: &Element, err: &CardError) {
    let message = err.to_string();
    web_sys::console::error_1(&["factcard: ", &message].concat().into());
    events::error(host, err);
}
