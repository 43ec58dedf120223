use yew::prelude::*;

use crate::ui::components::{DeviceData, PrivacyPromise};
use crate::ui::{opening, use_config, use_language, use_place, use_words};

/// The first screen: what the widget is, and the three exercises.
#[component]
pub fn Home() -> Html {
    let config = use_config();
    let words = use_words();
    let place = use_place();
    let language = use_language();
    html! {
        <>
            <h2 tabindex="-1">{ words.home_heading }</h2>
            <p class="iop-lead">{ words.home_intro }</p>
            <PrivacyPromise />
            <h3 class="iop-sr">{ words.exercises_heading }</h3>
            <ul class="iop-cards">
                { for config.exercises.iter().copied().map(|exercise| {
                    let words_for = words.exercise(exercise);
                    let (onclick, onmousedown) = opening(&place, exercise, language);
                    html! {
                        <li class="iop-card" data-exercise={exercise.id()}>
                            <h4 class="iop-card-title">{ words_for.title }</h4>
                            <p>{ words_for.summary }</p>
                            <p class="iop-muted">{ words_for.duration }</p>
                            <button type="button" class="iop-button" {onclick} {onmousedown}>
                                { words_for.start }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            <DeviceData />
        </>
    }
}
