//! The planning figures the assessment was made against: each with the country's
//! value, its source and date, or the questionnaire's default where none is recorded.

use crate::report::Report;
use crate::report::canvas::{Align, Canvas, GREY, Table};
use crate::report::layout::Span;
use crate::tl;

use super::{H1, SMALL, column, text_column};

pub(super) fn planning_figures(canvas: &mut Canvas<'_>, report: &Report) {
    let lang = report.language;
    canvas.new_page();
    let heading = tl!(lang, "report-planning-figures");
    canvas.bookmark(&heading);
    canvas.heading(&heading, H1, 60.0);
    canvas.paragraph(
        &[Span::regular(tl!(lang, "report-planning-figures-intro"))],
        8.5,
        0.0,
        GREY,
    );
    let rows = report
        .planning_figures
        .iter()
        .map(|figure| {
            let source = if figure.default {
                Span::regular(tl!(lang, "report-planning-figure-default"))
            } else {
                Span::regular(&figure.source)
            };
            vec![
                vec![Span::regular(&figure.name)],
                vec![Span::bold(&figure.value)],
                vec![source],
                vec![Span::regular(&figure.as_of)],
            ]
        })
        .collect();
    canvas.table(&Table {
        columns: vec![
            text_column(tl!(lang, "report-column-planning-figure")),
            column(tl!(lang, "report-column-value"), 80.0, Align::Right),
            column(tl!(lang, "report-column-source"), 150.0, Align::Left),
            column(tl!(lang, "report-column-as-of"), 58.0, Align::Left),
        ],
        rows,
        size: SMALL,
    });
}
