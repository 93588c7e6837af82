//! Quotations, grouped by speaker.

use super::{fact_item, fact_source, CardContext};
use crate::dom::H;
use crate::state::{CardModel, SectionId};

/// One block per speaker, their quotations in reading order. `model` holds them; `ctx` is
/// the card's.
pub fn quotes_view(model: &CardModel, ctx: CardContext) -> H {
    let mut index = 0;
    H::new("div", "fc-quotes").children(model.quote_groups.iter().map(|g| {
        let mut figure = H::new("figure", "fc-quote");
        for q in &g.quotes {
            figure = figure
                .child(
                    fact_item("blockquote", "fc-quote__text", &q.source, None)
                        .child(H::new("p", "").text("“").text(&q.text).text("”")),
                )
                .child_opt(fact_source(
                    ctx,
                    &q.source,
                    SectionId::Quotes,
                    "quote",
                    index,
                ));
            index += 1;
        }
        let mut caption = H::new("figcaption", "fc-quote__speaker")
            .child(H::new("span", "fc-quote__name").text(&g.speaker));
        if let Some(role) = &g.role {
            caption = caption
                .text(", ")
                .child(H::new("span", "fc-quote__role").text(role));
        }
        figure.child(caption)
    }))
}
