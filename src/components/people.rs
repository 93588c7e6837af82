//! People named in the article: choosing one shows their role, their quotes and the facts
//! they are part of.

use super::{fact_source, CardContext};
use crate::state::{aria_bool, CardModel, SectionId};
use leptos::prelude::*;
use std::sync::Arc;

/// People in order of first mention. `model` holds them; `ctx` is the card's.
pub fn people_view(model: Arc<CardModel>, ctx: CardContext) -> impl IntoView {
    let t = ctx.t;
    let chosen: RwSignal<Option<usize>> = RwSignal::new(None);
    view! {
        <ul class="fc-people" role="list">
            {model
                .people
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let quotes = (p.quote_count > 0).then(|| t.quote_count(p.quote_count));
                    let details = format!("fc-person-{i}");
                    let open = move || chosen.get() == Some(i);
                    view! {
                        <li class="fc-person" class:fc-person--open=open title=p.source.tooltip() data-sentence=p.source.sentence>
                            <button
                                type="button"
                                class="fc-person__toggle"
                                aria-expanded=move || aria_bool(open())
                                aria-controls=details.clone()
                                on:click=move |_| chosen.update(|c| *c = if *c == Some(i) { None } else { Some(i) })
                            >
                                <span class="fc-person__avatar" aria-hidden="true">{p.initials.clone()}</span>
                                <span class="fc-person__id">
                                    <span class="fc-person__name">{p.name.clone()}</span>
                                    {p.role.clone().map(|r| view! {
                                        <span class={"fc-visually-hidden"}>", "</span>
                                        <span class="fc-person__role">{r}</span>
                                    })}
                                </span>
                                {quotes.map(|q| view! { " " <span class="fc-person__quotes">{q}</span> })}
                            </button>
                            <div class="fc-person__details" id=details hidden=move || !open()>
                                {(!p.quotes.is_empty()).then(|| view! {
                                    <p class="fc-person__heading">{t.quotes}</p>
                                    <ul class="fc-person__said" role="list">
                                        {p.quotes.iter().map(|q| view! {
                                            <li class="fc-person__quote">"“" {q.text.clone()} "”"</li>
                                        }).collect_view()}
                                    </ul>
                                })}
                                {(!p.facts.is_empty()).then(|| view! {
                                    <p class="fc-person__heading">{t.facts_with}</p>
                                    <ul class="fc-person__facts" role="list">
                                        {p.facts.iter().map(|f| view! {
                                            <li class="fc-person__fact">{f.clone()}</li>
                                        }).collect_view()}
                                    </ul>
                                })}
                                {fact_source(ctx, &p.source, SectionId::People, "person", i)}
                            </div>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
