//! The card: header, sections as tabs, footer; or a loading, empty or error state.

use super::{
    figures_view, key_points_view, people_view, quotes_view, section, sources_view, timeline_view,
    CardContext,
};
use crate::dom::{set_flag, H};
use crate::format::integer;
use crate::i18n::Strings;
use crate::phase::CardPhase;
use crate::state::{aria_bool, CardModel, Origin, SectionId};
use crate::storage;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// The whole card `ctx` (its id and strings) for one `phase` of its life: loading, facts, or a
/// message.
pub fn card(phase: CardPhase, ctx: CardContext) -> H {
    let t = ctx.t;
    match phase {
        CardPhase::Loading => H::new("section", "fc-card fc-card--loading")
            .attr("aria-label", t.key_facts)
            .attr("aria-busy", "true")
            .child(card_header(t, None, None))
            .child(
                H::new("div", "fc-skeleton")
                    .attr("aria-hidden", "true")
                    .child(H::new("span", "fc-skeleton__line"))
                    .child(H::new("span", "fc-skeleton__line"))
                    .child(H::new("span", "fc-skeleton__line fc-skeleton__line--short")),
            )
            .child(H::new("p", "fc-card__message fc-visually-hidden").text(t.loading)),
        CardPhase::Ready(model) => ready_card(model, ctx),
        CardPhase::Empty(model) => H::new("section", "fc-card fc-card--empty")
            .attr("aria-label", t.key_facts)
            .child(card_header(t, model.headline.as_deref(), dated(&model)))
            .child(H::new("p", "fc-card__message").text(t.empty)),
        CardPhase::Error(message) => H::new("section", "fc-card fc-card--error")
            .attr("aria-label", t.key_facts)
            .child(card_header(t, None, None))
            .child(
                H::new("p", "fc-card__message")
                    .attr("role", "status")
                    .text(message),
            ),
    }
}

/// The publication date as (label, ISO) for the header.
fn dated(model: &CardModel) -> Option<(&str, String)> {
    Some((model.published_label.as_deref()?, model.published?.to_iso()))
}

/// The section a key press on a tab moves to (WAI-ARIA tabs: Left/Right wrap, Home/End),
/// mirrored for right-to-left text.
pub fn tab_target(key: &str, at: usize, len: usize, rtl: bool) -> Option<usize> {
    if len == 0 {
        return None;
    }
    let (next, prev) = if rtl {
        ("ArrowLeft", "ArrowRight")
    } else {
        ("ArrowRight", "ArrowLeft")
    };
    match key {
        k if k == next => Some((at + 1) % len),
        k if k == prev => Some((at + len - 1) % len),
        "Home" => Some(0),
        "End" => Some(len - 1),
        _ => None,
    }
}

/// The sections of one card as WAI-ARIA tabs: which one is selected, and which panels were
/// ever shown (a panel's list is built when its tab is first selected, so the first paint has
/// one panel's nodes, not six).
struct Tabs {
    /// The facts.
    model: Arc<CardModel>,
    /// The card's context.
    ctx: CardContext,
    /// The sections shown, in order, each with its tab button and its panel.
    sections: Vec<(SectionId, Element, Element)>,
    /// Whether each panel's list is built, by position in `sections`.
    built: RefCell<Vec<bool>>,
}

impl Tabs {
    /// Selects section `id`: its tab and panel show, the others hide; its list is built on its
    /// first selection.
    fn select(&self, id: SectionId) {
        for (i, (section, tab, panel)) in self.sections.iter().enumerate() {
            let now = *section == id;
            let _ = tab.set_attribute("aria-selected", aria_bool(now));
            let _ = tab.set_attribute("tabindex", if now { "0" } else { "-1" });
            set_flag(panel, "hidden", !now);
            let first = now && !std::mem::replace(&mut self.built.borrow_mut()[i], true);
            if first {
                let (model, ctx, panel) = (&*self.model, self.ctx, H(panel.clone()));
                match id {
                    SectionId::KeyPoints => panel.child(key_points_view(model, ctx)),
                    SectionId::Figures => figures_view(panel, model, ctx),
                    SectionId::Timeline => panel.child(timeline_view(model, ctx)),
                    SectionId::People => panel.child(people_view(model, ctx)),
                    SectionId::Quotes => panel.child(quotes_view(model, ctx)),
                    SectionId::Sources => panel.child(sources_view(model, ctx)),
                };
            }
        }
    }

    /// Answers a key press on the tab of section `id` (arrows, Home, End): selects and focuses
    /// the tab it moves to.
    fn key(&self, id: SectionId, ev: &web_sys::KeyboardEvent) {
        let at = self.sections.iter().position(|s| s.0 == id).unwrap_or(0);
        let Some(tab) = self.sections.get(at).map(|s| &s.1) else {
            return;
        };
        let rtl = tab.closest(":dir(rtl)").ok().flatten().is_some();
        let Some((next, next_tab, _)) =
            tab_target(&ev.key(), at, self.sections.len(), rtl).and_then(|i| self.sections.get(i))
        else {
            return;
        };
        ev.prevent_default();
        self.select(*next);
        if let Some(tab) = next_tab.dyn_ref::<web_sys::HtmlElement>() {
            let _ = tab.focus();
        }
    }
}

/// The card `ctx` with its facts, from `model`: a header, a collapse button, the sections as
/// tabs (only key points at first in a compact card, until "more") and a footer.
fn ready_card(model: Arc<CardModel>, ctx: CardContext) -> H {
    let t = ctx.t;
    let ids = model.sections();
    let first = ids.first().copied().unwrap_or(SectionId::KeyPoints);
    let mut sections: Vec<(SectionId, Element, Element)> = Vec::with_capacity(ids.len());
    for &id in &ids {
        let tab = H::new("button", "fc-tab")
            .attr("type", "button")
            .attr("role", "tab")
            .attr("id", id.tab_id())
            .attr("data-tab", id.slug())
            .attr("aria-controls", id.panel_id())
            .text(t.title(id))
            .child(
                H::new("span", "fc-tab__count")
                    .attr("aria-hidden", "true")
                    .text(&integer(model.count(id) as i64)),
            );
        sections.push((id, tab.0, section(id, false).0));
    }
    let tabs = Rc::new(Tabs {
        model: Arc::clone(&model),
        ctx,
        built: RefCell::new(vec![false; sections.len()]),
        sections,
    });
    tabs.select(first);
    let tablist = H::new("div", "fc-tabs")
        .attr("role", "tablist")
        .attr("aria-label", t.sections);
    for (id, tab, _) in &tabs.sections {
        let id = *id;
        let on_click = Rc::clone(&tabs);
        let on_key = Rc::clone(&tabs);
        H(tab.clone())
            .on("click", move |_| {
                #[cfg(feature = "test-panic")]
                crate::panic::test_panic_on_click(ctx.id);
                on_click.select(id);
            })
            .on("keydown", move |ev| {
                if let Some(ev) = ev.dyn_ref::<web_sys::KeyboardEvent>() {
                    on_key.key(id, ev);
                }
            });
        let _ = tablist.0.append_child(tab);
    }
    let mut body = H::new("div", "fc-card__body")
        .attr("id", "fc-body")
        .child(tablist.clone());
    for (_, _, panel) in &tabs.sections {
        let _ = body.0.append_child(panel);
    }
    if ctx.compact && ids.len() >= 2 {
        set_flag(&tablist.0, "hidden", true);
        let list = tablist.0.clone();
        body = body.child(
            H::new("button", "fc-card__more")
                .attr("type", "button")
                .attr("aria-expanded", "false")
                .text(t.more)
                .on("click", move |ev| {
                    set_flag(&list, "hidden", false);
                    if let Some(more) = ev
                        .current_target()
                        .and_then(|m| m.dyn_into::<Element>().ok())
                    {
                        more.remove();
                    }
                }),
        );
    }
    let footer = match model.origin {
        Origin::Extracted => t.footer_extracted,
        Origin::Curated => t.footer_curated,
    };
    let body = body.child(H::new("footer", "fc-card__footer").text(footer));

    let key = storage::collapsed_key(&storage::page_path(), model.headline.as_deref());
    let collapsed = Cell::new(storage::is_collapsed(&key));
    let card = H::new("section", "fc-card")
        .attr("aria-label", t.key_facts)
        .attr("data-origin", model.origin.slug());
    let toggle = H::new("button", "fc-card__toggle")
        .attr("type", "button")
        .attr("aria-controls", "fc-body")
        .attr("aria-label", t.collapse)
        .child(
            H::svg("svg", "")
                .attr("viewBox", "0 0 16 16")
                .attr("aria-hidden", "true")
                .attr("focusable", "false")
                .child(
                    H::svg("path", "")
                        .attr("d", "M4 10l4-4 4 4")
                        .attr("fill", "none")
                        .attr("stroke", "currentColor")
                        .attr("stroke-width", "1.8"),
                ),
        );
    let parts = [card.0.clone(), toggle.0.clone(), body.0.clone()];
    let show = move |now: bool| {
        let [card, toggle, body] = &parts;
        let _ = card
            .class_list()
            .toggle_with_force("fc-card--collapsed", now);
        let _ = toggle.set_attribute("aria-expanded", aria_bool(!now));
        let _ = toggle.set_attribute("title", if now { t.expand } else { t.hide });
        set_flag(body, "hidden", now);
    };
    show(collapsed.get());
    let toggle = toggle.on("click", move |_| {
        let now = !collapsed.get();
        collapsed.set(now);
        show(now);
        storage::set_collapsed(&key, now);
    });
    card.child(card_header(t, model.headline.as_deref(), dated(&model)))
        .child(toggle)
        .child(body)
}

/// The card's header in the strings `t`: the "Key facts" label, the `headline` and the
/// publication `date` as (label, ISO date), each when known.
fn card_header(t: &'static Strings, headline: Option<&str>, date: Option<(&str, String)>) -> H {
    H::new("header", "fc-card__header")
        .child(
            H::new("p", "fc-card__label")
                .child(
                    H::svg("svg", "fc-card__icon")
                        .attr("viewBox", "0 0 16 16")
                        .attr("aria-hidden", "true")
                        .attr("focusable", "false")
                        .child(
                            H::svg("path", "").attr("d", "M2 3h12v2H2zM2 7h12v2H2zM2 11h8v2H2z"),
                        ),
                )
                .text(t.key_facts),
        )
        .child_opt(headline.map(|h| H::new("h2", "fc-card__headline").text(h)))
        .child_opt(date.map(|(label, iso)| {
            H::new("p", "fc-card__meta").child(
                H::new("time", "fc-card__date")
                    .attr("datetime", &iso)
                    .text(label),
            )
        }))
}

#[cfg(test)]
mod tests {
    use super::tab_target;

    #[test]
    fn tab_keys() {
        assert_eq!(tab_target("ArrowRight", 5, 6, false), Some(0));
        assert_eq!(tab_target("ArrowLeft", 0, 6, false), Some(5));
        assert_eq!(tab_target("ArrowLeft", 0, 6, true), Some(1));
        assert_eq!(tab_target("Home", 3, 6, false), Some(0));
        assert_eq!(tab_target("End", 3, 6, false), Some(5));
        assert_eq!(tab_target("a", 3, 6, false), None);
    }
}
