//! Driving the desktop app headless, as a person would: by its accessible labels.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rbr::app::{App, Prefs, ScriptedPicker};
use serde_json::Value;

pub fn harness(app: App) -> Harness<'static, App> {
    // The start screen's lists arrive from a worker thread, which asks for a repaint
    // whenever it finishes: a few more steps than egui's default may be needed.
    Harness::builder()
        .with_size(egui::vec2(1280.0, 1000.0))
        .with_max_steps(16)
        .with_context_setup(rbr::ui::fonts::install)
        .build_ui_state(|ui, app: &mut App| app.frame_ui(ui), app)
}

pub fn app(picks: Vec<Option<PathBuf>>, recovery: &Path) -> App {
    App::new(
        Prefs::default(),
        Box::new(ScriptedPicker::new(picks)),
        Some(recovery.to_owned()),
    )
}

pub fn type_into(h: &mut Harness<'_, App>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Waits until the start screen has read its lists (on a worker thread) and shows them.
pub fn settle_start(h: &mut Harness<'_, App>) {
    h.state_mut().finish_start();
    h.run();
}

pub fn click(h: &mut Harness<'_, App>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

pub fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).expect("file on disk")).expect("JSON")
}
