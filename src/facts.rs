//! Curated facts: FactSheet JSON a newsroom hands the card instead of extraction, either inline
//! (`<script type="application/json">` inside the card element) or by URL (`data-facts`).

use crate::error::CardError;
use crate::format::integer;
use factcard_core::json::{Value, MAX_DEPTH};
use factcard_core::FactSheet;
use wasm_bindgen::prelude::{Closure, JsValue};
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

/// Reads and validates curated FactSheet JSON. The browser's `JSON.parse` reads the text (so the
/// wasm carries no JSON parser); the core turns the value into a FactSheet.
pub fn parse(json: &str) -> Result<FactSheet, CardError> {
    let invalid = |why: String| CardError::Facts(factcard_core::Error::InvalidFactSheet(why));
    let parsed = js_sys::JSON::parse(json).map_err(|e| invalid(js_reason(&e)))?;
    let value = to_value(&parsed, 0).ok_or_else(|| invalid("nesting too deep".into()))?;
    Ok(FactSheet::from_json_value(value)?)
}

/// The JSON value `v` as the core's [`Value`], or `None` when it nests deeper than the core
/// reads.
fn to_value(v: &JsValue, depth: usize) -> Option<Value> {
    if depth > MAX_DEPTH {
        return None;
    }
    Some(if let Some(b) = v.as_bool() {
        Value::Bool(b)
    } else if let Some(n) = v.as_f64() {
        // An integer as the core's parser reads one: non-negative, whole and exact.
        let exact = n >= 0.0 && n.fract() == 0.0 && n <= 9_007_199_254_740_991.0;
        Value::Num(n, exact.then_some(n as u64))
    } else if let Some(s) = v.as_string() {
        Value::Str(s)
    } else if let Some(items) = v.dyn_ref::<js_sys::Array>() {
        let mut out = Vec::with_capacity(items.length() as usize);
        for item in items.iter() {
            out.push(to_value(&item, depth + 1)?);
        }
        Value::Arr(out)
    } else if v.is_object() {
        let mut out = Vec::new();
        for entry in js_sys::Object::entries(v.unchecked_ref()).iter() {
            let pair: js_sys::Array = entry.unchecked_into();
            let key = pair.get(0).as_string().unwrap_or_default();
            out.push((key, to_value(&pair.get(1), depth + 1)?));
        }
        Value::Obj(out)
    } else {
        Value::Null
    })
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
            let seconds = integer((FETCH_TIMEOUT_MS / 1000).into());
            ["no answer within ", &seconds, " s"].concat()
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
        let status = integer(response.status().into());
        return Err(fail(
            ["HTTP ", &status, " ", &response.status_text()].concat(),
        ));
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
