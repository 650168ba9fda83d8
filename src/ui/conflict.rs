//! The dialog shown when a save would overwrite someone else's change: what
//! changed on disk, by question, and the three ways on.

use egui::{Id, Modal, RichText};

use crate::app::{Command, Conflict, ConflictChoice, LockPrompt};
use crate::t;

/// Draws the conflict dialog; the person's choice becomes a command.
pub fn conflict_ui(ctx: &egui::Context, conflict: &mut Conflict, commands: &mut Vec<Command>) {
    let response = Modal::new(Id::unique("conflict")).show(ctx, |ui| {
        ui.set_max_width(620.0);
        ui.label(RichText::new(t!("conflict-title")).strong().size(18.0));
        ui.label(t!(
            "conflict-why",
            file = conflict.path.display().to_string()
        ));
        let changed: Vec<&str> = conflict.changed_there.iter().map(|q| q.as_str()).collect();
        ui.label(if changed.is_empty() {
            t!("conflict-changed-other")
        } else {
            t!(
                "conflict-changed",
                count = changed.len(),
                questions = changed.join(", ")
            )
        });
        if !conflict.both.is_empty() {
            ui.add_space(4.0);
            ui.label(RichText::new(t!("conflict-both")).strong());
            for id in &conflict.both {
                let mut theirs = conflict.take_theirs.contains(id);
                if ui
                    .checkbox(
                        &mut theirs,
                        t!("conflict-take-theirs", question = id.as_str()),
                    )
                    .changed()
                {
                    if theirs {
                        conflict.take_theirs.insert(id.clone());
                    } else {
                        conflict.take_theirs.remove(id);
                    }
                }
            }
        }
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            if ui.button(t!("conflict-combine")).clicked() {
                commands.push(Command::Conflict(ConflictChoice::Combine));
            }
            if ui.button(t!("conflict-copy")).clicked() {
                commands.push(Command::Conflict(ConflictChoice::SaveCopy));
            }
            let overwrite = if conflict.confirm_overwrite {
                t!("conflict-overwrite-confirm")
            } else {
                t!("conflict-overwrite")
            };
            if ui.button(overwrite).clicked() {
                commands.push(Command::Conflict(ConflictChoice::Overwrite));
            }
            if ui.button(t!("review-cancel")).clicked() {
                commands.push(Command::Conflict(ConflictChoice::Cancel));
            }
        });
        if conflict.confirm_overwrite {
            ui.colored_label(ui.visuals().warn_fg_color, t!("conflict-overwrite-warning"));
        }
    });
    if response.should_close() {
        commands.push(Command::Conflict(ConflictChoice::Cancel));
    }
}

/// Someone else, or another window of this person's, has the file open for editing:
/// who, where, since when, and the choice of reviewing it read-only or editing anyway.
pub fn locked_ui(ctx: &egui::Context, prompt: &LockPrompt, commands: &mut Vec<Command>) {
    let lang = crate::i18n::ui_language();
    let since = crate::assessment::parse_timestamp(&prompt.info.since).map_or_else(
        || prompt.info.since.clone(),
        |at| crate::i18n::format::date_time(lang, at),
    );
    let response = Modal::new(Id::unique("locked")).show(ctx, |ui| {
        ui.set_max_width(560.0);
        let (title, why) = if prompt.own_window {
            (t!("locked-title-own-window"), t!("locked-why-own-window"))
        } else {
            (t!("locked-title"), t!("locked-why"))
        };
        ui.label(RichText::new(title).strong().size(18.0));
        ui.label(t!(
            "locked-by",
            name = prompt.info.name.as_str(),
            computer = prompt.info.computer.as_str(),
            since = since
        ));
        ui.label(RichText::new(why).weak());
        ui.horizontal_wrapped(|ui| {
            if ui.button(t!("locked-review")).clicked() {
                commands.push(Command::OpenLocked { read_only: true });
            }
            if ui.button(t!("locked-edit")).clicked() {
                commands.push(Command::OpenLocked { read_only: false });
            }
            if ui.button(t!("review-cancel")).clicked() {
                commands.push(Command::CancelLocked);
            }
        });
    });
    if response.should_close() {
        commands.push(Command::CancelLocked);
    }
}
