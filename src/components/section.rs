//! One section of the card as a tab panel.

use crate::state::SectionId;
use leptos::prelude::*;

/// The tab panel of section `id` holding `body` (the section's list), labelled by its tab
/// (`#fc-tab-<slug>`), hidden unless `selected` (whether section `id` is the selected one).
pub fn section(
    id: SectionId,
    selected: RwSignal<bool>,
    body: impl IntoView + 'static,
) -> impl IntoView {
    view! {
        <section
            class=id.panel_class()
            data-section=id.slug()
            role="tabpanel"
            id=id.panel_id()
            aria-labelledby=id.tab_id()
            tabindex="0"
            hidden=move || !selected.get()
        >
            {body}
        </section>
    }
}
