use wasm_bindgen::JsCast;
use web_sys::{FormData, HtmlFormElement, HtmlInputElement};
use yew::prelude::*;

use super::{use_ctx, View};
use crate::core::triggers::synced::PlanItem;
use crate::core::triggers::{
    Category, Edit, EditError, Field, Frequency, Id, TriggerDraft, MAX_URGE,
};

/// Where the slider rests while a trigger is not rated yet.
const MIDDLE: u8 = MAX_URGE / 2;

#[derive(Properties, PartialEq)]
pub struct TriggerFormProps {
    /// None adds a new trigger.
    pub id: Option<Id>,
}

/// Add or edit one trigger: name, group, urge 0-10 (or not rated yet), how often, warning signs,
/// notes.
#[component]
pub fn TriggerForm(props: &TriggerFormProps) -> Html {
    let ctx = use_ctx();
    let (ui, words) = (ctx.ui, ctx.words);
    let existing = props.id.and_then(|id| ctx.plan.trigger(id)).cloned();
    // The trigger as this form opened on it: saved over it, a version saved meanwhile in another
    // tab or widget is kept to choose from, not silently lost.
    let opened_on = use_state(|| existing.clone());
    let draft = use_state(|| {
        existing
            .as_ref()
            .map(TriggerDraft::from_trigger)
            .unwrap_or_else(|| TriggerDraft::new("", Category::People))
    });

    // The field a refused save was about: marked, described by the map's message, and focused;
    // unmarked as soon as the person changes anything.
    let invalid = use_state(|| None::<Field>);

    // Controlled fields: each keystroke updates the draft (a re-render would otherwise reset
    // what was typed). Submit reads the form itself, so the very last keystroke counts too.
    let set = |apply: fn(&mut TriggerDraft, String)| {
        let draft = draft.clone();
        let invalid = invalid.clone();
        Callback::from(move |e: Event| {
            if invalid.is_some() {
                invalid.set(None);
            }
            let Some(target) = e.target() else { return };
            let value = js_sys::Reflect::get(&target, &"value".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            let mut next = (*draft).clone();
            apply(&mut next, value);
            draft.set(next);
        })
    };
    let on_name = set(|d, v| d.name = v);
    let on_category = set(|d, v| d.category = Category::from_id(&v).unwrap_or(d.category));
    // Moving the slider rates the trigger; until then it stays "not rated" (not a silent 5).
    let on_urge = set(|d, v| d.urge = v.parse().ok().map(|u: u8| u.min(MAX_URGE)).or(d.urge));
    let on_unrated = {
        let draft = draft.clone();
        Callback::from(move |e: Event| {
            let checked = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .is_some_and(|i| i.checked());
            let mut next = (*draft).clone();
            next.urge = if checked {
                None
            } else {
                Some(next.urge.unwrap_or(MIDDLE))
            };
            draft.set(next);
        })
    };
    let on_frequency = set(|d, v| d.frequency = Frequency::from_id(&v));
    let on_signs = set(|d, v| d.warning_signs = v);
    let on_notes = set(|d, v| d.notes = v);

    let onsubmit = {
        let draft = draft.clone();
        let invalid = invalid.clone();
        let plan = ctx.plan.clone();
        let (edit, edit_from) = (ctx.edit.clone(), ctx.edit_from.clone());
        let opened_on = (*opened_on).clone();
        let go = ctx.go.clone();
        let id = props.id;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(form) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlFormElement>().ok())
            else {
                return;
            };
            let Ok(data) = FormData::new_with_form(&form) else {
                return;
            };
            let text = |name: &str| data.get(name).as_string().unwrap_or_default();
            let mut d = (*draft).clone();
            d.name = text("name");
            d.category = Category::from_id(&text("category")).unwrap_or(d.category);
            d.urge = if data.has("not-rated") {
                None
            } else {
                text("urge").parse().ok().map(|u: u8| u.min(MAX_URGE))
            };
            d.frequency = Frequency::from_id(&text("frequency"));
            d.warning_signs = text("warning-signs");
            d.notes = text("notes");
            let saved = match (id, &opened_on) {
                (Some(id), Some(was)) => edit_from.emit((
                    Edit::UpdateTrigger(id, d.clone()),
                    PlanItem::Trigger(was.clone()),
                )),
                (Some(id), None) => edit.emit(Edit::UpdateTrigger(id, d.clone())),
                (None, _) => edit.emit(Edit::AddTrigger(d.clone())),
            };
            // A refused edit keeps the form, as typed, under the map's message saying why.
            if saved {
                go.emit(View::Overview);
            } else {
                // Which field the refusal is about, asked of a copy of the plan.
                let edit = match id {
                    Some(id) => Edit::UpdateTrigger(id, d.clone()),
                    None => Edit::AddTrigger(d.clone()),
                };
                let bad = match (*plan).clone().apply(edit) {
                    Err(EditError::Empty(f) | EditError::TooLong(f)) => Some(f),
                    Err(EditError::Duplicate) => Some(Field::TriggerName),
                    _ => None,
                };
                let name = match bad {
                    Some(Field::TriggerName) => Some("name"),
                    Some(Field::WarningSigns) => Some("warning-signs"),
                    Some(Field::Notes) => Some("notes"),
                    _ => None,
                };
                if let Some(el) = name
                    .and_then(|name| form.query_selector(&format!("[name={name}]")).ok())
                    .flatten()
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = el.focus();
                }
                invalid.set(bad);
                draft.set(d);
            }
        })
    };
    let d = &*draft;
    let flag = |f: Field| (*invalid == Some(f)).then_some("true");
    let described = |f: Field| (*invalid == Some(f)).then_some(super::MESSAGE_ID);
    let urge_text = words.urge(d.urge);
    let slider = d.urge.unwrap_or(MIDDLE);
    html! {
        <form class="iop-step iop-form" data-view="trigger-form" {onsubmit} novalidate=true>
            <h2 tabindex="-1">{ if props.id.is_some() { ui.edit } else { ui.add_trigger } }</h2>
            <label class="iop-field">
                <span>{ ui.trigger_name }</span>
                <input type="text" name="name" value={d.name.clone()}
                    required=true autocomplete="off" oninput={on_name.reform(Event::from)}
                    aria-invalid={flag(Field::TriggerName)} aria-describedby={described(Field::TriggerName)} />
            </label>
            <label class="iop-field">
                <span>{ ui.category }</span>
                <select name="category" onchange={on_category}>
                    { for Category::ALL.iter().map(|c| html! {
                        <option value={c.id()} selected={*c == d.category}>{ words.category(*c) }</option>
                    }) }
                </select>
            </label>
            <label class="iop-field">
                <span>{ ui.urge }</span>
                <span class="iop-muted">{ ui.urge_help }</span>
                <span class="iop-range">
                    <input type="range" name="urge" min="0" max={MAX_URGE.to_string()} step="1" value={slider.to_string()}
                        oninput={on_urge.reform(Event::from)} aria-valuetext={urge_text.clone()} />
                    <output>{ urge_text }</output>
                </span>
            </label>
            <label class="iop-option">
                <input type="checkbox" name="not-rated" checked={d.urge.is_none()} onchange={on_unrated} />
                <span>{ ui.not_rated }</span>
            </label>
            <label class="iop-field">
                <span>{ ui.frequency }</span>
                <select name="frequency" onchange={on_frequency}>
                    <option value="" selected={d.frequency.is_none()}>{ ui.frequency_unset }</option>
                    { for Frequency::ALL.iter().map(|f| html! {
                        <option value={f.id()} selected={Some(*f) == d.frequency}>{ words.frequency(*f) }</option>
                    }) }
                </select>
            </label>
            <label class="iop-field">
                <span>{ ui.warning_signs }</span>
                <textarea name="warning-signs" rows="2"
                    value={d.warning_signs.clone()} oninput={on_signs.reform(Event::from)}
                    aria-invalid={flag(Field::WarningSigns)} aria-describedby={described(Field::WarningSigns)} />
            </label>
            <label class="iop-field">
                <span>{ ui.notes }</span>
                <textarea name="notes" rows="2"
                    value={d.notes.clone()} oninput={on_notes.reform(Event::from)}
                    aria-invalid={flag(Field::Notes)} aria-describedby={described(Field::Notes)} />
            </label>
            <div class="iop-nav">
                <button type="submit" class="iop-button">{ ui.save }</button>
                <button type="button" class="iop-button iop-button-quiet" onclick={ctx.go.reform(|_| View::Overview)}>{ ui.cancel }</button>
            </div>
        </form>
    }
}
