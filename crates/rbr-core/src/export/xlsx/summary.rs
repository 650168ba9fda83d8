//! The Summary sheet: the assessment's details, the plan's coverage, the area table and its chart.

use rust_xlsxwriter::{Chart, ChartType, Format, Table, TableColumn, Worksheet, XlsxError};
use time::Date;

use super::layout::{
    cell_text, excel_date, excel_time, fit_widths, line_count, row_height, text_width,
};
use super::tables::heading_column;
use super::{Cell, Export};
use crate::assessment::{Lenient, format_date, parse_timestamp};
use crate::i18n::{Language, format};
use crate::scoring;
use crate::tl;

impl Export<'_> {
    pub(super) fn summary(&self, sheet: &mut Worksheet, today: Date) -> Result<(), XlsxError> {
        self.set_up(sheet, tl!(self.lang, "export-sheet-summary"))?;
        sheet.set_portrait();
        sheet.write_string_with_format(0, 0, cell_text(&self.name()), &self.formats.title)?;
        let mut details = self.details();
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
                Detail::Time(value) => {
                    match parse_timestamp(&value).map(|at| excel_time(self.zone.local(at))) {
                        Some(Ok(at)) => {
                            sheet.write_datetime_with_format(row, 1, at, &self.formats.datetime)?;
                        }
                        _ => self.write(sheet, row, 1, &Cell::text(value), false)?,
                    }
                }
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
    fn details(&self) -> Vec<(String, Detail<'_>)> {
        let lang = self.lang;
        let meta = &self.assessment.meta;
        let status = match &meta.status {
            Lenient::Valid(status) => status.name(lang),
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
            (
                tl!(lang, "report-classification"),
                text(self.marking.as_deref().unwrap_or_default()),
            ),
            (tl!(lang, "report-questionnaire"), text(&questionnaire)),
            (
                tl!(lang, "report-created"),
                Detail::Time(meta.created.clone()),
            ),
            (
                tl!(lang, "report-modified"),
                Detail::Time(meta.modified.clone()),
            ),
            (tl!(lang, "report-fingerprint"), text(&self.fingerprint)),
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

/// A band as a label, with provisional or out of scope said.
fn band_text(lang: Language, area: &scoring::AreaScore) -> String {
    if !area.in_scope {
        return tl!(lang, "report-chart-out-of-scope");
    }
    let Some(band) = area.band else {
        return tl!(lang, "report-chart-no-level");
    };
    let band = band.title(lang);
    if area.provisional {
        tl!(lang, "export-band-provisional", band = band)
    } else {
        band
    }
}
