//! The new-assessment form.

use egui::{RichText, Ui};

use crate::app::{Command, NewAssessment, NewForm};
use crate::assessment::HY_CLASSIFICATIONS;
use crate::t;
use crate::ui::classification::{classification_ui, time_zone_ui};
use crate::ui::fonts;

/// Languages offered for the free text.
pub const LANGUAGES: [&str; 2] = ["en", "hy"];

/// A language of the answers, named in the interface language.
fn language_name(code: &str) -> String {
    match code {
        "en" => t!("language-en"),
        "hy" => t!("language-hy"),
        other => other.to_owned(),
    }
}

/// The language picker; returns the code chosen this frame, if any.
pub fn language_ui(
    ui: &mut Ui,
    id_salt: &str,
    current: &str,
    label: egui::Id,
) -> Option<&'static str> {
    let mut chosen = None;
    egui::ComboBox::from_id_salt(id_salt)
        .selected_text(language_name(current))
        .show_ui(ui, |ui| {
            for code in LANGUAGES {
                if ui
                    .selectable_label(current == code, language_name(code))
                    .clicked()
                {
                    chosen = Some(code);
                }
            }
        })
        .response
        .labelled_by(label);
    chosen
}

/// One row of the form's grid: a label and a text field it names.
fn text_field(ui: &mut Ui, label: &str, hint: &str, value: &mut String) {
    let label = ui.label(label);
    ui.add(
        egui::TextEdit::singleline(value)
            .hint_text(hint)
            .desired_width(420.0),
    )
    .labelled_by(label.id);
    ui.end_row();
}

/// Draws the form.
pub fn form_ui(ui: &mut Ui, form: &mut NewForm, commands: &mut Vec<Command>) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(
                RichText::new(t!("new-title"))
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
                    .button(RichText::new(t!("form-create")).size(16.0))
                    .clicked()
                {
                    form.problem = problem(&form.fields);
                    if form.problem.is_none() {
                        commands.push(Command::Create(form.fields.clone()));
                    }
                }
                if ui.button(t!("form-cancel")).clicked() {
                    commands.push(Command::ShowStart);
                }
            });
            if let Some(problem) = &form.problem {
                ui.colored_label(ui.visuals().error_fg_color, problem);
            }
        });
}

/// Title, organisation, assessor, language, classification, time zone and place.
fn details_ui(ui: &mut Ui, fields: &mut NewAssessment) {
    // A grid, so that the labels line up whatever their length in the
    // interface language.
    egui::Grid::new("new assessment details")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            text_field(
                ui,
                &t!("form-title"),
                &t!("form-title-hint"),
                &mut fields.title,
            );
            text_field(
                ui,
                &t!("form-organisation"),
                &t!("form-organisation-hint"),
                &mut fields.organisation,
            );
            text_field(
                ui,
                &t!("form-assessor"),
                &t!("form-assessor-hint"),
                &mut fields.assessor,
            );
            let label = ui.label(t!("form-language"));
            if let Some(code) = language_ui(ui, "language", &fields.language, label.id) {
                // The Armenian grades are a closed list: a marking typed for English
                // that is not one of them would not be offered; start from none.
                if code == "hy" && !HY_CLASSIFICATIONS.contains(&fields.classification.as_str()) {
                    fields.classification.clear();
                }
                fields.language = code.to_owned();
            }
            ui.end_row();
            let label = ui.label(t!("form-classification"));
            if let Some(value) = classification_ui(
                ui,
                "new classification",
                &fields.language,
                &fields.classification,
                label.id,
            ) {
                fields.classification = value;
            }
            ui.end_row();
            let label = ui.label(t!("form-time-zone"));
            if let Some(value) = time_zone_ui(ui, &fields.time_zone, label.id) {
                fields.time_zone = value;
            }
            ui.end_row();
            text_field(
                ui,
                &t!("form-place"),
                &t!("form-place-hint"),
                &mut fields.place,
            );
        });
}

fn scope_ui(ui: &mut Ui, form: &mut NewForm) {
    ui.label(RichText::new(t!("form-scope")).strong());
    for (id, on) in &mut form.fields.scope {
        let title = form
            .questionnaire
            .area(id)
            .map(|a| a.title.get(&form.fields.language).to_owned())
            .unwrap_or_default();
        ui.checkbox(on, format!("{id} {title}"));
    }
}

fn questionnaire_ui(ui: &mut Ui, form: &NewForm, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(t!("form-questionnaire")).strong());
        ui.label(format!(
            "{} {} ({})",
            form.questionnaire.id,
            form.questionnaire.version,
            match &form.fields.questionnaire_path {
                Some(path) => path.display().to_string(),
                None => t!("form-questionnaire-built-in"),
            }
        ));
        if ui.button(t!("form-choose-questionnaire")).clicked() {
            commands.push(Command::ChooseQuestionnaire);
        }
    });
}

fn problem(fields: &NewAssessment) -> Option<String> {
    if fields.title.trim().is_empty() {
        Some(t!("form-need-title"))
    } else if fields.organisation.trim().is_empty() {
        Some(t!("form-need-organisation"))
    } else if !fields.scope.iter().any(|(_, on)| *on) {
        Some(t!("form-need-area"))
    } else {
        None
    }
}
