//! One section of the card as a tab panel.

use crate::state::SectionId;
use leptos::prelude::*;

/// A tab panel, labelled by its tab (`#fc-tab-<slug>`), hidden unless its tab is selected.
#[component]
pub fn Section(
    /// Which section.
    id: SectionId,
    /// The selected section.
    selected: RwSignal<SectionId>,
    /// The section's list.
    children: Children,
) -> impl IntoView {
    view! {
        <section
            class=id.panel_class()
            data-section=id.slug()
            role="tabpanel"
            id=id.panel_id()
            aria-labelledby=id.tab_id()
            tabindex="0"
            hidden=move || selected.get() != id
        >
            {children()}
        </section>
    }
}
