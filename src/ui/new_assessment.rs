//! The new-assessment form.

use std::path::PathBuf;
use std::sync::Arc;

use egui::{RichText, Ui};

use crate::app::{Command, NewAssessment};
use crate::questionnaire::Questionnaire;
use crate::ui::fonts;

/// The form's state.
#[derive(Debug, Clone)]
pub struct NewForm {
    /// The fields.
    pub fields: NewAssessment,
    /// The questionnaire chosen.
    pub questionnaire: Arc<Questionnaire>,
    /// Why "Create" did nothing, if it did nothing.
    pub problem: Option<String>,
}

impl PartialEq for NewForm {
    fn eq(&self, other: &Self) -> bool {
        self.fields == other.fields
    }
}

/// Languages offered for the free text.
pub const LANGUAGES: [(&str, &str); 2] = [("en", "English"), ("hy", "Armenian (Հայերեն)")];

impl NewForm {
    /// An empty form for the built-in questionnaire.
    pub fn new(questionnaire: Arc<Questionnaire>) -> Self {
        let scope = questionnaire
            .areas
            .iter()
            .map(|a| (a.id.clone(), true))
            .collect();
        Self {
            fields: NewAssessment {
                title: String::new(),
                organisation: String::new(),
                assessor: String::new(),
                classification: "UNCLASSIFIED".to_owned(),
                language: "en".to_owned(),
                scope,
                questionnaire_path: None,
            },
            questionnaire,
            problem: None,
        }
    }

    /// Switches to a questionnaire loaded from a file.
    pub fn set_questionnaire(&mut self, questionnaire: Arc<Questionnaire>, path: PathBuf) {
        self.fields.scope = questionnaire
            .areas
            .iter()
            .map(|a| (a.id.clone(), true))
            .collect();
        self.fields.questionnaire_path = Some(path);
        self.questionnaire = questionnaire;
    }
}

/// The language picker; returns the code chosen this frame, if any.
pub fn language_ui(
    ui: &mut Ui,
    id_salt: &str,
    current: &str,
    label: egui::Id,
) -> Option<&'static str> {
    let shown = LANGUAGES
        .iter()
        .find(|(code, _)| *code == current)
        .map_or(current, |(_, name)| name);
    let mut chosen = None;
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for (code, name) in LANGUAGES {
                if ui.selectable_label(current == code, name).clicked() {
                    chosen = Some(code);
                }
            }
        })
        .response
        .labelled_by(label);
    chosen
}

fn text_field(ui: &mut Ui, label: &str, hint: &str, value: &mut String) {
    ui.horizontal(|ui| {
        let label = ui.add_sized([140.0, 20.0], egui::Label::new(label));
        ui.add(
            egui::TextEdit::singleline(value)
                .hint_text(hint)
                .desired_width(420.0),
        )
        .labelled_by(label.id);
    });
}

/// Draws the form.
pub fn form_ui(ui: &mut Ui, form: &mut NewForm, commands: &mut Vec<Command>) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(
                RichText::new("New assessment")
                    .family(fonts::bold())
                    .strong()
                    .size(22.0),
            );
            ui.add_space(8.0);
            details_ui(ui, &mut form.fields);
            ui.add_space(8.0);
            scope_ui(ui, form);
            ui.add_space(8.0);
            questionnaire_ui(ui, form, commands);
            ui.add_space(12.0);
            ui.horizontal(|ui| {
                if ui
                    .button(RichText::new("Create assessment").size(16.0))
                    .clicked()
                {
                    form.problem = problem(&form.fields);
                    if form.problem.is_none() {
                        commands.push(Command::Create(form.fields.clone()));
                    }
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::ShowStart);
                }
            });
            if let Some(problem) = &form.problem {
                ui.colored_label(ui.visuals().error_fg_color, problem);
            }
        });
}

/// Title, organisation, assessor, marking and language.
fn details_ui(ui: &mut Ui, fields: &mut NewAssessment) {
    text_field(
        ui,
        "Title",
        "e.g. Energy and transport 2026",
        &mut fields.title,
    );
    text_field(
        ui,
        "Organisation",
        "the ministry or agency assessed",
        &mut fields.organisation,
    );
    text_field(ui, "Assessor", "your name or role", &mut fields.assessor);
    text_field(
        ui,
        "Classification",
        "marking printed on every page",
        &mut fields.classification,
    );
    ui.horizontal(|ui| {
        let label = ui.add_sized([140.0, 20.0], egui::Label::new("Language"));
        if let Some(code) = language_ui(ui, "language", &fields.language, label.id) {
            fields.language = code.to_owned();
        }
    });
}

fn scope_ui(ui: &mut Ui, form: &mut NewForm) {
    ui.label(RichText::new("Scope: the areas your organisation assesses").strong());
    for (id, on) in &mut form.fields.scope {
        let title = form
            .questionnaire
            .area(id)
            .map(|a| a.title.get("en").to_owned())
            .unwrap_or_default();
        ui.checkbox(on, format!("{id} {title}"));
    }
}

fn questionnaire_ui(ui: &mut Ui, form: &NewForm, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new("Questionnaire:").strong());
        ui.label(format!(
            "{} {} ({})",
            form.questionnaire.id,
            form.questionnaire.version,
            match &form.fields.questionnaire_path {
                Some(path) => path.display().to_string(),
                None => "built in".to_owned(),
            }
        ));
        if ui.button("Choose questionnaire file…").clicked() {
            commands.push(Command::ChooseQuestionnaire);
        }
    });
}

fn problem(fields: &NewAssessment) -> Option<String> {
    if fields.title.trim().is_empty() {
        Some("Give the assessment a title.".to_owned())
    } else if fields.organisation.trim().is_empty() {
        Some("Name the organisation assessed.".to_owned())
    } else if !fields.scope.iter().any(|(_, on)| *on) {
        Some("Choose at least one area.".to_owned())
    } else {
        None
    }
}
