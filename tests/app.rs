//! The desktop app, driven headless through its accessible labels as a person would.

use std::path::{Path, PathBuf};

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rbr::app::{App, Command, Prefs, Screen, ScriptedPicker};
use serde_json::Value;

mod common;
use common::app::{
    LatinAllowed, app, assert_armenian, click, example_copy, harness, read_json, settle_start,
    type_into, type_path,
};

/// Creates an assessment scoped to BR2 and BR7 through the form.
fn create_scoped(h: &mut Harness<'_, App>) {
    click(h, "New assessment");
    type_into(h, "Title", "Energy and transport 2026");
    type_into(h, "Organisation", "Էներգետիկայի նախարարություն");
    type_into(h, "Assessor", "Head of Planning");
    for area in ["BR1 ", "BR3 ", "BR4 ", "BR5 ", "BR6 "] {
        h.get_by_label_contains(area).click();
        h.run();
    }
    click(h, "Create assessment");
}

#[test]
fn create_answer_save_and_reopen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("energy.rbr.json");
    let mut h = harness(app(
        vec![Some(file.clone()), Some(file.clone())],
        &dir.path().join("recovery"),
    ));
    create_scoped(&mut h);
    assert_eq!(h.state().view.screen, Screen::Questions);
    // The first in-scope question is BR2.1; the sidebar lists only BR2 and BR7.
    assert_eq!(
        h.state().shown_question().map(|q| q.to_string()),
        Some("BR2.1".into())
    );
    assert!(h.query_by_label_contains("BR1 Assured").is_none());

    // Answer by clicking a rubric card, and type evidence in Armenian.
    h.get_by_label_contains("Level 3 Established").click();
    h.run();
    type_into(&mut h, "Evidence", "Կառավարության որոշում N 1234-Ն, 2025");
    // Next question with the keyboard, level with a number key.
    click(&mut h, "Next");
    assert_eq!(
        h.state().shown_question().map(|q| q.to_string()),
        Some("BR2.2".into())
    );
    // A mouse click leaves the button focused: number keys must still work.
    h.get_by_label("Next").focus();
    h.run();
    h.key_press(Key::Num2);
    h.run();
    // BR2.3 does not accept not applicable: N is refused, and the notice says why.
    h.key_press(Key::PageDown);
    h.run();
    h.key_press(Key::N);
    h.run();
    assert!(
        h.query_by_label_contains("BR2.3 cannot be marked not applicable")
            .is_some()
    );
    assert!(h.query_by_label_contains("needs a justification").is_none());
    // BR2.4 accepts it (an island grid): N marks it, and a justification is demanded.
    h.key_press(Key::PageDown);
    h.run();
    h.key_press(Key::N);
    h.run();
    assert!(h.query_by_label_contains("needs a justification").is_some());
    type_into(
        &mut h,
        "Justification (required)",
        "An island grid: no cross-border line in service or being built",
    );
    assert!(h.query_by_label_contains("needs a justification").is_none());

    click(&mut h, "Save");
    check_saved_and_reopened(&file, &dir.path().join("recovery"));
    assert!(h.query_by_label_contains("unsaved changes").is_none());
}

/// The file holds what was typed; a fresh app shows it, with `rbr score`'s figures.
fn check_saved_and_reopened(file: &Path, recovery: &Path) {
    let saved = read_json(file);
    assert_eq!(saved["meta"]["organisation"], "Էներգետիկայի նախարարություն");
    assert_eq!(saved["meta"]["scope"], serde_json::json!(["BR2", "BR7"]));
    assert_eq!(saved["answers"]["BR2.1"]["level"], 3);
    assert_eq!(
        saved["answers"]["BR2.1"]["evidence"],
        "Կառավարության որոշում N 1234-Ն, 2025"
    );
    assert_eq!(saved["answers"]["BR2.2"]["level"], 2);
    assert!(
        saved["answers"].get("BR2.3").is_none(),
        "the refused N/A left nothing"
    );
    assert_eq!(saved["answers"]["BR2.4"]["not_applicable"], true);
    assert_eq!(
        saved["answers"]["BR2.4"]["justification"],
        "An island grid: no cross-border line in service or being built"
    );
    // Reopen in a fresh app: same answers, same readiness as `rbr score`.
    let mut h = harness(app(vec![Some(file.to_owned())], recovery));
    click(&mut h, "Open…");
    assert_eq!(
        h.state().shown_question().map(|q| q.to_string()),
        Some("BR2.1".into())
    );
    assert!(h.query_by_label_contains("Level 3 Established").is_some());
    assert_eq!(
        h.get_by_label("Evidence").value().as_deref(),
        Some("Կառավարության որոշում N 1234-Ն, 2025")
    );
    click(&mut h, "Dashboard");
    let out = assert_cmd::Command::cargo_bin("rbr")
        .expect("binary")
        .args(["score", "--json"])
        .arg(file)
        .output()
        .expect("runs");
    let cli: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let readiness = cli["overall"]["readiness"].as_f64().expect("a readiness");
    let shown = rbr::i18n::format::decimal(rbr::i18n::Language::En, readiness, 1);
    assert!(
        h.query_by_label(&shown).is_some(),
        "dashboard shows {shown}"
    );
    let br2 = cli["areas"][1]["readiness"]
        .as_f64()
        .expect("BR2 readiness");
    assert!(
        h.query_by_label_contains(&format!(
            "readiness {}",
            rbr::i18n::format::decimal(rbr::i18n::Language::En, br2, 1)
        ))
        .is_some(),
        "BR2 bar label shows {br2}"
    );
}

#[test]
fn unsaved_changes_guard() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("guarded.rbr.json");
    let mut h = harness(app(vec![Some(file.clone())], &dir.path().join("recovery")));
    create_scoped(&mut h);
    h.key_press(Key::Num1);
    h.run();
    click(&mut h, "Start");
    // The lists arrive from a worker thread and move the buttons below them.
    settle_start(&mut h);
    // Opening an example would drop the new assessment: the app asks first.
    h.get_by_label_contains("Open example: national").click();
    h.run();
    assert!(h.query_by_label("Save changes?").is_some());
    click(&mut h, "Cancel");
    assert!(h.query_by_label("Save changes?").is_none());
    assert!(h.state().doc.as_ref().is_some_and(|d| d.dirty()));
    // Save and continue: the file is written, then the example opens.
    h.get_by_label_contains("Open example: national").click();
    h.run();
    click(&mut h, "Save and continue");
    assert_eq!(read_json(&file)["answers"]["BR2.1"]["level"], 1);
    assert_eq!(h.state().view.screen, Screen::Dashboard);
    assert!(
        h.state()
            .doc
            .as_ref()
            .is_some_and(|d| d.name().contains("national-2026"))
    );
    // Closing the window with unsaved changes asks too. (The national example is
    // approved, its answers locked: change the energy and transport one.)
    click(&mut h, "Start");
    settle_start(&mut h);
    h.get_by_label_contains("Open example: energy-transport")
        .click();
    h.run();
    click(&mut h, "Questions");
    h.key_press(Key::Num2);
    h.run();
    assert!(h.state().doc.as_ref().is_some_and(|d| d.dirty()));
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::Quit);
    h.run();
    assert!(h.query_by_label("Save changes?").is_some());
    click(&mut h, "Discard changes");
    assert!(h.query_by_label("Save changes?").is_none());
}

#[test]
fn broken_file_shows_its_message_and_the_app_goes_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("broken.rbr.json");
    std::fs::write(
        &broken,
        "{\n  \"format\": \"rbr-assessment\",\n  \"format_version\": 1,\n  oops\n}",
    )
    .expect("write");
    let good = Path::new("assessments/examples/energy-transport-ministry.rbr.json").to_owned();
    let mut h = harness(app(
        vec![Some(broken), Some(good)],
        &dir.path().join("recovery"),
    ));
    click(&mut h, "Open…");
    assert!(
        h.query_by_label_contains("broken.rbr.json: not valid JSON")
            .is_some()
    );
    assert!(h.query_by_label_contains("line 4, column 3").is_some());
    assert_eq!(h.state().view.screen, Screen::Start);
    click(&mut h, "Open…");
    assert_eq!(h.state().view.screen, Screen::Questions);
}

#[test]
fn findings_are_listed_and_unknown_data_survives_a_save() {
    let dir = tempfile::tempdir().expect("temp dir");
    let odd = dir.path().join("odd.rbr.json");
    let copy = dir.path().join("copy.rbr.json");
    std::fs::write(
        &odd,
        r#"{"format": "rbr-assessment", "format_version": 1, "questionnaire": {"id": "nato-rbr", "version": "1.0.0"},
           "meta": {"title": "Odd", "organisation": "X", "status": "draft"}, "signatures": ["reviewer"],
           "answers": {"BR1.1": {"level": 7}, "BR9.9": {"level": 2}}}"#,
    )
    .expect("write");
    let mut h = harness(app(
        vec![Some(odd), Some(copy.clone())],
        &dir.path().join("recovery"),
    ));
    click(&mut h, "Open…");
    assert!(
        h.query_by_label_contains("2 findings in this file")
            .is_some()
    );
    h.key_press(Key::F1);
    h.run();
    h.key_press(Key::F1);
    h.run();
    h.key_combination_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, &[Key::S]);
    h.run();
    let saved = read_json(&copy);
    assert_eq!(saved["signatures"][0], "reviewer");
    assert_eq!(saved["answers"]["BR1.1"]["level"], 7);
    assert_eq!(saved["answers"]["BR9.9"]["level"], 2);
}

#[test]
fn open_for_review_cannot_change_the_answers() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("colleague.rbr.json");
    std::fs::copy("assessments/examples/national-2026.rbr.json", &file).expect("copy");
    let before = std::fs::read(&file).expect("read");
    let mut h = harness(app(vec![Some(file.clone())], &dir.path().join("recovery")));
    click(&mut h, "Open for review…");
    assert!(h.query_by_label("read-only (for review)").is_some());
    let doc = h.state().doc.as_ref().expect("doc");
    assert!(doc.read_only());
    h.key_press(Key::Num0);
    h.run();
    h.key_press(Key::N);
    h.run();
    h.key_combination_modifiers(egui::Modifiers::COMMAND, &[Key::S]);
    h.run();
    assert!(!h.state().doc.as_ref().expect("doc").dirty());
    assert_eq!(
        std::fs::read(&file).expect("read"),
        before,
        "the file is untouched"
    );
}

#[test]
fn recovery_after_a_crash() {
    let dir = tempfile::tempdir().expect("temp dir");
    let recovery = dir.path().join("recovery");
    let file = dir.path().join("work.rbr.json");
    {
        let mut h = harness(app(vec![Some(file.clone())], &recovery));
        create_scoped(&mut h);
        click(&mut h, "Save");
        h.key_press(Key::Num4);
        h.run();
        type_into(&mut h, "Notes", "typed just before the power cut");
        let ctx = h.ctx.clone();
        h.state_mut().autosave_now(&ctx);
        // The app dies here without saving: the harness is dropped.
    }
    assert_eq!(
        read_json(&file)["answers"].as_object().map(|a| a.len()),
        Some(0)
    );
    // Opening the file itself warns that newer unsaved work exists.
    let mut other = harness(app(vec![Some(file.clone())], &recovery));
    click(&mut other, "Open…");
    assert!(
        other
            .query_by_label_contains("Unsaved work from an earlier session")
            .is_some()
    );
    drop(other);
    let mut h = harness(app(vec![], &recovery));
    settle_start(&mut h);
    assert!(h.query_by_label("Unsaved work was found").is_some());
    assert!(h.query_by_label_contains("unsaved changes to").is_some());
    click(&mut h, "Recover");
    let doc = h.state().doc.as_ref().expect("recovered");
    assert!(doc.dirty(), "recovered work still needs saving");
    assert_eq!(doc.path(), Some(file.as_path()));
    assert_eq!(
        h.get_by_label("Notes").value().as_deref(),
        Some("typed just before the power cut")
    );
    click(&mut h, "Save");
    assert_eq!(read_json(&file)["answers"]["BR2.1"]["level"], 4);
    // Once saved, nothing is left to recover.
    let mut h = harness(app(vec![], &recovery));
    settle_start(&mut h);
    assert!(h.query_by_label("Unsaved work was found").is_none());
}

#[test]
fn filter_and_search_narrow_the_navigation() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = energy_transport_questions(dir.path());
    type_into(&mut h, "Search", "fuel");
    assert!(h.query_by_label_contains("questions match").is_some());
    let doc = h.state().doc.as_ref().expect("doc");
    let visible: Vec<String> = h
        .state()
        .view
        .questions
        .visible(doc)
        .iter()
        .map(|q| q.id.to_string())
        .collect();
    assert!(!visible.is_empty());
    for id in &visible {
        let text = doc
            .questionnaire()
            .question(&id.as_str().into())
            .expect("q")
            .text
            .get("en")
            .to_lowercase();
        assert!(
            text.contains("fuel") || id.contains("fuel"),
            "{id} does not mention fuel"
        );
    }
}

#[test]
fn export_pdf_from_the_app() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("transport.rbr.json");
    let pdf = dir.path().join("transport.pdf");
    std::fs::copy(
        "assessments/examples/energy-transport-ministry.rbr.json",
        &file,
    )
    .expect("copy");
    let mut h = harness(app(
        vec![Some(file.clone()), Some(pdf.clone())],
        &dir.path().join("recovery"),
    ));
    click(&mut h, "Open…");
    click(&mut h, "Export PDF…");
    h.state_mut().finish_export();
    h.run();
    assert!(
        h.query_by_label_contains("Exported the PDF gap report")
            .is_some()
    );
    let bytes = std::fs::read(&pdf).expect("PDF on disk");
    assert!(bytes.starts_with(b"%PDF"));
    // The report names the file it came from by its fingerprint.
    let fingerprint = rbr::hash::fingerprint(&std::fs::read(&file).expect("read"));
    let doc = lopdf::Document::load_mem(&bytes).expect("parses");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc.extract_text(&pages).expect("text");
    let compact: String = text.split_whitespace().collect();
    assert!(
        compact.contains(&fingerprint[..16]),
        "fingerprint in the report"
    );
}

#[test]
fn without_file_dialogs_a_path_is_typed_in_the_window() {
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("typed");
    let mut h = harness(App::new(
        Prefs::default(),
        Box::new(ScriptedPicker::without_dialogs()),
        Some(dir.path().join("recovery")),
    ));
    h.get_by_label_contains("Open example: energy-transport")
        .click();
    h.run();
    h.key_combination_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, &[Key::S]);
    h.run();
    assert!(h.query_by_label("Save the assessment as").is_some());
    // The prompt suggests a name; replace it with our own.
    let suggested = h.get_by_label("File path").value().unwrap_or_default();
    assert!(suggested.ends_with(".rbr.json"), "{suggested}");
    type_path(&mut h, &target);
    click(&mut h, "Save to this path");
    assert!(h.query_by_label("Save the assessment as").is_none());
    let saved = read_json(&dir.path().join("typed.rbr.json"));
    assert_eq!(saved["meta"]["scope"], serde_json::json!(["BR2", "BR7"]));
    // Opening works the same way, and Cancel closes the prompt.
    click(&mut h, "Start");
    click(&mut h, "Open…");
    assert!(h.query_by_label("Open an assessment").is_some());
    click(&mut h, "Cancel");
    assert!(h.query_by_label("Open an assessment").is_none());
}

#[test]
fn details_targets_and_scope_can_be_changed_after_creation() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = example_copy(
        dir.path(),
        "energy-transport-ministry.rbr.json",
        "ministry.rbr.json",
    );
    let mut h = harness(app(vec![Some(file.clone())], &dir.path().join("recovery")));
    click(&mut h, "Open…");
    // BR2.1's default target is 2: raise it to 4 for this assessment.
    assert_eq!(
        h.state().shown_question().map(|q| q.to_string()),
        Some("BR2.1".into())
    );
    click(&mut h, "target level");
    click(&mut h, "4");
    click(&mut h, "Dashboard");
    click(&mut h, "Assessment details");
    type_into(&mut h, "Organisation", " — revised");
    h.get_by_role_and_label(
        egui::accesskit::Role::CheckBox,
        "BR7 Resilient transport systems",
    )
    .click();
    h.run();
    h.key_combination_modifiers(egui::Modifiers::COMMAND, &[Key::S]);
    h.run();
    let saved = read_json(&file);
    assert_eq!(saved["targets"]["BR2.1"], 4);
    assert!(
        saved["meta"]["organisation"]
            .as_str()
            .is_some_and(|o| o.contains(" — revised")),
        "{}",
        saved["meta"]["organisation"]
    );
    assert_eq!(saved["meta"]["scope"], serde_json::json!(["BR2"]));
    // Answers of the area taken out of scope stay in the file.
    assert!(saved["answers"]["BR7.1"].is_object());
    // Back to the default target: the override leaves the file.
    click(&mut h, "Questions");
    click(&mut h, "target level");
    click(&mut h, "2 (default)");
    h.key_combination_modifiers(egui::Modifiers::COMMAND, &[Key::S]);
    h.run();
    assert!(read_json(&file)["targets"].get("BR2.1").is_none());
}

/// The level of a question in the open document, as the app holds it.
fn level_of(h: &Harness<'_, App>, id: &str) -> Option<u8> {
    h.state()
        .doc
        .as_ref()
        .and_then(|d| d.assessment().answer(&id.into()).cloned())
        .and_then(|a| a.scored_level())
        .map(u8::from)
}

fn press_in_one_frame(h: &mut Harness<'_, App>, keys: &[Key]) {
    for key in keys {
        h.input_mut().events.push(egui::Event::Key {
            key: *key,
            physical_key: None,
            pressed: true,
            repeat: false,
            modifiers: egui::Modifiers::NONE,
        });
    }
    h.run();
}

#[test]
fn keys_typed_ahead_run_in_the_order_they_were_pressed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = energy_transport_questions(dir.path());
    assert_eq!(
        h.state().shown_question().map(|q| q.to_string()),
        Some("BR2.1".into())
    );
    assert_eq!(
        (level_of(&h, "BR2.1"), level_of(&h, "BR2.2")),
        (Some(1), Some(2))
    );
    // Both keys arrive in the same frame, Page Down first, as a fast typist's do
    // on a slow machine: the level is for the question Page Down goes to.
    press_in_one_frame(&mut h, &[Key::PageDown, Key::Num0]);
    assert_eq!(
        h.state().shown_question().map(|q| q.to_string()),
        Some("BR2.2".into()),
        "the view moved on"
    );
    assert_eq!(level_of(&h, "BR2.2"), Some(0), "the level went to BR2.2");
    assert_eq!(level_of(&h, "BR2.1"), Some(1), "BR2.1 is untouched");
    // The other way round, the level stays with the question it was typed on.
    press_in_one_frame(&mut h, &[Key::Num4, Key::PageDown]);
    assert_eq!(level_of(&h, "BR2.2"), Some(4));
    assert_eq!(
        h.state().shown_question().map(|q| q.to_string()),
        Some("BR2.3".into())
    );
}

/// One frame as the window gets it: the typed-ahead hook first, then egui.
fn frame_through_hook(h: &mut Harness<'_, App>) {
    let ctx = h.ctx.clone();
    let mut raw = std::mem::take(h.input_mut());
    h.state_mut().hold_back_typed_ahead(&ctx, &mut raw);
    *h.input_mut() = raw;
    h.step();
}

#[test]
fn a_burst_of_keys_in_one_frame_lands_where_it_was_typed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = energy_transport_questions(dir.path());
    press_in_one_frame(&mut h, &[Key::PageDown, Key::PageDown, Key::PageDown]);
    assert_eq!(
        h.state().shown_question().map(|q| q.to_string()),
        Some("BR2.4".into())
    );
    // What a busy machine hands over in one frame when someone types 3, E, a few
    // words and Esc: each key with its text, as the window system sends them.
    let key = |key: Key| egui::Event::Key {
        key,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    };
    let text = |s: &str| egui::Event::Text(s.into());
    h.input_mut().events.extend([
        key(Key::Num3),
        text("3"),
        key(Key::E),
        text("e"),
        key(Key::N),
        text("n"),
        key(Key::Num1),
        text("1"),
        text(" substatio"),
        key(Key::N),
        text("n"),
        key(Key::Escape),
    ]);
    for _ in 0..6 {
        frame_through_hook(&mut h);
    }
    let answer = h
        .state()
        .doc
        .as_ref()
        .and_then(|d| d.assessment().answer(&"BR2.4".into()).cloned())
        .expect("BR2.4 answered");
    assert_eq!(
        answer.evidence, "n1 substation",
        "every letter in the field"
    );
    assert_eq!(
        answer.scored_level().map(u8::from),
        Some(3),
        "no letter became a level"
    );
    assert!(!answer.not_applicable, "no n became \"not applicable\"");
    assert!(!h.ctx.text_edit_focused(), "Esc left the field");
}

#[test]
fn keys_never_wait_for_ever_for_a_field_that_is_not_shown() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = energy_transport_questions(dir.path());
    // E asked for the evidence, but the dashboard came first: no field takes it.
    click(&mut h, "Dashboard");
    h.state_mut().view.questions.focus = Some(rbr::app::TextField::Evidence);
    h.input_mut().events.push(egui::Event::Key {
        key: Key::F1,
        physical_key: None,
        pressed: true,
        repeat: false,
        modifiers: egui::Modifiers::NONE,
    });
    for _ in 0..6 {
        frame_through_hook(&mut h);
    }
    assert!(h.state().view.help_open, "F1 reached the window");
}

#[test]
fn e_brings_the_evidence_into_view_below_the_rubric() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = energy_transport_questions(dir.path());
    // A low window: the rubric fills it and the evidence is out of sight.
    let height = 500.0;
    h.set_size(egui::vec2(1000.0, height));
    h.run();
    let below = |h: &Harness<'_, App>| h.get_by_label("Evidence").rect().top() >= height;
    assert!(below(&h), "the evidence starts out of sight");
    press_in_one_frame(&mut h, &[Key::E]);
    for _ in 0..3 {
        h.run();
    }
    let field = h.get_by_label("Evidence").rect();
    assert!(
        field.top() >= 0.0 && field.top() < height,
        "the evidence is in view: {field:?}"
    );
    assert!(h.ctx.text_edit_focused(), "and has the cursor");
}

/// Opens a file through the in-window path prompt, with the keyboard.
fn open_by_typing(h: &mut Harness<'_, App>, file: &Path) {
    click(h, "Open…");
    assert!(h.query_by_label("Open an assessment").is_some());
    type_path(h, file);
    h.key_press(Key::Enter);
    h.run();
}

#[test]
fn an_answer_is_given_saved_and_exported_without_the_mouse() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = example_copy(
        dir.path(),
        "energy-transport-ministry.rbr.json",
        "ministry.rbr.json",
    );
    let mut h = harness(App::new(
        Prefs::default(),
        Box::new(ScriptedPicker::without_dialogs()),
        Some(dir.path().join("recovery")),
    ));
    // Enter in the path prompt opens the file.
    open_by_typing(&mut h, &file);
    assert!(
        h.query_by_label("Open an assessment").is_none(),
        "Enter answered the prompt"
    );
    assert_eq!(
        h.state().shown_question().map(|q| q.to_string()),
        Some("BR2.1".into())
    );
    // A level, then E puts the cursor at the end of the evidence: what is typed next
    // is added to it.
    press_in_one_frame(&mut h, &[Key::Num2, Key::E]);
    h.run();
    h.input_mut()
        .events
        .push(egui::Event::Text(" Ստուգված է ստեղնաշարով։".into()));
    h.run();
    h.key_press(Key::Escape);
    h.run();
    h.key_combination_modifiers(egui::Modifiers::COMMAND, &[Key::S]);
    h.run();
    let saved = read_json(&file);
    let answer = &saved["answers"]["BR2.1"];
    assert_eq!(answer["level"], 2);
    let evidence = answer["evidence"].as_str().unwrap_or_default();
    assert!(
        evidence.starts_with("The ministry's fuel balance")
            && evidence.ends_with("covered. Ստուգված է ստեղնաշարով։"),
        "{evidence}"
    );
    // Ctrl+E asks where to export; Enter takes the suggested path.
    h.key_combination_modifiers(egui::Modifiers::COMMAND, &[Key::E]);
    h.run();
    assert!(h.query_by_label("Export the PDF gap report to").is_some());
    let suggested = h.get_by_label("File path").value().unwrap_or_default();
    assert_eq!(
        suggested,
        dir.path().join("ministry.pdf").display().to_string()
    );
    h.key_press(Key::Enter);
    h.run();
    h.state_mut().finish_export();
    h.run();
    let pdf = std::fs::read(dir.path().join("ministry.pdf")).expect("the PDF is written");
    assert!(pdf.starts_with(b"%PDF-"));
}

#[test]
fn a_save_that_fails_keeps_the_work_says_why_and_the_autosave_protects_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let folder = dir.path().join("shared");
    std::fs::create_dir(&folder).expect("folder");
    let file = example_copy(
        &folder,
        "energy-transport-ministry.rbr.json",
        "ministry.rbr.json",
    );
    let before = std::fs::read(&file).expect("read");
    let recovery = dir.path().join("recovery");
    let mut h = harness(app(vec![Some(file.clone())], &recovery));
    click(&mut h, "Open…");
    type_into(&mut h, "Notes", "Նախարարի հանձնարարականը");
    // The shared drive goes away and a file stands where its folder was: the
    // save fails for any user, root included.
    let away = dir.path().join("shared-away");
    std::fs::rename(&folder, &away).expect("move the folder");
    std::fs::write(&folder, b"not a folder").expect("a file in its place");
    h.key_combination_modifiers(egui::Modifiers::COMMAND, &[Key::S]);
    h.run();
    let ctx = h.ctx.clone();
    h.state_mut().autosave_now(&ctx);
    h.run();
    // What failed, where, and what to do.
    for words in ["Could not save", "shared/", "“Save as”"] {
        assert!(
            h.query_by_label_contains(words).is_some(),
            "the message says {words}"
        );
    }
    assert!(h.state().doc.as_ref().is_some_and(|d| d.dirty()));
    assert!(
        h.get_by_label("Notes")
            .value()
            .is_some_and(|v| v.contains("Նախարարի հանձնարարականը")),
        "the typed text is still in the window"
    );
    assert_eq!(
        std::fs::read(away.join("ministry.rbr.json")).expect("read"),
        before,
        "file untouched"
    );
    assert_eq!(
        std::fs::read(&folder).expect("read"),
        b"not a folder",
        "nothing written over what stands in the folder's place"
    );
    let autosaved: Vec<_> = std::fs::read_dir(&recovery)
        .expect("recovery folder")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".rbr.json"))
        .map(|e| std::fs::read_to_string(e.path()).expect("read"))
        .collect();
    assert!(
        autosaved
            .iter()
            .any(|json| json.contains("Նախարարի հանձնարարականը")),
        "the autosave holds the work"
    );
}

#[test]
fn closing_the_window_asks_only_when_work_is_unsaved() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut h = energy_transport_questions(dir.path());
    // A close request from the window system, through the real frame path.
    let request_close = |h: &mut Harness<'_, App>| {
        h.input_mut()
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .events
            .push(egui::ViewportEvent::Close);
        h.run();
    };
    request_close(&mut h);
    assert!(
        h.query_by_label("Save changes?").is_none(),
        "nothing to save"
    );
    h.key_press(Key::Num4);
    h.run();
    request_close(&mut h);
    assert!(h.query_by_label("Save changes?").is_some());
    click(&mut h, "Cancel");
    assert!(h.query_by_label("Save changes?").is_none());
    assert_eq!(level_of(&h, "BR2.1"), Some(4), "the work is still there");
    request_close(&mut h);
    assert!(h.query_by_label("Save changes?").is_some(), "asks again");
}

/// An app on the questions screen of the energy and transport example.
fn energy_transport_questions(dir: &Path) -> Harness<'static, App> {
    let mut h = harness(app(vec![], &dir.join("recovery")));
    h.get_by_label_contains("Open example: energy-transport")
        .click();
    h.run();
    click(&mut h, "Questions");
    h
}

/// An Armenian file to work on, a file with a finding, and what may stay Latin.
fn armenian_fixture(dir: &Path) -> (PathBuf, PathBuf, LatinAllowed) {
    let file = example_copy(
        dir,
        "hy-territorial-administration.rbr.json",
        "hy-work.rbr.json",
    );
    let odd = dir.join("odd.rbr.json");
    std::fs::write(
        &odd,
        r#"{"format": "rbr-assessment", "format_version": 1, "questionnaire": {"id": "nato-rbr", "version": "1.0.0"},
           "meta": {"title": "Փորձ", "organisation": "Նախարարություն", "status": "draft", "language": "hy"},
           "answers": {"BR1.1": {"level": 7}}}"#,
    )
    .expect("write");
    let allowed = LatinAllowed::new(&[
        ".rbr.json",
        "hy-work.rbr.json",
        "odd.rbr.json",
        "hy-territorial-administration",
        "energy-transport-ministry",
        "national-2026",
        &dir.display().to_string(),
    ]);
    (file, odd, allowed)
}

#[test]
fn the_armenian_interface_has_no_english_left_on_any_screen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (file, odd, allowed) = armenian_fixture(dir.path());
    let recovery = dir.path().join("recovery");
    let mut h = harness(App::new(
        Prefs::default(),
        Box::new(ScriptedPicker::without_dialogs()),
        Some(recovery.clone()),
    ));
    // Switch the interface at once, from the window.
    click(&mut h, "Interface language");
    click(&mut h, "Հայերեն");
    assert_eq!(h.state().prefs.language, Some(rbr::i18n::Language::Hy));
    settle_start(&mut h);
    assert_armenian(&h, &allowed, "start");

    // Open a file (typed path: no dialogs), change it, leave it unsaved.
    let ctx = h.ctx.clone();
    h.state_mut().run(
        &ctx,
        Command::Open {
            path: file.clone(),
            read_only: false,
        },
    );
    h.run();
    assert_armenian(&h, &allowed, "questions");
    // The first question (BR1.1) does not accept N/A: N is refused, in Armenian,
    // and the question says so under its answer.
    h.key_press(Key::N);
    h.run();
    assert!(
        h.query_by_label_contains("հարցը հնարավոր չէ նշել որպես «կիրառելի չէ»")
            .is_some(),
        "the refusal is said in Armenian"
    );
    assert!(
        h.query_by_label_contains("պատասխանն այստեղ չի ընդունվում")
            .is_some(),
        "the question says N/A is not accepted, in Armenian"
    );
    assert_armenian(&h, &allowed, "questions, not applicable");
    // A level instead: the file now has unsaved work.
    h.key_press(Key::Num2);
    h.run();
    assert!(h.state().doc.as_ref().is_some_and(|doc| doc.dirty()));
    measured_figure_in_armenian(&mut h, &allowed);
    click(&mut h, "Ցուցադրել");
    assert_armenian(&h, &allowed, "questions, filter menu");
    h.key_press(Key::Escape);
    h.run();
    click(&mut h, "Ամփոփ վահանակ");
    click(&mut h, "Գնահատման տվյալները");
    assert_armenian(&h, &allowed, "dashboard with details");
    planning_figures_in_armenian(&mut h, &allowed);
    click(&mut h, "Ծրագիր");
    assert!(h.query_by_label("Գործողությունների ծրագիր").is_some());
    click(&mut h, "BR1.4 հարցի գործողությունների ծրագրի մանրամասները");
    assert!(h.query_by_label("Ավելացնել միջանկյալ փուլ").is_some());
    assert_armenian(&h, &allowed, "plan with a row's details");
    h.key_press(Key::F1);
    h.run();
    assert!(h.query_by_label("Ստեղնաշարի դյուրանցումներ").is_some());
    assert_armenian(&h, &allowed, "keyboard help");
    h.key_press(Key::F1);
    h.run();
    h.key_combination_modifiers(egui::Modifiers::COMMAND | egui::Modifiers::SHIFT, &[Key::S]);
    h.run();
    assert_armenian(&h, &allowed, "typed-path prompt");
    click(&mut h, "Չեղարկել");
    h.state_mut().autosave_now(&ctx);
    // Leaving unsaved work asks first.
    click(&mut h, "Սկիզբ");
    settle_start(&mut h);
    assert_armenian(&h, &allowed, "start with recent files");
    h.get_by_label_contains("Բացել օրինակը՝ national").click();
    h.run();
    assert!(h.query_by_label("Պահպանե՞լ փոփոխությունները։").is_some());
    assert_armenian(&h, &allowed, "save changes?");
    click(&mut h, "Չպահպանել");
    findings_in_armenian(&mut h, &odd, &allowed);
    // New assessment form.
    click(&mut h, "Սկիզբ");
    click(&mut h, "Նոր գնահատում");
    assert_armenian(&h, &allowed, "new assessment");
}

/// BR1.4 has a measured figure: its fields, the levels' figures and the level the
/// example's figure supports are Armenian.
fn measured_figure_in_armenian(h: &mut Harness<'_, App>, allowed: &LatinAllowed) {
    for _ in 0..3 {
        h.key_press(Key::PageDown);
        h.run();
    }
    assert_eq!(
        h.state().shown_question().map(|q| q.to_string()),
        Some("BR1.4".to_owned())
    );
    assert!(h.query_by_label_contains("Չափված ցուցանիշ՝").is_some());
    assert!(
        h.query_by_label_contains("Ցուցանիշը հիմնավորում է մինչև")
            .is_some()
    );
    assert_armenian(h, allowed, "question with a measured figure");
}

/// The dashboard's planning figures, with the questionnaire's defaults, are Armenian.
fn planning_figures_in_armenian(h: &mut Harness<'_, App>, allowed: &LatinAllowed) {
    click(h, "Պլանավորման ցուցանիշներ");
    assert!(
        h.query_by_label_contains("Հարցաշարի նախնական արժեքը՝ 100\u{a0}տուժած")
            .is_some()
    );
    assert_armenian(h, allowed, "dashboard with planning figures");
}

/// A file with findings, opened for review: the count, the finding and the
/// read-only notice are Armenian.
fn findings_in_armenian(h: &mut Harness<'_, App>, odd: &Path, allowed: &LatinAllowed) {
    let ctx = h.ctx.clone();
    h.state_mut().run(
        &ctx,
        Command::Open {
            path: odd.to_owned(),
            read_only: true,
        },
    );
    h.run();
    h.key_press(Key::Num2);
    h.run();
    assert!(h.query_by_label_contains("1 հայտնաբերված խնդիր").is_some());
    click(h, "Այս ֆայլում՝ 1 հայտնաբերված խնդիր");
    assert!(
        h.query_by_label_contains("BR1.1: 7 մակարդակը 0-ից մինչև 4 ամբողջ թիվ չէ")
            .is_some(),
        "the finding itself is in Armenian"
    );
    assert!(
        h.query_by_label_contains("բացված է ստուգման համար")
            .is_some()
    );
    assert_armenian(h, allowed, "findings and the read-only notice");
}

#[test]
fn a_file_answered_under_1_0_0_moves_to_1_3_0_and_lists_what_to_re_check() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("old.rbr.json");
    std::fs::copy(
        "tests/fixtures/national-2026-answered-under-1.0.0.rbr.json",
        &file,
    )
    .expect("copy");
    let mut h = harness(app(vec![Some(file.clone())], &dir.path().join("recovery")));
    click(&mut h, "Open…");
    assert!(
        h.query_by_label_contains("answered under nato-rbr 1.0.0")
            .is_some()
    );
    click(&mut h, "Move to version 1.3.0");
    let state = h.state();
    assert_eq!(state.view.questions.filter, rbr::app::Filter::Recheck);
    let doc = state.doc.as_ref().expect("doc");
    assert_eq!(doc.assessment().questionnaire.version, "1.3.0");
    let to_check: Vec<String> = state
        .view
        .questions
        .visible(doc)
        .iter()
        .map(|q| q.id.to_string())
        .collect();
    assert!(!to_check.is_empty(), "some answers need re-checking");
    // The first one shown says why, and can be confirmed.
    click(&mut h, "Questions");
    let shown = h.state().shown_question().expect("a question");
    assert!(
        h.query_by_label_contains("changed in version 1.3.0")
            .is_some()
    );
    click(&mut h, "The answer still holds");
    let doc = h.state().doc.as_ref().expect("doc");
    assert!(!doc.assessment().answer(&shown).is_some_and(|a| a.recheck));
    h.key_combination_modifiers(egui::Modifiers::COMMAND, &[Key::S]);
    h.run();
    let saved = read_json(&file);
    assert_eq!(saved["questionnaire"]["version"], "1.3.0");
    assert!(saved["answers"][shown.as_str()].get("recheck").is_none());
}

/// An app with a copy of the national example (submitted) open; with `who`, the
/// reviewer's identity is already in the preferences.
fn national_open(
    dir: &Path,
    read_only: bool,
    who: Option<&str>,
) -> (Harness<'static, App>, PathBuf) {
    // The example as it stood when first submitted: no trail yet.
    let file = dir.join("national.rbr.json");
    let mut json = read_json(Path::new("assessments/examples/national-2026.rbr.json"));
    json.as_object_mut().expect("object").remove("review");
    json["meta"]["status"] = "submitted".into();
    std::fs::write(&file, serde_json::to_vec_pretty(&json).expect("JSON")).expect("write");
    let prefs = Prefs {
        identity: who.map(|name| rbr::app::Identity {
            name: name.to_owned(),
            role: "reviewer".to_owned(),
            organisation: "Office of the Prime Minister".to_owned(),
            position: "Head of the Office".to_owned(),
            ..rbr::app::Identity::default()
        }),
        ..Prefs::default()
    };
    let app = App::new(
        prefs,
        Box::new(ScriptedPicker::new(vec![])),
        Some(dir.join("recovery")),
    );
    let mut h = harness(app);
    let ctx = h.ctx.clone();
    h.state_mut().run(
        &ctx,
        Command::Open {
            path: file.clone(),
            read_only,
        },
    );
    h.run();
    (h, file)
}

/// Scrolls a widget into view, as a person would, and clicks it.
fn press(h: &mut Harness<'_, App>, label: &str) {
    h.get_by_label(label).scroll_to_me();
    h.run();
    click(h, label);
}

fn comment_on_shown(h: &mut Harness<'_, App>, text: &str) {
    h.get_by_label("New comment").scroll_to_me();
    h.run();
    type_into(h, "New comment", text);
    press(h, "Add comment");
}

/// A workflow button, its note typed in the dialog, recorded.
fn act(h: &mut Harness<'_, App>, button: &str, note: &str) {
    h.get_by_role_and_label(egui::accesskit::Role::Button, button)
        .click();
    h.run();
    if !note.is_empty() {
        type_into(h, "Note", note);
    }
    click(h, "Record");
}

fn status_of(file: &Path) -> Value {
    read_json(file)["meta"]["status"].clone()
}

#[test]
fn a_comment_asks_who_is_reviewing_once_and_is_saved_with_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, file) = national_open(dir.path(), false, None);
    let question = h.state().shown_question().expect("a question").to_string();
    comment_on_shown(&mut h, "Which plan is the evidence?");
    // Nobody is named yet: the app asks, then adds the comment.
    type_into(&mut h, "Your name", "Ani Petrosyan");
    type_into(&mut h, "Your role", "reviewer");
    type_into(&mut h, "Your organisation", "Office of the Prime Minister");
    click(&mut h, "Continue");
    assert_eq!(
        h.state().prefs.identity.as_ref().map(|i| i.name.as_str()),
        Some("Ani Petrosyan"),
        "kept in the preferences"
    );
    assert!(h.query_by_label("Which plan is the evidence?").is_some());
    assert!(h.query_by_label("Review comments (1 open)").is_some());
    // A second comment does not ask again.
    comment_on_shown(&mut h, "And who signed it?");
    assert!(h.query_by_label("Your name").is_none());
    click(&mut h, "Save");
    let saved = read_json(&file);
    let comments = &saved["review"]["comments"];
    assert_eq!(comments[0]["question"], question.as_str());
    assert_eq!(comments[0]["author"], "Ani Petrosyan");
    assert_eq!(comments[0]["text"], "Which plan is the evidence?");
    assert_eq!(comments[0]["state"], "open");
    assert_eq!(comments[1]["text"], "And who signed it?");
    assert!(
        !saved.to_string().contains("Office of the Prime Minister"),
        "a comment names its author; the role and organisation stay in the preferences"
    );
}

#[test]
fn a_submitted_file_is_returned_to_draft_with_a_note_and_an_event() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, file) = national_open(dir.path(), false, Some("Ani Petrosyan"));
    // Returning needs an open comment saying what to change.
    act(&mut h, "Return to draft", "Evidence missing");
    assert!(
        h.query_by_label_contains("add at least one open comment")
            .is_some()
    );
    click(&mut h, "Cancel");
    comment_on_shown(&mut h, "Attach the signed plan.");
    act(&mut h, "Return to draft", "Evidence missing for BR1.1");
    assert!(
        h.query_by_role_and_label(egui::accesskit::Role::Button, "Submit")
            .is_some()
    );
    click(&mut h, "Save");
    let saved = read_json(&file);
    assert_eq!(saved["meta"]["status"], "draft");
    let event = &saved["review"]["events"][0];
    assert_eq!(event["action"], "returned");
    assert_eq!(event["status_before"], "submitted");
    assert_eq!(event["status_after"], "draft");
    assert_eq!(event["note"], "Evidence missing for BR1.1");
    assert_eq!(event["who"]["name"], "Ani Petrosyan");
    assert_eq!(event["who"]["organisation"], "Office of the Prime Minister");
}

#[test]
fn approval_is_refused_while_a_comment_is_open_then_given() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, file) = national_open(dir.path(), false, Some("Ani Petrosyan"));
    comment_on_shown(&mut h, "Check the date of the plan.");
    act(&mut h, "Mark reviewed", "");
    act(&mut h, "Approve", "");
    assert!(
        h.query_by_label_contains("1 comment is still open")
            .is_some(),
        "the refusal says why"
    );
    assert_eq!(
        h.state().doc.as_ref().and_then(|d| d.assessment().status()),
        Some(rbr::assessment::Status::Reviewed)
    );
    click(&mut h, "Cancel");
    press(&mut h, "Resolve");
    assert!(h.query_by_label("Review comments (0 open)").is_some());
    act(&mut h, "Approve", "Signed off");
    click(&mut h, "Save");
    assert_eq!(status_of(&file), "approved");
    let events = read_json(&file)["review"]["events"].clone();
    assert_eq!(events[1]["action"], "approved");
    // Approved, the answers are locked until the file is reopened.
    let question = h.state().shown_question().expect("a question");
    let before = h
        .state()
        .doc
        .as_ref()
        .map(|d| d.assessment().answer(&question).cloned());
    h.key_press(Key::Num0);
    h.run();
    let after = h
        .state()
        .doc
        .as_ref()
        .map(|d| d.assessment().answer(&question).cloned());
    assert_eq!(before, after);
    // The history says the chain holds and the content is that of the last event.
    click(&mut h, "Dashboard");
    press(&mut h, "History (2 events)");
    assert!(
        h.query_by_label_contains("The chain holds: 2 events")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("The content is unchanged since event 2")
            .is_some()
    );
}

#[test]
fn a_file_open_for_review_takes_a_comment_but_not_a_level() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, file) = national_open(dir.path(), true, Some("Ani Petrosyan"));
    let answers_before = read_json(&file)["answers"].clone();
    h.key_press(Key::Num0);
    h.run();
    assert!(
        !h.state().doc.as_ref().expect("doc").dirty(),
        "no level set"
    );
    comment_on_shown(&mut h, "The level seems high.");
    click(&mut h, "Save");
    let saved = read_json(&file);
    assert_eq!(saved["answers"], answers_before, "answers untouched");
    assert_eq!(
        saved["review"]["comments"][0]["text"],
        "The level seems high."
    );
    assert!(
        h.state().doc.as_ref().expect("doc").read_only(),
        "still for review"
    );
}

#[test]
fn the_armenian_review_has_no_english_left() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (file, _, allowed) = armenian_fixture(dir.path());
    let mut h = harness(App::new(
        Prefs::default(),
        Box::new(ScriptedPicker::without_dialogs()),
        Some(dir.path().join("recovery")),
    ));
    click(&mut h, "Interface language");
    click(&mut h, "Հայերեն");
    let ctx = h.ctx.clone();
    h.state_mut().run(
        &ctx,
        Command::Open {
            path: file,
            read_only: true,
        },
    );
    h.run();
    h.get_by_label("Նոր մեկնաբանություն").scroll_to_me();
    h.run();
    type_into(&mut h, "Նոր մեկնաբանություն", "Ո՞ր որոշումն է հիմքը։");
    press(&mut h, "Ավելացնել մեկնաբանություն");
    assert_armenian(&h, &allowed, "who is reviewing?");
    type_into(&mut h, "Ձեր անունը", "Անի Պետրոսյան");
    type_into(&mut h, "Ձեր դերը", "ստուգող");
    type_into(&mut h, "Ձեր կազմակերպությունը", "Վարչապետի աշխատակազմ");
    click(&mut h, "Շարունակել");
    assert!(h.query_by_label("Ո՞ր որոշումն է հիմքը։").is_some());
    assert_armenian(&h, &allowed, "comments");
    let first = h
        .state()
        .doc
        .as_ref()
        .and_then(|d| d.assessment().status())
        .and_then(|s| rbr::review::allowed(s).first().copied())
        .expect("an action");
    h.state_mut().run(&ctx, Command::AskAction(first));
    h.run();
    assert_armenian(&h, &allowed, "the note of an action");
    click(&mut h, "Չեղարկել");
    click(&mut h, "Ամփոփ վահանակ");
    press(&mut h, "Պատմություն (0 իրադարձություն)");
    assert_armenian(&h, &allowed, "history");
}

#[test]
fn a_comment_on_the_whole_assessment_is_made_on_the_dashboard() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (mut h, file) = national_open(dir.path(), false, Some("Ani Petrosyan"));
    click(&mut h, "Dashboard");
    click(&mut h, "Comments on the whole assessment (0 open)");
    assert!(
        h.query_by_label("No comments on the assessment as a whole.")
            .is_some()
    );
    comment_on_shown(&mut h, "Which regions took part in the exercises?");
    assert!(
        h.query_by_label_contains("Comments on the whole assessment (1 open)")
            .is_some()
    );
    click(&mut h, "Save");
    let comment = &read_json(&file)["review"]["comments"][0];
    assert_eq!(comment["text"], "Which regions took part in the exercises?");
    assert!(
        comment.get("question").is_none(),
        "on no question: {comment}"
    );
}
