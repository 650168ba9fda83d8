//! The fields of a plan row, edited in place: free text, dates typed `YYYY-MM-DD`,
//! and the status drop-down. Each is named for screen readers (and tests) by what
//! it is and the question it belongs to.

use egui::{RichText, Ui};
use time::Date;

use crate::app::{Command, Edit, PlanEdit, PlanText};
use crate::assessment::{PlanDate, PlanEntry, PlanStatus, format_date, parse_date};
use crate::i18n::ui_language;
use crate::questionnaire::QuestionId;
use crate::t;

/// A free-text field of the plan, edited in place.
pub(super) fn plan_text_ui(
    ui: &mut Ui,
    id: &QuestionId,
    field: PlanText,
    value: &str,
    width: f32,
    commands: &mut Vec<Command>,
) {
    let (name, hint) = match field {
        PlanText::Action => (t!("plan-action-of", question = id.as_str()), String::new()),
        PlanText::Body => (
            t!("plan-body-of", question = id.as_str()),
            t!("plan-body-hint"),
        ),
        PlanText::Person => (
            t!("plan-person-of", question = id.as_str()),
            t!("plan-person-hint"),
        ),
        PlanText::Resources => (
            t!("plan-resources-of", question = id.as_str()),
            t!("plan-resources-hint"),
        ),
    };
    // A grid cell takes its width from the frame before: claim the width wanted.
    ui.vertical(|ui| {
        ui.set_min_width(width);
        plan_text_edit_ui(ui, id, field, value, (&name, &hint), width, commands);
    });
}

/// The text field itself, named for screen readers and tests.
fn plan_text_edit_ui(
    ui: &mut Ui,
    id: &QuestionId,
    field: PlanText,
    value: &str,
    (name, hint): (&str, &str),
    width: f32,
    commands: &mut Vec<Command>,
) {
    let mut text = std::borrow::Cow::Borrowed(value);
    let edit = if matches!(field, PlanText::Action | PlanText::Resources) {
        egui::TextEdit::multiline(&mut text).desired_rows(2)
    } else {
        egui::TextEdit::singleline(&mut text)
    };
    let response = ui
        .add(
            edit.id_salt(("plan", id.as_str(), name))
                .hint_text(hint)
                .desired_width(width),
        )
        .accessible_name(name);
    if response.changed() {
        let edit = PlanEdit::Text(field, text.into_owned());
        commands.push(Command::Edit(Edit::Plan(id.clone(), edit)));
    }
}

/// A date field of the plan, typed `YYYY-MM-DD`; one that cannot be read says so.
pub(super) fn date_ui(
    ui: &mut Ui,
    id: &QuestionId,
    field: PlanDate,
    entry: Option<&PlanEntry>,
    commands: &mut Vec<Command>,
) {
    let value = entry.map_or("", |entry| field.of(entry));
    let name = match field {
        PlanDate::Start => t!("plan-start-of", question = id.as_str()),
        PlanDate::Due => t!("plan-due-of", question = id.as_str()),
        PlanDate::StatusDate => t!("plan-status-date-of", question = id.as_str()),
    };
    let mut text = value.to_owned();
    ui.set_min_width(100.0);
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .id_salt(("plan date", id.as_str(), field.key()))
                .hint_text(t!("plan-date-hint"))
                .desired_width(96.0),
        )
        .accessible_name(name);
    if response.changed() {
        let edit = PlanEdit::Date(field, text.clone());
        commands.push(Command::Edit(Edit::Plan(id.clone(), edit)));
    }
    if !text.trim().is_empty() && parse_date(&text).is_none() {
        ui.label(
            RichText::new(t!("plan-date-unreadable"))
                .small()
                .color(ui.visuals().warn_fg_color),
        );
    }
}

/// The status drop-down; choosing one dates it today.
pub(super) fn status_ui(
    ui: &mut Ui,
    id: &QuestionId,
    current: PlanStatus,
    today: Date,
    commands: &mut Vec<Command>,
) {
    let lang = ui_language();
    egui::ComboBox::from_id_salt(("plan status", id.as_str()))
        .selected_text(current.name(lang))
        .show_ui(ui, |ui| {
            for status in PlanStatus::ALL {
                let name = status.name(lang);
                if ui.selectable_label(status == current, name).clicked() && status != current {
                    let on = format_date(today);
                    let edit = PlanEdit::Status { status, on };
                    commands.push(Command::Edit(Edit::Plan(id.clone(), edit)));
                }
            }
        })
        .response
        .accessible_name(t!("plan-status-of", question = id.as_str()));
}
