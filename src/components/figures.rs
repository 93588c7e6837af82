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
                .map(|f| {
                    let (number, word) = f.value_parts();
                    let (number, word) = (number.to_owned(), word.map(str::to_owned));
                    view! {
                        <li class="fc-figure" title=f.source.tooltip() data-sentence=f.source.sentence>
                            {f.qualifier.map(|q| view! { <span class="fc-figure__qualifier">{q}</span> " " })}
                            <span class="fc-figure__value">
                                {number}
                                {word.map(|w| view! { " " <span class="fc-figure__scale">{w}</span> })}
                            </span>
                            " "
                            <span class="fc-figure__counts">{f.counts}</span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
