//! `rbr validate`: every finding of each file, one a line, in the interface language.

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;

use super::{Failure, INVALID, OK, load_failure};
use crate::i18n;
use crate::questionnaire::Questionnaire;
use crate::storage;
use crate::t;

pub(super) fn validate(files: &[PathBuf], questionnaire: &Questionnaire) -> Result<u8, Failure> {
    let lang = i18n::ui_language();
    let mut code = OK;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for path in files {
        let result = storage::load_assessment(path);
        let line = match result {
            Err(e) => {
                code = code.max(load_failure(&e));
                e.message(lang)
            }
            Ok(assessment) => {
                let findings =
                    assessment.findings_judged(questionnaire, time::OffsetDateTime::now_utc());
                // An earlier version of the questionnaire is a note, not a finding.
                if let Some(plan) = assessment.upgrade_plan(questionnaire) {
                    writeln!(
                        out,
                        "{}",
                        t!(
                            "cli-upgrade-note",
                            file = path.display().to_string(),
                            id = questionnaire.id.as_str(),
                            from = plan.from.as_str(),
                            to = plan.to.as_str(),
                            changed = plan.recheck.len(),
                            ids = plan
                                .recheck
                                .iter()
                                .map(ToString::to_string)
                                .collect::<Vec<_>>()
                                .join(", "),
                            added = plan.added.len(),
                        )
                    )?;
                }
                if findings.is_empty() {
                    t!("cli-valid", file = path.display().to_string())
                } else {
                    code = code.max(INVALID);
                    findings
                        .iter()
                        .map(|f| format!("{}: {}", path.display(), f.message(lang)))
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
