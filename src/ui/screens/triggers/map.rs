use yew::prelude::*;

use super::use_ctx;
use crate::content::fill;
use crate::core::triggers::layout::{layout, MARK, ME};
use crate::core::triggers::Category;

/// Categories as sectors around "me"; each trigger a numbered mark, nearer the centre the
/// stronger its urge, and the numbered list under it says which is which. Rated triggers are
/// filled circles inside the circle, those not rated yet hollow dashed squares outside it, so
/// nothing depends on colour (or on printing in colour). The picture's title says it all in text.
#[component]
pub fn TriggerMapPicture() -> Html {
    let ctx = use_ctx();
    let (ui, words) = (ctx.ui, ctx.words);
    let plan = &ctx.plan;
    let names: Vec<&str> = Category::ALL
        .iter()
        .map(|c| short(words.category(*c)))
        .collect();
    let chars: Vec<usize> = names.iter().map(|n| n.chars().count()).collect();
    // The browser's own sin and cos, and whole units in the SVG: formatting floats and bundling
    // libm would cost more wasm than the whole map.
    let map = layout(plan, &chars, |a| {
        (js_sys::Math::sin(a), js_sys::Math::cos(a))
    });
    let items: Vec<String> = plan
        .triggers
        .iter()
        .enumerate()
        .map(|(i, t)| {
            fill(
                ui.map_item,
                &[
                    ("n", &(i + 1).to_string()),
                    ("name", &t.name),
                    ("group", words.category(t.category)),
                    ("urge", &words.urge(t.urge)),
                ],
            )
        })
        .collect();
    let (vx, vy, vw, vh) = map.view;
    let n = |v: i32| v.to_string();
    html! {
        <>
            <svg class="iop-map" viewBox={format!("{vx} {vy} {vw} {vh}")} role="img" focusable="false">
                <title>{ format!("{} {}", ui.map_description, items.join("; ")) }</title>
                <circle cx="0" cy="0" r={n(map.edge)} class="iop-map-edge" />
                { for map.spokes.iter().map(|&(x, y)| html! {
                    <line x1="0" y1="0" x2={n(x)} y2={n(y)} class="iop-map-spoke" />
                }) }
                { for Category::ALL.iter().zip(&map.labels).zip(&names).map(|((category, l), name)| html! {
                    <text x={n(l.x)} y={n(l.y)} class="iop-map-label" text-anchor={l.anchor.id()} data-category={category.id()}
                        transform={(l.turn != 0).then(|| format!("rotate({} {} {})", l.turn, l.x, l.y))}>
                        { *name }
                    </text>
                }) }
                <circle cx="0" cy="0" r={n(ME)} class="iop-map-me" />
                <text x="0" y="5" text-anchor="middle" class="iop-map-me-label">{ ui.map_me }</text>
                { for plan.triggers.iter().zip(&map.marks).enumerate().map(|(i, (t, &at))| html! {
                    <Mark number={i + 1} {at} name={t.name.clone()} category={t.category} rated={t.urge.is_some()} />
                }) }
            </svg>
            // Which number is which trigger: the same order as the list of triggers above.
            <ol class="iop-map-legend" data-map-legend="">
                { for plan.triggers.iter().map(|t| html! {
                    <LegendEntry name={t.name.clone()} group={words.category(t.category)} urge={words.urge(t.urge)} />
                }) }
            </ol>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct MarkProps {
    number: usize,
    at: (i32, i32),
    name: String,
    category: Category,
    rated: bool,
}

/// One trigger on the picture: its own component, so a change redraws only the marks it moves.
#[component]
fn Mark(props: &MarkProps) -> Html {
    let ((x, y), i, rated) = (props.at, props.number, props.rated);
    let n = |v: i32| v.to_string();
    html! {
        <g class={classes!("iop-map-trigger", format!("iop-map-{}", props.category.id()),
                if rated { "iop-map-rated" } else { "iop-map-unrated" })}
            data-trigger={props.name.clone()} data-number={i.to_string()}>
            if rated {
                <circle cx={n(x)} cy={n(y)} r={n(MARK)} class="iop-map-dot" />
            } else {
                <rect x={n(x - MARK)} y={n(y - MARK)} width={n(2 * MARK)} height={n(2 * MARK)} class="iop-map-square" />
            }
            <text x={n(x)} y={n(y + 5)} text-anchor="middle"
                class={classes!("iop-map-number", (i >= 100).then_some("iop-map-number-long"))}>{ i }</text>
        </g>
    }
}

#[derive(Properties, PartialEq)]
struct LegendProps {
    name: String,
    group: &'static str,
    urge: String,
}

#[component]
fn LegendEntry(props: &LegendProps) -> Html {
    html! {
        <li data-trigger={props.name.clone()}>
            <strong>{ &props.name }</strong>{ " · " }{ props.group }{ " · " }{ &props.urge }
        </li>
    }
}

/// The first words of a group's name, so labels fit around the circle.
fn short(label: &str) -> &str {
    label.split(" (").next().unwrap_or(label)
}
