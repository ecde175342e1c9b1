//! The card's templates: "at least {n}", "according to {claimant}", "{day} {month} {year}".

/// `template` with each `{name}` that `values` names replaced by its value, in one pass: a value is
/// never read as a template in turn, so a claimant called "{date}" is shown as it is. A brace that
/// opens no known name stays as it is.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + values.iter().map(|(_, value)| value.len()).sum::<usize>());
    let mut rest = template;
    while let Some((before, after_brace)) = rest.split_once('{') {
        out.push_str(before);
        match values.iter().find_map(|(name, value)| Some((value, placeholder_end(after_brace, name)?))) {
            Some((value, after)) => {
                out.push_str(value);
                rest = after;
            }
            None => {
                out.push('{');
                rest = after_brace;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text before and after `{name}` in `template` ("at least ", ""); all of it before when it has none.
pub fn around<'t>(template: &'t str, name: &str) -> (&'t str, &'t str) {
    template
        .match_indices('{')
        .find_map(|(open, _)| {
            let (before, from_brace) = template.split_at_checked(open)?;
            Some((before, placeholder_end(from_brace.strip_prefix('{')?, name)?))
        })
        .unwrap_or((template, ""))
}

/// What follows `name}` when `text`, just after an opening brace, starts with it.
// Char patterns and `strip_prefix` only: a `&str` pattern would bring the standard library's substring
// search into the wasm, and indexing its panic messages.
fn placeholder_end<'t>(text: &'t str, name: &str) -> Option<&'t str> {
    text.strip_prefix(name)?.strip_prefix('}')
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
