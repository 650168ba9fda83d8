//! The Excel workbook: a Summary sheet, an Answers sheet and an action Plan sheet.

use rust_xlsxwriter::{
    Chart, ChartType, ConditionalFormatDataBar, ConditionalFormatFormula, ConditionalFormatType,
    DataValidation, DocProperties, ExcelDateTime, Format, FormatAlign, Formula, Note, Table,
    TableColumn, Workbook, Worksheet, XlsxError, utility::column_number_to_name,
};
use time::{Date, OffsetDateTime, UtcOffset};

use super::{Cell, ExportError, PlanColumn, marking, plan_cells, status_names, yes};
use crate::assessment::{Assessment, Lenient, format_date, parse_timestamp};
use crate::i18n::{Language, format, names};
use crate::questionnaire::Questionnaire;
use crate::scoring::{self, Score};
use crate::tl;

/// Paper size code for A4 in Excel's page setup.
const A4: u8 = 9;
/// The longest text Excel keeps in a cell, in UTF-16 code units.
const MAX_CELL: usize = 32_767;
/// The longest marking put in a header or footer: Excel drops a header over 255
/// characters, controls included.
const MAX_MARKING: usize = 100;

/// The workbook of `assessment` (read from `file_bytes`, whose SHA-256 the Summary
/// shows), scored against `questionnaire`, dated `today`, with its sheet names,
/// headings and fixed words in `language` (the interface's) and the questionnaire's
/// texts in the assessment's own language.
///
/// Sheets: Summary (the details, the fingerprint, plan coverage on `today`, the
/// area table and a chart of readiness against target readiness); Answers (every
/// question); Plan (an Excel table of the plan rows, a drop-down list of the four
/// statuses, overdue rows marked red by a formula on `TODAY()`, so the marking
/// stays right on later days, and a data bar on the gap). The classification
/// marking is in every sheet's header and footer.
///
/// # Errors
/// [`ExportError::Workbook`] when the spreadsheet library refuses the workbook;
/// with a questionnaire and assessment rbr can load this is not expected.
pub fn xlsx(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    file_bytes: &[u8],
    language: Language,
    today: Date,
) -> Result<Vec<u8>, ExportError> {
    let score = scoring::score(questionnaire, assessment);
    let formats = Formats::new(language);
    let export = Export {
        questionnaire,
        assessment,
        score: &score,
        lang: language,
        formats: &formats,
        marking: marking(assessment, language),
    };
    let mut workbook = Workbook::new();
    // A creation time from the date given, not the clock: the same file on the
    // same day gives the same bytes.
    let mut properties = DocProperties::new().set_title(export.name());
    if let Ok(created) = excel_date(today) {
        properties = properties.set_creation_datetime(&created);
    }
    workbook.set_properties(&properties);
    export.summary(workbook.add_worksheet(), file_bytes, today)?;
    export.answers(workbook.add_worksheet())?;
    export.plan(workbook.add_worksheet())?;
    Ok(workbook.save_to_buffer()?)
}

/// What every sheet is made from.
struct Export<'a> {
    questionnaire: &'a Questionnaire,
    assessment: &'a Assessment,
    score: &'a Score,
    lang: Language,
    formats: &'a Formats,
    marking: String,
}

/// The cell formats the sheets share.
struct Formats {
    title: Format,
    top: Format,
    bold: Format,
    wrap: Format,
    date: Format,
    datetime: Format,
    figure: Format,
    percent: Format,
    overdue: Format,
    /// The Summary's values, beside their labels.
    left_figure: Format,
    left_percent: Format,
    left_date: Format,
    left_count: Format,
}

impl Formats {
    fn new(lang: Language) -> Self {
        let top = Format::new().set_align(FormatAlign::Top);
        let left = top.clone().set_align(FormatAlign::Left);
        // "2026-11-27 16:30 UTC", with the words around the time in `lang`.
        let utc = tl!(lang, "report-time-utc", time = "\u{1}");
        let (before, after) = utc.split_once('\u{1}').unwrap_or(("", ""));
        let quoted = |text: &str| {
            if text.is_empty() {
                String::new()
            } else {
                format!("\"{}\"", text.replace('"', ""))
            }
        };
        Self {
            title: Format::new().set_bold().set_font_size(14),
            top: top.clone(),
            bold: top.clone().set_bold(),
            wrap: top.clone().set_text_wrap(),
            date: top.clone().set_num_format("yyyy-mm-dd"),
            datetime: top
                .clone()
                .set_align(FormatAlign::Left)
                .set_num_format(format!(
                    "{}yyyy-mm-dd hh:mm{}",
                    quoted(before),
                    quoted(after)
                )),
            figure: top.clone().set_num_format("0.0"),
            percent: top.clone().set_num_format("0.0%"),
            overdue: Format::new()
                .set_font_color("9C0006")
                .set_background_color("FFC7CE"),
            left_figure: left.clone().set_num_format("0.0"),
            left_percent: left.clone().set_num_format("0.0%"),
            left_date: left.clone().set_num_format("yyyy-mm-dd"),
            left_count: left,
        }
    }
}

impl Export<'_> {
    /// The assessment's title, else the questionnaire's.
    fn name(&self) -> String {
        match self.assessment.meta.title.trim() {
            "" => self
                .questionnaire
                .title
                .get(self.assessment.language())
                .to_owned(),
            title => title.to_owned(),
        }
    }

    /// Name, header, footer and page setup every sheet has.
    fn set_up(&self, sheet: &mut Worksheet, name: String) -> Result<(), XlsxError> {
        sheet.set_name(name)?;
        let marking = header_text(&self.marking);
        sheet
            .set_header(format!("&C{marking}"))
            .set_footer(format!("&L&A&C{marking}&R&P / &N"))
            .set_paper_size(A4)
            .set_landscape()
            .set_print_fit_to_pages(1, 0);
        Ok(())
    }

    /// Writes one cell; text is always text, never a formula.
    fn write(
        &self,
        sheet: &mut Worksheet,
        row: u32,
        col: u16,
        cell: &Cell,
        wrap: bool,
    ) -> Result<(), XlsxError> {
        match cell {
            Cell::Empty => {}
            Cell::Text(text) if wrap => {
                sheet.write_string_with_format(row, col, cell_text(text), &self.formats.wrap)?;
            }
            Cell::Text(text) => {
                sheet.write_string(row, col, cell_text(text))?;
            }
            Cell::Number(number) => {
                sheet.write_number_with_format(row, col, *number, &self.formats.top)?;
            }
            Cell::Date(date) => self.write_date(sheet, row, col, *date)?,
        }
        Ok(())
    }

    /// Writes a row of a table, text wrapped, and makes the row tall enough for its
    /// longest text in columns `widths` wide. Excel would fit the height itself
    /// when it opens the file, but other spreadsheets (LibreOffice) do not.
    fn write_row(
        &self,
        sheet: &mut Worksheet,
        row: u32,
        cells: &[Cell],
        widths: &[f64],
    ) -> Result<(), XlsxError> {
        let mut lines = 1;
        for ((col, cell), width) in (0u16..).zip(cells).zip(widths) {
            self.write(sheet, row, col, cell, true)?;
            if let Cell::Text(text) = cell {
                lines = lines.max(line_count(text, *width));
            }
        }
        sheet.set_row_height(row, row_height(lines))?;
        Ok(())
    }

    /// Writes a date as an Excel date; one Excel cannot hold (before 1900) as text.
    fn write_date(
        &self,
        sheet: &mut Worksheet,
        row: u32,
        col: u16,
        date: Date,
    ) -> Result<(), XlsxError> {
        match excel_date(date) {
            Ok(date) => sheet.write_datetime_with_format(row, col, date, &self.formats.date)?,
            Err(_) => sheet.write_string(row, col, crate::assessment::format_date(date))?,
        };
        Ok(())
    }

    fn summary(
        &self,
        sheet: &mut Worksheet,
        file_bytes: &[u8],
        today: Date,
    ) -> Result<(), XlsxError> {
        self.set_up(sheet, tl!(self.lang, "export-sheet-summary"))?;
        sheet.set_portrait();
        sheet.write_string_with_format(0, 0, cell_text(&self.name()), &self.formats.title)?;
        let mut details = self.details(file_bytes);
        details.extend(self.coverage(today));
        let label_width = details
            .iter()
            .map(|(label, _)| text_width(label) + 2.0)
            .fold(30.0, f64::max)
            .min(70.0);
        let mut row = 2;
        for (label, value) in details {
            sheet.write_string_with_format(row, 0, label, &self.formats.bold)?;
            match value {
                Detail::Cell(cell) => self.write(sheet, row, 1, &cell, false)?,
                Detail::Time(value) => match parse_timestamp(&value).map(excel_time) {
                    Some(Ok(at)) => {
                        sheet.write_datetime_with_format(row, 1, at, &self.formats.datetime)?;
                    }
                    _ => self.write(sheet, row, 1, &Cell::text(value), false)?,
                },
                Detail::Date(date) => match excel_date(date) {
                    Ok(at) => {
                        sheet.write_datetime_with_format(row, 1, at, &self.formats.left_date)?;
                    }
                    Err(_) => self.write(sheet, row, 1, &Cell::Text(format_date(date)), false)?,
                },
                Detail::Figure(value, format) => {
                    if let Some(value) = value {
                        sheet.write_number_with_format(row, 1, value, format)?;
                    }
                }
            }
            row += 1;
        }
        self.areas(sheet, row + 1, label_width)
    }

    /// The assessment's details, label and value, as the report's cover gives them.
    fn details(&self, file_bytes: &[u8]) -> Vec<(String, Detail<'_>)> {
        let lang = self.lang;
        let meta = &self.assessment.meta;
        let status = match &meta.status {
            Lenient::Valid(status) => names::status(lang, *status),
            Lenient::Invalid(value) => value
                .as_str()
                .map_or_else(|| value.to_string(), str::to_owned),
        };
        let content = self.assessment.language();
        let questionnaire = tl!(
            lang,
            "report-questionnaire-value",
            id = self.questionnaire.id.as_str(),
            version = self.questionnaire.version.as_str(),
            title = self.questionnaire.title.get(content),
        );
        let text = |value: &str| Detail::Cell(Cell::text(value.trim()));
        vec![
            (tl!(lang, "export-title"), text(&meta.title)),
            (tl!(lang, "report-organisation"), text(&meta.organisation)),
            (tl!(lang, "report-assessor"), text(&meta.assessor)),
            (tl!(lang, "term-status"), text(&status)),
            (tl!(lang, "report-classification"), text(&self.marking)),
            (tl!(lang, "report-questionnaire"), text(&questionnaire)),
            (
                tl!(lang, "report-created"),
                Detail::Time(meta.created.clone()),
            ),
            (
                tl!(lang, "report-modified"),
                Detail::Time(meta.modified.clone()),
            ),
            (
                tl!(lang, "report-fingerprint"),
                text(&crate::report::fingerprint(file_bytes)),
            ),
            (
                tl!(lang, "report-overall-readiness"),
                Detail::Figure(self.score.overall.readiness, &self.formats.left_figure),
            ),
            (
                tl!(lang, "term-completeness"),
                Detail::Figure(self.score.overall.completeness, &self.formats.left_percent),
            ),
        ]
    }

    /// The date of the export and the plan's coverage on that day: gaps, with an
    /// owner and a due date, done, overdue.
    fn coverage(&self, today: Date) -> Vec<(String, Detail<'_>)> {
        let lang = self.lang;
        let rows = crate::plan::rows(
            self.questionnaire,
            self.assessment,
            self.score,
            self.assessment.language(),
            today,
        );
        let coverage = crate::plan::coverage(&rows, None);
        let overdue = tl!(
            lang,
            "export-plan-overdue",
            date = format::date_long(lang, today)
        );
        #[allow(clippy::cast_precision_loss)] // counts of at most a few hundred
        let count = |n: usize| Detail::Figure(Some(n as f64), &self.formats.left_count);
        vec![
            (tl!(lang, "export-date"), Detail::Date(today)),
            (tl!(lang, "report-gaps"), count(coverage.gaps)),
            (
                tl!(lang, "export-plan-owned-dated"),
                count(coverage.owned_and_dated),
            ),
            (tl!(lang, "export-plan-done"), count(coverage.done)),
            (overdue, count(coverage.overdue)),
        ]
    }

    /// The area table under a heading, and the chart of readiness against target.
    fn areas(&self, sheet: &mut Worksheet, first: u32, label_width: f64) -> Result<(), XlsxError> {
        let lang = self.lang;
        let content = self.assessment.language();
        sheet.write_string_with_format(
            first,
            0,
            tl!(lang, "report-chart-heading"),
            &self.formats.bold,
        )?;
        let header = first + 1;
        let headings = [
            tl!(lang, "term-area"),
            tl!(lang, "export-requirement"),
            tl!(lang, "term-readiness"),
            tl!(lang, "term-target-readiness"),
            tl!(lang, "term-band"),
            tl!(lang, "term-completeness"),
        ];
        let widths = fit_widths(&headings, &[label_width, 56.0, 12.0, 12.0, 18.0, 12.0]);
        for (col, width) in (0u16..).zip(&widths) {
            sheet.set_column_width(col, *width)?;
        }
        let heading_lines = headings
            .iter()
            .zip(&widths)
            .map(|(heading, width)| line_count(heading, width - 4.0))
            .max()
            .unwrap_or(1);
        sheet.set_row_height(header, row_height(heading_lines))?;
        let mut row = header;
        for (area, area_score) in self.questionnaire.areas.iter().zip(&self.score.areas) {
            row += 1;
            let band = band_text(lang, area_score);
            let title = area.title.get(content);
            let lines = line_count(title, widths[1]).max(line_count(&band, widths[4]));
            sheet.set_row_height(row, row_height(lines))?;
            sheet.write_string_with_format(row, 0, area.id.as_str(), &self.formats.top)?;
            sheet.write_string_with_format(row, 1, cell_text(title), &self.formats.wrap)?;
            if let Some(readiness) = area_score.readiness {
                sheet.write_number_with_format(row, 2, readiness, &self.formats.figure)?;
            }
            if let Some(target) = area_score.target {
                sheet.write_number_with_format(row, 3, target, &self.formats.figure)?;
            }
            sheet.write_string_with_format(row, 4, band, &self.formats.wrap)?;
            if let Some(completeness) = area_score.completeness {
                sheet.write_number_with_format(row, 5, completeness, &self.formats.percent)?;
            }
        }
        let last = row.max(header + 1);
        let columns: Vec<TableColumn> = headings
            .iter()
            .map(String::as_str)
            .map(heading_column)
            .collect();
        sheet.add_table(
            header,
            0,
            last,
            5,
            &Table::new().set_name("Areas").set_columns(&columns),
        )?;
        let chart = self.chart(sheet.name().as_str(), header, last);
        sheet.insert_chart(last + 2, 0, &chart)?;
        Ok(())
    }

    /// Readiness and target readiness side by side for each area, 0 to 100.
    fn chart(&self, sheet: &str, header: u32, last: u32) -> Chart {
        let mut chart = Chart::new(ChartType::Column);
        for col in [2, 3] {
            chart
                .add_series()
                .set_name((sheet, header, col))
                .set_categories((sheet, header + 1, 0, last, 0))
                .set_values((sheet, header + 1, col, last, col));
        }
        chart
            .title()
            .set_name(&tl!(self.lang, "report-chart-heading"));
        chart.y_axis().set_min(0).set_max(100);
        chart.set_width(760).set_height(360);
        chart
    }

    fn answers(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
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
        ];
        let widths = fit_widths(
            &headings,
            &[7.0, 9.0, 50.0, 9.0, 10.0, 12.0, 30.0, 50.0, 30.0, 12.0],
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
                self.write_row(sheet, row, &cells, &widths)?;
            }
        }
        table(sheet, "Answers", &headings, &widths, row)?;
        Ok(())
    }

    fn plan(&self, sheet: &mut Worksheet) -> Result<(), XlsxError> {
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

/// A value of the Summary's details.
enum Detail<'a> {
    Cell(Cell),
    /// A timestamp as the file writes it, shown as a date and time in UTC.
    Time(String),
    /// A calendar date.
    Date(Date),
    /// A figure with its number format, none when there is none.
    Figure(Option<f64>, &'a Format),
}

/// An Excel table with autofilter over rows 0 (headings) to `last` (at least one
/// data row, which Excel requires), the heading row frozen and repeated on every
/// printed page. Returns the last data row.
fn table(
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

/// Points per line of text at Excel's default font, and the tallest row Excel allows.
const LINE_HEIGHT: f64 = 15.0;
const MAX_ROW_HEIGHT: f64 = 409.0;

/// About how wide `text` is, in the widths of the digit Excel measures columns
/// by: Latin letters are narrower, Armenian ones about as wide.
fn text_width(text: &str) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.8 } else { 1.15 })
        .sum()
}

/// About how many lines `text` takes wrapped in a column `width` digits wide,
/// with some room for the ends of lines that wrapping leaves empty.
fn line_count(text: &str, width: f64) -> usize {
    let room = (width * 0.95).max(1.0);
    text.split('\n')
        .map(|line| {
            #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
            let lines = (text_width(line) / room).ceil() as usize;
            lines.max(1)
        })
        .sum()
}

/// Column widths: at least `minimum`, and wide enough for the longest word of the
/// heading beside the filter button, so that no heading breaks inside a word.
fn fit_widths(headings: &[String], minimum: &[f64]) -> Vec<f64> {
    headings
        .iter()
        .zip(minimum)
        .map(|(heading, minimum)| {
            let longest = heading
                .split_whitespace()
                .map(text_width)
                .fold(0.0, f64::max);
            minimum.max(longest + 4.0)
        })
        .collect()
}

fn row_height(lines: usize) -> f64 {
    #[allow(clippy::cast_precision_loss)]
    let height = lines as f64 * LINE_HEIGHT;
    height.clamp(LINE_HEIGHT, MAX_ROW_HEIGHT)
}

/// A table column with its heading, bold and wrapped.
fn heading_column(heading: &str) -> TableColumn {
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
        PlanColumn::Milestones => 36.0,
        PlanColumn::QuestionText | PlanColumn::Action => 48.0,
    }
}

fn column_number(column: PlanColumn) -> u16 {
    u16::try_from(column.index()).unwrap_or(u16::MAX)
}

/// The column's letters, `N`.
fn column_name(column: PlanColumn) -> String {
    column_number_to_name(column_number(column))
}

/// A band as a label, with provisional or out of scope said.
fn band_text(lang: Language, area: &scoring::AreaScore) -> String {
    if !area.in_scope {
        return tl!(lang, "report-chart-out-of-scope");
    }
    let Some(band) = area.band else {
        return tl!(lang, "report-chart-no-level");
    };
    let band = names::band_title(lang, band);
    if area.provisional {
        tl!(lang, "export-band-provisional", band = band)
    } else {
        band
    }
}

/// Text as Excel keeps it: cut at Excel's limit for a cell, with `…` to say so.
fn cell_text(text: &str) -> String {
    if text.encode_utf16().count() <= MAX_CELL {
        return text.to_owned();
    }
    let mut units = 0;
    let mut cut: String = text
        .chars()
        .take_while(|c| {
            units += c.len_utf16();
            units < MAX_CELL
        })
        .collect();
    cut.push('…');
    cut
}

/// The marking for a header or footer: `&` doubled (a lone `&` starts a control
/// code there), and cut short enough for Excel to keep the header.
fn header_text(marking: &str) -> String {
    let short: String = marking.chars().take(MAX_MARKING).collect();
    short.replace('&', "&&")
}

fn excel_date(date: Date) -> Result<ExcelDateTime, XlsxError> {
    let year =
        u16::try_from(date.year()).map_err(|_| XlsxError::DateTimeRangeError(date.to_string()))?;
    ExcelDateTime::from_ymd(year, date.month().into(), date.day())
}

fn excel_time(at: OffsetDateTime) -> Result<ExcelDateTime, XlsxError> {
    let at = at.to_offset(UtcOffset::UTC);
    excel_date(at.date())?.and_hms(u16::from(at.hour()), at.minute(), at.second())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_at_excels_limit_and_says_so() {
        let long = "ա".repeat(MAX_CELL + 10);
        let cut = cell_text(&long);
        assert_eq!(cut.encode_utf16().count(), MAX_CELL);
        assert!(cut.ends_with('…'));
        assert_eq!(cell_text("short"), "short");
    }

    #[test]
    fn an_ampersand_in_the_marking_is_not_a_header_code() {
        assert_eq!(header_text("R&D ONLY"), "R&&D ONLY");
        assert_eq!(header_text(&"X".repeat(300)).len(), MAX_MARKING);
    }

    #[test]
    fn dates_before_excels_calendar_are_refused_not_wrapped() {
        assert!(excel_date(time::macros::date!(1899 - 12 - 30)).is_err());
        assert!(excel_date(time::macros::date!(-1 - 01 - 01)).is_err());
        assert!(excel_date(time::macros::date!(2026 - 11 - 27)).is_ok());
    }
}
