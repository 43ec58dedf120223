use std::rc::Rc;

use yew::prelude::*;

use crate::core::config::ConfigError;
use crate::ui::use_words;

#[derive(Properties, PartialEq)]
pub struct SetupProblemProps {
    pub problems: Rc<Vec<ConfigError>>,
}

/// Shown instead of the exercises when the clinic's configuration has a mistake: a calm word
/// for a visitor, the exact problems for the web person (who also gets them in the console).
#[component]
pub fn SetupProblem(props: &SetupProblemProps) -> Html {
    let words = use_words();
    html! {
        <div role="alert" data-setup-problem="">
            <h2 tabindex="-1">{ words.setup_problem_heading }</h2>
            <p>{ words.setup_problem_body }</p>
            // The details are for the web person, in English in every language (as in the console).
            <ul class="iop-problems" lang="en">
                { for props.problems.iter().map(|problem| html! { <li><code>{ problem.to_string() }</code></li> }) }
            </ul>
        </div>
    }
}
