//! Signing where people approve, driven by the window's labels: a key made in the
//! identity dialog or chosen from a file (with its passphrase), the fingerprint
//! and public line shown to send to the coordinator, and every step signed.

mod common;

use std::path::{Path, PathBuf};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rbr::app::App;
use rbr::assessment::Assessment;

use common::app::{app, click, example_copy, harness, read_json, type_into};

fn draft(dir: &Path) -> PathBuf {
    example_copy(dir, "energy-transport-ministry.rbr.json", "energy.rbr.json")
}

/// Fills in who is reviewing, in the dialog the first step opens.
fn identity(h: &mut Harness<'_, App>, principal: &str) {
    type_into(h, "Your name", "Lena Marsh");
    type_into(h, "Your role", "assessor");
    type_into(h, "Your organisation", "Ministry of Energy");
    type_into(
        h,
        "Your e-mail-like name in the allowed-signers file",
        principal,
    );
}

/// Submits with a note, through the identity dialog `fill` completes.
fn submit(h: &mut Harness<'_, App>, fill: impl FnOnce(&mut Harness<'_, App>)) {
    click(h, "Submit");
    type_into(h, "Note", "First complete draft");
    click(h, "Record");
    fill(h);
    click(h, "Continue");
}

fn saved(h: &mut Harness<'_, App>, file: &Path) -> Assessment {
    h.key_combination_modifiers(Modifiers::COMMAND, &[Key::S]);
    h.run();
    Assessment::from_bytes(&std::fs::read(file).expect("saved")).expect("loads")
}

#[test]
fn a_key_made_in_the_app_signs_the_step_and_shows_what_to_send() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = draft(dir.path());
    let recovery = dir.path().join("data").join("recovery");
    let mut h = harness(app(vec![Some(file.clone())], &recovery));
    click(&mut h, "Open…");
    submit(&mut h, |h| {
        identity(h, "l.marsh@energy.gov.example");
        click(h, "Create a new key");
        // The fingerprint and the public line to send are shown at once.
        assert!(
            h.query_by_label_contains("Steps are signed with the key SHA256:")
                .is_some()
        );
        let public = h
            .get_by_label("Send this line to the coordinator who keeps the allowed-signers file:")
            .value()
            .unwrap_or_default();
        assert!(public.starts_with("ssh-ed25519 AAAA"), "{public}");
    });
    let key_file = dir
        .path()
        .join("data")
        .join("keys")
        .join("rbr-review-ed25519");
    assert!(key_file.exists(), "kept in the application-data folder");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&key_file)
            .expect("key")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "readable by its owner only");
    }
    let a = saved(&mut h, &file);
    let event = &a.review.as_ref().expect("trail").events[0];
    assert_eq!(event.who.principal, "l.marsh@energy.gov.example");
    assert!(event.signature.is_some());
    let v = rbr::review::verify(&a);
    assert!(v.holds());
    assert!(v.signatures[0].check.as_ref().is_some_and(|c| c.is_valid()));
    // The dashboard's history marks the signed step.
    click(&mut h, "Dashboard");
    click(&mut h, "History (1 event)");
    assert!(h.query_by_label_contains("[signed, key SHA256:").is_some());
    assert_eq!(
        read_json(&file)["review"]["events"][0]["who"]["key"],
        event.who.key.as_str()
    );
}

#[test]
fn an_existing_key_with_a_passphrase_is_chosen_and_signs() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = draft(dir.path());
    let key = dir.path().join("id_ed25519");
    let out = std::process::Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "correct horse", "-f"])
        .arg(&key)
        .output()
        .expect("these tests need ssh-keygen (openssh-client)");
    assert!(out.status.success());
    let fingerprint = String::from_utf8_lossy(
        &std::process::Command::new("ssh-keygen")
            .arg("-lf")
            .arg(&key)
            .output()
            .expect("ssh-keygen -l")
            .stdout,
    )
    .split_whitespace()
    .nth(1)
    .expect("a fingerprint")
    .to_owned();
    let mut h = harness(app(
        vec![Some(file.clone()), Some(key.clone()), Some(key.clone())],
        &dir.path().join("recovery"),
    ));
    click(&mut h, "Open…");
    submit(&mut h, |h| {
        identity(h, "l.marsh@energy.gov.example");
        // Without the passphrase the key cannot be opened: the dialog says so.
        click(h, "Choose a key file…");
        assert!(
            h.query_by_label_contains("is protected by a passphrase")
                .is_some()
        );
        type_into(h, "Passphrase of the key (optional)", "correct horse");
        click(h, "Open the key");
        assert!(
            h.query_by_label(&format!("Steps are signed with the key {fingerprint}."))
                .is_some()
        );
    });
    let a = saved(&mut h, &file);
    let event = &a.review.as_ref().expect("trail").events[0];
    assert_eq!(event.who.key, fingerprint);
    assert!(rbr::review::verify(&a).holds());
}
