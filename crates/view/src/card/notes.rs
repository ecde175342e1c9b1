//! The dataset's notes, starting with what kind of numbers these are, then when it was last updated
//! and what was corrected.

use crate::words::LocaleWords;
use yew::prelude::*;

use super::DatasetProps;
use crate::words::fill;

#[component]
pub fn Notes(props: &DatasetProps) -> Html {
    let DatasetProps { dataset, locale, .. } = props;
    let locale = *locale;
    let words = locale.words();
    let unreviewed = dataset.unreviewed_translations.contains(&locale) && locale != dataset.language;
    if dataset.notes.is_empty() && dataset.updated.is_none() && !unreviewed {
        return Html::default();
    }
    html! {
        <section class="notes" aria-label={words.notes}>
            { for dataset.notes.iter().map(|note| html! { <p lang={super::lang_of(note, locale)}>{ note.get(locale) }</p> }) }
            if unreviewed {
                <p class="translation-note">{ words.translation_unreviewed }</p>
            }
            if let Some(updated) = dataset.updated {
                <p class="updated">
                    <time datetime={updated.to_string()}>{ fill(words.updated, &[("date", &words.date(updated))]) }</time>
                </p>
            }
            { for dataset.corrections.iter().map(|correction| html! {
                <p class="correction">
                    <strong>{ format!("{}, ", words.correction) }
                        <time datetime={correction.date.to_string()}>{ words.date(correction.date) }</time>
                        { ": " }
                    </strong>
                    <span lang={super::lang_of(&correction.text, locale)}>{ correction.text.get(locale) }</span>
                </p>
            }) }
        </section>
    }
}
