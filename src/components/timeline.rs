//! The timeline: events in date order on a vertical line.

use super::{fact_source, CardContext};
use crate::state::{CardModel, SectionId};
use leptos::prelude::*;
use std::sync::Arc;

/// Events in date order, undated ones last. `model` holds them; `ctx` is the card's.
pub fn timeline_view(model: Arc<CardModel>, ctx: CardContext) -> impl IntoView {
    let t = ctx.t;
    view! {
        <ol class="fc-timeline" role="list">
            {model
                .timeline
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let class = if e.is_published_day { "fc-event fc-event--published" } else { "fc-event" };
                    view! {
                        <li class=class title=e.source.tooltip() data-sentence=e.source.sentence>
                            <time class="fc-event__date" datetime=e.datetime.clone()>{e.date_label.clone()}</time>
                            {e.is_published_day.then(|| view! {
                                " " <span class="fc-event__badge">{t.publication_day}</span>
                            })}
                            <p class="fc-event__text">{e.text.clone()}</p>
                            {e.resolved_from.clone().map(|x| view! {
                                <p class="fc-event__expr">{t.article_says} " “" {x} "”"</p>
                            })}
                            {fact_source(ctx, &e.source, SectionId::Timeline, "event", i)}
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
