//! The question before a PDF export: the copy number of a classified report, or
//! the reminder that a report with no classification lists weak points.

use egui::{Id, Modal, RichText};

use crate::app::{Command, ExportDialog, copy_number};
use crate::i18n::ui_language;
use crate::t;
use crate::ui::fonts;

/// Draws the export's question as a modal window.
pub fn export_check_ui(
    ctx: &egui::Context,
    dialog: &mut ExportDialog,
    commands: &mut Vec<Command>,
) {
    let response = Modal::new(Id::unique("export check")).show(ctx, |ui| {
        ui.set_max_width(480.0);
        match dialog {
            ExportDialog::Unmarked => {
                title_ui(ui, t!("export-unmarked-title"));
                ui.label(t!("export-unmarked-body"));
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    if ui.button(t!("export-unmarked-go")).clicked() {
                        commands.push(Command::ConfirmExport(None));
                    }
                    if ui.button(t!("export-cancel")).clicked() {
                        commands.push(Command::CancelExport);
                    }
                });
            }
            ExportDialog::Copy { number } => {
                title_ui(ui, t!("export-copy-title"));
                ui.label(t!("export-copy-body"));
                let label = ui.label(t!("export-copy-number"));
                ui.add(egui::TextEdit::singleline(number).desired_width(80.0))
                    .labelled_by(label.id);
                let copy = copy_number(number);
                if let Err(e) = copy {
                    ui.colored_label(ui.visuals().error_fg_color, e.message(ui_language()));
                }
                ui.add_space(8.0);
                ui.horizontal(|ui| {
                    let go = ui.add_enabled(copy.is_ok(), egui::Button::new(t!("export-copy-go")));
                    if go.clicked()
                        && let Ok(copy) = copy
                    {
                        commands.push(Command::ConfirmExport(copy));
                    }
                    if ui.button(t!("export-cancel")).clicked() {
                        commands.push(Command::CancelExport);
                    }
                });
            }
        }
    });
    if response.should_close() {
        commands.push(Command::CancelExport);
    }
}

fn title_ui(ui: &mut egui::Ui, title: String) {
    ui.label(
        RichText::new(title)
            .family(fonts::bold())
            .strong()
            .size(18.0),
    );
}
