//! The cover: an official document's first page. The issuing body in capitals,
//! the approval block with its signature field, the copy number of a classified
//! copy, what the report is about and whose file it was made from, the contents
//! (drawn last into space kept for them once every page is known), and the place
//! and year at the foot.

use super::H2;
use crate::i18n::{Language, format};
use crate::report::canvas::{BLACK, BODY_WIDTH, Canvas, GREY, MARGIN, line_height};
use crate::report::fonts::Weight;
use crate::report::layout::{Span, one_line, wrap};
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
    issuing_body(canvas, report);
    approval_block(canvas, report);
    canvas.advance(12.0);
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
    // The place and year close the title page; the contents follow on their own.
    place_and_year(canvas, report);
    canvas.new_page();
    let entries = 3
        + usize::from(report.progress.is_some())
        + report.areas.iter().filter(|a| a.score.in_scope).count()
        + usize::from(!report.unanswered.is_empty())
        + usize::from(report.listed_comments().next().is_some());
    let (page, top) = canvas.reserve(line_height(H2) + 8.0 + entries as f32 * CONTENTS_LINE);
    ContentsSlot { page, top }
}

/// The organisation that issues the report, in capitals, centred at the top.
fn issuing_body(canvas: &mut Canvas<'_>, report: &Report) {
    if report.organisation.is_empty() {
        return;
    }
    canvas.centred(
        &[Span::bold(format::upper(&report.organisation))],
        12.0,
        BLACK,
    );
    let y = canvas.y() - 2.0;
    canvas.rule((MARGIN, y), (MARGIN + BODY_WIDTH, y), BLACK, 0.8);
    canvas.advance(14.0);
}

/// The width of the approval block, at the top right.
const APPROVAL_WIDTH: f32 = 250.0;
/// The width of the signature's line in it, where the signature field lies.
const SIGNATURE_WIDTH: f32 = 100.0;
/// The approval block's text size.
const APPROVAL_SIZE: f32 = 10.0;

/// «ՀԱՍՏԱՏՈՒՄ ԵՄ» / "APPROVED" at the top right: the position, the signature's
/// line (with the PDF signature field over it), the initial and surname, and the
/// date; filled from the approval event, or empty lines to fill by hand. At the
/// left, a classified copy's number.
fn approval_block(canvas: &mut Canvas<'_>, report: &Report) {
    let lang = report.language;
    let size = APPROVAL_SIZE;
    let x = MARGIN + BODY_WIDTH - APPROVAL_WIDTH;
    let top = canvas.y();
    let classified = report
        .classification
        .as_deref()
        .is_some_and(crate::assessment::is_classified);
    if classified || report.copy.is_some() {
        let copy = report.copy.map_or_else(
            || tl!(lang, "report-copy-blank"),
            |number| tl!(lang, "report-copy", number = number.to_string()),
        );
        let line = one_line(
            canvas.fonts,
            &copy,
            Weight::Bold,
            size,
            BODY_WIDTH - APPROVAL_WIDTH,
        );
        canvas.line_at(&line, MARGIN, top - size, size, BLACK);
    }
    let mut y = top;
    let text = |canvas: &mut Canvas<'_>, y: &mut f32, text: &str, weight, size: f32, ink| {
        for line in wrap(canvas.fonts, &[span(weight, text)], size, APPROVAL_WIDTH) {
            *y -= line_height(size);
            canvas.line_at(&line, x, *y + size * 0.25, size, ink);
        }
    };
    let heading = tl!(lang, "report-approval-heading");
    text(canvas, &mut y, &heading, Weight::Bold, 11.0, BLACK);
    y -= 4.0;
    let approver = report.approver.as_ref();
    match approver
        .map(|a| a.position.as_str())
        .filter(|p| !p.is_empty())
    {
        Some(position) => text(canvas, &mut y, position, Weight::Regular, size, BLACK),
        None => {
            y -= line_height(size) + 4.0;
            canvas.rule((x, y), (x + APPROVAL_WIDTH, y), BLACK, 0.5);
            let hint = tl!(lang, "report-approval-position");
            text(canvas, &mut y, &hint, Weight::Regular, 7.0, GREY);
        }
    }
    // The signature's line, with room above it for a hand or an image.
    y -= 30.0;
    canvas.rule((x, y), (x + SIGNATURE_WIDTH, y), BLACK, 0.5);
    canvas.mark_signature([x, y - 2.0, x + SIGNATURE_WIDTH, y + 28.0]);
    let name_x = x + SIGNATURE_WIDTH + 10.0;
    let name_width = APPROVAL_WIDTH - SIGNATURE_WIDTH - 10.0;
    match approver.filter(|a| !a.name.is_empty()) {
        Some(approver) => {
            let name = one_line(canvas.fonts, &approver.name, Weight::Bold, size, name_width);
            canvas.line_at(&name, name_x, y + 2.0, size, BLACK);
        }
        None => canvas.rule((name_x, y), (x + APPROVAL_WIDTH, y), BLACK, 0.5),
    }
    let hints = [
        (x, SIGNATURE_WIDTH, tl!(lang, "report-approval-signature")),
        (name_x, name_width, tl!(lang, "report-approval-name")),
    ];
    for (hint_x, width, hint) in hints {
        let line = one_line(canvas.fonts, &hint, Weight::Regular, 7.0, width);
        canvas.line_at(&line, hint_x, y - 9.0, 7.0, GREY);
    }
    y -= 14.0;
    let date = approver.map_or_else(
        || tl!(lang, "report-approval-date-blank"),
        |a| a.date.clone(),
    );
    text(canvas, &mut y, &date, Weight::Regular, size, BLACK);
    if let Some(signature) = approver.and_then(|a| a.signature.as_deref()) {
        y -= 2.0;
        text(canvas, &mut y, signature, Weight::Regular, 7.0, GREY);
    }
    canvas.advance(top - y);
}

fn span(weight: Weight, text: &str) -> Span {
    match weight {
        Weight::Bold => Span::bold(text),
        Weight::Regular => Span::regular(text),
    }
}

/// The place and year of issue at the foot of the page the cover ends on
/// («ք. Երևան, 2026 թ.»), or at the foot of the next when no room is left.
fn place_and_year(canvas: &mut Canvas<'_>, report: &Report) {
    let lang = report.language;
    let year = report.date.year().to_string();
    let text = if report.place.is_empty() {
        tl!(lang, "report-year", year = year)
    } else {
        tl!(
            lang,
            "report-place-year",
            place = &report.place,
            year = year
        )
    };
    let height = 2.0 * line_height(10.0);
    canvas.ensure(height);
    canvas.advance(canvas.room() - height);
    canvas.centred(&[Span::regular(text)], 10.0, BLACK);
}

/// The series, the document's kind, then the assessment's title (the
/// organisation heads the page already).
fn title_block(canvas: &mut Canvas<'_>, report: &Report) {
    let lang = report.language;
    canvas.paragraph(&[Span::bold(tl!(lang, "report-series"))], 11.0, 0.0, GREY);
    canvas.paragraph(&[Span::bold(tl!(lang, "report-kind"))], 19.0, 0.0, BLACK);
    if !report.assessment_title.is_empty() {
        canvas.paragraph(&[Span::regular(&report.assessment_title)], 14.0, 0.0, BLACK);
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
    ];
    // A classification only when one was chosen: no line says "none" either,
    // since an unclassified document carries no marking.
    if let Some(classification) = &report.classification {
        fields.push((tl!(lang, "report-classification"), classification.clone()));
    }
    fields.extend([
        (tl!(lang, "report-date"), report.date_long()),
        (
            tl!(lang, "report-created"),
            timestamp(report, &report.created),
        ),
        (
            tl!(lang, "report-modified"),
            timestamp(report, &report.modified),
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
    ]);
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
/// in the report's zone, named; as written when it is not one.
fn timestamp(report: &Report, value: &str) -> String {
    if value.trim().is_empty() {
        or_none(report.language, value)
    } else {
        report.zone.written_time(report.language, value)
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
