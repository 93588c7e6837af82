//! The timeline: events in date order on a vertical line.

use super::{fact_item, fact_source, CardContext};
use crate::dom::H;
use crate::state::{CardModel, SectionId};

/// Events in date order, undated ones last. `model` holds them; `ctx` is the card's.
pub fn timeline_view(model: &CardModel, ctx: CardContext) -> H {
    let t = ctx.t;
    H::new("ol", "fc-timeline").attr("role", "list").children(
        model.timeline.iter().enumerate().map(|(i, e)| {
            let class = if e.is_published_day {
                "fc-event fc-event--published"
            } else {
                "fc-event"
            };
            let mut item = fact_item("li", class, &e.source, None).child(
                H::new("time", "fc-event__date")
                    .attr_opt("datetime", e.datetime.as_deref())
                    .text(&e.date_label),
            );
            if e.is_published_day {
                item = item
                    .text(" ")
                    .child(H::new("span", "fc-event__badge").text(t.publication_day));
            }
            item.child(H::new("p", "fc-event__text").text(&e.text))
                .child_opt(e.resolved_from.as_deref().map(|x| {
                    H::new("p", "fc-event__expr")
                        .text(t.article_says)
                        .text(" “")
                        .text(x)
                        .text("”")
                }))
                .child_opt(fact_source(ctx, &e.source, SectionId::Timeline, "event", i))
        }),
    )
}
