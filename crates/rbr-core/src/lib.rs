//! rbr's core: the questionnaire, the assessment file, the published scoring
//! method, the review trail, the action plan, comparing and combining rounds,
//! the PDF report and the spreadsheets, and the words of all of them in English
//! and Armenian.
//!
//! Everything here is pure: bytes and values in, values and bytes out. This
//! crate depends on no window, dialog or command-line library (Cargo keeps it so:
//! those crates are not among its dependencies) and never touches the file
//! system (clippy keeps it so: `std::fs` is on this crate's disallowed list), so
//! the command line, the app, and any service built later agree on every figure.
//! "Today" and the report date come from the caller.

pub mod assessment;
pub mod compare;
pub mod export;
pub mod hash;
/// The interface's words in English and Armenian, and numbers and dates as each reads them.
pub mod i18n;
pub mod merge;
pub mod plan;
pub mod questionnaire;
pub mod report;
pub mod review;
pub mod scoring;
pub mod text;
pub mod zone;
