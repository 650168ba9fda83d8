//! The action plan as CSV, for any spreadsheet or database: RFC 4180, UTF-8 with a byte-order mark.

use super::{Cell, PlanColumn, plan_cells};
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
pub fn csv(questionnaire: &Questionnaire, assessment: &Assessment, language: Language) -> Vec<u8> {
    let score = scoring::score(questionnaire, assessment);
    let mut out = String::from(BOM);
    let headings: Vec<String> = PlanColumn::ALL
        .iter()
        .map(|column| field(&column.heading(language)))
        .collect();
    push_line(&mut out, &headings);
    for cells in plan_cells(questionnaire, assessment, &score, language) {
        let fields: Vec<String> = cells.iter().map(cell_field).collect();
        push_line(&mut out, &fields);
    }
    out.into_bytes()
}

fn push_line(out: &mut String, fields: &[String]) {
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

fn cell_field(cell: &Cell) -> String {
    match cell {
        Cell::Empty => String::new(),
        Cell::Text(text) => field(text),
        // Whole numbers print without a decimal point: 3, not 3.0.
        Cell::Number(number) => number.to_string(),
        Cell::Date(date) => crate::assessment::format_date(*date),
    }
}

/// A text field, safe from formula injection and quoted as RFC 4180 asks.
fn field(text: &str) -> String {
    let safe = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if safe.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", safe.replace('"', "\"\""))
    } else {
        safe
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_that_would_run_as_formulas_start_with_a_quote() {
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("+374 10 000000"), "'+374 10 000000");
        assert_eq!(field("-2"), "'-2");
        assert_eq!(field("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(field("\tx"), "'\tx");
        assert_eq!(
            field("=HYPERLINK(\"http://x\",\"y\")"),
            "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""
        );
        assert_eq!(field("Buy generators"), "Buy generators");
    }

    #[test]
    fn fields_are_quoted_only_when_they_must_be() {
        assert_eq!(field("a, b"), "\"a, b\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("«Հաստատված է»"), "«Հաստատված է»");
        assert_eq!(cell_field(&Cell::Number(3.0)), "3");
        assert_eq!(cell_field(&Cell::Empty), "");
    }
}
