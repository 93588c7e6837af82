//! What happens if the card ever panics. The release build aborts on panic (`panic = "abort"`),
//! so a panic cannot be caught: the WebAssembly instance is dead afterwards, for every card of
//! the page. The hook therefore says so once on the console, and turns every card that has not
//! finished loading into a plain error card (built with `createElement` and `textContent`, no
//! Leptos), so no spinner is left waiting forever. Cards already shown stay as they are.

use crate::embed::{HOST_SELECTOR, STATE_ATTR};
use std::sync::Once;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// The reader's message on a card stopped by a panic.
const READER_MESSAGE: &str = "The key facts for this article could not be loaded.";

/// Installs the hook (once).
pub fn set_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            web_sys::console::error_1(
                &format!(
                    "factcard: internal error, the cards on this page stopped ({info}). \
                     Please report it with this message; the page itself is not affected."
                )
                .into(),
            );
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                stop_unsettled(&doc);
            }
        }));
    });
}

/// Marks every card host still loading (or not started) as failed, with a static message.
fn stop_unsettled(doc: &Document) {
    let Ok(hosts) = doc.query_selector_all(HOST_SELECTOR) else {
        return;
    };
    for i in 0..hosts.length() {
        let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let state = host.get_attribute(STATE_ATTR);
        if !matches!(state.as_deref(), None | Some("loading")) {
            continue;
        }
        let _ = host.set_attribute(STATE_ATTR, "error");
        if let Some(root) = host
            .shadow_root()
            .and_then(|s| s.query_selector(".fc-root").ok().flatten())
        {
            root.set_text_content(None);
            let card = doc.create_element("section").ok();
            let message = doc.create_element("p").ok();
            if let (Some(card), Some(message)) = (card, message) {
                card.set_class_name("fc-card fc-card--error");
                message.set_class_name("fc-card__message");
                let _ = message.set_attribute("role", "status");
                message.set_text_content(Some(READER_MESSAGE));
                let _ = card.append_child(&message);
                let _ = root.append_child(&card);
            }
        }
    }
}
