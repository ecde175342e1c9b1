//! "Get the data" opened in a real spreadsheet program: LibreOffice Calc (Debian's
//! `libreoffice-calc-nogui`, installed by `scripts/setup.sh --browser`) imports the card's CSV, and no
//! cell of it may become a formula, whatever the claims' texts begin with: `=`, its full-width and
//! small look-alikes, a space or a zero-width character in front of it.
//!
//! Calc is run headless, converting the CSV to a flat OpenDocument spreadsheet (`.fods`, XML), where a
//! formula cell carries `table:formula`. It is run twice: with the import's defaults, and with "trim
//! spaces" and "evaluate formulas" on, the options that turn ` =2+3` into a formula.

mod common;

use std::path::Path;
use std::process::Command;

use claims_card_export::csv::claims_csv;
use claims_card_view::words::Locale;
use serde_json::json;

/// Texts a data host or an editor could put at the start of a claim's quote, each a formula to some
/// spreadsheet if it were not neutralised.
const FORMULAS: [&str; 14] = [
    "=2+3",
    "+2+3",
    "-2+3",
    "@SUM(2,3)",
    " =2+3",
    "\u{a0}=2+3",
    "\u{200b}=2+3",
    "\u{2060}=2+3",
    "\u{3164}=2+3",
    "\u{ff1d}2+3",
    "\u{fe66}2+3",
    "\u{ff0b}2+3",
    "\u{ff0d}2+3",
    "\u{ff20}SUM(2,3)",
];

/// Calc's CSV import options: separator `,`, quote `"`, UTF-8, from line 1, standard columns,
/// language, quoted fields as text off, special numbers on, then (tokens 11 and 13) trim spaces and
/// evaluate formulas.
const DEFAULT_IMPORT: &str = "44,34,76,1";
const TRIMMING_IMPORT: &str = "44,34,76,1,,0,false,true,false,false,true,-1,true";

fn soffice() -> Option<&'static str> {
    let found = Command::new("soffice").arg("--version").output().is_ok_and(|out| out.status.success());
    found.then_some("soffice")
}

#[test]
fn no_cell_of_the_csv_is_a_formula_in_libreoffice() {
    let Some(soffice) = soffice() else {
        // CI installs it (scripts/setup.sh --browser); there, a missing Calc is a failure, not a skip.
        assert!(
            std::env::var_os("CI").is_none(),
            "LibreOffice Calc (soffice) is missing: run scripts/setup.sh --browser"
        );
        eprintln!("skipped: soffice is not installed (scripts/setup.sh --browser installs it)");
        return;
    };
    let mut document = common::minimal();
    let claims = document["claims"].as_array_mut().unwrap();
    for (index, formula) in FORMULAS.iter().enumerate() {
        let mut claim = common::other_claim();
        claim["id"] = json!(format!("hostile-{index}"));
        claim["as_of"] = json!({ "refers_to": format!("2023-09-{:02}", index + 1) });
        claim["quote"] = json!(formula);
        claims.push(claim);
    }
    let csv = claims_csv(&common::read(&document), Locale::En);

    let folder = std::env::temp_dir().join(format!("claims-card-spreadsheet-{}", std::process::id()));
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("claims.csv"), &csv).unwrap();
    for options in [DEFAULT_IMPORT, TRIMMING_IMPORT] {
        let sheet = open_in_calc(soffice, &folder, options);
        assert!(!sheet.contains("table:formula"), "Calc ({options}) read a formula from the CSV:\n{sheet}");
        for formula in FORMULAS {
            // The cell keeps the text behind its guard (XML-escaped as Calc writes it), as the card
            // keeps it: trimmed.
            let shown = format!("&apos;{}", formula.trim());
            assert!(sheet.contains(&shown), "{formula:?} is missing from Calc's cells ({options})");
        }
    }
    let _ = std::fs::remove_dir_all(&folder);
}

/// The CSV at `folder/claims.csv` as Calc reads it with `options`, saved as flat XML.
fn open_in_calc(soffice: &str, folder: &Path, options: &str) -> String {
    let sheet = folder.join("claims.fods");
    let _ = std::fs::remove_file(&sheet);
    // A profile of its own, so a desktop's Calc or another test run cannot interfere.
    let profile = format!("-env:UserInstallation=file://{}", folder.join("profile").display());
    let status = Command::new(soffice)
        .args([&profile, "--headless", "--norestore"])
        .arg(format!("--infilter=Text - txt - csv (StarCalc):{options}"))
        .args(["--convert-to", "fods", "--outdir"])
        .arg(folder)
        .arg(folder.join("claims.csv"))
        .output()
        .expect("soffice runs");
    assert!(status.status.success(), "soffice failed: {}", String::from_utf8_lossy(&status.stderr));
    let xml =
        std::fs::read_to_string(&sheet).unwrap_or_else(|error| panic!("soffice wrote no {}: {error}", sheet.display()));
    // OpenDocument writes a space after another (or at the start of a cell) as an element.
    xml.replace("<text:s/>", " ")
}
