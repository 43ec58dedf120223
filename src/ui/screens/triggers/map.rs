use yew::prelude::*;

use super::use_ctx;
use crate::core::triggers::{Category, MAX_URGE};

const SIZE: f64 = 320.0;
const CENTRE: f64 = SIZE / 2.0;
const INNER: f64 = 34.0;
const OUTER: f64 = 150.0;

/// Categories as sectors around "me"; each trigger a dot, closer to the centre the stronger its
/// urge, coloured by group (and labelled, so colour is never the only cue). The trigger list
/// above is the same information as text; the picture's title says so in one sentence.
#[component]
pub fn TriggerMapPicture() -> Html {
    let ctx = use_ctx();
    let ui = ctx.ui;
    let sectors = Category::ALL.len() as f64;
    let angle = |i: f64| std::f64::consts::TAU * i / sectors - std::f64::consts::FRAC_PI_2;
    let point = |a: f64, r: f64| (CENTRE + r * a.cos(), CENTRE + r * a.sin());
    let title = ctx
        .plan
        .triggers
        .iter()
        .map(|t| format!("{} ({}, {})", t.name, ui.category(t.category), t.urge))
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <svg class="iop-map" viewBox={format!("-40 -6 {} {}", SIZE + 80.0, SIZE + 12.0)} role="img" focusable="false">
            <title>{ format!("{} {}", ui.map_description, title) }</title>
            { for Category::ALL.iter().enumerate().map(|(i, category)| {
                let (x1, y1) = point(angle(i as f64), OUTER);
                let (lx, ly) = point(angle(i as f64 + 0.5), OUTER - 10.0);
                let in_sector: Vec<_> = ctx.plan.triggers.iter().filter(|t| t.category == *category).collect();
                let count = in_sector.len() as f64;
                html! {
                    <g class={format!("iop-map-sector iop-map-{}", category.id())} data-category={category.id()}>
                        <line x1={CENTRE.to_string()} y1={CENTRE.to_string()} x2={format!("{x1:.1}")} y2={format!("{y1:.1}")} class="iop-map-spoke" />
                        <text x={format!("{lx:.1}")} y={format!("{ly:.1}")} class="iop-map-label" text-anchor="middle">
                            { short(ui.category(*category)) }
                        </text>
                        { for in_sector.iter().enumerate().map(|(j, t)| {
                            // Spread a group's triggers across its sector; strong urges sit near "me".
                            let a = angle(i as f64 + (j as f64 + 1.0) / (count + 1.0));
                            let r = INNER + (OUTER - INNER - 18.0) * f64::from(MAX_URGE - t.urge.min(MAX_URGE)) / f64::from(MAX_URGE);
                            let (x, y) = point(a, r);
                            html! {
                                <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r={(5 + t.urge / 2).to_string()}
                                    class="iop-map-dot" data-trigger={t.name.clone()} />
                            }
                        }) }
                    </g>
                }
            }) }
            <circle cx={CENTRE.to_string()} cy={CENTRE.to_string()} r={INNER.to_string()} class="iop-map-me" />
            <text x={CENTRE.to_string()} y={(CENTRE + 5.0).to_string()} text-anchor="middle" class="iop-map-me-label">{ ui.map_me }</text>
        </svg>
    }
}

/// The first words of a group's name, so labels fit around the circle.
fn short(label: &str) -> String {
    label.split(" (").next().unwrap_or(label).to_string()
}
