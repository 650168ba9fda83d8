//! The action plan: kept in the file through save, reload and a questionnaire
//! update, and edited in the Plan screen by its accessible labels.

use std::path::Path;

use egui::Key;
use egui_kittest::kittest::Queryable;
use rbr::assessment::{Assessment, Lenient, PlanEntry, PlanStatus};
use rbr::questionnaire::Questionnaire;
use serde_json::{Value, json};

mod common;
use common::app::{app, click, harness, read_json, type_into};

/// The national example as shipped: approved, with a plan.
fn national(dir: &Path) -> std::path::PathBuf {
    let file = dir.join("national.rbr.json");
    std::fs::copy("assessments/examples/national-2026.rbr.json", &file).expect("copy");
    file
}

/// The step a question's questionnaire gives from `level` to the next.
fn step(id: &str, level: usize, language: &str) -> String {
    let q = Questionnaire::built_in();
    q.question(&id.into())
        .and_then(|question| question.steps.as_ref())
        .map(|steps| steps[level].get(language).to_owned())
        .expect("a question of the questionnaire, with steps")
}

#[test]
fn a_plan_row_is_edited_in_place_on_an_approved_assessment_and_saved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = national(dir.path());
    let before = read_json(&file);
    let mut h = harness(app(vec![Some(file.clone())], &dir.path().join("recovery")));
    click(&mut h, "Open…");
    click(&mut h, "Plan");
    // Two rows are overdue in the example (due 31 October and 30 September 2026).
    assert_eq!(h.query_all_by_label("Overdue").count(), 2);
    // BR2.9 has no entry yet: its action is the question's step from the level
    // the answer is at (1) to the next.
    assert_eq!(
        h.get_by_label("Action for BR2.9").value().as_deref(),
        Some(step("BR2.9", 1, "en").as_str())
    );
    type_into(&mut h, "Body responsible for BR2.9", "Ministry of Energy");
    type_into(
        &mut h,
        "Person responsible for BR2.9",
        "Head of Gas Security",
    );
    type_into(&mut h, "Due date of BR2.9", "2027-10-01");
    click(&mut h, "Status of BR2.9");
    click(&mut h, "In progress");
    click(&mut h, "Details of the plan for BR2.9");
    click(&mut h, "Add a milestone");
    type_into(
        &mut h,
        "Milestone 1 of BR2.9",
        "Winter balance with the main import route cut",
    );
    type_into(&mut h, "Date of milestone 1 of BR2.9", "2027-04-30");
    h.key_combination_modifiers(egui::Modifiers::COMMAND, &[Key::S]);
    h.run();

    let saved = read_json(&file);
    let entry = &saved["plan"]["BR2.9"];
    assert_eq!(entry["action"], step("BR2.9", 1, "en").as_str());
    assert_eq!(entry["body"], "Ministry of Energy");
    assert_eq!(entry["person"], "Head of Gas Security");
    assert_eq!(entry["due"], "2027-10-01");
    assert_eq!(entry["status"], "in-progress");
    let today = rbr::assessment::format_date(time::OffsetDateTime::now_utc().date());
    assert_eq!(entry["status_date"], today.as_str());
    assert_eq!(
        entry["milestones"],
        json!([{"text": "Winter balance with the main import route cut", "date": "2027-04-30"}])
    );
    // The approval covers the assessment, not the plan: answers, status and trail
    // are as they were, and the sign-off still holds.
    for key in ["answers", "targets", "review"] {
        assert_eq!(saved[key], before[key], "{key}");
    }
    assert_eq!(saved["meta"]["status"], "approved");
    let assessment = Assessment::from_bytes(&std::fs::read(&file).expect("read")).expect("reads");
    let check = rbr::review::verify(&assessment);
    assert!(check.holds(), "{check:?}");
}

#[test]
fn the_plan_goes_to_excel_and_csv_from_the_plan_screen() {
    use calamine::{Reader, Xlsx, open_workbook_from_rs};
    let dir = tempfile::tempdir().expect("temp dir");
    let file = national(dir.path());
    let xlsx = dir.path().join("plan.xlsx");
    let csv = dir.path().join("plan.csv");
    let mut h = harness(app(
        vec![Some(file), Some(xlsx.clone()), Some(csv.clone())],
        &dir.path().join("recovery"),
    ));
    click(&mut h, "Open…");
    click(&mut h, "Plan");
    type_into(&mut h, "Body responsible for BR2.9", "Ministry of Energy");
    // Unsaved work is saved first: the workbook names the file by its SHA-256.
    click(&mut h, "Export to Excel…");
    assert!(h.query_by_label_contains("Exported to").is_some());
    let bytes = std::fs::read(&xlsx).expect("workbook on disk");
    let mut book: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("a workbook");
    let names = book.sheet_names();
    assert_eq!(names.len(), 3, "{names:?}");
    let plan = book.worksheet_range(&names[2]).expect("the Plan sheet");
    let cells: Vec<String> = plan.cells().map(|(_, _, c)| c.to_string()).collect();
    assert!(
        cells.iter().any(|c| c == "Ministry of Energy"),
        "the edit is in it"
    );
    assert!(cells.iter().any(|c| c == "BR2.3"));
    click(&mut h, "Export the plan as CSV…");
    let text = std::fs::read(&csv).expect("CSV on disk");
    assert!(text.starts_with("\u{feff}".as_bytes()), "byte-order mark");
    assert!(String::from_utf8_lossy(&text).contains("Ministry of Energy"));
}

#[test]
fn filters_narrow_the_plan_and_a_row_opens_its_question() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = national(dir.path());
    let mut h = harness(app(vec![Some(file)], &dir.path().join("recovery")));
    click(&mut h, "Open…");
    click(&mut h, "Plan");
    assert!(h.query_by_label("Body responsible for BR1.2").is_some());
    click(&mut h, "Overdue only");
    assert!(h.query_by_label("Body responsible for BR1.2").is_none());
    assert!(h.query_by_label("Body responsible for BR2.3").is_some());
    assert!(h.query_by_label("Body responsible for BR6.2").is_some());
    click(&mut h, "Overdue only");
    type_into(&mut h, "Owner contains", "regional");
    assert!(h.query_by_label("Body responsible for BR1.10").is_some());
    assert!(h.query_by_label("Body responsible for BR1.2").is_none());
    // BR4.1 met its target; its entry is kept, apart, and opens its question.
    h.get_by_label("Owner contains").focus();
    h.run();
    h.key_combination_modifiers(egui::Modifiers::COMMAND, &[Key::A]);
    h.run();
    h.get_by_label("Owner contains").type_text("State Reserve");
    h.run();
    assert!(h.query_by_label("No longer gaps").is_some());
    click(&mut h, "BR4.1");
    assert_eq!(
        h.state().shown_question().map(|q| q.to_string()),
        Some("BR4.1".into())
    );
}

#[test]
fn the_plan_survives_save_reload_and_a_questionnaire_update() {
    let q = Questionnaire::built_in();
    let mut file: Value = serde_json::from_str(
        &std::fs::read_to_string("tests/fixtures/national-2026-answered-under-1.0.0.rbr.json")
            .expect("fixture"),
    )
    .expect("JSON");
    file["plan"] = json!({
        "BR2.1": {
            "action": "Վերանայել էներգետիկ կախվածությունների վերլուծությունը",
            "body": "Տարածքային կառավարման և ենթակառուցվածքների նախարարություն",
            "due": "2027-06-30",
            "status": "done",
            "milestones": [{"text": "Նախագիծ", "date": "2027-01-15", "done": true, "owner": "x"}],
            "budget_code": "07-1-2"
        },
        "BR9.9": {"action": "for a question that does not exist"},
        "BR2.2": "not an object"
    });
    let bytes = serde_json::to_vec_pretty(&file).expect("JSON");
    let mut assessment = Assessment::from_bytes(&bytes).expect("reads");
    assert_eq!(
        assessment
            .plan_entry(&"BR2.1".into())
            .map(PlanEntry::status),
        Some(PlanStatus::Done)
    );
    assessment.upgrade(&q);
    let bytes = assessment.to_json(&q).expect("writes");
    let written: Value = serde_json::from_slice(&bytes).expect("JSON");
    assert_eq!(written["questionnaire"]["version"], q.version.as_str());
    assert_eq!(written["plan"], file["plan"], "every entry, as written");
    let reread = Assessment::from_bytes(&bytes).expect("reads");
    assert_eq!(reread.plan, assessment.plan);
    assert!(matches!(
        reread
            .plan
            .get(&rbr::questionnaire::QuestionId::from("BR2.2")),
        Some(Lenient::Invalid(_))
    ));
    let findings: Vec<String> = reread
        .findings(&q, time::macros::date!(2026 - 12 - 01))
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        findings.iter().any(|f| f.starts_with("plan.BR9.9:")),
        "{findings:?}"
    );
    assert!(
        findings.iter().any(|f| f.starts_with("plan.BR2.2:")),
        "{findings:?}"
    );
}

/// Whether the widget named `label` is shown but cannot be used.
fn disabled(h: &egui_kittest::Harness<'_, rbr::app::App>, label: &str) -> bool {
    use egui_kittest::kittest::NodeT;
    h.get_by_label(label).accesskit_node().is_disabled()
}

#[test]
fn a_reviewer_reads_the_plan_and_its_details_but_cannot_change_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = national(dir.path());
    let before = std::fs::read(&file).expect("read");
    let mut h = harness(app(vec![Some(file.clone())], &dir.path().join("recovery")));
    click(&mut h, "Open for review…");
    click(&mut h, "Plan");
    assert!(disabled(&h, "Body responsible for BR2.3"));
    assert!(disabled(&h, "Action for BR2.3"));
    assert!(disabled(&h, "Due date of BR2.3"));
    // The details open, to be read.
    click(&mut h, "Details of the plan for BR2.3");
    assert_eq!(
        h.get_by_label("Milestone 1 of BR2.3").value().as_deref(),
        Some("Procurement contract signed")
    );
    assert!(disabled(&h, "Add a milestone"));
    // Sorting still works, and the question opens.
    // The heading is repeated over the entries that are no longer gaps.
    h.get_all_by_label("Due date")
        .next()
        .expect("a heading")
        .click();
    h.run();
    assert_eq!(h.state().view.plan.sort, rbr::app::PlanSort::Due);
    click(&mut h, "BR2.3");
    assert_eq!(
        h.state().shown_question().map(|q| q.to_string()),
        Some("BR2.3".into())
    );
    assert_eq!(std::fs::read(&file).expect("read"), before, "untouched");
}
