//! The registers at the back of the report: every gap with what to do about
//! it, and every in-scope question still unanswered.

use crate::report::Report;
use crate::report::canvas::{Align, Canvas, GREY, Table};
use crate::report::layout::{Span, excerpt};
use crate::tl;

use super::{H1, QUESTION_EXCERPT, column, no_gaps, question_table, text_column};

pub(super) fn gap_register(canvas: &mut Canvas<'_>, report: &Report) {
    let lang = report.language;
    canvas.new_page();
    let heading = tl!(lang, "report-gap-register");
    canvas.bookmark(&heading);
    canvas.heading(&heading, H1, 60.0);
    canvas.paragraph(
        &[Span::regular(tl!(lang, "report-gap-register-intro"))],
        8.5,
        0.0,
        GREY,
    );
    if report.gaps.is_empty() {
        return no_gaps(canvas, lang);
    }
    canvas.table(&gap_table(report));
}

/// One row per gap, with what the plan says: the action, and who, by when (marked
/// when overdue on the report date) and how far along.
fn gap_table(report: &Report) -> Table {
    let lang = report.language;
    let rows = report
        .gaps
        .iter()
        .map(|entry| {
            let gap = &entry.gap;
            let mut question = vec![Span::bold(gap.question.as_str())];
            if gap.critical {
                question.push(Span::regular(format!(
                    " {}",
                    tl!(lang, "report-critical-mark")
                )));
            }
            question.push(Span::regular(format!(
                "\n{}\n{}",
                tl!(
                    lang,
                    "report-gap-levels",
                    level = gap.level.to_string(),
                    target = gap.target.to_string(),
                ),
                excerpt(&entry.question, QUESTION_EXCERPT)
            )));
            if let Some(figure) = &entry.figure {
                question.push(Span::bold(format!("\n{figure}")));
            }
            // Nothing planned yet: the step from the level the answer is at.
            let action = if entry.action_is_step {
                vec![
                    Span::bold(format!("{} ", entry.step_label)),
                    Span::regular(&entry.action),
                ]
            } else {
                vec![Span::regular(&entry.action)]
            };
            vec![
                vec![Span::bold(gap.priority.to_string())],
                question,
                action,
                vec![Span::regular(entry.poete.name(lang))],
                plan_cell(lang, entry),
            ]
        })
        .collect();
    Table {
        columns: vec![
            column(tl!(lang, "report-column-priority"), 36.0, Align::Right),
            column(tl!(lang, "term-question"), 100.0, Align::Left),
            text_column(tl!(lang, "report-column-action")),
            column(tl!(lang, "report-column-poete"), 54.0, Align::Left),
            column(tl!(lang, "report-column-plan"), 96.0, Align::Left),
        ],
        rows,
        size: 7.5,
    }
}

/// Who, by when (marked when overdue on the report date) and how far along, one a
/// line; empty while nothing is planned for the gap.
fn plan_cell(lang: crate::i18n::Language, entry: &crate::report::GapEntry) -> Vec<Span> {
    let mut cell = Vec::new();
    let mut line = |span: Span| {
        if !cell.is_empty() {
            cell.push(Span::regular("\n"));
        }
        cell.push(span);
    };
    if !entry.owner.is_empty() {
        line(Span::regular(&entry.owner));
    }
    if !entry.due.is_empty() {
        line(Span::regular(tl!(
            lang,
            "report-plan-due",
            date = entry.due.as_str()
        )));
    }
    if entry.overdue {
        line(Span::bold(tl!(lang, "report-overdue")));
    }
    if !entry.status.is_empty() {
        line(Span::regular(&entry.status));
    }
    cell
}

pub(super) fn unanswered(canvas: &mut Canvas<'_>, report: &Report) {
    let lang = report.language;
    canvas.new_page();
    let heading = tl!(lang, "report-unanswered");
    canvas.bookmark(&heading);
    canvas.heading(&heading, H1, 60.0);
    canvas.paragraph(
        &[Span::regular(tl!(
            lang,
            "report-unanswered-intro",
            count = report.unanswered.len(),
        ))],
        8.5,
        0.0,
        GREY,
    );
    canvas.table(&question_table(lang, &report.unanswered, false));
}
