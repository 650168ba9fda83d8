//! `rbr merge`: several ministries' files combined into one new draft. The
//! sources are only read; the result goes to a file that is none of them.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::{Failure, INVALID, OK, USAGE, read_assessment};
use crate::assessment::format_timestamp;
use crate::i18n;
use crate::merge::{self, Analysis, Conflict, MergeError, Part, Resolutions, Settings, SourceFile};
use crate::questionnaire::Questionnaire;
use crate::storage::{self, same_file};
use crate::t;

/// What `rbr merge` was asked to do.
pub(super) struct MergeArgs<'a> {
    pub files: &'a [PathBuf],
    pub output: &'a Path,
    pub title: Option<&'a str>,
    pub organisation: Option<&'a str>,
    pub prefer: Option<&'a Path>,
}

/// Reads every source; on the first that cannot be used, prints why and
/// returns the exit code.
fn read_sources(files: &[PathBuf]) -> Result<Vec<SourceFile>, u8> {
    let _lang = i18n::ui_language();
    files
        .iter()
        .map(|path| {
            let file = read_assessment(path)?;
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            Ok(SourceFile::new(name, file))
        })
        .collect()
}

pub(super) fn merge(args: &MergeArgs<'_>, questionnaire: &Questionnaire) -> Result<u8, Failure> {
    let lang = i18n::ui_language();
    if let Some(source) = args.files.iter().find(|f| same_file(f, args.output)) {
        let file = source.display().to_string();
        eprintln!("rbr: {}", t!("cli-merge-output-is-source", file = file));
        return Ok(USAGE);
    }
    let preferred = match args.prefer {
        None => None,
        Some(prefer) => match args.files.iter().position(|f| same_file(f, prefer)) {
            Some(i) => Some(i),
            None => {
                let file = prefer.display().to_string();
                let message = t!(
                    "cli-merge-prefer-not-a-source",
                    option = "--prefer",
                    file = file
                );
                eprintln!("rbr: {message}");
                return Ok(USAGE);
            }
        },
    };
    let sources = match read_sources(args.files) {
        Ok(sources) => sources,
        Err(code) => return Ok(code),
    };
    let analysis = match merge::analyse(questionnaire, &sources) {
        Ok(analysis) => analysis,
        Err(e) => {
            eprintln!("rbr: {}", e.message(lang));
            return Ok(INVALID);
        }
    };
    let mut out = BufWriter::new(io::stdout().lock());
    write_coverage(&mut out, &analysis, &sources)?;
    let resolutions = preferred.map_or_else(Resolutions::new, |i| {
        Resolutions::prefer(&analysis.conflicts, i)
    });
    let settings = Settings {
        title: args.title.unwrap_or_default().trim().to_owned(),
        organisation: args.organisation.unwrap_or_default().trim().to_owned(),
        created: format_timestamp(time::OffsetDateTime::now_utc()),
    };
    let merged = match merge::merge(questionnaire, &sources, &resolutions, &settings) {
        Ok(merged) => merged,
        Err(MergeError::Unresolved(conflicts)) => {
            write_conflicts(&mut out, &conflicts, &sources)?;
            out.flush()?;
            eprintln!("rbr: {}", MergeError::Unresolved(conflicts).message(lang));
            eprintln!("rbr: {}", t!("cli-merge-choose", option = "--prefer FILE"));
            return Ok(INVALID);
        }
        Err(e) => {
            out.flush()?;
            eprintln!("rbr: {}", e.message(lang));
            return Ok(INVALID);
        }
    };
    let bytes = merged.to_json(questionnaire).map_err(|e| e.message(lang))?;
    storage::save_atomic(args.output, &bytes).map_err(|e| e.message(lang))?;
    let wrote = t!(
        "cli-merge-wrote",
        file = args.output.display().to_string(),
        answers = merged.answers.len(),
        count = sources.len(),
    );
    writeln!(out, "{wrote}")?;
    if let Some(i) = preferred.filter(|_| !analysis.conflicts.is_empty()) {
        let resolved = t!(
            "cli-merge-resolved",
            count = analysis.conflicts.len(),
            file = sources[i].source.file.as_str(),
        );
        writeln!(out, "{resolved}")?;
    }
    out.flush()?;
    Ok(OK)
}

/// Each area, with the files that cover it.
fn write_coverage(
    out: &mut impl Write,
    analysis: &Analysis,
    sources: &[SourceFile],
) -> io::Result<()> {
    writeln!(out, "{}", t!("cli-merge-coverage"))?;
    for coverage in &analysis.coverage {
        let files = if coverage.sources.is_empty() {
            t!("cli-merge-no-file")
        } else {
            coverage
                .sources
                .iter()
                .map(|&i| sources[i].source.file.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        };
        writeln!(out, "  {:<5} {files}", coverage.area.as_str())?;
    }
    Ok(())
}

/// Every conflict, one a line, with each file's answer.
fn write_conflicts(
    out: &mut impl Write,
    conflicts: &[Conflict],
    sources: &[SourceFile],
) -> io::Result<()> {
    writeln!(
        out,
        "{}",
        t!("cli-merge-conflicts", count = conflicts.len())
    )?;
    for conflict in conflicts {
        let question = conflict.key.question.as_str();
        let what = match conflict.key.part {
            Part::Answer => question.to_owned(),
            Part::Target => t!("cli-merge-conflict-target", question = question),
        };
        let sides = conflict
            .sides
            .iter()
            .map(|side| {
                format!(
                    "{}: {}",
                    sources[side.source].source.file,
                    crate::compare::response_text(crate::i18n::ui_language(), side.value)
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        writeln!(out, "  {what}: {sides}")?;
    }
    Ok(())
}
