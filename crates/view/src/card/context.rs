//! Dated background lines: what happened, and figures that are not a party's losses.

use crate::words::LocaleWords;
use yew::prelude::*;

use super::DatasetProps;

#[component]
pub fn Context(props: &DatasetProps) -> Html {
    let DatasetProps { dataset, locale, heading } = props;
    let locale = *locale;
    let words = locale.words();
    let lines = &dataset.context;
    if lines.is_empty() {
        return Html::default();
    }
    html! {
        <section class="context" aria-labelledby="cc-context">
            <@{heading.measure()} class="section-title" id="cc-context">{ words.context }</@>
            <ol class="context-lines">
                { for lines.iter().map(|line| html! {
                    <li>
                        if let Some(date) = line.date {
                            <time datetime={date.to_string()}>{ words.date(date) }</time>
                        }
                        // One text node before the source, as the HTML parser makes of the server's
                        // markup: two side by side are shaped apart, which moves the space a pixel.
                        <span class="context-text" lang={super::lang_of(&line.text, locale)}>
                            if let Some(source) = &line.source {
                                { format!("{} ", line.text.get(locale)) }
                                <span class="context-source" lang={super::provenance::piece_lang(source, locale).map(str::to_owned)}>{ format!("({})", source.outlet) }</span>
                            } else {
                                { line.text.get(locale) }
                            }
                        </span>
                    </li>
                }) }
            </ol>
        </section>
    }
}
