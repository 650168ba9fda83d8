//! The Excel workbook: a Summary sheet, an Answers sheet and an action Plan sheet.

use rust_xlsxwriter::{DocProperties, Format, FormatAlign, Workbook, Worksheet, XlsxError};
use time::Date;

use super::{Cell, ExportError, marking};
use crate::assessment::{Assessment, AssessmentFile};
use crate::i18n::Language;
use crate::questionnaire::Questionnaire;
use crate::scoring::{self, Score};
use crate::tl;

mod layout;
mod summary;
mod tables;

use layout::{cell_text, excel_date, header_text, line_count, row_height};

/// Paper size code for A4 in Excel's page setup.
const A4: u8 = 9;

/// The workbook of the assessment in `file` (whose bytes' SHA-256 the Summary
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
    file: &AssessmentFile,
    language: Language,
    today: Date,
) -> Result<Vec<u8>, ExportError> {
    let assessment = file.assessment();
    // The questions as this country reads them: its planning figures in place.
    let filled = assessment.fill_figures(questionnaire);
    let questionnaire = &filled;
    let score = scoring::score(questionnaire, assessment);
    let zone = assessment.meta.zone();
    let formats = Formats::new(language, &zone);
    let export = Export {
        questionnaire,
        assessment,
        score: &score,
        lang: language,
        formats: &formats,
        marking: marking(assessment),
        zone,
        fingerprint: file.fingerprint(),
    };
    let mut workbook = Workbook::new();
    // A creation time from the date given, not the clock: the same file on the
    // same day gives the same bytes.
    let mut properties = DocProperties::new().set_title(export.name());
    if let Ok(created) = excel_date(today) {
        properties = properties.set_creation_datetime(&created);
    }
    workbook.set_properties(&properties);
    export.summary(workbook.add_worksheet(), today)?;
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
    /// The classification, in every sheet's header and footer; none for none.
    marking: Option<String>,
    /// The zone times are shown in.
    zone: crate::zone::Zone,
    /// The SHA-256 of the file's bytes.
    fingerprint: String,
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
    fn new(lang: Language, zone: &crate::zone::Zone) -> Self {
        let top = Format::new().set_align(FormatAlign::Top);
        let left = top.clone().set_align(FormatAlign::Left);
        // "2026-11-27 20:30 (Yerevan time)", with the zone named in `lang`.
        let local = tl!(lang, "zone-time", time = "\u{1}", zone = zone.label(lang));
        let (before, after) = local.split_once('\u{1}').unwrap_or(("", ""));
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
        // No classification, no marking: the centre of header and footer stays empty.
        let marking = self.marking.as_deref().map(header_text).unwrap_or_default();
        if !marking.is_empty() {
            sheet.set_header(format!("&C{marking}"));
        }
        sheet
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
}
