//! The start screen: new assessment, open, recent files, examples, recovery.

use egui::{RichText, Ui};

use crate::app::{Command, EXAMPLES, RecentEntry, RecoveryEntry, StartLists, Summary, Unusable};
use crate::assessment::parse_timestamp;
use crate::i18n::{self, format};
use crate::t;
use crate::ui::fonts;
use crate::ui::top_bar::status_label_text;

/// One line about a file: title, organisation, status and date.
fn summary_text(summary: &Summary) -> String {
    let date = parse_timestamp(&summary.modified).map_or_else(
        || summary.modified.clone(),
        |at| {
            let day = crate::zone::Zone::of(&summary.time_zone).local(at).date();
            format::date_numeric(i18n::ui_language(), day)
        },
    );
    t!(
        "start-summary",
        title = &summary.title,
        organisation = &summary.organisation,
        status = summary
            .status
            .map_or_else(|| t!("app-status-unknown"), status_label_text),
        date = date
    )
}

fn unusable_text(unusable: &Unusable) -> String {
    match unusable {
        Unusable::Unreadable => t!("start-unreadable"),
        Unusable::Invalid(why) => why.clone(),
    }
}

/// What an autosave holds, and whose work it is.
fn recovery_text(entry: &RecoveryEntry) -> String {
    let what = match &entry.summary {
        Ok(summary) => {
            // In this computer's zone (from the built-in database: the C library's
            // local offset cannot be read safely in a threaded program).
            let zone = crate::zone::system_zone_name()
                .map_or_else(crate::zone::Zone::utc, |name| crate::zone::Zone::of(&name));
            let date = zone.written_time(i18n::ui_language(), &entry.autosaved);
            t!(
                "start-autosaved",
                title = &summary.title,
                organisation = &summary.organisation,
                date = date
            )
        }
        Err(unusable) => t!(
            "start-autosave-unreadable",
            reason = unusable_text(unusable)
        ),
    };
    match &entry.original {
        Some(original) => t!(
            "start-recovery-of-file",
            what = what,
            file = original.display().to_string()
        ),
        None => t!("start-recovery-new", what = what),
    }
}

/// Draws the start screen.
pub fn start_ui(ui: &mut Ui, lists: &StartLists, commands: &mut Vec<Command>) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(
                RichText::new(t!("start-title"))
                    .family(fonts::bold())
                    .strong()
                    .size(22.0),
            );
            ui.label(t!("start-subtitle"));
            ui.add_space(10.0);
            if !lists.recoveries.is_empty() {
                recoveries_ui(ui, &lists.recoveries, commands);
                ui.add_space(10.0);
            }
            actions_ui(ui, commands);
            ui.add_space(14.0);
            crate::ui::heading_ui(ui, t!("start-recent"));
            recent_ui(ui, &lists.recent, commands);
            ui.add_space(14.0);
            crate::ui::heading_ui(ui, t!("start-examples"));
            ui.label(RichText::new(t!("start-examples-note")).weak());
            for (index, (name, _)) in EXAMPLES.iter().enumerate() {
                if ui.button(t!("start-open-example", name = *name)).clicked() {
                    commands.push(Command::OpenExample(index));
                }
            }
        });
}

fn recoveries_ui(ui: &mut Ui, recoveries: &[RecoveryEntry], commands: &mut Vec<Command>) {
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.label(
            RichText::new(t!("start-recovery-title"))
                .family(fonts::bold())
                .strong()
                .color(ui.visuals().warn_fg_color),
        );
        for entry in recoveries {
            ui.horizontal_wrapped(|ui| {
                if ui.button(t!("start-recover")).clicked() {
                    commands.push(Command::Recover(entry.path.clone()));
                }
                if ui.button(t!("start-discard-autosave")).clicked() {
                    commands.push(Command::DiscardRecovery(entry.path.clone()));
                }
                ui.label(recovery_text(entry));
            });
        }
    });
}

/// New assessment, open, open for review, combine.
fn actions_ui(ui: &mut Ui, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(RichText::new(t!("start-new")).size(16.0))
            .clicked()
        {
            commands.push(Command::ShowNewForm);
        }
        if ui
            .button(RichText::new(t!("start-open")).size(16.0))
            .on_hover_text("Ctrl+O")
            .clicked()
        {
            commands.push(Command::OpenDialog { read_only: false });
        }
        if ui
            .button(RichText::new(t!("start-open-review")).size(16.0))
            .on_hover_text(t!("start-open-review-tip"))
            .clicked()
        {
            commands.push(Command::OpenDialog { read_only: true });
        }
        if ui
            .button(RichText::new(t!("start-combine")).size(16.0))
            .on_hover_text(t!("start-combine-tip"))
            .clicked()
        {
            commands.push(Command::ShowCombine);
        }
    });
}

fn recent_ui(ui: &mut Ui, recent: &[RecentEntry], commands: &mut Vec<Command>) {
    if recent.is_empty() {
        ui.label(RichText::new(t!("start-recent-empty")).weak());
    }
    for entry in recent {
        ui.horizontal_wrapped(|ui| {
            let name = entry.path.file_name().map_or_else(
                || entry.path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let openable = !matches!(entry.summary, Some(Err(_)));
            if ui
                .add_enabled(openable, egui::Button::new(name))
                .on_hover_text(entry.path.display().to_string())
                .clicked()
            {
                commands.push(Command::Open {
                    path: entry.path.clone(),
                    read_only: false,
                });
            }
            match &entry.summary {
                Some(Ok(summary)) => ui.label(summary_text(summary)),
                Some(Err(unusable)) => ui.label(RichText::new(unusable_text(unusable)).weak()),
                None => ui.label(RichText::new(t!("start-reading")).weak()),
            };
        });
    }
}
