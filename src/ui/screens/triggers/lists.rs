use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{use_ctx, MESSAGE_ID};
use crate::core::config::contact_call_href;
use crate::core::triggers::{Edit, EditError, Field, Plan};

/// Which field a refused edit is about, asked of a copy of the plan: the field is marked, and
/// described by the map's message saying why.
fn refused_field(plan: &Plan, edit: Edit) -> Option<Field> {
    match plan.clone().apply(edit) {
        Err(EditError::Empty(f) | EditError::TooLong(f)) => Some(f),
        Err(EditError::Duplicate) => Some(Field::ContactName),
        _ => None,
    }
}

fn focus(input: &NodeRef) {
    if let Some(input) = input.cast::<HtmlInputElement>() {
        let _ = input.focus();
    }
}

/// The value of the input an event came from.
fn value(e: InputEvent) -> String {
    e.target()
        .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        .map(|i| i.value())
        .unwrap_or_default()
}

/// People to call when it gets hard (name and phone).
#[component]
pub fn Contacts() -> Html {
    let ctx = use_ctx();
    let ui = ctx.ui;
    let name = use_state(String::new);
    let phone = use_state(String::new);
    let invalid = use_state(|| None::<Field>);
    let (name_ref, phone_ref) = (use_node_ref(), use_node_ref());
    let onsubmit = {
        let (name, phone, edit) = (name.clone(), phone.clone(), ctx.edit.clone());
        let (invalid, plan) = (invalid.clone(), ctx.plan.clone());
        let (name_ref, phone_ref) = (name_ref.clone(), phone_ref.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let contact = || Edit::AddContact {
                name: (*name).clone(),
                phone: (*phone).clone(),
            };
            let added = edit.emit(contact());
            // Refused (too long, already there): what was typed stays, to be put right, and
            // the field at fault is marked and focused.
            if added {
                name.set(String::new());
                phone.set(String::new());
                invalid.set(None);
            } else {
                let bad = refused_field(&plan, contact());
                focus(if bad == Some(Field::Phone) {
                    &phone_ref
                } else {
                    &name_ref
                });
                invalid.set(bad);
            }
        })
    };
    let on_name = {
        let (name, invalid) = (name.clone(), invalid.clone());
        Callback::from(move |e| {
            name.set(value(e));
            invalid.set(None);
        })
    };
    let on_phone = {
        let (phone, invalid) = (phone.clone(), invalid.clone());
        Callback::from(move |e| {
            phone.set(value(e));
            invalid.set(None);
        })
    };
    let flag = |f: Field| (*invalid == Some(f)).then_some("true");
    let described = |f: Field| (*invalid == Some(f)).then_some(MESSAGE_ID);
    html! {
        <section data-list="contacts">
            <h3>{ ui.contacts_heading }</h3>
            <ul class="iop-simple-list">
                { for ctx.plan.contacts.iter().map(|c| {
                    let id = c.id;
                    html! {
                        <li>
                            <span><strong>{ &c.name }</strong>
                                if let Some(href) = contact_call_href(&c.phone) {
                                    { " · " }<a {href}>{ &c.phone }</a>
                                } else if !c.phone.trim().is_empty() {
                                    { " · " }{ &c.phone }
                                }
                            </span>
                            <button type="button" class="iop-button iop-button-quiet" aria-label={ctx.words.named(ui.delete, &c.name)}
                                onclick={ctx.edit_on_click(move || Edit::DeleteContact(id))}>{ ui.delete }</button>
                        </li>
                    }
                }) }
            </ul>
            <form class="iop-form iop-inline-form" {onsubmit} novalidate=true>
                <label class="iop-field"><span>{ ui.contact_name }</span>
                    <input type="text" name="contact-name" value={(*name).clone()} oninput={on_name} autocomplete="off" ref={name_ref}
                        aria-invalid={flag(Field::ContactName)} aria-describedby={described(Field::ContactName)} /></label>
                <label class="iop-field"><span>{ ui.contact_phone }</span>
                    <input type="tel" name="contact-phone" value={(*phone).clone()} oninput={on_phone} autocomplete="off" ref={phone_ref}
                        aria-invalid={flag(Field::Phone)} aria-describedby={described(Field::Phone)} /></label>
                <button type="submit" class="iop-button iop-button-quiet"
                    aria-label={ctx.words.named(ui.add, ui.contacts_heading)}>{ ui.add }</button>
            </form>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct TextListProps {
    list: &'static str,
    heading: &'static str,
    label: &'static str,
    field: Field,
    items: Vec<String>,
    add: Callback<String, Edit>,
    delete: Callback<usize, Edit>,
}

/// A list of short texts with an add box and a delete button per item.
#[component]
fn TextList(props: &TextListProps) -> Html {
    let ctx = use_ctx();
    let ui = ctx.ui;
    let draft = use_state(String::new);
    let refused = use_state(|| false);
    let input = use_node_ref();
    let onsubmit = {
        let (draft, edit, add) = (draft.clone(), ctx.edit.clone(), props.add.clone());
        let (refused, input) = (refused.clone(), input.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let added = edit.emit(add.emit((*draft).clone()));
            if added {
                draft.set(String::new());
            } else {
                focus(&input);
            }
            refused.set(!added);
        })
    };
    let oninput = {
        let (draft, refused) = (draft.clone(), refused.clone());
        Callback::from(move |e| {
            draft.set(value(e));
            refused.set(false);
        })
    };
    html! {
        <section data-list={props.list}>
            <h3>{ props.heading }</h3>
            <ul class="iop-simple-list">
                { for props.items.iter().enumerate().map(|(i, item)| {
                    let (edit, delete) = (ctx.edit.clone(), props.delete.clone());
                    html! {
                        <li>
                            <span>{ item }</span>
                            <button type="button" class="iop-button iop-button-quiet" aria-label={ctx.words.named(ui.delete, item)}
                                onclick={Callback::from(move |_| { edit.emit(delete.emit(i)); })}>{ ui.delete }</button>
                        </li>
                    }
                }) }
            </ul>
            <form class="iop-form iop-inline-form" {onsubmit} novalidate=true>
                <label class="iop-field"><span>{ props.label }</span>
                    <input type="text" name={props.list} value={(*draft).clone()} {oninput} autocomplete="off" ref={input}
                        aria-invalid={refused.then_some("true")} aria-describedby={refused.then_some(MESSAGE_ID)} /></label>
                <button type="submit" class="iop-button iop-button-quiet"
                    aria-label={ctx.words.named(ui.add, props.heading)}>{ ui.add }</button>
            </form>
        </section>
    }
}

#[component]
pub fn SafePlaces() -> Html {
    let ctx = use_ctx();
    html! {
        <TextList list="safe-places" heading={ctx.ui.places_heading} label={ctx.ui.place} field={Field::SafePlace}
            items={ctx.plan.safe_places.clone()} add={Callback::from(Edit::AddSafePlace)} delete={Callback::from(Edit::DeleteSafePlace)} />
    }
}

/// The person's refusal lines, with a button that brings in the lines kept in the refusal
/// practice (lines already in the plan are skipped).
#[component]
pub fn RefusalLinesList() -> Html {
    let ctx = use_ctx();
    let store = crate::ui::use_store_changes();
    use crate::core::refusal::StoredLines;
    let practice = crate::core::refusal::RefusalLines::from_doc(&store.get::<StoredLines>());
    // This screen reads the practice's lines too, so what went wrong reading them is said here
    // (storage being off is said once, by the map; the lines are not saved from here).
    let notices: Vec<_> = store
        .notices::<StoredLines>()
        .into_iter()
        .filter(|n| matches!(n, crate::platform::store::Notice::Unreadable { .. }))
        .collect();
    let dismiss = {
        let store = store.clone();
        Callback::from(move |notice| store.dismiss::<StoredLines>(&notice))
    };
    let new: Vec<String> = practice
        .lines()
        .iter()
        .map(|l| l.text.clone())
        .filter(|t| {
            !ctx.plan
                .refusal_lines
                .iter()
                .any(|p| p.eq_ignore_ascii_case(t))
        })
        .collect();
    let bring = {
        let (edit, new) = (ctx.edit.clone(), new.clone());
        Callback::from(move |_| {
            new.iter().for_each(|line| {
                edit.emit(Edit::AddRefusalLine(line.clone()));
            })
        })
    };
    html! {
        <>
            { for notices.into_iter().map(|notice| html! {
                <crate::ui::components::StorageMessage {notice} on_dismiss={dismiss.clone()} />
            }) }
            <TextList list="refusal-lines" heading={ctx.ui.lines_heading} label={ctx.ui.line} field={Field::RefusalLine}
                items={ctx.plan.refusal_lines.clone()} add={Callback::from(Edit::AddRefusalLine)} delete={Callback::from(Edit::DeleteRefusalLine)} />
            if !new.is_empty() {
                <button type="button" class="iop-button iop-button-quiet" data-action="bring-lines" onclick={bring}>
                    { ctx.ui.lines_from_practice }{ " (" }{ new.len() }{ ")" }
                </button>
            }
        </>
    }
}
