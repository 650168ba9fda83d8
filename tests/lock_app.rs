//! Who has a file open: the lock file's life beside an assessment open for
//! editing, another person's lock answered with review or "edit anyway", a lock
//! left by a crash taken over, and a drive where no lock can be made.

mod common;

use std::path::{Path, PathBuf};

use egui_kittest::kittest::Queryable;
use rbr::app::Command;
use rbr::storage::lock::{self, LockInfo};

use common::app::{app, click, example_copy, harness};

fn draft(dir: &Path, name: &str) -> PathBuf {
    example_copy(dir, "energy-transport-ministry.rbr.json", name)
}

fn now() -> String {
    rbr::assessment::format_timestamp(time::OffsetDateTime::now_utc())
}

fn someone_else(heartbeat: String) -> LockInfo {
    LockInfo {
        name: "Tomas Verin".into(),
        computer: "SC-PC-40".into(),
        since: "2026-12-06T08:00:00Z".into(),
        heartbeat,
        pid: Some(1),
    }
}

/// This user's lock on this computer, written by process `pid`.
fn ours(pid: u32) -> LockInfo {
    LockInfo {
        name: lock::system_user(),
        computer: lock::computer(),
        since: "2026-12-05T08:00:00Z".into(),
        heartbeat: now(),
        pid: Some(pid),
    }
}

/// A process that ran and is gone: what a crashed rbr leaves behind.
fn ended_process() -> u32 {
    let mut child = std::process::Command::new("true")
        .spawn()
        .expect("a process");
    child.wait().expect("it ends");
    child.id()
}

#[test]
fn the_lock_is_made_on_opening_refreshed_and_removed_when_another_file_replaces_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let first = draft(dir.path(), "energy.rbr.json");
    let second = draft(dir.path(), "transport.rbr.json");
    let mut h = harness(app(
        vec![Some(first.clone()), Some(second.clone())],
        &dir.path().join("recovery"),
    ));
    click(&mut h, "Open…");
    let held = lock::read(&first).expect("a lock beside the file");
    assert_eq!(held.computer, lock::computer());
    assert_eq!(
        held.name,
        lock::system_user(),
        "no review identity: the system user"
    );
    assert!(lock::path(&first).ends_with(".~lock.energy.rbr.json#"));
    // Refreshed: the heartbeat moves, the time it was opened stays.
    let mut old = held.clone();
    old.heartbeat = "2026-01-01T00:00:00Z".into();
    lock::write(&first, &old).expect("rewind the heartbeat");
    h.state_mut().refresh_lock(true);
    let refreshed = lock::read(&first).expect("still there");
    assert_ne!(refreshed.heartbeat, old.heartbeat);
    assert_eq!(refreshed.since, held.since);
    // Another file opened: the first one's lock goes, the second has one.
    click(&mut h, "Start");
    click(&mut h, "Open…");
    assert!(lock::read(&first).is_none(), "released");
    assert!(lock::read(&second).is_some());
    // Leaving the app releases it too.
    let ctx = h.ctx.clone();
    h.state_mut().run(&ctx, Command::Quit);
    assert!(lock::read(&second).is_none());
}

#[test]
fn another_persons_lock_offers_review_or_editing_anyway() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = draft(dir.path(), "energy.rbr.json");
    lock::write(&file, &someone_else(now())).expect("their lock");
    let mut h = harness(app(
        vec![Some(file.clone()), Some(file.clone())],
        &dir.path().join("recovery"),
    ));
    click(&mut h, "Open…");
    assert!(
        h.query_by_label_contains("Open for editing by Tomas Verin on SC-PC-40 since")
            .is_some()
    );
    assert!(h.state().doc.is_none(), "nothing opened before the choice");
    click(&mut h, "Open for review (read-only)");
    let doc = h.state().doc.as_ref().expect("opened");
    assert!(doc.read_only());
    assert_eq!(
        lock::read(&file).map(|l| l.name),
        Some("Tomas Verin".into()),
        "theirs stays"
    );
    // Edit anyway: opened for editing, and the lock is now this app's.
    click(&mut h, "Start");
    click(&mut h, "Open…");
    click(&mut h, "Edit anyway");
    assert!(!h.state().doc.as_ref().expect("opened").read_only());
    assert_eq!(lock::read(&file).map(|l| l.name), Some(lock::system_user()));
}

#[test]
fn a_lock_left_by_a_crash_is_taken_over_without_asking() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = draft(dir.path(), "energy.rbr.json");
    // This user on this computer, from an rbr that is gone: a crash left it.
    let ours = ours(ended_process());
    lock::write(&file, &ours).expect("our old lock");
    let mut h = harness(app(vec![Some(file.clone())], &dir.path().join("recovery")));
    click(&mut h, "Open…");
    assert!(h.query_by_label_contains("Open for editing by").is_none());
    assert_ne!(lock::read(&file).map(|l| l.since), Some(ours.since));
    // Someone else's, not refreshed for ten minutes: taken over too.
    let other = draft(dir.path(), "transport.rbr.json");
    lock::write(&other, &someone_else("2026-01-01T00:00:00Z".into())).expect("stale lock");
    let mut h = harness(app(
        vec![Some(other.clone())],
        &dir.path().join("recovery2"),
    ));
    click(&mut h, "Open…");
    assert!(h.state().doc.as_ref().is_some_and(|d| !d.read_only()));
    assert_eq!(
        lock::read(&other).map(|l| l.name),
        Some(lock::system_user())
    );
}

#[test]
fn a_second_window_of_the_same_person_is_told_the_file_is_open() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = draft(dir.path(), "energy.rbr.json");
    // The first window: another process of this user on this computer, still running.
    let mut first = std::process::Command::new("sleep")
        .arg("60")
        .spawn()
        .expect("a process");
    lock::write(&file, &ours(first.id())).expect("the first window's lock");
    let mut h = harness(app(
        vec![Some(file.clone()), Some(file.clone())],
        &dir.path().join("recovery"),
    ));
    click(&mut h, "Open…");
    assert!(
        h.query_by_label("This file is open in another rbr window")
            .is_some()
    );
    assert!(
        h.query_by_label_contains("If you edit it in both windows")
            .is_some()
    );
    assert!(h.state().doc.is_none(), "nothing opened yet");
    click(&mut h, "Open for review (read-only)");
    assert!(h.state().doc.as_ref().is_some_and(|d| d.read_only()));
    assert_eq!(
        lock::read(&file).and_then(|l| l.pid),
        Some(first.id()),
        "the first window keeps its lock"
    );
    // Once the first window has gone (a crash), its lock is taken over.
    first.kill().expect("kill");
    first.wait().expect("reaped");
    click(&mut h, "Start");
    click(&mut h, "Open…");
    assert!(h.state().doc.as_ref().is_some_and(|d| !d.read_only()));
    assert_eq!(
        lock::read(&file).and_then(|l| l.pid),
        Some(std::process::id())
    );
}

#[test]
fn a_drive_where_no_lock_can_be_made_changes_nothing_else() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = draft(dir.path(), "energy.rbr.json");
    // A folder where the lock file would go: no one, root included, can write it.
    std::fs::create_dir(lock::path(&file)).expect("a folder in the lock's place");
    let mut h = harness(app(vec![Some(file.clone())], &dir.path().join("recovery")));
    click(&mut h, "Open…");
    assert!(h.state().doc.as_ref().is_some_and(|d| !d.read_only()));
    assert!(h.state().held_lock().is_none());
    h.key_press(egui::Key::Num3);
    h.run();
    h.key_combination_modifiers(egui::Modifiers::COMMAND, &[egui::Key::S]);
    h.run();
    let saved = common::app::read_json(&file);
    assert_eq!(
        saved["answers"]["BR2.1"]["level"], 3,
        "saving works as before"
    );
    assert!(lock::path(&file).is_dir(), "the folder is left alone");
}
