//! Figures in the app: the measured figure under a question's answer, with the
//! level it supports, and the planning figures part of the assessment's details.

use egui::{RichText, Ui};

use crate::app::{Command, Document, Edit, FigureEdit};
use crate::assessment::{Answer, Figure, FigureProblem, Finding, parse_date};
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
    name: &str,
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
        .accessible_name(name);
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

/// What a figure's fields are called: short on screen, in full for a screen
/// reader (which question or which planning figure they belong to).
struct Names {
    value: (String, String),
    as_of: (String, String),
    source: (String, String),
}

/// A figure's value, the date it is as of, and its source: the value and the
/// date on one row, the source (a document's name, often long) on the next;
/// a change becomes a command.
fn figure_fields(
    ui: &mut Ui,
    salt: &str,
    figure: &Figure,
    names: &Names,
    mut send: impl FnMut(FigureEdit),
) {
    ui.horizontal_wrapped(|ui| {
        ui.label(&names.value.0);
        number_field(ui, salt, figure.value, &names.value.1, |value| {
            send(FigureEdit::Value(value));
        });
        ui.add_space(8.0);
        ui.label(&names.as_of.0);
        let mut as_of = figure.as_of.clone();
        if ui
            .add(
                egui::TextEdit::singleline(&mut as_of)
                    .hint_text(t!("plan-date-hint"))
                    .desired_width(110.0),
            )
            .accessible_name(&names.as_of.1)
            .changed()
        {
            send(FigureEdit::AsOf(as_of.clone()));
        }
        if !as_of.trim().is_empty() && parse_date(&as_of).is_none() {
            ui.colored_label(ui.visuals().error_fg_color, t!("figure-not-a-date"));
        }
    });
    ui.horizontal(|ui| {
        ui.label(&names.source.0);
        let mut source = figure.source.clone();
        if ui
            .add(
                egui::TextEdit::singleline(&mut source)
                    .hint_text(t!("figure-source-hint"))
                    .desired_width(ui.available_width().max(200.0)),
            )
            .accessible_name(&names.source.1)
            .changed()
        {
            send(FigureEdit::Source(source));
        }
    });
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
    let unit = indicator.unit.get(code);
    let names = Names {
        value: (
            t!("figure-value-short", unit = unit),
            t!("figure-value", unit = unit, question = id.as_str()),
        ),
        as_of: (
            t!("figure-as-of-short"),
            t!("figure-as-of-label", question = id.as_str()),
        ),
        source: (
            t!("figure-source-short"),
            t!("figure-source-label", question = id.as_str()),
        ),
    };
    figure_fields(ui, id.as_str(), figure, &names, |edit| {
        commands.push(Command::Edit(Edit::Figure(id.clone(), edit)));
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
        let about_this = matches!(
            finding,
            Finding::Figure(
                FigureProblem::LevelAbove { question, .. } | FigureProblem::OutOfDate { question, .. }
            ) if question == id
        );
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
                    let unit = planning.unit.get(code);
                    let names = Names {
                        value: (
                            t!("figure-value-short", unit = unit),
                            t!("figures-value", unit = unit, name = name),
                        ),
                        as_of: (
                            t!("figure-as-of-short"),
                            t!("figures-as-of-label", name = name),
                        ),
                        source: (
                            t!("figure-source-short"),
                            t!("figures-source-label", name = name),
                        ),
                    };
                    figure_fields(ui, &planning.id, figure, &names, |edit| {
                        commands.push(Command::Edit(Edit::PlanningFigure(
                            planning.id.clone(),
                            edit,
                        )));
                    });
                    if own.is_none() {
                        ui.label(
                            RichText::new(t!(
                                "figures-default",
                                value =
                                    crate::questionnaire::with_unit(lang, planning.default, unit)
                            ))
                            .weak(),
                        );
                    }
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
