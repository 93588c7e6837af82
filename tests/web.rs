//! Component tests of the widget in headless Chromium (wasm-bindgen-test): each test puts a
//! fresh host element into the test page, mounts the cards as the embed script does
//! (`factcard::mount_all`), waits for the host's `data-factcard-state`, and asserts on the DOM
//! inside the card's shadow root.
//!
//! `cargo test -p factcard --target wasm32-unknown-unknown` (runner: wasm-bindgen-test-runner,
//! see `.cargo/config.toml`; ChromeDriver and Chromium flags: `scripts/env.sh`,
//! `tests/webdriver.json`).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Document, Element};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Adds `html` to the test page in a fresh element, mounts the cards, returns the element.
fn fixture(html: &str) -> Element {
    let doc = document();
    let root = doc.create_element("div").unwrap();
    root.set_inner_html(html);
    doc.body().unwrap().append_child(&root).unwrap();
    factcard::mount_all(&doc);
    root
}

fn host(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().expect(selector)
}

/// Waits until the card on `host` leaves the loading state; returns its state.
async fn settled(host: &Element) -> String {
    for _ in 0..400 {
        match host.get_attribute("data-factcard-state").as_deref() {
            Some("ready") | Some("empty") | Some("error") => {
                return host.get_attribute("data-factcard-state").unwrap()
            }
            _ => sleep(25).await,
        }
    }
    panic!(
        "the card never settled: state {:?}",
        host.get_attribute("data-factcard-state")
    );
}

/// The text of every element matching `selector` in the card's shadow root.
fn texts(host: &Element, selector: &str) -> Vec<String> {
    let shadow = host
        .shadow_root()
        .expect("the card has an open shadow root");
    let nodes = shadow.query_selector_all(selector).unwrap();
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|n| {
            n.text_content()
                .unwrap_or_default()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Selects the tab of `section` as a reader would (a click); a panel's facts are built when it
/// is first selected.
async fn select(host: &Element, section: &str) {
    let tab = host
        .shadow_root()
        .expect("the card has an open shadow root")
        .query_selector(&format!("[role=tab][data-tab=\"{section}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("a {section} tab"));
    tab.dyn_into::<web_sys::HtmlElement>().unwrap().click();
    sleep(0).await;
}

const CURATED: &str = r#"{"schema": "factcard/1",
  "meta": {"headline": "Harbour bridge reopens after repairs", "published": "2024-03-05"},
  "key_points": [{"text": "The harbour bridge reopened to traffic after eight months of repairs."}],
  "figures": [{"text": "42,000 vehicles a day", "value": 42000, "counts": "vehicles a day"}],
  "people": [{"name": "Marta Okonkwo", "role": "city engineer"}]}"#;

#[wasm_bindgen_test]
async fn curated_inline_json_is_rendered_in_an_open_shadow_root() {
    let root = fixture(&format!(
        r#"<div data-factcard id="wt-curated"><script type="application/json">{CURATED}</script></div>"#
    ));
    let host = host(&root, "#wt-curated");
    assert_eq!(settled(&host).await, "ready");
    assert_eq!(
        host.shadow_root().unwrap().mode(),
        web_sys::ShadowRootMode::Open
    );
    assert_eq!(
        texts(&host, ".fc-card__headline"),
        ["Harbour bridge reopens after repairs"]
    );
    assert_eq!(texts(&host, ".fc-keypoint").len(), 1);
    select(&host, "people").await;
    assert_eq!(texts(&host, ".fc-person__name"), ["Marta Okonkwo"]);
    select(&host, "figures").await;
    assert!(texts(&host, ".fc-figure__value")[0].contains("42,000"));
    root.remove();
}

#[wasm_bindgen_test]
async fn malformed_json_shows_a_message_and_leaves_other_cards_alone() {
    let root = fixture(&format!(
        r#"<div data-factcard id="wt-broken"><script type="application/json">{{"schema": "factcard/1", "people": [</script></div>
           <div data-factcard id="wt-good"><script type="application/json">{CURATED}</script></div>"#
    ));
    let broken = host(&root, "#wt-broken");
    let good = host(&root, "#wt-good");
    assert_eq!(settled(&broken).await, "error");
    let message = texts(&broken, ".fc-card__message");
    assert!(
        message.iter().any(|m| !m.is_empty()),
        "the error card says something to the reader"
    );
    assert_eq!(settled(&good).await, "ready");
    select(&good, "people").await;
    assert_eq!(texts(&good, ".fc-person__name"), ["Marta Okonkwo"]);
    root.remove();
}

#[wasm_bindgen_test]
async fn a_card_extracts_from_the_article_it_is_pointed_at() {
    let root = fixture(
        r##"<nav><a href="/">Home</a> Subscribe for 99 cents a month</nav>
           <article id="wt-story">
             <h1>Council backs a plan to plant trees across the city</h1>
             <p>The city council voted on Monday to plant 12,000 trees by the end of next year.</p>
             <p>"Every street will have shade within five years," city spokesman Daniel Reyes told reporters after the vote.</p>
             <p>The plan will cost about $4 million, according to the council's budget office.</p>
           </article>
           <div data-factcard id="wt-extract" data-article="#wt-story" data-published="2024-05-14"></div>"##,
    );
    let host = host(&root, "#wt-extract");
    assert_eq!(settled(&host).await, "ready");
    select(&host, "figures").await;
    let figures = texts(&host, ".fc-figure").join(" | ");
    assert!(figures.contains("12,000"), "figures: {figures}");
    select(&host, "people").await;
    let people = texts(&host, ".fc-person__name");
    assert!(
        people.iter().any(|p| p.contains("Daniel Reyes")),
        "people: {people:?}"
    );
    let all = texts(&host, ".fc-card").join(" ");
    assert!(
        !all.contains("99 cents") && !all.contains("Subscribe"),
        "navigation text leaked into the card: {all}"
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn the_ready_event_leaves_the_shadow_root_with_counts() {
    let seen: Rc<RefCell<Vec<JsValue>>> = Rc::default();
    let sink = seen.clone();
    let listener = Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| {
        let detail = e
            .dyn_ref::<web_sys::CustomEvent>()
            .map(|c| c.detail())
            .unwrap_or(JsValue::NULL);
        if e.target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .is_some_and(|t| t.id() == "wt-event")
        {
            sink.borrow_mut().push(detail);
        }
    });
    let doc = document();
    doc.add_event_listener_with_callback("factcard:ready", listener.as_ref().unchecked_ref())
        .unwrap();
    let root = fixture(&format!(
        r#"<div data-factcard id="wt-event"><script type="application/json">{CURATED}</script></div>"#
    ));
    let host = host(&root, "#wt-event");
    assert_eq!(settled(&host).await, "ready");
    sleep(0).await;
    doc.remove_event_listener_with_callback("factcard:ready", listener.as_ref().unchecked_ref())
        .unwrap();
    let seen = seen.borrow();
    assert_eq!(
        seen.len(),
        1,
        "one factcard:ready event reached the document"
    );
    let extract_ms = js_sys::Reflect::get(&seen[0], &"extract_ms".into()).unwrap();
    assert!(
        extract_ms.as_f64().is_some(),
        "detail.extract_ms is a number: {:?}",
        seen[0]
    );
    root.remove();
}

#[wasm_bindgen_test]
fn curated_json_is_read_through_the_browsers_parser_with_the_cores_rules() {
    // A valid sheet, with the integer fields the core reads as indices.
    let sheet = factcard::facts::parse(
        r#"{"schema":"factcard/1","sentences":[{"paragraph":0,"span":{"start":0,"end":9},"text":"One fact."}],
            "key_points":[{"text":"One fact.","sentence":0}],"unknown":{"ignored":[1,2,null,true]}}"#,
    )
    .expect("a valid sheet reads");
    assert_eq!(sheet.key_points[0].sentence, Some(0));
    // Syntax errors, wrong types and hostile nesting are errors, never panics.
    for bad in [
        r#"{"schema":"factcard/1","key_points":[{"text":"#.to_owned(),
        r#"{"schema":"factcard/1","key_points":[{"text":"A point.","sentence":-1}]}"#.to_owned(),
        r#"{"schema":"factcard/1","key_points":"not a list"}"#.to_owned(),
        format!(
            r#"{{"schema":"factcard/1","meta":{}{}}}"#,
            "[".repeat(5000),
            "]".repeat(5000)
        ),
    ] {
        assert!(
            factcard::facts::parse(&bad).is_err(),
            "{bad:.60} is rejected"
        );
    }
}

#[wasm_bindgen_test]
fn the_dom_builder_makes_elements_text_and_listeners_without_html() {
    use factcard::dom::{set_flag, H};
    let clicks = Rc::new(RefCell::new(0));
    let counted = Rc::clone(&clicks);
    let item = H::new("li", "fc-x")
        .attr("title", "<b>not markup</b>")
        .attr_opt("data-none", None)
        .sentence(Some(3))
        .flag("hidden", true)
        .text("<img src=x onerror=alert(1)>")
        .child(H::svg("svg", "fc-icon").child(H::svg("path", "").attr("d", "M0 0")))
        .on("click", move |_| *counted.borrow_mut() += 1);
    let el = &item.0;
    assert_eq!(el.get_attribute("class").as_deref(), Some("fc-x"));
    assert_eq!(el.get_attribute("data-sentence").as_deref(), Some("3"));
    assert!(!el.has_attribute("data-none"));
    assert_eq!(el.get_attribute("hidden").as_deref(), Some(""));
    set_flag(el, "hidden", false);
    assert!(!el.has_attribute("hidden"));
    // Text stays text: no element was parsed out of it.
    assert_eq!(el.children().length(), 1);
    assert!(el.text_content().unwrap().contains("<img src=x"));
    let svg = el.first_element_child().unwrap();
    assert_eq!(
        svg.namespace_uri().as_deref(),
        Some("http://www.w3.org/2000/svg")
    );
    assert_eq!(svg.first_element_child().unwrap().tag_name(), "path");
    el.unchecked_ref::<web_sys::HtmlElement>().click();
    assert_eq!(*clicks.borrow(), 1);
}
