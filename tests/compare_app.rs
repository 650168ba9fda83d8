//! Comparing the open assessment with an earlier round in the app, by its labels:
//! the dashboard shows what moved, each question opens, and the PDF export adds
//! the "Progress since" section.

use std::path::{Path, PathBuf};

use egui_kittest::kittest::Queryable;
use serde_json::Value;

mod common;
use common::app::{app, click, harness, read_json};

/// The national example, and an earlier round of it a year before: BR2.3 was at 1
/// (now 2), BR1.1 at 4 (now 3), BR6.9 unanswered (now 4).
fn rounds(dir: &Path) -> (PathBuf, PathBuf) {
    let now = dir.join("national-2026.rbr.json");
    std::fs::copy("assessments/examples/national-2026.rbr.json", &now).expect("copy");
    let mut earlier: Value = read_json(&now);
    let object = earlier.as_object_mut().expect("object");
    object.remove("review");
    object.remove("plan");
    earlier["meta"]["status"] = "approved".into();
    earlier["meta"]["modified"] = "2025-11-20T10:00:00Z".into();
    earlier["answers"]["BR2.3"]["level"] = 1.into();
    earlier["answers"]["BR1.1"]["level"] = 4.into();
    earlier["answers"]
        .as_object_mut()
        .expect("answers")
        .remove("BR6.9");
    let old = dir.join("national-2025.rbr.json");
    std::fs::write(&old, serde_json::to_vec_pretty(&earlier).expect("JSON")).expect("write");
    (now, old)
}

#[test]
fn the_dashboard_compares_with_an_earlier_round_and_the_pdf_says_so() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (now, old) = rounds(dir.path());
    let pdf = dir.path().join("national.pdf");
    let old_bytes = std::fs::read(&old).expect("read");
    let mut h = harness(app(
        vec![Some(now), Some(old.clone()), Some(pdf.clone())],
        &dir.path().join("recovery"),
    ));
    click(&mut h, "Open…");
    click(&mut h, "Dashboard");
    click(&mut h, "Compare with an earlier round…");
    assert!(
        h.query_by_label("Progress since 20 November 2025 (national-2025.rbr.json)")
            .is_some()
    );
    assert!(h.query_by_label("Improved (1)").is_some());
    assert!(h.query_by_label("Declined (1)").is_some());
    assert!(h.query_by_label("Newly answered (1)").is_some());
    assert!(h.query_by_label("Gaps closed (0)").is_some());
    // The overall line: readiness then and now, and the change.
    assert!(
        h.query_by_label_contains("Overall readiness: earlier")
            .is_some()
    );
    // The earlier round is drawn on the radar, named in its legend.
    assert!(h.query_by_label("··· earlier round (grey)").is_some());
    // Each moved question opens.
    h.get_by_label_contains("BR2.3: earlier 1, now 2").click();
    h.run();
    assert_eq!(
        h.state().shown_question().map(|q| q.to_string()),
        Some("BR2.3".into())
    );

    // The export while comparing adds the section; the earlier file is not touched.
    click(&mut h, "Export PDF…");
    h.state_mut().finish_export();
    h.run();
    let bytes = std::fs::read(&pdf).expect("PDF on disk");
    let doc = lopdf::Document::load_mem(&bytes).expect("parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("text");
    assert!(
        text.contains("Progress since 20 November 2025"),
        "section in the PDF"
    );
    assert_eq!(std::fs::read(&old).expect("read"), old_bytes);

    // Closing the comparison brings back the button.
    click(&mut h, "Dashboard");
    click(&mut h, "Close the comparison");
    assert!(h.query_by_label("Compare with an earlier round…").is_some());
    assert!(h.query_by_label("Improved (1)").is_none());
}

#[test]
fn a_file_that_cannot_be_compared_says_why_and_nothing_changes() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (now, _) = rounds(dir.path());
    let broken = dir.path().join("broken.rbr.json");
    std::fs::write(&broken, "{ not json").expect("write");
    let mut h = harness(app(
        vec![Some(now), Some(broken)],
        &dir.path().join("recovery"),
    ));
    click(&mut h, "Open…");
    click(&mut h, "Dashboard");
    click(&mut h, "Compare with an earlier round…");
    assert!(h.query_by_label_contains("broken.rbr.json").is_some());
    assert!(h.state().view.earlier.is_none());
    assert!(h.query_by_label("Compare with an earlier round…").is_some());
}

#[test]
fn the_comparison_follows_an_edit_made_while_it_is_open() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (now, old) = rounds(dir.path());
    // A draft, so that its answers can be changed.
    let mut draft = read_json(&now);
    draft.as_object_mut().expect("object").remove("review");
    draft["meta"]["status"] = "draft".into();
    std::fs::write(&now, serde_json::to_vec_pretty(&draft).expect("JSON")).expect("write");
    let mut h = harness(app(
        vec![Some(now), Some(old)],
        &dir.path().join("recovery"),
    ));
    click(&mut h, "Open…");
    click(&mut h, "Dashboard");
    click(&mut h, "Compare with an earlier round…");
    h.get_by_label_contains("BR2.3: earlier 1, now 2").click();
    h.run();
    h.key_press(egui::Key::Num3);
    h.run();
    click(&mut h, "Dashboard");
    assert!(
        h.query_by_label_contains("BR2.3: earlier 1, now 3")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("BR2.3: earlier 1, now 2")
            .is_none()
    );
}
