//! The desktop app's screens and widgets: one file per screen, functions ending in `_ui`.
//!
//! Screens draw from state and push [`crate::app::Command`]s; the app runs them in
//! one place after drawing. Nothing here touches the disk or computes a score.

pub mod classification;
pub mod combine;
pub mod compare;
pub mod conflict;
pub mod dashboard;
pub mod details;
pub mod export_check;
pub mod figures;
pub mod fonts;
pub mod help;
pub mod new_assessment;
pub mod plan;
pub mod plan_details;
pub mod plan_fields;
pub mod plan_progress;
pub mod question;
pub mod review;
pub mod sidebar;
pub mod start;
pub mod theme;
pub mod top_bar;

use crate::i18n;

/// A section heading: bold, 16 points, the same on every screen.
pub fn heading_ui(ui: &mut egui::Ui, text: impl Into<String>) -> egui::Response {
    ui.label(
        egui::RichText::new(text)
            .family(fonts::bold())
            .strong()
            .size(16.0),
    )
}

/// A readiness figure as the interface shows it (`62.5`, in Armenian `62,5`).
pub fn figure(value: Option<f64>) -> String {
    i18n::format::figure(i18n::ui_language(), value)
}

/// A share (0 to 1) as the interface shows it (`53.9%`, in Armenian `53,9%`).
pub fn percent(share: Option<f64>) -> String {
    i18n::format::percent(i18n::ui_language(), share)
}
