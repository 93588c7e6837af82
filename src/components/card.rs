//! The card: header, sections, footer; or a loading, empty or error state.

use super::{Figures, KeyPoints, People, Quotes, Section, Sources, Timeline};
use crate::phase::CardPhase;
use crate::state::{CardModel, Origin, SectionId};
use leptos::prelude::*;
use std::sync::Arc;

/// The whole card for one phase of its life.
#[component]
pub fn Card(
    /// What to show: loading, facts, or a message.
    phase: CardPhase,
) -> impl IntoView {
    match phase {
        CardPhase::Loading => view! {
            <section class="fc-card fc-card--loading" aria-label="Key facts" aria-busy="true">
                <CardHeader headline=None date=None/>
                <div class="fc-skeleton" aria-hidden="true">
                    <span class="fc-skeleton__line"></span>
                    <span class="fc-skeleton__line"></span>
                    <span class="fc-skeleton__line fc-skeleton__line--short"></span>
                </div>
                <p class="fc-card__message fc-visually-hidden">"Loading key facts…"</p>
            </section>
        }
        .into_any(),
        CardPhase::Ready(model) => view! { <ReadyCard model/> }.into_any(),
        CardPhase::Empty(model) => view! {
            <section class="fc-card fc-card--empty" aria-label="Key facts">
                <CardHeader headline=model.headline.clone() date=dated(&model)/>
                <p class="fc-card__message">"No key facts were found in this article."</p>
            </section>
        }
        .into_any(),
        CardPhase::Error(message) => view! {
            <section class="fc-card fc-card--error" aria-label="Key facts">
                <CardHeader headline=None date=None/>
                <p class="fc-card__message" role="status">{message}</p>
            </section>
        }
        .into_any(),
    }
}

/// The publication date as (label, ISO) for the header.
fn dated(model: &CardModel) -> Option<(String, String)> {
    Some((model.published_label.clone()?, model.published?.to_iso()))
}

/// The card with its facts.
#[component]
fn ReadyCard(
    /// The facts to show.
    model: Arc<CardModel>,
) -> impl IntoView {
    let sections = model
        .sections()
        .into_iter()
        .map(|id| {
            let body = match id {
                SectionId::KeyPoints => {
                    view! { <KeyPoints items=model.key_points.clone()/> }.into_any()
                }
                SectionId::Figures => view! { <Figures items=model.figures.clone()/> }.into_any(),
                SectionId::Timeline => {
                    view! { <Timeline items=model.timeline.clone()/> }.into_any()
                }
                SectionId::People => view! { <People items=model.people.clone()/> }.into_any(),
                SectionId::Quotes => {
                    view! { <Quotes groups=model.quote_groups.clone()/> }.into_any()
                }
                SectionId::Sources => view! { <Sources items=model.sources.clone()/> }.into_any(),
            };
            view! { <Section id=id count=model.count(id)>{body}</Section> }
        })
        .collect_view();
    let footer = match model.origin {
        Origin::Extracted => {
            "Extracted automatically from the article text. Hover a fact to see its sentence."
        }
        Origin::Curated => "Key facts selected by the newsroom.",
    };
    view! {
        <section class="fc-card" aria-label="Key facts" data-origin=model.origin.slug()>
            <CardHeader headline=model.headline.clone() date=dated(&model)/>
            <div class="fc-card__body">{sections}</div>
            <footer class="fc-card__footer">{footer}</footer>
        </section>
    }
}

/// The card's header: the "Key facts" label, the headline and the publication date.
#[component]
fn CardHeader(
    /// The article's headline, when known.
    headline: Option<String>,
    /// The publication date as (label, ISO date), when known.
    date: Option<(String, String)>,
) -> impl IntoView {
    view! {
        <header class="fc-card__header">
            <p class="fc-card__label">
                <svg class="fc-card__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                    <path d="M2 3h12v2H2zM2 7h12v2H2zM2 11h8v2H2z"></path>
                </svg>
                "Key facts"
            </p>
            {headline.map(|h| view! { <h2 class="fc-card__headline">{h}</h2> })}
            {date.map(|(label, iso)| view! {
                <p class="fc-card__meta">
                    <time class="fc-card__date" datetime=iso>{label}</time>
                </p>
            })}
        </header>
    }
}
