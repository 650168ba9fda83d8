//! `rbr history` and `rbr verify`: the review trail of a file, printed and checked.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use super::args::TrailCommand;
use super::{Failure, INVALID, OK, USAGE, read_assessment};
use crate::assessment::Lenient;
use crate::i18n;
use crate::review::sign::{AllowedSigners, SigningKey};
use crate::review::{Actor, Event, Verification, verify_with as check};
use crate::storage::{self};
use crate::t;
use crate::zone::Zone;

/// A value as written, or the raw JSON of one this version cannot read.
fn written<T: serde::Serialize>(value: &Lenient<T>) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(text)) => text,
        Ok(other) => other.to_string(),
        Err(_) => String::new(),
    }
}

fn event_line(zone: &Zone, event: &Event) -> String {
    let line = t!(
        "cli-history-event",
        seq = event.seq,
        time = zone.written_time(i18n::ui_language(), &event.time),
        who = event.who.label(),
        action = written(&event.action),
        before = written(&event.status_before),
        after = written(&event.status_after),
    );
    if event.signature.is_some() {
        format!(
            "{line}  {}",
            t!("cli-history-signed", key = event.who.key.as_str())
        )
    } else {
        line
    }
}

/// `rbr history`, `rbr verify` and `rbr review`.
pub(super) fn run(command: TrailCommand) -> Result<u8, Failure> {
    match command {
        TrailCommand::History { file } => history(&file),
        TrailCommand::Verify {
            file,
            report,
            signers,
        } => verify(&file, report.as_deref(), signers.as_deref()),
        TrailCommand::Review {
            file,
            step,
            note,
            name,
            role,
            organisation,
            position,
            principal,
            key,
        } => {
            let who = Actor {
                name: name.trim().to_owned(),
                role: role.trim().to_owned(),
                organisation: organisation.trim().to_owned(),
                position: position.trim().to_owned(),
                principal: principal.unwrap_or_default().trim().to_owned(),
                ..Actor::default()
            };
            take_step(&file, step.action(), &note, who, key.as_deref())
        }
    }
}

/// Prints the events of `file` and its comment counts.
fn history(file: &Path) -> Result<u8, Failure> {
    let assessment = match read_assessment(file) {
        Ok(loaded) => loaded.into_assessment(),
        Err(code) => return Ok(code),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let sources = &assessment.meta.merged_from;
    if !sources.is_empty() {
        writeln!(out, "{}", t!("cli-history-merged", count = sources.len()))?;
        for source in sources {
            writeln!(out, "  {}  SHA-256 {}", source.file, source.sha256)?;
        }
    }
    let zone = assessment.meta.zone();
    let review = assessment.review.unwrap_or_default();
    if review.events.is_empty() {
        writeln!(
            out,
            "{}",
            t!("cli-history-none", file = file.display().to_string())
        )?;
    }
    for event in &review.events {
        writeln!(out, "{}", event_line(&zone, event))?;
        if !event.note.trim().is_empty() {
            writeln!(
                out,
                "   {}",
                t!("cli-history-note", note = event.note.as_str())
            )?;
        }
    }
    let (open, resolved) = review.comment_counts();
    writeln!(
        out,
        "{}",
        t!("cli-history-comments", open = open, resolved = resolved)
    )?;
    out.flush()?;
    Ok(OK)
}

/// Reads and parses an allowed-signers file; on failure, prints why, naming the
/// file and the line.
pub(super) fn read_signers(path: &Path) -> Result<AllowedSigners, u8> {
    let lang = i18n::ui_language();
    let text = storage::read_limited(path)
        .map_err(|e| e.message(lang))
        .and_then(|bytes| String::from_utf8(bytes).map_err(|_| t!("cli-signers-not-text")))
        .and_then(|text| AllowedSigners::parse(&text).map_err(|e| e.message(lang)));
    text.map_err(|reason| {
        eprintln!(
            "rbr: {}",
            t!(
                "cli-verify-signers-unreadable",
                file = path.display().to_string(),
                reason = reason
            )
        );
        USAGE
    })
}

/// Checks the trail of `file` and, with `report`, that the PDF was made from it;
/// with `signers`, the identities behind the signatures.
fn verify(file: &Path, report: Option<&Path>, signers: Option<&Path>) -> Result<u8, Failure> {
    let signers = match signers.map(read_signers).transpose() {
        Ok(signers) => signers,
        Err(code) => return Ok(code),
    };
    let read = match read_assessment(file) {
        Ok(loaded) => loaded,
        Err(code) => return Ok(code),
    };
    let assessment = read.assessment();
    let verification = check(assessment, signers.as_ref());
    let mut lines = trail_lines(&verification, &assessment.meta.zone());
    let mut holds = verification.holds();
    if let Some(report) = report {
        let (line, code, signatures) = report_line(report, &read.fingerprint());
        lines.push(line);
        if code == USAGE {
            eprintln!("rbr: {}", lines.pop().unwrap_or_default());
            return Ok(USAGE);
        }
        lines.extend(signatures);
        holds &= code == OK;
    }
    let file = file.display().to_string();
    let summary = if holds {
        t!("cli-verify-holds", file = file)
    } else {
        t!("cli-verify-fails", file = file)
    };
    let mut out = BufWriter::new(io::stdout().lock());
    for line in lines.iter().chain([&summary]) {
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    Ok(if holds { OK } else { INVALID })
}

/// What the trail says, one finding a line.
fn trail_lines(verification: &Verification, zone: &Zone) -> Vec<String> {
    let lang = i18n::ui_language();
    let mut lines = vec![verification.chain.message(lang)];
    if verification.unsealed {
        lines.push(crate::tl!(lang, "cli-verify-unsealed"));
    }
    if let Some(content) = &verification.content {
        lines.push(content.message(lang));
    }
    let signed = verification.signatures.iter().any(|s| s.check.is_some());
    if signed || verification.signers_given {
        for event in &verification.signatures {
            lines.push(event.message(lang, verification.signers_given));
        }
    }
    if signed && !verification.signers_given {
        lines.push(t!("cli-verify-not-confirmed", option = "--signers"));
    }
    for approval in &verification.approvals {
        lines.push(t!(
            "cli-verify-approval",
            seq = approval.seq,
            who = approval.who.label(),
            time = zone.written_time(i18n::ui_language(), &approval.time),
            hash = approval.content_sha256.as_str(),
            current = if approval.current { "yes" } else { "no" },
        ));
    }
    lines
}

/// Whether the PDF at `report` carries `hash` as its fingerprint: the line to
/// print, [`OK`], [`INVALID`] or [`USAGE`] (the PDF cannot be read from disk), and
/// what its signature fields hold.
///
/// A report signed in a PDF signer still holds: signing appends a revision and
/// leaves the document information, and so the fingerprint, as rbr wrote it.
fn report_line(report: &Path, hash: &str) -> (String, u8, Vec<String>) {
    let name = report.display().to_string();
    let pdf = match storage::read_limited(report) {
        Ok(pdf) => pdf,
        Err(e) => return (e.message(i18n::ui_language()), USAGE, Vec::new()),
    };
    let doc = match lopdf::Document::load_mem(&pdf) {
        Ok(doc) => doc,
        Err(e) => {
            let line = t!(
                "cli-verify-report-unreadable",
                report = name,
                reason = e.to_string()
            );
            return (line, INVALID, Vec::new());
        }
    };
    let signatures = signature_lines(&doc);
    let (line, code) = match pdf_fingerprint(&doc) {
        None => (
            t!("cli-verify-report-no-fingerprint", report = name),
            INVALID,
        ),
        Some(found) if found == hash => (
            t!("cli-verify-report-matches", report = name, hash = hash),
            OK,
        ),
        Some(found) => (
            t!(
                "cli-verify-report-differs",
                report = name,
                found = found,
                hash = hash
            ),
            INVALID,
        ),
    };
    (line, code, signatures)
}

/// How many of the report's signature fields are signed, and that rbr does not
/// judge the certificates; nothing for a PDF without signature fields.
fn signature_lines(doc: &lopdf::Document) -> Vec<String> {
    let (fields, signed) = signature_fields(doc);
    if fields == 0 {
        return Vec::new();
    }
    vec![
        t!(
            "cli-verify-report-signatures",
            fields = fields,
            signed = signed
        ),
        t!("cli-verify-report-certificates"),
    ]
}

/// The signature fields (`/FT /Sig`) of the document's form, and how many of
/// them hold a signature (`/V`).
pub(crate) fn signature_fields(doc: &lopdf::Document) -> (usize, usize) {
    let resolve = |object| resolve(doc, object);
    let fields = doc
        .catalog()
        .ok()
        .and_then(|catalog| catalog.get(b"AcroForm").ok())
        .and_then(resolve)
        .and_then(|form| form.as_dict().ok())
        .and_then(|form| form.get(b"Fields").ok())
        .and_then(resolve)
        .and_then(|fields| fields.as_array().ok())
        .map_or(&[][..], Vec::as_slice);
    let signature_fields: Vec<&lopdf::Dictionary> = fields
        .iter()
        .filter_map(|field| resolve(field)?.as_dict().ok())
        .filter(|field| {
            field
                .get(b"FT")
                .and_then(lopdf::Object::as_name)
                .is_ok_and(|kind| kind == b"Sig")
        })
        .collect();
    let signed = signature_fields
        .iter()
        .filter(|field| field.get(b"V").ok().and_then(resolve).is_some())
        .count();
    (signature_fields.len(), signed)
}

/// `object`, or the object it refers to.
fn resolve<'a>(doc: &'a lopdf::Document, object: &'a lopdf::Object) -> Option<&'a lopdf::Object> {
    if let lopdf::Object::Reference(id) = object {
        doc.get_object(*id).ok()
    } else {
        Some(object)
    }
}

/// The fingerprint the report wrote as the `Identifier` of its document information.
fn pdf_fingerprint(doc: &lopdf::Document) -> Option<String> {
    let identifier = doc
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .and_then(|info| info.get(b"Identifier"))
        .ok()
        .and_then(|object| lopdf::decode_text_string(object).ok());
    identifier.filter(|id| id.len() == 64 && id.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The environment variable an encrypted key's passphrase is read from.
const PASSPHRASE_VARIABLE: &str = "RBR_KEY_PASSPHRASE";

/// Loads the signing key at `path`; an encrypted one with the passphrase from
/// [`PASSPHRASE_VARIABLE`]. On failure, the message to print.
fn load_key(path: &Path) -> Result<SigningKey, String> {
    let lang = i18n::ui_language();
    let bytes = storage::read_limited(path).map_err(|e| e.message(lang))?;
    let text = String::from_utf8(bytes).map_err(|_| {
        t!(
            "cli-review-key-unreadable",
            file = path.display().to_string()
        )
    })?;
    let passphrase = std::env::var(PASSPHRASE_VARIABLE).ok();
    if SigningKey::is_encrypted(&text) && passphrase.is_none() {
        return Err(t!(
            "cli-review-key-passphrase",
            file = path.display().to_string(),
            variable = PASSPHRASE_VARIABLE
        ));
    }
    SigningKey::from_openssh(&text, passphrase.as_deref())
        .map_err(|e| format!("{}: {}", path.display(), e.message(lang)))
}

/// Takes `action` on `file` as `who`, signed with the key at `key` if any, and saves it.
fn take_step(
    file: &Path,
    action: crate::review::Action,
    note: &str,
    who: Actor,
    key: Option<&Path>,
) -> Result<u8, Failure> {
    let lang = i18n::ui_language();
    let key = match key.map(load_key).transpose() {
        Ok(key) => key,
        Err(message) => {
            eprintln!("rbr: {message}");
            return Ok(USAGE);
        }
    };
    let (read_sha256, mut assessment) = match read_assessment(file) {
        Ok(loaded) => (loaded.fingerprint(), loaded.into_assessment()),
        Err(code) => return Ok(code),
    };
    let now = crate::assessment::format_timestamp(time::OffsetDateTime::now_utc());
    let zone = assessment.meta.zone();
    let taken = match &key {
        Some(key) => crate::review::act_signed(&mut assessment, action, who, note, &now, key),
        None => crate::review::act(&mut assessment, action, who, note, &now),
    };
    let event = match taken {
        Ok(event) => event_line(&zone, event),
        Err(e) => {
            eprintln!("rbr: {}: {}", file.display(), e.message(lang));
            return Ok(INVALID);
        }
    };
    assessment.meta.modified = now;
    let questionnaire = crate::questionnaire::Questionnaire::built_in();
    let bytes = assessment
        .to_json(&questionnaire)
        .map_err(|e| e.message(lang))?;
    // Someone else's save since the file was read is never overwritten.
    let now_on_disk = storage::read_limited(file).map(|b| crate::hash::fingerprint(&b));
    if now_on_disk.is_ok_and(|sha| sha != read_sha256) {
        eprintln!(
            "rbr: {}",
            t!("cli-changed-on-disk", file = file.display().to_string())
        );
        return Ok(INVALID);
    }
    storage::save_atomic(file, &bytes)?;
    let mut out = BufWriter::new(io::stdout().lock());
    writeln!(
        out,
        "{}",
        t!(
            "cli-review-taken",
            file = file.display().to_string(),
            event = event
        )
    )?;
    out.flush()?;
    Ok(OK)
}
