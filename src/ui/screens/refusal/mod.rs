//! Refusal-skills practice (in progress).

use yew::prelude::*;

use crate::core::exercise::Exercise;
use crate::ui::screens::ComingSoon;

#[component]
pub fn RefusalSkills() -> Html {
    html! { <ComingSoon exercise={Exercise::RefusalSkills} /> }
}
