//! "Progress since": the assessment beside an earlier round, after the executive
//! summary. Each area's readiness and band then and now, the questions that
//! improved and declined, and the gaps closed and opened.

use crate::assessment::Response;
use crate::compare::Movement;
use crate::i18n::Language;
use crate::i18n::format::{figure, signed_figure};
use crate::report::canvas::{Align, BLACK, Canvas, GREY, Table};
use crate::report::layout::{Span, excerpt};
use crate::report::progress::{Progress, ProgressGap};
use crate::report::{Report, words};
use crate::tl;

use super::{
    BODY, H1, H2, QUESTION_EXCERPT, SMALL, column, emphasised, id_cell, marker, text_column,
};

/// The width of the labels of the section's figures.
const LABEL: f32 = 150.0;

pub(super) fn progress(canvas: &mut Canvas<'_>, report: &Report, progress: &Progress) {
    let lang = report.language;
    canvas.new_page();
    canvas.bookmark(&progress.heading);
    canvas.heading(&progress.heading, H1, 60.0);
    let intro = if progress.earlier_title.is_empty() {
        tl!(lang, "report-progress-intro-untitled")
    } else {
        tl!(
            lang,
            "report-progress-intro",
            title = progress.earlier_title.as_str()
        )
    };
    canvas.paragraph(&[Span::regular(intro)], 8.5, 0.0, GREY);
    for sentence in &progress.comparability {
        canvas.paragraph(&[Span::regular(sentence)], BODY, 0.0, BLACK);
    }
    canvas.advance(4.0);
    key_figures(canvas, lang, progress);
    canvas.advance(6.0);
    canvas.heading(&tl!(lang, "report-progress-areas"), H2, 60.0);
    canvas.table(&area_table(lang, progress));
    gap_list(
        canvas,
        lang,
        &tl!(lang, "report-progress-gaps-closed"),
        &progress.gaps_closed,
    );
    gap_list(
        canvas,
        lang,
        &tl!(lang, "report-progress-gaps-opened"),
        &progress.gaps_opened,
    );
}

/// Overall readiness then and now, and the questions that improved and declined.
fn key_figures(canvas: &mut Canvas<'_>, lang: Language, progress: &Progress) {
    let comparison = &progress.comparison;
    let overall = &comparison.overall;
    let value = tl!(
        lang,
        "report-progress-overall-value",
        old = figure(lang, overall.old.readiness),
        new = marker(0),
        change = signed_figure(lang, overall.readiness_change),
    );
    canvas.field(
        &tl!(lang, "report-overall-readiness"),
        &emphasised(&value, &[&figure(lang, overall.new.readiness)]),
        10.0,
        LABEL,
    );
    for (label, movement) in [
        ("report-progress-improved", Movement::Improved),
        ("report-progress-declined", Movement::Declined),
    ] {
        let ids: Vec<&str> = comparison.moved(movement).map(|q| q.id.as_str()).collect();
        let mut value = vec![Span::bold(ids.len().to_string())];
        if !ids.is_empty() {
            value.push(Span::regular(format!(" ({})", ids.join(", "))));
        }
        canvas.field(&tl!(lang, label), &value, 10.0, LABEL);
    }
    let others: usize = [
        Movement::NewlyAnswered,
        Movement::NoLongerAnswered,
        Movement::ToNotApplicable,
        Movement::FromNotApplicable,
    ]
    .iter()
    .map(|&m| comparison.count(m))
    .sum();
    if others > 0 {
        canvas.field(
            &tl!(lang, "report-progress-other-changes"),
            &[Span::regular(tl!(
                lang,
                "report-progress-other-changes-value",
                answered = comparison.count(Movement::NewlyAnswered),
                unanswered = comparison.count(Movement::NoLongerAnswered),
                to_not_applicable = comparison.count(Movement::ToNotApplicable),
                from_not_applicable = comparison.count(Movement::FromNotApplicable),
            ))],
            10.0,
            LABEL,
        );
    }
}

/// One row per area in scope in either round: readiness and band then and now.
fn area_table(lang: Language, progress: &Progress) -> Table {
    let rows = progress
        .areas
        .iter()
        .filter_map(|(id, title)| {
            let change = progress.comparison.area(id)?;
            let cell = |text: String| vec![Span::regular(text)];
            let band = |score: &crate::scoring::AreaScore| {
                if score.in_scope {
                    words::band(lang, score.band)
                } else {
                    tl!(lang, "report-chart-out-of-scope")
                }
            };
            Some(vec![
                vec![Span::bold(id.as_str())],
                cell(excerpt(title, 80)),
                cell(figure(lang, change.old.readiness)),
                vec![Span::bold(figure(lang, change.new.readiness))],
                cell(signed_figure(lang, change.readiness_change)),
                cell(band(&change.old)),
                cell(band(&change.new)),
            ])
        })
        .collect();
    Table {
        columns: vec![
            column(tl!(lang, "term-area"), 34.0, Align::Left),
            text_column(""),
            column(tl!(lang, "report-progress-then"), 48.0, Align::Right),
            column(tl!(lang, "report-progress-now"), 48.0, Align::Right),
            column(tl!(lang, "report-progress-change"), 48.0, Align::Right),
            column(tl!(lang, "report-progress-band-then"), 62.0, Align::Left),
            column(tl!(lang, "report-progress-band-now"), 62.0, Align::Left),
        ],
        rows,
        size: SMALL,
    }
}

fn response_text(lang: Language, response: Response) -> String {
    match response {
        Response::Level(level) => level.to_string(),
        Response::NotApplicable => tl!(lang, "report-not-applicable-short"),
        Response::Unanswered => crate::i18n::format::NONE.to_owned(),
    }
}

/// A heading and the gaps under it, or a line saying there are none.
fn gap_list(canvas: &mut Canvas<'_>, lang: Language, heading: &str, gaps: &[ProgressGap]) {
    canvas.heading(heading, H2, 40.0);
    if gaps.is_empty() {
        canvas.paragraph(
            &[Span::regular(tl!(lang, "report-progress-none"))],
            BODY,
            0.0,
            BLACK,
        );
        return;
    }
    let rows = gaps
        .iter()
        .map(|gap| {
            let change = &gap.change;
            vec![
                id_cell(lang, change.question.as_str(), change.critical),
                vec![Span::regular(excerpt(&gap.text, QUESTION_EXCERPT))],
                vec![Span::regular(response_text(lang, change.old))],
                vec![Span::regular(response_text(lang, change.new))],
                vec![Span::regular(change.target.to_string())],
            ]
        })
        .collect();
    canvas.table(&Table {
        columns: vec![
            column(tl!(lang, "term-question"), 52.0, Align::Left),
            text_column(""),
            column(tl!(lang, "report-progress-level-then"), 48.0, Align::Centre),
            column(tl!(lang, "report-progress-level-now"), 48.0, Align::Centre),
            column(tl!(lang, "report-column-target"), 40.0, Align::Centre),
        ],
        rows,
        size: SMALL,
    });
}
