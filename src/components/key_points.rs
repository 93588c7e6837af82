//! The key points list.

use crate::state::KeyPointItem;
use leptos::prelude::*;

/// Key points in reading order.
#[component]
pub fn KeyPoints(
    /// The points.
    items: Vec<KeyPointItem>,
) -> impl IntoView {
    view! {
        <ul class="fc-keypoints" role="list">
            {items
                .into_iter()
                .map(|k| view! {
                    <li class="fc-keypoint" title=k.source.tooltip() data-sentence=k.source.sentence>
                        {k.text}
                    </li>
                })
                .collect_view()}
        </ul>
    }
}
