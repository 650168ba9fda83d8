//! Figures in the app: the measured figure under a question's answer, with the
//! level it supports, and the planning figures part of the assessment's details.

use egui::{RichText, Ui};

use crate::app::{Command, Document, Edit, FigureEdit};
use crate::assessment::{Answer, Figure, Finding, parse_date};
use crate::i18n::{Language, ui_language};
use crate::questionnaire::{Indicator, Level, Question};
use crate::t;

/// A number as typed: `61`, `61.5`, in Armenian also `61,5`; spaces are
/// ignored, and English thousands commas too. None for anything else.
pub fn parse_number(text: &str, lang: Language) -> Option<f64> {
    let mut plain: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .collect();
    plain = match lang {
        Language::Hy => plain.replace(',', "."),
        Language::En => plain.replace(',', ""),
    };
    plain.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A number as the field shows it for editing: no grouping, the language's decimal mark.
fn editable(value: f64, lang: Language) -> String {
    let text = value.to_string();
    match lang {
        Language::Hy => text.replace('.', ","),
        Language::En => text,
    }
}

/// A number field whose text is kept while it is being typed (`61,` is not yet a
/// number); a change that reads as a number, or an emptied field, becomes a command.
fn number_field(
    ui: &mut Ui,
    salt: &str,
    value: Option<f64>,
    label: egui::Id,
    mut send: impl FnMut(Option<f64>),
) {
    let lang = ui_language();
    let id = egui::Id::unique(("figure value", salt));
    let focused = ui.memory(|m| m.has_focus(id));
    let kept = ui.data(|d| d.get_temp::<String>(id));
    let mut text = match kept {
        Some(text) if focused => text,
        _ => value.map(|v| editable(v, lang)).unwrap_or_default(),
    };
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .id(id)
                .desired_width(90.0),
        )
        .labelled_by(label);
    if response.changed() {
        if text.trim().is_empty() {
            send(None);
        } else if let Some(number) = parse_number(&text, lang) {
            send(Some(number));
        }
        ui.data_mut(|d| d.insert_temp(id, text.clone()));
    }
    if !text.trim().is_empty() && parse_number(&text, lang).is_none() {
        ui.colored_label(ui.visuals().error_fg_color, t!("figure-not-a-number"));
    }
}

/// The as-of date and the source of a figure, each a field; a change becomes a command.
fn date_and_source(
    ui: &mut Ui,
    figure: &Figure,
    labels: (String, String),
    mut send: impl FnMut(FigureEdit),
) {
    let label = ui.label(labels.0);
    let mut as_of = figure.as_of.clone();
    if ui
        .add(
            egui::TextEdit::singleline(&mut as_of)
                .hint_text(t!("plan-date-hint"))
                .desired_width(90.0),
        )
        .labelled_by(label.id)
        .changed()
    {
        send(FigureEdit::AsOf(as_of.clone()));
    }
    if !as_of.trim().is_empty() && parse_date(&as_of).is_none() {
        ui.colored_label(ui.visuals().error_fg_color, t!("figure-not-a-date"));
    }
    let label = ui.label(labels.1);
    let mut source = figure.source.clone();
    if ui
        .add(
            egui::TextEdit::singleline(&mut source)
                .hint_text(t!("figure-source-hint"))
                .desired_width(260.0),
        )
        .labelled_by(label.id)
        .changed()
    {
        send(FigureEdit::Source(source));
    }
}

/// What each level requires, on one line: `Level 1 ≥ 30 days · Level 2 ≥ 60 days …`.
fn requirements(indicator: &Indicator) -> String {
    let lang = ui_language();
    Level::ALL[1..]
        .iter()
        .filter_map(|&level| {
            let required = indicator.requirement(level, lang)?;
            Some(t!(
                "figure-requirement",
                level = level.to_string(),
                required = required
            ))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The measured figure of a question that declares an indicator: the value,
/// its date and source, the level it supports, and what is wrong with it.
pub fn measured_ui(
    ui: &mut Ui,
    doc: &Document,
    question: &Question,
    answer: &Answer,
    commands: &mut Vec<Command>,
) {
    let Some(indicator) = &question.indicator else {
        return;
    };
    let code = doc.language();
    let empty = Figure::default();
    let figure = answer.figure.as_ref().unwrap_or(&empty);
    let id = &question.id;
    ui.label(RichText::new(t!("figure-heading", name = indicator.name.get(code))).strong());
    ui.label(RichText::new(requirements(indicator)).weak());
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t!(
            "figure-value",
            unit = indicator.unit.get(code),
            question = id.as_str()
        ));
        number_field(ui, id.as_str(), figure.value, label.id, |value| {
            commands.push(Command::Edit(Edit::Figure(
                id.clone(),
                FigureEdit::Value(value),
            )));
        });
    });
    ui.horizontal_wrapped(|ui| {
        date_and_source(
            ui,
            figure,
            (
                t!("figure-as-of-label", question = id.as_str()),
                t!("figure-source-label", question = id.as_str()),
            ),
            |edit| commands.push(Command::Edit(Edit::Figure(id.clone(), edit))),
        );
    });
    if let Some(measured) = doc.assessment().measured(question) {
        ui.horizontal_wrapped(|ui| {
            let supports = measured.supports;
            ui.label(
                RichText::new(t!(
                    "figure-suggests",
                    level = supports.to_string(),
                    name = doc.questionnaire().level_name(supports, code)
                ))
                .strong(),
            );
            let chosen = answer.scored_level();
            if chosen != Some(supports)
                && !doc.answers_locked()
                && !answer.not_applicable
                && ui
                    .button(t!("figure-use-level", level = supports.to_string()))
                    .clicked()
            {
                commands.push(Command::Edit(Edit::Level(id.clone(), Some(supports))));
            }
        });
    }
    let lang = ui_language();
    for finding in doc.findings() {
        let about_this = match finding {
            Finding::LevelAboveFigure { question, .. }
            | Finding::FigureOutOfDate { question, .. } => question == id,
            _ => false,
        };
        if about_this {
            ui.colored_label(ui.visuals().warn_fg_color, finding.message(lang));
        }
    }
}

/// The planning figures part of the details: each figure's value, date and
/// source, with the questionnaire's default until the country's is recorded.
pub fn planning_figures_ui(ui: &mut Ui, doc: &Document, commands: &mut Vec<Command>) {
    let figures = &doc.questionnaire().planning_figures;
    if figures.is_empty() {
        return;
    }
    let code = doc.language();
    let lang = ui_language();
    egui::CollapsingHeader::new(RichText::new(t!("figures-title")).strong())
        .id_salt("planning figures")
        .show(ui, |ui| {
            ui.label(RichText::new(t!("figures-intro")).weak());
            ui.add_enabled_ui(!doc.answers_locked(), |ui| {
                for planning in figures {
                    let own = doc.assessment().planning_figure(&planning.id);
                    let empty = Figure::default();
                    let figure = own.unwrap_or(&empty);
                    let name = planning.name.get(code);
                    ui.add_space(6.0);
                    ui.label(RichText::new(name).strong())
                        .on_hover_text(planning.description.get(code));
                    ui.horizontal_wrapped(|ui| {
                        let label = ui.label(t!(
                            "figures-value",
                            unit = planning.unit.get(code),
                            name = name
                        ));
                        let id = planning.id.clone();
                        number_field(ui, &planning.id, figure.value, label.id, |value| {
                            commands.push(Command::Edit(Edit::PlanningFigure(
                                id.clone(),
                                FigureEdit::Value(value),
                            )));
                        });
                        if own.is_none() {
                            ui.label(
                                RichText::new(t!(
                                    "figures-default",
                                    value = crate::questionnaire::with_unit(
                                        lang,
                                        planning.default,
                                        planning.unit.get(code)
                                    )
                                ))
                                .weak(),
                            );
                        }
                    });
                    ui.horizontal_wrapped(|ui| {
                        date_and_source(
                            ui,
                            figure,
                            (
                                t!("figures-as-of-label", name = name),
                                t!("figures-source-label", name = name),
                            ),
                            |edit| {
                                commands.push(Command::Edit(Edit::PlanningFigure(
                                    planning.id.clone(),
                                    edit,
                                )));
                            },
                        );
                    });
                }
            });
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_as_each_language_writes_them() {
        assert_eq!(parse_number("61", Language::En), Some(61.0));
        assert_eq!(parse_number("2,500", Language::En), Some(2500.0));
        assert_eq!(parse_number("82.5", Language::En), Some(82.5));
        assert_eq!(parse_number("82,5", Language::Hy), Some(82.5));
        assert_eq!(parse_number("12\u{a0}500", Language::Hy), Some(12500.0));
        assert_eq!(parse_number("sixty", Language::En), None);
        assert_eq!(parse_number("inf", Language::En), None);
        assert_eq!(editable(82.5, Language::Hy), "82,5");
        assert_eq!(editable(61.0, Language::En), "61");
    }
}
