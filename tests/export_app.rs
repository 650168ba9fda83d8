//! Exporting the PDF from the app, as an official's assistant would: a report
//! with no classification is exported after one reminder to check with the
//! security officer; a classified one asks for its copy number and prints it.

mod common;

use common::app::{app, click, example_copy, harness, type_into};
use egui_kittest::kittest::{NodeT, Queryable};
use rbr::app::App;

fn page_one(pdf: &std::path::Path) -> String {
    let doc =
        lopdf::Document::load_mem(&std::fs::read(pdf).expect("the PDF on disk")).expect("PDF");
    let text = doc.extract_text(&[1]).expect("text");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn open(h: &mut egui_kittest::Harness<'_, App>) {
    click(h, "Open…");
}

#[test]
fn an_unclassified_report_is_exported_after_one_reminder() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = example_copy(
        dir.path(),
        "hy-territorial-administration.rbr.json",
        "region.rbr.json",
    );
    let (first, second) = (dir.path().join("first.pdf"), dir.path().join("second.pdf"));
    let mut h = harness(app(
        vec![
            Some(file.clone()),
            Some(first.clone()),
            Some(second.clone()),
        ],
        &dir.path().join("recovery"),
    ));
    rbr::i18n::set_ui_language(rbr::i18n::Language::En);
    open(&mut h);
    click(&mut h, "Export PDF…");
    // The reminder, and nothing written yet.
    assert!(
        h.query_by_label("This report has no classification")
            .is_some()
    );
    assert!(h.query_by_label_contains("security officer").is_some());
    assert!(!first.exists());
    // Cancel exports nothing.
    click(&mut h, "Cancel");
    assert!(
        h.query_by_label("This report has no classification")
            .is_none()
    );
    assert!(!first.exists());
    click(&mut h, "Export PDF…");
    click(&mut h, "Export without a classification");
    h.state_mut().finish_export();
    h.run();
    let cover = page_one(&first);
    assert!(
        !cover.contains("Օրինակ") && !cover.contains("Copy No."),
        "{cover}"
    );
    // Once for the document: the next export goes straight to the file.
    click(&mut h, "Export PDF…");
    assert!(
        h.query_by_label("This report has no classification")
            .is_none()
    );
    h.state_mut().finish_export();
    h.run();
    assert!(second.exists(), "the second export needs no answer");
}

#[test]
fn a_classified_report_asks_for_its_copy_number_and_prints_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("region.rbr.json");
    let mut json: serde_json::Value = serde_json::from_slice(
        &std::fs::read("assessments/examples/hy-territorial-administration.rbr.json")
            .expect("example"),
    )
    .expect("JSON");
    json["meta"]["classification"] = "Ծառայողական օգտագործման համար".into();
    std::fs::write(&file, serde_json::to_vec_pretty(&json).expect("JSON")).expect("write");
    let pdf = dir.path().join("numbered.pdf");
    let mut h = harness(app(
        vec![Some(file.clone()), Some(pdf.clone())],
        &dir.path().join("recovery"),
    ));
    rbr::i18n::set_ui_language(rbr::i18n::Language::En);
    open(&mut h);
    click(&mut h, "Export PDF…");
    assert!(h.query_by_label("Numbered copy").is_some());
    // A number that is not one is refused, and says why.
    type_into(&mut h, "Copy number", "two");
    assert!(
        h.query_by_label_contains("Write a whole number from 1")
            .is_some()
    );
    assert!(h.get_by_label("Export").accesskit_node().is_disabled());
    h.get_by_label("Copy number").focus();
    h.run();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.run();
    h.get_by_label("Copy number").type_text("4");
    h.run();
    click(&mut h, "Export");
    h.state_mut().finish_export();
    h.run();
    let cover = page_one(&pdf);
    assert!(cover.contains("Օրինակ N 4"), "{cover}");
    assert!(cover.contains("Ծառայողական օգտագործման համար"), "{cover}");
}
