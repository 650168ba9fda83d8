//! The keyboard help overlay and the "save changes?" question.

use egui::{Id, Modal, RichText};

use crate::app::{Command, PathPrompt, PathPurpose};
use crate::ui::fonts;

/// Every shortcut, as the help overlay lists it.
pub const SHORTCUTS: [(&str, &str); 9] = [
    ("0 – 4", "set the level of the question shown"),
    ("N", "toggle not applicable"),
    ("Alt+Right, Page Down", "next question"),
    ("Alt+Left, Page Up", "previous question"),
    ("Ctrl+S", "save"),
    ("Ctrl+Shift+S", "save as"),
    ("Ctrl+O", "open a file"),
    ("Ctrl+Plus / Ctrl+Minus", "larger or smaller text"),
    ("F1", "show or hide this help"),
];

/// Draws the help overlay.
pub fn help_ui(ctx: &egui::Context, commands: &mut Vec<Command>) {
    let response = Modal::new(Id::unique("help")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.label(RichText::new("Keyboard shortcuts").family(fonts::bold()).strong().size(18.0));
        ui.add_space(6.0);
        egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
            for (keys, what) in SHORTCUTS {
                ui.label(RichText::new(keys).strong());
                ui.label(what);
                ui.end_row();
            }
        });
        ui.add_space(6.0);
        ui.label("Number keys and N work when no text field has the cursor; press Esc or click outside a field first.");
        ui.label("Your work is autosaved a few seconds after each change; after a crash, the start screen offers to recover it.");
        ui.add_space(6.0);
        if ui.button("Close help").clicked() {
            commands.push(Command::ToggleHelp);
        }
    });
    if response.should_close() {
        commands.push(Command::ToggleHelp);
    }
}

/// Asks what to do with unsaved changes before leaving the document.
pub fn unsaved_ui(ctx: &egui::Context, name: &str, commands: &mut Vec<Command>) {
    let response = Modal::new(Id::unique("unsaved")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.label(
            RichText::new("Save changes?")
                .family(fonts::bold())
                .strong()
                .size(18.0),
        );
        ui.label(format!("{name} has changes that are not saved."));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Save and continue").clicked() {
                commands.push(Command::UnsavedSave);
            }
            if ui.button("Discard changes").clicked() {
                commands.push(Command::UnsavedDiscard);
            }
            if ui.button("Cancel").clicked() {
                commands.push(Command::UnsavedCancel);
            }
        });
    });
    if response.should_close() {
        commands.push(Command::UnsavedCancel);
    }
}

/// Asks for a path in the window, where the system has no file dialog.
pub fn path_prompt_ui(ctx: &egui::Context, prompt: &mut PathPrompt, commands: &mut Vec<Command>) {
    let (title, confirm) = match prompt.purpose {
        PathPurpose::Open { read_only: false } => ("Open an assessment", "Open this file"),
        PathPurpose::Open { read_only: true } => {
            ("Open an assessment for review", "Open this file")
        }
        PathPurpose::SaveAssessment => ("Save the assessment as", "Save to this path"),
        PathPurpose::Questionnaire => ("Use a questionnaire file", "Use this questionnaire"),
        PathPurpose::Pdf => ("Export the PDF gap report to", "Export to this path"),
    };
    let response = Modal::new(Id::unique("path prompt")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        ui.label(
            RichText::new(title)
                .family(fonts::bold())
                .strong()
                .size(18.0),
        );
        ui.label(
            "No file dialog is available on this system (it needs the desktop portal or \
             zenity). Type the full path of the file.",
        );
        ui.add_space(6.0);
        let label = ui.label("File path");
        let edit = ui
            .add(egui::TextEdit::singleline(&mut prompt.text).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        if ui.memory(|m| m.focused().is_none()) {
            edit.request_focus();
        }
        let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let typed = prompt.text.trim();
            let usable = !typed.is_empty() && !typed.ends_with(std::path::MAIN_SEPARATOR);
            if (ui.add_enabled(usable, egui::Button::new(confirm)).clicked() || entered) && usable {
                commands.push(Command::PathChosen(prompt.purpose, typed.into()));
            }
            if ui.button("Cancel").clicked() {
                commands.push(Command::CancelPrompt);
            }
        });
    });
    if response.should_close() {
        commands.push(Command::CancelPrompt);
    }
}
