//! `rbr export`: the assessment as an Excel workbook and the action plan as CSV.

use std::io::{self, Write};
use std::path::Path;

use time::Date;

use super::{Failure, OK, USAGE, load_questionnaire, read_assessment};
use crate::assessment::parse_date;
use crate::i18n;
use crate::storage::{self};
use crate::t;

/// Where `rbr export` writes, and for which day.
#[derive(Debug)]
pub(super) struct Outputs<'a> {
    /// The workbook, `--xlsx`.
    pub xlsx: Option<&'a Path>,
    /// The plan as CSV, `--csv`.
    pub csv: Option<&'a Path>,
    /// `--date`, else today's date in the assessment's time zone.
    pub date: Option<&'a str>,
}

/// Writes the spreadsheets of `file` that `outputs` asks for, with headings in the
/// interface language. Refuses to write over the assessment file, or both
/// spreadsheets to one file.
pub(super) fn export(
    file: &Path,
    outputs: &Outputs<'_>,
    questionnaire: Option<&Path>,
) -> Result<u8, Failure> {
    let lang = i18n::ui_language();
    let Ok(given) = export_date(outputs.date) else {
        return Ok(USAGE);
    };
    if let Some(code) = refuse_overwrites(file, outputs) {
        return Ok(code);
    }
    let questionnaire = load_questionnaire(questionnaire)?;
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
    // "Today", for the overdue count, is the day where the assessment is made.
    let today = given.unwrap_or_else(|| {
        assessment
            .meta
            .zone()
            .today(time::OffsetDateTime::now_utc())
    });
    if let Some(output) = outputs.xlsx {
        let workbook = crate::export::xlsx(&questionnaire, &read, lang, today).map_err(|e| {
            t!(
                "cli-export-failed",
                file = output.display().to_string(),
                reason = e.message(lang)
            )
        })?;
        write(output, &workbook)?;
    }
    if let Some(output) = outputs.csv {
        let csv = crate::export::csv(&questionnaire, assessment, lang).map_err(|e| {
            t!(
                "cli-export-failed",
                file = output.display().to_string(),
                reason = e.message(lang)
            )
        })?;
        write(output, &csv)?;
    }
    Ok(OK)
}

/// The date given with `--date`, or none for today; an error, said on stderr,
/// when the date given cannot be read.
fn export_date(date: Option<&str>) -> Result<Option<Date>, ()> {
    match date {
        None => Ok(None),
        Some(value) => {
            let date = parse_date(value);
            if date.is_none() {
                let message = t!(
                    "cli-export-bad-date",
                    option = "--date",
                    value = value,
                    example = "2026-11-27"
                );
                eprintln!("rbr: {message}");
            }
            date.map(Some).ok_or(())
        }
    }
}

/// The usage error for an output that is the input, or for one file named twice.
fn refuse_overwrites(file: &Path, outputs: &Outputs<'_>) -> Option<u8> {
    for output in [outputs.xlsx, outputs.csv].into_iter().flatten() {
        if same_file(file, output) {
            let output = output.display().to_string();
            eprintln!(
                "rbr: {}",
                t!("cli-export-overwrites-input", output = output)
            );
            return Some(USAGE);
        }
    }
    if let (Some(xlsx), Some(csv)) = (outputs.xlsx, outputs.csv)
        && same_file(xlsx, csv)
    {
        let message = t!(
            "cli-export-same-output",
            file = xlsx.display().to_string(),
            xlsx = "--xlsx",
            csv = "--csv"
        );
        eprintln!("rbr: {message}");
        return Some(USAGE);
    }
    None
}

/// Whether two paths name one file: the same path, or (when both exist) the same
/// file once links and `..` are resolved.
fn same_file(a: &Path, b: &Path) -> bool {
    if a == b {
        return true;
    }
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn write(output: &Path, bytes: &[u8]) -> Result<(), Failure> {
    storage::write_atomic(output, bytes).map_err(|e| e.message(i18n::ui_language()))?;
    let wrote = t!("cli-export-wrote", file = output.display().to_string());
    writeln!(io::stdout().lock(), "{wrote}")?;
    Ok(())
}

/// A file with findings is still exported; stderr says where they are listed.
fn warn_of_findings(file: &Path, findings: usize) {
    if findings > 0 {
        let file = file.display().to_string();
        let command = format!("rbr validate {file}");
        let warning = t!(
            "cli-findings-see-validate",
            file = file,
            count = findings,
            command = command
        );
        eprintln!("rbr: {warning}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_path_is_the_same_file_even_before_it_exists() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let a = dir.path().join("a.rbr.json");
        assert!(same_file(&a, &a));
        assert!(!same_file(&a, &dir.path().join("a.xlsx")));
        std::fs::write(&a, b"{}").expect("writes");
        assert!(same_file(&a, &dir.path().join(".").join("a.rbr.json")));
    }
}
