//! The start screen: new assessment, open, recent files, examples, recovery.

use std::path::{Path, PathBuf};

use egui::{RichText, Ui};

use crate::app::{Command, EXAMPLES};
use crate::storage::{self, recovery::Recovery};
use crate::ui::fonts;

/// A recent file, with what the start screen shows of it.
#[derive(Debug, Clone, PartialEq)]
pub struct RecentEntry {
    /// The file.
    pub path: PathBuf,
    /// Organisation, status and modified date; or why it cannot be opened.
    pub summary: Result<String, String>,
}

impl RecentEntry {
    /// Reads the file's meta to describe it.
    pub fn read(path: &Path) -> Self {
        let summary = storage::load_assessment(path)
            .map(|a| {
                let meta = &a.meta;
                format!(
                    "{} · {} · {} · modified {}",
                    meta.title_or_placeholder(),
                    meta.organisation_or_placeholder(),
                    a.status().map_or("unknown status", |s| s.as_str()),
                    meta.modified.get(..10).unwrap_or(&meta.modified)
                )
            })
            .map_err(|e| match &e {
                storage::FileError::Io { .. } => "cannot be read (moved or deleted?)".to_owned(),
                other => other.to_string(),
            });
        Self {
            path: path.to_owned(),
            summary,
        }
    }
}

/// An autosave that holds unsaved work.
#[derive(Debug, Clone, PartialEq)]
pub struct RecoveryEntry {
    /// The recovery file.
    pub path: PathBuf,
    /// The file it belongs to, if it was ever saved.
    pub original: Option<PathBuf>,
    /// What it is, for the list.
    pub summary: String,
}

impl RecoveryEntry {
    /// Describes a recovery file.
    pub fn read(recovery: Recovery) -> Self {
        let what = storage::load_assessment(&recovery.path).map_or_else(
            |e| format!("unreadable: {e}"),
            |a| {
                let autosaved = crate::assessment::format_timestamp(recovery.saved.into());
                format!(
                    "{} · {} · autosaved {} UTC",
                    a.meta.title_or_placeholder(),
                    a.meta.organisation_or_placeholder(),
                    autosaved.get(..16).unwrap_or(&autosaved).replace('T', " ")
                )
            },
        );
        let summary = match &recovery.original {
            Some(original) => format!("{what}: unsaved changes to {}", original.display()),
            None => format!("{what}: a new assessment that was never saved"),
        };
        Self {
            path: recovery.path,
            original: recovery.original,
            summary,
        }
    }
}

/// Draws the start screen.
pub fn start_ui(
    ui: &mut Ui,
    recent: &[RecentEntry],
    recoveries: &[RecoveryEntry],
    commands: &mut Vec<Command>,
) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(
                RichText::new("Resilience baseline self-assessment")
                    .family(fonts::bold())
                    .strong()
                    .size(22.0),
            );
            ui.label(
                "Assess national capacities against NATO's seven Resilience Baseline Requirements.",
            );
            ui.add_space(10.0);
            if !recoveries.is_empty() {
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.label(
                        RichText::new("Unsaved work was found")
                            .family(fonts::bold())
                            .strong()
                            .color(ui.visuals().warn_fg_color),
                    );
                    for entry in recoveries {
                        ui.horizontal_wrapped(|ui| {
                            if ui.button("Recover").clicked() {
                                commands.push(Command::Recover(entry.path.clone()));
                            }
                            if ui.button("Discard autosave").clicked() {
                                commands.push(Command::DiscardRecovery(entry.path.clone()));
                            }
                            ui.label(&entry.summary);
                        });
                    }
                });
                ui.add_space(10.0);
            }
            ui.horizontal_wrapped(|ui| {
                if ui
                    .button(RichText::new("New assessment").size(16.0))
                    .clicked()
                {
                    commands.push(Command::ShowNewForm);
                }
                if ui
                    .button(RichText::new("Open…").size(16.0))
                    .on_hover_text("Ctrl+O")
                    .clicked()
                {
                    commands.push(Command::OpenDialog { read_only: false });
                }
                if ui
                    .button(RichText::new("Open for review…").size(16.0))
                    .on_hover_text("Open a colleague's file without any risk of changing it")
                    .clicked()
                {
                    commands.push(Command::OpenDialog { read_only: true });
                }
            });
            ui.add_space(14.0);
            ui.label(
                RichText::new("Recent files")
                    .family(fonts::bold())
                    .strong()
                    .size(16.0),
            );
            if recent.is_empty() {
                ui.label(RichText::new("Files you open or save appear here.").weak());
            }
            for entry in recent {
                ui.horizontal_wrapped(|ui| {
                    let name = entry.path.file_name().map_or_else(
                        || entry.path.display().to_string(),
                        |n| n.to_string_lossy().into_owned(),
                    );
                    let openable = entry.summary.is_ok();
                    if ui
                        .add_enabled(openable, egui::Button::new(name))
                        .on_hover_text(entry.path.display().to_string())
                        .clicked()
                    {
                        commands.push(Command::Open {
                            path: entry.path.clone(),
                            read_only: false,
                        });
                    }
                    match &entry.summary {
                        Ok(summary) => ui.label(summary),
                        Err(problem) => ui.label(RichText::new(problem).weak()),
                    };
                });
            }
            ui.add_space(14.0);
            ui.label(
                RichText::new("Examples")
                    .family(fonts::bold())
                    .strong()
                    .size(16.0),
            );
            ui.label(
                RichText::new(
                    "Fictional assessments to explore; saving one asks where to put your copy.",
                )
                .weak(),
            );
            for (index, (name, _)) in EXAMPLES.iter().enumerate() {
                if ui.button(format!("Open example: {name}")).clicked() {
                    commands.push(Command::OpenExample(index));
                }
            }
        });
}
