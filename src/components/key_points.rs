//! Key points: the sentences that carry the story.

use super::FactSource;
use crate::state::{KeyPointItem, SectionId};
use leptos::prelude::*;

/// The key points, in reading order.
#[component]
pub fn KeyPoints(
    /// The key points.
    items: Vec<KeyPointItem>,
) -> impl IntoView {
    view! {
        <ul class="fc-keypoints" role="list">
            {items
                .into_iter()
                .enumerate()
                .map(|(i, k)| view! {
                    <li class="fc-keypoint" title=k.source.tooltip() data-sentence=k.source.sentence>
                        <span class="fc-keypoint__text">{k.text}</span>
                        <FactSource source=k.source.clone() section=SectionId::KeyPoints kind="key-point" index=i/>
                    </li>
                })
                .collect_view()}
        </ul>
    }
}
