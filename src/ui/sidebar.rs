//! The side panel of the questionnaire screen: areas with progress and readiness.

use egui::{RichText, Ui};

use crate::app::QuestionView;
use crate::app::{Command, Document};
use crate::assessment::Response;
use crate::t;
use crate::ui::{figure, theme};

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
                ui.heading(t!("sidebar-areas"));
                let dark = ui.visuals().dark_mode;
                for (area, figures) in doc.questionnaire().areas.iter().zip(&doc.score().areas) {
                    if !figures.in_scope {
                        continue;
                    }
                    let done = figures.done();
                    let readiness = figures.readiness.map_or_else(
                        || t!("sidebar-no-score"),
                        |r| t!("sidebar-readiness", value = figure(Some(r))),
                    );
                    let label = format!(
                        "{} {}\n{}",
                        area.id,
                        area.title.get(language),
                        t!(
                            "sidebar-area",
                            done = done,
                            total = figures.questions,
                            readiness = readiness
                        )
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
                                let text = RichText::new(question_row(doc, question));
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

/// A question's line in the list: its id, its answer, and what needs attention.
fn question_row(doc: &Document, question: &crate::questionnaire::Question) -> String {
    let state = match doc.assessment().response_to(question) {
        Response::Level(level) => level.to_string(),
        Response::NotApplicable => t!("sidebar-not-applicable"),
        Response::Unanswered => "–".to_owned(),
    };
    let mut row = format!("{} [{state}]", question.id);
    if doc
        .assessment()
        .answer(&question.id)
        .is_some_and(|a| a.follow_up)
    {
        row = format!("{row} {}", t!("sidebar-follow-up"));
    }
    let open = doc.open_comments(&question.id);
    if open > 0 {
        row = format!("{row} {}", t!("sidebar-open-comments", count = open));
    }
    row
}
