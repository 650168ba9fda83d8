//! The action plan as CSV, for any spreadsheet or database: RFC 4180, UTF-8 with a byte-order mark.

use super::{Cell, ExportError, PlanColumn, plan_cells};
use crate::assessment::Assessment;
use crate::i18n::Language;
use crate::questionnaire::Questionnaire;
use crate::scoring;

/// The byte-order mark that tells Excel the file is UTF-8, so Armenian shows right.
pub const BOM: &str = "\u{feff}";

/// The action plan of `assessment`, scored against `questionnaire`, as CSV: the
/// Plan sheet's columns and rows, the header row in `language` (the interface's),
/// the questionnaire's texts in the assessment's own language.
///
/// UTF-8 with a byte-order mark, fields separated by commas and quoted when they
/// hold a comma, a quote or a line break (quotes doubled), lines ended by CRLF
/// (RFC 4180). Dates are written `YYYY-MM-DD`, numbers as plain digits. A field
/// that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a
/// tab or a carriage return) gets a leading `'`, so it is shown as text.
pub fn csv(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    language: Language,
) -> Result<Vec<u8>, ExportError> {
    let filled = assessment.fill_figures(questionnaire);
    let questionnaire = &filled;
    let score = scoring::score(questionnaire, assessment);
    let mut writer = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(BOM.as_bytes().to_vec());
    let headings: Vec<String> = PlanColumn::ALL
        .iter()
        .map(|column| safe(&column.heading(language)))
        .collect();
    writer.write_record(&headings)?;
    for cells in plan_cells(questionnaire, assessment, &score, language) {
        writer.write_record(cells.iter().map(cell_field))?;
    }
    writer
        .into_inner()
        .map_err(|e| ExportError::Csv(e.into_error().into()))
}

fn cell_field(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(text) => safe(text),
        // Whole numbers print without a decimal point: 3, not 3.0.
        Cell::Number(number) => number.to_string(),
        Cell::Date(date) => crate::assessment::format_date(*date),
    }
}

/// A text field a spreadsheet would run as a formula gets a leading `'`, so that
/// it is shown as text; the csv crate quotes it as RFC 4180 asks.
fn safe(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_that_would_run_as_formulas_start_with_a_quote() {
        assert_eq!(safe("=1+1"), "'=1+1");
        assert_eq!(safe("+374 10 000000"), "'+374 10 000000");
        assert_eq!(safe("-2"), "'-2");
        assert_eq!(safe("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(safe("\tx"), "'\tx");
        assert_eq!(safe("Buy generators"), "Buy generators");
        assert_eq!(cell_field(&Cell::Number(3.0)), "3");
        assert_eq!(cell_field(&Cell::Empty), "");
    }

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        let q = Questionnaire::built_in();
        let mut a = Assessment::new(&q, crate::assessment::Meta::default());
        a.answer_mut(&"BR2.1".into()).level = Some(crate::assessment::Lenient::Valid(
            crate::questionnaire::Level::new(0).expect("on the scale"),
        ));
        a.plan.insert(
            "BR2.1".into(),
            crate::assessment::Lenient::Valid(crate::assessment::PlanEntry {
                body: "Ministry, \"Energy\"".into(),
                person: "=HYPERLINK(\"http://x\",\"y\")".into(),
                resources: "two\nlines".into(),
                ..crate::assessment::PlanEntry::new("«Հաստատված է»")
            }),
        );
        let bytes = csv(&q, &a, Language::En).expect("CSV");
        let text = String::from_utf8(bytes).expect("UTF-8");
        assert!(text.starts_with(BOM));
        assert!(text.contains("\"Ministry, \"\"Energy\"\"\""), "{text}");
        assert!(
            text.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
            "{text}"
        );
        assert!(text.contains("\"two\nlines\""), "{text}");
        assert!(text.contains(",«Հաստատված է»,"), "{text}");
        assert!(text.contains("\r\n"));
    }
}
