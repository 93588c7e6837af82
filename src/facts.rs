//! Curated facts: FactSheet JSON a newsroom hands the card instead of extraction, either inline
//! (`<script type="application/json">` inside the card element) or by URL (`data-facts`).

use crate::error::CardError;
use factcard_core::FactSheet;
use wasm_bindgen::prelude::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, RequestInit, Response};

/// The text of the inline curated JSON inside `host`, if any.
pub fn inline_json(host: &Element) -> Option<String> {
    host.query_selector(r#":scope > script[type="application/json"]"#)
        .ok()
        .flatten()
        .and_then(|s| s.text_content())
}

/// Reads and validates curated FactSheet JSON.
pub fn parse(json: &str) -> Result<FactSheet, CardError> {
    Ok(FactSheet::from_json(json)?)
}

/// How long the curated JSON may take to arrive, in milliseconds, before the card gives up.
pub const FETCH_TIMEOUT_MS: i32 = 10_000;

/// Fetches the curated JSON at `url` (relative to the page), without cookies or other
/// credentials, giving up after [`FETCH_TIMEOUT_MS`].
pub async fn fetch_json(url: &str) -> Result<String, CardError> {
    let window = web_sys::window().ok_or(CardError::Unsupported("window"))?;
    let controller = web_sys::AbortController::new().ok();
    let signal = controller.as_ref().map(|c| c.signal());
    let fail = |reason: String| CardError::Fetch {
        url: url.to_owned(),
        reason: if signal.as_ref().is_some_and(|s| s.aborted()) {
            format!("no answer within {} s", FETCH_TIMEOUT_MS / 1000)
        } else {
            reason
        },
    };
    if let Some(controller) = controller.clone() {
        let abort = Closure::once_into_js(move || controller.abort());
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
            abort.unchecked_ref(),
            FETCH_TIMEOUT_MS,
        );
    }
    let init = RequestInit::new();
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_signal(signal.as_ref());
    let response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|e| fail(js_reason(&e)))?;
    let response: Response = response
        .dyn_into()
        .map_err(|_| fail("no response".into()))?;
    if !response.ok() {
        return Err(fail(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        )));
    }
    let text = response.text().map_err(|e| fail(js_reason(&e)))?;
    let text = JsFuture::from(text)
        .await
        .map_err(|e| fail(js_reason(&e)))?;
    text.as_string()
        .ok_or_else(|| fail("the response is not text".into()))
}

/// A readable reason from a thrown JS value.
fn js_reason(value: &wasm_bindgen::JsValue) -> String {
    value
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "network error".into())
}
