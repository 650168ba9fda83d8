//! The Answers and Plan sheets: Excel tables with autofilter and a frozen heading row.

use rust_xlsxwriter::{
    ConditionalFormatDataBar, ConditionalFormatFormula, ConditionalFormatType, DataValidation,
    Format, FormatAlign, Formula, Note, Table, TableColumn, Worksheet, XlsxError,
    utility::column_number_to_name,
};

use super::layout::{fit_widths, line_count, row_height};
use super::{Cell, Export};
use crate::export::{PlanColumn, plan_cells, status_names, yes};
use crate::tl;

impl Export<'_> {
    pub(super) fn answers(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        self.set_up(sheet, tl!(self.lang, "export-sheet-answers"))?;
        let lang = self.lang;
        let content = self.assessment.language();
        let headings = [
            tl!(lang, "term-area"),
            tl!(lang, "term-question"),
            tl!(lang, "export-column-question-text"),
            tl!(lang, "term-level"),
            tl!(lang, "term-target-level"),
            tl!(lang, "term-not-applicable"),
            tl!(lang, "term-justification"),
            tl!(lang, "term-evidence"),
            tl!(lang, "export-column-notes"),
            tl!(lang, "export-column-follow-up"),
            tl!(lang, "export-column-indicator"),
            tl!(lang, "export-column-figure"),
            tl!(lang, "export-column-unit"),
            tl!(lang, "report-column-as-of"),
            tl!(lang, "report-column-source"),
            tl!(lang, "export-column-supported-level"),
        ];
        let widths = fit_widths(
            &headings,
            &[
                7.0, 9.0, 50.0, 9.0, 10.0, 12.0, 30.0, 50.0, 30.0, 12.0, 30.0, 10.0, 10.0, 11.0,
                30.0, 10.0,
            ],
        );
        let mut row = 0;
        for area in &self.questionnaire.areas {
            for question in &area.questions {
                row += 1;
                let answer = self.assessment.answer(&question.id);
                let text = |get: fn(&crate::assessment::Answer) -> &str| {
                    answer.map_or(Cell::Empty, |answer| Cell::text(get(answer)))
                };
                let flag = |get: fn(&crate::assessment::Answer) -> bool| {
                    yes(lang, answer.is_some_and(get))
                };
                let level = answer
                    .and_then(crate::assessment::Answer::scored_level)
                    .map_or(Cell::Empty, |level| Cell::Number(f64::from(level.value())));
                let target = Cell::Number(f64::from(self.assessment.target(question).value()));
                let cells = [
                    Cell::text(area.id.as_str()),
                    Cell::text(question.id.as_str()),
                    Cell::text(question.text.get(content)),
                    level,
                    target,
                    flag(|a| a.not_applicable),
                    text(|a| &a.justification),
                    text(|a| &a.evidence),
                    text(|a| &a.notes),
                    flag(|a| a.follow_up),
                ];
                let cells: Vec<Cell> = cells
                    .into_iter()
                    .chain(self.figure_cells(question))
                    .collect();
                self.write_row(sheet, row, &cells, &widths)?;
            }
        }
        table(sheet, "Answers", &headings, &widths, row)?;
        Ok(())
    }

    /// The indicator, the measured value, its unit, date and source, and the
    /// level it supports; empty where the question declares no indicator.
    fn figure_cells(&self, question: &crate::questionnaire::Question) -> [Cell; 6] {
        let content = self.assessment.language();
        let Some(indicator) = &question.indicator else {
            return std::array::from_fn(|_| Cell::Empty);
        };
        let figure = self
            .assessment
            .answer(&question.id)
            .and_then(|a| a.figure.as_ref());
        let measured = self.assessment.measured(question);
        [
            Cell::text(indicator.name.get(content)),
            measured.map_or(Cell::Empty, |m| Cell::Number(m.value)),
            Cell::text(indicator.unit.get(content)),
            figure.map_or(Cell::Empty, |f| Cell::date(&f.as_of)),
            figure.map_or(Cell::Empty, |f| Cell::text(f.source.trim())),
            measured.map_or(Cell::Empty, |m| Cell::Number(f64::from(m.supports.value()))),
        ]
    }

    pub(super) fn plan(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
        self.set_up(sheet, tl!(self.lang, "export-sheet-plan"))?;
        let lang = self.lang;
        let headings: Vec<String> = PlanColumn::ALL.iter().map(|c| c.heading(lang)).collect();
        let widths = fit_widths(&headings, &PlanColumn::ALL.map(plan_width));
        let mut row = 0;
        for cells in plan_cells(self.questionnaire, self.assessment, self.score, lang) {
            row += 1;
            self.write_row(sheet, row, &cells, &widths)?;
        }
        let last = table(sheet, "Plan", &headings, &widths, row)?;
        self.plan_rules(sheet, last)
    }

    /// The drop-down list of statuses, the overdue rows in red, the data bar on
    /// the gap and the note that says what red means, over data rows 1 to `last`.
    fn plan_rules(&self, sheet: &mut Worksheet, last: u32) -> Result<(), XlsxError> {
        let lang = self.lang;
        let statuses = status_names(lang);
        let status = column_number(PlanColumn::Status);
        let validation = DataValidation::new()
            .allow_list_strings(&statuses)?
            .set_error_title(tl!(lang, "term-status"))?
            .set_error_message(tl!(lang, "export-status-error"))?;
        sheet.add_data_validation(1, status, last, status, &validation)?;
        let due = column_name(PlanColumn::Due);
        let status_cell = column_name(PlanColumn::Status);
        let done = statuses
            .get(2)
            .map_or("", String::as_str)
            .replace('"', "\"\"");
        let overdue = ConditionalFormatFormula::new()
            .set_rule(Formula::new(format!(
                "=AND(ISNUMBER(${due}2),${due}2<TODAY(),${status_cell}2<>\"{done}\")"
            )))
            .set_format(&self.formats.overdue);
        let last_col = column_number(PlanColumn::StatusDate);
        sheet.add_conditional_format(1, 0, last, last_col, &overdue)?;
        let gap = column_number(PlanColumn::Gap);
        let bar = ConditionalFormatDataBar::new()
            .set_minimum(ConditionalFormatType::Number, 0)
            .set_maximum(ConditionalFormatType::Number, 4);
        sheet.add_conditional_format(1, gap, last, gap, &bar)?;
        let note = Note::new(tl!(lang, "export-overdue-note"))
            .set_author("rbr")
            .add_author_prefix(false);
        sheet.insert_note(0, column_number(PlanColumn::Due), &note)?;
        Ok(())
    }
}

/// An Excel table with autofilter over rows 0 (headings) to `last` (at least one
/// data row, which Excel requires), the heading row frozen and repeated on every
/// printed page. Returns the last data row.
pub(super) fn table(
    sheet: &mut Worksheet,
    name: &str,
    headings: &[String],
    widths: &[f64],
    last: u32,
) -> Result<u32, XlsxError> {
    let last = last.max(1);
    let columns: Vec<TableColumn> = headings
        .iter()
        .map(String::as_str)
        .map(heading_column)
        .collect();
    let last_col = u16::try_from(headings.len().saturating_sub(1)).unwrap_or(u16::MAX);
    sheet.add_table(
        0,
        0,
        last,
        last_col,
        &Table::new().set_name(name).set_columns(&columns),
    )?;
    let mut lines = 1;
    for ((col, width), heading) in (0u16..).zip(widths).zip(headings) {
        sheet.set_column_width(col, *width)?;
        // Less room beside the filter button.
        lines = lines.max(line_count(heading, width - 4.0));
    }
    sheet.set_row_height(0, row_height(lines))?;
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_repeat_rows(0, 0)?;
    Ok(last)
}

/// A table column with its heading, bold and wrapped.
pub(super) fn heading_column(heading: &str) -> TableColumn {
    TableColumn::new().set_header(heading).set_header_format(
        Format::new()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Top),
    )
}

fn plan_width(column: PlanColumn) -> f64 {
    match column {
        PlanColumn::Area | PlanColumn::Gap => 7.0,
        PlanColumn::Question | PlanColumn::Level | PlanColumn::Target | PlanColumn::Priority => 9.0,
        PlanColumn::Critical => 11.0,
        PlanColumn::Start | PlanColumn::Due | PlanColumn::StatusDate => 12.0,
        PlanColumn::Poete | PlanColumn::Status => 15.0,
        PlanColumn::Person | PlanColumn::Resources => 20.0,
        PlanColumn::Body => 26.0,
        PlanColumn::Milestones | PlanColumn::Figure => 36.0,
        PlanColumn::QuestionText | PlanColumn::Action | PlanColumn::Recommendation => 48.0,
    }
}

fn column_number(column: PlanColumn) -> u16 {
    u16::try_from(column.index()).unwrap_or(u16::MAX)
}

/// The column's letters, `N`.
fn column_name(column: PlanColumn) -> String {
    column_number_to_name(column_number(column))
}
