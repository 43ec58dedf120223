use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{use_ctx, View};
use crate::content::fill;
use crate::core::triggers::{Category, Edit, EditError, Field, TriggerDraft};

/// The first run: one group at a time, tick the common triggers that fit or type your own.
#[component]
pub fn Guided() -> Html {
    let ctx = use_ctx();
    let (ui, words) = (ctx.ui, ctx.words);
    let step = use_state(|| 0usize);
    let picked = use_state(Vec::<(Category, String)>::new);
    let own = use_state(String::new);
    // An own trigger too long to keep: said here, with the words still in the field to shorten.
    let too_long = use_state(|| false);
    let category = Category::ALL[*step];
    let last = *step + 1 == Category::ALL.len();

    let toggle = |name: &'static str| {
        let picked = picked.clone();
        Callback::from(move |_: Event| {
            let mut next = (*picked).clone();
            match next.iter().position(|(c, n)| *c == category && n == name) {
                Some(i) => {
                    next.remove(i);
                }
                None => next.push((category, name.to_string())),
            }
            picked.set(next);
        })
    };
    let on_own = {
        let (own, too_long) = (own.clone(), too_long.clone());
        Callback::from(move |e: InputEvent| {
            if *too_long {
                too_long.set(false);
            }
            if let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            {
                own.set(input.value());
            }
        })
    };
    // Moving on keeps what was typed as this group's own trigger.
    let take_own = {
        let picked = picked.clone();
        let own = own.clone();
        move || {
            let typed = own.trim().to_string();
            let mut next = (*picked).clone();
            if !typed.is_empty() && !next.iter().any(|(c, n)| *c == category && *n == typed) {
                next.push((category, typed));
            }
            own.set(String::new());
            next
        }
    };
    let onsubmit = {
        let step = step.clone();
        let picked = picked.clone();
        let take_own = take_own.clone();
        let edit = ctx.edit.clone();
        let go = ctx.go.clone();
        let (own, too_long) = (own.clone(), too_long.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let over = own.trim().chars().count() > Field::TriggerName.max_chars();
            too_long.set(over);
            if over {
                return;
            }
            let all = take_own();
            if last {
                // To the map first: going there clears the message, and one saying why a
                // trigger was not added (the list is full, say) must stay.
                go.emit(View::Overview);
                for (category, name) in &all {
                    edit.emit(Edit::AddTrigger(TriggerDraft::new(name, *category)));
                }
            } else {
                picked.set(all);
                step.set(*step + 1);
            }
        })
    };
    let back = {
        let step = step.clone();
        let go = ctx.go.clone();
        let too_long = too_long.clone();
        Callback::from(move |_| {
            too_long.set(false);
            if *step == 0 {
                go.emit(View::Overview)
            } else {
                step.set(*step - 1)
            }
        })
    };
    let label = fill(
        ui.guided_step,
        &[
            ("n", &(*step + 1).to_string()),
            ("m", &Category::ALL.len().to_string()),
            ("group", words.category(category)),
        ],
    );
    html! {
        <form class="iop-step iop-form" data-view="guided" data-category={category.id()} {onsubmit} novalidate=true>
            <p class="iop-progress-label">{ &label }</p>
            <progress class="iop-progress" max={Category::ALL.len().to_string()} value={(*step + 1).to_string()} aria-label={label.clone()}></progress>
            <fieldset>
                <legend><h2 tabindex="-1">{ ui.guided_heading }</h2></legend>
                <p class="iop-muted">{ ui.guided_hint }</p>
                <div class="iop-options">
                    { for words.common_triggers(category).iter().map(|name| {
                        let checked = picked.iter().any(|(c, n)| *c == category && n == name);
                        html! {
                            <label class={classes!("iop-option", checked.then_some("iop-option-chosen"))}>
                                <input type="checkbox" name="trigger" value={*name} {checked} onchange={toggle(name)} />
                                <span>{ *name }</span>
                            </label>
                        }
                    }) }
                </div>
                <label class="iop-field">
                    <span>{ ui.guided_own }</span>
                    <input type="text" name="own" value={(*own).clone()} oninput={on_own} autocomplete="off"
                        aria-invalid={too_long.then_some("true")} aria-describedby={too_long.then_some("iop-own-error")} />
                </label>
                if *too_long {
                    <p class="iop-error" id="iop-own-error" role="alert">{ words.edit_error(EditError::TooLong(Field::TriggerName)) }</p>
                }
            </fieldset>
            <div class="iop-nav">
                <button type="button" class="iop-button iop-button-quiet" onclick={back}>{ ui.back }</button>
                <button type="submit" class="iop-button">{ if last { ui.guided_done } else { ui.next } }</button>
            </div>
        </form>
    }
}
