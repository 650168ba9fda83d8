//! The bar always visible at the top: file name, unsaved marker, status, actions, messages.

use egui::{RichText, Ui};

use crate::app::{Command, Document, Edit, Notices, Screen, ThemeChoice};
use crate::assessment::Status;
use crate::i18n::{self, Language};
use crate::t;
use crate::ui::fonts;

/// What the top bar shows.
pub struct TopBar<'a> {
    /// The screen shown, whose tab is selected.
    pub screen: &'a Screen,
    /// The open assessment, if any.
    pub doc: Option<&'a Document>,
    /// The theme, named on its toggle.
    pub theme: ThemeChoice,
    /// The messages.
    pub notices: &'a Notices,
    /// Whether a PDF is being written (the export button waits).
    pub exporting: bool,
}

/// Draws the top bar, the messages and the file's findings.
pub fn top_bar_ui(ui: &mut Ui, app: &TopBar<'_>, commands: &mut Vec<Command>) {
    egui::Panel::top("top_bar").show(ui, |ui| {
        ui.add_space(4.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new("rbr")
                    .family(fonts::bold())
                    .strong()
                    .size(18.0),
            );
            screens_ui(ui, app, commands);
            if let Some(doc) = app.doc {
                ui.separator();
                document_ui(ui, doc, commands);
                ui.separator();
                file_actions_ui(ui, app, doc, commands);
            }
            ui.separator();
            if ui.button(app.theme.label()).clicked() {
                commands.push(Command::CycleTheme);
            }
            interface_language_ui(ui, commands);
            if ui.button(t!("app-help")).clicked() {
                commands.push(Command::ToggleHelp);
            }
        });
        notices_ui(ui, app, commands);
        if let Some(doc) = app.doc {
            upgrade_ui(ui, doc, commands);
            findings_ui(ui, doc);
        }
        ui.add_space(2.0);
    });
}

/// Start, and with a document its questions and dashboard.
fn screens_ui(ui: &mut Ui, app: &TopBar<'_>, commands: &mut Vec<Command>) {
    let mut tab = |ui: &mut Ui, selected: bool, label: &str, command: Command| {
        if ui.selectable_label(selected, label).clicked() {
            commands.push(command);
        }
    };
    tab(
        ui,
        matches!(app.screen, Screen::Start),
        &t!("app-start"),
        Command::ShowStart,
    );
    if app.doc.is_some() {
        tab(
            ui,
            matches!(app.screen, Screen::Questions),
            &t!("app-questions"),
            Command::ShowQuestions,
        );
        tab(
            ui,
            matches!(app.screen, Screen::Dashboard),
            &t!("app-dashboard"),
            Command::ShowDashboard,
        );
        tab(
            ui,
            matches!(app.screen, Screen::Plan),
            &t!("app-plan"),
            Command::ShowPlan,
        );
    }
}

/// The file's name, whether it is saved or read-only, and its status.
fn document_ui(ui: &mut Ui, doc: &Document, commands: &mut Vec<Command>) {
    let mut name = RichText::new(doc.name()).family(fonts::bold()).strong();
    if doc.dirty() {
        name = name.italics();
    }
    ui.label(name);
    if doc.dirty() {
        ui.label(RichText::new(t!("app-unsaved")).color(ui.visuals().warn_fg_color));
    } else {
        ui.label(RichText::new(t!("app-saved")).weak());
    }
    if doc.read_only() {
        ui.label(RichText::new(t!("app-read-only")).strong());
    }
    crate::ui::review::workflow_ui(ui, doc, commands);
}

/// Save, save as, export.
fn file_actions_ui(ui: &mut Ui, app: &TopBar<'_>, doc: &Document, commands: &mut Vec<Command>) {
    // Open for review, what can be saved is the comments and events.
    if ui
        .add_enabled(
            !doc.read_only() || doc.dirty(),
            egui::Button::new(t!("app-save")),
        )
        .on_hover_text("Ctrl+S")
        .clicked()
    {
        commands.push(Command::Save);
    }
    if ui
        .button(t!("app-save-as"))
        .on_hover_text("Ctrl+Shift+S")
        .clicked()
    {
        commands.push(Command::SaveAs);
    }
    let export = if app.exporting {
        t!("app-exporting-pdf")
    } else {
        t!("app-export-pdf")
    };
    if ui
        .add_enabled(!app.exporting, egui::Button::new(export))
        .clicked()
    {
        commands.push(Command::ExportPdf);
    }
    ui.menu_button(t!("app-export-sheet"), |ui| {
        if ui.button(t!("app-export-xlsx")).clicked() {
            commands.push(Command::ExportSheet(crate::app::Sheet::Xlsx));
        }
        if ui.button(t!("app-export-csv")).clicked() {
            commands.push(Command::ExportSheet(crate::app::Sheet::Csv));
        }
    });
}

fn notices_ui(ui: &mut Ui, app: &TopBar<'_>, commands: &mut Vec<Command>) {
    for (index, notice) in app.notices.iter().enumerate() {
        ui.horizontal(|ui| {
            let color = if notice.is_error {
                ui.visuals().error_fg_color
            } else {
                ui.visuals().text_color()
            };
            if ui.small_button(t!("app-dismiss")).clicked() {
                commands.push(Command::DismissNotice(index));
            }
            ui.add(egui::Label::new(RichText::new(&notice.text).color(color)).wrap());
        });
    }
}

/// Offers to move a file answered under an earlier questionnaire version.
fn upgrade_ui(ui: &mut Ui, doc: &Document, commands: &mut Vec<Command>) {
    let Some(plan) = doc.assessment().upgrade_plan(doc.questionnaire()) else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            t!(
                "upgrade-offer",
                id = doc.questionnaire().id.as_str(),
                from = plan.from.as_str(),
                to = plan.to.as_str(),
                changed = plan.recheck.len(),
                added = plan.added.len()
            ),
        );
        if ui
            .add_enabled(
                !doc.answers_locked(),
                egui::Button::new(t!("upgrade-button", to = plan.to.as_str())),
            )
            .on_hover_text(t!(
                "upgrade-what",
                recheck = ids(&plan.recheck),
                added = ids(&plan.added)
            ))
            .clicked()
        {
            commands.push(Command::Edit(Edit::Upgrade));
        }
    });
}

fn ids(ids: &[crate::questionnaire::QuestionId]) -> String {
    ids.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn findings_ui(ui: &mut Ui, doc: &Document) {
    if doc.findings().is_empty() {
        return;
    }
    egui::CollapsingHeader::new(t!("app-findings", count = doc.findings().len()))
        .id_salt("findings")
        .show(ui, |ui| {
            for finding in doc.findings() {
                ui.label(finding.message(i18n::ui_language()));
            }
        });
}

/// An assessment's status in words, in the interface language.
pub fn status_label_text(status: Status) -> String {
    status.name(i18n::ui_language())
}

/// The interface language, switched at once and remembered.
fn interface_language_ui(ui: &mut Ui, commands: &mut Vec<Command>) {
    let label = ui.label(t!("app-interface-language"));
    let current = i18n::ui_language();
    egui::ComboBox::from_id_salt("interface language")
        .selected_text(current.native_name())
        .show_ui(ui, |ui| {
            for language in Language::ALL {
                if ui
                    .selectable_label(current == language, language.native_name())
                    .clicked()
                    && language != current
                {
                    commands.push(Command::SetInterfaceLanguage(language));
                }
            }
        })
        .response
        .labelled_by(label.id);
}
