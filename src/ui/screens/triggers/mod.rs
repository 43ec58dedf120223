//! Trigger map (in progress).

use yew::prelude::*;

use crate::core::exercise::Exercise;
use crate::ui::screens::ComingSoon;

#[component]
pub fn TriggerMap() -> Html {
    html! { <ComingSoon exercise={Exercise::TriggerMap} /> }
}
