//! The Combine screen: the files to combine, which file covers each area, every
//! conflict side by side with a choice per conflict, and the combined assessment's
//! title, organisation and save button.

use egui::{RichText, Ui};

use crate::app::{CombineState, CombineStep, Command};
use crate::assessment::Response;
use crate::merge::{Conflict, Part};
use crate::questionnaire::AreaId;
use crate::t;
use crate::ui::fonts;

/// Draws the Combine screen.
pub fn combine_ui(ui: &mut Ui, state: &mut CombineState, commands: &mut Vec<Command>) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(
                RichText::new(t!("combine-title"))
                    .family(fonts::bold())
                    .strong()
                    .size(22.0),
            );
            ui.label(t!("combine-intro"));
            ui.add_space(10.0);
            files_ui(ui, state, commands);
            ui.add_space(14.0);
            coverage_ui(ui, state);
            ui.add_space(14.0);
            conflicts_ui(ui, state, commands);
            ui.add_space(14.0);
            result_ui(ui, state, commands);
        });
}

/// Gives a widget an accessible name other than its visible text (the visible
/// text alone would repeat from row to row).
fn name(response: &egui::Response, role: egui::Role, selected: Option<bool>, label: String) {
    let enabled = response.enabled();
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(role, enabled, label.clone());
        info.selected = selected;
        info
    });
}

/// The areas a file covers, as its scope says.
fn scope_text(scope: Option<&Vec<AreaId>>) -> String {
    match scope {
        None => t!("combine-scope-all"),
        Some(areas) => t!(
            "combine-scope",
            areas = areas
                .iter()
                .map(AreaId::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// The files added, each with what it is, its scope and a way to remove it.
fn files_ui(ui: &mut Ui, state: &CombineState, commands: &mut Vec<Command>) {
    crate::ui::heading_ui(ui, t!("combine-files"));
    if state.sources.is_empty() {
        ui.label(RichText::new(t!("combine-no-files")).weak());
    }
    let conflicts = !state.analysis.conflicts.is_empty();
    for index in 0..state.sources.len() {
        let takes_side = conflicts
            && state
                .analysis
                .conflicts
                .iter()
                .any(|c| c.sides.iter().any(|side| side.source == index));
        file_ui(ui, state, index, takes_side, commands);
    }
    ui.add_space(6.0);
    if ui.button(t!("combine-add")).clicked() {
        commands.push(Command::Combine(CombineStep::Add));
    }
}

/// One file: a way to remove it, its name and scope, and below, what it is.
fn file_ui(
    ui: &mut Ui,
    state: &CombineState,
    index: usize,
    takes_side: bool,
    commands: &mut Vec<Command>,
) {
    let source = &state.sources[index];
    let file = source.source.file.as_str();
    let meta = &source.assessment.meta;
    ui.horizontal_wrapped(|ui| {
        let remove = ui.button(t!("combine-remove"));
        name(
            &remove,
            egui::Role::Button,
            None,
            t!("combine-remove-of", file = file),
        );
        if remove.clicked() {
            commands.push(Command::Combine(CombineStep::Remove(index)));
        }
        ui.label(RichText::new(file).family(fonts::bold()).strong())
            .on_hover_text(state.paths[index].display().to_string());
        ui.label(scope_text(meta.scope.as_ref()));
        if takes_side {
            let prefer = ui.button(t!("combine-prefer"));
            name(
                &prefer,
                egui::Role::Button,
                None,
                t!("combine-prefer-of", file = file),
            );
            if prefer.clicked() {
                commands.push(Command::Combine(CombineStep::Prefer(index)));
            }
        }
    });
    ui.indent(("combine file", index), |ui| {
        let summary = t!(
            "combine-file-summary",
            title = meta.title.as_str(),
            organisation = meta.organisation.as_str()
        );
        ui.label(RichText::new(summary).weak());
    });
    ui.add_space(4.0);
}

/// Each area, with the files that cover it; an area no file covers is marked.
fn coverage_ui(ui: &mut Ui, state: &CombineState) {
    crate::ui::heading_ui(ui, t!("combine-coverage"));
    let language = state.language();
    // The titles wrap, so that a long Armenian title leaves room for the files.
    let widest = (ui.available_width() * 0.55).max(240.0);
    egui::Grid::new("combine coverage")
        .striped(true)
        .max_col_width(widest)
        .num_columns(3)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            ui.label(RichText::new(t!("combine-area")).strong());
            ui.label("");
            ui.label(RichText::new(t!("combine-covered-by")).strong());
            ui.end_row();
            for coverage in &state.analysis.coverage {
                let title = state
                    .questionnaire
                    .area(&coverage.area)
                    .map(|a| a.title.get(language).to_owned())
                    .unwrap_or_default();
                ui.label(RichText::new(coverage.area.as_str()).strong());
                ui.add(egui::Label::new(title).wrap());
                if coverage.sources.is_empty() {
                    ui.colored_label(ui.visuals().warn_fg_color, t!("combine-no-file"));
                } else {
                    let files: Vec<&str> = coverage
                        .sources
                        .iter()
                        .map(|&i| state.sources[i].source.file.as_str())
                        .collect();
                    ui.add(egui::Label::new(files.join(", ")).wrap());
                }
                ui.end_row();
            }
        });
}

/// What a file gives in a conflict, in words.
fn response_text(response: Response) -> String {
    match response {
        Response::Level(level) => t!("combine-level", level = level.to_string()),
        Response::NotApplicable => t!("combine-not-applicable"),
        Response::Unanswered => t!("combine-unanswered"),
    }
}

/// Every conflict, each with its sides to choose from.
fn conflicts_ui(ui: &mut Ui, state: &CombineState, commands: &mut Vec<Command>) {
    if state.sources.len() < 2 {
        return;
    }
    let conflicts = &state.analysis.conflicts;
    if conflicts.is_empty() {
        crate::ui::heading_ui(ui, t!("combine-no-conflicts"));
        return;
    }
    crate::ui::heading_ui(ui, t!("combine-conflicts", count = conflicts.len()));
    for conflict in conflicts {
        conflict_ui(ui, state, conflict, commands);
    }
}

/// One conflict: the question, and each file's answer as a choice.
fn conflict_ui(
    ui: &mut Ui,
    state: &CombineState,
    conflict: &Conflict,
    commands: &mut Vec<Command>,
) {
    let id = conflict.key.question.as_str();
    let what = match conflict.key.part {
        Part::Answer => id.to_owned(),
        Part::Target => t!("combine-target", question = id),
    };
    let text = state
        .questionnaire
        .question(&conflict.key.question)
        .map(|q| q.text.get(state.language()).to_owned())
        .unwrap_or_default();
    let chosen = state.resolutions.chosen(&conflict.key);
    let frame = egui::Frame::group(ui.style()).inner_margin(8.0);
    frame.show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&what).family(fonts::bold()).strong());
            ui.label(text);
        });
        ui.horizontal_wrapped(|ui| {
            for side in &conflict.sides {
                let file = state.sources[side.source].source.file.as_str();
                let selected = chosen == Some(side.source);
                let answer = response_text(side.value);
                let shown = t!("combine-side", file = file, answer = answer.as_str());
                let radio = ui.radio(selected, shown);
                name(
                    &radio,
                    egui::Role::RadioButton,
                    Some(selected),
                    t!(
                        "combine-take",
                        question = what.as_str(),
                        file = file,
                        answer = answer
                    ),
                );
                let evidence = (conflict.key.part == Part::Answer)
                    .then(|| {
                        state.sources[side.source]
                            .assessment
                            .answer(&conflict.key.question)
                    })
                    .flatten()
                    .map(|a| a.evidence.trim())
                    .filter(|e| !e.is_empty());
                let radio = match evidence {
                    Some(evidence) => radio.on_hover_text(evidence),
                    None => radio,
                };
                if radio.clicked() {
                    let key = conflict.key.clone();
                    commands.push(Command::Combine(CombineStep::Choose(key, side.source)));
                }
                ui.add_space(12.0);
            }
        });
    });
    ui.add_space(4.0);
}

/// The result's title and organisation, and the save button (or why not yet).
fn result_ui(ui: &mut Ui, state: &mut CombineState, commands: &mut Vec<Command>) {
    crate::ui::heading_ui(ui, t!("combine-result"));
    text_field(ui, &t!("combine-result-title"), &mut state.title);
    text_field(
        ui,
        &t!("combine-result-organisation"),
        &mut state.organisation,
    );
    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        let save = egui::Button::new(RichText::new(t!("combine-save")).size(16.0));
        if ui.add_enabled(state.can_save(), save).clicked() {
            commands.push(Command::Combine(CombineStep::Save));
        }
        let left = state.unsettled();
        if state.sources.len() < 2 {
            ui.label(RichText::new(t!("combine-need-two")).weak());
        } else if left > 0 {
            ui.colored_label(ui.visuals().warn_fg_color, t!("combine-left", count = left));
        } else if !state.analysis.conflicts.is_empty() {
            ui.label(t!("combine-settled"));
        }
    });
}

fn text_field(ui: &mut Ui, label: &str, value: &mut String) {
    ui.horizontal(|ui| {
        let label = ui.add_sized([180.0, 20.0], egui::Label::new(label));
        ui.add(egui::TextEdit::singleline(value).desired_width(420.0))
            .labelled_by(label.id);
    });
}
