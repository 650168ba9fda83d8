//! Approvals that cannot be forged, end to end: review steps taken with
//! `rbr review` and signed with a key, checked by `rbr verify` with and without
//! the coordinator's allowed-signers file, and by OpenSSH's own `ssh-keygen`
//! over the same bytes, both ways. Needs `ssh-keygen` (Debian: openssh-client),
//! and fails rather than skips without it.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use rbr::assessment::Assessment;
use rbr::review::event_message;

mod common;

use common::ssh::{path as s, ssh_keygen, text};

const APPROVER: &str = "i.castell@gov.example";
const ASSESSOR: &str = "l.marsh@gov.example";

fn rbr() -> Command {
    let mut cmd = Command::cargo_bin("rbr").expect("binary built");
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("RBR_KEY_PASSPHRASE")
        .env("LANG", "C");
    cmd
}

/// A new Ed25519 key pair made by ssh-keygen, with `passphrase` ("" for none).
fn key(dir: &Path, name: &str, passphrase: &str) -> PathBuf {
    let key = dir.join(name);
    let out = ssh_keygen(
        &[
            "-q",
            "-t",
            "ed25519",
            "-N",
            passphrase,
            "-C",
            name,
            "-f",
            s(&key),
        ],
        b"",
    );
    assert!(out.status.success(), "{}", text(&out));
    key
}

/// The public half of `key`, as an allowed-signers line needs it.
fn public(key: &Path) -> String {
    let line = fs::read_to_string(key.with_extension("pub")).expect("public key");
    line.split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
}

/// An allowed-signers file naming `lines` (principal, key).
fn signers(dir: &Path, name: &str, lines: &[(&str, &Path)]) -> PathBuf {
    let file = dir.join(name);
    let text: String = lines
        .iter()
        .map(|(principal, key)| format!("{principal} namespaces=\"rbr-review\" {}\n", public(key)))
        .collect();
    fs::write(&file, text).expect("signers file");
    file
}

/// A draft assessment to take through review.
fn draft(dir: &Path) -> PathBuf {
    let file = dir.join("energy.rbr.json");
    fs::copy(
        "assessments/examples/energy-transport-ministry.rbr.json",
        &file,
    )
    .expect("copy");
    file
}

/// `rbr review FILE STEP` as `name`, signed with `key` for `principal` when given.
fn step(file: &Path, step: &str, name: &str, signed: Option<(&str, &Path)>) -> Command {
    let mut cmd = rbr();
    cmd.arg("review")
        .arg(file)
        .arg(step)
        .args(["--note", "As agreed at the coordination meeting"])
        .args(["--name", name, "--role", "official"])
        .args(["--organisation", "Office of the Government"]);
    if let Some((principal, key)) = signed {
        cmd.args(["--principal", principal, "--key"]).arg(key);
    }
    cmd
}

fn stdout(cmd: &mut Command, code: i32) -> String {
    let out = cmd.assert().code(code);
    String::from_utf8_lossy(&out.get_output().stdout).into_owned()
}

/// Submitted and approved with signatures, reviewed without.
fn signed_trail(dir: &Path) -> (PathBuf, PathBuf, PathBuf) {
    let file = draft(dir);
    let assessor = key(dir, "assessor", "");
    let approver = key(dir, "approver", "");
    step(&file, "submit", "Lena Marsh", Some((ASSESSOR, &assessor)))
        .assert()
        .success();
    step(&file, "review", "Tomas Verin", None)
        .assert()
        .success();
    step(
        &file,
        "approve",
        "Irina Castell",
        Some((APPROVER, &approver)),
    )
    .assert()
    .success();
    (file, assessor, approver)
}

fn assessment(file: &Path) -> Assessment {
    Assessment::from_bytes(&fs::read(file).expect("file")).expect("loads")
}

#[test]
fn a_signed_approval_verifies_in_rbr_and_in_ssh_keygen() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (file, assessor, approver) = signed_trail(dir.path());
    let allowed = signers(
        dir.path(),
        "allowed_signers",
        &[(ASSESSOR, &assessor), (APPROVER, &approver)],
    );
    // Without the signers file: valid, identities not confirmed.
    let out = stdout(rbr().arg("verify").arg(&file), 0);
    assert!(out.contains("Event 3 by Irina Castell (official, Office of the Government): the signature is valid: it was made with the key SHA256:"), "{out}");
    assert!(
        out.contains("who holds those keys is not confirmed"),
        "{out}"
    );
    // With it: each signer confirmed for their principal.
    let out = stdout(
        rbr()
            .arg("verify")
            .arg(&file)
            .arg("--signers")
            .arg(&allowed),
        0,
    );
    assert!(
        out.contains(&format!("which the allowed signers list for {APPROVER}")),
        "{out}"
    );
    assert!(
        out.contains("Event 2 by Tomas Verin (official, Office of the Government): not signed"),
        "{out}"
    );
    assert!(out.contains("everything holds"), "{out}");
    // `rbr history` marks the signed events.
    let out = stdout(rbr().arg("history").arg(&file), 0);
    assert_eq!(out.matches("[signed, key SHA256:").count(), 2, "{out}");

    // OpenSSH checks the same signature over the same bytes.
    let a = assessment(&file);
    let event = &a.review.as_ref().expect("trail").events[2];
    assert_eq!(event.who.principal, APPROVER);
    let fingerprint = ssh_keygen(&["-lf", s(&approver)], b"");
    assert!(
        text(&fingerprint).contains(&event.who.key),
        "{}",
        text(&fingerprint)
    );
    let signature = dir.path().join("approval.sig");
    fs::write(&signature, event.signature.as_deref().expect("signed")).expect("sig");
    let message = event_message(event).expect("canonical form");
    let out = ssh_keygen(
        &[
            "-Y",
            "verify",
            "-f",
            s(&allowed),
            "-I",
            APPROVER,
            "-n",
            "rbr-review",
            "-s",
            s(&signature),
        ],
        &message,
    );
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains(&format!("Good \"rbr-review\" signature for {APPROVER}")));
}

#[test]
fn a_signature_made_by_ssh_keygen_verifies_in_rbr() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (file, assessor, approver) = signed_trail(dir.path());
    // The approver signs the approval with OpenSSH instead: same bytes, same namespace.
    let mut json: serde_json::Value =
        serde_json::from_slice(&fs::read(&file).expect("file")).expect("JSON");
    let a = assessment(&file);
    let event = &a.review.as_ref().expect("trail").events[2];
    let message = dir.path().join("event.json");
    fs::write(&message, event_message(event).expect("canonical form")).expect("message");
    let out = ssh_keygen(
        &[
            "-Y",
            "sign",
            "-f",
            s(&approver),
            "-n",
            "rbr-review",
            s(&message),
        ],
        b"",
    );
    assert!(out.status.success(), "{}", text(&out));
    let openssh = fs::read_to_string(message.with_extension("json.sig")).expect("signature");
    // Ed25519 signs deterministically: OpenSSH writes the very signature rbr wrote.
    assert_eq!(Some(openssh.as_str()), event.signature.as_deref());
    json["review"]["events"][2]["signature"] = openssh.into();
    // The seal covers the last event as signed: it is sealed again, as rbr would have.
    let mut replaced: Assessment = serde_json::from_value(json).expect("assessment");
    let last = replaced.review.as_ref().expect("trail").events[2].clone();
    replaced.review.as_mut().expect("trail").last_sha256 =
        Some(rbr::review::event_sha256(&last).expect("hash"));
    let bytes = replaced
        .to_json(&rbr::questionnaire::Questionnaire::built_in())
        .expect("saves");
    fs::write(&file, bytes).expect("written");
    let allowed = signers(
        dir.path(),
        "allowed_signers",
        &[(ASSESSOR, &assessor), (APPROVER, &approver)],
    );
    let out = stdout(
        rbr()
            .arg("verify")
            .arg(&file)
            .arg("--signers")
            .arg(&allowed),
        0,
    );
    assert!(
        out.contains(&format!("which the allowed signers list for {APPROVER}")),
        "{out}"
    );
}

#[test]
fn verify_with_signers_refuses_a_wrong_principal_and_an_unsigned_approval() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (file, assessor, approver) = signed_trail(dir.path());
    // The approver's key listed for someone else.
    let wrong = signers(
        dir.path(),
        "wrong",
        &[(ASSESSOR, &assessor), ("someone@gov.example", &approver)],
    );
    let out = stdout(
        rbr().arg("verify").arg(&file).arg("--signers").arg(&wrong),
        1,
    );
    assert!(
        out.contains("the allowed signers do not list its key SHA256:")
            && out.contains(&format!("for {APPROVER}")),
        "{out}"
    );
    assert!(out.contains("does not hold"), "{out}");
    // An approval without a signature, with a signers file: refused, and said.
    let unsigned = draft(dir.path());
    step(&unsigned, "submit", "Lena Marsh", None)
        .assert()
        .success();
    step(&unsigned, "review", "Tomas Verin", None)
        .assert()
        .success();
    step(&unsigned, "approve", "Irina Castell", None)
        .assert()
        .success();
    let allowed = signers(dir.path(), "allowed", &[(APPROVER, &approver)]);
    let out = stdout(
        rbr()
            .arg("verify")
            .arg(&unsigned)
            .arg("--signers")
            .arg(&allowed),
        1,
    );
    assert!(
        out.contains("Event 3 by Irina Castell (official, Office of the Government): not signed, and an approval must be signed"),
        "{out}"
    );
    // Without a signers file an unsigned trail still holds, as before.
    stdout(rbr().arg("verify").arg(&unsigned), 0);
    // A signers file that cannot be read is a usage error naming its line.
    let broken = dir.path().join("broken");
    fs::write(&broken, "i.castell@gov.example ssh-ed25519 not-base64\n").expect("write");
    let out = rbr()
        .arg("verify")
        .arg(&file)
        .arg("--signers")
        .arg(&broken)
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("line 1"), "{err}");
}

/// A change made to a file's JSON by hand.
type JsonEdit = fn(&mut serde_json::Value);

#[test]
fn tampering_with_a_signed_trail_fails_and_says_where() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (file, _, _) = signed_trail(dir.path());
    let original: serde_json::Value =
        serde_json::from_slice(&fs::read(&file).expect("file")).expect("JSON");
    let cases: [(&str, JsonEdit, &str); 4] = [
        (
            "another approver's name",
            |j| j["review"]["events"][2]["who"]["name"] = "Someone Else".into(),
            "it is not the event the review section sealed",
        ),
        (
            "the approval's note, resealed by hand",
            |j| {
                j["review"]["events"][2]["note"] = "Approved with reservations".into();
                j["review"]
                    .as_object_mut()
                    .expect("review")
                    .remove("last_sha256");
                j["review"]["events"][2]
                    .as_object_mut()
                    .expect("event")
                    .remove("comments_sha256");
            },
            "the signature does not match the content",
        ),
        (
            "the first event's time",
            |j| j["review"]["events"][0]["time"] = "2026-01-01T00:00:00Z".into(),
            "The chain is broken at event 2",
        ),
        (
            "events reordered",
            |j| {
                let events = j["review"]["events"].as_array_mut().expect("events");
                events.swap(0, 1);
            },
            "The chain is broken",
        ),
    ];
    for (name, edit, said) in cases {
        let mut json = original.clone();
        edit(&mut json);
        let forged = dir.path().join("forged.rbr.json");
        fs::write(&forged, serde_json::to_vec_pretty(&json).expect("JSON")).expect("write");
        let out = stdout(rbr().arg("verify").arg(&forged), 1);
        assert!(out.contains(said), "{name}: {out}");
        assert!(out.contains("does not hold"), "{name}: {out}");
    }
}

#[test]
fn rbr_review_keeps_the_rules_and_asks_for_an_encrypted_keys_passphrase() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = draft(dir.path());
    let locked = key(dir.path(), "locked", "correct horse");
    // Approving a draft is not a step the rules allow: refused, the file unchanged.
    let before = fs::read(&file).expect("file");
    let out = step(&file, "approve", "Irina Castell", None)
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("approved"), "{err}");
    assert_eq!(fs::read(&file).expect("file"), before);
    // An encrypted key without its passphrase: a usage error that says where to put it.
    let out = step(&file, "submit", "Lena Marsh", Some((ASSESSOR, &locked)))
        .assert()
        .code(2);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains("RBR_KEY_PASSPHRASE"), "{err}");
    assert_eq!(fs::read(&file).expect("file"), before);
    // With it, the step is taken, signed and saved.
    step(&file, "submit", "Lena Marsh", Some((ASSESSOR, &locked)))
        .env("RBR_KEY_PASSPHRASE", "correct horse")
        .assert()
        .success();
    let a = assessment(&file);
    let event = &a.review.as_ref().expect("trail").events[0];
    assert!(event.signature.is_some());
    assert_eq!(event.who.principal, ASSESSOR);
    // In Armenian, the refusal is Armenian.
    let out = rbr()
        .args(["--lang", "hy", "review"])
        .arg(&file)
        .args(["return", "--name", "Tomas Verin", "--role", "reviewer"])
        .args(["--organisation", "SC"])
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        err.chars().any(|c| ('\u{0531}'..='\u{058F}').contains(&c)),
        "{err}"
    );
}

#[test]
fn the_national_example_carries_an_approval_signed_with_the_repositorys_key() {
    let national = Path::new("assessments/examples/national-2026.rbr.json");
    let allowed = Path::new("assessments/examples/keys/allowed_signers");
    let out = stdout(
        rbr()
            .arg("verify")
            .arg(national)
            .arg("--signers")
            .arg(allowed),
        0,
    );
    assert!(
        out.contains(
            "Event 5 by Irina Castell (approver, Office of the Government): the signature is valid"
        ) && out.contains("which the allowed signers list for i.castell@gov.example"),
        "{out}"
    );
    assert!(out.contains("everything holds"), "{out}");
    // The test-only private key is the one whose public half the repository keeps.
    let private =
        fs::read_to_string("tests/fixtures/keys/TEST-ONLY-national-approver").expect("test key");
    let key = rbr::review::sign::SigningKey::from_openssh(&private, None).expect("loads");
    let a = assessment(national);
    let approval = &a.review.as_ref().expect("trail").events[4];
    assert_eq!(approval.who.key, key.fingerprint());
    let published =
        fs::read_to_string("assessments/examples/keys/national-approver.pub").expect("public key");
    assert!(published.starts_with(&key.public_openssh()[..80]));
    // And OpenSSH agrees, with the repository's signers file.
    let dir = tempfile::tempdir().expect("temp dir");
    let signature = dir.path().join("approval.sig");
    fs::write(&signature, approval.signature.as_deref().expect("signed")).expect("sig");
    let out = ssh_keygen(
        &[
            "-Y",
            "verify",
            "-f",
            s(allowed),
            "-I",
            "i.castell@gov.example",
            "-n",
            "rbr-review",
            "-s",
            s(&signature),
        ],
        &event_message(approval).expect("canonical form"),
    );
    assert!(out.status.success(), "{}", text(&out));
}

/// The text of the PDF's first page, whitespace collapsed.
fn cover(pdf: &Path) -> String {
    let doc = lopdf::Document::load(pdf).expect("a PDF");
    let text = doc.extract_text(&[1]).expect("text");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_cover_says_which_key_signed_the_approval_and_whether_the_signers_file_confirms_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let national = Path::new("assessments/examples/national-2026.rbr.json");
    let key = "SHA256:HgvLQ2MerjMe706I7hAhqkQ9nVEMEVTvLXCdCSbvrNQ";
    let pdf = dir.path().join("plain.pdf");
    rbr()
        .arg("report")
        .arg(national)
        .arg("-o")
        .arg(&pdf)
        .assert()
        .success();
    assert!(cover(&pdf).contains(&format!(
        "Signed electronically with the key {key}; the signer's identity was not checked against an allowed-signers file."
    )), "{}", cover(&pdf));
    let confirmed = dir.path().join("confirmed.pdf");
    rbr()
        .arg("report")
        .arg(national)
        .arg("-o")
        .arg(&confirmed)
        .args(["--signers", "assessments/examples/keys/allowed_signers"])
        .assert()
        .success();
    assert!(cover(&confirmed).contains(&format!(
        "Signed electronically with the key {key}, which the allowed-signers file lists for i.castell@gov.example."
    )));
    // A signers file that lists the key for someone else: said on the cover.
    let other = dir.path().join("other_signers");
    let line = fs::read_to_string("assessments/examples/keys/allowed_signers").expect("file");
    fs::write(
        &other,
        line.replacen("i.castell@gov.example", "someone@gov.example", 1),
    )
    .expect("write");
    let unconfirmed = dir.path().join("unconfirmed.pdf");
    rbr()
        .arg("report")
        .arg(national)
        .arg("-o")
        .arg(&unconfirmed)
        .arg("--signers")
        .arg(&other)
        .assert()
        .success();
    assert!(cover(&unconfirmed).contains("not confirmed by the allowed-signers file"));
    // In Armenian.
    let hy = dir.path().join("hy.pdf");
    rbr()
        .args(["--lang", "hy", "report"])
        .arg(national)
        .arg("-o")
        .arg(&hy)
        .assert()
        .success();
    assert!(
        cover(&hy).contains("Ստորագրված է էլեկտրոնային եղանակով"),
        "{}",
        cover(&hy)
    );
}
