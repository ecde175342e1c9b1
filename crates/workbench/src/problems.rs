//! Every problem the validator found, listed with the field it names: choosing one moves focus there.

use std::rc::Rc;

use yew::prelude::*;

use super::focus;
use crate::draft::Problem;

#[derive(Properties, PartialEq)]
pub struct ProblemsProps {
    pub problems: Rc<Vec<Problem>>,
    /// The validator stopped at the first problem (the file does not read as the format yet).
    pub unread: bool,
}

#[component]
pub fn Problems(props: &ProblemsProps) -> Html {
    let ProblemsProps { problems, unread } = props;
    let count = problems.len();
    html! {
        <section class={classes!("problems", (count == 0).then_some("clean"))} aria-labelledby="problems-title">
            // A heading cannot be a live region itself (aria-allowed-role): its text is.
            <h2 id="problems-title"><span role="status">
                { match count {
                    0 => "No problems: the card is ready to publish".to_owned(),
                    1 => "1 problem to fix".to_owned(),
                    n => format!("{n} problems to fix"),
                } }
            </span></h2>
            if *unread {
                <p class="hint">{ "The rest of the card is checked once this is fixed." }</p>
            }
            if count > 0 {
                <ul>
                    { for problems.iter().map(|problem| {
                        let path = problem.path.clone();
                        let onclick = Callback::from(move |_| focus::focus(&path, focus::For::Problem));
                        html! {
                            <li>
                                <button type="button" class="go" {onclick}>
                                    <code>{ problem.path.to_string() }</code>{ ": " }{ &problem.reason }
                                </button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}
