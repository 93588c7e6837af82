//! People named in the article, with their roles.

use crate::state::PersonItem;
use leptos::prelude::*;

/// People in order of first mention.
#[component]
pub fn People(
    /// The people.
    items: Vec<PersonItem>,
) -> impl IntoView {
    view! {
        <ul class="fc-people" role="list">
            {items
                .into_iter()
                .map(|p| {
                    let quotes = match p.quote_count {
                        0 => None,
                        1 => Some("1 quote".to_owned()),
                        n => Some(format!("{n} quotes")),
                    };
                    view! {
                        <li class="fc-person" title=p.source.tooltip() data-sentence=p.source.sentence>
                            <span class="fc-person__avatar" aria-hidden="true">{p.initials}</span>
                            <span class="fc-person__id">
                                <span class="fc-person__name">{p.name}</span>
                                {p.role.map(|r| view! {
                                    <span class="fc-visually-hidden">", "</span>
                                    <span class="fc-person__role">{r}</span>
                                })}
                            </span>
                            {quotes.map(|q| view! { " " <span class="fc-person__quotes">{q}</span> })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
