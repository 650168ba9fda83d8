//! A colleague saves the same file while it is open: Ctrl+S does not overwrite
//! their change unseen. The dialog names what changed on disk, and each way on
//! (combine, save mine as a copy, overwrite after a confirmation) does what it says.

mod common;

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rbr::app::App;
use serde_json::Value;

use common::app::{app, click, example_copy, harness, read_json};

fn draft(dir: &Path) -> PathBuf {
    example_copy(dir, "energy-transport-ministry.rbr.json", "energy.rbr.json")
}

/// Opens `file` with these answers to the file dialogs after it, and sets the
/// shown question (BR2.1, answered 1 in the example) to level 3.
fn open_and_answer(dir: &Path, file: &Path, picks: Vec<Option<PathBuf>>) -> Harness<'static, App> {
    let mut answers = vec![Some(file.to_owned())];
    answers.extend(picks);
    let mut h = harness(app(answers, &dir.join("recovery")));
    click(&mut h, "Open…");
    h.key_press(Key::Num3);
    h.run();
    h
}

/// A colleague's save: the level of `question` set to `level` in the file on disk.
fn colleague_sets(file: &Path, question: &str, level: u8) -> Vec<u8> {
    let mut json = read_json(file);
    json["answers"][question]["level"] = Value::from(level);
    let bytes = serde_json::to_vec_pretty(&json).expect("JSON");
    std::fs::write(file, &bytes).expect("their save");
    bytes
}

fn save(h: &mut Harness<'_, App>) {
    h.key_combination_modifiers(Modifiers::COMMAND, &[Key::S]);
    h.run();
}

fn level(file: &Path, question: &str) -> Value {
    read_json(file)["answers"][question]["level"].clone()
}

#[test]
fn a_change_on_disk_is_not_overwritten_and_combining_keeps_both() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = draft(dir.path());
    let mut h = open_and_answer(dir.path(), &file, Vec::new());
    let theirs = colleague_sets(&file, "BR2.2", 4);
    save(&mut h);
    assert!(h.query_by_label("The file has changed on disk").is_some());
    assert!(h.query_by_label("Changed there: BR2.2.").is_some());
    assert_eq!(
        std::fs::read(&file).expect("file"),
        theirs,
        "not overwritten"
    );
    click(&mut h, "Combine and save");
    assert_eq!(level(&file, "BR2.1"), 3, "mine");
    assert_eq!(level(&file, "BR2.2"), 4, "theirs");
    assert!(h.state().doc.as_ref().is_some_and(|d| !d.dirty()));
    // Saved again with no one else's change between: no question asked.
    h.key_press(Key::Num2);
    h.run();
    save(&mut h);
    assert!(h.query_by_label("The file has changed on disk").is_none());
    assert_eq!(level(&file, "BR2.1"), 2);
}

#[test]
fn a_second_change_while_the_dialog_is_open_is_not_overwritten_by_combining() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = draft(dir.path());
    let mut h = open_and_answer(dir.path(), &file, Vec::new());
    colleague_sets(&file, "BR2.2", 4);
    save(&mut h);
    assert!(h.query_by_label("Changed there: BR2.2.").is_some());
    // They save once more while the dialog is open.
    let again = colleague_sets(&file, "BR2.3", 0);
    click(&mut h, "Combine and save");
    assert_eq!(
        std::fs::read(&file).expect("file"),
        again,
        "not overwritten"
    );
    assert!(h.query_by_label("The file has changed on disk").is_some());
    assert!(h.query_by_label("Changed there: BR2.3.").is_some());
    click(&mut h, "Combine and save");
    assert_eq!(level(&file, "BR2.1"), 3, "mine");
    assert_eq!(level(&file, "BR2.2"), 4, "their first change");
    assert_eq!(level(&file, "BR2.3"), 0, "their second change");
}

#[test]
fn an_autosave_after_a_change_on_disk_leaves_their_file_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = draft(dir.path());
    let mut h = open_and_answer(dir.path(), &file, Vec::new());
    let theirs = colleague_sets(&file, "BR2.2", 4);
    // Autosave writes the recovery folder only: their file is as they saved it, and
    // my unsaved level is safe beside it.
    let ctx = h.ctx.clone();
    h.state_mut().autosave_now(&ctx);
    h.run();
    assert_eq!(
        std::fs::read(&file).expect("file"),
        theirs,
        "not overwritten"
    );
    let recovered: Vec<PathBuf> = std::fs::read_dir(dir.path().join("recovery"))
        .expect("recovery folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".rbr.json"))
        .collect();
    assert_eq!(recovered.len(), 1, "{recovered:?}");
    assert_eq!(level(&recovered[0], "BR2.1"), 3, "my unsaved work");
    // The save after it still sees their change and asks.
    save(&mut h);
    assert!(h.query_by_label("The file has changed on disk").is_some());
    assert_eq!(std::fs::read(&file).expect("file"), theirs);
}

#[test]
fn a_question_changed_on_both_sides_is_settled_by_the_person() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = draft(dir.path());
    let mut h = open_and_answer(dir.path(), &file, Vec::new());
    colleague_sets(&file, "BR2.1", 0);
    save(&mut h);
    assert!(
        h.query_by_label(
            "Changed here and there, differently: yours are kept unless you tick theirs."
        )
        .is_some()
    );
    click(&mut h, "Take theirs for BR2.1");
    click(&mut h, "Combine and save");
    assert_eq!(level(&file, "BR2.1"), 0, "theirs, as ticked");
}

#[test]
fn overwriting_asks_twice_and_a_copy_leaves_their_file_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = draft(dir.path());
    let copy = dir.path().join("mine.rbr.json");
    let mut h = open_and_answer(dir.path(), &file, vec![Some(copy.clone())]);
    let theirs = colleague_sets(&file, "BR2.2", 4);
    save(&mut h);
    click(&mut h, "Save mine as a copy…");
    assert_eq!(
        std::fs::read(&file).expect("file"),
        theirs,
        "theirs untouched"
    );
    assert_eq!(level(&copy, "BR2.1"), 3);
    assert_eq!(level(&copy, "BR2.2"), 2, "the copy is mine alone");

    let dir = tempfile::tempdir().expect("temp dir");
    let file = draft(dir.path());
    let mut h = open_and_answer(dir.path(), &file, Vec::new());
    colleague_sets(&file, "BR2.2", 4);
    save(&mut h);
    click(&mut h, "Overwrite…");
    assert!(
        h.query_by_label_contains("Their changes will be lost")
            .is_some()
    );
    assert_eq!(level(&file, "BR2.2"), 4, "not yet");
    click(&mut h, "Yes, overwrite their changes");
    assert_eq!(level(&file, "BR2.1"), 3);
    assert_eq!(level(&file, "BR2.2"), 2, "overwritten, as confirmed");
}
