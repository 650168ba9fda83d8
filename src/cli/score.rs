//! `rbr score`: the published figures of each file, as a table or one JSON line each.
//!
//! The table is for people, in the interface language with its number format
//! (`53,9` in Armenian); the JSON lines are for programs and never change with it.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::{Failure, OK, load_failure};
use crate::assessment::Assessment;
use crate::i18n::{self, format};
use crate::questionnaire::{Area, Questionnaire};
use crate::scoring::{self, AreaScore, Score};
use crate::storage;
use crate::t;

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
                eprintln!("rbr: {}", e.message(i18n::ui_language()));
                code = code.max(load_failure(&e));
                continue;
            }
        };
        let findings = assessment.findings_judged(questionnaire, time::OffsetDateTime::now_utc());
        if !findings.is_empty() {
            let file = path.display().to_string();
            let command = format!("rbr validate {file}");
            let warning = t!(
                "cli-findings-see-validate",
                file = file,
                count = findings.len(),
                command = command,
            );
            eprintln!("rbr: {warning}");
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
    let lang = i18n::ui_language();
    let meta = &assessment.meta;
    let or_placeholder = |value: &str, placeholder: fn() -> String| {
        if value.trim().is_empty() {
            placeholder()
        } else {
            value.to_owned()
        }
    };
    writeln!(out, "{}", path.display())?;
    writeln!(
        out,
        "{} | {} | {} | {} {}",
        or_placeholder(&meta.title, || t!("cli-untitled")),
        or_placeholder(&meta.organisation, || t!("cli-no-organisation")),
        assessment.status().map_or_else(
            || format::NONE.to_owned(),
            |s| { s.name(crate::i18n::ui_language()) }
        ),
        questionnaire.id,
        questionnaire.version
    )?;
    let table = Table::new();
    writeln!(
        out,
        "{}",
        table.row(&table.headings.each_ref().map(String::as_str))
    )?;
    for (area, figures) in questionnaire.areas.iter().zip(&score.areas) {
        writeln!(out, "{}", table.area_row(area, figures))?;
    }
    let overall = t!("cli-score-overall");
    let readiness = format::figure(lang, score.overall.readiness);
    let completeness = format::percent(lang, score.overall.completeness);
    writeln!(
        out,
        "{}",
        table.row(&["", &overall, &readiness, &completeness, "", ""])
    )?;
    if score.areas.iter().any(|a| a.provisional) {
        writeln!(out, "* {}", t!("cli-score-provisional-note"))?;
    }
    write_gaps(out, score)
}

/// The table's columns: their headings in the interface language, and widths
/// that fit the headings (Armenian headings are longer than English ones).
struct Table {
    headings: [String; 6],
    widths: [usize; 6],
}

/// Whether a column's cells are aligned to the right (figures) or the left (text).
const RIGHT: [bool; 6] = [false, false, true, true, false, true];
/// The narrowest each column may be, whatever its heading.
const MIN_WIDTHS: [usize; 6] = [5, 58, 9, 9, 16, 9];

impl Table {
    fn new() -> Self {
        let headings = [
            t!("term-area"),
            t!("cli-score-requirement"),
            t!("term-readiness"),
            t!("cli-score-complete"),
            t!("term-band"),
            t!("cli-score-answered"),
        ];
        let mut widths = MIN_WIDTHS;
        for (width, heading) in widths.iter_mut().zip(&headings) {
            *width = (*width).max(heading.chars().count());
        }
        Table { headings, widths }
    }

    /// One line of the table; cells beyond those given are left out.
    fn row(&self, cells: &[&str]) -> String {
        let mut line = String::new();
        for (i, cell) in cells.iter().enumerate() {
            // Two spaces set the band apart from the figures before it.
            line.push_str(match i {
                0 => "",
                4 => "  ",
                _ => " ",
            });
            let width = self.widths[i];
            if RIGHT[i] {
                line.push_str(&format!("{cell:>width$}"));
            } else {
                line.push_str(&format!("{cell:<width$}"));
            }
        }
        line.trim_end().to_owned()
    }

    /// An area's figures, or that it is out of scope. The area's title is in the
    /// interface language where the questionnaire has it, else in English.
    fn area_row(&self, area: &Area, figures: &AreaScore) -> String {
        let lang = i18n::ui_language();
        let title: String = area
            .title
            .get(lang.code())
            .chars()
            .take(self.widths[1])
            .collect();
        if !figures.in_scope {
            let out_of_scope = t!("cli-score-out-of-scope");
            return self.row(&[area.id.as_str(), &title, &out_of_scope]);
        }
        let band = figures.band.map_or_else(
            || format::NONE.to_owned(),
            |b| b.name(crate::i18n::ui_language()),
        );
        let band = if figures.provisional {
            format!("{band}*")
        } else {
            band
        };
        self.row(&[
            area.id.as_str(),
            &title,
            &format::figure(lang, figures.readiness),
            &format::percent(lang, figures.completeness),
            &band,
            &format!("{}/{}", figures.done(), figures.questions),
        ])
    }
}

/// The ten gaps of highest priority, and how many more there are.
fn write_gaps(out: &mut impl Write, score: &Score) -> io::Result<()> {
    if score.gaps.is_empty() {
        return writeln!(out, "{}", t!("cli-score-no-gaps"));
    }
    let lang = i18n::ui_language();
    let count = format::integer(lang, score.gaps.len() as u64);
    writeln!(out, "{}", t!("cli-score-gaps-heading", count = count))?;
    for gap in score.gaps.iter().take(SHOWN_GAPS) {
        let line = t!(
            "cli-score-gap",
            question = format!("{:<7}", gap.question.as_str()),
            level = gap.level.to_string(),
            target = gap.target.to_string(),
            gap = gap.gap.to_string(),
            priority = format!("{:>2}", gap.priority),
        );
        if gap.critical {
            writeln!(out, "  {line}  {}", t!("cli-critical"))?;
        } else {
            writeln!(out, "  {line}")?;
        }
    }
    if score.gaps.len() > SHOWN_GAPS {
        let more = score.gaps.len() - SHOWN_GAPS;
        let more = t!(
            "cli-score-more-gaps",
            count = format::integer(lang, more as u64),
            option = "--json",
        );
        writeln!(out, "  {more}")?;
    }
    Ok(())
}

/// How many gaps the table lists; `--json` has them all.
const SHOWN_GAPS: usize = 10;
