//! The app's Combine screen, driven by its accessible labels: a coordinator adds
//! ministries' files, sees who covers which area and every conflict, settles the
//! conflicts and saves the combined assessment, which the app then opens. The
//! files combined are never changed.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rbr::app::{App, Prefs, Screen, ScriptedPicker};
use serde_json::{Value, json};

mod common;
use common::app::{LatinAllowed, assert_armenian, click, harness, read_json, type_into, type_path};

const ENERGY: &str = "assessments/examples/energy-transport-ministry.rbr.json";
const NATIONAL: &str = "assessments/examples/national-2026.rbr.json";

/// The energy ministry's file (scope BR2, BR7), as shipped.
fn energy(dir: &Path) -> PathBuf {
    let path = dir.join("energy.rbr.json");
    std::fs::copy(ENERGY, &path).expect("copy");
    path
}

/// A ministry's draft made from the national example: no review, no plan, the
/// given scope. With `conflict`, its BR2 answers are the energy file's except
/// BR2.1, answered 3 with its own evidence (the energy file says 1).
fn ministry(dir: &Path, name: &str, scope: &[&str], conflict: bool) -> PathBuf {
    let mut file: Value = read_json(Path::new(NATIONAL));
    let object = file.as_object_mut().expect("object");
    object.remove("review");
    object.remove("plan");
    file["meta"]["status"] = json!("draft");
    file["meta"]["title"] = json!("Interior ministry draft");
    file["meta"]["scope"] = json!(scope);
    if conflict {
        let energy = read_json(Path::new(ENERGY));
        for (id, answer) in energy["answers"].as_object().expect("answers") {
            if id.starts_with("BR2.") {
                file["answers"][id] = answer.clone();
            }
        }
        file["answers"]["BR2.1"]["level"] = json!(3);
        file["answers"]["BR2.1"]["evidence"] = json!("Interior grid survey 2026");
        file["targets"] = json!({});
    }
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_vec_pretty(&file).expect("JSON")).expect("write");
    path
}

/// An app whose file dialog chooses `batch` when adding and `save` when saving.
fn combine_app(dir: &Path, batch: Vec<PathBuf>, save: Option<PathBuf>) -> Harness<'static, App> {
    let picker = ScriptedPicker::new([save]).with_batches([batch]);
    let mut h = harness(App::new(
        Prefs::default(),
        Box::new(picker),
        Some(dir.join("recovery")),
    ));
    click(&mut h, "Combine files…");
    assert!(matches!(h.state().view.screen, Screen::Combine(_)));
    h
}

/// What the files hold, byte for byte.
fn bytes(paths: &[&Path]) -> Vec<Vec<u8>> {
    paths
        .iter()
        .map(|p| std::fs::read(p).expect("read"))
        .collect()
}

/// The files the Combine screen lists, by name.
fn listed(h: &Harness<'_, App>) -> Vec<String> {
    let Screen::Combine(state) = &h.state().view.screen else {
        return Vec::new();
    };
    state
        .sources
        .iter()
        .map(|s| s.source.file.clone())
        .collect()
}

fn save_enabled(h: &Harness<'_, App>) -> bool {
    use egui_kittest::kittest::NodeT;
    !h.get_by_label("Save combined assessment…")
        .accesskit_node()
        .is_disabled()
}

/// The combined file of the disjoint test: the union, with where each answer came
/// from, and nothing of the sources' review or plan.
fn check_union(out: &Path) {
    let saved = read_json(out);
    assert_eq!(saved["meta"]["title"], "National assessment 2027");
    assert_eq!(saved["meta"]["organisation"], "Crisis Coordination Office");
    assert_eq!(saved["meta"]["status"], "draft");
    assert_eq!(
        saved["meta"]["scope"],
        json!(["BR1", "BR2", "BR3", "BR4", "BR5", "BR6", "BR7"])
    );
    let merged_from = saved["meta"]["merged_from"]
        .as_array()
        .expect("merged_from");
    let names: Vec<&str> = merged_from
        .iter()
        .filter_map(|s| s["file"].as_str())
        .collect();
    assert_eq!(names, ["energy.rbr.json", "interior.rbr.json"]);
    assert_eq!(
        saved["answers"]["BR2.1"]["level"], 1,
        "from the energy file"
    );
    assert_eq!(
        saved["answers"]["BR2.1"]["sources"][0]["file"],
        "energy.rbr.json"
    );
    assert_eq!(
        saved["answers"]["BR1.1"]["level"], 3,
        "from the interior file"
    );
    assert_eq!(
        saved["answers"]["BR1.1"]["sources"][0]["file"],
        "interior.rbr.json"
    );
    assert!(saved.get("review").is_none() && saved.get("plan").is_none());
}

#[test]
fn combining_disjoint_files_saves_the_union_and_opens_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let energy = energy(dir.path());
    let interior = ministry(
        dir.path(),
        "interior.rbr.json",
        &["BR1", "BR3", "BR4", "BR5", "BR6"],
        false,
    );
    let before = bytes(&[&energy, &interior]);
    let out = dir.path().join("national.rbr.json");
    let mut h = combine_app(
        dir.path(),
        vec![energy.clone(), interior.clone()],
        Some(out.clone()),
    );
    assert!(!save_enabled(&h), "nothing to combine yet");
    click(&mut h, "Add files…");
    assert_eq!(listed(&h), ["energy.rbr.json", "interior.rbr.json"]);
    assert!(
        h.query_by_label("areas: BR2, BR7").is_some(),
        "the scope is shown"
    );
    assert!(
        h.query_by_label("No conflicts: the files agree wherever they overlap.")
            .is_some()
    );
    assert!(
        h.query_by_label("no file: not covered").is_none(),
        "every area covered"
    );
    type_into(&mut h, "Title", "National assessment 2027");
    type_into(&mut h, "Organisation", "Crisis Coordination Office");
    assert!(save_enabled(&h));
    click(&mut h, "Save combined assessment…");

    // The result is open, and says where it came from.
    assert!(matches!(h.state().view.screen, Screen::Questions));
    let doc = h.state().doc.as_ref().expect("opened");
    assert_eq!(doc.path(), Some(out.as_path()));
    assert!(
        h.query_by_label_contains("Combined from 2 files into")
            .is_some(),
        "the notice says so"
    );
    check_union(&out);
    assert_eq!(
        before,
        bytes(&[&energy, &interior]),
        "the sources are byte-identical"
    );
    // Its history names the files it was made from, with their fingerprints.
    click(&mut h, "Dashboard");
    click(&mut h, "History (0 events)");
    assert!(h.query_by_label("Combined from 2 files:").is_some());
    let energy_sha = rbr::hash::fingerprint(&before[0]);
    assert!(
        h.query_by_label_contains(&format!("energy.rbr.json  SHA-256 {energy_sha}"))
            .is_some()
    );
}

#[test]
fn a_conflict_is_settled_by_choosing_a_side_before_saving() {
    let dir = tempfile::tempdir().expect("temp dir");
    let energy = energy(dir.path());
    let interior = ministry(dir.path(), "interior.rbr.json", &["BR1", "BR2"], true);
    let before = bytes(&[&energy, &interior]);
    let out = dir.path().join("national.rbr.json");
    let mut h = combine_app(
        dir.path(),
        vec![energy.clone(), interior.clone()],
        Some(out.clone()),
    );
    click(&mut h, "Add files…");
    assert!(
        h.query_by_label("1 conflict: a question the files answer differently")
            .is_some()
    );
    // Side by side: each file's answer, and areas nobody covers are marked.
    assert!(
        h.query_by_label("BR2.1: take energy.rbr.json (level 1)")
            .is_some()
    );
    assert!(
        h.query_by_label("BR2.1: take interior.rbr.json (level 3)")
            .is_some()
    );
    assert_eq!(
        h.query_all_by_label("no file: not covered").count(),
        4,
        "BR3 to BR6"
    );
    assert!(h.query_by_label("1 conflict is left to settle.").is_some());
    assert!(!save_enabled(&h), "a conflict must be settled first");
    click(&mut h, "Save combined assessment…");
    assert!(!out.exists());

    click(&mut h, "BR2.1: take interior.rbr.json (level 3)");
    assert!(h.query_by_label("Every conflict is settled.").is_some());
    assert!(save_enabled(&h));
    click(&mut h, "Save combined assessment…");
    let saved = read_json(&out);
    let answer = &saved["answers"]["BR2.1"];
    assert_eq!(answer["level"], 3, "the side chosen");
    assert_eq!(answer["evidence"], "Interior grid survey 2026");
    let notes = answer["notes"].as_str().expect("notes");
    assert!(notes.contains("energy.rbr.json"), "{notes}");
    let energy_evidence = read_json(&energy)["answers"]["BR2.1"]["evidence"]
        .as_str()
        .expect("evidence")
        .to_owned();
    assert!(
        notes.contains(&energy_evidence),
        "the loser's evidence: {notes}"
    );
    let files: Vec<&str> = answer["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .filter_map(|s| s["file"].as_str())
        .collect();
    assert!(files.contains(&"interior.rbr.json"), "{files:?}");
    assert_eq!(
        saved["meta"]["merged_from"].as_array().map(Vec::len),
        Some(2)
    );
    assert_eq!(
        before,
        bytes(&[&energy, &interior]),
        "the sources are byte-identical"
    );
}

#[test]
fn preferring_a_file_settles_its_conflicts_and_removing_it_unsettles_nothing_else() {
    let dir = tempfile::tempdir().expect("temp dir");
    let energy = energy(dir.path());
    let interior = ministry(dir.path(), "interior.rbr.json", &["BR1", "BR2"], true);
    let mut h = combine_app(dir.path(), vec![energy, interior.clone(), interior], None);
    click(&mut h, "Add files…");
    assert!(
        h.query_by_label_contains("interior.rbr.json is already in the list")
            .is_some(),
        "a file is added once"
    );
    click(&mut h, "Prefer energy.rbr.json in every conflict");
    assert!(h.query_by_label("Every conflict is settled.").is_some());
    click(&mut h, "Remove interior.rbr.json");
    assert_eq!(listed(&h), ["energy.rbr.json"]);
    assert!(
        h.query_by_label("Add at least two files to combine.")
            .is_some()
    );
    assert!(!save_enabled(&h));
}

#[test]
fn without_file_dialogs_files_are_typed_one_at_a_time_and_a_broken_one_is_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let energy = energy(dir.path());
    let interior = ministry(dir.path(), "interior.rbr.json", &["BR1"], false);
    let broken = dir.path().join("broken.rbr.json");
    std::fs::write(&broken, "{ not json").expect("write");
    let mut h = harness(App::new(
        Prefs::default(),
        Box::new(ScriptedPicker::without_dialogs()),
        Some(dir.path().join("recovery")),
    ));
    click(&mut h, "Combine files…");
    for path in [&energy, &broken, &interior] {
        click(&mut h, "Add files…");
        assert!(h.query_by_label("Add a file to combine").is_some());
        type_path(&mut h, path);
        click(&mut h, "Add this file");
    }
    assert!(
        h.query_by_label_contains("broken.rbr.json").is_some(),
        "the notice names the file"
    );
    assert_eq!(listed(&h), ["energy.rbr.json", "interior.rbr.json"]);
    // The result may not overwrite a source.
    click(&mut h, "Save combined assessment…");
    assert!(
        h.query_by_label("Save the combined assessment as")
            .is_some()
    );
    type_path(&mut h, &energy);
    click(&mut h, "Save to this path");
    assert!(
        h.query_by_label_contains("is one of the files combined")
            .is_some()
    );
    assert_eq!(
        std::fs::read(&energy).expect("read"),
        std::fs::read(ENERGY).expect("read")
    );
    click(&mut h, "Save combined assessment…");
    type_path(&mut h, &dir.path().join("typed"));
    click(&mut h, "Save to this path");
    let saved = read_json(&dir.path().join("typed.rbr.json"));
    assert_eq!(saved["meta"]["scope"], json!(["BR1", "BR2", "BR7"]));
}

#[test]
fn the_armenian_combine_screen_has_no_english_left() {
    let dir = tempfile::tempdir().expect("temp dir");
    let energy = energy(dir.path());
    let interior = ministry(dir.path(), "interior.rbr.json", &["BR1", "BR2"], true);
    let picker = ScriptedPicker::new(Vec::new()).with_batches([vec![energy, interior]]);
    let mut h = harness(App::new(
        Prefs::default(),
        Box::new(picker),
        Some(dir.path().join("recovery")),
    ));
    click(&mut h, "Interface language");
    click(&mut h, "Հայերեն");
    click(&mut h, "Միավորել ֆայլերը…");
    let energy_meta = read_json(Path::new(ENERGY))["meta"].clone();
    let national_meta = read_json(Path::new(NATIONAL))["meta"].clone();
    let allowed = LatinAllowed::new(&[
        ".rbr.json",
        "energy.rbr.json",
        "interior.rbr.json",
        "Interior ministry draft",
        energy_meta["title"].as_str().unwrap_or_default(),
        energy_meta["organisation"].as_str().unwrap_or_default(),
        national_meta["organisation"].as_str().unwrap_or_default(),
    ]);
    assert_armenian(&h, &allowed, "combine, no file");
    click(&mut h, "Ավելացնել ֆայլեր…");
    assert!(
        h.query_by_label("BR2.1՝ ընտրել interior.rbr.json ֆայլը (մակարդակ՝ 3)")
            .is_some()
    );
    assert_armenian(&h, &allowed, "combine, a conflict");
    click(&mut h, "BR2.1՝ ընտրել energy.rbr.json ֆայլը (մակարդակ՝ 1)");
    assert_armenian(&h, &allowed, "combine, settled");
}
