//! An area's section: its figures, why its band is capped, every question with
//! its answer and evidence, and why the questions marked N/A do not apply.

use crate::i18n::Language;
use crate::i18n::format::{figure, percent};
use crate::report::canvas::{Align, BLACK, Canvas, GREY, Table};
use crate::report::layout::{Span, excerpt};
use crate::report::{AreaSection, Report, Response, words};
use crate::tl;

use super::{
    BODY, H1, H2, QUESTION_EXCERPT, SMALL, column, emphasised, id_cell, marker, text_column,
};

/// How much of the evidence an area's table shows.
const EVIDENCE_EXCERPT: usize = 160;
/// The width of the labels of the area's figures.
const LABEL: f32 = 170.0;

pub(super) fn area_section(canvas: &mut Canvas<'_>, report: &Report, area: &AreaSection) {
    let lang = report.language;
    canvas.new_page();
    let title = format!("{} {}", area.id, area.title);
    canvas.bookmark(&title);
    canvas.heading(&title, H1, 80.0);
    canvas.paragraph(&[Span::regular(&area.description)], 8.5, 0.0, GREY);
    canvas.advance(4.0);
    figures(canvas, lang, area);
    band_capped(canvas, report, area);
    canvas.advance(6.0);
    canvas.table(&area_table(lang, area));
    not_applicable(canvas, lang, area);
}

/// Readiness with its band, target readiness, completeness, and whether the
/// figures are provisional.
fn figures(canvas: &mut Canvas<'_>, lang: Language, area: &AreaSection) {
    let score = &area.score;
    let readiness = tl!(
        lang,
        "report-readiness-value",
        value = marker(0),
        band = marker(1),
    );
    canvas.field(
        &tl!(lang, "term-readiness"),
        &emphasised(
            &readiness,
            &[
                &figure(lang, score.readiness),
                &words::band(lang, score.band),
            ],
        ),
        BODY,
        LABEL,
    );
    canvas.field(
        &tl!(lang, "term-target-readiness"),
        &[Span::regular(figure(lang, score.target))],
        BODY,
        LABEL,
    );
    canvas.field(
        &tl!(lang, "term-completeness"),
        &[Span::regular(tl!(
            lang,
            "report-completeness-value",
            value = percent(lang, score.completeness),
            answered = score.answered,
            not_applicable = score.not_applicable,
            unanswered = score.unanswered,
            questions = score.questions,
        ))],
        BODY,
        LABEL,
    );
    if score.provisional {
        canvas.field(
            &tl!(lang, "band-provisional-title"),
            &[Span::regular(tl!(
                lang,
                "report-provisional-value",
                unanswered = score.unanswered,
                questions = score.questions,
            ))],
            BODY,
            LABEL,
        );
    }
}

/// The critical questions at level 0 or 1 that make the area not-ready, if any.
fn band_capped(canvas: &mut Canvas<'_>, report: &Report, area: &AreaSection) {
    let lang = report.language;
    let capped: Vec<&str> = report
        .critical_below_two
        .iter()
        .filter(|q| q.area == area.id)
        .map(|q| q.id.as_str())
        .collect();
    if !capped.is_empty() {
        canvas.field(
            &tl!(lang, "report-band-capped"),
            &[Span::regular(tl!(
                lang,
                "report-band-capped-value",
                band = words::band(lang, Some(crate::scoring::Band::NotReady)),
                questions = capped.join(", "),
            ))],
            BODY,
            LABEL,
        );
    }
}

fn area_table(lang: Language, area: &AreaSection) -> Table {
    let rows = area
        .questions
        .iter()
        .map(|q| {
            let level = match q.response {
                Response::Level(level) => level.to_string(),
                Response::NotApplicable => tl!(lang, "report-not-applicable-short"),
                Response::Unanswered => "-".to_owned(),
            };
            let evidence = match q.response {
                Response::NotApplicable => Span::regular(tl!(lang, "report-see-below")),
                Response::Level(_) | Response::Unanswered if q.evidence.trim().is_empty() => {
                    Span::regular("")
                }
                Response::Level(_) | Response::Unanswered => {
                    Span::regular(excerpt(&q.evidence, EVIDENCE_EXCERPT))
                }
            };
            let mut question = vec![Span::regular(&q.text)];
            if let Some(figure) = &q.figure {
                question.push(Span::bold(format!("\n{figure}")));
            }
            vec![
                id_cell(lang, q.id.as_str(), q.critical),
                question,
                vec![Span::regular(level)],
                vec![Span::regular(q.target.to_string())],
                vec![Span::regular(
                    q.gap.map_or_else(String::new, |g| g.to_string()),
                )],
                vec![evidence],
            ]
        })
        .collect();
    Table {
        columns: vec![
            column(tl!(lang, "term-question"), 48.0, Align::Left),
            text_column(""),
            column(tl!(lang, "term-level"), 32.0, Align::Centre),
            column(tl!(lang, "report-column-target"), 36.0, Align::Centre),
            column(tl!(lang, "term-gap"), 28.0, Align::Centre),
            column(
                tl!(lang, "report-column-evidence-excerpt"),
                140.0,
                Align::Left,
            ),
        ],
        rows,
        size: SMALL,
    }
}

fn not_applicable(canvas: &mut Canvas<'_>, lang: Language, area: &AreaSection) {
    let na: Vec<_> = area
        .questions
        .iter()
        .filter(|q| q.response == Response::NotApplicable)
        .collect();
    if na.is_empty() {
        return;
    }
    canvas.heading(&tl!(lang, "report-not-applicable-heading"), H2, 30.0);
    for q in na {
        canvas.paragraph(
            &[
                Span::bold(format!("{} ", q.id)),
                Span::regular(excerpt(&q.text, QUESTION_EXCERPT)),
            ],
            SMALL + 0.5,
            0.0,
            BLACK,
        );
        let justification = if q.justification.trim().is_empty() {
            tl!(lang, "report-no-justification")
        } else {
            q.justification.clone()
        };
        canvas.paragraph(&[Span::regular(justification)], SMALL + 0.5, 14.0, GREY);
    }
}
