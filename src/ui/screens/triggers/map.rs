use yew::prelude::*;

use super::use_ctx;
use crate::core::triggers::{Category, MAX_URGE};

// The picture is 320 units square around a centre at (160, 160); "me" has radius 34.
const CENTRE: f64 = 160.0;
const INNER: f64 = 34.0;
const OUTER: f64 = 150.0;

/// Categories as sectors around "me"; each trigger a dot, closer to the centre the stronger its
/// urge, coloured by group (and labelled, so colour is never the only cue). The trigger list
/// above is the same information as text; the picture's title says so in one sentence.
#[component]
pub fn TriggerMapPicture() -> Html {
    let ctx = use_ctx();
    let (ui, words) = (ctx.ui, ctx.words);
    let sectors = Category::ALL.len() as f64;
    let angle = |i: f64| std::f64::consts::TAU * i / sectors - std::f64::consts::FRAC_PI_2;
    // Whole-unit coordinates and the browser's own sin/cos: formatting floats and bundling libm
    // would cost more wasm than the whole map.
    let point = |a: f64, r: f64| {
        let x = CENTRE + r * js_sys::Math::cos(a);
        let y = CENTRE + r * js_sys::Math::sin(a);
        (x.round() as i32, y.round() as i32)
    };
    let title = ctx
        .plan
        .triggers
        .iter()
        .map(|t| format!("{} ({}, {})", t.name, words.category(t.category), t.urge))
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <svg class="iop-map" viewBox="-40 -6 400 332" role="img" focusable="false">
            <title>{ format!("{} {}", ui.map_description, title) }</title>
            { for Category::ALL.iter().enumerate().map(|(i, category)| {
                let (x1, y1) = point(angle(i as f64), OUTER);
                let (lx, ly) = point(angle(i as f64 + 0.5), OUTER - 10.0);
                let in_sector: Vec<_> = ctx.plan.triggers.iter().filter(|t| t.category == *category).collect();
                let count = in_sector.len() as f64;
                html! {
                    <g class={format!("iop-map-sector iop-map-{}", category.id())} data-category={category.id()}>
                        <line x1="160" y1="160" x2={x1.to_string()} y2={y1.to_string()} class="iop-map-spoke" />
                        <text x={lx.to_string()} y={ly.to_string()} class="iop-map-label" text-anchor="middle">
                            { short(words.category(*category)) }
                        </text>
                        { for in_sector.iter().enumerate().map(|(j, t)| {
                            // Spread a group's triggers across its sector; strong urges sit near "me".
                            let a = angle(i as f64 + (j as f64 + 1.0) / (count + 1.0));
                            let r = INNER + (OUTER - INNER - 18.0) * f64::from(MAX_URGE - t.urge.min(MAX_URGE)) / f64::from(MAX_URGE);
                            let (x, y) = point(a, r);
                            html! {
                                <circle cx={x.to_string()} cy={y.to_string()} r={(5 + t.urge / 2).to_string()}
                                    class="iop-map-dot" data-trigger={t.name.clone()} />
                            }
                        }) }
                    </g>
                }
            }) }
            <circle cx="160" cy="160" r="34" class="iop-map-me" />
            <text x="160" y="165" text-anchor="middle" class="iop-map-me-label">{ ui.map_me }</text>
        </svg>
    }
}

/// The first words of a group's name, so labels fit around the circle.
fn short(label: &str) -> String {
    label.split(" (").next().unwrap_or(label).to_string()
}
