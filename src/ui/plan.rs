//! The Plan screen: every gap by priority in one table, filtered and sorted, each row
//! editable in place (action, who, due date, status), with its question one click away
//! and its details (start, resources, milestones) in a side panel.

use egui::{Color32, RichText, Ui};
use time::Date;

use crate::app::{Command, Document, PlanSort, PlanText, PlanView};
use crate::assessment::{PlanDate, PlanStatus};
use crate::i18n::ui_language;
use crate::plan::{self, PlanRow};
use crate::t;
use crate::ui::fonts;
use crate::ui::plan_fields::{date_ui, plan_text_ui, status_ui};

/// Draws the Plan screen for the plan as it stands on `today`.
pub fn plan_ui(
    ui: &mut Ui,
    doc: &Document,
    view: &mut PlanView,
    today: Date,
    commands: &mut Vec<Command>,
) {
    let rows = plan::rows(
        doc.questionnaire(),
        doc.assessment(),
        doc.score(),
        doc.language(),
        today,
    );
    if let Some(selected) = view.selected.clone() {
        match rows.iter().find(|row| row.question.id == selected) {
            Some(row) => {
                crate::ui::plan_details::details_panel_ui(ui, doc, row, today, view, commands)
            }
            None => view.selected = None,
        }
    }
    egui::ScrollArea::both()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            heading_ui(ui, &rows);
            export_buttons_ui(ui, commands);
            filters_ui(ui, doc, view);
            ui.add_space(6.0);
            let shown = view.arrange(&rows);
            let (gaps, closed): (Vec<&PlanRow<'_>>, Vec<&PlanRow<'_>>) =
                shown.into_iter().partition(|row| row.gap.is_some());
            if gaps.is_empty() {
                let empty = if view.filtered() {
                    t!("plan-none-match")
                } else {
                    t!("plan-no-gaps")
                };
                ui.label(RichText::new(empty).weak());
            } else {
                table_ui(ui, doc, view, &gaps, "plan gaps", today, commands);
            }
            if !closed.is_empty() {
                ui.add_space(12.0);
                ui.label(RichText::new(t!("plan-closed-heading")).strong());
                ui.label(RichText::new(t!("plan-closed-intro")).weak());
                table_ui(ui, doc, view, &closed, "plan closed", today, commands);
            }
        });
}

/// The title and the coverage line: "28 of 36 gaps have an owner and a due date; 4 overdue".
fn heading_ui(ui: &mut Ui, rows: &[PlanRow<'_>]) {
    ui.label(
        RichText::new(t!("plan-title"))
            .family(fonts::bold())
            .strong()
            .size(20.0),
    );
    let c = plan::coverage(rows, None);
    ui.label(t!(
        "plan-coverage",
        owned_and_dated = c.owned_and_dated,
        gaps = c.gaps,
        done = c.done,
        overdue = c.overdue
    ));
    ui.label(RichText::new(t!("plan-intro")).weak());
}

/// The plan to Excel or CSV, from where it is worked on.
fn export_buttons_ui(ui: &mut Ui, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        if ui.button(t!("app-export-xlsx")).clicked() {
            commands.push(Command::ExportSheet(crate::app::Sheet::Xlsx));
        }
        if ui.button(t!("app-export-csv")).clicked() {
            commands.push(Command::ExportSheet(crate::app::Sheet::Csv));
        }
    });
}

/// Area, status, owner and overdue filters.
fn filters_ui(ui: &mut Ui, doc: &Document, view: &mut PlanView) {
    let lang = ui_language();
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t!("plan-filter-area"));
        let area_name = |id: &crate::questionnaire::AreaId| {
            doc.questionnaire().area(id).map_or_else(
                || id.to_string(),
                |area| format!("{} {}", area.id, area.title.get(doc.language())),
            )
        };
        egui::ComboBox::from_id_salt("plan area")
            .selected_text(view.area.as_ref().map_or_else(|| t!("plan-all"), area_name))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut view.area, None, t!("plan-all"));
                for area in &doc.questionnaire().areas {
                    let id = Some(area.id.clone());
                    ui.selectable_value(&mut view.area, id, area_name(&area.id));
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label(t!("plan-filter-status"));
        egui::ComboBox::from_id_salt("plan status")
            .selected_text(
                view.status
                    .map_or_else(|| t!("plan-all"), |status| status.name(lang)),
            )
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut view.status, None, t!("plan-all"));
                for status in PlanStatus::ALL {
                    let name = status.name(lang);
                    ui.selectable_value(&mut view.status, Some(status), name);
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label(t!("plan-filter-owner"));
        ui.add(egui::TextEdit::singleline(&mut view.owner).desired_width(140.0))
            .labelled_by(label.id);
        ui.checkbox(&mut view.overdue_only, t!("plan-filter-overdue"));
    });
}

/// A sortable column heading.
fn sort_heading_ui(ui: &mut Ui, view: &mut PlanView, label: &str, sort: PlanSort) {
    let sorted = view.sort == sort;
    ui.horizontal(|ui| {
        let mut text = RichText::new(label).strong();
        if sorted {
            text = text.underline();
        }
        if ui
            .add(egui::Button::new(text).frame(false))
            .on_hover_text(t!("plan-sort-hint"))
            .clicked()
        {
            view.sort_by(sort);
        }
        if sorted {
            // The bundled fonts have no arrows: the direction is drawn.
            let (rect, _) = ui.allocate_exact_size(egui::vec2(10.0, 10.0), egui::Sense::hover());
            let (top, bottom) = (rect.top() + 2.0, rect.bottom() - 2.0);
            let (tip, base) = if view.reversed {
                (top, bottom)
            } else {
                (bottom, top)
            };
            let color = ui.visuals().strong_text_color();
            ui.painter().add(egui::Shape::convex_polygon(
                vec![
                    egui::pos2(rect.left(), base),
                    egui::pos2(rect.right(), base),
                    egui::pos2(rect.center().x, tip),
                ],
                color,
                egui::Stroke::NONE,
            ));
        }
    });
}

/// One table of rows, with sortable headings.
fn table_ui(
    ui: &mut Ui,
    doc: &Document,
    view: &mut PlanView,
    rows: &[&PlanRow<'_>],
    salt: &str,
    today: Date,
    commands: &mut Vec<Command>,
) {
    egui::Grid::new(salt)
        .striped(true)
        .spacing([10.0, 6.0])
        .min_col_width(40.0)
        .show(ui, |ui| {
            sort_heading_ui(ui, view, &t!("plan-column-area"), PlanSort::Area);
            ui.label(RichText::new(t!("plan-column-question")).strong());
            sort_heading_ui(ui, view, &t!("plan-column-priority"), PlanSort::Priority);
            ui.label(RichText::new(t!("plan-column-action")).strong());
            sort_heading_ui(ui, view, &t!("plan-column-owner"), PlanSort::Owner);
            sort_heading_ui(ui, view, &t!("plan-column-due"), PlanSort::Due);
            sort_heading_ui(ui, view, &t!("plan-column-status"), PlanSort::Status);
            ui.end_row();
            for row in rows {
                row_ui(ui, doc, view, row, today, commands);
                ui.end_row();
            }
        });
}

/// The question, its gap and priority, and the fields edited in place.
fn row_ui(
    ui: &mut Ui,
    doc: &Document,
    view: &mut PlanView,
    row: &PlanRow<'_>,
    today: Date,
    commands: &mut Vec<Command>,
) {
    let id = &row.question.id;
    // Open for review, the fields are read, not edited; the question, the details
    // and the sorting stay available.
    let editable = !doc.read_only();
    ui.label(row.area.as_str());
    question_cell_ui(ui, doc, row, commands);
    match &row.gap {
        Some(gap) => ui.label(t!(
            "plan-gap-cell",
            level = gap.level.to_string(),
            target = gap.target.to_string(),
            priority = gap.priority
        )),
        None => ui.label(RichText::new(t!("plan-not-a-gap")).weak()),
    };
    ui.add_enabled_ui(editable, |ui| {
        plan_text_ui(ui, id, PlanText::Action, &row.action, 240.0, commands);
    });
    ui.vertical(|ui| {
        if !editable {
            ui.disable();
        }
        let entry = row.entry;
        let body = entry.map_or("", |e| e.body.as_str());
        let person = entry.map_or("", |e| e.person.as_str());
        plan_text_ui(ui, id, PlanText::Body, body, 160.0, commands);
        plan_text_ui(ui, id, PlanText::Person, person, 160.0, commands);
    });
    ui.vertical(|ui| {
        ui.add_enabled_ui(editable, |ui| {
            date_ui(ui, id, PlanDate::Due, row.entry, commands);
        });
        if row.overdue {
            ui.label(
                RichText::new(t!("plan-overdue"))
                    .strong()
                    .color(overdue_color(ui)),
            );
        }
    });
    ui.vertical(|ui| {
        ui.set_min_width(130.0);
        // A status or "Details" broken over two lines reads badly: the cell grows instead.
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Extend);
        ui.add_enabled_ui(editable, |ui| {
            status_ui(ui, id, row.status, today, commands);
        });
        let open = view.selected.as_ref() == Some(id);
        let details = t!("plan-details-of", question = id.as_str());
        if ui
            .selectable_label(open, t!("plan-details"))
            .accessible_name(details)
            .clicked()
        {
            view.selected = if open { None } else { Some(id.clone()) };
        }
    });
}

/// The question's id (opens it) with its text on hover, and the critical mark.
fn question_cell_ui(ui: &mut Ui, doc: &Document, row: &PlanRow<'_>, commands: &mut Vec<Command>) {
    let question = row.question;
    ui.vertical(|ui| {
        let text = question.text.get(doc.language());
        let short: String = text.chars().take(70).collect();
        let ellipsis = if short.len() < text.len() { "…" } else { "" };
        let mut id = RichText::new(question.id.as_str()).strong();
        if row.overdue {
            id = id.color(overdue_color(ui));
        }
        if ui
            .link(id)
            .on_hover_text(format!("{text}\n\n{}", t!("dashboard-open-question")))
            .clicked()
        {
            commands.push(Command::ShowQuestion(question.id.clone()));
        }
        ui.set_max_width(190.0);
        ui.label(RichText::new(format!("{short}{ellipsis}")).small());
        if question.critical {
            ui.label(RichText::new(t!("dashboard-gap-critical")).small().strong());
        }
    });
}

/// The colour that marks overdue rows.
pub(super) fn overdue_color(ui: &Ui) -> Color32 {
    ui.visuals().error_fg_color
}
