//! The registers at the back of the report: every gap with what to do about
//! it, and every in-scope question still unanswered.

use crate::report::Report;
use crate::report::canvas::{Align, Canvas, GREY, Table};
use crate::report::layout::{Span, excerpt};

use super::{H1, QUESTION_EXCERPT, column, no_gaps, question_table};

pub(super) fn gap_register(canvas: &mut Canvas<'_>, report: &Report) {
    canvas.new_page();
    canvas.bookmark("Gap register");
    canvas.heading("Gap register", H1, 60.0);
    canvas.paragraph(
        &[Span::regular(
            "Every question below its target, highest priority first (priority = weight x gap, \
             doubled for critical questions). POETE names the kind of gap: planning, \
             organisation, equipment, training or exercises. Owner and target date are left \
             blank, to be filled in after printing.",
        )],
        8.5,
        0.0,
        GREY,
    );
    if report.gaps.is_empty() {
        return no_gaps(canvas);
    }
    canvas.table(&gap_table(report));
}

/// One row per gap; the owner and target date columns are left blank.
fn gap_table(report: &Report) -> Table {
    let rows = report
        .gaps
        .iter()
        .map(|entry| {
            let gap = &entry.gap;
            let mut question = vec![Span::bold(gap.question.as_str())];
            if gap.critical {
                question.push(Span::regular(" critical"));
            }
            question.push(Span::regular(format!(
                "\nlevel {}, target {}\n{}",
                gap.level,
                gap.target,
                excerpt(&entry.question, QUESTION_EXCERPT)
            )));
            vec![
                vec![Span::bold(gap.priority.to_string())],
                question,
                vec![Span::regular(&entry.recommendation)],
                vec![Span::regular(entry.poete.as_str())],
                Vec::new(),
                Vec::new(),
            ]
        })
        .collect();
    Table {
        columns: vec![
            column("Priority", 36.0, Align::Right),
            column("Question", 124.0, Align::Left),
            column("Recommendation", 160.0, Align::Left),
            column("POETE", 54.0, Align::Left),
            column("Owner", 56.0, Align::Left),
            column("Target date", 51.9, Align::Left),
        ],
        rows,
        size: 7.5,
    }
}

pub(super) fn unanswered(canvas: &mut Canvas<'_>, report: &Report) {
    canvas.new_page();
    canvas.bookmark("Unanswered questions");
    canvas.heading("Unanswered questions", H1, 60.0);
    canvas.paragraph(
        &[Span::regular(format!(
            "{} in-scope questions have neither a level nor a not-applicable answer. \
             The areas they belong to are provisional until they are answered.",
            report.unanswered.len()
        ))],
        8.5,
        0.0,
        GREY,
    );
    canvas.table(&question_table(&report.unanswered, false));
}
