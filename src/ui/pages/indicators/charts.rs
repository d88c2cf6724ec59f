//! Charts drawn by the app as SVG: a progress bar (with an optional threshold mark) and a column
//! chart of sessions per week. Each chart is one image with a spoken summary; the numbers it
//! shows are also on the page as text.

use leptos::prelude::*;

/// `part ÷ whole` clamped to 0…1 (0 for an empty whole).
pub fn fraction(part: f64, whole: f64) -> f64 {
    if whole > 0.0 { (part / whole).clamp(0.0, 1.0) } else { 0.0 }
}

/// A horizontal bar filled to `filled` (0…1), with a threshold mark at `mark` (0…1).
#[component]
pub fn Bar(
    /// How full, 0…1.
    filled: f64,
    /// Where the threshold is, 0…1.
    #[prop(optional)]
    mark: Option<f64>,
    /// Whether the value reaches its target or threshold (drawn in the "met" colour).
    #[prop(optional)]
    met: bool,
    /// What the bar says, for screen readers.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let width = format!("{:.2}", filled.clamp(0.0, 1.0) * 100.0);
    view! {
        <svg class="bar" class:met=met viewBox="0 0 100 8" preserveAspectRatio="none" role="img" aria-label=label>
            <rect class="track" x="0" y="0" width="100" height="8" rx="2"></rect>
            <rect class="fill" x="0" y="0" width=width height="8" rx="2"></rect>
            {mark.map(|m| {
                let x = format!("{:.2}", m.clamp(0.0, 1.0) * 100.0);
                view! { <line class="mark" x1=x.clone() x2=x y1="-1" y2="9"></line> }
            })}
        </svg>
    }
}

/// Columns: one per entry, as tall as its share of the largest.
#[component]
pub fn Columns(
    /// The values, left to right.
    values: Vec<usize>,
    /// What the chart says, for screen readers.
    #[prop(into)]
    label: String,
) -> impl IntoView {
    let max = values.iter().copied().max().unwrap_or(0).max(1);
    let n = values.len().max(1);
    let view_box = format!("0 0 {} 50", n * 10);
    let columns = values
        .into_iter()
        .enumerate()
        .map(|(i, v)| {
            #[allow(clippy::cast_precision_loss, reason = "session counts are small")]
            let height = 46.0 * (v as f64) / (max as f64);
            let x = format!("{}", i * 10 + 1);
            let y = format!("{:.2}", 48.0 - height);
            let h = format!("{height:.2}");
            view! { <rect class="column" x=x y=y width="8" height=h></rect> }
        })
        .collect_view();
    view! {
        <svg class="columns" viewBox=view_box preserveAspectRatio="none" role="img" aria-label=label>
            <line class="axis" x1="0" x2="100%" y1="48" y2="48"></line>
            {columns}
        </svg>
    }
}
