//! The sections of the report, in reading order, laid out on the canvas.

use crate::questionnaire::Level;
use crate::scoring::Band;
use crate::{figure, percent};

use super::canvas::{Align, BLACK, BODY_WIDTH, Canvas, Column, GREY, MARGIN, Table, line_height};
use super::fonts::Weight;
use super::layout::{Span, excerpt, one_line};
use super::{AreaSection, QuestionEntry, Report, Response, SCORING_METHOD, chart};

/// Body text size.
const BODY: f32 = 9.5;
/// Table text size.
const SMALL: f32 = 8.0;
/// Section heading size.
const H1: f32 = 17.0;
/// Sub-heading size.
const H2: f32 = 12.0;
/// How many gaps the executive summary lists.
const TOP_GAPS: usize = 10;
/// How much of a question's text the summary tables show.
const QUESTION_EXCERPT: usize = 110;
/// How much of the evidence an area's table shows.
const EVIDENCE_EXCERPT: usize = 160;

/// Lays out every section, then the contents on the cover.
pub(crate) fn lay_out(canvas: &mut Canvas<'_>, report: &Report) {
    let contents = cover(canvas, report);
    summary(canvas, report);
    for area in report.areas.iter().filter(|a| a.score.in_scope) {
        area_section(canvas, report, area);
    }
    gap_register(canvas, report);
    if !report.unanswered.is_empty() {
        unanswered(canvas, report);
    }
    annex(canvas, report);
    table_of_contents(canvas, contents);
}

fn or_none(value: &str) -> String {
    if value.trim().is_empty() {
        "(not given)".to_owned()
    } else {
        value.to_owned()
    }
}

/// The height of one contents entry.
const CONTENTS_LINE: f32 = 14.0;

/// Where the contents go: the page and the top of the space kept for them.
pub(crate) struct ContentsSlot {
    page: usize,
    top: f32,
}

fn cover(canvas: &mut Canvas<'_>, report: &Report) -> ContentsSlot {
    canvas.bookmark("Cover");
    canvas.advance(24.0);
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
    canvas.advance(18.0);
    let label = 130.0;
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
    for (name, value) in &fields {
        canvas.field(name, &[Span::regular(value)], 10.0, label);
    }
    canvas.field(
        "SHA-256 of the file",
        &[Span::regular(&report.fingerprint)],
        9.0,
        label,
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

/// The contents on the cover, drawn once every section's page is known.
fn table_of_contents(canvas: &mut Canvas<'_>, slot: ContentsSlot) {
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

fn summary(canvas: &mut Canvas<'_>, report: &Report) {
    canvas.new_page();
    canvas.bookmark("Executive summary");
    canvas.heading("Executive summary", H1, 60.0);
    let score = &report.score;
    let in_scope: Vec<&AreaSection> = report.areas.iter().filter(|a| a.score.in_scope).collect();
    let questions: usize = in_scope.iter().map(|a| a.score.questions).sum();
    let answered: usize = in_scope
        .iter()
        .map(|a| a.score.answered + a.score.not_applicable)
        .sum();
    let label = 150.0;
    canvas.field(
        "Overall readiness",
        &[
            Span::bold(figure(score.overall.readiness)),
            Span::regular(" out of 100 (mean of the in-scope areas)"),
        ],
        10.0,
        label,
    );
    canvas.field(
        "Completeness",
        &[
            Span::bold(percent(score.overall.completeness)),
            Span::regular(format!(
                " ({answered} of {questions} questions answered or N/A)"
            )),
        ],
        10.0,
        label,
    );
    canvas.field(
        "Areas in scope",
        &[Span::regular(format!(
            "{} of {}",
            in_scope.len(),
            report.areas.len()
        ))],
        10.0,
        label,
    );
    canvas.field(
        "Gaps",
        &[Span::regular(format!(
            "{} below target; {} below level 2",
            count(report.gaps.len(), "question", "questions"),
            count(
                report.critical_below_two.len(),
                "critical question",
                "critical questions"
            ),
        ))],
        10.0,
        label,
    );
    canvas.advance(6.0);
    canvas.heading("Readiness by area", H2, chart::height(&report.areas));
    chart::draw(canvas, &report.areas);
    canvas.paragraph(
        &[Span::regular(
            "Bars: readiness, 0 to 100, with the band written beside it (ready from 75, \
             partially-ready from 50; a critical question at level 0 or 1 makes an area \
             not-ready). Black mark: target readiness, what the area would reach if every \
             question answered with a level met its target. Provisional: some questions of the \
             area are unanswered.",
        )],
        7.5,
        0.0,
        GREY,
    );
    top_gaps(canvas, report);
    critical_below_two(canvas, report);
}

fn no_gaps(canvas: &mut Canvas<'_>) {
    canvas.paragraph(
        &[Span::regular(
            "No gaps: every question answered with a level meets its target.",
        )],
        BODY,
        0.0,
        BLACK,
    );
}

fn top_gaps(canvas: &mut Canvas<'_>, report: &Report) {
    canvas.heading("The ten highest-priority gaps", H2, 40.0);
    if report.gaps.is_empty() {
        return no_gaps(canvas);
    }
    let rows = report
        .gaps
        .iter()
        .take(TOP_GAPS)
        .map(|entry| {
            let gap = &entry.gap;
            vec![
                vec![Span::bold(gap.priority.to_string())],
                id_cell(gap.question.as_str(), gap.critical),
                vec![Span::regular(excerpt(&entry.question, QUESTION_EXCERPT))],
                vec![Span::regular(gap.level.to_string())],
                vec![Span::regular(gap.target.to_string())],
                vec![Span::regular(entry.poete.as_str())],
            ]
        })
        .collect();
    canvas.table(&Table {
        columns: vec![
            column("Priority", 42.0, Align::Right),
            column("Question", 50.0, Align::Left),
            column("", 246.0, Align::Left),
            column("Level", 36.0, Align::Centre),
            column("Target", 40.0, Align::Centre),
            column("POETE", 67.9, Align::Left),
        ],
        rows,
        size: SMALL,
    });
    if report.gaps.len() > TOP_GAPS {
        canvas.paragraph(
            &[Span::regular(format!(
                "{} more gaps are listed in the gap register, with what to do about each.",
                report.gaps.len() - TOP_GAPS
            ))],
            8.0,
            0.0,
            GREY,
        );
    }
}

fn critical_below_two(canvas: &mut Canvas<'_>, report: &Report) {
    canvas.heading("Critical questions below level 2", H2, 40.0);
    if report.critical_below_two.is_empty() {
        canvas.paragraph(
            &[Span::regular(
                "None: every critical question answered with a level is at level 2 or above.",
            )],
            BODY,
            0.0,
            BLACK,
        );
        return;
    }
    canvas.table(&question_table(&report.critical_below_two, true));
}

/// `n` and the noun in singular or plural.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn column(title: &'static str, width: f32, align: Align) -> Column {
    Column {
        title,
        width,
        align,
    }
}

fn id_cell(id: &str, critical: bool) -> Vec<Span> {
    let mut cell = vec![Span::bold(id)];
    if critical {
        cell.push(Span::regular("\ncritical"));
    }
    cell
}

fn level_text(level: Option<Level>) -> String {
    level.map_or_else(|| "-".to_owned(), |l| l.to_string())
}

/// A table of questions listed outside their area.
fn question_table(entries: &[QuestionEntry], with_level: bool) -> Table {
    let rows = entries
        .iter()
        .map(|e| {
            let mut row = vec![
                id_cell(e.id.as_str(), e.critical),
                vec![Span::regular(excerpt(&e.text, QUESTION_EXCERPT + 60))],
            ];
            if with_level {
                row.push(vec![Span::regular(level_text(e.level))]);
            }
            row.push(vec![Span::regular(e.target.to_string())]);
            row
        })
        .collect();
    let mut columns = vec![
        column("Question", 52.0, Align::Left),
        column("", if with_level { 349.9 } else { 389.9 }, Align::Left),
    ];
    if with_level {
        columns.push(column("Level", 40.0, Align::Centre));
    }
    columns.push(column("Target", 40.0, Align::Centre));
    Table {
        columns,
        rows,
        size: SMALL,
    }
}

fn area_section(canvas: &mut Canvas<'_>, report: &Report, area: &AreaSection) {
    canvas.new_page();
    let title = format!("{} {}", area.id, area.title);
    canvas.bookmark(&title);
    canvas.heading(&title, H1, 80.0);
    canvas.paragraph(&[Span::regular(&area.description)], 8.5, 0.0, GREY);
    canvas.advance(4.0);
    let score = &area.score;
    let label = 130.0;
    let band = score.band.map_or("-", Band::as_str);
    canvas.field(
        "Readiness",
        &[
            Span::bold(figure(score.readiness)),
            Span::regular(" out of 100, "),
            Span::bold(band),
        ],
        BODY,
        label,
    );
    canvas.field(
        "Target readiness",
        &[Span::regular(figure(score.target))],
        BODY,
        label,
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
        label,
    );
    if score.provisional {
        canvas.field(
            "Provisional",
            &[Span::regular(format!(
                "{} of {} questions are unanswered, so these figures may still change.",
                score.unanswered, score.questions
            ))],
            BODY,
            label,
        );
    }
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
            label,
        );
    }
    canvas.advance(6.0);
    canvas.table(&area_table(area));
    not_applicable(canvas, area);
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

fn gap_register(canvas: &mut Canvas<'_>, report: &Report) {
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
    canvas.table(&Table {
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
    });
}

fn unanswered(canvas: &mut Canvas<'_>, report: &Report) {
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

fn annex(canvas: &mut Canvas<'_>, report: &Report) {
    canvas.new_page();
    canvas.bookmark("Annex: the scale and the scoring method");
    canvas.heading("Annex: the scale and the scoring method", H1, 60.0);
    canvas.heading("The scale", H2, 40.0);
    let rows = report
        .scale
        .iter()
        .map(|step| {
            vec![
                vec![Span::bold(step.level.to_string())],
                vec![Span::bold(&step.name)],
                vec![Span::regular(&step.description)],
            ]
        })
        .collect();
    canvas.table(&Table {
        columns: vec![
            column("Level", 36.0, Align::Centre),
            column("Name", 90.0, Align::Left),
            column("Meaning", 355.9, Align::Left),
        ],
        rows,
        size: SMALL + 0.5,
    });
    canvas.heading("The scoring method", H2, 40.0);
    method(canvas);
    if !report.findings.is_empty() {
        canvas.heading("Findings in the assessment file", H2, 30.0);
        canvas.paragraph(
            &[Span::regular(
                "These values in the file could not be used as written; the figures leave them out. \
                 `rbr validate` lists the same findings.",
            )],
            8.5,
            0.0,
            GREY,
        );
        for finding in &report.findings {
            canvas.bullet(&[Span::regular(finding)], SMALL + 0.5, 6.0);
        }
    }
}

/// The scoring method's Markdown: paragraphs, list items as bullets, `**bold**`
/// in bold, code quotes dropped.
fn method(canvas: &mut Canvas<'_>) {
    for (bullet, text) in markdown_blocks(SCORING_METHOD) {
        let spans: Vec<Span> = text
            .replace('`', "")
            .split("**")
            .enumerate()
            .map(|(i, part)| {
                if i % 2 == 1 {
                    Span::bold(part)
                } else {
                    Span::regular(part)
                }
            })
            .collect();
        if bullet {
            canvas.bullet(&spans, BODY, 6.0);
        } else {
            canvas.paragraph(&spans, BODY, 0.0, BLACK);
        }
    }
}

/// Paragraphs and list items of simple Markdown, each joined onto one line;
/// `true` marks a list item.
fn markdown_blocks(markdown: &str) -> Vec<(bool, String)> {
    let mut blocks: Vec<(bool, String)> = Vec::new();
    let mut open = false;
    for line in markdown.lines() {
        if line.trim().is_empty() {
            open = false;
        } else if let Some(item) = line.strip_prefix("- ") {
            blocks.push((true, item.trim().to_owned()));
            open = true;
        } else if let (true, Some((_, text))) = (open, blocks.last_mut()) {
            text.push(' ');
            text.push_str(line.trim());
        } else {
            blocks.push((false, line.trim().to_owned()));
            open = true;
        }
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_blocks_join_wrapped_lines() {
        let blocks =
            markdown_blocks("Intro line\ncontinued:\n\n- **a** = 1\n  more\n- b\nlazy\n\nEnd.");
        assert_eq!(
            blocks,
            [
                (false, "Intro line continued:".to_owned()),
                (true, "**a** = 1 more".to_owned()),
                (true, "b lazy".to_owned()),
                (false, "End.".to_owned()),
            ]
        );
    }
}
