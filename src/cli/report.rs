//! `rbr report`: the PDF gap report of one file, written where the user asks.

use std::io::{self, Write};
use std::path::Path;

use super::{Failure, OK, load_failure, load_questionnaire, read_assessment};
use crate::i18n::{self, Language};
use crate::storage::{self};
use crate::t;

/// How `rbr report` was asked to make the report.
pub(super) struct Options<'a> {
    /// `--date`: the report date, else the file's.
    pub date: Option<&'a str>,
    /// `--questionnaire`: another questionnaire than the built-in one.
    pub questionnaire: Option<&'a Path>,
    /// `--lang`: the report's language, else the assessment's.
    pub language: Option<Language>,
    /// `--all-comments`: list the resolved review comments too.
    pub all_comments: bool,
    /// `--compare`: an earlier round, for a "Progress since" section.
    pub compare: Option<&'a Path>,
    /// `--copy`: the copy number of a classified report.
    pub copy: Option<u32>,
    /// `--signers`: the allowed-signers file that confirms who signed the approval.
    pub signers: Option<&'a Path>,
}

/// Writes the report of `file` to `output`, as `options` say.
pub(super) fn report(file: &Path, output: &Path, options: &Options<'_>) -> Result<u8, Failure> {
    let lang = i18n::ui_language();
    let signers = match options.signers.map(super::review::read_signers).transpose() {
        Ok(signers) => signers,
        Err(code) => return Ok(code),
    };
    let questionnaire = load_questionnaire(options.questionnaire)?;
    let earlier = match options.compare.map(storage::load_assessment) {
        None => None,
        Some(Ok(earlier)) => Some(earlier),
        Some(Err(e)) => {
            eprintln!("rbr: {}", e.message(lang));
            return Ok(load_failure(&e));
        }
    };
    let read = match read_assessment(file) {
        Ok(read) => read,
        Err(code) => return Ok(code),
    };
    let assessment = read.assessment();
    warn_of_findings(
        file,
        assessment
            .findings_judged(&questionnaire, time::OffsetDateTime::now_utc())
            .len(),
    );
    let report_options = crate::report::ReportOptions {
        date: options.date,
        language: options.language,
        all_comments: options.all_comments,
        earlier: earlier.as_ref(),
        copy: options.copy,
        signers: signers.as_ref(),
    };
    let pdf =
        crate::report::pdf_with_options(&questionnaire, &read, &report_options).map_err(|e| {
            t!(
                "cli-report-failed",
                file = file.display().to_string(),
                reason = e.message(lang)
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
