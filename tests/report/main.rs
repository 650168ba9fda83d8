//! The PDF gap report, read back as an official's PDF reader would: its text, its
//! figures (as `rbr score` computes them), its fingerprint, its pages and outline,
//! and that nothing is printed outside the page, however long the notes. One test
//! binary, one module per section of the report.

mod support;

mod annex;
mod areas;
mod armenian;
mod cli;
mod cover;
mod figures;
mod gaps;
mod layout;
mod summary;
