//! Sizes and values as Excel takes them: row heights, column widths, cell text, dates.

use rust_xlsxwriter::{ExcelDateTime, XlsxError};
use time::{Date, OffsetDateTime};

/// The longest text Excel keeps in a cell, in UTF-16 code units.
const MAX_CELL: usize = 32_767;
/// The longest marking put in a header or footer: Excel drops a header over 255
/// characters, controls included.
const MAX_MARKING: usize = 100;

/// Points per line of text at Excel's default font, and the tallest row Excel allows.
const LINE_HEIGHT: f64 = 15.0;
const MAX_ROW_HEIGHT: f64 = 409.0;

/// About how wide `text` is, in the widths of the digit Excel measures columns
/// by: Latin letters are narrower, Armenian ones about as wide.
pub(super) fn text_width(text: &str) -> f64 {
    text.chars()
        .map(|c| if c.is_ascii() { 0.8 } else { 1.15 })
        .sum()
}

/// About how many lines `text` takes wrapped in a column `width` digits wide,
/// with some room for the ends of lines that wrapping leaves empty.
pub(super) fn line_count(text: &str, width: f64) -> usize {
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
pub(super) fn fit_widths(headings: &[String], minimum: &[f64]) -> Vec<f64> {
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

pub(super) fn row_height(lines: usize) -> f64 {
    #[allow(clippy::cast_precision_loss)]
    let height = lines as f64 * LINE_HEIGHT;
    height.clamp(LINE_HEIGHT, MAX_ROW_HEIGHT)
}

/// Text as Excel keeps it: cut at Excel's limit for a cell, with `…` to say so.
pub(super) fn cell_text(text: &str) -> String {
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
pub(super) fn header_text(marking: &str) -> String {
    let short: String = marking.chars().take(MAX_MARKING).collect();
    short.replace('&', "&&")
}

pub(super) fn excel_date(date: Date) -> Result<ExcelDateTime, XlsxError> {
    let year =
        u16::try_from(date.year()).map_err(|_| XlsxError::DateTimeRangeError(date.to_string()))?;
    ExcelDateTime::from_ymd(year, date.month().into(), date.day())
}

/// A time as Excel stores it: the wall-clock time in `at`'s own offset (convert
/// to the assessment's zone first).
pub(super) fn excel_time(at: OffsetDateTime) -> Result<ExcelDateTime, XlsxError> {
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
