//! Figures: the number large, what it counts under it, and a bar chart when they compare.

use super::{fact_item, fact_source, CardContext};
use crate::dom::H;
use crate::format::integer;
use crate::i18n::Strings;
use crate::state::{CardModel, FigureItem, SectionId};
use factcard_core::extract::charclass::StrCase;
use factcard_core::numeral::push_padded;

/// Adds to `panel` the figures in reading order, after a chart of those that count comparable
/// things. `model` holds them; `ctx` is the card's.
pub fn figures_view(panel: H, model: &CardModel, ctx: CardContext) -> H {
    let chart = model.chart();
    let list = H::new("ul", "fc-figures").attr("role", "list").children(
        model.figures.iter().enumerate().map(|(i, f)| {
            let (number, word) = f.value_parts();
            let mut item = fact_item("li", "fc-figure", &f.source, None);
            if let Some(q) = f.qualifier {
                item = item
                    .child(H::new("span", "fc-figure__qualifier").text(q))
                    .text(" ");
            }
            let mut value = H::new("span", "fc-figure__value").text(number);
            if let Some(w) = word {
                value = value
                    .text(" ")
                    .child(H::new("span", "fc-figure__scale").text(w));
            }
            item.child(value)
                .text(" ")
                .child(H::new("span", "fc-figure__counts").text(&f.counts))
                .child_opt(fact_source(ctx, &f.source, SectionId::Figures, "figure", i))
        }),
    );
    panel
        .child_opt((!chart.is_empty()).then(|| chart_view(&chart, ctx.t)))
        .child(list)
}

/// A proportional horizontal bar chart of `items` (largest first), drawn in SVG; one text
/// alternative for screen readers, in the strings `t`.
fn chart_view(items: &[&FigureItem], t: &'static Strings) -> H {
    let max = items
        .iter()
        .map(|f| f.amount)
        .fold(0.0, f64::max)
        .max(f64::MIN_POSITIVE);
    let mut what = String::new();
    for f in items {
        if !what.is_empty() {
            what.push_str("; ");
        }
        if let Some(q) = f.qualifier {
            what.push_str(q);
            what.push(' ');
        }
        what.push_str(&f.value);
        what.push(' ');
        what.push_str(&f.counts.lowercase());
    }
    let label = factcard_core::extract::text::fill(t.chart, "{what}", &what);
    H::new("figure", "fc-chart")
        .attr("role", "img")
        .attr("aria-label", &label)
        .children(items.iter().map(|f| {
            // Hundredths by integer arithmetic: `{:.2}` on an f64 would link the float
            // formatter (about 10 KB of wasm).
            let hundredths = ((f.amount / max * 100.0).max(0.8) * 100.0).round() as u32;
            let mut width = integer((hundredths / 100).into());
            width.push('.');
            push_padded(&mut width, (hundredths % 100).into(), 2);
            let mut label = H::new("span", "fc-chart__label");
            if let Some(q) = f.qualifier {
                label = label.text(q).text(" ");
            }
            let label = label
                .child(H::new("b", "fc-chart__value").text(&f.value))
                .text(" ")
                .text(&f.counts);
            let bar = H::svg("svg", "fc-chart__bar")
                .attr("viewBox", "0 0 100 10")
                .attr("preserveAspectRatio", "none")
                .attr("focusable", "false")
                .child(rect("fc-chart__track", "100"))
                .child(rect("fc-chart__fill", &width));
            H::new("div", "fc-chart__row").child(label).child(bar)
        }))
}

/// One bar of the chart: a rectangle `width` (of 100) wide.
fn rect(class: &str, width: &str) -> H {
    H::svg("rect", class)
        .attr("x", "0")
        .attr("y", "0")
        .attr("width", width)
        .attr("height", "10")
}
