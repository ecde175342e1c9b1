use yew::prelude::*;

#[component]
pub fn Builder() -> Html {
    html! { <p>{ "claims-card builder" }</p> }
}
