//! The card's view layer: a few DOM calls behind a small builder.
//!
//! Elements are made with `createElement` and filled with text nodes and `setAttribute`, never
//! with HTML, so the card needs no Trusted Types policy and nothing it shows can inject markup.
//! Interactive parts update the few nodes they own directly (see [`crate::components`]): a card
//! has half a dozen kinds of state, each a flag on a handful of elements, which a reactive
//! framework would cost the wasm far more bytes to track than these calls do.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event};

/// The SVG namespace, for icons and charts.
const SVG_NS: &str = "http://www.w3.org/2000/svg";

thread_local! {
    /// The page's document, looked up once.
    static DOC: Option<Document> = web_sys::window().and_then(|w| w.document());
}

/// An element being built. Each method consumes and returns it, so a view reads as a tree:
/// `H::new("li", "fc-keypoint").attr("title", tip).text(point)`.
#[derive(Debug, Clone)]
pub struct H(pub Element);

impl H {
    /// A new `<tag class="class">` (no class when `class` is empty).
    pub fn new(tag: &str, class: &str) -> H {
        H::made(
            DOC.with(|d| d.as_ref().and_then(|d| d.create_element(tag).ok())),
            class,
        )
    }

    /// A new SVG element `<tag class="class">`.
    pub fn svg(tag: &str, class: &str) -> H {
        H::made(
            DOC.with(|d| {
                d.as_ref()
                    .and_then(|d| d.create_element_ns(Some(SVG_NS), tag).ok())
            }),
            class,
        )
    }

    fn made(element: Option<Element>, class: &str) -> H {
        // Without a document there is no card to build; a detached stand-in keeps the
        // builder total (it is never attached).
        let element =
            element.unwrap_or_else(|| JsValue::from(js_sys::Object::new()).unchecked_into());
        if !class.is_empty() {
            let _ = element.set_attribute("class", class);
        }
        H(element)
    }

    /// Sets attribute `name` to `value`.
    pub fn attr(self, name: &str, value: &str) -> H {
        let _ = self.0.set_attribute(name, value);
        self
    }

    /// Sets attribute `name` to `value` when there is one.
    pub fn attr_opt(self, name: &str, value: Option<&str>) -> H {
        match value {
            Some(v) => self.attr(name, v),
            None => self,
        }
    }

    /// Sets or removes the boolean attribute `name`.
    pub fn flag(self, name: &str, on: bool) -> H {
        set_flag(&self.0, name, on);
        self
    }

    /// Sets `data-sentence` to the index of the fact's sentence, when known.
    pub fn sentence(self, index: Option<usize>) -> H {
        match index {
            Some(i) => self.attr("data-sentence", &crate::format::integer(i as i64)),
            None => self,
        }
    }

    /// Appends a text node.
    pub fn text(self, text: &str) -> H {
        let _ = self.0.append_with_str_1(text);
        self
    }

    /// Appends a child element.
    pub fn child(self, child: H) -> H {
        let _ = self.0.append_child(&child.0);
        self
    }

    /// Appends a child element when there is one.
    pub fn child_opt(self, child: Option<H>) -> H {
        match child {
            Some(c) => self.child(c),
            None => self,
        }
    }

    /// Appends every element of `children`.
    pub fn children(self, children: impl IntoIterator<Item = H>) -> H {
        for c in children {
            let _ = self.0.append_child(&c.0);
        }
        self
    }

    /// Calls `handler` on each `kind` event (`click`, `keydown`) of this element, for as long
    /// as the element lives.
    pub fn on(self, kind: &str, handler: impl FnMut(Event) + 'static) -> H {
        listen(&self.0, kind, Box::new(handler));
        self
    }
}

/// Adds a listener. One boxed closure type for every handler: the glue between the browser and
/// Rust is then generated once. The browser owns the handler from here: the Rust closure is
/// freed when the element, and with it the listener, is garbage-collected.
fn listen(target: &Element, kind: &str, handler: Box<dyn FnMut(Event)>) {
    let function = Closure::wrap(handler).into_js_value();
    let _ = target.add_event_listener_with_callback(kind, function.unchecked_ref());
}

/// Sets (`name=""`) or removes the boolean attribute `name` of `element`.
pub fn set_flag(element: &Element, name: &str, on: bool) {
    if on {
        let _ = element.set_attribute(name, "");
    } else {
        let _ = element.remove_attribute(name);
    }
}
