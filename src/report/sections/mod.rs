//! The sections of the report, in reading order, laid out on the canvas; the
//! sizes and table pieces they share.
//!
//! One submodule per part of the document: the cover with its contents, the
//! executive summary, an area's section, the registers of gaps and unanswered
//! questions, and the annex.

mod annex;
mod areas;
mod cover;
mod registers;
mod summary;

use crate::questionnaire::Level;

use super::canvas::{Align, BLACK, Canvas, Column, Table};
use super::layout::{Span, excerpt};
use super::{QuestionEntry, Report};

/// Body text size.
const BODY: f32 = 9.5;
/// Table text size.
const SMALL: f32 = 8.0;
/// Section heading size.
const H1: f32 = 17.0;
/// Sub-heading size.
const H2: f32 = 12.0;
/// How much of a question's text the summary tables show.
const QUESTION_EXCERPT: usize = 110;

/// Lays out every section, then the contents on the cover.
pub(crate) fn lay_out(canvas: &mut Canvas<'_>, report: &Report) {
    let contents = cover::cover(canvas, report);
    summary::summary(canvas, report);
    for area in report.areas.iter().filter(|a| a.score.in_scope) {
        areas::area_section(canvas, report, area);
    }
    registers::gap_register(canvas, report);
    if !report.unanswered.is_empty() {
        registers::unanswered(canvas, report);
    }
    annex::annex(canvas, report);
    cover::table_of_contents(canvas, contents);
}

fn no_gaps(canvas: &mut Canvas<'_>) {
    canvas.paragraph(
        &[Span::regular(
            "No gaps: every question answered with a level meets its target.",
        )],
        BODY,
        0.0,
        BLACK,
    );
}

fn column(title: &'static str, width: f32, align: Align) -> Column {
    Column {
        title,
        width,
        align,
    }
}

fn id_cell(id: &str, critical: bool) -> Vec<Span> {
    let mut cell = vec![Span::bold(id)];
    if critical {
        cell.push(Span::regular("\ncritical"));
    }
    cell
}

fn level_text(level: Option<Level>) -> String {
    level.map_or_else(|| "-".to_owned(), |l| l.to_string())
}

/// A table of questions listed outside their area.
fn question_table(entries: &[QuestionEntry], with_level: bool) -> Table {
    let rows = entries
        .iter()
        .map(|e| {
            let mut row = vec![
                id_cell(e.id.as_str(), e.critical),
                vec![Span::regular(excerpt(&e.text, QUESTION_EXCERPT + 60))],
            ];
            if with_level {
                row.push(vec![Span::regular(level_text(e.level))]);
            }
            row.push(vec![Span::regular(e.target.to_string())]);
            row
        })
        .collect();
    let mut columns = vec![
        column("Question", 52.0, Align::Left),
        column("", if with_level { 349.9 } else { 389.9 }, Align::Left),
    ];
    if with_level {
        columns.push(column("Level", 40.0, Align::Centre));
    }
    columns.push(column("Target", 40.0, Align::Centre));
    Table {
        columns,
        rows,
        size: SMALL,
    }
}
