//! The figures: one claim each, saying whose losses, who claims them, what and whom they count, the
//! number with its bound, as of when, and where it was reported, in the source's own words.

use serde_json::{json, Map, Value};
use yew::prelude::*;

use super::{ids, ListPart};
use crate::draft::{blank_claim, ControlId, Edit, FieldPath};
use crate::fields::{use_form, Check, Choice, Entry, Form, Kind, Reports, Several, TextField, Translatable};
use claims_card_data::format::limits::MAX_CLAIMS;
use claims_card_data::format::{Bound, Group, Measure, Method};

/// A bound as the editor reads it.
fn bound_words(bound: Bound) -> &'static str {
    match bound {
        Bound::Exact => "Exactly",
        Bound::About => "About (approximately)",
        Bound::AtLeast => "At least (a lower bound)",
        Bound::MoreThan => "More than",
        Bound::UpTo => "Up to",
        Bound::Nearly => "Nearly (just under)",
        Bound::Range => "Between (a range)",
        Bound::InWords => "In words only (“tens of thousands”: no number)",
        Bound::NotReported => "Not reported (no figure given)",
    }
}

fn measure_words(measure: Measure) -> &'static str {
    match measure {
        Measure::Killed => "Killed",
        Measure::Wounded => "Wounded",
        Measure::Missing => "Missing",
        Measure::Captured => "Captured (prisoners)",
        Measure::HeldHostage => "Held hostage",
        Measure::KilledAndWounded => "Killed and wounded, together (“casualties”)",
        Measure::KilledOrMissing => "Killed or missing, together",
        Measure::KilledOrCaptured => "Killed or captured, together",
        Measure::Casualties => "All losses, not told apart (“casualties”, “personnel losses”)",
    }
}

/// How a figure was counted, as the editor's workbench says it.
fn method_words(method: Method) -> &'static str {
    match method {
        Method::OfficialToll => "A party's official toll",
        Method::NamedCount => "A count of individuals identified by name (a lower bound by method)",
        Method::Estimate => "An estimate (an intelligence or official estimate)",
        Method::StatisticalEstimate => "A statistical estimate (a model, a survey, records)",
    }
}

fn group_words(group: Group) -> &'static str {
    match group {
        Group::People => "People (civilians included)",
        Group::ServiceMembers => "Service members (any branch: “troops”)",
        Group::Soldiers => "Soldiers",
        Group::InteriorMinistry => "Interior ministry service members",
        Group::Civilians => "Civilians",
        Group::Children => "Children",
        Group::Fighters => "Fighters of armed groups that are not state forces",
    }
}

#[component]
pub fn Claims() -> Html {
    let form = use_form();
    let new_entry = new_claim(&form, &FieldPath::root().field("claims"));
    let entry = Callback::from(|(path, count): (FieldPath, usize)| {
        let key = path.last_index().unwrap_or_default();
        html! { <ClaimEntry {key} {path} {count} /> }
    });
    html! {
        <ListPart list="claims" title="Claims" {new_entry} add="Add a claim" max={MAX_CLAIMS} {entry}
            hint="One figure each, as one claimant gave it about one party. Headline claims form the comparison; the others its breakdown." />
    }
}

/// A new claim with an id no other claim has (claim-3), so the editor need not invent one.
fn new_claim(form: &Form, list: &FieldPath) -> Value {
    let taken: Vec<String> =
        (0..form.draft.len(list)).map(|index| form.draft.text(&list.index(index).field("id"))).collect();
    let id = (1..).map(|n| format!("claim-{n}")).find(|id| !taken.contains(id)).unwrap_or_default();
    let mut claim = blank_claim();
    claim["id"] = json!(id);
    claim
}

#[derive(Properties, PartialEq)]
struct ClaimProps {
    path: FieldPath,
    count: usize,
}

/// One claim, folded to a line that says what it is ("Claim 1: Azerbaijan, killed, exact 192").
#[component]
fn ClaimEntry(props: &ClaimProps) -> Html {
    let form = use_form();
    let ClaimProps { path, count } = props;
    let claim = form.draft.get(path).cloned().unwrap_or_default();
    let index = path.last_index().unwrap_or_default();
    let has_problem = form.problems.iter().any(|problem| problem.path.is_within(path));
    // A claim with a problem unfolds; fixing it leaves it as the editor has it (closing it under their
    // typing would drop the focus from the field they just fixed).
    let fold = use_node_ref();
    {
        let fold = fold.clone();
        use_effect_with(has_problem, move |has_problem| {
            if let (true, Some(details)) = (*has_problem, fold.cast::<web_sys::HtmlDetailsElement>()) {
                details.set_open(true);
            }
        });
    }
    let sources = ids(&form.draft, "sources", "outlet");
    let version = form.draft.version();
    html! {
        <details ref={fold} class={classes!("claim", has_problem.then_some("has-problem"))}>
            <summary>{ summary(&form, path, &claim) }</summary>
            <Entry path={path.clone()} name={format!("Claim {}", index + 1)} count={*count}>
                <div class="row">
                    <TextField path={path.field("id")} label="Id" />
                    <Whose path={path.field("party")} />
                </div>
                if version >= 2 {
                    <Choice path={path.field("claimant")} label="Claimed by" options={ids(&form.draft, "claimants", "name")}
                        hint="A listed claimant." />
                } else {
                    <Translatable path={path.field("claimant")} label="Claimed by"
                        hint="As the source attributes it: “Azerbaijan's Health Ministry”." />
                }
                <div class="row">
                    <Choice path={path.field("measure")} label="Measure"
                        options={Measure::ALL.map(|m| (m.key().to_owned(), measure_words(m).to_owned())).to_vec()} />
                    <Choice path={path.field("group")} label="Who is counted"
                        options={Group::ALL.map(|g| (g.key().to_owned(), group_words(g).to_owned())).to_vec()} />
                </div>
                <Figure path={path.field("figure")} />
                <Choice path={path.field("method")} label="How it was counted" none="Unstated (the source does not say)"
                    options={Method::ALL.map(|m| (m.key().to_owned(), method_words(m).to_owned())).to_vec()} />
                <Translatable path={path.field("hedge")} label="The source's hedge" optional=true hint="“allegedly”, shown beside the number." />
                <Period path={path.field("period")} />
                <Reports path={path.field("series")} label="Earlier reports of this running count (optional)"
                    hint="One a line, oldest first, each before the figure's date: a date and a number, as two columns pasted from a spreadsheet (“2024-12-21⇥772,280”). Add “correction” after a report that corrected the one before it downward. The figure above is the latest." />
                if claim.get("series").is_some_and(|series| !series.is_null()) || claim.get("correction").is_some() {
                    <Check path={path.field("correction")} label="The figure corrects the last report downward" />
                }
                <AsOf path={path.field("as_of")} />
                <Choice path={path.field("source")} label="Reported in" options={sources} />
                <TextField path={path.field("quote")} label="Quote" kind={Kind::Long}
                    hint="The source's own sentence that gives the figure, in the source's language: never translated." />
                <Translatable path={path.field("note")} label="Note" optional=true long=true />
                <Check path={path.field("headline")} label="Headline: shown in the party's comparison row" />
                // A figure covering several parties is shown apart from every row, so it leads none (unless
                // the file already says it does: then the control stays, with the validator's problem).
                if version >= 2 && (!claim["party"].is_array() || claim.get("lead").is_some()) {
                    <Check path={path.field("lead")} label="Leads the row"
                        hint="By default the party's own claimant leads; at most one claimant leads a row." />
                }
            </Entry>
        </details>
    }
}

fn summary(form: &Form, path: &FieldPath, claim: &Value) -> String {
    let parties = ids(&form.draft, "parties", "name");
    let name = |party: &Value| {
        let party = party.as_str().unwrap_or_default();
        parties.iter().find(|(id, _)| id == party).map(|(_, name)| name.clone()).unwrap_or_else(|| party.to_owned())
    };
    let party = match claim.get("party") {
        Some(Value::Array(several)) => {
            let names: Vec<String> = several.iter().map(name).collect();
            format!("{} together", names.join(" and "))
        }
        Some(one) => name(one),
        None => String::new(),
    };
    let measure = claim.get("measure").and_then(Value::as_str).unwrap_or_default();
    let figure = claim.get("figure");
    let bound = figure.and_then(|f| f.get("bound")).and_then(Value::as_str).unwrap_or_default();
    let number = |key: &str| figure.and_then(|f| f.get(key)).map(|n| n.to_string()).unwrap_or_else(|| "?".into());
    let figure = match bound {
        "range" => match figure.and_then(|f| f.get("central")) {
            Some(central) => format!("{}–{} (central {central})", number("low"), number("high")),
            None => format!("{}–{}", number("low"), number("high")),
        },
        "in_words" => format!("“{}”", form.draft.text_in(&path.field("figure").field("words"), form.language()).trim()),
        "not_reported" => "not reported".into(),
        _ => format!("{} {}", bound.replace('_', " "), number("value")),
    };
    let claimant = form.draft.text_in(&path.field("claimant"), form.language());
    let parts: Vec<String> =
        [party, measure.to_owned(), figure, claimant].into_iter().filter(|part| !part.trim().is_empty()).collect();
    format!("Claim {}: {}", path.last_index().unwrap_or_default() + 1, parts.join(", "))
}

#[derive(Properties, PartialEq)]
struct PlaceProps {
    path: FieldPath,
}

/// The number with its bound: a bound chooses which numbers the figure has.
#[component]
fn Figure(props: &PlaceProps) -> Html {
    let form = use_form();
    let path = &props.path;
    let figure = form.draft.get(path).cloned().unwrap_or_default();
    let bound = figure.get("bound").and_then(Value::as_str).unwrap_or_default().to_owned();
    let on_choose = form.edit.reform({
        let path = path.clone();
        move |chosen: String| {
            // Keep the number the editor typed where the new bound has one.
            let old = figure.as_object().cloned().unwrap_or_default();
            let mut new = Map::new();
            new.insert("bound".into(), json!(chosen));
            let keep = |new: &mut Map<String, Value>, key: &str, from: &[&str]| {
                if let Some(value) = from.iter().find_map(|from| old.get(*from)) {
                    new.insert(key.into(), value.clone());
                }
            };
            match chosen.as_str() {
                "range" => {
                    keep(&mut new, "low", &["low", "value"]);
                    keep(&mut new, "high", &["high"]);
                    keep(&mut new, "central", &["central"]);
                }
                // The words field starts empty, so the validator asks for the words at it.
                "in_words" => {
                    new.insert("words".into(), old.get("words").cloned().unwrap_or(json!("")));
                }
                "not_reported" => {}
                _ => keep(&mut new, "value", &["value", "low"]),
            }
            Edit::Set(path.clone(), Some(Value::Object(new)))
        }
    });
    let options = Bound::ALL.map(|b| (b.key().to_owned(), bound_words(b).to_owned())).to_vec();
    html! {
        <div class="row figure">
            <Choice path={path.field("bound")} also={vec![path.clone()]} label="Bound" {options} {on_choose} current={bound.clone()} />
            if bound == "range" {
                <TextField path={path.field("low")} label="Low" kind={Kind::Count} />
                <TextField path={path.field("high")} label="High" kind={Kind::Count} />
                <TextField path={path.field("central")} label="Central estimate" kind={Kind::Count}
                    hint="Where the source gives one: between low and high." />
            } else if bound == "in_words" {
                <Translatable path={path.field("words")} label="In words"
                    hint="The source's words, with no number: “tens of thousands”. Shown as they are, with no bar." />
            } else if bound != "not_reported" {
                <TextField path={path.field("value")} label="Number" kind={Kind::Count} />
            }
        </div>
    }
}

/// The date a figure carries: the day it describes, or the day by which it had been reported.
#[component]
fn AsOf(props: &PlaceProps) -> Html {
    let form = use_form();
    let path = &props.path;
    let as_of = form.draft.get(path).cloned().unwrap_or_default();
    let kind = if as_of.get("reported_by").is_some() { "reported_by" } else { "refers_to" };
    let on_choose = form.edit.reform({
        let (path, as_of) = (path.clone(), as_of.clone());
        move |chosen: String| {
            let day = ["refers_to", "reported_by"].iter().find_map(|key| as_of.get(*key)).cloned().unwrap_or(json!(""));
            let mut new = Map::new();
            new.insert(chosen, day);
            Edit::Set(path.clone(), Some(Value::Object(new)))
        }
    });
    let options = vec![
        ("refers_to".to_owned(), "Describes the day".to_owned()),
        ("reported_by".to_owned(), "Reported by the day".to_owned()),
    ];
    html! {
        <div class="row">
            <Choice path={path.clone()} label="The figure's date" {options} {on_choose} current={kind.to_owned()} />
            <TextField path={path.field(kind)} label="Day" kind={Kind::Day} />
        </div>
    }
}

/// Whose losses: one party, or, for a figure that covers several together, a tick for each of them
/// (the file then lists their ids).
#[component]
fn Whose(props: &PlaceProps) -> Html {
    let form = use_form();
    let path = &props.path;
    let parties = ids(&form.draft, "parties", "name");
    let current = form.draft.get(path).cloned().unwrap_or_default();
    let several = current.is_array();
    let toggle = format!("{}-several", path.control_id());
    let onchange = form.edit.reform({
        let path = path.clone();
        move |_| {
            let value = match &current {
                // Back to one party: the first of those ticked.
                Value::Array(list) => list.first().filter(|first| first.is_string()).cloned().unwrap_or(json!("")),
                Value::String(one) if !one.is_empty() => json!([one]),
                _ => json!([]),
            };
            Edit::Set(path.clone(), Some(value))
        }
    });
    html! {
        <div class="whose">
            if several {
                <Several path={path.clone()} label="Whose losses, together" options={parties}
                    hint="Tick each party the figure covers. The card shows it once, under the parties' rows, never added to anything." />
            } else {
                <Choice path={path.clone()} label="Whose losses" options={parties} />
            }
            <div class="field check">
                <input type="checkbox" id={toggle.clone()} checked={several} {onchange} />
                <label for={toggle}>{ "Covers several parties" }</label>
            </div>
        </div>
    }
}

/// The period a figure covers, when it is not the whole conflict: a year, the past months up to its
/// date, or from one day to another. The choice writes the period's object; its inputs fill it.
#[component]
fn Period(props: &PlaceProps) -> Html {
    let form = use_form();
    let path = &props.path;
    let period = form.draft.get(path).cloned().unwrap_or_default();
    // A period from one day to another has from and to on the period itself.
    let kind = match ["year", "past_months", "from", "to"].into_iter().find(|key| period.get(*key).is_some()) {
        Some("from" | "to") => "dates",
        other => other.unwrap_or_default(),
    };
    let on_choose = form.edit.reform({
        let path = path.clone();
        move |chosen: String| {
            let value = match chosen.as_str() {
                "" => None,
                "dates" => Some(json!({ "from": "", "to": "" })),
                // The number is left for the editor to type; the validator asks for it meanwhile.
                other => Some(json!({ other: null })),
            };
            Edit::Set(path.clone(), value)
        }
    });
    let options = vec![
        ("year".to_owned(), "A calendar year (“in 2024”)".to_owned()),
        ("past_months".to_owned(), "The past months, up to the figure's date".to_owned()),
        ("dates".to_owned(), "From one day to another".to_owned()),
    ];
    // A year or a number of months is all such a period lacks: its problems are shown at that number.
    let number = matches!(kind, "year" | "past_months");
    html! {
        <div class="period">
            <div class="row">
                <Choice path={path.clone()} label="The period it covers" {options} {on_choose} current={kind.to_owned()}
                    none="The whole conflict (the default)" own_problems={!number} />
                if kind == "year" {
                    <TextField path={path.field("year")} label="Year" kind={Kind::KeptCount} also={vec![path.clone()]} />
                } else if kind == "past_months" {
                    <TextField path={path.field("past_months")} label="Months" kind={Kind::KeptCount} also={vec![path.clone()]}
                        hint="Up to the figure's date: 1 to 120." />
                }
            </div>
            if kind == "dates" {
                <div class="row">
                    <TextField path={path.field("from")} label="From" kind={Kind::Day} />
                    <TextField path={path.field("to")} label="To" kind={Kind::Day}
                        hint="Not after the figure's date." />
                </div>
            }
        </div>
    }
}
