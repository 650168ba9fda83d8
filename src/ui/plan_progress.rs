//! The dashboard's view of the action plan: per area, how far the plan covers the gaps.

use egui::{RichText, Ui};
use time::Date;

use crate::app::{Command, Document};
use crate::plan;
use crate::t;
use crate::ui::plan::overdue_color;

/// The dashboard's view of the plan: per area in scope, how many gaps have an owner,
/// a due date, are done, are overdue.
pub fn progress_ui(ui: &mut Ui, doc: &Document, today: Date, commands: &mut Vec<Command>) {
    let rows = plan::rows(
        doc.questionnaire(),
        doc.assessment(),
        doc.score(),
        doc.language(),
        today,
    );
    ui.horizontal(|ui| {
        crate::ui::heading_ui(ui, t!("plan-progress-title"));
        if ui.button(t!("plan-open")).clicked() {
            commands.push(Command::ShowPlan);
        }
    });
    let all = plan::coverage(&rows, None);
    if all.gaps == 0 {
        ui.label(RichText::new(t!("plan-no-gaps")).weak());
        return;
    }
    egui::Grid::new("plan progress")
        .striped(true)
        .spacing([18.0, 4.0])
        .show(ui, |ui| {
            for heading in [
                t!("plan-column-area"),
                t!("plan-progress-gaps"),
                t!("plan-progress-owned"),
                t!("plan-progress-dated"),
                t!("plan-progress-done"),
                t!("plan-progress-overdue"),
            ] {
                ui.label(RichText::new(heading).strong());
            }
            ui.end_row();
            for area in &doc.questionnaire().areas {
                let c = plan::coverage(&rows, Some(&area.id));
                if c.gaps == 0 {
                    continue;
                }
                // Long Armenian titles would push the figures off the window.
                let title = format!("{} {}", area.id, area.title.get(doc.language()));
                ui.scope(|ui| {
                    ui.set_max_width(420.0);
                    ui.add(egui::Label::new(title.as_str()).truncate())
                        .on_hover_text(title.as_str());
                });
                progress_figures_ui(ui, c);
                ui.end_row();
            }
            ui.label(RichText::new(t!("plan-progress-all")).strong());
            progress_figures_ui(ui, all);
            ui.end_row();
        });
}

/// One line of plan figures; overdue ones stand out.
fn progress_figures_ui(ui: &mut Ui, c: plan::Coverage) {
    for figure in [c.gaps, c.owned, c.dated, c.done] {
        ui.label(figure.to_string());
    }
    let overdue = RichText::new(c.overdue.to_string());
    ui.label(if c.overdue > 0 {
        overdue.strong().color(overdue_color(ui))
    } else {
        overdue
    });
}
