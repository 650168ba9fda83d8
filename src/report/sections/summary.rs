//! The executive summary: the overall figures, the chart of the areas, the
//! highest-priority gaps and the critical questions below level 2.

use crate::report::canvas::{Align, BLACK, Canvas, GREY, Table};
use crate::report::layout::{Span, excerpt};
use crate::report::{Report, chart};
use crate::{figure, percent};

use super::{BODY, H1, H2, QUESTION_EXCERPT, SMALL, column, id_cell, no_gaps, question_table};

/// How many gaps the executive summary lists.
const TOP_GAPS: usize = 10;

pub(super) fn summary(canvas: &mut Canvas<'_>, report: &Report) {
    canvas.new_page();
    canvas.bookmark("Executive summary");
    canvas.heading("Executive summary", H1, 60.0);
    key_figures(canvas, report);
    canvas.advance(6.0);
    canvas.heading("Readiness by area", H2, chart::height(&report.areas));
    chart::draw(canvas, &report.areas);
    canvas.paragraph(
        &[Span::regular(
            "Bars: readiness, 0 to 100, with the band written beside it (ready from 75, \
             partially-ready from 50; a critical question at level 0 or 1 makes an area \
             not-ready). Black mark: target readiness, what the area would reach if every \
             question answered with a level met its target. Provisional: some questions of the \
             area are unanswered.",
        )],
        7.5,
        0.0,
        GREY,
    );
    top_gaps(canvas, report);
    critical_below_two(canvas, report);
}

/// Overall readiness and completeness, the areas in scope, the number of gaps.
fn key_figures(canvas: &mut Canvas<'_>, report: &Report) {
    let score = &report.score;
    let in_scope = report.areas.iter().filter(|a| a.score.in_scope).count();
    let (answered, questions) = score.done();
    let label = 150.0;
    canvas.field(
        "Overall readiness",
        &[
            Span::bold(figure(score.overall.readiness)),
            Span::regular(" out of 100 (mean of the in-scope areas)"),
        ],
        10.0,
        label,
    );
    canvas.field(
        "Completeness",
        &[
            Span::bold(percent(score.overall.completeness)),
            Span::regular(format!(
                " ({answered} of {questions} questions answered or N/A)"
            )),
        ],
        10.0,
        label,
    );
    canvas.field(
        "Areas in scope",
        &[Span::regular(format!(
            "{} of {}",
            in_scope,
            report.areas.len()
        ))],
        10.0,
        label,
    );
    canvas.field(
        "Gaps",
        &[Span::regular(format!(
            "{} below target; {} below level 2",
            count(report.gaps.len(), "question", "questions"),
            count(
                report.critical_below_two.len(),
                "critical question",
                "critical questions"
            ),
        ))],
        10.0,
        label,
    );
}

fn top_gaps(canvas: &mut Canvas<'_>, report: &Report) {
    canvas.heading("The ten highest-priority gaps", H2, 40.0);
    if report.gaps.is_empty() {
        return no_gaps(canvas);
    }
    let rows = report
        .gaps
        .iter()
        .take(TOP_GAPS)
        .map(|entry| {
            let gap = &entry.gap;
            vec![
                vec![Span::bold(gap.priority.to_string())],
                id_cell(gap.question.as_str(), gap.critical),
                vec![Span::regular(excerpt(&entry.question, QUESTION_EXCERPT))],
                vec![Span::regular(gap.level.to_string())],
                vec![Span::regular(gap.target.to_string())],
                vec![Span::regular(entry.poete.as_str())],
            ]
        })
        .collect();
    canvas.table(&Table {
        columns: vec![
            column("Priority", 42.0, Align::Right),
            column("Question", 50.0, Align::Left),
            column("", 246.0, Align::Left),
            column("Level", 36.0, Align::Centre),
            column("Target", 40.0, Align::Centre),
            column("POETE", 67.9, Align::Left),
        ],
        rows,
        size: SMALL,
    });
    if report.gaps.len() > TOP_GAPS {
        canvas.paragraph(
            &[Span::regular(format!(
                "{} more gaps are listed in the gap register, with what to do about each.",
                report.gaps.len() - TOP_GAPS
            ))],
            8.0,
            0.0,
            GREY,
        );
    }
}

fn critical_below_two(canvas: &mut Canvas<'_>, report: &Report) {
    canvas.heading("Critical questions below level 2", H2, 40.0);
    if report.critical_below_two.is_empty() {
        canvas.paragraph(
            &[Span::regular(
                "None: every critical question answered with a level is at level 2 or above.",
            )],
            BODY,
            0.0,
            BLACK,
        );
        return;
    }
    canvas.table(&question_table(&report.critical_below_two, true));
}

/// `n` and the noun in singular or plural.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
