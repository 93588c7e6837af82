//! A fact's provenance: a disclosure that shows the sentence the fact came from, with "show in
//! article" (scroll the page there and highlight it) and a link to that sentence.

use super::CardContext;
use crate::state::{aria_bool, Provenance, SectionId};
use crate::{events, fragment, highlight};
use leptos::prelude::*;

/// The "Source" disclosure of one fact of the card `card`, from `source`, shown in `section` as the `index`th fact
/// of its `kind` (`key-point`, `figure`, `event`, `person`, `quote`, `source`). Renders nothing
/// when the sentence is unknown.
///
/// A plain function, not a component: its view is then built by the same code wherever a list
/// holds it, without a type-erased copy of its own.
pub fn fact_source(
    card: CardContext,
    source: &Provenance,
    section: SectionId,
    kind: &'static str,
    index: usize,
) -> Option<impl IntoView> {
    let t = card.t;
    let text = source.text.clone()?;
    let open = RwSignal::new(false);
    // Whether the body was ever opened (it stays built once it was).
    let opened = RwSignal::new(false);
    let copied = RwSignal::new(false);
    let uid = format!("fc-src-{}-{index}", kind);
    let link = fragment::link(&highlight::page_href(), &text);
    let copy_link = link.clone();
    let place = source.place.filter(|&p| highlight::can_locate(card.id, p));
    let sentence = text.clone();
    let toggle = move |_| {
        let now = !open.get_untracked();
        open.set(now);
        if now {
            opened.set(true);
            if let Some(host) = highlight::host(card.id) {
                events::select(&host, section.slug(), kind, index, Some(&sentence));
            }
        }
    };
    Some(view! {
        <div class="fc-prov">
            <button
                type="button"
                class="fc-prov__toggle"
                aria-expanded=move || aria_bool(open.get())
                aria-controls=uid.clone()
                on:click=toggle
            >
                {t.source}
                <svg class="fc-prov__chevron" viewBox="0 0 12 12" aria-hidden={"true"} focusable="false">
                    <path d={"M3 4.5l3 3 3-3"} fill="none" stroke="currentColor" stroke-width="1.6"></path>
                </svg>
            </button>
            // The body is built when first opened: most readers open few of them, and a card
            // has one per fact.
            <div class="fc-prov__body" id=uid hidden=move || !open.get()>
                {move || opened.get().then(|| {
                    let copy_link = copy_link.clone();
                    view! {
                        <blockquote class="fc-prov__sentence">
                            <span class="fc-visually-hidden">{t.from_article} ": "</span>
                            {text.clone()}
                        </blockquote>
                        <p class="fc-prov__actions">
                            {place.map(|p| view! {
                                <button type="button" class="fc-prov__show" on:click=move |_| { highlight::show(card.id, p); }>
                                    {t.show_in_article}
                                </button>
                            })}
                            <a class="fc-prov__link" href=link.clone()>{t.link}</a>
                            <button
                                type="button"
                                class="fc-prov__copy"
                                on:click=move |_| {
                                    highlight::copy(&copy_link);
                                    copied.set(true);
                                }
                            >
                                {move || if copied.get() { t.copied } else { t.copy_link }}
                            </button>
                        </p>
                    }
                })}
            </div>
        </div>
    })
}
