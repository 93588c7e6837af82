//! Sources with their status badge and basis.

use super::{fact_source, CardContext};
use crate::state::{status_class, CardModel, SectionId};
use factcard_core::Status;
use leptos::prelude::*;
use std::sync::Arc;

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
pub fn sources_view(model: Arc<CardModel>, ctx: CardContext) -> impl IntoView {
    let t = ctx.t;
    view! {
        <ul class="fc-sources" role="list">
            {model
                .sources
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let tip = s.source.tooltip().or_else(|| (!s.claim.is_empty()).then(|| s.claim.clone()));
                    view! {
                        <li class="fc-source" title=tip data-sentence=s.source.sentence>
                            <span class="fc-source__head">
                                <span class="fc-source__name">{s.name.clone()}</span>
                                " "
                                <span class=status_class(s.status)>
                                    <span class="fc-visually-hidden">{t.status} " "</span>
                                    {badge(t, s.status)}
                                </span>
                            </span>
                            {s.basis.clone().map(|b| view! { " " <span class="fc-source__basis">{b}</span> })}
                            {fact_source(ctx, &s.source, SectionId::Sources, "source", i)}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
