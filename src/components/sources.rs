//! Sources with their status badge and basis.

use crate::state::{status_label, SourceItem};
use leptos::prelude::*;

/// Sources in reading order.
#[component]
pub fn Sources(
    /// The sources.
    items: Vec<SourceItem>,
) -> impl IntoView {
    view! {
        <ul class="fc-sources" role="list">
            {items
                .into_iter()
                .map(|s| {
                    let (label, modifier) = status_label(s.status);
                    let tip = s.source.tooltip().or_else(|| (!s.claim.is_empty()).then(|| s.claim.clone()));
                    view! {
                        <li class="fc-source" title=tip data-sentence=s.source.sentence>
                            <span class="fc-source__head">
                                <span class="fc-source__name">{s.name}</span>
                                " "
                                <span class=format!("fc-source__status fc-badge fc-badge--{modifier}")>
                                    {label}
                                </span>
                            </span>
                            {s.basis.map(|b| view! { " " <span class="fc-source__basis">{b}</span> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
