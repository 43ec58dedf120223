use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::{use_ctx, View};
use crate::content::fill;
use crate::core::triggers::{CopingKind, Edit, EditError, Id};

#[derive(Properties, PartialEq)]
pub struct CopingEditorProps {
    pub trigger: Id,
}

/// What the person will do when one trigger comes up: the actions linked to it, ideas for its
/// group to add with one press, and their own.
#[component]
pub fn CopingEditor(props: &CopingEditorProps) -> Html {
    let ctx = use_ctx();
    let (ui, words) = (ctx.ui, ctx.words);
    let own_kind = use_state(|| CopingKind::Own);
    let own_text = use_state(String::new);
    let Some(trigger) = ctx.plan.trigger(props.trigger) else {
        // Deleted in another tab or widget while this was open: say so, not an empty page.
        return html! {
            <div class="iop-step" data-view="coping">
                <h2 tabindex="-1">{ ui.coping_heading }</h2>
                <crate::ui::components::Live>
                    <p class="iop-notice" data-message="">{ words.edit_error(EditError::NotFound) }</p>
                </crate::ui::components::Live>
                <button type="button" class="iop-button" onclick={ctx.go.reform(|_| View::Overview)}>{ ui.done }</button>
            </div>
        };
    };
    let id = trigger.id;
    let linked = ctx.plan.coping_for(id);
    let unlinked = ctx.plan.unlinked_coping();
    let ideas: Vec<_> = words
        .coping_ideas(trigger.category)
        .iter()
        .filter(|idea| {
            !linked
                .iter()
                .any(|c| c.kind == idea.kind && c.text == idea.text)
        })
        .collect();

    let on_kind = {
        let own_kind = own_kind.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            {
                own_kind.set(CopingKind::from_id(&select.value()).unwrap_or(CopingKind::Own));
            }
        })
    };
    let on_text = {
        let own_text = own_text.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                own_text.set(input.value());
            }
        })
    };
    let add_own = {
        let edit = ctx.edit.clone();
        let own_text = own_text.clone();
        let kind = *own_kind;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let added = edit.emit(Edit::AddCoping {
                kind,
                text: (*own_text).clone(),
                triggers: vec![id],
            });
            if added {
                own_text.set(String::new());
            }
        })
    };

    html! {
        <div class="iop-step" data-view="coping" data-trigger={trigger.name.clone()}>
            <h2 tabindex="-1">{ fill(ui.coping_for, &[("trigger", &trigger.name)]) }</h2>
            <p class="iop-muted">{ words.plurals.coping.of(linked.len()) }</p>
            <ul class="iop-coping-list">
                { for linked.iter().map(|c| {
                    let coping = c.id;
                    html! {
                        <li data-coping={c.text.clone()}>
                            <span><span class="iop-tag">{ words.kind(c.kind) }</span>{ " " }{ &c.text }</span>
                            <button type="button" class="iop-button iop-button-quiet" aria-label={words.named(ui.unlink, &c.text)}
                                onclick={ctx.edit_on_click(move || Edit::Unlink { coping, trigger: id })}>{ ui.unlink }</button>
                        </li>
                    }
                }) }
            </ul>

            // Actions linked to no trigger (a file, a race between tabs): link one here, or
            // delete it, so nothing stays in the plan that no screen can change.
            if !unlinked.is_empty() {
                <h3>{ ui.plan_other_coping }</h3>
                <ul class="iop-idea-list" data-unlinked-coping="">
                    { for unlinked.iter().map(|c| {
                        let coping = c.id;
                        html! {
                            <li data-coping={c.text.clone()}>
                                <span><span class="iop-tag">{ words.kind(c.kind) }</span>{ " " }{ &c.text }</span>
                                <button type="button" class="iop-button iop-button-quiet" aria-label={words.named(ui.add, &c.text)}
                                    onclick={ctx.edit_on_click(move || Edit::Link { coping, trigger: id })}>{ ui.add }</button>
                                <button type="button" class="iop-button iop-button-quiet" aria-label={words.named(ui.delete, &c.text)}
                                    onclick={ctx.edit_on_click(move || Edit::DeleteCoping(coping))}>{ ui.delete }</button>
                            </li>
                        }
                    }) }
                </ul>
            }

            if !ideas.is_empty() {
                <h3>{ ui.coping_ideas }</h3>
                <ul class="iop-idea-list">
                    { for ideas.iter().map(|idea| {
                        let (kind, text) = (idea.kind, idea.text);
                        html! {
                            <li>
                                <span><span class="iop-tag">{ words.kind(kind) }</span>{ " " }{ text }</span>
                                <button type="button" class="iop-button iop-button-quiet" aria-label={words.named(ui.add, text)}
                                    onclick={ctx.edit_on_click(move || Edit::AddCoping { kind, text: text.to_string(), triggers: vec![id] })}>
                                    { ui.add }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }

            <h3>{ ui.coping_own }</h3>
            <form class="iop-form iop-inline-form" onsubmit={add_own} novalidate=true>
                <label class="iop-field">
                    <span>{ ui.coping_kind }</span>
                    <select name="kind" onchange={on_kind}>
                        { for CopingKind::ALL.iter().map(|k| html! {
                            <option value={k.id()} selected={*k == *own_kind}>{ words.kind(*k) }</option>
                        }) }
                    </select>
                </label>
                <label class="iop-field">
                    <span>{ ui.coping_text }</span>
                    <input type="text" name="coping" value={(*own_text).clone()} oninput={on_text} autocomplete="off" />
                </label>
                <button type="submit" class="iop-button">{ ui.add }</button>
            </form>

            <div class="iop-nav">
                <button type="button" class="iop-button" onclick={ctx.go.reform(|_| View::Overview)}>{ ui.done }</button>
            </div>
        </div>
    }
}
