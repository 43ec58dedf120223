//! "Your data on this device": whether to save, a passphrase, and deleting everything. On the
//! first screen, so a person on a shared device can act before opening anything.

use yew::prelude::*;

use crate::content::shell::DeviceText;
use crate::core::settings::Saving;
use crate::platform::store::{LockError, LockState, Store};
use crate::ui::{input_value, use_store_changes, use_words};

/// Which device tool a person opened before the tools' code was fetched.
#[derive(Clone, Copy, PartialEq)]
pub enum Opening {
    Passphrase,
    Delete,
}

/// Given to the tools once fetched, so the one the person asked for opens at once.
#[derive(Clone, PartialEq)]
struct Opened(Option<Opening>);

/// The whole panel. The passphrase and delete forms are a chunk of their own (`ui::Piece`):
/// until someone opens one, their closed state is drawn here, so the first screen never
/// downloads them. With a lock set (or no WebCrypto) the real panel is fetched at once.
#[component]
pub fn DeviceData() -> Html {
    let store = use_store_changes();
    let words = use_words();
    let opened = use_state(|| None::<Opening>);
    let t = &words.device;
    if !store.is_shared() {
        return html! {};
    }
    // Once the real panel shows, it stays (removing a passphrase must not swap its message
    // for the closed drawing).
    let real = use_mut_ref(|| false);
    let closed = store.lock_state() == LockState::None && Store::crypto_available();
    let tools = if closed && opened.is_none() && !*real.borrow() {
        let open = |which: Opening| {
            let opened = opened.clone();
            Callback::from(move |_: MouseEvent| opened.set(Some(which)))
        };
        html! {
            <>
                <section class="iop-lock" data-lock="none">
                    <h4>{ t.lock_heading }</h4>
                    <p>{ t.lock_none }</p>
                    <button type="button" class="iop-button iop-button-quiet" data-action="add-passphrase"
                        onclick={open(Opening::Passphrase)}>{ t.lock_add }</button>
                </section>
                <div class="iop-delete" data-delete-everything="">
                    <button type="button" class="iop-button iop-button-quiet iop-button-danger-quiet" data-action="delete-everything"
                        onclick={open(Opening::Delete)}>{ t.delete_everything }</button>
                </div>
            </>
        }
    } else {
        *real.borrow_mut() = true;
        html! {
            <ContextProvider<Opened> context={Opened(*opened)}>
                <crate::ui::Chunked piece={crate::ui::Piece::DeviceTools} />
            </ContextProvider<Opened>>
        }
    };
    html! {
        <div class="iop-device" role="group" data-device-data="" aria-labelledby="iop-device-heading">
            <h3 id="iop-device-heading">{ t.heading }</h3>
            <p class="iop-muted">{ t.intro }</p>
            <SavingChoice />
            { tools }
        </div>
    }
}

#[hook]
fn use_opened_here(which: Opening) -> bool {
    use_context::<Opened>().and_then(|o| o.0) == Some(which)
}

/// The passphrase and "delete everything" forms: a chunk of their own (`ui::Piece`).
#[component]
pub fn DeviceTools() -> Html {
    html! { <><Passphrase /><DeleteEverything /></> }
}

/// Keep the trigger plan and practice on this device, or not.
#[component]
pub fn SavingChoice() -> Html {
    let store = use_store_changes();
    let t = &use_words().device;
    let saving = store.saving();
    let choose = |choice: Saving| {
        let store = store.clone();
        Callback::from(move |_: Event| store.set_saving(choice))
    };
    html! {
        <fieldset class="iop-choice-group" data-saving={saving_id(saving)}>
            <legend>{ t.saving_legend }</legend>
            <label class="iop-option">
                <input type="radio" name="iop-saving" value="device" checked={saving == Saving::Device}
                    onchange={choose(Saving::Device)} />
                <span><strong>{ t.saving_device }</strong><br /><small>{ t.saving_device_hint }</small></span>
            </label>
            <label class="iop-option">
                <input type="radio" name="iop-saving" value="memory-only" checked={saving == Saving::MemoryOnly}
                    onchange={choose(Saving::MemoryOnly)} />
                <span><strong>{ t.saving_memory }</strong><br /><small>{ t.saving_memory_hint }</small></span>
            </label>
        </fieldset>
    }
}

pub fn saving_id(saving: Saving) -> &'static str {
    match saving {
        Saving::Ask => "ask",
        Saving::Device => "device",
        Saving::MemoryOnly => "memory-only",
    }
}

/// Shown inside an exercise the first time something would be saved, and while "don't save" is
/// chosen: the choice, or the notice that nothing is saved.
#[component]
pub fn SavingPrompt(props: &SavingPromptProps) -> Html {
    let store = use_store_changes();
    let t = &use_words().device;
    match store.saving() {
        // Announced: it appears above the heading that has focus, and would go unheard.
        Saving::Ask if props.has_data && store.is_shared() => html! {
            <super::Live>
            <div class="iop-notice iop-saving-prompt" role="group" aria-labelledby="iop-saving-prompt" data-saving-prompt="">
                <p id="iop-saving-prompt"><strong>{ t.saving_prompt_heading }</strong></p>
                <p>{ t.saving_prompt_body }</p>
                <div class="iop-nav">
                    <button type="button" class="iop-button" data-action="save-on-device"
                        onclick={{ let s = store.clone(); Callback::from(move |_| s.set_saving(Saving::Device)) }}>{ t.saving_device }</button>
                    <button type="button" class="iop-button iop-button-quiet" data-action="dont-save"
                        onclick={{ let s = store.clone(); Callback::from(move |_| s.set_saving(Saving::MemoryOnly)) }}>{ t.saving_memory }</button>
                </div>
            </div>
            </super::Live>
        },
        // Read when chosen (the question above turns into it); a reminder as a screen opens.
        Saving::MemoryOnly if store.is_shared() => html! {
            <super::Live quiet_at_start=true>
                <p class="iop-notice" data-storage-notice="memory-only">{ t.saving_memory_notice }</p>
            </super::Live>
        },
        _ => html! {},
    }
}

#[derive(Properties, PartialEq)]
pub struct SavingPromptProps {
    /// Whether there is anything that would be saved (the question waits until there is).
    pub has_data: bool,
}

/// A passphrase action: the store, the passphrase, and its repetition where asked.
type LockJob = fn(
    Store,
    String,
    Option<String>,
) -> std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), LockError>>>>;

/// What a passphrase form shows while working and after.
#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Working,
    Problem(&'static str),
    Done(&'static str),
}

#[component]
fn Passphrase() -> Html {
    let store = use_store_changes();
    let t: &'static DeviceText<'static> = &use_words().device;
    let status = use_state(|| Status::Idle);
    // The form opens on request: adding or changing a passphrase is a deliberate step.
    let asked_first = use_opened_here(Opening::Passphrase);
    let changing = use_state(|| asked_first);
    let state = store.lock_state();
    let first_field = use_node_ref();
    {
        // The button that opened the form is gone, so the form's first field takes focus.
        let first_field = first_field.clone();
        use_effect_with(*changing, move |changing| {
            if *changing {
                crate::ui::focus_node(&first_field);
            }
        });
    }

    let run = |job: LockJob, done: &'static str| {
        let (store, status, changing) = (store.clone(), status.clone(), changing.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let form = e.target_dyn_into::<web_sys::HtmlFormElement>();
            let first = form
                .as_ref()
                .map(|f| input_value(f, "passphrase"))
                .unwrap_or_default();
            let second = form.as_ref().map(|f| input_value(f, "repeat"));
            status.set(Status::Working);
            let (store, status, changing) = (store.clone(), status.clone(), changing.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match job(store, first, second).await {
                    Ok(()) => {
                        changing.set(false);
                        status.set(Status::Done(done));
                    }
                    Err(e) => status.set(Status::Problem(lock_problem(t, e))),
                }
            });
        })
    };
    let set = run(
        |store, first, second| {
            Box::pin(async move {
                check_new(&first, second.as_deref())?;
                store.set_passphrase(&first).await
            })
        },
        t.lock_set_done,
    );
    let unlock = run(
        |store, first, _| Box::pin(async move { store.unlock(&first).await }),
        "",
    );
    let remove = {
        let (store, status) = (store.clone(), status.clone());
        Callback::from(move |_| {
            status.set(Status::Working);
            let (store, status) = (store.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(match store.remove_passphrase().await {
                    Ok(()) => Status::Done(t.lock_removed_done),
                    Err(e) => Status::Problem(lock_problem(t, e)),
                });
            });
        })
    };
    // Locking forgets what is in memory: a change not saved yet (storage full) would be lost
    // without a word, so the person is asked first.
    let asking_lock = use_state(|| false);
    let wait_button = use_node_ref();
    {
        let wait_button = wait_button.clone();
        use_effect_with(*asking_lock, move |asking| {
            if *asking {
                crate::ui::focus_node(&wait_button);
            }
        });
    }
    let lock_now = {
        let (store, status, asking) = (store.clone(), status.clone(), asking_lock.clone());
        Callback::from(move |_| {
            if store.holds_unsaved() && !*asking {
                return asking.set(true);
            }
            asking.set(false);
            status.set(Status::Idle);
            store.lock_now();
        })
    };
    let problem = match &*status {
        Status::Problem(p) => {
            html! { <p class="iop-error" role="alert" data-lock-status="problem">{ *p }</p> }
        }
        _ => html! {},
    };
    // Filled into a region already on the page, so that it is heard.
    let progress = match &*status {
        Status::Working => {
            html! { <p class="iop-muted" data-lock-status="working">{ t.lock_working }</p> }
        }
        Status::Done(d) if !d.is_empty() => {
            html! { <p data-lock-status="done">{ *d }</p> }
        }
        _ => html! {},
    };
    let new_form = |submit: Callback<SubmitEvent>| {
        html! {
            <form class="iop-lock-form" onsubmit={submit} data-lock-form="set">
                <p class="iop-warning"><strong>{ t.lock_forget_warning }</strong></p>
                <label class="iop-field"><span>{ t.lock_new }</span>
                    <input type="password" name="passphrase" autocomplete="new-password" minlength="8" required=true
                        ref={first_field.clone()} /></label>
                <label class="iop-field"><span>{ t.lock_repeat }</span>
                    <input type="password" name="repeat" autocomplete="new-password" minlength="8" required=true /></label>
                <button type="submit" class="iop-button" disabled={*status == Status::Working}>{ t.lock_set }</button>
            </form>
        }
    };
    let body = if !Store::crypto_available() {
        html! { <p class="iop-muted">{ t.lock_no_crypto }</p> }
    } else {
        match state {
            LockState::None if *changing => html! { <><p>{ t.lock_none }</p>{ new_form(set) }</> },
            LockState::None => html! {
                <>
                    <p>{ t.lock_none }</p>
                    <button type="button" class="iop-button iop-button-quiet" data-action="add-passphrase"
                        onclick={{ let c = changing.clone(); Callback::from(move |_| c.set(true)) }}>{ t.lock_add }</button>
                </>
            },
            LockState::Locked => html! {
                <>
                    <p data-lock-state="locked">{ t.lock_locked }</p>
                    <form class="iop-lock-form" onsubmit={unlock} data-lock-form="unlock">
                        <label class="iop-field"><span>{ t.lock_enter }</span>
                            <input type="password" name="passphrase" autocomplete="current-password" required=true /></label>
                        <button type="submit" class="iop-button" disabled={*status == Status::Working}>{ t.lock_unlock }</button>
                    </form>
                    <p class="iop-muted">{ t.lock_forgot }</p>
                </>
            },
            LockState::Open => html! {
                <>
                    <p data-lock-state="open">{ t.lock_open }</p>
                    if *changing {
                        { new_form(set) }
                    } else {
                        if *asking_lock {
                            <div class="iop-confirm" role="group" aria-labelledby="iop-lock-unsaved" data-lock-unsaved="">
                                <p id="iop-lock-unsaved">{ t.lock_now_unsaved }</p>
                                <div class="iop-nav">
                                    <button type="button" class="iop-button" data-action="lock-wait" ref={wait_button.clone()}
                                        onclick={{ let a = asking_lock.clone(); Callback::from(move |_| a.set(false)) }}>{ t.lock_now_wait }</button>
                                    <button type="button" class="iop-button iop-button-quiet" data-action="lock-anyway" onclick={lock_now.clone()}>{ t.lock_now_anyway }</button>
                                </div>
                            </div>
                        }
                        <div class="iop-nav">
                            <button type="button" class="iop-button iop-button-quiet" data-action="lock-now" onclick={lock_now}>{ t.lock_now }</button>
                            <button type="button" class="iop-button iop-button-quiet" data-action="change-passphrase"
                                onclick={{ let c = changing.clone(); Callback::from(move |_| c.set(true)) }}>{ t.lock_change }</button>
                            <button type="button" class="iop-button iop-button-quiet" data-action="remove-passphrase" onclick={remove}>{ t.lock_remove }</button>
                        </div>
                    }
                </>
            },
            LockState::Broken => html! { <p data-lock-state="broken">{ t.lock_broken }</p> },
        }
    };
    html! {
        <section class="iop-lock" data-lock={lock_id(&state)}>
            <h4>{ t.lock_heading }</h4>
            { body }
            { problem }
            <div role="status">{ progress }</div>
        </section>
    }
}

fn lock_id(state: &LockState) -> &'static str {
    match state {
        LockState::None => "none",
        LockState::Locked => "locked",
        LockState::Open => "open",
        LockState::Broken => "broken",
    }
}

fn check_new(first: &str, second: Option<&str>) -> Result<(), LockError> {
    if first.chars().count() < 8 {
        return Err(LockError::NotNow);
    }
    if second != Some(first) {
        return Err(LockError::WrongPassphrase);
    }
    Ok(())
}

fn lock_problem(t: &'static DeviceText<'static>, e: LockError) -> &'static str {
    match e {
        LockError::WrongPassphrase => t.lock_wrong,
        LockError::NoCrypto => t.lock_no_crypto,
        LockError::NotWritten => t.lock_failed,
        LockError::NotNow => t.lock_too_short,
    }
}

/// Shown where locked data would be (an exercise opened while the passphrase is set and this
/// page has not unlocked it): says so, and unlocks right here.
#[component]
pub fn LockedNotice() -> Html {
    let store = use_store_changes();
    let t: &'static DeviceText<'static> = &use_words().device;
    let status = use_state(|| Status::Idle);
    let unlock = {
        let (store, status) = (store.clone(), status.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let passphrase = e
                .target_dyn_into::<web_sys::HtmlFormElement>()
                .map(|f| input_value(&f, "passphrase"))
                .unwrap_or_default();
            status.set(Status::Working);
            let (store, status) = (store.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move {
                status.set(match store.unlock(&passphrase).await {
                    Ok(()) => Status::Idle,
                    Err(e) => Status::Problem(lock_problem(t, e)),
                });
            });
        })
    };
    html! {
        <div class="iop-notice" role="group" data-storage-notice="locked-data" aria-labelledby="iop-locked-notice">
            <p id="iop-locked-notice">{ t.locked_notice }</p>
            <form class="iop-lock-form" onsubmit={unlock} data-lock-form="unlock">
                <label class="iop-field"><span>{ t.lock_enter }</span>
                    <input type="password" name="passphrase" autocomplete="current-password" required=true /></label>
                <button type="submit" class="iop-button" disabled={*status == Status::Working}>{ t.lock_unlock }</button>
            </form>
            { match &*status {
                Status::Problem(p) => html! { <p class="iop-error" role="alert">{ *p }</p> },
                _ => html! {},
            } }
            // On the page before "working" is put in it, so it is heard.
            <div role="status">
                if *status == Status::Working { <p class="iop-muted">{ t.lock_working }</p> }
            </div>
            <p class="iop-muted">{ t.lock_forgot }</p>
        </div>
    }
}

/// "Delete everything on this device", with a confirmation that lists what goes.
#[component]
pub fn DeleteEverything() -> Html {
    let store = use_store_changes();
    let t = &use_words().device;
    let asked_first = use_opened_here(Opening::Delete);
    let asking = use_state(|| asked_first);
    let result = use_state(|| None::<bool>);
    let question_ref = use_node_ref();
    let button_ref = use_node_ref();
    {
        // The confirmation takes focus at its question, so it is announced. Once answered "yes",
        // the screen's heading takes it (the button is gone) and the status below says what
        // happened: a live region already on the page, so screen readers announce it.
        let (question_ref, asking, done) = (question_ref.clone(), *asking, result.is_some());
        use_effect_with((asking, *result), move |_| {
            if asking {
                crate::ui::focus_node(&question_ref);
            } else if done {
                crate::ui::focus_screen_heading(&question_ref);
            }
        });
    }
    let ask = {
        let (asking, result) = (asking.clone(), result.clone());
        Callback::from(move |_| {
            result.set(None);
            asking.set(true);
        })
    };
    let yes = {
        let (store, asking, result) = (store.clone(), asking.clone(), result.clone());
        let forget_page = use_context::<crate::ui::ForgetPage>();
        Callback::from(move |_| {
            let ok = store.delete_everything().is_ok();
            if let Some(crate::ui::ForgetPage(forget)) = &forget_page {
                forget.emit(());
            }
            asking.set(false);
            result.set(Some(ok));
        })
    };
    let no = {
        let (asking, button_ref) = (asking.clone(), button_ref.clone());
        Callback::from(move |_| {
            asking.set(false);
            crate::ui::focus_node(&button_ref);
        })
    };
    // Storage is read only while the question is open. This redraws on every change to the
    // store, and reading every key in storage each time cost each click of the trigger map
    // several milliseconds (issue 14).
    let inventory = if *asking {
        store.inventory()
    } else {
        Default::default()
    };
    let items: Vec<String> = [
        (inventory.screening, t.delete_screening.to_string()),
        (inventory.trigger_plan, t.delete_trigger_plan.to_string()),
        (inventory.refusal_lines, t.delete_refusal_lines.to_string()),
        (
            inventory.refusal_progress,
            t.delete_refusal_progress.to_string(),
        ),
        (
            inventory.backups > 0,
            t.delete_backups.of(inventory.backups),
        ),
        (inventory.lock, t.delete_lock.to_string()),
        (inventory.settings, t.delete_settings.to_string()),
    ]
    .into_iter()
    .filter_map(|(present, words)| present.then_some(words))
    .collect();
    html! {
        <div class="iop-delete" data-delete-everything="">
            if *asking {
                <div class="iop-confirm" role="alertdialog" aria-labelledby="iop-delete-question" data-confirm="delete-everything">
                    <p id="iop-delete-question" tabindex="-1" ref={question_ref.clone()}><strong>{ t.delete_question }</strong></p>
                    if items.is_empty() {
                        <p>{ t.delete_nothing }</p>
                    } else {
                        <p>{ t.delete_lists }</p>
                        <ul data-delete-list="">{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
                    }
                    <p class="iop-muted">{ t.delete_memory_too }</p>
                    <div class="iop-nav">
                        <button type="button" class="iop-button iop-button-danger" data-action="confirm-delete" onclick={yes}>{ t.delete_yes }</button>
                        <button type="button" class="iop-button iop-button-quiet" onclick={no}>{ t.delete_no }</button>
                    </div>
                </div>
            } else {
                <button type="button" class="iop-button iop-button-quiet iop-button-danger-quiet" data-action="delete-everything"
                    ref={button_ref} onclick={ask}>{ t.delete_everything }</button>
            }
            <p role="status" ref={if *asking { NodeRef::default() } else { question_ref }}
                data-deleted={result.map(|ok| ok.to_string())}>
                { result.map(|ok| if ok { t.deleted } else { t.delete_failed }).unwrap_or_default() }
            </p>
        </div>
    }
}
