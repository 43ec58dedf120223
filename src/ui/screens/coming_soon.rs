use yew::prelude::*;
use yew_router::prelude::*;

use crate::core::config::call_href;
use crate::core::exercise::Exercise;
use crate::ui::{use_config, use_text, Route};

#[derive(Properties, PartialEq)]
pub struct ComingSoonProps {
    pub exercise: Exercise,
}

/// Stands in for an exercise that is not built yet, and points to the clinic meanwhile.
#[component]
pub fn ComingSoon(props: &ComingSoonProps) -> Html {
    let config = use_config();
    let words = use_text();
    let navigator = use_navigator();
    let onclick = navigator.map(|nav| Callback::from(move |_| nav.push(&Route::Home)));
    html! {
        <div data-exercise={props.exercise.id()}>
            <h2 tabindex="-1">{ words.exercise(props.exercise).title }</h2>
            <p class="iop-lead">{ words.coming_soon }</p>
            <p>
                { words.coming_soon_meanwhile }{ " " }
                <a href={call_href(&config.clinic.phone)}>{ &config.clinic.phone }</a>
            </p>
            <button type="button" class="iop-button iop-button-quiet" {onclick}>{ words.back_home }</button>
        </div>
    }
}
