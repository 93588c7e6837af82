//! Sources with their status badge and basis.

use super::{fact_item, fact_source, CardContext};
use crate::dom::H;
use crate::state::{status_class, CardModel, SectionId};
use factcard_core::Status;

/// The localized badge text of a status.
fn badge(t: &crate::i18n::Strings, status: Status) -> &'static str {
    let i = match status {
        Status::Confirmed => 0,
        Status::Reported => 1,
        Status::Claimed => 2,
        Status::Assessed => 3,
        Status::Denied => 4,
    };
    t.statuses[i]
}

/// Sources in reading order. `model` holds them; `ctx` is the card's.
pub fn sources_view(model: &CardModel, ctx: CardContext) -> H {
    let t = ctx.t;
    H::new("ul", "fc-sources")
        .attr("role", "list")
        .children(model.sources.iter().enumerate().map(|(i, s)| {
            let claim = (!s.claim.is_empty()).then_some(s.claim.as_str());
            let mut item = fact_item("li", "fc-source", &s.source, claim).child(
                H::new("span", "fc-source__head")
                    .child(H::new("span", "fc-source__name").text(&s.name))
                    .text(" ")
                    .child(
                        H::new("span", status_class(s.status))
                            .child(
                                H::new("span", "fc-visually-hidden")
                                    .text(t.status)
                                    .text(" "),
                            )
                            .text(badge(t, s.status)),
                    ),
            );
            if let Some(basis) = &s.basis {
                item = item
                    .text(" ")
                    .child(H::new("span", "fc-source__basis").text(basis));
            }
            item.child_opt(fact_source(ctx, &s.source, SectionId::Sources, "source", i))
        }))
}
