//! The card's work in short tasks. The main thread is the page's: whenever the card's work has
//! held it for [`SLICE_MS`], the card gives the browser a turn (to paint, to answer input)
//! before going on. A card for an article of usual length fits in one slice, warm or on a first
//! visit, so nothing waits; a long article's work spreads over several tasks, none of them long:
//! its extraction runs in steps (`factcard_core::extract::Steps`), each a bounded part of the
//! work, with a check between them.

use std::cell::Cell;

/// How long the card's work may run before the browser gets a turn, in milliseconds: under the
/// 50 ms of a "long task", leaving 20 ms for the one step that follows a check. (Measured on a
/// first visit to the demo, 10 runs each: 12 ms slices gave the page's first layout and paint a
/// turn between the card's steps and the card painted later, median 78.5 ms against 68.9 ms;
/// neither had a long task.)
const SLICE_MS: f64 = 30.0;

thread_local! {
    /// When the current slice began (`performance.now()`).
    static STARTED: Cell<f64> = const { Cell::new(0.0) };
}

/// `performance.now()`, or 0 without a window.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Starts a slice: the card's work in this task begins now.
pub fn begin() {
    STARTED.set(now());
}

/// Gives the browser a turn if the current slice is used up, then starts a new one; returns the
/// milliseconds the card waited (0 when it went straight on).
pub async fn pause_if_due() -> f64 {
    let before = now();
    if before - STARTED.get() < SLICE_MS {
        return 0.0;
    }
    yield_to_browser().await;
    begin();
    now() - before
}

/// Gives the browser a turn (a zero-delay timer).
async fn yield_to_browser() {
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
