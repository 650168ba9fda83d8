//! `rbr compare`: two rounds of an assessment side by side, for people in the
//! interface language, or as one JSON object with unrounded numbers for programs.

use std::io::{self, BufWriter, Write};
use std::path::Path;

use serde::Serialize;

use super::{Failure, OK, read_assessment};
use crate::compare::{self, AreaChange, Comparison, Movement, QuestionChange};
use crate::i18n::{self, format};
use crate::questionnaire::Questionnaire;
use crate::t;

#[derive(Serialize)]
struct ComparisonJson<'a> {
    old_file: String,
    new_file: String,
    questionnaire: QuestionnaireId<'a>,
    #[serde(flatten)]
    comparison: &'a Comparison,
}

#[derive(Serialize)]
struct QuestionnaireId<'a> {
    id: &'a str,
    version: &'a str,
}

pub(super) fn compare(
    old: &Path,
    new: &Path,
    json: bool,
    questionnaire: &Questionnaire,
) -> Result<u8, Failure> {
    let (old_assessment, new_assessment) = match (read_assessment(old), read_assessment(new)) {
        (Ok(o), Ok(n)) => (o.into_assessment(), n.into_assessment()),
        (Err(code), Ok(_)) | (Ok(_), Err(code)) => return Ok(code),
        (Err(a), Err(b)) => return Ok(a.max(b)),
    };
    let comparison = compare::compare(questionnaire, &old_assessment, &new_assessment);
    let mut out = BufWriter::new(io::stdout().lock());
    if json {
        let object = ComparisonJson {
            old_file: old.display().to_string(),
            new_file: new.display().to_string(),
            questionnaire: QuestionnaireId {
                id: &questionnaire.id,
                version: &questionnaire.version,
            },
            comparison: &comparison,
        };
        serde_json::to_writer(&mut out, &object).map_err(io::Error::from)?;
        writeln!(out)?;
    } else {
        write_text(&mut out, [old, new], &questionnaire.version, &comparison)?;
    }
    out.flush()?;
    Ok(OK)
}

/// The comparison for people; `version` is the questionnaire's, which questions
/// new since the earlier version are new in.
fn write_text(
    out: &mut impl Write,
    [old, new]: [&Path; 2],
    version: &str,
    comparison: &Comparison,
) -> io::Result<()> {
    let lang = i18n::ui_language();
    let date = |round: &compare::Round| {
        round
            .date
            .map_or_else(|| t!("cli-compare-undated"), |d| format::date_long(lang, d))
    };
    writeln!(
        out,
        "{}",
        t!(
            "cli-compare-heading",
            old = old.display().to_string(),
            old_date = date(&comparison.old_round),
            new = new.display().to_string(),
            new_date = date(&comparison.new_round),
        )
    )?;
    writeln!(out)?;
    write_comparability(out, version, comparison)?;
    writeln!(out)?;
    write_areas(out, comparison)?;
    writeln!(out)?;
    write_questions(out, comparison)?;
    writeln!(out)?;
    write_gaps(out, comparison)?;
    write_figures(out, comparison)
}

/// The measured figures, then and now, with the dates they are as of.
fn write_figures(out: &mut impl Write, comparison: &Comparison) -> io::Result<()> {
    if comparison.figures.is_empty() {
        return Ok(());
    }
    let lang = i18n::ui_language();
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        t!("cli-compare-figures", count = comparison.figures.len())
    )?;
    for figure in &comparison.figures {
        writeln!(
            out,
            "    {:<7} {}: {}",
            figure.question.as_str(),
            figure.indicator.name.get(lang.code()),
            figure.then_and_now(lang)
        )?;
    }
    Ok(())
}

fn write_comparability(
    out: &mut impl Write,
    version: &str,
    comparison: &Comparison,
) -> io::Result<()> {
    writeln!(out, "{}", t!("cli-compare-comparability"))?;
    for line in comparison.comparability_lines(i18n::ui_language(), version) {
        writeln!(out, "  {line}")?;
    }
    Ok(())
}

/// The area table: readiness old -> new with the change, completeness, band.
fn write_areas(out: &mut impl Write, comparison: &Comparison) -> io::Result<()> {
    let lang = i18n::ui_language();
    writeln!(out, "{}", t!("cli-compare-areas"))?;
    let headings = [
        t!("term-area"),
        t!("term-readiness"),
        t!("term-completeness"),
        t!("term-band"),
    ];
    let overall_label = t!("cli-score-overall");
    let widths = [
        8.max(headings[0].chars().count())
            .max(overall_label.chars().count()),
        28.max(headings[1].chars().count()),
        22.max(headings[2].chars().count()),
        0,
    ];
    let row = |cells: [&str; 4]| {
        let mut line = String::from("  ");
        for (cell, width) in cells.iter().zip(widths) {
            line.push_str(&format!("{cell:<width$} "));
        }
        line.trim_end().to_owned()
    };
    writeln!(out, "{}", row(headings.each_ref().map(String::as_str)))?;
    for area in &comparison.areas {
        if !area.old.in_scope && !area.new.in_scope {
            let out_of_scope = t!("cli-score-out-of-scope");
            writeln!(out, "{}", row([area.id.as_str(), &out_of_scope, "", ""]))?;
            continue;
        }
        let [readiness, completeness, band] = area_cells(lang, area);
        writeln!(
            out,
            "{}",
            row([area.id.as_str(), &readiness, &completeness, &band])
        )?;
    }
    let overall = &comparison.overall;
    let readiness = format!(
        "{} → {} ({})",
        format::figure(lang, overall.old.readiness),
        format::figure(lang, overall.new.readiness),
        format::signed_figure(lang, overall.readiness_change),
    );
    let completeness = format!(
        "{} → {}",
        format::percent(lang, overall.old.completeness),
        format::percent(lang, overall.new.completeness),
    );
    writeln!(
        out,
        "{}",
        row([&overall_label, &readiness, &completeness, ""])
    )
}

fn area_cells(lang: i18n::Language, area: &AreaChange) -> [String; 3] {
    let band = |score: &crate::scoring::AreaScore| {
        score
            .band
            .map_or_else(|| format::NONE.to_owned(), |b| b.name(lang))
    };
    [
        format!(
            "{} → {} ({})",
            format::figure(lang, area.old.readiness),
            format::figure(lang, area.new.readiness),
            format::signed_figure(lang, area.readiness_change),
        ),
        format!(
            "{} → {}",
            format::percent(lang, area.old.completeness),
            format::percent(lang, area.new.completeness),
        ),
        format!("{} → {}", band(&area.old), band(&area.new)),
    ]
}

fn question_line(change: &QuestionChange) -> String {
    let mut line = format!(
        "    {:<7} {} → {}",
        change.id.as_str(),
        compare::response_text(i18n::ui_language(), change.old),
        compare::response_text(i18n::ui_language(), change.new)
    );
    if change.critical {
        line.push_str(&format!("  ({})", t!("cli-critical")));
    }
    if change.meaning_changed {
        line.push_str(&format!("  ({})", t!("cli-compare-meaning-changed")));
    }
    line
}

fn write_questions(out: &mut impl Write, comparison: &Comparison) -> io::Result<()> {
    writeln!(out, "{}", t!("cli-compare-questions"))?;
    if comparison.questions.is_empty() {
        return writeln!(out, "  {}", t!("cli-compare-no-moves"));
    }
    for movement in Movement::ALL {
        let moved: Vec<&QuestionChange> = comparison.moved(movement).collect();
        if moved.is_empty() {
            continue;
        }
        writeln!(
            out,
            "  {}",
            movement.heading(i18n::ui_language(), moved.len())
        )?;
        for change in moved {
            writeln!(out, "{}", question_line(change))?;
        }
    }
    Ok(())
}

fn write_gaps(out: &mut impl Write, comparison: &Comparison) -> io::Result<()> {
    let lists = [
        (
            t!(
                "cli-compare-gaps-closed",
                count = comparison.gaps_closed.len()
            ),
            &comparison.gaps_closed,
        ),
        (
            t!(
                "cli-compare-gaps-opened",
                count = comparison.gaps_opened.len()
            ),
            &comparison.gaps_opened,
        ),
    ];
    for (heading, gaps) in lists {
        writeln!(out, "{heading}")?;
        if gaps.is_empty() {
            writeln!(out, "    {}", t!("cli-compare-none"))?;
        }
        for gap in gaps {
            let mut line = format!(
                "    {:<7} {} → {}, {}",
                gap.question.as_str(),
                compare::response_text(i18n::ui_language(), gap.old),
                compare::response_text(i18n::ui_language(), gap.new),
                t!("cli-compare-gap-target", target = gap.target.to_string()),
            );
            if gap.critical {
                line.push_str(&format!("  ({})", t!("cli-critical")));
            }
            writeln!(out, "{line}")?;
        }
    }
    Ok(())
}
