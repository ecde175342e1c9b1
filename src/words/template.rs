//! The card's templates: "at least {n}", "according to {claimant}", "{day} {month} {year}".

/// `template` with each `{name}` that `values` names replaced by its value, in one pass: a value is
/// never read as a template in turn, so a claimant called "{date}" is shown as it is. A brace that
/// opens no known name stays as it is.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + values.iter().map(|(_, value)| value.len()).sum::<usize>());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        rest = &rest[open + 1..];
        match values.iter().find(|(name, _)| placeholder_at(rest, name)) {
            Some((name, value)) => {
                out.push_str(value);
                rest = &rest[name.len() + 1..];
            }
            None => out.push('{'),
        }
    }
    out.push_str(rest);
    out
}

/// The text before and after `{name}` in `template` ("at least ", ""); all of it before when it has none.
pub fn around<'t>(template: &'t str, name: &str) -> (&'t str, &'t str) {
    template
        .match_indices('{')
        .find(|(open, _)| placeholder_at(&template[open + 1..], name))
        .map_or((template, ""), |(open, _)| (&template[..open], &template[open + name.len() + 2..]))
}

/// Whether `text`, just after an opening brace, is `name}`.
// Char patterns only: a `&str` pattern would bring the standard library's substring search into the wasm.
fn placeholder_at(text: &str, name: &str) -> bool {
    text.strip_prefix(name).is_some_and(|rest| rest.starts_with('}'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_each_named_placeholder_once() {
        assert_eq!(
            fill("{day} {month} {year}", &[("year", "2023"), ("day", "27"), ("month", "September")]),
            "27 September 2023"
        );
        assert_eq!(fill("{n}-{suffix} çox", &[("n", "40"), ("suffix", "dan")]), "40-dan çox");
    }

    #[test]
    fn a_value_is_not_a_template() {
        assert_eq!(
            fill("according to {claimant}", &[("claimant", "{claimant} {date}")]),
            "according to {claimant} {date}"
        );
    }

    #[test]
    fn unknown_names_and_lone_braces_stay() {
        assert_eq!(fill("{x} { {n", &[("n", "1")]), "{x} { {n");
        assert_eq!(fill("{n}}", &[("n", "1")]), "1}");
        assert_eq!(fill("", &[("n", "1")]), "");
    }

    #[test]
    fn splits_around_a_placeholder() {
        assert_eq!(around("at least {n}", "n"), ("at least ", ""));
        assert_eq!(around("{n}-{suffix} çox", "n"), ("", "-{suffix} çox"));
        assert_eq!(around("{suffix} {n} x", "n"), ("{suffix} ", " x"));
        assert_eq!(around("none", "n"), ("none", ""));
        assert_eq!(around("{nn} {n}", "n"), ("{nn} ", ""));
    }
}
