//! People named in the article: choosing one shows their role, their quotes and the facts
//! they are part of.

use super::{fact_item, fact_source, CardContext};
use crate::dom::{set_flag, H};
use crate::format::integer;
use crate::state::{aria_bool, CardModel, SectionId};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use web_sys::Element;

/// People in order of first mention; one of them at a time is open. `model` holds them; `ctx`
/// is the card's.
pub fn people_view(model: &CardModel, ctx: CardContext) -> H {
    let t = ctx.t;
    // Per person: the item, its toggle and its details, to open and close them.
    let parts: Rc<RefCell<Vec<[Element; 3]>>> = Rc::default();
    let chosen: Rc<Cell<Option<usize>>> = Rc::default();
    let mut list = H::new("ul", "fc-people").attr("role", "list");
    for (i, p) in model.people.iter().enumerate() {
        let details = ["fc-person-", &integer(i as i64)].concat();
        let mut id =
            H::new("span", "fc-person__id").child(H::new("span", "fc-person__name").text(&p.name));
        if let Some(role) = &p.role {
            id = id
                .child(H::new("span", "fc-visually-hidden").text(", "))
                .child(H::new("span", "fc-person__role").text(role));
        }
        let mut toggle = H::new("button", "fc-person__toggle")
            .attr("type", "button")
            .attr("aria-expanded", "false")
            .attr("aria-controls", &details)
            .child(
                H::new("span", "fc-person__avatar")
                    .attr("aria-hidden", "true")
                    .text(&p.initials),
            )
            .child(id);
        if p.quote_count > 0 {
            toggle = toggle
                .text(" ")
                .child(H::new("span", "fc-person__quotes").text(&t.quote_count(p.quote_count)));
        }
        let body = H::new("div", "fc-person__details")
            .attr("id", &details)
            .flag("hidden", true);
        let mut said = Vec::with_capacity(p.quotes.len());
        for q in &p.quotes {
            said.push(
                H::new("li", "fc-person__quote")
                    .text("“")
                    .text(&q.text)
                    .text("”"),
            );
        }
        let body = headed_list(body, t.quotes, "fc-person__said", said);
        let mut facts = Vec::with_capacity(p.facts.len());
        for f in &p.facts {
            facts.push(H::new("li", "fc-person__fact").text(f));
        }
        let body = headed_list(body, t.facts_with, "fc-person__facts", facts);
        let body = body.child_opt(fact_source(ctx, &p.source, SectionId::People, "person", i));
        let item = fact_item("li", "fc-person", &p.source, None);
        parts
            .borrow_mut()
            .push([item.0.clone(), toggle.0.clone(), body.0.clone()]);
        let (parts, chosen) = (Rc::clone(&parts), Rc::clone(&chosen));
        let toggle = toggle.on("click", move |_| {
            let was = chosen.get();
            let now = if was == Some(i) { None } else { Some(i) };
            chosen.set(now);
            for (j, [item, toggle, body]) in parts.borrow().iter().enumerate() {
                if was == Some(j) || now == Some(j) {
                    let open = now == Some(j);
                    let _ = item.class_list().toggle_with_force("fc-person--open", open);
                    let _ = toggle.set_attribute("aria-expanded", aria_bool(open));
                    set_flag(body, "hidden", !open);
                }
            }
        });
        list = list.child(item.child(toggle).child(body));
    }
    list
}

/// `body` with a `heading` and the list of `items` (class `class`) under it, when there are any.
fn headed_list(body: H, heading: &str, class: &str, items: Vec<H>) -> H {
    if items.is_empty() {
        return body;
    }
    body.child(H::new("p", "fc-person__heading").text(heading))
        .child(H::new("ul", class).attr("role", "list").children(items))
}
