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
pub mod compare;
pub mod export;
/// The interface's words in English and Armenian, and numbers and dates as each reads them.
pub mod i18n;
pub mod merge;
pub mod plan;
pub mod questionnaire;
pub mod report;
pub mod review;
pub mod scoring;
pub mod storage;
pub mod text;
pub mod ui;
pub mod zone;
