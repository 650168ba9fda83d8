//! The executive summary: the overall figures, the chart of the areas, the
//! highest-priority gaps and the critical questions below level 2.

use crate::i18n::format::{figure, percent};
use crate::report::canvas::{Align, BLACK, Canvas, GREY, Table};
use crate::report::layout::{Span, excerpt};
use crate::report::{Report, chart};
use crate::tl;

use super::{
    BODY, H1, H2, QUESTION_EXCERPT, SMALL, column, emphasised, id_cell, marker, no_gaps,
    question_table, text_column,
};

/// How many gaps the executive summary lists.
const TOP_GAPS: usize = 10;

pub(super) fn summary(canvas: &mut Canvas<'_>, report: &Report) {
    let lang = report.language;
    canvas.new_page();
    let heading = tl!(lang, "report-summary");
    canvas.bookmark(&heading);
    canvas.heading(&heading, H1, 60.0);
    key_figures(canvas, report);
    canvas.advance(6.0);
    canvas.heading(
        &tl!(lang, "report-chart-heading"),
        H2,
        chart::height(&report.areas),
    );
    chart::draw(canvas, lang, &report.areas);
    canvas.paragraph(
        &[Span::regular(tl!(lang, "report-chart-legend"))],
        7.5,
        0.0,
        GREY,
    );
    knock_on(canvas, report);
    top_gaps(canvas, report);
    critical_below_two(canvas, report);
}

/// The not-ready areas that others depend on, one sentence each.
fn knock_on(canvas: &mut Canvas<'_>, report: &Report) {
    if report.knock_on.is_empty() {
        return;
    }
    let lang = report.language;
    canvas.heading(&tl!(lang, "report-knock-on-title"), H2, 40.0);
    for effect in &report.knock_on {
        let mut sentence = tl!(
            lang,
            "report-knock-on",
            area = effect.area.as_str(),
            dependents = effect.dependents.join(", "),
            count = effect.dependents.len(),
        );
        if !effect.further.is_empty() {
            sentence.push(' ');
            sentence.push_str(&tl!(
                lang,
                "knock-on-further",
                areas = effect.further.join(", "),
                count = effect.further.len(),
            ));
        }
        canvas.paragraph(&[Span::regular(sentence)], BODY, 0.0, BLACK);
    }
}

/// Overall readiness and completeness, the areas in scope, the number of gaps.
fn key_figures(canvas: &mut Canvas<'_>, report: &Report) {
    let lang = report.language;
    let score = &report.score;
    let in_scope = report.areas.iter().filter(|a| a.score.in_scope).count();
    let (answered, questions) = score.done();
    let label = 150.0;
    let readiness = tl!(lang, "report-overall-readiness-value", value = marker(0));
    canvas.field(
        &tl!(lang, "report-overall-readiness"),
        &emphasised(&readiness, &[&figure(lang, score.overall.readiness)]),
        10.0,
        label,
    );
    let completeness = tl!(
        lang,
        "report-overall-completeness-value",
        value = marker(0),
        done = answered,
        total = questions,
    );
    canvas.field(
        &tl!(lang, "term-completeness"),
        &emphasised(&completeness, &[&percent(lang, score.overall.completeness)]),
        10.0,
        label,
    );
    canvas.field(
        &tl!(lang, "report-areas-in-scope"),
        &[Span::regular(tl!(
            lang,
            "report-areas-in-scope-value",
            count = in_scope,
            total = report.areas.len(),
        ))],
        10.0,
        label,
    );
    canvas.field(
        &tl!(lang, "report-gaps"),
        &[Span::regular(tl!(
            lang,
            "report-gaps-value",
            gaps = report.gaps.len(),
            critical = report.critical_below_two.len(),
        ))],
        10.0,
        label,
    );
    plan_figures(canvas, report, label);
}

/// One line on how far the action plan covers the gaps, on the report date.
fn plan_figures(canvas: &mut Canvas<'_>, report: &Report, label: f32) {
    let lang = report.language;
    let plan = &report.plan;
    if plan.gaps == 0 {
        return;
    }
    let value = if report.has_plan {
        tl!(
            lang,
            "report-plan-value",
            owned_and_dated = plan.owned_and_dated,
            gaps = plan.gaps,
            done = plan.done,
            overdue = plan.overdue,
            date = report.date_long(),
        )
    } else {
        tl!(lang, "report-plan-none")
    };
    canvas.field(
        &tl!(lang, "report-plan"),
        &[Span::regular(value)],
        10.0,
        label,
    );
}

fn top_gaps(canvas: &mut Canvas<'_>, report: &Report) {
    let lang = report.language;
    canvas.heading(&tl!(lang, "report-top-gaps"), H2, 40.0);
    if report.gaps.is_empty() {
        return no_gaps(canvas, lang);
    }
    let rows = report
        .gaps
        .iter()
        .take(TOP_GAPS)
        .map(|entry| {
            let gap = &entry.gap;
            vec![
                vec![Span::bold(gap.priority.to_string())],
                id_cell(lang, gap.question.as_str(), gap.critical),
                vec![Span::regular(excerpt(&entry.question, QUESTION_EXCERPT))],
                vec![Span::regular(gap.level.to_string())],
                vec![Span::regular(gap.target.to_string())],
                vec![Span::regular(entry.poete.name(lang))],
            ]
        })
        .collect();
    canvas.table(&Table {
        columns: vec![
            column(tl!(lang, "report-column-priority"), 42.0, Align::Right),
            column(tl!(lang, "term-question"), 50.0, Align::Left),
            text_column(""),
            column(tl!(lang, "term-level"), 36.0, Align::Centre),
            column(tl!(lang, "report-column-target"), 40.0, Align::Centre),
            column(tl!(lang, "report-column-poete"), 67.9, Align::Left),
        ],
        rows,
        size: SMALL,
    });
    if report.gaps.len() > TOP_GAPS {
        canvas.paragraph(
            &[Span::regular(tl!(
                lang,
                "report-more-gaps",
                count = report.gaps.len() - TOP_GAPS,
            ))],
            8.0,
            0.0,
            GREY,
        );
    }
}

fn critical_below_two(canvas: &mut Canvas<'_>, report: &Report) {
    let lang = report.language;
    canvas.heading(&tl!(lang, "report-critical-below-two"), H2, 40.0);
    if report.critical_below_two.is_empty() {
        canvas.paragraph(
            &[Span::regular(tl!(lang, "report-critical-none"))],
            BODY,
            0.0,
            BLACK,
        );
        return;
    }
    canvas.table(&question_table(lang, &report.critical_below_two, true));
}
