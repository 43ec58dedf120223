use yew::prelude::*;

use super::{use_ctx, View};
use crate::core::config::{call_href, contact_call_href};
use crate::core::triggers::COPING_PER_TRIGGER;
use crate::ui::{use_config, use_words};

/// "My relapse-prevention plan": what the person will do for their strongest triggers, then the
/// rest, the people to call, the safe places, their lines and the crisis line. Printable.
#[component]
pub fn PlanView() -> Html {
    let ctx = use_ctx();
    let config = use_config();
    let words = use_words();
    let (ui, said) = (ctx.ui, ctx.words);
    let plan = &ctx.plan;
    let strongest = plan.strongest_triggers();
    // A strongest trigger with fewer than three things planned says so on the paper too
    // (CLINICAL.md 5): a plan brought to the clinic must not look finished when it is not.
    let trigger_block = |id, strong: bool| {
        plan.trigger(id).map(|t| {
            let coping = plan.coping_for(id);
            html! {
                <li data-trigger={t.name.clone()}>
                    // One text node per line, not one per piece: a plan of 100 triggers is
                    // hundreds fewer nodes to create and lay out (issue 14).
                    // Isolated, so a name in another script (or with a stray direction mark from
                    // an imported file) cannot turn the words after it around.
                    <strong><bdi>{ &t.name }</bdi></strong>{ format!(" · {} · {}", said.category(t.category), said.urge(t.urge)) }
                    if !t.warning_signs.is_empty() { <p class="iop-muted">{ format!("{}: {}", ui.warning_signs, t.warning_signs) }</p> }
                    <ul>
                        { for coping.iter().map(|c| html! { <li>{ format!("{}: {}", said.kind(c.kind), c.text) }</li> }) }
                    </ul>
                    if strong && coping.len() < COPING_PER_TRIGGER {
                        <p class="iop-plan-gap" data-gap="coping">{ ui.plan_coping_missing.replace("{n}", &coping.len().to_string()) }</p>
                    }
                </li>
            }
        })
    };
    let none = || html! { <p class="iop-muted">{ ui.plan_none }</p> };
    let unrated = plan.unrated_triggers();
    let others: Vec<_> = plan
        .triggers
        .iter()
        .filter(|t| !strongest.contains(&t.id) && t.urge.is_some())
        .map(|t| t.id)
        .collect();
    let unlinked = plan.unlinked_coping();
    html! {
        <div class="iop-step iop-plan" data-view="plan">
            <h2 tabindex="-1">{ ui.plan_heading }</h2>
            <h3>{ ui.plan_strongest }</h3>
            if strongest.is_empty() { { none() } } else {
                <ol>{ for strongest.iter().filter_map(|id| trigger_block(*id, true)) }</ol>
            }
            if !unrated.is_empty() {
                <h3>{ ui.plan_unrated }</h3>
                <p>{ ui.plan_unrated_hint }</p>
                <ul data-unrated="">{ for unrated.iter().filter_map(|id| trigger_block(*id, false)) }</ul>
            }
            if !others.is_empty() {
                <h3>{ ui.plan_other }</h3>
                <ul>{ for others.iter().filter_map(|id| trigger_block(*id, false)) }</ul>
            }
            if !unlinked.is_empty() {
                <h3>{ ui.plan_other_coping }</h3>
                <ul data-unlinked-coping="">{ for unlinked.iter().map(|c| html! { <li>{ format!("{}: {}", said.kind(c.kind), c.text) }</li> }) }</ul>
            }
            <h3>{ ui.contacts_heading }</h3>
            if plan.contacts.is_empty() { { none() } } else {
                <ul>{ for plan.contacts.iter().map(|c| html! {
                    <li><bdi>{ &c.name }</bdi>
                        // A contact kept without a number has no call link (an empty one dials nothing).
                        if let Some(href) = contact_call_href(&c.phone) {
                            { " " }<a {href}>{ &c.phone }</a>
                        } else if !c.phone.trim().is_empty() {
                            { " " }{ &c.phone }
                        }
                    </li>
                }) }</ul>
            }
            <h3>{ ui.places_heading }</h3>
            if plan.safe_places.is_empty() { { none() } } else {
                <ul>{ for plan.safe_places.iter().map(|p| html! { <li>{ p }</li> }) }</ul>
            }
            <h3>{ ui.lines_heading }</h3>
            if plan.refusal_lines.is_empty() { { none() } } else {
                <ul>{ for plan.refusal_lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
            }
            <h3>{ ui.plan_crisis }</h3>
            <p>
                { words.crisis_name(&config) }{ ": " }<a href={call_href(&config.crisis_line.call)}>{ &config.crisis_line.call }</a>
                // On paper too: how to reach the line in this language (with the call it is
                // about), and texting (AYUDA in Spanish).
                if let Some(note) = words.crisis_call_note(&config) { { format!(" ({note})") } }
                if let Some((label, href)) = words.crisis_text(&config) { { " · " }<a {href}>{ label }</a> }
                if let Some(phone) = &config.clinic.phone {
                    { " · " }{ words.clinic_name(&config) }{ ": " }<a href={call_href(phone)}>{ phone }</a>
                }
                { " · " }{ words.emergency_call }{ " " }<a href={call_href(&config.emergency_number)}>{ &config.emergency_number }</a>
            </p>
            <div class="iop-nav iop-no-print">
                <button type="button" class="iop-button" onclick={Callback::from(|_| crate::platform::print())}>{ ui.print }</button>
                <button type="button" class="iop-button iop-button-quiet" onclick={ctx.go.reform(|_| View::Overview)}>{ ui.back }</button>
            </div>
        </div>
    }
}
