//! Figures: the number large, what it counts under it, and a bar chart when they compare.

use super::{fact_source, CardContext};
use crate::i18n::Strings;
use crate::state::{CardModel, FigureItem, SectionId};
use factcard_core::extract::charclass::StrCase;
use leptos::prelude::*;
use std::sync::Arc;

/// Figures in reading order, after a chart of those that count comparable things. `model`
/// holds them; `ctx` is the card's.
pub fn figures_view(model: Arc<CardModel>, ctx: CardContext) -> impl IntoView {
    let chart = model.chart();
    view! {
        {(!chart.is_empty()).then(|| chart_view(&chart, ctx.t))}
        <ul class="fc-figures" role="list">
            {model
                .figures
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    let (number, word) = f.value_parts();
                    let (number, word) = (number.to_owned(), word.map(str::to_owned));
                    view! {
                        <li class="fc-figure" title=f.source.tooltip() data-sentence=f.source.sentence>
                            {f.qualifier.map(|q| view! { <span class="fc-figure__qualifier">{q}</span> " " })}
                            <span class="fc-figure__value">
                                {number}
                                {word.map(|w| view! { " " <span class="fc-figure__scale">{w}</span> })}
                            </span>
                            " "
                            <span class="fc-figure__counts">{f.counts.clone()}</span>
                            {fact_source(ctx, &f.source, SectionId::Figures, "figure", i)}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// A proportional horizontal bar chart of `items` (largest first), drawn in SVG; one text
/// alternative for screen readers, in the strings `t`.
fn chart_view(items: &[&FigureItem], t: &'static Strings) -> impl IntoView {
    let max = items
        .iter()
        .map(|f| f.amount)
        .fold(0.0, f64::max)
        .max(f64::MIN_POSITIVE);
    let what = items
        .iter()
        .map(|f| {
            let q = f.qualifier.map(|q| format!("{q} ")).unwrap_or_default();
            format!("{q}{} {}", f.value, f.counts.lowercase())
        })
        .collect::<Vec<_>>()
        .join("; ");
    let label = t.chart.replace("{what}", &what);
    view! {
        <figure class="fc-chart" role="img" aria-label=label>
            {items
                .iter()
                .map(|f| {
                    // Hundredths by integer arithmetic: `{:.2}` on an f64 would link the
                    // float formatter (about 10 KB of wasm).
                    let hundredths = ((f.amount / max * 100.0).max(0.8) * 100.0).round() as u32;
                    let width = format!("{}.{:02}", hundredths / 100, hundredths % 100);
                    view! {
                        <div class="fc-chart__row">
                            <span class="fc-chart__label">
                                {f.qualifier.map(|q| view! { {q} " " })}
                                <b class="fc-chart__value">{f.value.clone()}</b>
                                " "
                                {f.counts.clone()}
                            </span>
                            <svg class="fc-chart__bar" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
                                <rect class={"fc-chart__track"} x="0" y="0" width="100" height="10" rx="0"></rect>
                                <rect class="fc-chart__fill" x="0" y="0" width=width height="10"></rect>
                            </svg>
                        </div>
                    }
                })
                .collect_view()}
        </figure>
    }
}
