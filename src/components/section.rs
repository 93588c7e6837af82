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
            class=format!("fc-section fc-section--{}", id.slug())
            data-section=id.slug()
            role="tabpanel"
            id=format!("fc-panel-{}", id.slug())
            aria-labelledby=format!("fc-tab-{}", id.slug())
            tabindex="0"
            hidden=move || selected.get() != id
        >
            {children()}
        </section>
    }
}
