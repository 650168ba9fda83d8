//! The assessment's details (title, organisation, marking, language, scope), editable
//! after creation: a typo in the organisation's name must not need a new assessment.

use egui::{RichText, Ui};

use crate::app::{Command, Document, Edit, MetaField};
use crate::t;
use crate::ui::classification::{classification_ui, time_zone_ui};
use crate::ui::new_assessment::language_ui;

/// Draws the details as a collapsible section.
pub fn details_ui(ui: &mut Ui, doc: &Document, commands: &mut Vec<Command>) {
    egui::CollapsingHeader::new(RichText::new(t!("details-title")).strong())
        .id_salt("details")
        .show(ui, |ui| {
            ui.add_enabled_ui(!doc.answers_locked(), |ui| {
                let meta = &doc.assessment().meta;
                egui::Grid::new("details grid")
                    .num_columns(2)
                    .show(ui, |ui| {
                        for (field, label, value) in [
                            (MetaField::Title, t!("form-title"), &meta.title),
                            (
                                MetaField::Organisation,
                                t!("form-organisation"),
                                &meta.organisation,
                            ),
                            (MetaField::Assessor, t!("form-assessor"), &meta.assessor),
                            (MetaField::Place, t!("form-place"), &meta.place),
                        ] {
                            let label = ui.label(label);
                            let mut text = value.clone();
                            let response = ui
                                .add(egui::TextEdit::singleline(&mut text).desired_width(420.0))
                                .labelled_by(label.id);
                            if response.changed() {
                                commands.push(Command::Edit(Edit::Meta(field, text)));
                            }
                            ui.end_row();
                        }
                        let label = ui.label(t!("form-language"));
                        if let Some(code) =
                            language_ui(ui, "details language", &meta.language, label.id)
                        {
                            commands.push(Command::Edit(Edit::Meta(
                                MetaField::Language,
                                code.to_owned(),
                            )));
                        }
                        ui.end_row();
                        let label = ui.label(t!("form-classification"));
                        if let Some(value) = classification_ui(
                            ui,
                            "details classification",
                            &meta.language,
                            &meta.classification,
                            label.id,
                        ) {
                            commands
                                .push(Command::Edit(Edit::Meta(MetaField::Classification, value)));
                        }
                        ui.end_row();
                        let label = ui.label(t!("form-time-zone"));
                        if let Some(value) = time_zone_ui(ui, &meta.time_zone, label.id) {
                            commands.push(Command::Edit(Edit::Meta(MetaField::TimeZone, value)));
                        }
                        ui.end_row();
                    });
                ui.label(RichText::new(t!("details-scope")).strong());
                let in_scope = doc
                    .questionnaire()
                    .areas
                    .iter()
                    .filter(|a| doc.assessment().in_scope(&a.id))
                    .count();
                for area in &doc.questionnaire().areas {
                    let mut on = doc.assessment().in_scope(&area.id);
                    // At least one area stays in scope.
                    let last = on && in_scope == 1;
                    let text = format!("{} {}", area.id, area.title.get(doc.language()));
                    if ui
                        .add_enabled(!last, egui::Checkbox::new(&mut on, text))
                        .changed()
                    {
                        commands.push(Command::Edit(Edit::Scope(area.id.clone(), on)));
                    }
                }
                ui.label(RichText::new(t!("details-scope-note")).weak());
            });
        });
}
