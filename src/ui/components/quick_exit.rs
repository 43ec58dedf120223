use yew::prelude::*;

use crate::ui::{use_config, use_host, use_words};

/// Always visible: replaces the page with a neutral site at once.
#[component]
pub fn QuickExit() -> Html {
    let config = use_config();
    let words = use_words();
    let host = use_host();
    let onclick = {
        let url = config.exit_url.clone();
        Callback::from(move |_| crate::platform::quick_exit(&host, &url))
    };
    html! {
        <button type="button" class="iop-exit" data-action="quick-exit" {onclick}>{ words.quick_exit }</button>
    }
}
