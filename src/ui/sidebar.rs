//! The side panel of the questionnaire screen: areas with progress and readiness.

use egui::{RichText, Ui};

use crate::app::QuestionView;
use crate::app::{Command, Document};
use crate::assessment::Response;
use crate::ui::theme;

/// Draws the list of in-scope areas and, for the area shown, its questions.
pub fn sidebar_ui(ui: &mut Ui, doc: &Document, view: &QuestionView, commands: &mut Vec<Command>) {
    let language = doc.language();
    let shown = view.shown(doc);
    let shown_area = shown
        .as_ref()
        .and_then(|id| doc.questionnaire().area_of(id))
        .map(|a| a.id.clone());
    egui::Panel::left("areas")
        .resizable(true)
        .default_size(300.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.heading("Areas");
                let dark = ui.visuals().dark_mode;
                for (area, figures) in doc.questionnaire().areas.iter().zip(&doc.score().areas) {
                    if !figures.in_scope {
                        continue;
                    }
                    let done = figures.done();
                    let readiness = figures.readiness.map_or_else(
                        || "no score yet".to_owned(),
                        |r| format!("readiness {}", crate::one_decimal(r)),
                    );
                    let label = format!(
                        "{} {}\n{done}/{} answered · {readiness}",
                        area.id,
                        area.title.get(language),
                        figures.questions
                    );
                    let selected = shown_area.as_ref() == Some(&area.id);
                    let response = ui.add(egui::Button::selectable(selected, label).wrap());
                    ui.colored_label(
                        theme::band_color(figures.band, dark),
                        theme::band_label(figures.band),
                    );
                    if response.clicked()
                        && let Some(first) = area.questions.first()
                    {
                        commands.push(Command::ShowQuestion(first.id.clone()));
                    }
                    if selected {
                        ui.indent(area.id.as_str(), |ui| {
                            // Only in-scope areas are listed, so all their questions are in scope.
                            for question in &area.questions {
                                let state = match doc.assessment().response(&question.id) {
                                    Response::Level(level) => level.to_string(),
                                    Response::NotApplicable => "N/A".to_owned(),
                                    Response::Unanswered => "–".to_owned(),
                                };
                                let follow_up = doc
                                    .assessment()
                                    .answer(&question.id)
                                    .is_some_and(|a| a.follow_up);
                                let flag = if follow_up { " • follow-up" } else { "" };
                                let text =
                                    RichText::new(format!("{} [{state}]{flag}", question.id));
                                let dim = !view.matches(doc, question);
                                let text = if dim { text.weak() } else { text };
                                let is_shown = shown.as_ref() == Some(&question.id);
                                if ui.add(egui::Button::selectable(is_shown, text)).clicked() {
                                    commands.push(Command::ShowQuestion(question.id.clone()));
                                }
                            }
                        });
                    }
                    ui.add_space(4.0);
                }
            });
        });
}
