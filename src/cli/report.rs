//! `rbr report`: the PDF gap report of one file, written where the user asks.

use std::io::{self, Write};
use std::path::Path;

use super::{Failure, INVALID, OK, load_failure, load_questionnaire};
use crate::assessment::Assessment;
use crate::storage::{self, FileError};

/// Writes the report of `file` to `output`, dated `date` or by the file.
pub(super) fn report(
    file: &Path,
    output: &Path,
    date: Option<&str>,
    questionnaire: Option<&Path>,
) -> Result<u8, Failure> {
    let questionnaire = load_questionnaire(questionnaire)?;
    let bytes = match storage::read_limited(file) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("rbr: {e}");
            return Ok(load_failure(&e));
        }
    };
    let assessment = match Assessment::from_bytes(&bytes) {
        Ok(assessment) => assessment,
        Err(source) => {
            let path = file.to_owned();
            eprintln!("rbr: {}", FileError::Assessment { path, source });
            return Ok(INVALID);
        }
    };
    warn_of_findings(file, assessment.findings(&questionnaire).len());
    let pdf = crate::report::pdf_for(&questionnaire, &assessment, &bytes, date, None)
        .map_err(|e| format!("{}: {e}", file.display()))?;
    storage::write_atomic(output, &pdf).map_err(|e| e.to_string())?;
    writeln!(io::stdout().lock(), "wrote {}", output.display())?;
    Ok(OK)
}

/// A file with findings still gets its report; stderr says where they are listed.
fn warn_of_findings(file: &Path, findings: usize) {
    if findings > 0 {
        eprintln!(
            "rbr: {}: {findings} finding(s), listed in the report's annex; see `rbr validate {}`",
            file.display(),
            file.display()
        );
    }
}
