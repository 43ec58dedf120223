use yew::prelude::*;

use super::lists::{Contacts, RefusalLinesList, SafePlaces};
use super::map::TriggerMapPicture;
use super::{use_ctx, View};
use crate::content::fill;
use crate::core::triggers::{Direction, Edit, NextStep, COPING_PER_TRIGGER};

/// The trigger map's home: how complete the plan is, the triggers, the picture, the people and
/// places that help, and the tools to keep it safe.
#[component]
pub fn Overview() -> Html {
    let ctx = use_ctx();
    let (ui, words) = (ctx.ui, ctx.words);
    let plan = &ctx.plan;
    let completeness = plan.completeness();
    let confirm_delete = use_state(|| None::<crate::core::triggers::Id>);
    let name_of = |id| plan.trigger(id).map_or(String::new(), |t| t.name.clone());
    let next = match completeness.next_step {
        NextStep::AddTrigger => ui.next_add_trigger.to_string(),
        NextStep::RateTrigger(trigger) => fill(ui.next_rate, &[("trigger", &name_of(trigger))]),
        NextStep::AddCoping { trigger, have } => fill(
            ui.next_add_coping,
            &[("trigger", &name_of(trigger)), ("n", &have.to_string())],
        ),
        NextStep::AddContact => ui.next_add_contact.to_string(),
        NextStep::Done => ui.complete.to_string(),
    };
    let covered = completeness
        .strongest
        .iter()
        .filter(|(_, n)| *n >= COPING_PER_TRIGGER)
        .count();
    let go = |view: View| ctx.go.reform(move |_| view);
    // Said once the file is handed to the browser: where it went, and that a shared device
    // keeps it there for the next person.
    let exported = use_state(|| false);

    html! {
        <div class="iop-step" data-view="overview">
            <h2 tabindex="-1">{ ui.title }</h2>
            <p class="iop-lead">{ ui.intro }</p>

            <section class="iop-panel" data-completeness={if completeness.complete { "complete" } else { "incomplete" }}>
                <h3>{ ui.completeness_heading }</h3>
                if !completeness.strongest.is_empty() {
                    <p>{ words.plurals.strongest_status.of(completeness.strongest.len()).replace("{done}", &covered.to_string()) }</p>
                }
                <p><strong>{ next }</strong></p>
                if let NextStep::AddCoping { trigger, .. } = completeness.next_step {
                    <button type="button" class="iop-button" onclick={go(View::Coping(trigger))}
                        aria-label={words.named(ui.coping_heading, &name_of(trigger))}>{ ui.coping_heading }</button>
                }
                if let NextStep::RateTrigger(trigger) = completeness.next_step {
                    <button type="button" class="iop-button" onclick={go(View::EditTrigger(Some(trigger)))}
                        aria-label={words.named(ui.rate, &name_of(trigger))}>{ ui.rate }</button>
                }
            </section>

            <section>
                <h3>{ ui.triggers_heading }</h3>
                if plan.triggers.is_empty() {
                    <p>{ ui.no_triggers }</p>
                    <div class="iop-nav">
                        <button type="button" class="iop-button" onclick={go(View::Guided)}>{ ui.guided_start }</button>
                        <button type="button" class="iop-button iop-button-quiet" onclick={go(View::EditTrigger(None))}>{ ui.add_trigger }</button>
                    </div>
                } else {
                    <ul class="iop-trigger-list">
                        { for plan.triggers.iter().enumerate().map(|(i, t)| {
                            let id = t.id;
                            let coping = plan.coping_for(id).len();
                            let confirming = *confirm_delete == Some(id);
                            let ask = { let c = confirm_delete.clone(); Callback::from(move |_| c.set(Some(id))) };
                            let keep = { let c = confirm_delete.clone(); Callback::from(move |_| c.set(None)) };
                            let delete = { let c = confirm_delete.clone(); let edit = ctx.edit.clone(); Callback::from(move |_| { c.set(None); edit.emit(Edit::DeleteTrigger(id)) }) };
                            // Every card repeats these buttons: each name says which trigger.
                            let named = |action: &str| words.named(action, &t.name);
                            html! {
                                <li class="iop-trigger" data-trigger={t.name.clone()} data-category={t.category.id()}
                                    data-rated={if t.urge.is_some() { "yes" } else { "no" }}>
                                    <div class="iop-trigger-text">
                                        <strong>{ &t.name }</strong>
                                        <span class="iop-muted">
                                            { words.category(t.category) }{ " · " }
                                            { words.urge(t.urge) }{ " · " }
                                            { words.plurals.coping.of(coping) }
                                        </span>
                                    </div>
                                    if confirming {
                                        <div class="iop-row-actions" role="group" aria-label={t.name.clone()}>
                                            <button type="button" class="iop-button iop-button-danger" onclick={delete}
                                                aria-label={named(ui.confirm_delete)}>{ ui.confirm_delete }</button>
                                            <button type="button" class="iop-button iop-button-quiet" onclick={keep}
                                                aria-label={named(ui.cancel)}>{ ui.cancel }</button>
                                        </div>
                                    } else {
                                        <div class="iop-row-actions" role="group" aria-label={t.name.clone()}>
                                            <button type="button" class="iop-button" onclick={go(View::Coping(id))}
                                                aria-label={named(ui.coping_heading)}>{ ui.coping_heading }</button>
                                            <button type="button" class="iop-button iop-button-quiet" onclick={go(View::EditTrigger(Some(id)))}
                                                aria-label={named(if t.urge.is_some() { ui.edit } else { ui.rate })}>
                                                { if t.urge.is_some() { ui.edit } else { ui.rate } }</button>
                                            <button type="button" class="iop-button iop-button-quiet" disabled={i == 0} aria-label={named(ui.move_up)}
                                                onclick={ctx.edit.reform(move |_| Edit::MoveTrigger(id, Direction::Up))}>{ ui.move_up }</button>
                                            <button type="button" class="iop-button iop-button-quiet" disabled={i + 1 == plan.triggers.len()} aria-label={named(ui.move_down)}
                                                onclick={ctx.edit.reform(move |_| Edit::MoveTrigger(id, Direction::Down))}>{ ui.move_down }</button>
                                            <button type="button" class="iop-button iop-button-quiet" onclick={ask}
                                                aria-label={named(ui.delete)}>{ ui.delete }</button>
                                        </div>
                                    }
                                </li>
                            }
                        }) }
                    </ul>
                    <div class="iop-nav">
                        <button type="button" class="iop-button" onclick={go(View::EditTrigger(None))}>{ ui.add_trigger }</button>
                        <button type="button" class="iop-button iop-button-quiet" onclick={go(View::Guided)}>{ ui.guided_start }</button>
                    </div>
                }
            </section>

            if !plan.triggers.is_empty() {
                <section>
                    <h3>{ ui.map_heading }</h3>
                    <p class="iop-muted">{ ui.map_description }</p>
                    <TriggerMapPicture />
                </section>
            }

            <Contacts />
            <SafePlaces />
            <RefusalLinesList />

            <section class="iop-tools">
                <h3>{ ui.tools_heading }</h3>
                <div class="iop-nav">
                    <button type="button" class="iop-button" onclick={go(View::Plan)}>{ ui.view_plan }</button>
                    <button type="button" class="iop-button iop-button-quiet" onclick={export(plan.clone(), exported.clone())}>{ ui.export }</button>
                    <button type="button" class="iop-button iop-button-quiet" onclick={go(View::Import)}>{ ui.import }</button>
                </div>
                // In the page from the start, so screen readers announce what appears in it.
                <div role="status" data-export-status="">
                    if *exported {
                        <p class="iop-notice" data-export-done="">{ ui.export_done }</p>
                    }
                </div>
                <crate::ui::components::DeleteEverything />
            </section>
        </div>
    }
}

fn export(
    plan: crate::core::triggers::Plan,
    exported: UseStateHandle<bool>,
) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        let now = js_sys::Date::new_0()
            .to_iso_string()
            .as_string()
            .unwrap_or_default();
        let file = crate::core::triggers::export(&plan, &now);
        let day = now.get(..10).unwrap_or("plan");
        crate::platform::download(
            &format!("relapse-prevention-plan-{day}.json"),
            "application/json",
            &file,
        );
        exported.set(true);
    })
}
