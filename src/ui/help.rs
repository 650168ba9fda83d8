//! The keyboard help overlay and the "save changes?" question.

use egui::{Id, Modal, RichText};

use crate::app::{Command, PathPrompt, PathPurpose};
use crate::t;
use crate::ui::fonts;

/// Every shortcut, as the help overlay lists it: the keys as printed on the keycaps,
/// and the message that says what they do.
pub const SHORTCUTS: [(&str, &str); 11] = [
    ("0 – 4", "help-levels"),
    ("N", "help-not-applicable"),
    ("E", "help-evidence"),
    ("Alt+Right, Page Down", "help-next"),
    ("Alt+Left, Page Up", "help-previous"),
    ("Ctrl+S", "help-save"),
    ("Ctrl+Shift+S", "help-save-as"),
    ("Ctrl+O", "help-open"),
    ("Ctrl+E", "help-export"),
    ("Ctrl+Plus / Ctrl+Minus", "help-zoom"),
    ("F1", "help-toggle"),
];

/// Draws the help overlay.
pub fn help_ui(ctx: &egui::Context, commands: &mut Vec<Command>) {
    let response = Modal::new(Id::unique("help")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.label(
            RichText::new(t!("help-title"))
                .family(fonts::bold())
                .strong()
                .size(18.0),
        );
        ui.add_space(6.0);
        egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
            for (keys, what) in SHORTCUTS {
                ui.label(RichText::new(keys).strong());
                ui.label(t!(what));
                ui.end_row();
            }
        });
        ui.add_space(6.0);
        ui.label(t!("help-keys-note"));
        ui.label(t!("help-autosave-note"));
        ui.add_space(6.0);
        if ui.button(t!("help-close")).clicked() {
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
            RichText::new(t!("unsaved-title"))
                .family(fonts::bold())
                .strong()
                .size(18.0),
        );
        ui.label(t!("unsaved-body", name = name));
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(t!("unsaved-save")).clicked() {
                commands.push(Command::UnsavedSave);
            }
            if ui.button(t!("unsaved-discard")).clicked() {
                commands.push(Command::UnsavedDiscard);
            }
            if ui.button(t!("unsaved-cancel")).clicked() {
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
        PathPurpose::Open { read_only: false } => (t!("path-open"), t!("path-open-button")),
        PathPurpose::Open { read_only: true } => (t!("path-open-review"), t!("path-open-button")),
        PathPurpose::SaveAssessment => (t!("path-save"), t!("path-save-button")),
        PathPurpose::Questionnaire => (t!("path-questionnaire"), t!("path-questionnaire-button")),
        PathPurpose::Pdf => (t!("path-pdf"), t!("path-pdf-button")),
        PathPurpose::Compare => (t!("path-compare"), t!("path-open-button")),
        PathPurpose::Spreadsheet(_) => (t!("path-spreadsheet"), t!("path-pdf-button")),
        PathPurpose::CombineAdd => (t!("path-combine-add"), t!("path-combine-add-button")),
        PathPurpose::CombineSave => (t!("path-combine-save"), t!("path-save-button")),
    };
    let response = Modal::new(Id::unique("path prompt")).show(ctx, |ui| {
        ui.set_max_width(640.0);
        ui.label(
            RichText::new(title)
                .family(fonts::bold())
                .strong()
                .size(18.0),
        );
        ui.label(t!("path-no-dialog"));
        ui.add_space(6.0);
        let label = ui.label(t!("path-label"));
        let edit = ui
            .add(egui::TextEdit::singleline(&mut prompt.text).desired_width(f32::INFINITY))
            .labelled_by(label.id);
        // Enter ends the edit (egui gives the focus up): that is the answer, so the
        // focus is not taken back, as it is while nothing else has it.
        let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if !entered && ui.memory(|m| m.focused().is_none()) {
            edit.request_focus();
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            let typed = prompt.text.trim();
            let usable = !typed.is_empty() && !typed.ends_with(std::path::MAIN_SEPARATOR);
            if (ui.add_enabled(usable, egui::Button::new(confirm)).clicked() || entered) && usable {
                commands.push(Command::PathChosen(prompt.purpose, typed.into()));
            }
            if ui.button(t!("path-cancel")).clicked() {
                commands.push(Command::CancelPrompt);
            }
        });
    });
    if response.should_close() {
        commands.push(Command::CancelPrompt);
    }
}
