//! `rbr score`: the published figures of each file, as a table or one JSON line each.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{Failure, OK, load_failure};
use crate::assessment::Assessment;
use crate::questionnaire::{Area, Questionnaire};
use crate::scoring::{self, AreaScore, Score};
use crate::storage;
use crate::{figure, percent};

#[derive(Serialize)]
struct ScoreLine<'a> {
    file: String,
    questionnaire: QuestionnaireId<'a>,
    #[serde(flatten)]
    score: &'a Score,
}

#[derive(Serialize)]
struct QuestionnaireId<'a> {
    id: &'a str,
    version: &'a str,
}

pub(super) fn score(
    files: &[PathBuf],
    json: bool,
    questionnaire: &Questionnaire,
) -> Result<u8, Failure> {
    let mut code = OK;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for (i, path) in files.iter().enumerate() {
        let assessment = match storage::load_assessment(path) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("rbr: {e}");
                code = code.max(load_failure(&e));
                continue;
            }
        };
        let findings = assessment.findings(questionnaire);
        if !findings.is_empty() {
            eprintln!(
                "rbr: {}: {} finding(s); see `rbr validate {}`",
                path.display(),
                findings.len(),
                path.display()
            );
        }
        let score = scoring::score(questionnaire, &assessment);
        let written = if json {
            let line = ScoreLine {
                file: path.display().to_string(),
                questionnaire: QuestionnaireId {
                    id: &questionnaire.id,
                    version: &questionnaire.version,
                },
                score: &score,
            };
            serde_json::to_writer(&mut out, &line)
                .map_err(io::Error::from)
                .and_then(|()| writeln!(out))
        } else {
            if i > 0 {
                let _ = writeln!(out);
            }
            write_table(&mut out, path, questionnaire, &assessment, &score)
        };
        written?;
    }
    out.flush()?;
    Ok(code)
}

fn write_table(
    out: &mut impl Write,
    path: &Path,
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    score: &Score,
) -> io::Result<()> {
    let meta = &assessment.meta;
    writeln!(out, "{}", path.display())?;
    writeln!(
        out,
        "{} | {} | {} | {} {}",
        meta.title_or_placeholder(),
        meta.organisation_or_placeholder(),
        assessment.meta.status.valid().map_or("?", |s| s.as_str()),
        questionnaire.id,
        questionnaire.version
    )?;
    writeln!(
        out,
        "{:<5} {:<58} {:>9} {:>9}  {:<16} {:>9}",
        "Area", "Requirement", "Readiness", "Complete", "Band", "Answered"
    )?;
    for (area, figures) in questionnaire.areas.iter().zip(&score.areas) {
        write_area(out, area, figures)?;
    }
    writeln!(
        out,
        "{:<5} {:<58} {:>9} {:>9}",
        "",
        "Overall",
        figure(score.overall.readiness),
        percent(score.overall.completeness)
    )?;
    if score.areas.iter().any(|a| a.provisional) {
        writeln!(
            out,
            "* provisional: not every question of the area is answered"
        )?;
    }
    write_gaps(out, score)
}

/// The ten gaps of highest priority, and how many more there are.
fn write_gaps(out: &mut impl Write, score: &Score) -> io::Result<()> {
    if score.gaps.is_empty() {
        writeln!(out, "No gaps: every answered question meets its target.")?;
    } else {
        writeln!(out, "Gaps by priority ({}):", score.gaps.len())?;
        for gap in score.gaps.iter().take(10) {
            writeln!(
                out,
                "  {:<7} level {} -> target {}  gap {}  priority {:>2}{}",
                gap.question,
                gap.level,
                gap.target,
                gap.gap,
                gap.priority,
                if gap.critical { "  critical" } else { "" }
            )?;
        }
        if score.gaps.len() > 10 {
            writeln!(
                out,
                "  ... and {} more (use --json for all)",
                score.gaps.len() - 10
            )?;
        }
    }
    Ok(())
}

/// One row of the table: an area's figures, or that it is out of scope.
fn write_area(out: &mut impl Write, area: &Area, figures: &AreaScore) -> io::Result<()> {
    let title: String = area.title.get("en").chars().take(58).collect();
    if !figures.in_scope {
        return writeln!(out, "{:<5} {:<58} {:>9}", area.id, title, "out of scope");
    }
    let band = figures.band.map_or("-", |b| b.as_str());
    writeln!(
        out,
        "{:<5} {:<58} {:>9} {:>9}  {:<16} {:>9}",
        area.id,
        title,
        figure(figures.readiness),
        percent(figures.completeness),
        if figures.provisional {
            format!("{band}*")
        } else {
            band.to_owned()
        },
        format!("{}/{}", figures.done(), figures.questions)
    )
}
