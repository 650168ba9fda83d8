//! The cover: what the report is about, whose file it was made from, and the
//! contents, drawn last into space kept for them once every page is known.

use super::H2;
use crate::report::Report;
use crate::report::canvas::{BLACK, BODY_WIDTH, Canvas, GREY, MARGIN, line_height};
use crate::report::fonts::Weight;
use crate::report::layout::{Span, one_line};

/// The height of one contents entry.
const CONTENTS_LINE: f32 = 14.0;
/// The width of the labels of the cover's fields.
const LABEL: f32 = 130.0;

/// Where the contents go: the page and the top of the space kept for them.
pub(crate) struct ContentsSlot {
    page: usize,
    top: f32,
}

/// Lays out the cover and keeps room for the contents.
pub(super) fn cover(canvas: &mut Canvas<'_>, report: &Report) -> ContentsSlot {
    canvas.bookmark("Cover");
    canvas.advance(24.0);
    title_block(canvas, report);
    canvas.advance(18.0);
    for (name, value) in &fields(report) {
        canvas.field(name, &[Span::regular(value)], 10.0, LABEL);
    }
    fingerprint(canvas, report);
    if report.status == "draft" {
        canvas.paragraph(
            &[Span::bold(
                "This assessment is a draft: its answers, and so its figures, may still change.",
            )],
            8.5,
            0.0,
            BLACK,
        );
    }
    canvas.advance(14.0);
    let entries = 3
        + report.areas.iter().filter(|a| a.score.in_scope).count()
        + usize::from(!report.unanswered.is_empty());
    let (page, top) = canvas.reserve(line_height(H2) + 8.0 + entries as f32 * CONTENTS_LINE);
    ContentsSlot { page, top }
}

/// The series, the document's kind, then the assessment's title and organisation.
fn title_block(canvas: &mut Canvas<'_>, report: &Report) {
    canvas.paragraph(
        &[Span::bold("NATO Resilience Baseline Requirements")],
        11.0,
        0.0,
        GREY,
    );
    canvas.paragraph(&[Span::bold("Resilience gap report")], 26.0, 0.0, BLACK);
    if !report.assessment_title.is_empty() {
        canvas.paragraph(&[Span::regular(&report.assessment_title)], 15.0, 0.0, BLACK);
    }
    if !report.organisation.is_empty() {
        canvas.paragraph(&[Span::bold(&report.organisation)], 15.0, 0.0, BLACK);
    }
}

/// The cover's fields: who, when, against which questionnaire.
fn fields(report: &Report) -> Vec<(&'static str, String)> {
    let mut fields: Vec<(&str, String)> = vec![
        ("Organisation", or_none(&report.organisation)),
        ("Assessor", or_none(&report.assessor)),
        ("Status", or_none(&report.status)),
        ("Classification", report.classification.clone()),
        ("Report date", report.date_text()),
        ("Assessment created", or_none(&report.created)),
        ("Assessment last saved", or_none(&report.modified)),
        (
            "Questionnaire",
            format!(
                "{} {}: {}",
                report.questionnaire_id, report.questionnaire_version, report.questionnaire_title
            ),
        ),
    ];
    if let Some((id, version)) = &report.file_questionnaire {
        fields.push((
            "File written for",
            format!("{id} {version}, not the questionnaire scored against"),
        ));
    }
    fields
}

/// The file's SHA-256, and how a reader checks it against a file.
fn fingerprint(canvas: &mut Canvas<'_>, report: &Report) {
    canvas.field(
        "SHA-256 of the file",
        &[Span::regular(&report.fingerprint)],
        9.0,
        LABEL,
    );
    canvas.paragraph(
        &[Span::regular(
            "The SHA-256 fingerprint identifies the assessment file this report was made from: \
             any change to the file changes it. To check a file, compare this value with what \
             `sha256sum FILE` (Linux, macOS) or `Get-FileHash FILE` (Windows) prints.",
        )],
        8.0,
        0.0,
        GREY,
    );
}

fn or_none(value: &str) -> String {
    if value.trim().is_empty() {
        "(not given)".to_owned()
    } else {
        value.to_owned()
    }
}

/// The contents on the cover, drawn once every section's page is known.
pub(super) fn table_of_contents(canvas: &mut Canvas<'_>, slot: ContentsSlot) {
    let entries: Vec<(String, usize)> = canvas.bookmarks().iter().skip(1).cloned().collect();
    let heading = one_line(canvas.fonts, "Contents", Weight::Bold, H2, BODY_WIDTH);
    canvas.line_on(slot.page, &heading, MARGIN, slot.top - H2, H2, BLACK);
    let mut y = slot.top - line_height(H2) - 8.0;
    for (title, page) in entries {
        let number = one_line(canvas.fonts, &page.to_string(), Weight::Regular, 10.0, 40.0);
        let title = one_line(
            canvas.fonts,
            &title,
            Weight::Regular,
            10.0,
            BODY_WIDTH - 60.0,
        );
        canvas.line_on(slot.page, &title, MARGIN, y - 10.0, 10.0, BLACK);
        let x = MARGIN + BODY_WIDTH - number.width;
        canvas.line_on(slot.page, &number, x, y - 10.0, 10.0, BLACK);
        y -= CONTENTS_LINE;
    }
}
