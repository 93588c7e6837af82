//! Figures: the number large, what it counts under it.

use crate::state::FigureItem;
use leptos::prelude::*;

/// Figures in reading order.
#[component]
pub fn Figures(
    /// The figures.
    items: Vec<FigureItem>,
) -> impl IntoView {
    view! {
        <ul class="fc-figures" role="list">
            {items
                .into_iter()
                .map(|f| view! {
                    <li class="fc-figure" title=f.source.tooltip() data-sentence=f.source.sentence>
                        {f.approximate.then(|| view! { <span class="fc-figure__approx">"about"</span> })}
                        <span class="fc-figure__value">{f.value}</span>
                        <span class="fc-figure__counts">{f.counts}</span>
                    </li>
                })
                .collect_view()}
        </ul>
    }
}
