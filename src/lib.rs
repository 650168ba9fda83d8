//! rbr: assess a nation's resilience against NATO's seven Resilience Baseline Requirements.
//!
//! The library holds the pure core (the questionnaire, the assessment file, the
//! published scoring method and the gap report) and the thin edges around it: the
//! file system ([`storage`]), the command line ([`cli`]) and the desktop app
//! ([`app`], [`ui`]). The core never touches the disk, the clock or a window, so
//! the command line, the app and the PDF always agree on every figure.

pub mod app;
pub mod assessment;
pub mod cli;
/// The interface's words in English and Armenian, and numbers and dates as each reads them.
pub mod i18n;
pub mod questionnaire;
pub mod report;
pub mod scoring;
pub mod storage;
pub mod text;
pub mod ui;

/// Formats a figure the way every person-facing output shows it: one decimal.
pub fn one_decimal(value: f64) -> String {
    format!("{value:.1}")
}

/// A readiness figure with one decimal, or "-" when there is none.
pub fn figure(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_owned(), one_decimal)
}

/// A share (0 to 1) as a percentage with one decimal, or "-" when there is none.
pub fn percent(value: Option<f64>) -> String {
    value.map_or_else(
        || "-".to_owned(),
        |v| format!("{}%", one_decimal(100.0 * v)),
    )
}
