//! rbr: assess a nation's resilience against NATO's seven Resilience Baseline Requirements.
//!
//! The pure core is the `rbr-core` crate (the questionnaire, the assessment file,
//! the published scoring method, the review trail, the report and the
//! spreadsheets); this crate re-exports its modules under the same names and adds
//! the thin edges around it: the file system ([`storage`]), the command line
//! ([`cli`]) and the desktop app ([`app`], [`ui`]). The core never touches the
//! disk or a window, so the command line, the app and the PDF always agree on
//! every figure.

pub use rbr_core::{
    assessment, compare, export, hash, i18n, merge, plan, questionnaire, report, review, scoring,
    t, text, tl, zone,
};

pub mod app;
pub mod cli;
pub mod shell;
pub mod storage;
pub mod ui;
