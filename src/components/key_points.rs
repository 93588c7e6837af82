//! Key points: the sentences that carry the story.

use super::{fact_source, CardContext};
use crate::state::{CardModel, SectionId};
use leptos::prelude::*;
use std::sync::Arc;

/// The key points, in reading order. `model` holds them; `ctx` is the card's.
pub fn key_points_view(model: Arc<CardModel>, ctx: CardContext) -> impl IntoView {
    view! {
        <ul class="fc-keypoints" role="list">
            {model
                .key_points
                .iter()
                .enumerate()
                .map(|(i, k)| view! {
                    <li class="fc-keypoint" title=k.source.tooltip() data-sentence=k.source.sentence>
                        <span class="fc-keypoint__text">{k.text.clone()}</span>
                        {fact_source(ctx, &k.source, SectionId::KeyPoints, "key-point", i)}
                    </li>
                })
                .collect_view()}
        </ul>
    }
}
