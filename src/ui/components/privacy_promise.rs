use yew::prelude::*;

use crate::ui::use_words;

#[component]
pub fn PrivacyPromise() -> Html {
    let words = use_words();
    html! {
        <p class="iop-privacy">
            <svg class="iop-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M7 10V7a5 5 0 0 1 10 0v3h1a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-9a1 1 0 0 1 1-1h1zm2 0h6V7a3 3 0 0 0-6 0v3z" />
            </svg>
            { words.privacy_promise }
        </p>
    }
}
