//! The card: header, sections as tabs, footer; or a loading, empty or error state.

use super::{
    figures_view, key_points_view, people_view, quotes_view, section, sources_view, timeline_view,
    CardContext,
};
use crate::i18n::Strings;
use crate::phase::CardPhase;
use crate::state::{aria_bool, CardModel, Origin, SectionId};
use crate::storage;
use leptos::prelude::*;
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The whole card `ctx` (its id and strings) for one `phase` of its life: loading, facts, or a
/// message. A plain function: each phase's view is type-erased once, here, and a component
/// around it would erase it a second time.
pub fn card(phase: CardPhase, ctx: CardContext) -> AnyView {
    let t = ctx.t;
    match phase {
        CardPhase::Loading => view! {
            <section class="fc-card fc-card--loading" aria-label=t.key_facts aria-busy="true">
                {card_header(t, None, None)}
                <div class="fc-skeleton" aria-hidden={"true"}>
                    <span class={"fc-skeleton__line"}></span>
                    <span class={"fc-skeleton__line"}></span>
                    <span class={"fc-skeleton__line fc-skeleton__line--short"}></span>
                </div>
                <p class="fc-card__message fc-visually-hidden">{t.loading}</p>
            </section>
        }
        .into_any(),
        CardPhase::Ready(model) => ready_card(model, ctx).into_any(),
        CardPhase::Empty(model) => view! {
            <section class="fc-card fc-card--empty" aria-label=t.key_facts>
                {card_header(t, model.headline.clone(), dated(&model))}
                <p class="fc-card__message">{t.empty}</p>
            </section>
        }
        .into_any(),
        CardPhase::Error(message) => view! {
            <section class="fc-card fc-card--error" aria-label=t.key_facts>
                {card_header(t, None, None)}
                <p class="fc-card__message" role="status">{message}</p>
            </section>
        }
        .into_any(),
    }
}

/// The publication date as (label, ISO) for the header.
fn dated(model: &CardModel) -> Option<(String, String)> {
    Some((model.published_label.clone()?, model.published?.to_iso()))
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

/// The card `ctx` with its facts, from `model`.
///
/// This, [`card_header`], [`super::section`], the chart and the six section lists are plain
/// functions, not components: each has one caller, and a component's view is type-erased on
/// its own, which costs the wasm a copy of the erasure code per component.
fn ready_card(model: Arc<CardModel>, ctx: CardContext) -> impl IntoView {
    let t = ctx.t;
    let ids = model.sections();
    let first = ids.first().copied().unwrap_or(SectionId::KeyPoints);
    // Per section, by `id as usize`: whether it is the selected one, and whether it ever was. A
    // panel's facts are built when its tab is first selected: the first paint has one panel's
    // nodes, not six. (Boolean signals only, set on selection, rather than a signal of the
    // selected section and a memo per panel: two kinds of reactive node less in the wasm.)
    let selected: [RwSignal<bool>; 6] =
        std::array::from_fn(|i| RwSignal::new(SectionId::ALL[i] == first));
    let shown: [RwSignal<bool>; 6] =
        std::array::from_fn(|i| RwSignal::new(SectionId::ALL[i] == first));
    let select = move |id: SectionId| {
        for (i, flag) in selected.iter().enumerate() {
            let now = i == id as usize;
            if flag.get_untracked() != now {
                flag.set(now);
            }
        }
        shown[id as usize].set(true);
    };
    let key = storage::collapsed_key(&storage::page_path(), model.headline.as_deref());
    let collapsed = RwSignal::new(storage::is_collapsed(&key));
    let more = RwSignal::new(!ctx.compact || ids.len() < 2);

    let tab_ids = ids.clone();
    let tabs = ids
        .iter()
        .map(|&id| {
            let order = tab_ids.clone();
            let on_key = move |ev: web_sys::KeyboardEvent| {
                let at = order.iter().position(|&s| s == id).unwrap_or(0);
                let Some(target) = ev
                    .current_target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                else {
                    return;
                };
                let rtl = target.closest(":dir(rtl)").ok().flatten().is_some();
                let Some(&next) =
                    tab_target(&ev.key(), at, order.len(), rtl).and_then(|i| order.get(i))
                else {
                    return;
                };
                ev.prevent_default();
                select(next);
                let tab = target
                    .parent_element()
                    .and_then(|list| {
                        list.query_selector(&["#", next.tab_id()].concat())
                            .ok()
                            .flatten()
                    })
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(tab) = tab {
                    let _ = tab.focus();
                }
            };
            let is = move || selected[id as usize].get();
            view! {
                <button
                    type="button"
                    role="tab"
                    class="fc-tab"
                    id=id.tab_id()
                    data-tab=id.slug()
                    aria-controls=id.panel_id()
                    aria-selected=move || aria_bool(is())
                    tabindex=move || if is() { "0" } else { "-1" }
                    on:click=move |_| {
                        #[cfg(feature = "test-panic")]
                        crate::panic::test_panic_on_click(ctx.id);
                        select(id)
                    }
                    on:keydown=on_key
                >
                    {t.title(id)}
                    <span class="fc-tab__count" aria-hidden="true">{model.count(id)}</span>
                </button>
            }
        })
        .collect_view();

    let panels = ids
        .iter()
        .map(|&id| {
            let model = Arc::clone(&model);
            let body = move || {
                // Untracked, as a component's body would be: the lists read no signal while
                // they are built, and must not subscribe the panel to one if they ever do.
                shown[id as usize].get().then(|| {
                    let model = Arc::clone(&model);
                    untrack(move || match id {
                        SectionId::KeyPoints => key_points_view(model, ctx).into_any(),
                        SectionId::Figures => figures_view(model, ctx).into_any(),
                        SectionId::Timeline => timeline_view(model, ctx).into_any(),
                        SectionId::People => people_view(model, ctx).into_any(),
                        SectionId::Quotes => quotes_view(model, ctx).into_any(),
                        SectionId::Sources => sources_view(model, ctx).into_any(),
                    })
                })
            };
            section(id, selected[id as usize], body)
        })
        .collect_view();
    let footer = match model.origin {
        Origin::Extracted => t.footer_extracted,
        Origin::Curated => t.footer_curated,
    };
    let toggle_key = key.clone();
    let toggle = move |_| {
        let now = !collapsed.get_untracked();
        collapsed.set(now);
        storage::set_collapsed(&toggle_key, now);
    };
    view! {
        <section
            class="fc-card"
            class:fc-card--collapsed=move || collapsed.get()
            aria-label=t.key_facts
            data-origin=model.origin.slug()
        >
            {card_header(t, model.headline.clone(), dated(&model))}
            <button
                type="button"
                class="fc-card__toggle"
                aria-expanded=move || aria_bool(!collapsed.get())
                aria-controls="fc-body"
                aria-label=t.collapse
                title=move || if collapsed.get() { t.expand } else { t.hide }
                on:click=toggle
            >
                <svg viewBox="0 0 16 16" aria-hidden={"true"} focusable="false">
                    <path d={"M4 10l4-4 4 4"} fill="none" stroke="currentColor" stroke-width="1.8"></path>
                </svg>
            </button>
            <div class="fc-card__body" id="fc-body" hidden=move || collapsed.get()>
                <div class="fc-tabs" role="tablist" aria-label=t.sections hidden=move || !more.get()>
                    {tabs}
                </div>
                {panels}
                {move || (!more.get()).then(|| view! {
                    <button
                        type="button"
                        class="fc-card__more"
                        aria-expanded="false"
                        on:click=move |_| more.set(true)
                    >
                        {t.more}
                    </button>
                })}
                <footer class="fc-card__footer">{footer}</footer>
            </div>
        </section>
    }
}

/// The card's header in the strings `t`: the "Key facts" label, the `headline` and the
/// publication `date` as (label, ISO date), each when known.
fn card_header(
    t: &'static Strings,
    headline: Option<String>,
    date: Option<(String, String)>,
) -> impl IntoView {
    view! {
        <header class="fc-card__header">
            <p class="fc-card__label">
                <svg class="fc-card__icon" viewBox="0 0 16 16" aria-hidden={"true"} focusable="false">
                    <path d={"M2 3h12v2H2zM2 7h12v2H2zM2 11h8v2H2z"}></path>
                </svg>
                {t.key_facts}
            </p>
            {headline.map(|h| view! { <h2 class="fc-card__headline">{h}</h2> })}
            {date.map(|(label, iso)| view! {
                <p class="fc-card__meta">
                    <time class="fc-card__date" datetime=iso>{label}</time>
                </p>
            })}
        </header>
    }
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
