//! The cover: what the report is about, whose file it was made from, and the
//! contents, drawn last into space kept for them once every page is known.

use super::H2;
use crate::assessment::parse_timestamp;
use crate::i18n::{Language, format};
use crate::report::canvas::{BLACK, BODY_WIDTH, Canvas, GREY, MARGIN, line_height};
use crate::report::fonts::Weight;
use crate::report::layout::{Span, one_line};
use crate::report::{Report, ReviewState};
use crate::tl;

/// The height of one contents entry.
const CONTENTS_LINE: f32 = 14.0;
/// The width of the labels of the cover's fields.
const LABEL: f32 = 150.0;

/// Where the contents go: the page and the top of the space kept for them.
pub(crate) struct ContentsSlot {
    page: usize,
    top: f32,
}

/// Lays out the cover and keeps room for the contents.
pub(super) fn cover(canvas: &mut Canvas<'_>, report: &Report) -> ContentsSlot {
    let lang = report.language;
    canvas.bookmark(&tl!(lang, "report-cover"));
    canvas.advance(24.0);
    title_block(canvas, report);
    canvas.advance(18.0);
    for (name, value) in &fields(report) {
        canvas.field(name, &[Span::regular(value)], 10.0, LABEL);
    }
    fingerprint(canvas, report);
    merged_from(canvas, report);
    if let Some(state) = &report.review {
        review(canvas, lang, state);
    }
    if report.draft {
        canvas.paragraph(
            &[Span::bold(tl!(lang, "report-draft-note"))],
            8.5,
            0.0,
            BLACK,
        );
    }
    if report.questionnaire_draft {
        canvas.paragraph(
            &[Span::regular(tl!(lang, "report-questionnaire-draft"))],
            8.5,
            0.0,
            BLACK,
        );
    }
    // Nobody has yet signed off the Armenian wording: the reader is told so.
    if lang == crate::i18n::Language::Hy {
        canvas.paragraph(
            &[Span::regular(tl!(lang, "report-translation-draft"))],
            8.5,
            0.0,
            BLACK,
        );
    }
    canvas.advance(14.0);
    let entries = 3
        + usize::from(report.progress.is_some())
        + report.areas.iter().filter(|a| a.score.in_scope).count()
        + usize::from(!report.unanswered.is_empty())
        + usize::from(report.listed_comments().next().is_some());
    let (page, top) = canvas.reserve(line_height(H2) + 8.0 + entries as f32 * CONTENTS_LINE);
    ContentsSlot { page, top }
}

/// The series, the document's kind, then the assessment's title and organisation.
fn title_block(canvas: &mut Canvas<'_>, report: &Report) {
    let lang = report.language;
    canvas.paragraph(&[Span::bold(tl!(lang, "report-series"))], 11.0, 0.0, GREY);
    canvas.paragraph(&[Span::bold(tl!(lang, "report-kind"))], 26.0, 0.0, BLACK);
    if !report.assessment_title.is_empty() {
        canvas.paragraph(&[Span::regular(&report.assessment_title)], 15.0, 0.0, BLACK);
    }
    if !report.organisation.is_empty() {
        canvas.paragraph(&[Span::bold(&report.organisation)], 15.0, 0.0, BLACK);
    }
}

/// The cover's fields: who, when, against which questionnaire.
fn fields(report: &Report) -> Vec<(String, String)> {
    let lang = report.language;
    let none = |value: &str| or_none(lang, value);
    let mut fields = vec![
        (tl!(lang, "report-organisation"), none(&report.organisation)),
        (tl!(lang, "report-assessor"), none(&report.assessor)),
        (tl!(lang, "term-status"), none(&report.status)),
        (
            tl!(lang, "report-classification"),
            report.classification.clone(),
        ),
        (tl!(lang, "report-date"), report.date_long()),
        (
            tl!(lang, "report-created"),
            timestamp(lang, &report.created),
        ),
        (
            tl!(lang, "report-modified"),
            timestamp(lang, &report.modified),
        ),
        (
            tl!(lang, "report-questionnaire"),
            tl!(
                lang,
                "report-questionnaire-value",
                id = &report.questionnaire_id,
                version = &report.questionnaire_version,
                title = &report.questionnaire_title,
            ),
        ),
    ];
    if let Some((id, version)) = &report.file_questionnaire {
        fields.push((
            tl!(lang, "report-file-written-for"),
            tl!(
                lang,
                "report-file-questionnaire-value",
                id = id,
                version = version,
            ),
        ));
    }
    fields
}

/// The file's SHA-256, and how a reader checks it against a file.
fn fingerprint(canvas: &mut Canvas<'_>, report: &Report) {
    let lang = report.language;
    canvas.field(
        &tl!(lang, "report-fingerprint"),
        &[Span::regular(&report.fingerprint)],
        9.0,
        LABEL,
    );
    let file = tl!(lang, "report-file-placeholder");
    canvas.paragraph(
        &[Span::regular(tl!(
            lang,
            "report-fingerprint-note",
            unix_command = format!("`sha256sum {file}` (Linux, macOS)"),
            windows_command = format!("`Get-FileHash {file}` (Windows)"),
        ))],
        8.0,
        0.0,
        GREY,
    );
}

/// For a combined file, the files it was made from, each with its SHA-256, so a
/// reader can check which versions of the ministries' files went into it.
fn merged_from(canvas: &mut Canvas<'_>, report: &Report) {
    let lang = report.language;
    for (n, (file, sha256)) in report.merged_from.iter().enumerate() {
        let label = if n == 0 {
            tl!(lang, "report-merged-from", count = report.merged_from.len())
        } else {
            String::new()
        };
        canvas.field(
            &label,
            &[
                Span::bold(file.as_str()),
                Span::regular(format!("\nSHA-256 {sha256}")),
            ],
            8.0,
            LABEL,
        );
    }
}

/// The review state: the last event with the content it concerned, who approved,
/// and, said plainly, whether the content has changed since.
fn review(canvas: &mut Canvas<'_>, lang: Language, state: &ReviewState) {
    canvas.advance(6.0);
    canvas.field(
        &tl!(lang, "report-review-last"),
        &[Span::regular(tl!(
            lang,
            "report-review-event",
            seq = state.seq,
            action = &state.action,
            who = &state.who,
            time = &state.time,
        ))],
        10.0,
        LABEL,
    );
    canvas.field(
        &tl!(lang, "report-review-content"),
        &[Span::regular(&state.content_sha256)],
        9.0,
        LABEL,
    );
    if let Some((who, date)) = &state.approval {
        let approved = tl!(lang, "report-approved-by", who = who, date = date);
        canvas.paragraph(&[Span::bold(approved)], 10.0, 0.0, BLACK);
    }
    if let Some(changed) = &state.changed_since_approval {
        let text = if changed.is_empty() {
            tl!(lang, "report-changed-since-approval-other")
        } else {
            tl!(
                lang,
                "report-changed-since-approval",
                parts = changed.join(", "),
            )
        };
        canvas.paragraph(&[Span::bold(text)], 10.0, 0.0, BLACK);
    }
}

/// A time from the file (`meta.created`, `meta.modified`) as a reader writes it,
/// in UTC; as written when it is not one.
fn timestamp(lang: Language, value: &str) -> String {
    match parse_timestamp(value) {
        Some(at) => tl!(
            lang,
            "report-time-utc",
            time = format::date_time(lang, at.to_offset(time::UtcOffset::UTC)),
        ),
        None => or_none(lang, value),
    }
}

fn or_none(lang: Language, value: &str) -> String {
    if value.trim().is_empty() {
        tl!(lang, "report-not-given")
    } else {
        value.to_owned()
    }
}

/// The contents on the cover, drawn once every section's page is known.
pub(super) fn table_of_contents(canvas: &mut Canvas<'_>, lang: Language, slot: ContentsSlot) {
    let entries: Vec<(String, usize)> = canvas.bookmarks().iter().skip(1).cloned().collect();
    let contents = tl!(lang, "report-contents");
    let heading = one_line(canvas.fonts, &contents, Weight::Bold, H2, BODY_WIDTH);
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
