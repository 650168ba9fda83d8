//! rbr's SSH signatures against OpenSSH's own `ssh-keygen`: each side verifies what
//! the other signs, keys made by one load in the other with the same fingerprint,
//! and both refuse a principal the allowed signers do not list. These tests need
//! `ssh-keygen` (Debian: openssh-client) and fail, rather than skip, without it.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

mod common;

use common::ssh::{path, ssh_keygen, text};
use rbr::review::sign::{AllowedSigners, NAMESPACE, SignatureCheck, SigningKey, check};

const PRINCIPAL: &str = "a.petrosyan@mod.am";
const MESSAGE: &[u8] = b"{\"seq\":4,\"action\":\"approved\",\"content_sha256\":\"9f86d0\"}\n";

/// Writes a file only its owner can read, as ssh-keygen wants private keys.
fn write_private(file: &Path, contents: &str) {
    fs::write(file, contents).expect("writes");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(file, fs::Permissions::from_mode(0o600)).expect("chmod 600");
    }
}

/// A new Ed25519 key made by `ssh-keygen -t ed25519 -N passphrase`.
fn keygen_key(dir: &Path, name: &str, passphrase: &str) -> PathBuf {
    let key = dir.join(name);
    let out = ssh_keygen(
        &[
            "-q",
            "-t",
            "ed25519",
            "-N",
            passphrase,
            "-C",
            PRINCIPAL,
            "-f",
            path(&key),
        ],
        b"",
    );
    assert!(
        out.status.success(),
        "ssh-keygen -t ed25519: {}",
        text(&out)
    );
    key
}

/// The fingerprint `ssh-keygen -lf` prints for a key file.
fn keygen_fingerprint(key: &Path) -> String {
    let out = ssh_keygen(&["-l", "-f", path(key)], b"");
    assert!(out.status.success(), "ssh-keygen -l: {}", text(&out));
    let listing = String::from_utf8_lossy(&out.stdout).into_owned();
    // "256 SHA256:... comment (ED25519)"
    listing
        .split_whitespace()
        .nth(1)
        .unwrap_or_else(|| panic!("no fingerprint in {listing:?}"))
        .to_owned()
}

/// `ssh-keygen -Y verify` of `signature` over `message` for `principal`.
fn keygen_verify(
    dir: &Path,
    allowed: &str,
    principal: &str,
    signature: &str,
    message: &[u8],
) -> Output {
    let allowed_file = dir.join("allowed_signers");
    let signature_file = dir.join("message.sig");
    fs::write(&allowed_file, allowed).expect("writes");
    fs::write(&signature_file, signature).expect("writes");
    ssh_keygen(
        &[
            "-Y",
            "verify",
            "-f",
            path(&allowed_file),
            "-I",
            principal,
            "-n",
            NAMESPACE,
            "-s",
            path(&signature_file),
        ],
        message,
    )
}

#[test]
fn ssh_keygen_verifies_what_rbr_signs() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let key = SigningKey::generate(PRINCIPAL).expect("a new key");
    let signature = key.sign(MESSAGE).expect("signs");
    let allowed = format!("{PRINCIPAL} {}\n", key.public_openssh());

    let out = keygen_verify(dir.path(), &allowed, PRINCIPAL, &signature, MESSAGE);
    let said = text(&out);
    assert!(out.status.success(), "ssh-keygen -Y verify: {said}");
    assert!(
        said.contains(&format!("Good \"{NAMESPACE}\" signature for {PRINCIPAL}")),
        "{said}"
    );
    assert!(said.contains(&key.fingerprint()), "{said}");

    // The same signature over other bytes is refused by ssh-keygen too.
    let out = keygen_verify(
        dir.path(),
        &allowed,
        PRINCIPAL,
        &signature,
        b"something else",
    );
    assert!(
        !out.status.success(),
        "a changed message verified: {}",
        text(&out)
    );
}

#[test]
fn rbr_checks_what_ssh_keygen_signs() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let key = keygen_key(dir.path(), "id_ed25519", "");
    let message_file = dir.path().join("event.json");
    fs::write(&message_file, MESSAGE).expect("writes");
    let out = ssh_keygen(
        &[
            "-Y",
            "sign",
            "-f",
            path(&key),
            "-n",
            NAMESPACE,
            path(&message_file),
        ],
        b"",
    );
    assert!(out.status.success(), "ssh-keygen -Y sign: {}", text(&out));
    let signature = fs::read_to_string(dir.path().join("event.json.sig")).expect("the .sig file");
    let public = fs::read_to_string(key.with_extension("pub")).expect("the .pub file");
    let signers = AllowedSigners::parse(&format!(
        "# ministry signers\n{PRINCIPAL} namespaces=\"{NAMESPACE}\" {public}"
    ))
    .expect("the allowed signers parse");
    let fingerprint = keygen_fingerprint(&key);

    assert_eq!(
        check(MESSAGE, &signature, &fingerprint, PRINCIPAL, Some(&signers)),
        SignatureCheck::Allowed {
            key: fingerprint.clone(),
            principal: PRINCIPAL.to_owned()
        }
    );
    assert_eq!(
        check(
            b"{\"seq\":4}",
            &signature,
            &fingerprint,
            PRINCIPAL,
            Some(&signers)
        ),
        SignatureCheck::DoesNotVerify
    );
}

#[test]
fn keys_ssh_keygen_makes_load_with_the_same_fingerprint() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (name, passphrase) in [("plain", ""), ("locked", "Հաստատում եմ 2026")] {
        let key = keygen_key(dir.path(), name, passphrase);
        let file = fs::read_to_string(&key).expect("the key file");
        let given = (!passphrase.is_empty()).then_some(passphrase);
        assert_eq!(SigningKey::is_encrypted(&file), given.is_some(), "{name}");
        let loaded = SigningKey::from_openssh(&file, given).expect(name);
        assert_eq!(loaded.fingerprint(), keygen_fingerprint(&key), "{name}");
        let public = fs::read_to_string(key.with_extension("pub")).expect("the .pub file");
        assert_eq!(loaded.public_openssh(), public.trim(), "{name}");
    }
}

#[test]
fn ssh_keygen_opens_the_key_files_rbr_writes() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let key = SigningKey::generate(PRINCIPAL).expect("a new key");
    for (name, passphrase) in [("plain", None), ("locked", Some("Երևան, 2026"))] {
        let file = dir.path().join(name);
        write_private(&file, &key.to_openssh(passphrase).expect("writes"));
        let out = ssh_keygen(
            &["-y", "-P", passphrase.unwrap_or(""), "-f", path(&file)],
            b"",
        );
        assert!(out.status.success(), "ssh-keygen -y {name}: {}", text(&out));
        assert_eq!(
            String::from_utf8_lossy(&out.stdout).trim(),
            key.public_openssh(),
            "{name}"
        );
        assert_eq!(keygen_fingerprint(&file), key.fingerprint(), "{name}");
    }
    let out = ssh_keygen(
        &["-y", "-P", "wrong", "-f", path(&dir.path().join("locked"))],
        b"",
    );
    assert!(!out.status.success(), "a wrong passphrase opened the key");
}

#[test]
fn a_principal_the_allowed_signers_do_not_list_is_refused_by_both() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let key = SigningKey::generate(PRINCIPAL).expect("a new key");
    let signature = key.sign(MESSAGE).expect("signs");
    let allowed = format!("deputy@mod.am {}\n", key.public_openssh());
    let signers = AllowedSigners::parse(&allowed).expect("parses");

    let result = check(
        MESSAGE,
        &signature,
        &key.fingerprint(),
        PRINCIPAL,
        Some(&signers),
    );
    assert_eq!(
        result,
        SignatureCheck::PrincipalNotAllowed {
            key: key.fingerprint(),
            principal: PRINCIPAL.to_owned()
        }
    );
    assert!(result.is_valid() && !result.is_allowed());
    let out = keygen_verify(dir.path(), &allowed, PRINCIPAL, &signature, MESSAGE);
    assert!(
        !out.status.success(),
        "ssh-keygen allowed it: {}",
        text(&out)
    );
}

#[test]
fn other_key_types_are_read_in_allowed_signers_but_their_signatures_are_not_checked() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let ecdsa = dir.path().join("id_ecdsa");
    let out = ssh_keygen(
        &[
            "-q",
            "-t",
            "ecdsa",
            "-N",
            "",
            "-C",
            PRINCIPAL,
            "-f",
            path(&ecdsa),
        ],
        b"",
    );
    assert!(out.status.success(), "ssh-keygen -t ecdsa: {}", text(&out));
    let message_file = dir.path().join("event.json");
    fs::write(&message_file, MESSAGE).expect("writes");
    let out = ssh_keygen(
        &[
            "-Y",
            "sign",
            "-f",
            path(&ecdsa),
            "-n",
            NAMESPACE,
            path(&message_file),
        ],
        b"",
    );
    assert!(out.status.success(), "ssh-keygen -Y sign: {}", text(&out));
    let signature = fs::read_to_string(dir.path().join("event.json.sig")).expect("the .sig file");
    let public = fs::read_to_string(ecdsa.with_extension("pub")).expect("the .pub file");
    let rbr_key = SigningKey::generate(PRINCIPAL).expect("a new key");
    // A file shared with git may list keys of any type; rbr reads them all.
    let signers = AllowedSigners::parse(&format!(
        "{PRINCIPAL} {public}{PRINCIPAL} {}\n",
        rbr_key.public_openssh()
    ))
    .expect("the allowed signers parse");
    assert_eq!(signers.len(), 2);

    let result = check(
        MESSAGE,
        &signature,
        &keygen_fingerprint(&ecdsa),
        PRINCIPAL,
        Some(&signers),
    );
    assert_eq!(
        result,
        SignatureCheck::UnsupportedAlgorithm {
            algorithm: "ecdsa-sha2-nistp256".to_owned()
        }
    );
    // A key file of another type is refused when loaded, not when signing.
    let file = fs::read_to_string(&ecdsa).expect("the key file");
    let error = SigningKey::from_openssh(&file, None).expect_err("ECDSA is not Ed25519");
    assert!(
        error.to_string().contains("ssh-keygen -t ed25519"),
        "{error}"
    );
}
