//! Ids an editor need not invent: made from a name, and the version-2 claimants list made from a
//! version-1 document's claimant texts.

use serde_json::{json, Map, Value};

use super::Draft;

/// An id from a name: lower-case ASCII letters and digits joined by hyphens, at most 40 characters
/// ("Azerbaijan's Health Ministry" → `azerbaijan-s-health-ministry`). A name in another script gives
/// "", and the validator asks the editor for an id.
pub fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug: String = slug.chars().take(40).collect();
    slug.trim_end_matches('-').to_owned()
}

impl Draft {
    /// A version-1 document moved to version 2: each distinct claimant text becomes a listed claimant,
    /// and each claim names it by id. What a claimant is to the parties is left for the editor to say
    /// (the validator asks for it at each one): the text alone cannot tell.
    pub fn upgraded(&self) -> Draft {
        let mut document = self.0.clone();
        let mut claimants: Vec<(String, Value)> = Vec::new();
        if let Some(claims) = document.get_mut("claims").and_then(Value::as_array_mut) {
            for claim in claims {
                let Some(text) = claim.get("claimant").cloned() else { continue };
                let id = match claimants.iter().find(|(_, name)| *name == text) {
                    Some((id, _)) => id.clone(),
                    None => {
                        let english =
                            text.as_str().or_else(|| text.get("en").and_then(Value::as_str)).unwrap_or_default();
                        let base = slug(english);
                        let mut id = if base.is_empty() { "claimant".to_owned() } else { base.clone() };
                        let mut n = 2;
                        while claimants.iter().any(|(taken, _)| *taken == id) {
                            id = format!("{base}-{n}");
                            n += 1;
                        }
                        claimants.push((id.clone(), text));
                        id
                    }
                };
                claim["claimant"] = json!(id);
            }
        }
        if let Some(object) = document.as_object_mut() {
            object.insert("format_version".into(), json!(2));
            let list = claimants.into_iter().map(|(id, name)| {
                let mut entry = Map::new();
                entry.insert("id".into(), json!(id));
                entry.insert("name".into(), name);
                Value::Object(entry)
            });
            object.insert("claimants".into(), Value::Array(list.collect()));
        }
        Draft(document)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draft::FieldPath;

    #[test]
    fn ids_from_names() {
        assert_eq!(slug("Azerbaijan's Health Ministry"), "azerbaijan-s-health-ministry");
        assert_eq!(slug("  Kyiv Independent "), "kyiv-independent");
        assert_eq!(slug("Ադրբեջան"), "");
        assert!(!slug(&"word ".repeat(20)).ends_with('-'));
    }

    #[test]
    fn the_seed_moved_to_version_2_lists_each_claimant_once_and_asks_what_each_is() {
        let seed = Draft::seed();
        let upgraded = seed.upgraded();
        assert_eq!(upgraded.version(), 2);
        let claimants = upgraded.get(&FieldPath::root().field("claimants")).and_then(Value::as_array).unwrap();
        let problems = upgraded.check().outcome.unwrap_err();
        // Every claimant needs the editor to say whom it speaks for, and nothing else is wrong.
        assert_eq!(problems.len(), claimants.len(), "{problems:?}");
        for (index, problem) in problems.iter().enumerate() {
            assert_eq!(problem.path.to_string(), format!("claimants[{index}]"));
        }
        // Each claim names a listed claimant, whose name is the claim's old text.
        for index in 0..upgraded.len(&FieldPath::root().field("claims")) {
            let claim = FieldPath::root().field("claims").index(index);
            let id = upgraded.text(&claim.field("claimant"));
            let listed = claimants.iter().find(|c| c["id"] == json!(id)).expect("a listed claimant");
            assert_eq!(Some(&listed["name"]), seed.get(&claim.field("claimant")));
        }
    }
}
