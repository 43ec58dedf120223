//! The Yew front end: one module per screen in `screens/`, small presentational pieces in
//! `components/`. Components read config and words from context and call `platform` for effects.

mod components;
mod screens;

use std::rc::Rc;

use yew::prelude::*;
use yew_router::history::{AnyHistory, MemoryHistory};
use yew_router::prelude::*;

use crate::core::config::WidgetConfig;
use crate::core::exercise::Exercise;
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
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<WidgetConfig>,
}

/// The whole widget for one configuration.
#[component]
pub fn App(props: &AppProps) -> Html {
    let history = use_memo((), |_| AnyHistory::from(MemoryHistory::new()));
    html! {
        <ContextProvider<Rc<WidgetConfig>> context={props.config.clone()}>
            <Router history={(*history).clone()}>
                <Shell />
            </Router>
        </ContextProvider<Rc<WidgetConfig>>>
    }
}

/// The frame around every screen: quick exit on top, the current screen, contacts below.
#[component]
fn Shell() -> Html {
    let config = use_config();
    let words = text(config.language);
    let route = use_route::<Route>().unwrap_or(Route::NotFound);
    let screen_ref = use_node_ref();
    let first_render = use_mut_ref(|| true);
    let escapes = use_mut_ref(crate::core::quick_exit::EscapeCounter::default);

    // After a screen change, move focus to its heading so keyboard and screen-reader users
    // land on the new screen. Not on first load: an embedded widget must not steal focus.
    {
        let screen_ref = screen_ref.clone();
        use_effect_with(route.clone(), move |_| {
            if std::mem::replace(&mut *first_render.borrow_mut(), false) {
                return;
            }
            if let Some(heading) = screen_ref
                .cast::<web_sys::Element>()
                .and_then(|screen| screen.query_selector("h2").ok().flatten())
                .and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok())
            {
                let _ = heading.focus();
            }
        });
    }

    let onkeydown = {
        let exit_url = config.exit_url.clone();
        Callback::from(move |e: KeyboardEvent| {
            if escapes.borrow_mut().press(&e.key(), e.time_stamp()) {
                crate::platform::quick_exit(&exit_url);
            }
        })
    };

    html! {
        <section class="iop" lang={config.language.tag()} aria-label={words.widget_label} {onkeydown}>
            <div class="iop-bar">
                <span class="iop-brand">{ &config.clinic.name }</span>
                <QuickExit />
            </div>
            <div class="iop-screen" ref={screen_ref} data-screen={route.to_path()}>
                <Switch<Route> render={screen} />
            </div>
            <ContactFooter />
        </section>
    }
}

fn screen(route: Route) -> Html {
    match route {
        Route::Home => html! { <screens::Home /> },
        Route::Screening => html! { <screens::ComingSoon exercise={Exercise::Screening} /> },
        Route::RefusalSkills => {
            html! { <screens::ComingSoon exercise={Exercise::RefusalSkills} /> }
        }
        Route::TriggerMap => html! { <screens::ComingSoon exercise={Exercise::TriggerMap} /> },
        Route::NotFound => html! { <screens::Home /> },
    }
}

/// The configuration of this widget instance.
#[hook]
pub fn use_config() -> Rc<WidgetConfig> {
    use_context::<Rc<WidgetConfig>>().expect("App provides the configuration")
}

/// The words for this widget instance's language.
#[hook]
pub fn use_text() -> &'static Text {
    text(use_config().language)
}
