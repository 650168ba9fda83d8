//! An area's section: its figures, why its band is capped, every question with
//! its answer and evidence, and why the questions marked N/A do not apply.

use crate::report::canvas::{Align, BLACK, Canvas, GREY, Table};
use crate::report::layout::{Span, excerpt};
use crate::report::{AreaSection, Report, Response};
use crate::scoring::Band;
use crate::{figure, percent};

use super::{BODY, H1, H2, QUESTION_EXCERPT, SMALL, column, id_cell};

/// How much of the evidence an area's table shows.
const EVIDENCE_EXCERPT: usize = 160;
/// The width of the labels of the area's figures.
const LABEL: f32 = 130.0;

pub(super) fn area_section(canvas: &mut Canvas<'_>, report: &Report, area: &AreaSection) {
    canvas.new_page();
    let title = format!("{} {}", area.id, area.title);
    canvas.bookmark(&title);
    canvas.heading(&title, H1, 80.0);
    canvas.paragraph(&[Span::regular(&area.description)], 8.5, 0.0, GREY);
    canvas.advance(4.0);
    figures(canvas, area);
    band_capped(canvas, report, area);
    canvas.advance(6.0);
    canvas.table(&area_table(area));
    not_applicable(canvas, area);
}

/// Readiness with its band, target readiness, completeness, and whether the
/// figures are provisional.
fn figures(canvas: &mut Canvas<'_>, area: &AreaSection) {
    let score = &area.score;
    let band = score.band.map_or("-", Band::as_str);
    canvas.field(
        "Readiness",
        &[
            Span::bold(figure(score.readiness)),
            Span::regular(" out of 100, "),
            Span::bold(band),
        ],
        BODY,
        LABEL,
    );
    canvas.field(
        "Target readiness",
        &[Span::regular(figure(score.target))],
        BODY,
        LABEL,
    );
    canvas.field(
        "Completeness",
        &[Span::regular(format!(
            "{} ({} with a level, {} not applicable, {} unanswered, of {})",
            percent(score.completeness),
            score.answered,
            score.not_applicable,
            score.unanswered,
            score.questions
        ))],
        BODY,
        LABEL,
    );
    if score.provisional {
        canvas.field(
            "Provisional",
            &[Span::regular(format!(
                "{} of {} questions are unanswered, so these figures may still change.",
                score.unanswered, score.questions
            ))],
            BODY,
            LABEL,
        );
    }
}

/// The critical questions at level 0 or 1 that make the area not-ready, if any.
fn band_capped(canvas: &mut Canvas<'_>, report: &Report, area: &AreaSection) {
    let capped: Vec<&str> = report
        .critical_below_two
        .iter()
        .filter(|q| q.area == area.id)
        .map(|q| q.id.as_str())
        .collect();
    if !capped.is_empty() {
        canvas.field(
            "Band capped",
            &[Span::regular(format!(
                "not-ready because critical question {} is at level 0 or 1",
                capped.join(", ")
            ))],
            BODY,
            LABEL,
        );
    }
}

fn area_table(area: &AreaSection) -> Table {
    let rows = area
        .questions
        .iter()
        .map(|q| {
            let level = match q.response {
                Response::Level(level) => level.to_string(),
                Response::NotApplicable => "N/A".to_owned(),
                Response::Unanswered => "-".to_owned(),
            };
            let evidence = match q.response {
                Response::NotApplicable => Span::regular("see below"),
                _ if q.evidence.trim().is_empty() => Span::regular(""),
                _ => Span::regular(excerpt(&q.evidence, EVIDENCE_EXCERPT)),
            };
            vec![
                id_cell(q.id.as_str(), q.critical),
                vec![Span::regular(&q.text)],
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
            column("Question", 48.0, Align::Left),
            column("", 190.0, Align::Left),
            column("Level", 32.0, Align::Centre),
            column("Target", 36.0, Align::Centre),
            column("Gap", 28.0, Align::Centre),
            column("Evidence (excerpt)", 147.9, Align::Left),
        ],
        rows,
        size: SMALL,
    }
}

fn not_applicable(canvas: &mut Canvas<'_>, area: &AreaSection) {
    let na: Vec<_> = area
        .questions
        .iter()
        .filter(|q| q.response == Response::NotApplicable)
        .collect();
    if na.is_empty() {
        return;
    }
    canvas.heading("Not applicable, and why", H2, 30.0);
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
            "(no justification given)"
        } else {
            q.justification.as_str()
        };
        canvas.paragraph(&[Span::regular(justification)], SMALL + 0.5, 14.0, GREY);
    }
}
