//! The Plan screen's side panel for one row: start date, resources, the date the
//! status was set, and the milestones on the way.

use egui::{RichText, Ui};
use time::Date;

use crate::app::{Command, Document, Edit, PlanEdit, PlanText, PlanView};
use crate::assessment::{PlanDate, PlanEntry, parse_date};
use crate::plan::PlanRow;
use crate::questionnaire::QuestionId;
use crate::t;
use crate::ui::plan_fields::{date_ui, plan_text_ui};

/// The selected row's details: start, resources, status date and milestones.
pub(super) fn details_panel_ui(
    ui: &mut Ui,
    doc: &Document,
    row: &PlanRow<'_>,
    today: Date,
    view: &mut PlanView,
    commands: &mut Vec<Command>,
) {
    let id = &row.question.id;
    egui::Panel::right("plan details")
        .resizable(true)
        .default_size(320.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical().show(ui, |ui| {
                ui.horizontal(|ui| {
                    crate::ui::heading_ui(ui, t!("plan-details-title", question = id.as_str()));
                    if ui.button(t!("plan-details-close")).clicked() {
                        view.selected = None;
                    }
                });
                ui.label(RichText::new(row.question.text.get(doc.language())).weak());
                ui.add_enabled_ui(!doc.read_only(), |ui| {
                    details_fields_ui(ui, row, today, commands);
                    milestones_ui(ui, id, row.entry, commands);
                });
            });
        });
}

/// Start date, resources and the date the status was last set.
fn details_fields_ui(ui: &mut Ui, row: &PlanRow<'_>, today: Date, commands: &mut Vec<Command>) {
    let id = &row.question.id;
    ui.add_space(6.0);
    ui.label(RichText::new(t!("plan-start")).strong());
    date_ui(ui, id, PlanDate::Start, row.entry, commands);
    ui.label(RichText::new(t!("plan-resources")).strong());
    let resources = row.entry.map_or("", |e| e.resources.as_str());
    plan_text_ui(ui, id, PlanText::Resources, resources, 290.0, commands);
    ui.label(RichText::new(t!("plan-status-date")).strong());
    date_ui(ui, id, PlanDate::StatusDate, row.entry, commands);
    if let Some(set) = row.entry.and_then(|e| parse_date(&e.status_date)) {
        let days = (today - set).whole_days();
        ui.label(RichText::new(t!("plan-status-age", days = days)).weak());
    }
}

/// The milestones: reached or not, what, by when; added and removed.
fn milestones_ui(
    ui: &mut Ui,
    id: &QuestionId,
    entry: Option<&PlanEntry>,
    commands: &mut Vec<Command>,
) {
    ui.add_space(6.0);
    ui.label(RichText::new(t!("plan-milestones")).strong());
    let milestones = entry.map_or(&[][..], |e| e.milestones.as_slice());
    let push = |commands: &mut Vec<Command>, edit: PlanEdit| {
        commands.push(Command::Edit(Edit::Plan(id.clone(), edit)));
    };
    for (n, milestone) in milestones.iter().enumerate() {
        let number = n + 1;
        ui.horizontal(|ui| {
            let mut done = milestone.done;
            let reached = t!(
                "plan-milestone-done-of",
                number = number,
                question = id.as_str()
            );
            if ui
                .checkbox(&mut done, "")
                .accessible_name(reached)
                .changed()
            {
                push(commands, PlanEdit::MilestoneDone(n, done));
            }
            let mut date = milestone.date.clone();
            let name = t!(
                "plan-milestone-date-of",
                number = number,
                question = id.as_str()
            );
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut date)
                        .id_salt(("milestone date", id.as_str(), n))
                        .hint_text(t!("plan-date-hint"))
                        .desired_width(100.0),
                )
                .accessible_name(name);
            if response.changed() {
                push(commands, PlanEdit::MilestoneDate(n, date));
            }
            let remove = t!(
                "plan-milestone-remove-of",
                number = number,
                question = id.as_str()
            );
            if ui
                .button(t!("plan-milestone-remove"))
                .accessible_name(remove)
                .clicked()
            {
                push(commands, PlanEdit::RemoveMilestone(n));
            }
        });
        let mut text = milestone.text.clone();
        let name = t!(
            "plan-milestone-text-of",
            number = number,
            question = id.as_str()
        );
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .id_salt(("milestone text", id.as_str(), n))
                    .hint_text(t!("plan-milestone-hint"))
                    .desired_width(f32::INFINITY),
            )
            .accessible_name(name);
        if response.changed() {
            push(commands, PlanEdit::MilestoneText(n, text));
        }
        ui.add_space(4.0);
    }
    if ui.button(t!("plan-milestone-add")).clicked() {
        push(commands, PlanEdit::AddMilestone);
    }
}
