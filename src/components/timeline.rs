//! The timeline: events in date order on a vertical line.

use super::{use_card, FactSource};
use crate::state::{EventItem, SectionId};
use leptos::prelude::*;

/// Events in date order, undated ones last.
#[component]
pub fn Timeline(
    /// The events.
    items: Vec<EventItem>,
) -> impl IntoView {
    let t = use_card().t;
    view! {
        <ol class="fc-timeline" role="list">
            {items
                .into_iter()
                .enumerate()
                .map(|(i, e)| {
                    let class = if e.is_published_day { "fc-event fc-event--published" } else { "fc-event" };
                    view! {
                        <li class=class title=e.source.tooltip() data-sentence=e.source.sentence>
                            <time class="fc-event__date" datetime=e.datetime>{e.date_label}</time>
                            {e.is_published_day.then(|| view! {
                                " " <span class="fc-event__badge">{t.publication_day}</span>
                            })}
                            <p class="fc-event__text">{e.text}</p>
                            {e.resolved_from.map(|x| view! {
                                <p class="fc-event__expr">{t.article_says} " “" {x} "”"</p>
                            })}
                            <FactSource source=e.source.clone() section=SectionId::Timeline kind="event" index=i/>
                        </li>
                    }
                })
                .collect_view()}
        </ol>
    }
}
