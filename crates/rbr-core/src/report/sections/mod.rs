//! The sections of the report, in reading order, laid out on the canvas; the
//! sizes and table pieces they share.
//!
//! One submodule per part of the document: the cover with its contents, the
//! executive summary, an area's section, the registers of gaps and unanswered
//! questions, and the annex.

mod annex;
mod areas;
mod comments;
mod cover;
mod figures;
mod progress;
mod registers;
mod summary;

use crate::i18n::Language;
use crate::questionnaire::Level;
use crate::tl;

use super::canvas::{Align, BLACK, Canvas, Column, Table};
use super::layout::{Span, excerpt};
use super::{QuestionEntry, Report};

/// Body text size.
const BODY: f32 = 9.5;
/// Table text size.
const SMALL: f32 = 8.0;
/// Section heading size.
const H1: f32 = 17.0;
/// Sub-heading size.
const H2: f32 = 12.0;
/// How much of a question's text the summary tables show.
const QUESTION_EXCERPT: usize = 110;

/// Lays out every section, then the contents on the cover.
pub(crate) fn lay_out(canvas: &mut Canvas<'_>, report: &Report) {
    let contents = cover::cover(canvas, report);
    summary::summary(canvas, report);
    if let Some(earlier) = &report.progress {
        progress::progress(canvas, report, earlier);
    }
    if !report.planning_figures.is_empty() {
        figures::planning_figures(canvas, report);
    }
    for area in report.areas.iter().filter(|a| a.score.in_scope) {
        areas::area_section(canvas, report, area);
    }
    registers::gap_register(canvas, report);
    if !report.unanswered.is_empty() {
        registers::unanswered(canvas, report);
    }
    annex::annex(canvas, report);
    comments::comments(canvas, report);
    cover::table_of_contents(canvas, report.language, contents);
}

fn no_gaps(canvas: &mut Canvas<'_>, lang: Language) {
    canvas.paragraph(
        &[Span::regular(tl!(lang, "report-no-gaps"))],
        BODY,
        0.0,
        BLACK,
    );
}

/// A column as wide as `width`, or as its longest word.
fn column(title: impl Into<String>, width: f32, align: Align) -> Column {
    Column {
        title: title.into(),
        width,
        align,
        flexible: false,
    }
}

/// The column of running text, which takes the room the other columns leave.
fn text_column(title: impl Into<String>) -> Column {
    Column {
        title: title.into(),
        width: 0.0,
        align: Align::Left,
        flexible: true,
    }
}

fn id_cell(lang: Language, id: &str, critical: bool) -> Vec<Span> {
    let mut cell = vec![Span::bold(id)];
    if critical {
        cell.push(Span::regular(format!(
            "\n{}",
            tl!(lang, "report-critical-mark")
        )));
    }
    cell
}

/// Stands for the `index`th value of [`emphasised`] in a message.
fn marker(index: usize) -> String {
    char::from_u32(0xE000 + u32::try_from(index).unwrap_or(0))
        .unwrap_or('\u{E000}')
        .to_string()
}

/// A message with some values in bold: the message is filled with a
/// [`marker`] for each value, then split around the markers, so that each
/// language puts the figures where its grammar wants them.
fn emphasised(text: &str, bold: &[&str]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut plain = String::new();
    for c in text.chars() {
        let index = (c as usize).checked_sub(0xE000).filter(|&i| i < bold.len());
        match index {
            Some(i) => {
                if !plain.is_empty() {
                    spans.push(Span::regular(std::mem::take(&mut plain)));
                }
                spans.push(Span::bold(bold[i]));
            }
            None => plain.push(c),
        }
    }
    if !plain.is_empty() {
        spans.push(Span::regular(plain));
    }
    spans
}

fn level_text(level: Option<Level>) -> String {
    level.map_or_else(|| "-".to_owned(), |l| l.to_string())
}

/// A table of questions listed outside their area.
fn question_table(lang: Language, entries: &[QuestionEntry], with_level: bool) -> Table {
    let rows = entries
        .iter()
        .map(|e| {
            let mut row = vec![
                id_cell(lang, e.id.as_str(), e.critical),
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
        column(tl!(lang, "term-question"), 52.0, Align::Left),
        text_column(""),
    ];
    if with_level {
        columns.push(column(tl!(lang, "term-level"), 40.0, Align::Centre));
    }
    columns.push(column(
        tl!(lang, "report-column-target"),
        40.0,
        Align::Centre,
    ));
    Table {
        columns,
        rows,
        size: SMALL,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::fonts::Weight;

    #[test]
    fn emphasised_values_stay_where_the_message_puts_them() {
        let text = format!("{} out of 100, {}", marker(0), marker(1));
        let spans = emphasised(&text, &["62.5", "ready"]);
        let parts: Vec<(&str, Weight)> =
            spans.iter().map(|s| (s.text.as_str(), s.weight)).collect();
        assert_eq!(
            parts,
            [
                ("62.5", Weight::Bold),
                (" out of 100, ", Weight::Regular),
                ("ready", Weight::Bold),
            ]
        );
        let armenian = format!("{}՝ 100-ից", marker(0));
        assert_eq!(emphasised(&armenian, &["62,5"])[1].text, "՝ 100-ից");
    }
}
