//! Figures in the app, driven by their labels: a measured figure typed under a
//! question, the level it supports and the findings it raises, and the country's
//! planning figures typed in the details and read in a question's text.

mod common;

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rbr::app::App;

use common::app::{app, click, harness, read_json, type_into};

/// The energy and transport draft, with BR5 in scope too.
fn draft(dir: &Path) -> PathBuf {
    let file = dir.join("energy.rbr.json");
    let mut json = read_json(Path::new(
        "assessments/examples/energy-transport-ministry.rbr.json",
    ));
    json["meta"]["scope"] = serde_json::json!(["BR2", "BR5", "BR7"]);
    std::fs::write(&file, serde_json::to_vec_pretty(&json).expect("JSON")).expect("write");
    file
}

fn open(dir: &Path) -> (Harness<'static, App>, PathBuf) {
    let file = draft(dir);
    let mut h = harness(app(vec![Some(file.clone())], &dir.join("recovery")));
    click(&mut h, "Open…");
    (h, file)
}

/// Shows a question from the side bar: its area, then its row.
fn show(h: &mut Harness<'_, App>, area: &str, row: &str) {
    click(h, "Questions");
    // The side bar's button comes first; the question's heading names the area too.
    h.query_all_by_label_contains(area)
        .next()
        .expect("the area")
        .click();
    h.run();
    click(h, row);
}

/// Replaces the text of the field labelled `label`.
fn replace(h: &mut Harness<'_, App>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.key_combination_modifiers(Modifiers::COMMAND, &[Key::A]);
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

#[test]
fn a_measured_figure_suggests_a_level_and_a_higher_one_needs_a_note() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, file) = open(dir.path());
    show(&mut h, "BR2 Resilient energy supplies", "BR2.2 [2]");
    assert!(
        h.query_by_label_contains("Measured figure: Days of average consumption")
            .is_some()
    );
    // What each level requires, and the level the example's 47 days support.
    assert!(
        h.query_by_label_contains("level 3 ≥ 90\u{a0}days")
            .is_some()
    );
    assert!(
        h.query_by_label("The figure supports up to level 2 (Developing).")
            .is_some()
    );

    // 95 days meet every level's figure (levels 3 and 4 both ask 90 days, and
    // differ in what the figure does not measure): the app offers level 4, and
    // the assessor takes it.
    replace(&mut h, "Value in days for BR2.2", "95");
    assert!(
        h.query_by_label("The figure supports up to level 4 (Advanced).")
            .is_some()
    );
    click(&mut h, "Set level 4");
    let doc = h.state().doc.as_ref().expect("doc");
    let answer = doc.assessment().answer(&"BR2.2".into()).expect("answer");
    assert_eq!(answer.scored_level().map(|l| l.value()), Some(4));
    assert_eq!(answer.figure.as_ref().and_then(|f| f.value), Some(95.0));

    // The figure falls to 45 days: level 4 is now above it, a finding shown there.
    replace(&mut h, "Value in days for BR2.2", "45");
    let finding = "BR2.2: level 4 is above what the figure supports (45\u{a0}days: level 2)";
    assert!(h.query_by_label_contains(finding).is_some());
    // A note saying why clears it.
    replace(
        &mut h,
        "Notes",
        "The audit left out the 50 days held abroad under the bilateral agreement.",
    );
    assert!(h.query_by_label_contains(finding).is_none());
    // A figure dated 33 months before the file's date is too old.
    replace(&mut h, "As of (date) for BR2.2", "2024-01-31");
    assert!(
        h.query_by_label_contains("BR2.2: the figure is as of 31 January 2024")
            .is_some()
    );
    // Something that is not a number is not taken.
    replace(&mut h, "Value in days for BR2.2", "forty");
    assert!(h.query_by_label_contains("Not a number").is_some());

    h.key_combination_modifiers(Modifiers::COMMAND, &[Key::S]);
    h.run();
    let saved = read_json(&file);
    let figure = &saved["answers"]["BR2.2"]["figure"];
    assert_eq!(figure["value"], 45, "the last number typed, as typed");
    assert_eq!(figure["as_of"], "2024-01-31");
    assert_eq!(
        figure["source"],
        "Fuel Inspectorate audit of importers' emergency stocks, 30 June 2026 (diesel)"
    );
    assert_eq!(saved["answers"]["BR2.2"]["level"], 4);
}

#[test]
fn a_planning_figure_typed_in_the_details_is_read_in_the_questions() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, file) = open(dir.path());
    // Until the country's figure is recorded, the question reads the default.
    show(
        &mut h,
        "BR5 Ability to deal with mass casualties",
        "BR5.1 [–]",
    );
    assert!(
        h.query_by_label_contains(
            "or the national planning figure, 100\u{a0}casualties (the questionnaire's default), if larger"
        )
        .is_some()
    );
    click(&mut h, "Dashboard");
    click(&mut h, "Planning figures");
    assert!(
        h.query_by_label("Questionnaire's default: 100\u{a0}casualties")
            .is_some()
    );
    type_into(
        &mut h,
        "Value in casualties of Casualties in one incident",
        "2500",
    );
    type_into(
        &mut h,
        "Source of Casualties in one incident",
        "National risk assessment 2025, scenario S-3",
    );
    type_into(
        &mut h,
        "As of (date) of Casualties in one incident",
        "2025-06-30",
    );
    show(
        &mut h,
        "BR5 Ability to deal with mass casualties",
        "BR5.1 [–]",
    );
    assert!(
        h.query_by_label_contains(
            "or the national planning figure, 2,500\u{a0}casualties, if larger"
        )
        .is_some()
    );
    h.key_combination_modifiers(Modifiers::COMMAND, &[Key::S]);
    h.run();
    let saved = read_json(&file);
    assert_eq!(
        saved["planning_figures"]["casualties"],
        serde_json::json!({
            "value": 2500,
            "as_of": "2025-06-30",
            "source": "National risk assessment 2025, scenario S-3"
        })
    );
}
