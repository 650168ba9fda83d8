//! The start screen: new assessment, open, recent files, examples, recovery.

use egui::{RichText, Ui};

use crate::app::{Command, EXAMPLES, RecentEntry, RecoveryEntry, StartLists, Summary, Unusable};
use crate::ui::fonts;

/// One line about a file: title, organisation, status and date.
fn summary_text(summary: &Summary) -> String {
    format!(
        "{} · {} · {} · modified {}",
        summary.title,
        summary.organisation,
        summary.status.map_or("unknown status", |s| s.as_str()),
        summary.modified.get(..10).unwrap_or(&summary.modified)
    )
}

fn unusable_text(unusable: &Unusable) -> String {
    match unusable {
        Unusable::Unreadable => "cannot be read (moved or deleted?)".to_owned(),
        Unusable::Invalid(why) => why.clone(),
    }
}

/// What an autosave holds, and whose work it is.
fn recovery_text(entry: &RecoveryEntry) -> String {
    let what = match &entry.summary {
        Ok(summary) => format!(
            "{} · {} · autosaved {} UTC",
            summary.title,
            summary.organisation,
            entry
                .autosaved
                .get(..16)
                .unwrap_or(&entry.autosaved)
                .replace('T', " ")
        ),
        Err(unusable) => format!("unreadable: {}", unusable_text(unusable)),
    };
    match &entry.original {
        Some(original) => format!("{what}: unsaved changes to {}", original.display()),
        None => format!("{what}: a new assessment that was never saved"),
    }
}

/// Draws the start screen.
pub fn start_ui(ui: &mut Ui, lists: &StartLists, commands: &mut Vec<Command>) {
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
            if !lists.recoveries.is_empty() {
                recoveries_ui(ui, &lists.recoveries, commands);
                ui.add_space(10.0);
            }
            actions_ui(ui, commands);
            ui.add_space(14.0);
            heading(ui, "Recent files");
            recent_ui(ui, &lists.recent, commands);
            ui.add_space(14.0);
            heading(ui, "Examples");
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

fn heading(ui: &mut Ui, text: &str) {
    ui.label(
        RichText::new(text)
            .family(fonts::bold())
            .strong()
            .size(16.0),
    );
}

fn recoveries_ui(ui: &mut Ui, recoveries: &[RecoveryEntry], commands: &mut Vec<Command>) {
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
                ui.label(recovery_text(entry));
            });
        }
    });
}

/// New assessment, open, open for review.
fn actions_ui(ui: &mut Ui, commands: &mut Vec<Command>) {
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
}

fn recent_ui(ui: &mut Ui, recent: &[RecentEntry], commands: &mut Vec<Command>) {
    if recent.is_empty() {
        ui.label(RichText::new("Files you open or save appear here.").weak());
    }
    for entry in recent {
        ui.horizontal_wrapped(|ui| {
            let name = entry.path.file_name().map_or_else(
                || entry.path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let openable = !matches!(entry.summary, Some(Err(_)));
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
                Some(Ok(summary)) => ui.label(summary_text(summary)),
                Some(Err(unusable)) => ui.label(RichText::new(unusable_text(unusable)).weak()),
                None => ui.label(RichText::new("reading…").weak()),
            };
        });
    }
}
