//! Quotations, grouped by speaker.

use super::{fact_source, CardContext};
use crate::state::{CardModel, SectionId};
use leptos::prelude::*;
use std::sync::Arc;

/// One block per speaker, their quotations in reading order. `model` holds them; `ctx` is
/// the card's.
pub fn quotes_view(model: Arc<CardModel>, ctx: CardContext) -> impl IntoView {
    let mut index = 0;
    view! {
        <div class="fc-quotes">
            {model
                .quote_groups
                .iter()
                .map(|g| view! {
                    <figure class="fc-quote">
                        {g.quotes
                            .iter()
                            .map(|q| {
                                let i = index;
                                index += 1;
                                view! {
                                    <blockquote class="fc-quote__text" title=q.source.tooltip() data-sentence=q.source.sentence>
                                        <p>"“" {q.text.clone()} "”"</p>
                                    </blockquote>
                                    {fact_source(ctx, &q.source, SectionId::Quotes, "quote", i)}
                                }
                            })
                            .collect_view()}
                        <figcaption class="fc-quote__speaker">
                            <span class="fc-quote__name">{g.speaker.clone()}</span>
                            {g.role.clone().map(|r| view! { ", " <span class="fc-quote__role">{r}</span> })}
                        </figcaption>
                    </figure>
                })
                .collect_view()}
        </div>
    }
}
