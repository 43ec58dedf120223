use yew::prelude::*;
use yew_router::prelude::*;

use crate::core::exercise::Exercise;
use crate::ui::components::PrivacyPromise;
use crate::ui::{use_text, Route};

/// The first screen: what the widget is, and the three exercises.
#[component]
pub fn Home() -> Html {
    let words = use_text();
    let navigator = use_navigator();
    html! {
        <>
            <h2 tabindex="-1">{ words.home_heading }</h2>
            <p class="iop-lead">{ words.home_intro }</p>
            <PrivacyPromise />
            <h3 class="iop-sr">{ words.exercises_heading }</h3>
            <ul class="iop-cards">
                { for Exercise::ALL.into_iter().map(|exercise| {
                    let words_for = words.exercise(exercise);
                    let onclick = navigator.clone().map(|nav| {
                        Callback::from(move |_| nav.push(&Route::exercise(exercise)))
                    });
                    html! {
                        <li class="iop-card" data-exercise={exercise.id()}>
                            <h4 class="iop-card-title">{ words_for.title }</h4>
                            <p>{ words_for.summary }</p>
                            <p class="iop-muted">{ words_for.duration }</p>
                            <button type="button" class="iop-button" {onclick}>
                                { words.start }<span class="iop-sr">{ ": " }{ words_for.title }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </>
    }
}
