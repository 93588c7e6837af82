//! A titled section of the card.

use crate::state::SectionId;
use leptos::prelude::*;

/// A card section with its heading and item count.
#[component]
pub fn Section(
    /// Which section.
    id: SectionId,
    /// How many items it holds.
    count: usize,
    /// The section's list.
    children: Children,
) -> impl IntoView {
    let heading = format!("fc-h-{}", id.slug());
    let labelledby = heading.clone();
    view! {
        <section
            class=format!("fc-section fc-section--{}", id.slug())
            data-section=id.slug()
            aria-labelledby=labelledby
        >
            <h3 class="fc-section__title" id=heading>
                {id.title()}
                <span class="fc-section__count" aria-hidden="true">{count}</span>
            </h3>
            {children()}
        </section>
    }
}
