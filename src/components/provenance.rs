//! A fact's provenance: a disclosure that shows the sentence the fact came from, with "show in
//! article" (scroll the page there and highlight it) and a link to that sentence.

use super::CardContext;
use crate::dom::{set_flag, H};
use crate::format::integer;
use crate::state::{aria_bool, Provenance, SectionId};
use crate::{events, fragment, highlight};
use std::cell::Cell;

/// The "Source" disclosure of one fact of the card `card`, from `source`, shown in `section` as
/// the `index`th fact of its `kind` (`key-point`, `figure`, `event`, `person`, `quote`,
/// `source`). `None` when the sentence is unknown.
///
/// The body is built when first opened: most readers open few of them, and a card has one per
/// fact.
pub fn fact_source(
    card: CardContext,
    source: &Provenance,
    section: SectionId,
    kind: &'static str,
    index: usize,
) -> Option<H> {
    let t = card.t;
    let text = source.text.clone()?;
    let uid = ["fc-src-", kind, "-", &integer(index as i64)].concat();
    let place = source.place.filter(|&p| highlight::can_locate(card.id, p));
    let body = H::new("div", "fc-prov__body")
        .attr("id", &uid)
        .flag("hidden", true);
    let toggle = H::new("button", "fc-prov__toggle")
        .attr("type", "button")
        .attr("aria-expanded", "false")
        .attr("aria-controls", &uid)
        .text(t.source);
    let open = Cell::new(false);
    let built = Cell::new(false);
    let (button, panel) = (toggle.0.clone(), body.0.clone());
    let toggle = toggle.on("click", move |_| {
        let now = !open.get();
        open.set(now);
        let _ = button.set_attribute("aria-expanded", aria_bool(now));
        set_flag(&panel, "hidden", !now);
        if now && !built.replace(true) {
            let [sentence, actions] = body_view(card, &text, place);
            let _ = panel.append_child(&sentence.0);
            let _ = panel.append_child(&actions.0);
        }
        if now {
            if let Some(host) = highlight::host(card.id) {
                events::select(&host, section.slug(), kind, index, Some(&text));
            }
        }
    });
    Some(H::new("div", "fc-prov").child(toggle).child(body))
}

/// The disclosure's body: the `sentence`, then its actions: "show in article" when its `place`
/// in the page is known, a link to it and a button that copies the link.
fn body_view(card: CardContext, sentence: &str, place: Option<(usize, usize, usize)>) -> [H; 2] {
    let t = card.t;
    let link = fragment::link(&highlight::page_href(), sentence);
    let show = place.map(|p| {
        H::new("button", "fc-prov__show")
            .attr("type", "button")
            .text(t.show_in_article)
            .on("click", move |_| {
                highlight::show(card.id, p);
            })
    });
    let copy = H::new("button", "fc-prov__copy")
        .attr("type", "button")
        .text(t.copy_link);
    let (copy_button, copy_link) = (copy.0.clone(), link.clone());
    let copy = copy.on("click", move |_| {
        highlight::copy(&copy_link);
        copy_button.set_text_content(Some(t.copied));
    });
    [
        H::new("blockquote", "fc-prov__sentence")
            .child(
                H::new("span", "fc-visually-hidden")
                    .text(t.from_article)
                    .text(": "),
            )
            .text(sentence),
        H::new("p", "fc-prov__actions")
            .child_opt(show)
            .child(
                H::new("a", "fc-prov__link")
                    .attr("href", &link)
                    .text(t.link),
            )
            .child(copy),
    ]
}
