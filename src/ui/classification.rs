//! The classification, the time zone and the place of issue: the fields that make
//! the report an official document, shared by the new-assessment form and the details.
//!
//! An Armenian assessment picks one of the law's grades or none, so nobody
//! types a grade the law does not have; an English one writes any marking, with the
//! usual ones suggested. "No marking" is always the first choice, and the default.

use egui::Ui;

use crate::assessment::{EN_CLASSIFICATION_SUGGESTIONS, HY_CLASSIFICATIONS};
use crate::t;
use crate::zone::Zone;

/// The classification picker for an assessment written in `language`; returns
/// the new value when the user changed it this frame.
pub fn classification_ui(
    ui: &mut Ui,
    id_salt: &str,
    language: &str,
    value: &str,
    label: egui::Id,
) -> Option<String> {
    let mut chosen = None;
    let none = t!("classification-none");
    let shown = if value.trim().is_empty() {
        none.clone()
    } else {
        value.to_owned()
    };
    if language == "hy" {
        egui::ComboBox::from_id_salt(id_salt)
            .selected_text(shown)
            .width(300.0)
            .show_ui(ui, |ui| {
                if ui.selectable_label(value.is_empty(), &none).clicked() {
                    chosen = Some(String::new());
                }
                let kept =
                    (!value.is_empty() && !HY_CLASSIFICATIONS.contains(&value)).then_some(value);
                for grade in HY_CLASSIFICATIONS.into_iter().chain(kept) {
                    if ui.selectable_label(value == grade, grade).clicked() {
                        chosen = Some(grade.to_owned());
                    }
                }
            })
            .response
            .labelled_by(label);
    } else {
        ui.horizontal(|ui| {
            let mut text = value.to_owned();
            if ui
                .add(egui::TextEdit::singleline(&mut text).desired_width(260.0))
                .labelled_by(label)
                .changed()
            {
                chosen = Some(text);
            }
            let suggestions = t!("classification-suggestions");
            egui::ComboBox::from_id_salt(id_salt)
                .selected_text(&suggestions)
                .show_ui(ui, |ui| {
                    if ui.selectable_label(value.is_empty(), &none).clicked() {
                        chosen = Some(String::new());
                    }
                    for marking in EN_CLASSIFICATION_SUGGESTIONS {
                        if ui.selectable_label(value == marking, marking).clicked() {
                            chosen = Some(marking.to_owned());
                        }
                    }
                })
                .response
                .widget_info(|| {
                    egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &suggestions)
                });
        });
    }
    chosen
}

/// The time-zone field: an IANA name, with a warning under it when this build
/// does not know the zone (times then show in UTC). Returns the new text.
pub fn time_zone_ui(ui: &mut Ui, value: &str, label: egui::Id) -> Option<String> {
    let mut chosen = None;
    ui.vertical(|ui| {
        let mut text = value.to_owned();
        if ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .hint_text(crate::zone::YEREVAN)
                    .desired_width(260.0),
            )
            .labelled_by(label)
            .changed()
        {
            chosen = Some(text);
        }
        if let Err(e) = Zone::parse(value) {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                t!(
                    "time-zone-unknown",
                    zone = e.name,
                    example = crate::zone::YEREVAN
                ),
            );
        }
    });
    chosen
}
