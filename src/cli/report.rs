//! `rbr report`: the PDF gap report of one file, written where the user asks.

use std::io::{self, Write};
use std::path::Path;

use super::{Failure, INVALID, OK, load_failure, load_questionnaire};
use crate::assessment::Assessment;
use crate::i18n::{self, Language};
use crate::storage::{self, FileError};
use crate::t;

/// Writes the report of `file` to `output`, dated `date` or by the file, in
/// `language` when `--lang` gave one (else in the assessment's language), listing
/// the resolved review comments too when `all_comments`.
pub(super) fn report(
    file: &Path,
    output: &Path,
    date: Option<&str>,
    questionnaire: Option<&Path>,
    language: Option<Language>,
    all_comments: bool,
) -> Result<u8, Failure> {
    let lang = i18n::ui_language();
    let questionnaire = load_questionnaire(questionnaire)?;
    let bytes = match storage::read_limited(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("rbr: {}", e.message(lang));
            return Ok(load_failure(&e));
        }
    };
    let assessment = match Assessment::from_bytes(&bytes) {
        Ok(assessment) => assessment,
        Err(source) => {
            let path = file.to_owned();
            eprintln!(
                "rbr: {}",
                FileError::Assessment { path, source }.message(lang)
            );
            return Ok(INVALID);
        }
    };
    warn_of_findings(file, assessment.findings(&questionnaire).len());
    let pdf = crate::report::pdf_for_with(
        &questionnaire,
        &assessment,
        &bytes,
        date,
        language,
        all_comments,
    )
    .map_err(|e| {
        t!(
            "cli-report-failed",
            file = file.display().to_string(),
            reason = e.to_string()
        )
    })?;
    storage::write_atomic(output, &pdf).map_err(|e| e.message(lang))?;
    let wrote = t!("cli-report-wrote", file = output.display().to_string());
    writeln!(io::stdout().lock(), "{wrote}")?;
    Ok(OK)
}

/// A file with findings still gets its report; stderr says where they are listed.
fn warn_of_findings(file: &Path, findings: usize) {
    if findings > 0 {
        let file = file.display().to_string();
        let command = format!("rbr validate {file}");
        let warning = t!(
            "cli-report-findings",
            file = file,
            count = findings,
            command = command
        );
        eprintln!("rbr: {warning}");
    }
}
