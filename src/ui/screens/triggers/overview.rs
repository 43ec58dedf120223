use yew::prelude::*;

use super::lists::{Contacts, RefusalLinesList, SafePlaces};
use super::map::TriggerMapPicture;
use super::{use_ctx, View};
use crate::content::fill;
use crate::core::triggers::{Direction, Edit, Id, NextStep, Trigger, COPING_PER_TRIGGER};

#[derive(Properties, PartialEq)]
pub struct OverviewProps {
    /// False while another view is open over it (it stays drawn, hidden).
    pub shown: bool,
}

/// The trigger map's home: how complete the plan is, the triggers, the picture, the people and
/// places that help, and the tools to keep it safe. Its long parts (the cards, the picture, the
/// lists) are components of their own that read the plan from the context: showing or hiding the
/// overview redraws none of them (issue 14: a click within one frame).
#[component]
pub fn Overview(props: &OverviewProps) -> Html {
    let ctx = use_ctx();
    let (ui, words) = (ctx.ui, ctx.words);
    let plan = &ctx.plan;
    let completeness = plan.completeness();
    let confirm_delete = use_state(|| None::<Id>);
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
    let confirm = {
        let confirm_delete = confirm_delete.clone();
        use_callback((), move |id: Option<Id>, _| confirm_delete.set(id))
    };
    // Said once the file is handed to the browser: where it went, and that a shared device
    // keeps it there for the next person. Or, while the plan is locked, why nothing was
    // downloaded: the file would hold an empty plan, and someone unsure of their passphrase would
    // think they had a copy.
    let exported = use_state(|| None::<Export>);
    let store = crate::ui::use_store();
    // A question or a note left open here is closed by going elsewhere, as when it was redrawn.
    {
        let (confirm_delete, exported) = (confirm_delete.clone(), exported.clone());
        use_effect_with(props.shown, move |shown| {
            // Only what is open: a needless set would redraw every card.
            if !*shown && confirm_delete.is_some() {
                confirm_delete.set(None);
            }
            if !*shown && exported.is_some() {
                exported.set(None);
            }
        });
    }

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
                    <TriggerList confirming={*confirm_delete} {confirm} />
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
                    <button type="button" class="iop-button iop-button-quiet" onclick={export(plan.clone(), exported.clone(), store.clone())}>{ ui.export }</button>
                    <button type="button" class="iop-button iop-button-quiet" onclick={go(View::Import)}>{ ui.import }</button>
                </div>
                // In the page from the start, so screen readers announce what appears in it.
                <div role="status" data-export-status="">
                    if *exported == Some(Export::Done) {
                        <p class="iop-notice" data-export-done="">{ ui.export_done }</p>
                    }
                    // Until it is unlocked (the plan then changes, and this is drawn again).
                    if *exported == Some(Export::Locked) && store.locked::<crate::core::triggers::TriggerPlan>() {
                        <p class="iop-notice" data-export-locked="">{ ui.export_locked }</p>
                    }
                </div>
                // Only while shown: its question, left open, is closed by going elsewhere too.
                if props.shown {
                    <crate::ui::components::DeleteEverything />
                }
            </section>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct TriggerListProps {
    /// The trigger asking "Yes, delete?", if any.
    confirming: Option<Id>,
    /// Asks for (Some) or leaves (None) the delete confirmation.
    confirm: Callback<Option<Id>>,
}

/// The person's triggers, one card each, in their order.
#[component]
fn TriggerList(props: &TriggerListProps) -> Html {
    let ctx = use_ctx();
    let plan = &ctx.plan;
    let coping = plan.coping_counts();
    // Focus follows the moved trigger to its button (or the other one, once it is first or
    // last), so the person can press it again: the cards are redrawn in place, and focus would
    // otherwise stay where it was, on the neighbour's button.
    let list_ref = use_node_ref();
    let moved = use_mut_ref(|| None::<(Id, Direction)>);
    let on_move = {
        let moved = moved.clone();
        use_callback(ctx.edit.clone(), move |(id, way): (Id, Direction), edit| {
            *moved.borrow_mut() = Some((id, way));
            edit.emit(Edit::MoveTrigger(id, way));
        })
    };
    {
        let (list_ref, moved) = (list_ref.clone(), moved.clone());
        let ids: Vec<Id> = plan.triggers.iter().map(|t| t.id).collect();
        use_effect(move || {
            let Some((id, way)) = moved.borrow_mut().take() else {
                return;
            };
            if let Some(at) = ids.iter().position(|i| *i == id) {
                let button = |way: Direction| {
                    format!(
                        ":scope > li:nth-child({}) [data-move={}]:not([disabled])",
                        at + 1,
                        if way == Direction::Up { "up" } else { "down" }
                    )
                };
                let other = if way == Direction::Up {
                    Direction::Down
                } else {
                    Direction::Up
                };
                crate::ui::focus_selector(
                    &list_ref,
                    &format!("{}, {}", button(way), button(other)),
                );
            }
        });
    }
    html! {
        <ul class="iop-trigger-list" ref={list_ref}>
            { for plan.triggers.iter().enumerate().map(|(i, t)| html! {
                <TriggerCard trigger={t.clone()} first={i == 0} last={i + 1 == plan.triggers.len()}
                    coping={coping.get(&t.id).copied().unwrap_or(0)} confirming={props.confirming == Some(t.id)}
                    confirm={props.confirm.clone()} on_move={on_move.clone()} edit={ctx.edit.clone()} go={ctx.go.clone()} words={ctx.words} />
            }) }
        </ul>
    }
}

/// What "Download my plan" did.
#[derive(Clone, Copy, PartialEq)]
enum Export {
    Done,
    Locked,
}

fn export(
    plan: std::rc::Rc<crate::core::triggers::Plan>,
    exported: UseStateHandle<Option<Export>>,
    store: crate::platform::store::Store,
) -> Callback<MouseEvent> {
    Callback::from(move |_| {
        if store.locked::<crate::core::triggers::TriggerPlan>() {
            exported.set(Some(Export::Locked));
            return;
        }
        let date = js_sys::Date::new_0();
        let now = date.to_iso_string().as_string().unwrap_or_default();
        let file = crate::core::triggers::export(&plan, &now);
        // A plain name in a shared device's Downloads (what it holds is for its owner to say),
        // dated by the person's own calendar, not UTC's.
        let day = format!(
            "{}-{:02}-{:02}",
            date.get_full_year(),
            date.get_month() + 1,
            date.get_date()
        );
        crate::platform::download(&format!("my-plan-{day}.json"), "application/json", &file);
        exported.set(Some(Export::Done));
    })
}

#[derive(Properties)]
struct CardProps {
    trigger: Trigger,
    first: bool,
    last: bool,
    coping: usize,
    /// Asking "Yes, delete?" for this trigger.
    confirming: bool,
    /// Asks for (Some) or leaves (None) the delete confirmation.
    confirm: Callback<Option<Id>>,
    on_move: Callback<(Id, Direction)>,
    edit: Callback<Edit, bool>,
    go: Callback<View>,
    words: &'static super::Words,
}

impl PartialEq for CardProps {
    fn eq(&self, o: &Self) -> bool {
        self.trigger == o.trigger
            && (self.first, self.last, self.coping, self.confirming)
                == (o.first, o.last, o.coping, o.confirming)
            && self.confirm == o.confirm
            && self.on_move == o.on_move
            && self.edit == o.edit
            && self.go == o.go
            && std::ptr::eq(self.words, o.words)
    }
}

/// One trigger in the list, with its buttons. Its own component, so that a click re-renders only
/// the cards it changes.
#[component]
fn TriggerCard(props: &CardProps) -> Html {
    let (t, words) = (&props.trigger, props.words);
    let ui = &words.ui;
    let id = t.id;
    let go = |view: View| props.go.reform(move |_| view);
    let ask = props.confirm.reform(move |_| Some(id));
    let keep = props.confirm.reform(|_| None);
    let delete = {
        let (confirm, edit) = (props.confirm.clone(), props.edit.clone());
        Callback::from(move |_| {
            confirm.emit(None);
            edit.emit(Edit::DeleteTrigger(id));
        })
    };
    // Every card repeats these buttons: each name says which trigger.
    let named = |action: &str| words.named(action, &t.name);
    html! {
        <li class="iop-trigger" data-trigger={t.name.clone()} data-category={t.category.id()}
            data-rated={if t.urge.is_some() { "yes" } else { "no" }}>
            <div class="iop-trigger-text">
                <strong>{ &t.name }</strong>
                <span class="iop-muted">
                    { format!("{} · {} · {}", words.category(t.category), words.urge(t.urge), words.plurals.coping.of(props.coping)) }
                </span>
            </div>
            if props.confirming {
                <div class="iop-row-actions" role="group" aria-label={t.name.clone()}>
                    <button type="button" class="iop-button iop-button-danger" onclick={delete}
                        aria-label={named(ui.confirm_delete)}>{ ui.confirm_delete }</button>
                    <button type="button" class="iop-button iop-button-quiet" onclick={keep}
                        aria-label={named(ui.cancel)}>{ ui.cancel }</button>
                </div>
            } else {
                <div class="iop-row-actions" role="group" aria-label={t.name.clone()}>
                    <button type="button" class="iop-button" data-opens="coping" onclick={go(View::Coping(id))}
                        aria-label={named(ui.coping_heading)}>{ ui.coping_heading }</button>
                    <button type="button" class="iop-button iop-button-quiet" data-opens="edit" onclick={go(View::EditTrigger(Some(id)))}
                        aria-label={named(if t.urge.is_some() { ui.edit } else { ui.rate })}>
                        { if t.urge.is_some() { ui.edit } else { ui.rate } }</button>
                    <button type="button" class="iop-button iop-button-quiet" disabled={props.first} aria-label={named(ui.move_up)}
                        data-move="up" onclick={props.on_move.reform(move |_| (id, Direction::Up))}>{ ui.move_up }</button>
                    <button type="button" class="iop-button iop-button-quiet" disabled={props.last} aria-label={named(ui.move_down)}
                        data-move="down" onclick={props.on_move.reform(move |_| (id, Direction::Down))}>{ ui.move_down }</button>
                    <button type="button" class="iop-button iop-button-quiet" onclick={ask}
                        aria-label={named(ui.delete)}>{ ui.delete }</button>
                </div>
            }
        </li>
    }
}
