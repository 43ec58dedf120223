//! The Yew front end: one module per screen in `screens/`, small presentational pieces in
//! `components/`. Components read config and words from context and call `platform` for effects.

mod components;
mod screens;

use std::rc::Rc;

use yew::prelude::*;

use crate::content::Part;
use crate::core::config::{ConfigError, WidgetConfig};
use crate::core::exercise::Exercise;
use crate::core::host_event::HostEvent;
use crate::platform::store::Store;
use crate::platform::Host;
type ShellWords = crate::content::Shell<'static>;
use crate::core::config::Language;
use crate::platform::words::{self, Words};
use components::{ContactFooter, QuickExit};

/// Where a widget is: its home screen (`None`) or an exercise, and how to go elsewhere. Kept in
/// the widget's memory, so the host page's URL, hash and history are never touched.
#[derive(Clone, PartialEq)]
pub struct Place {
    pub exercise: Option<Exercise>,
    pub go: Callback<Option<Exercise>>,
}

#[hook]
pub fn use_place() -> Place {
    use_context::<Place>().expect("App provides the place")
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
    /// Which widget on the page this is (1 for the first): a second one's region is named
    /// apart, so screen-reader users can tell them apart.
    #[prop_or(1)]
    pub ordinal: u32,
}

/// The whole widget for one configuration.
#[component]
pub fn App(props: &AppProps) -> Html {
    let start = props.config.start;
    // "Reset demo" starts a new round: back to the first screen and, through the key, fresh screens.
    let round = use_state(|| 0u32);
    let here = use_state(|| start);
    // The screening's answers live here, above the screens, for this widget only: they survive
    // going home and back, and are never written unless the person asks.
    let screening = use_memo((), |_| ScreeningMemory::default());
    let asked = use_memo((), |_| AskedQuestions::default());
    // The language: the person's own choice on this page, else the host's `lang` attribute, else
    // the host page's language, else the browser's.
    let language = {
        let (config, store) = (props.config.clone(), props.store.clone());
        use_state(move || initial_language(&config, &store))
    };
    {
        // A host changing `lang` later (a CMS, a script) is followed; not on the first render,
        // where the person's own choice for this tab comes first (initial_language).
        let (language, first) = (language.clone(), use_mut_ref(|| true));
        use_effect_with(
            (props.config.language, props.config.language_given),
            move |(l, given)| {
                if *given && !std::mem::replace(&mut *first.borrow_mut(), false) {
                    language.set(*l);
                }
            },
        );
    }
    let choice = {
        let (language, store) = (language.clone(), props.store.clone());
        LanguageChoice {
            language: *language,
            choose: Callback::from(move |l: Language| {
                store.set_language_choice(l.tag());
                language.set(l);
            }),
        }
    };
    let reset = {
        let (round, store, screening) = (round.clone(), props.store.clone(), screening.clone());
        let (here, asked) = (here.clone(), asked.clone());
        let (language, config) = (language.clone(), props.config.clone());
        DemoReset(Callback::from(move |()| {
            screening.0.borrow_mut().take();
            asked.0.take();
            store.forget_all();
            // The next group starts in the page's language, not the last group's choice.
            language.set(initial_language(&config, &store));
            here.set(start);
            round.set(*round + 1)
        }))
    };
    {
        // Saved screening answers that expired go when any widget starts, not only when the
        // screening opens: the next person on the device never finds them.
        let store = props.store.clone();
        use_effect_with((), move |_| store.forget_stale_answers(now_ms()));
    }
    // "Delete everything" also clears what is open on this page, as its confirmation says: in
    // this widget, and in any other on the page, which starts again.
    let forget_page = {
        let (screening, asked, host) = (screening.clone(), asked.clone(), props.host.clone());
        ForgetPage(Callback::from(move |()| {
            screening.0.borrow_mut().take();
            asked.0.take();
            crate::platform::restart_others(&host);
        }))
    };
    let place = Place {
        exercise: *here,
        go: {
            let here = here.clone();
            Callback::from(move |next| here.set(next))
        },
    };
    html! {
        <ContextProvider<Rc<WidgetConfig>> context={props.config.clone()}>
            <ContextProvider<LanguageChoice> context={choice}>
            <ContextProvider<Host> context={props.host.clone()}>
                <ContextProvider<Store> context={props.store.clone()}>
                    <ContextProvider<ScreeningMemory> context={(*screening).clone()}>
                    <ContextProvider<AskedQuestions> context={(*asked).clone()}>
                    <ContextProvider<ForgetPage> context={forget_page}>
                    <ContextProvider<DemoReset> context={reset}>
                        <ContextProvider<Place> context={place}>
                            <Shell key={*round} problems={props.problems.clone()} ordinal={props.ordinal} reset={*round > 0} />
                        </ContextProvider<Place>>
                    </ContextProvider<DemoReset>>
                    </ContextProvider<ForgetPage>>
                    </ContextProvider<AskedQuestions>>
                    </ContextProvider<ScreeningMemory>>
                </ContextProvider<Store>>
            </ContextProvider<Host>>
            </ContextProvider<LanguageChoice>>
        </ContextProvider<Rc<WidgetConfig>>>
    }
}

/// The person's choice on this page, else the `lang` attribute, else the host page's and the
/// browser's languages, else English.
fn initial_language(config: &WidgetConfig, store: &Store) -> Language {
    let chosen = store
        .language_choice()
        .and_then(|tag| Language::from_tag(&tag));
    let given = config.language_given.then_some(config.language);
    chosen.or(given).unwrap_or_else(|| {
        crate::platform::page_languages()
            .iter()
            .find_map(|tag| Language::from_tag(tag))
            .unwrap_or(Language::ENGLISH)
    })
}

/// The screening session of this widget, kept in memory above the screens.
#[derive(Clone, Default)]
pub struct ScreeningMemory(pub Rc<std::cell::RefCell<Option<crate::core::screening::Session>>>);

impl PartialEq for ScreeningMemory {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The questions a person ticked in "What to expect", in memory above the screens (never
/// stored): ticked again when they come back, and offered on the summary for the clinic.
#[derive(Clone, Default)]
pub struct AskedQuestions(pub Rc<std::cell::Cell<Asked>>);

/// The ticks, and the questions' words as shown when ticked (the summary has no explainer words).
#[derive(Clone, Default)]
pub struct Asked {
    pub ticks: crate::core::expect::Ticks,
    pub words: Vec<String>,
}

impl AskedQuestions {
    pub fn get(&self) -> Asked {
        let asked = self.0.take();
        self.0.set(asked.clone());
        asked
    }
}

impl PartialEq for AskedQuestions {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Clears what this widget holds for the page only (after "Delete everything").
#[derive(Clone, PartialEq)]
pub struct ForgetPage(pub Callback<()>);

/// Starts a counselor's demo afresh.
#[derive(Clone, PartialEq)]
struct DemoReset(Callback<()>);

#[derive(Properties, PartialEq)]
struct ShellProps {
    problems: Rc<Vec<ConfigError>>,
    ordinal: u32,
    /// Shown afresh by "Reset demo": the button is gone, so focus goes to the new screen.
    reset: bool,
}

/// The frame around every screen: quick exit on top, the current screen, contacts below.
#[component]
fn Shell(props: &ShellProps) -> Html {
    let config = use_config();
    let host = use_host();
    let words = use_words();
    let language = use_language();
    let place = use_place();
    // An exercise the clinic did not offer is not shown.
    let exercise = place.exercise.filter(|e| config.exercises.contains(e));
    let screen_ref = use_node_ref();
    let first_render = use_mut_ref(|| true);
    let escapes = use_mut_ref(crate::core::quick_exit::EscapeCounter::default);
    let heading_focus = use_memo((), |_| HeadingFocus::default());

    // After a screen change, move focus to its heading so keyboard and screen-reader users
    // land on the new screen. Not on first load (an embedded widget must not steal focus),
    // unless this is a demo's reset, which the person asked for.
    {
        let screen_ref = screen_ref.clone();
        let host = host.clone();
        let heading_focus = (*heading_focus).clone();
        let reset = props.reset;
        use_effect_with(exercise, move |exercise| {
            if let Some(exercise) = exercise {
                host.send(&HostEvent::ExerciseStart(*exercise));
            }
            if std::mem::replace(&mut *first_render.borrow_mut(), false) && !reset {
                host.send(&HostEvent::Ready);
                return;
            }
            heading_focus.0.set(!focus_heading(&screen_ref));
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
                            // A presenter's clicker may send arrows: on an answer they go on
                            // or back, never silently change the answer (Up and Down still do).
                            "ArrowRight" if on_radio(e, &screen_ref) => Some("next"),
                            "ArrowLeft" if on_radio(e, &screen_ref) => Some("previous"),
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
    let home = place.go.reform(|_| None);
    // A setup problem that appears while the person is at work (a script setting a bad
    // attribute, then a good one) must not lose what they typed: once a screen has been shown,
    // it stays, hidden, under the problem, and comes back as it was when the problem goes.
    let problem = !props.problems.is_empty();
    let shown = use_mut_ref(|| false);
    if !problem {
        *shown.borrow_mut() = true;
    }
    let keep = *shown.borrow();
    let body = html! {
        <>
            if problem {
                <screens::SetupProblem problems={props.problems.clone()} />
            }
            if keep {
                <div class="iop-screen-body" hidden={problem}>{ screen(exercise) }</div>
            }
        </>
    };

    html! {
        <section class={classes!("iop", config.counselor.then_some("iop-counselor"))} lang={language.tag()} dir="ltr"
            aria-label={if props.ordinal > 1 { format!("{} ({})", words.widget_label, props.ordinal) } else { words.widget_label.to_string() }}>
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
                    <div class="iop-help-panel" role="group" aria-labelledby="iop-shortcuts" data-shortcuts="">
                        // Named, not a heading: the screen below keeps the one h2 people jump to.
                        <p id="iop-shortcuts" class="iop-help-title"><strong>{ words.shortcuts_heading }</strong></p>
                        <dl>
                            { for words.shortcut_list.iter().map(|(keys, does)| html! { <><dt><kbd>{ *keys }</kbd></dt><dd>{ *does }</dd></> }) }
                        </dl>
                        <button type="button" class="iop-button" onclick={{ let help = help.clone(); Callback::from(move |_| help.set(false)) }}>{ words.close }</button>
                    </div>
                }
            }
            // On a phone only quick exit's row stays in view while the page scrolls: the whole bar
            // took a third of a 320 px screen in Spanish, and most of it with large type.
            <div class="iop-bar">
                <div class="iop-bar-start">
                    if exercise.is_some() {
                        <button type="button" class="iop-button iop-button-quiet iop-home" data-action="home" onclick={home}>
                            { words.back_home }
                        </button>
                    } else {
                        <span class="iop-brand">{ words.brand(&config) }</span>
                    }
                    <LanguageSwitch />
                </div>
                <div class="iop-exit-row">
                    <QuickExit />
                </div>
            </div>
            <div class="iop-screen" ref={screen_ref}>
                <ContextProvider<HeadingFocus> context={(*heading_focus).clone()}>
                    { body }
                </ContextProvider<HeadingFocus>>
            </div>
            <ContactFooter />
        </section>
    }
}

/// The languages the widget speaks, each named in itself; the widget's root carries `lang`.
#[function_component(LanguageSwitch)]
fn language_switch() -> Html {
    let words = use_words();
    let choice = use_context::<LanguageChoice>();
    let Some(choice) = choice else {
        return html! {};
    };
    if crate::core::config::LANGUAGES.len() < 2 {
        return html! {};
    }
    let onchange = {
        let choose = choice.choose.clone();
        Callback::from(move |e: Event| {
            use wasm_bindgen::JsCast;
            if let Some(select) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                if let Some(l) = Language::from_tag(&select.value()) {
                    choose.emit(l);
                }
            }
        })
    };
    html! {
        <label class="iop-language" data-language-switch="">
            <span class="iop-sr">{ words.language_label }</span>
            <select name="iop-language" {onchange} aria-label={words.language_label}>
                { for Language::all().map(|l| html! {
                    <option value={l.tag()} lang={l.tag()} selected={l == choice.language}>{ l.name() }</option>
                }) }
            </select>
        </label>
    }
}

fn screen(exercise: Option<Exercise>) -> Html {
    match exercise {
        None => html! { <screens::Home /> },
        Some(exercise) => {
            html! { <Chunked piece={Piece::Exercise(exercise)} key={exercise.id()} /> }
        }
    }
}

/// An exercise's code could not be fetched (offline, a blocked file).
#[derive(Debug)]
pub struct ChunkMissing;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for ChunkMissing {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        ChunkMissing
    }
}

/// Declares where the wasm is split: each exercise's screens (and everything only they use)
/// are a chunk fetched when the exercise first opens. Without the `split` feature (tests, dev
/// builds) the same functions just return their screen.
macro_rules! split_points {
    ($($chunk:ident: $name:ident => $screen:path;)*) => {
        $(
            #[cfg(feature = "split")]
            #[wasm_split_helpers::wasm_split($chunk, fallible)]
            fn $name() -> Result<Html, ChunkMissing> {
                Ok(html! { <$screen /> })
            }

            #[cfg(not(feature = "split"))]
            async fn $name() -> Result<Html, ChunkMissing> {
                Ok(html! { <$screen /> })
            }
        )*
    };
}

split_points! {
    screening: screening_screen => screens::Screening;
    refusal: refusal_screen => screens::RefusalSkills;
    triggers: triggers_screen => screens::TriggerMap;
    expect: expect_screen => screens::WhatToExpect;
    device: device_tools => components::DeviceTools;
    // In the result's chunk: reached only from the result, and every split point multiplies the
    // small chunks that code shared between split points is cut into (one request each).
    screening_result: handoff_view => screens::Handoff;
    screening_result: screening_result_view => screens::ScreeningResult;
}

/// A part of the widget whose code is fetched when needed.
#[derive(Clone, Copy, PartialEq)]
pub enum Piece {
    Exercise(Exercise),
    /// The passphrase and "delete everything" forms on the first screen: fetched right after
    /// it shows, so the first screen does not wait for them.
    DeviceTools,
    /// "Take it to the clinic" from a screening result (the FHIR builder): in the result's chunk.
    Handoff,
    /// The screening's result and the rules behind it: fetched while the person answers, so the
    /// first question does not wait for them.
    ScreeningResult,
}

/// Fetches a piece's code ahead of need (a no-op once it is here, and in one-module builds).
pub fn prefetch(piece: Piece) {
    // A failure here is shown, with a retry, when the piece is really needed.
    wasm_bindgen_futures::spawn_local(async move { drop(load(piece).await) });
}

/// Fetches an exercise's code and words as the person opens it, before its screen is drawn.
pub fn prefetch_exercise(exercise: Exercise, language: Language) {
    words::prefetch(language, Part::of(exercise));
    prefetch(Piece::Exercise(exercise));
}

/// A button's `onclick` and `onmousedown` that open `exercise`. Its files are asked for before
/// its screen is drawn, not after; with a mouse, from the press (about a tenth of a second before
/// the click). A finger's touch fires mousedown only as it lifts, with the click: a touch that
/// starts a scroll fetches nothing a phone would pay for.
pub fn opening(
    place: &Place,
    exercise: Exercise,
    language: Language,
) -> (Callback<MouseEvent>, Callback<MouseEvent>) {
    let onclick = place.go.reform(move |_| {
        prefetch_exercise(exercise, language);
        Some(exercise)
    });
    let onmousedown = Callback::from(move |_| prefetch_exercise(exercise, language));
    (onclick, onmousedown)
}

/// A piece's screen, once its chunk is here. Shared by prefetches and `Chunked`: each split
/// point's loader once in the wasm, not once per caller.
async fn load(piece: Piece) -> Result<Html, ChunkMissing> {
    match piece {
        Piece::Exercise(Exercise::Screening) => screening_screen().await,
        Piece::Exercise(Exercise::RefusalSkills) => refusal_screen().await,
        Piece::Exercise(Exercise::TriggerMap) => triggers_screen().await,
        Piece::Exercise(Exercise::WhatToExpect) => expect_screen().await,
        Piece::DeviceTools => device_tools().await,
        Piece::Handoff => handoff_view().await,
        Piece::ScreeningResult => screening_result_view().await,
    }
}

#[derive(Properties, PartialEq)]
pub struct ChunkedProps {
    pub piece: Piece,
}

/// A piece, once its chunk is here; meanwhile (or if it cannot load) a message with a retry,
/// under the crisis numbers that never depend on a file.
#[component]
pub fn Chunked(props: &ChunkedProps) -> Html {
    let screen = use_state(|| None::<Result<Html, ChunkMissing>>);
    let attempt = use_state(|| 0u32);
    let language = use_language();
    {
        let screen = screen.clone();
        use_effect_with((props.piece, *attempt), move |(piece, _)| {
            let piece = *piece;
            // The exercise's words come alongside its code, not after it.
            if let Piece::Exercise(exercise) = piece {
                words::prefetch(language, Part::of(exercise));
            }
            wasm_bindgen_futures::spawn_local(async move {
                screen.set(Some(load(piece).await));
            });
        });
    }
    let retry = match &*screen {
        Some(Ok(html)) => return html.clone(),
        Some(Err(ChunkMissing)) => {
            let (screen, attempt) = (screen.clone(), attempt.clone());
            Some(Callback::from(move |_| {
                screen.set(None);
                attempt.set(*attempt + 1);
            }))
        }
        None => None,
    };
    match props.piece {
        Piece::Exercise(exercise) => html! { <Missing {exercise} {retry} /> },
        Piece::DeviceTools | Piece::Handoff | Piece::ScreeningResult => {
            html! { <MissingTools {retry} /> }
        }
    }
}

#[derive(Properties, PartialEq)]
struct MissingToolsProps {
    retry: Option<Callback<MouseEvent>>,
}

/// The device tools while they load, or if they could not.
#[component]
fn MissingTools(props: &MissingToolsProps) -> Html {
    let words = use_words();
    html! {
        <div data-part-missing={if props.retry.is_some() { "failed" } else { "loading" }}>
            if let Some(retry) = &props.retry {
                <p role="alert">{ words.load_failed }</p>
                <button type="button" class="iop-button" data-action="retry" onclick={retry.clone()}>{ words.retry }</button>
            } else {
                <p class="iop-muted" role="status">{ words.loading }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct MissingProps {
    exercise: Exercise,
    /// Set once loading failed.
    #[prop_or_default]
    retry: Option<Callback<MouseEvent>>,
}

/// Shown while an exercise's code or words load, or if they could not: what happened and a
/// retry; the crisis and emergency numbers stay in the footer, which never depends on a file.
#[component]
fn Missing(props: &MissingProps) -> Html {
    let words = use_words();
    let node = use_node_ref();
    use_heading_focus(&node, props.retry.is_some());
    html! {
        <div class="iop-step" ref={node} data-exercise={props.exercise.id()}
            data-part-missing={if props.retry.is_some() { "failed" } else { "loading" }}>
            if let Some(retry) = &props.retry {
                <h2 tabindex="-1">{ words.error_heading }</h2>
                <p role="alert">{ words.load_failed }</p>
                <button type="button" class="iop-button" data-action="retry" onclick={retry.clone()}>{ words.retry }</button>
            } else {
                <p class="iop-muted" role="status">{ words.loading }</p>
            }
        </div>
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

/// Whether the key went to a radio button (an answer) on this widget's screen, through shadow
/// roots: another widget's answers are that widget's to move on from.
fn on_radio(e: &KeyboardEvent, screen: &NodeRef) -> bool {
    use wasm_bindgen::JsCast;
    let first = e.composed_path().get(0);
    let Some(el) = first.dyn_ref::<web_sys::Element>() else {
        return false;
    };
    el.tag_name() == "INPUT"
        && el.get_attribute("type").as_deref() == Some("radio")
        && screen
            .cast::<web_sys::Node>()
            .is_some_and(|screen| screen.contains(Some(el)))
}

/// Presses the button the current screen marked with `data-shortcut`; never one on a screen
/// kept hidden under a setup problem.
fn press(container: &NodeRef, shortcut: &str) {
    use wasm_bindgen::JsCast;
    let Some(found) = container.cast::<web_sys::Element>().and_then(|c| {
        c.query_selector_all(&format!("[data-shortcut={shortcut}]"))
            .ok()
    }) else {
        return;
    };
    if let Some(button) = (0..found.length())
        .filter_map(|i| found.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|b| b.closest("[hidden]").ok().flatten().is_none())
    {
        button.click();
    }
}

/// Moves focus to the first h2 inside `container`: where a new screen or step begins.
pub fn focus_heading(container: &NodeRef) -> bool {
    use wasm_bindgen::JsCast;
    container
        .cast::<web_sys::Element>()
        .and_then(|c| c.query_selector("h2").ok().flatten())
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|heading| heading.focus().is_ok())
}

/// Moves focus to the heading of the screen that holds `node`: after an action whose button is
/// gone, the person lands where the screen begins.
pub fn focus_screen_heading(node: &NodeRef) {
    use wasm_bindgen::JsCast;
    if let Some(heading) = node
        .cast::<web_sys::Element>()
        .and_then(|el| el.closest(".iop-screen").ok().flatten())
        .and_then(|screen| screen.query_selector("h2").ok().flatten())
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = heading.focus();
    }
}

/// Set when the shell moved to a screen whose heading was not there yet (its words were still
/// loading): the screen takes focus at its heading when it arrives.
#[derive(Clone, Default)]
pub struct HeadingFocus(Rc<std::cell::Cell<bool>>);

impl PartialEq for HeadingFocus {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Focuses the heading in `container` once `ready`, if the shell is waiting to focus one.
#[hook]
pub fn use_heading_focus(container: &NodeRef, ready: bool) {
    let pending = use_context::<HeadingFocus>().unwrap_or_default();
    let container = container.clone();
    use_effect_with(ready, move |ready| {
        if *ready && pending.0.get() && focus_heading(&container) {
            pending.0.set(false);
        }
    });
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
pub fn focus_selector(container: &NodeRef, selector: &str) -> bool {
    use wasm_bindgen::JsCast;
    container
        .cast::<web_sys::Element>()
        .and_then(|c| c.query_selector(selector).ok().flatten())
        .and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok())
        .is_some_and(|el| el.focus().is_ok())
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
    // A change told between this render and the subscription (a sealed plan opening just after
    // the lock was opened on the first screen) would be missed: the screen would stay empty.
    let rendered_at = store.notified();
    use_effect_with(store.clone(), move |store| {
        let subscription = store.subscribe({
            let update = update.clone();
            move || update.force_update()
        });
        if store.notified() != rendered_at {
            update.force_update();
        }
        move || drop(subscription)
    });
    store
}

/// The language this widget speaks now, and how to change it.
#[derive(Clone, PartialEq)]
pub struct LanguageChoice {
    pub language: Language,
    pub choose: Callback<Language>,
}

#[hook]
pub fn use_language() -> Language {
    use_context::<LanguageChoice>().map_or(Language::ENGLISH, |c| c.language)
}

/// The shell's words in this widget's language (English until they arrive, or if they fail).
#[hook]
pub fn use_words() -> &'static ShellWords {
    let language = use_language();
    let update = use_force_update();
    match words::get::<ShellWords>(language, Part::Shell, move || update.force_update()) {
        Words::Ready(words) => words,
        _ => words::english_shell(),
    }
}

/// A part's words in this widget's language (English if that language's file cannot load), or
/// what to show instead while they load or if they cannot: a message, and a retry.
#[hook]
pub fn use_part<T: crate::content::json::Read<'static> + 'static>(
    part: Part,
    exercise: Exercise,
) -> Result<&'static T, Html> {
    let language = use_language();
    let update = use_force_update();
    // While another language's words load, the last ones stay on screen, and so does the
    // screen itself, with whatever the person was typing.
    let last = use_mut_ref(|| None::<&'static T>);
    let changed = {
        let update = update.clone();
        move || update.force_update()
    };
    let state = match words::get::<T>(language, part, changed.clone()) {
        Words::Failed if language != Language::ENGLISH => {
            words::get::<T>(Language::ENGLISH, part, changed)
        }
        state => state,
    };
    match state {
        Words::Ready(words) => {
            *last.borrow_mut() = Some(words);
            Ok(words)
        }
        Words::Loading => (*last.borrow()).ok_or_else(|| html! { <Missing {exercise} /> }),
        Words::Failed => {
            let retry = Callback::from(move |_| {
                words::retry(language, part);
                words::retry(Language::ENGLISH, part);
                update.force_update();
            });
            Err(html! { <Missing {exercise} retry={Some(retry)} /> })
        }
    }
}

/// A part's words, passed down to a screen's pieces (equal when they are the same words).
pub struct Said<T: 'static>(pub &'static T);

impl<T> Clone for Said<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Said<T> {}
impl<T> PartialEq for Said<T> {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// The words a screen provides to its pieces.
#[hook]
pub fn use_said<T: 'static>() -> &'static T {
    use_context::<Said<T>>()
        .expect("the screen provides its words")
        .0
}
