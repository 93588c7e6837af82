//! Quotations, grouped by speaker.

use super::FactSource;
use crate::state::{QuoteGroup, SectionId};
use leptos::prelude::*;

/// One block per speaker, their quotations in reading order.
#[component]
pub fn Quotes(
    /// The speakers and their quotations.
    groups: Vec<QuoteGroup>,
) -> impl IntoView {
    let mut index = 0;
    view! {
        <div class="fc-quotes">
            {groups
                .into_iter()
                .map(|g| view! {
                    <figure class="fc-quote">
                        {g.quotes
                            .into_iter()
                            .map(|q| {
                                let i = index;
                                index += 1;
                                view! {
                                    <blockquote class="fc-quote__text" title=q.source.tooltip() data-sentence=q.source.sentence>
                                        <p>"“" {q.text} "”"</p>
                                    </blockquote>
                                    <FactSource source=q.source.clone() section=SectionId::Quotes kind="quote" index=i/>
                                }
                            })
                            .collect_view()}
                        <figcaption class="fc-quote__speaker">
                            <span class="fc-quote__name">{g.speaker}</span>
                            {g.role.map(|r| view! { ", " <span class="fc-quote__role">{r}</span> })}
                        </figcaption>
                    </figure>
                })
                .collect_view()}
        </div>
    }
}
