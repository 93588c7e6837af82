//! Key points: the sentences that carry the story.

use super::{fact_item, fact_source, CardContext};
use crate::dom::H;
use crate::state::{CardModel, SectionId};

/// The key points, in reading order. `model` holds them; `ctx` is the card's.
pub fn key_points_view(model: &CardModel, ctx: CardContext) -> H {
    H::new("ul", "fc-keypoints").attr("role", "list").children(
        model.key_points.iter().enumerate().map(|(i, k)| {
            fact_item("li", "fc-keypoint", &k.source, None)
                .child(H::new("span", "fc-keypoint__text").text(&k.text))
                .child_opt(fact_source(
                    ctx,
                    &k.source,
                    SectionId::KeyPoints,
                    "key-point",
                    i,
                ))
        }),
    )
}
