use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{use_ctx, View};
use crate::content::fill;
use crate::core::triggers::{check_size, import, merge, Plan, TriggerPlan};

#[derive(Properties, PartialEq)]
pub struct ImportViewProps {
    pub on_replace: Callback<Plan>,
    pub on_message: Callback<String>,
}

/// Load a plan file: read in the browser, checked, previewed, then replace or add to the plan.
#[component]
pub fn ImportView(props: &ImportViewProps) -> Html {
    let ctx = use_ctx();
    let (ui, words) = (ctx.ui, ctx.words);
    let store = crate::ui::use_store();
    let loaded = use_state(|| None::<Result<Plan, String>>);
    // Replacing a plan that holds anything asks first: one tap must not lose it.
    let confirming = use_state(|| false);
    // Focus follows what is new, so a screen reader reads it: what the file holds once read,
    // the question once asked, and the Replace button again after "No, keep my plan".
    let node = use_node_ref();
    {
        let node = node.clone();
        let was_confirming = use_mut_ref(|| false);
        use_effect_with(
            ((*loaded).clone(), *confirming),
            move |(loaded, confirming)| {
                let asked_before =
                    std::mem::replace(&mut *was_confirming.borrow_mut(), *confirming);
                if *confirming {
                    crate::ui::focus_selector(&node, "[data-replace-no]");
                } else if matches!(loaded, Some(Ok(_))) {
                    let target = if asked_before {
                        "[data-replace]"
                    } else {
                        "[data-import-summary]"
                    };
                    crate::ui::focus_selector(&node, target);
                }
            },
        );
    }
    let onchange = {
        let (loaded, confirming) = (loaded.clone(), confirming.clone());
        Callback::from(move |e: Event| {
            confirming.set(false);
            let file = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
                .and_then(|i| i.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                // The file's size is known before its bytes are read.
                if let Err(too_large) = check_size(file.size() as u64) {
                    return loaded.set(Some(Err(words.import_error(&too_large))));
                }
                let loaded = loaded.clone();
                crate::platform::read_file(file, move |text| {
                    loaded.set(Some(match text {
                        Some(t) => import(&t).map_err(|e| words.import_error(&e)),
                        None => Err(words.unreadable_file().to_string()),
                    }));
                });
            }
        })
    };
    let finish = |replace: bool| {
        let store = store.clone();
        let (loaded, plan, on_replace, on_message, go) = (
            loaded.clone(),
            ctx.plan.clone(),
            props.on_replace.clone(),
            props.on_message.clone(),
            ctx.go.clone(),
        );
        Callback::from(move |_| {
            let Some(Ok(incoming)) = (*loaded).clone() else {
                return;
            };
            let said = if replace {
                // The plan being replaced is kept aside on the device first, never just lost,
                // and the person is told where it went (if it was on the device at all).
                let stored = store.inventory().trigger_plan;
                if !store.keep_copy::<TriggerPlan>() {
                    return on_message.emit(ui.import_keep_failed.to_string());
                }
                let kept = stored && !plan.is_empty();
                on_replace.emit(incoming);
                if kept {
                    ui.import_replaced_kept
                } else {
                    ui.import_replaced
                }
                .to_string()
            } else {
                let mut merged = Plan::clone(&plan);
                match merge(&mut merged, incoming) {
                    Ok(summary) => {
                        on_replace.emit(merged);
                        let done = fill(
                            ui.import_done,
                            &[
                                ("added", &summary.added.to_string()),
                                ("skipped", &summary.skipped.to_string()),
                            ],
                        );
                        if summary.kept_yours.is_empty() {
                            done
                        } else {
                            // A few names say which; a long list would drown the message.
                            let mut names = summary
                                .kept_yours
                                .iter()
                                .take(5)
                                .cloned()
                                .collect::<Vec<_>>()
                                .join(", ");
                            if summary.kept_yours.len() > 5 {
                                names.push_str(&format!(", +{}", summary.kept_yours.len() - 5));
                            }
                            let kept = if summary.kept_yours.len() == 1 {
                                ui.import_kept_yours_one
                            } else {
                                ui.import_kept_yours
                            };
                            format!("{done} {}", fill(kept, &[("names", &names)]))
                        }
                    }
                    Err(problem) => return on_message.emit(words.merge_error(problem)),
                }
            };
            go.emit(View::Overview);
            on_message.emit(said);
        })
    };
    html! {
        <div class="iop-step" data-view="import" ref={node.clone()}>
            <h2 tabindex="-1">{ ui.import_heading }</h2>
            <label class="iop-field">
                <span>{ ui.import_choose }</span>
                <input type="file" name="plan-file" accept=".json,application/json" {onchange} />
            </label>
            { match &*loaded {
                None => html! {},
                Some(Err(problem)) => html! {
                    <p class="iop-error" role="alert" data-import-error="">{ ui.import_error }{ " " }{ problem }</p>
                },
                Some(Ok(p)) => html! {
                    <div class="iop-panel" data-import-preview="">
                        <p tabindex="-1" data-import-summary="">{ fill(ui.import_preview, &[("counts", &words.plan_counts(p))]) }</p>
                        <ul>{ for p.triggers.iter().take(10).map(|t| html! { <li>{ &t.name }</li> }) }</ul>
                        if *confirming {
                            <div class="iop-confirm" role="group" aria-labelledby="iop-replace-confirm" data-replace-confirm="">
                                <p id="iop-replace-confirm">{ fill(ui.import_replace_confirm, &[("counts", &words.plan_counts(&ctx.plan))]) }</p>
                                <div class="iop-nav">
                                    <button type="button" class="iop-button" data-replace-no="" onclick={{ let c = confirming.clone(); Callback::from(move |_| c.set(false)) }}>{ ui.import_replace_no }</button>
                                    <button type="button" class="iop-button iop-button-quiet" onclick={finish(true)}>{ ui.import_replace_yes }</button>
                                </div>
                            </div>
                        } else {
                            <div class="iop-nav">
                                <button type="button" class="iop-button" onclick={finish(false)}>{ ui.import_merge }</button>
                                <button type="button" class="iop-button iop-button-quiet" data-replace="" onclick={
                                    if ctx.plan.is_empty() { finish(true) } else { let c = confirming.clone(); Callback::from(move |_| c.set(true)) }
                                }>{ ui.import_replace }</button>
                            </div>
                        }
                    </div>
                },
            } }
            <div class="iop-nav">
                <button type="button" class="iop-button iop-button-quiet" onclick={ctx.go.reform(|_| View::Overview)}>{ ui.cancel }</button>
            </div>
        </div>
    }
}
