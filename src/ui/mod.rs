//! The Yew front end: one module per screen in `screens/`, small presentational pieces in
//! `components/`. Components read config and words from context and call `platform` for effects.

mod components;
mod screens;

use std::rc::Rc;

use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;

use crate::core::config::{ConfigError, WidgetConfig};
use crate::core::exercise::Exercise;
use crate::core::host_event::HostEvent;
use crate::platform::store::Store;
use crate::platform::Host;
use crate::text::{text, Text};
use components::{ContactFooter, QuickExit};

/// The widget's screens. Routing uses a memory history per instance, so the host page's URL,
/// hash and history are never touched.
#[derive(Clone, Debug, PartialEq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/screening")]
    Screening,
    #[at("/refusal-skills")]
    RefusalSkills,
    #[at("/trigger-map")]
    TriggerMap,
    #[not_found]
    #[at("/not-found")]
    NotFound,
}

impl Route {
    pub fn exercise(exercise: Exercise) -> Route {
        match exercise {
            Exercise::Screening => Route::Screening,
            Exercise::RefusalSkills => Route::RefusalSkills,
            Exercise::TriggerMap => Route::TriggerMap,
        }
    }

    fn to_exercise(&self) -> Option<Exercise> {
        Exercise::ALL
            .into_iter()
            .find(|e| Route::exercise(*e) == *self)
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<WidgetConfig>,
    /// Attributes the widget could not use; shown instead of the exercises.
    #[prop_or_default]
    pub problems: Rc<Vec<ConfigError>>,
    #[prop_or_default]
    pub host: Host,
    /// Where this instance keeps what the person types: the page's shared store, or a demo's
    /// private one.
    pub store: Store,
}

/// The whole widget for one configuration.
#[component]
pub fn App(props: &AppProps) -> Html {
    let start = props.config.start;
    // "Reset demo" starts a new round: a fresh history and, through the key, fresh screens.
    let round = use_state(|| 0u32);
    let history = use_memo(*round, move |_| {
        let first = start.map_or(Route::Home, Route::exercise);
        AnyHistory::from(MemoryHistory::with_entries([first.to_path()]))
    });
    // The screening's answers live here, above the screens, for this widget only: they survive
    // going home and back, and are never written unless the person asks.
    let screening = use_memo((), |_| ScreeningMemory::default());
    let reset = {
        let (round, store, screening) = (round.clone(), props.store.clone(), screening.clone());
        DemoReset(Callback::from(move |()| {
            screening.0.borrow_mut().take();
            store.forget_all();
            round.set(*round + 1)
        }))
    };
    html! {
        <ContextProvider<Rc<WidgetConfig>> context={props.config.clone()}>
            <ContextProvider<Host> context={props.host.clone()}>
                <ContextProvider<Store> context={props.store.clone()}>
                    <ContextProvider<ScreeningMemory> context={(*screening).clone()}>
                    <ContextProvider<DemoReset> context={reset}>
                        <Router key={*round} history={(*history).clone()}>
                            <Shell problems={props.problems.clone()} />
                        </Router>
                    </ContextProvider<DemoReset>>
                    </ContextProvider<ScreeningMemory>>
                </ContextProvider<Store>>
            </ContextProvider<Host>>
        </ContextProvider<Rc<WidgetConfig>>>
    }
}

/// The screening session of this widget, kept in memory above the screens.
#[derive(Clone, Default)]
pub struct ScreeningMemory(pub Rc<std::cell::RefCell<Option<crate::core::screening::Session>>>);

impl PartialEq for ScreeningMemory {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Starts a counselor's demo afresh.
#[derive(Clone, PartialEq)]
struct DemoReset(Callback<()>);

#[derive(Properties, PartialEq)]
struct ShellProps {
    problems: Rc<Vec<ConfigError>>,
}

/// The frame around every screen: quick exit on top, the current screen, contacts below.
#[component]
fn Shell(props: &ShellProps) -> Html {
    let config = use_config();
    let host = use_host();
    let words = text(config.language);
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    // An exercise the clinic did not offer is not shown, whatever the route says.
    let exercise = route.to_exercise().filter(|e| config.exercises.contains(e));
    let screen_ref = use_node_ref();
    let first_render = use_mut_ref(|| true);
    let escapes = use_mut_ref(crate::core::quick_exit::EscapeCounter::default);

    // After a screen change, move focus to its heading so keyboard and screen-reader users
    // land on the new screen. Not on first load: an embedded widget must not steal focus.
    {
        let screen_ref = screen_ref.clone();
        let host = host.clone();
        use_effect_with(exercise, move |exercise| {
            if let Some(exercise) = exercise {
                host.send(&HostEvent::ExerciseStart(*exercise));
            }
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                host.send(&HostEvent::Ready);
                return;
            }
            focus_heading(&screen_ref);
        });
    }

    let help = use_state(|| false);
    let reset = use_context::<DemoReset>();
    // Keys are heard on the whole document while this widget is on the page (removed with it):
    // Escape three times is quick exit wherever focus is; a counselor's shortcuts work as soon
    // as the demo opens, but never while someone types in a field (the host page's included).
    {
        let exit_url = config.exit_url.clone();
        let host = host.clone();
        let (counselor, screen_ref, help) = (config.counselor, screen_ref.clone(), help.clone());
        let help_open = *help;
        use_effect_with(help_open, move |help_open| {
            let help_open = *help_open;
            let document = web_sys::window().and_then(|w| w.document());
            let listener = document.map(|document| {
                gloo::events::EventListener::new(&document, "keydown", move |event| {
                    use wasm_bindgen::JsCast;
                    let Some(e) = event.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    if help_open && e.key() == "Escape" {
                        // Escape closes the help panel, and never counts towards quick exit then.
                        help.set(false);
                        return;
                    }
                    if escapes.borrow_mut().press(&e.key(), e.time_stamp()) {
                        crate::platform::quick_exit(&host, &exit_url);
                        return;
                    }
                    if counselor && !typing(e) {
                        let shortcut = match e.key().as_str() {
                            "n" | "N" | "PageDown" => Some("next"),
                            "p" | "P" | "PageUp" => Some("previous"),
                            "r" | "R" => Some("reveal"),
                            "?" => {
                                help.set(!help_open);
                                None
                            }
                            _ => None,
                        };
                        if let Some(shortcut) = shortcut {
                            e.prevent_default();
                            press(&screen_ref, shortcut);
                        }
                    }
                })
            });
            move || drop(listener)
        });
    }
    let home = {
        let navigator = use_navigator();
        Callback::from(move |_| {
            if let Some(navigator) = &navigator {
                navigator.push(&Route::Home);
            }
        })
    };
    let body = if props.problems.is_empty() {
        screen(exercise)
    } else {
        html! { <screens::SetupProblem problems={props.problems.clone()} /> }
    };

    html! {
        <section class={classes!("iop", config.counselor.then_some("iop-counselor"))} lang={config.language.tag()}
            aria-label={words.widget_label}>
            if config.counselor {
                <div class="iop-demo-bar">
                    <span class="iop-badge" data-demo="">{ words.demo_badge }</span>
                    <button type="button" class="iop-button iop-button-quiet" data-action="shortcuts"
                        onclick={{ let help = help.clone(); Callback::from(move |_| help.set(!*help)) }}>{ words.shortcuts }</button>
                    if let Some(DemoReset(reset)) = reset {
                        <button type="button" class="iop-button iop-button-quiet" data-action="reset-demo"
                            onclick={reset.reform(|_| ())}>{ words.reset_demo }</button>
                    }
                </div>
                if *help {
                    <div class="iop-help-panel" role="region" aria-labelledby="iop-shortcuts" data-shortcuts="">
                        <h2 id="iop-shortcuts">{ words.shortcuts_heading }</h2>
                        <dl>
                            { for words.shortcut_list.iter().map(|(keys, does)| html! { <><dt><kbd>{ *keys }</kbd></dt><dd>{ *does }</dd></> }) }
                        </dl>
                        <button type="button" class="iop-button" onclick={{ let help = help.clone(); Callback::from(move |_| help.set(false)) }}>{ words.close }</button>
                    </div>
                }
            }
            <div class="iop-bar">
                if exercise.is_some() {
                    <button type="button" class="iop-button iop-button-quiet iop-home" data-action="home" onclick={home}>
                        { words.back_home }
                    </button>
                } else {
                    <span class="iop-brand">{ config.clinic.name.clone().unwrap_or_default() }</span>
                }
                <QuickExit />
            </div>
            <div class="iop-screen" ref={screen_ref}>
                { body }
            </div>
            <ContactFooter />
        </section>
    }
}

fn screen(exercise: Option<Exercise>) -> Html {
    match exercise {
        None => html! { <screens::Home /> },
        Some(Exercise::Screening) => html! { <screens::Screening /> },
        Some(Exercise::RefusalSkills) => html! { <screens::RefusalSkills /> },
        Some(Exercise::TriggerMap) => html! { <screens::TriggerMap /> },
    }
}

/// Whether a key press is typing into a field (shortcuts must not steal it).
fn typing(e: &KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    // Inside a shadow root the event's target is retargeted; the composed path's first element
    // is where the key really went.
    let first = e.composed_path().get(0);
    let Some(el) = first.dyn_ref::<web_sys::Element>() else {
        return false;
    };
    let kind = el.get_attribute("type").unwrap_or_default();
    let text_entry = match el.tag_name().as_str() {
        // Radio buttons and checkboxes take no letters; a range slider uses Page Up/Down itself.
        "INPUT" => !matches!(kind.as_str(), "radio" | "checkbox" | "button" | "submit"),
        "TEXTAREA" | "SELECT" => true,
        _ => false,
    };
    e.ctrl_key() || e.meta_key() || e.alt_key() || text_entry
}

/// Presses the button the current screen marked with `data-shortcut`.
fn press(container: &NodeRef, shortcut: &str) {
    use wasm_bindgen::JsCast;
    if let Some(button) = container
        .cast::<web_sys::Element>()
        .and_then(|c| {
            c.query_selector(&format!("[data-shortcut={shortcut}]"))
                .ok()
                .flatten()
        })
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
    {
        button.click();
    }
}

/// Moves focus to the first h2 inside `container`: where a new screen or step begins.
pub fn focus_heading(container: &NodeRef) {
    use wasm_bindgen::JsCast;
    if let Some(heading) = container
        .cast::<web_sys::Element>()
        .and_then(|c| c.query_selector("h2").ok().flatten())
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = heading.focus();
    }
}

/// Moves focus to the element behind `node`, if it is rendered.
pub fn focus_node(node: &NodeRef) {
    if let Some(el) = node.cast::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// A named field's value in a form (empty if it has none).
pub fn input_value(form: &web_sys::HtmlFormElement, name: &str) -> String {
    web_sys::FormData::new_with_form(form)
        .ok()
        .and_then(|data| data.get(name).as_string())
        .unwrap_or_default()
}

/// Milliseconds since 1970, for the dates stored data carries.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Moves focus to the first element matching `selector` inside `container`.
pub fn focus_selector(container: &NodeRef, selector: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = container
        .cast::<web_sys::Element>()
        .and_then(|c| c.query_selector(selector).ok().flatten())
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The configuration of this widget instance.
#[hook]
pub fn use_config() -> Rc<WidgetConfig> {
    use_context::<Rc<WidgetConfig>>().expect("App provides the configuration")
}

/// The page element hosting this widget, for host events.
#[hook]
pub fn use_host() -> Host {
    use_context::<Host>().unwrap_or_default()
}

/// The store this widget instance keeps data in.
#[hook]
pub fn use_store() -> Store {
    use_context::<Store>().expect("App provides the store")
}

/// The store, re-rendering the component whenever anything in it changes (here, in another
/// widget on the page, or in another tab).
#[hook]
pub fn use_store_changes() -> Store {
    let store = use_store();
    let update = use_force_update();
    use_effect_with(store.clone(), move |store| {
        let subscription = store.subscribe(move || update.force_update());
        move || drop(subscription)
    });
    store
}

/// The words for this widget instance's language.
#[hook]
pub fn use_text() -> &'static Text {
    text(use_config().language)
}
