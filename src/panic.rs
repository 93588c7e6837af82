//! What happens if a card ever panics.
//!
//! The release build aborts on panic (`panic = "abort"`), so a panic cannot be caught: the
//! WebAssembly instance is dead afterwards, for every card it drives. The design therefore
//! isolates the *card*, not the instance:
//!
//! 1. The hook blames one card: the one whose code was running ([`Blamed`] wraps each card's
//!    loading, [`working_on`] its synchronous start, [`blame_events`] its event handlers). That
//!    card alone becomes an error card (a few `createElement` and `textContent` calls, not the
//!    card's views, since the instance is going down).
//! 2. It then asks the embed loader (`js/factcard-embed.js`) for a fresh instance by dispatching a
//!    cancelable `factcard:restart` event on `window`. The loader cancels it, waits for the trap to
//!    unwind, and instantiates the module again; the new instance mounts every other card afresh
//!    (see `embed::prepare`, which reuses the card's own shadow root).
//! 3. Without a loader that takes over (or once it has restarted a few times), every card still
//!    loading turns into an error card, so no spinner waits forever; cards already shown stay.
//!
//! One console message says what happened, whatever the path.

use crate::embed::{HOST_SELECTOR, STATE_ATTR};
use crate::format::integer;
use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Once;
use std::task::{Context, Poll};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CustomEvent, CustomEventInit, Document, Element};

/// The reader's message on a card stopped by a panic.
const READER_MESSAGE: &str = "The key facts for this article could not be loaded.";

/// The event that asks the embed loader for a fresh instance (see the module docs).
pub const RESTART_EVENT: &str = "factcard:restart";

/// Set by the first panic: this instance has stopped (see [`stopped`]).
static STOPPED: AtomicBool = AtomicBool::new(false);

/// True once this instance has panicked. Its cards then belong to the instance that restarted
/// them, so work still pending here (a fetch that settles later) must not touch them.
fn stopped() -> bool {
    STOPPED.load(Ordering::Relaxed)
}

thread_local! {
    /// The host of the card whose code is running, if any.
    static CURRENT: RefCell<Option<Element>> = const { RefCell::new(None) };
}

/// Installs the hook (once).
pub fn set_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            // Once is all: the instance is stopped, and anything it still runs (a fetch that
            // settles, a timer) must not panic its way into a second restart.
            if STOPPED.swap(true, Ordering::Relaxed) {
                return;
            }
            let message = [
                "factcard: internal error in one card, which now shows an error; the other \
                 cards restart (",
                &what_panicked(info),
                "). Please report it with this message; the page itself is not affected.",
            ]
            .concat();
            web_sys::console::error_1(&message.into());
            let Some(window) = web_sys::window() else {
                return;
            };
            let Some(doc) = window.document() else {
                return;
            };
            if let Some(host) = culprit() {
                show_error(&doc, &host);
            }
            if !restart_requested(&window) {
                stop_unsettled(&doc);
            }
        }));
    });
}

/// The panic as its `Display` writes it, "panicked at src/x.rs:1:2:\nmessage", with the numbers
/// written by [`integer`] rather than `core::fmt`.
fn what_panicked(info: &std::panic::PanicHookInfo<'_>) -> String {
    let mut out = String::from("panicked at ");
    if let Some(at) = info.location() {
        let (line, column) = (integer(at.line().into()), integer(at.column().into()));
        out.push_str(&[at.file(), ":", &line, ":", &column].concat());
    }
    if let Some(payload) = info.payload_as_str() {
        out.push_str(":\n");
        out.push_str(payload);
    }
    out
}

/// Sets (or clears) the card a panic would be blamed on.
fn blame(host: Option<&Element>) {
    CURRENT.with(|c| {
        if let Ok(mut c) = c.try_borrow_mut() {
            *c = host.cloned();
        }
    });
}

/// Blames a panic on the card on `host` until the returned guard is dropped.
pub fn working_on(host: &Element) -> Working {
    blame(Some(host));
    Working(())
}

/// The guard of [`working_on`]: the card is no longer blamed once it drops.
pub struct Working(());

impl Drop for Working {
    fn drop(&mut self) {
        blame(None);
    }
}

/// A card's asynchronous work: every poll runs under [`working_on`] for its host, so a panic in
/// it is blamed on that card even when other cards' work ran in between.
pub struct Blamed<F> {
    host: Element,
    work: Pin<Box<F>>,
}

impl<F: Future<Output = ()>> Blamed<F> {
    /// Wraps `work`, done for the card on `host`.
    pub fn new(host: Element, work: F) -> Self {
        Blamed {
            host,
            work: Box::pin(work),
        }
    }
}

impl<F: Future<Output = ()>> Future for Blamed<F> {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        // After a panic this instance no longer owns its cards: the restarted instance does.
        // Work still pending here (a fetch that settles later) ends without touching them.
        if stopped() {
            return Poll::Ready(());
        }
        let _working = working_on(&self.host);
        self.work.as_mut().poll(cx)
    }
}

/// The card to blame: the one whose work or event handler was running.
fn culprit() -> Option<Element> {
    CURRENT.with(|c| c.try_borrow().ok().and_then(|c| c.clone()))
}

/// Blames a panic in the card's event handlers (its clicks and keys) on the card on `host`:
/// `container`'s capturing listener marks the card before any handler inside it runs, its
/// bubbling listener unmarks it afterwards. (`window.event`, which would name the event's
/// target, is undefined for events inside a shadow tree.)
pub fn blame_events(container: &Element, host: &Element) {
    for kind in ["click", "keydown"] {
        let marked = host.clone();
        // The browser owns the listeners: they go with the card's container.
        let mark = Closure::<dyn Fn()>::new(move || blame(Some(&marked))).into_js_value();
        let unmark = Closure::<dyn Fn()>::new(|| blame(None)).into_js_value();
        let _ =
            container.add_event_listener_with_callback_and_bool(kind, mark.unchecked_ref(), true);
        let _ = container.add_event_listener_with_callback(kind, unmark.unchecked_ref());
    }
}

/// Asks the embed loader to restart the other cards; true when it said it will.
fn restart_requested(window: &web_sys::Window) -> bool {
    let init = CustomEventInit::new();
    init.set_cancelable(true);
    CustomEvent::new_with_event_init_dict(RESTART_EVENT, &init)
        .ok()
        .and_then(|e| window.dispatch_event(&e).ok())
        .is_some_and(|not_cancelled| !not_cancelled)
}

/// Marks every card host still loading (or not started) as failed.
fn stop_unsettled(doc: &Document) {
    let Ok(hosts) = doc.query_selector_all(HOST_SELECTOR) else {
        return;
    };
    for i in 0..hosts.length() {
        let Some(host) = hosts.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let state = host.get_attribute(STATE_ATTR);
        if matches!(state.as_deref(), None | Some("loading")) {
            show_error(doc, &host);
        }
    }
}

/// Turns the card on `host` into a static error card.
fn show_error(doc: &Document, host: &Element) {
    let _ = host.set_attribute(STATE_ATTR, "error");
    let Some(root) = host
        .shadow_root()
        .and_then(|s| s.query_selector(".fc-root").ok().flatten())
    else {
        return;
    };
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

/// Only in the `test-panic` build: panics when the card `id`'s host carries
/// `data-factcard-test-panic="click"`, to check that a panic in an event handler stops that card
/// alone.
#[cfg(feature = "test-panic")]
pub fn test_panic_on_click(id: usize) {
    let clicked_to_panic = crate::highlight::host(id)
        .and_then(|h| h.get_attribute("data-factcard-test-panic"))
        .is_some_and(|when| when == "click");
    if clicked_to_panic {
        panic!("data-factcard-test-panic=\"click\" is set on this card");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::what_panicked;
    use std::sync::Mutex;

    /// What the hook saw: `Display`'s text and [`what_panicked`]'s, per panic.
    static SEEN: Mutex<Vec<(String, String)>> = Mutex::new(Vec::new());

    #[test]
    fn panic_text_as_display_writes_it() {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(|info| {
            if let Ok(mut seen) = SEEN.lock() {
                seen.push((info.to_string(), what_panicked(info)));
            }
        }));
        let number = std::hint::black_box(42);
        let _ = std::panic::catch_unwind(|| panic!("formatted {number}"));
        let _ = std::panic::catch_unwind(|| panic!("static"));
        let _ = std::panic::catch_unwind(|| std::panic::panic_any(7_u8));
        std::panic::set_hook(previous);
        let seen = SEEN.lock().map(|s| s.clone()).unwrap_or_default();
        assert_eq!(seen.len(), 3);
        for (display, ours) in seen {
            assert_eq!(ours, display);
        }
    }
}
