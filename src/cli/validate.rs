//! `rbr validate`: every finding of each file, one a line.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use super::{Failure, INVALID, OK, load_failure};
use crate::questionnaire::Questionnaire;
use crate::storage;

pub(super) fn validate(files: &[PathBuf], questionnaire: &Questionnaire) -> Result<u8, Failure> {
    let mut code = OK;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for path in files {
        let result = storage::load_assessment(path);
        let line = match result {
            Err(e) => {
                code = code.max(load_failure(&e));
                format!("{e}")
            }
            Ok(assessment) => {
                let findings = assessment.findings(questionnaire);
                if findings.is_empty() {
                    format!("{}: valid", path.display())
                } else {
                    code = code.max(INVALID);
                    findings
                        .iter()
                        .map(|f| format!("{}: {f}", path.display()))
                        .collect::<Vec<_>>()
                        .join("\n")
                }
            }
        };
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    Ok(code)
}
