//! The annex: the scale, the scoring method as the README publishes it, and the
//! values in the file that could not be used.

use crate::report::canvas::{Align, BLACK, Canvas, GREY, Table};
use crate::report::layout::Span;
use crate::report::{Report, scoring_method};
use crate::tl;

use super::{BODY, H1, H2, SMALL, column, text_column};

pub(super) fn annex(canvas: &mut Canvas<'_>, report: &Report) {
    let lang = report.language;
    canvas.new_page();
    let heading = tl!(lang, "report-annex");
    canvas.bookmark(&heading);
    canvas.heading(&heading, H1, 60.0);
    canvas.heading(&tl!(lang, "report-scale"), H2, 40.0);
    canvas.table(&scale_table(report));
    canvas.heading(&tl!(lang, "report-method"), H2, 40.0);
    method(canvas, scoring_method(lang));
    if !report.findings.is_empty() {
        findings(canvas, report);
    }
}

fn scale_table(report: &Report) -> Table {
    let lang = report.language;
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
    Table {
        columns: vec![
            column(tl!(lang, "term-level"), 52.0, Align::Centre),
            column(tl!(lang, "report-column-name"), 90.0, Align::Left),
            text_column(tl!(lang, "report-column-meaning")),
        ],
        rows,
        size: SMALL + 0.5,
    }
}

/// The values in the file the figures leave out, as `rbr validate` words them.
fn findings(canvas: &mut Canvas<'_>, report: &Report) {
    let lang = report.language;
    canvas.heading(&tl!(lang, "report-findings"), H2, 30.0);
    canvas.paragraph(
        &[Span::regular(tl!(
            lang,
            "report-findings-intro",
            command = "`rbr validate`",
        ))],
        8.5,
        0.0,
        GREY,
    );
    for finding in &report.findings {
        canvas.bullet(&[Span::regular(finding)], SMALL + 0.5, 6.0);
    }
}

/// The scoring method's Markdown: paragraphs, list items as bullets, `**bold**`
/// in bold, code quotes dropped.
fn method(canvas: &mut Canvas<'_>, markdown: &str) {
    for (bullet, text) in markdown_blocks(markdown) {
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
