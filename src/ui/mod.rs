//! The desktop app's screens and widgets: one file per screen, functions ending in `_ui`.
//!
//! Screens draw from state and push [`crate::app::Command`]s; the app runs them in
//! one place after drawing. Nothing here touches the disk or computes a score.

pub mod dashboard;
pub mod details;
pub mod fonts;
pub mod help;
pub mod new_assessment;
pub mod question;
pub mod sidebar;
pub mod start;
pub mod theme;
pub mod top_bar;
