//! The questionnaire screen: one question at a time, its rubric as cards, the answer.

use egui::{Align, Layout, RichText, Sense, Ui};

use crate::app::{Command, Document, Edit, Filter, QuestionView, ReviewState, Step, TextField};
use crate::assessment::Answer;
use crate::questionnaire::Poete;
use crate::questionnaire::{Level, Question};
use crate::t;
use crate::ui::{fonts, theme};

/// The label of a filter in the filter menu.
pub fn filter_label(filter: Filter) -> String {
    match filter {
        Filter::All => t!("filter-all"),
        Filter::Unanswered => t!("filter-unanswered"),
        Filter::Flagged => t!("filter-flagged"),
        Filter::Critical => t!("filter-critical"),
        Filter::BelowTarget => t!("filter-below-target"),
        Filter::Recheck => t!("filter-recheck"),
        Filter::OpenComments => t!("filter-open-comments"),
    }
}

/// The kind of gap a question measures, in the interface language.
pub fn poete_label(poete: Poete) -> String {
    poete.name(crate::i18n::ui_language())
}

/// Says that the question changed meaning since it was answered, and lets the
/// assessor confirm the answer.
fn recheck_ui(ui: &mut Ui, doc: &Document, question: &Question, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            t!(
                "recheck-note",
                version = doc.questionnaire().version.as_str()
            ),
        );
        if ui
            .add_enabled(!doc.answers_locked(), egui::Button::new(t!("recheck-done")))
            .clicked()
        {
            commands.push(Command::Edit(Edit::Rechecked(question.id.clone())));
        }
    });
}

/// Draws the question screen.
pub fn question_ui(
    ui: &mut Ui,
    doc: &Document,
    view: &mut QuestionView,
    review: &mut ReviewState,
    commands: &mut Vec<Command>,
) {
    navigation_ui(ui, doc, view, commands);
    if doc.questionnaire().translation_is_draft(doc.language()) {
        ui.label(RichText::new(t!("questionnaire-hy-draft")).weak().italics());
    }
    ui.separator();
    let Some(id) = view.shown(doc) else {
        ui.label(t!("questions-none-in-scope"));
        return;
    };
    // The question as this assessment reads it: its planning figures in place.
    let Some(question) = doc.question(&id) else {
        return;
    };
    let focus = view.focus.take();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            question_body_ui(ui, doc, &question, review, focus, commands);
        });
}

fn navigation_ui(
    ui: &mut Ui,
    doc: &Document,
    view: &mut QuestionView,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(t!("questions-previous"))
            .on_hover_text(t!("questions-previous-tip"))
            .clicked()
        {
            commands.push(Command::Go(Step::Previous));
        }
        if ui
            .button(t!("questions-next"))
            .on_hover_text(t!("questions-next-tip"))
            .clicked()
        {
            commands.push(Command::Go(Step::Next));
        }
        if ui.button(t!("questions-next-unanswered")).clicked() {
            commands.push(Command::Go(Step::NextUnanswered));
        }
        ui.separator();
        let label = ui.label(t!("questions-show"));
        egui::ComboBox::from_id_salt("filter")
            .selected_text(filter_label(view.filter))
            .show_ui(ui, |ui| {
                for filter in Filter::ALL {
                    ui.selectable_value(&mut view.filter, filter, filter_label(filter));
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label(t!("questions-search"));
        ui.add(
            egui::TextEdit::singleline(&mut view.search)
                .hint_text(t!("questions-search-hint"))
                .desired_width(200.0),
        )
        .labelled_by(label.id);
        let visible = view.visible(doc);
        let total = doc.in_scope_questions().count();
        if view.filter != Filter::All || !view.search.trim().is_empty() {
            ui.label(t!(
                "questions-matching",
                shown = visible.len(),
                total = total
            ));
        }
    });
}

fn question_body_ui(
    ui: &mut Ui,
    doc: &Document,
    question: &Question,
    review: &mut ReviewState,
    focus: Option<TextField>,
    commands: &mut Vec<Command>,
) {
    let language = doc.language().to_owned();
    let target = doc.assessment().target(question);
    let area_title = doc
        .questionnaire()
        .area_of(&question.id)
        .map(|a| format!("{} {}", a.id, a.title.get(&language)))
        .unwrap_or_default();
    ui.label(RichText::new(area_title).weak());
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(question.id.as_str())
                .family(fonts::bold())
                .strong()
                .size(18.0),
        );
        ui.label(t!("question-weight", weight = question.weight));
        target_ui(ui, doc, question, target, commands);
        let kinds: Vec<String> = question.poete_all().map(poete_label).collect();
        ui.label(t!("question-gap-type", kind = kinds.join(", ")));
        if question.critical {
            ui.label(
                RichText::new(t!("question-critical"))
                    .strong()
                    .color(theme::band_color(
                        Some(crate::scoring::Band::NotReady),
                        ui.visuals().dark_mode,
                    )),
            );
        }
    });
    ui.add_space(4.0);
    ui.label(
        RichText::new(question.text.get(&language))
            .family(fonts::bold())
            .strong()
            .size(17.0),
    );
    ui.add_space(4.0);
    guidance_ui(ui, question, &language);
    ui.add_space(6.0);
    // Borrowed, not cloned: evidence can run to megabytes.
    let empty = Answer::default();
    let answer = doc.assessment().answer(&question.id).unwrap_or(&empty);
    next_step_ui(ui, question, answer, target, &language);
    let invalid_level = matches!(answer.level, Some(crate::assessment::Lenient::Invalid(_)));
    if invalid_level {
        ui.colored_label(ui.visuals().error_fg_color, t!("question-unusable-level"));
    }
    if answer.recheck {
        recheck_ui(ui, doc, question, commands);
    }
    let wide = ui.available_width() > 800.0;
    if wide {
        // Rubric on the left, the answer beside it: both in view at once.
        let width = ui.available_width();
        ui.horizontal_top(|ui| {
            ui.allocate_ui_with_layout(
                egui::vec2(width * 0.58, 0.0),
                Layout::top_down(Align::Min),
                |ui| {
                    rubric_ui(ui, doc, question, answer, &language, commands);
                },
            );
            ui.allocate_ui_with_layout(
                egui::vec2(ui.available_width(), 0.0),
                Layout::top_down(Align::Min),
                |ui| {
                    answer_fields_ui(ui, doc, question, answer, focus, commands);
                    ui.add_space(8.0);
                    crate::ui::review::comments_ui(ui, doc, Some(&question.id), review, commands);
                },
            );
        });
    } else {
        rubric_ui(ui, doc, question, answer, &language, commands);
        ui.add_space(8.0);
        answer_fields_ui(ui, doc, question, answer, focus, commands);
        ui.add_space(8.0);
        crate::ui::review::comments_ui(ui, doc, Some(&question.id), review, commands);
    }
}

fn rubric_ui(
    ui: &mut Ui,
    doc: &Document,
    question: &Question,
    answer: &Answer,
    language: &str,
    commands: &mut Vec<Command>,
) {
    let target = doc.assessment().target(question);
    let chosen = answer.scored_level();
    for level in Level::ALL {
        let name = doc.questionnaire().level_name(level, language).to_owned();
        let text = question.rubric[usize::from(level.value())]
            .get(language)
            .to_owned();
        let clicked = ui
            .add_enabled_ui(!doc.answers_locked() && !answer.not_applicable, |ui| {
                rubric_card_ui(
                    ui,
                    level,
                    &name,
                    &text,
                    chosen == Some(level),
                    target == level,
                )
            })
            .inner;
        if clicked {
            let unset = chosen == Some(level);
            commands.push(Command::Edit(Edit::Level(
                question.id.clone(),
                (!unset).then_some(level),
            )));
        }
    }
}

/// The target level: the questionnaire's default, or this assessment's own.
fn target_ui(
    ui: &mut Ui,
    doc: &Document,
    question: &Question,
    target: Level,
    commands: &mut Vec<Command>,
) {
    let label = ui.label(t!("question-target"));
    let overridden = target != question.target;
    let shown = if overridden {
        t!(
            "question-target-override",
            level = target.to_string(),
            default = question.target.to_string()
        )
    } else {
        t!("question-target-default", level = target.to_string())
    };
    ui.add_enabled_ui(!doc.answers_locked(), |ui| {
        egui::ComboBox::from_id_salt(("target", question.id.as_str()))
            .selected_text(shown)
            .show_ui(ui, |ui| {
                for level in Level::ALL {
                    let text = if level == question.target {
                        t!("question-target-default", level = level.to_string())
                    } else {
                        level.to_string()
                    };
                    if ui.selectable_label(level == target, text).clicked() && level != target {
                        let value = (level != question.target).then_some(level);
                        commands.push(Command::Edit(Edit::Target(question.id.clone(), value)));
                    }
                }
            })
            .response
            .labelled_by(label.id);
    });
}

/// One rubric level as a selectable card; returns whether it was clicked.
fn rubric_card_ui(
    ui: &mut Ui,
    level: Level,
    name: &str,
    text: &str,
    selected: bool,
    target: bool,
) -> bool {
    let visuals = ui.visuals().clone();
    let dark = visuals.dark_mode;
    let stroke = if selected {
        egui::Stroke::new(2.5, visuals.selection.stroke.color)
    } else if target {
        egui::Stroke::new(1.5, theme::target_color(dark))
    } else {
        egui::Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color)
    };
    let fill = if selected {
        visuals.selection.bg_fill
    } else {
        visuals.faint_bg_color
    };
    let mut heading = format!("{level} · {name}");
    if selected {
        heading.push_str("  ");
        heading.push_str(&t!("rubric-selected"));
    }
    if target {
        heading.push_str("  ");
        heading.push_str(&t!("rubric-target"));
    }
    let response = egui::Frame::group(ui.style())
        .fill(fill)
        .stroke(stroke)
        .inner_margin(8.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.with_layout(Layout::top_down(Align::Min), |ui| {
                ui.label(RichText::new(heading).family(fonts::bold()).strong());
                if selected {
                    ui.label(RichText::new(text).color(visuals.strong_text_color()));
                } else {
                    ui.label(text);
                }
            });
        })
        .response
        .interact(Sense::click());
    let enabled = ui.is_enabled();
    response.widget_info(|| {
        egui::WidgetInfo::selected(
            egui::Role::RadioButton,
            enabled,
            selected,
            t!(
                "rubric-card",
                level = level.to_string(),
                name = name,
                text = text
            ),
        )
    });
    let response = response.on_hover_cursor(egui::CursorIcon::PointingHand);
    if response.hovered() && enabled {
        ui.painter().rect_stroke(
            response.rect,
            4.0,
            egui::Stroke::new(1.0, visuals.widgets.hovered.bg_stroke.color),
            egui::StrokeKind::Inside,
        );
    }
    ui.add_space(2.0);
    response.clicked()
}

/// What to do to climb from the level given to the next, while it is below the
/// target: the question's step for that level.
fn next_step_ui(ui: &mut Ui, question: &Question, answer: &Answer, target: Level, language: &str) {
    let Some(level) = answer.scored_level() else {
        return;
    };
    if level >= target || question.steps.is_none() {
        return;
    }
    ui.label(
        RichText::new(t!(
            "question-next-step",
            from = level.to_string(),
            to = (level.value() + 1).to_string(),
            step = question.next_step(Some(level)).get(language)
        ))
        .weak(),
    );
    ui.add_space(4.0);
}

/// The evidence to ask for, and the rule behind the weight and critical flag.
fn guidance_ui(ui: &mut Ui, question: &Question, language: &str) {
    egui::CollapsingHeader::new(t!("question-guidance"))
        .default_open(true)
        .show(ui, |ui| {
            ui.label(question.guidance.get(language));
            if let Some(rule) = &question.rule {
                // The reasoning names both scores; without one, the scores alone.
                let reason = rule.reason.get(language);
                let text = if reason.is_empty() {
                    rule.scores(crate::i18n::ui_language())
                } else {
                    reason.to_owned()
                };
                ui.label(RichText::new(t!("question-rule", text = text)).weak());
            }
        });
}

fn answer_fields_ui(
    ui: &mut Ui,
    doc: &Document,
    question: &Question,
    answer: &Answer,
    focus: Option<TextField>,
    commands: &mut Vec<Command>,
) {
    ui.add_enabled_ui(!doc.answers_locked(), |ui| {
        ui.horizontal(|ui| {
            let mut na = answer.not_applicable;
            // Where N/A is not accepted it is not offered; one already in the file
            // can still be taken off.
            let offered = question.not_applicable.allowed || na;
            let note = question.not_applicable.note.get(doc.language());
            let checkbox = ui.add_enabled(
                offered,
                egui::Checkbox::new(&mut na, t!("answer-not-applicable")),
            );
            let checkbox = if note.is_empty() {
                checkbox
            } else {
                checkbox.on_hover_text(note).on_disabled_hover_text(note)
            };
            if checkbox.changed() {
                commands.push(Command::Edit(Edit::NotApplicable(question.id.clone(), na)));
            }
            let mut flag = answer.follow_up;
            if ui.checkbox(&mut flag, t!("answer-follow-up")).changed() {
                commands.push(Command::Edit(Edit::FollowUp(question.id.clone(), flag)));
            }
        });
        if !question.not_applicable.allowed {
            ui.label(
                RichText::new(t!(
                    "answer-not-applicable-not-allowed",
                    note = question.not_applicable.note.get(doc.language())
                ))
                .weak(),
            );
        }
        if answer.not_applicable {
            text_field_ui(
                ui,
                question,
                answer,
                (TextField::Justification, focus),
                commands,
            );
            if answer.justification.trim().is_empty() {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    t!("answer-needs-justification"),
                );
            }
        }
        if question.indicator.is_some() && !answer.not_applicable {
            crate::ui::figures::measured_ui(ui, doc, question, answer, commands);
            ui.add_space(4.0);
        }
        text_field_ui(ui, question, answer, (TextField::Evidence, focus), commands);
        text_field_ui(ui, question, answer, (TextField::Notes, focus), commands);
    });
}

/// One multi-line field of the answer; an edit becomes a command. When `focus`
/// names this field, the cursor goes to the end of its text.
fn text_field_ui(
    ui: &mut Ui,
    question: &Question,
    answer: &Answer,
    (field, focus): (TextField, Option<TextField>),
    commands: &mut Vec<Command>,
) {
    let (label, hint, rows) = match field {
        TextField::Justification => (
            t!("answer-justification"),
            t!("answer-justification-hint"),
            2,
        ),
        TextField::Evidence => (t!("answer-evidence"), t!("answer-evidence-hint"), 4),
        TextField::Notes => (t!("answer-notes"), t!("answer-notes-hint"), 3),
    };
    let label = ui.label(RichText::new(label).strong());
    // Borrowed until a key changes it: evidence can run to megabytes, and copying it
    // every frame made each typed character cost several times more.
    let mut text = std::borrow::Cow::Borrowed(field.of(answer));
    // An id of its own, not one counted from the widgets above it: a warning that
    // comes or goes above the field must not take the cursor out of it.
    let id = egui::Id::unique(("answer text", question.id.as_str(), field));
    if focus == Some(field) {
        // Before the field is drawn, so keys waiting for it reach it this frame.
        put_cursor_at_end(ui, id, &text);
        ui.memory_mut(|m| m.request_focus(id));
    }
    let response = ui
        .add(
            egui::TextEdit::multiline(&mut text)
                .id(id)
                .hint_text(hint)
                .desired_rows(rows)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if focus == Some(field) {
        // The field a key asked for may be below the rubric: bring it into view, so
        // the words typed next are seen going in.
        response.scroll_to_me(Some(Align::Center));
    }
    if response.changed() {
        commands.push(Command::Edit(Edit::Text(
            question.id.clone(),
            field,
            text.into_owned(),
        )));
    }
}

/// Puts a text field's cursor after its last character, where added words go.
fn put_cursor_at_end(ui: &Ui, id: egui::Id, text: &str) {
    let mut state = egui::text_edit::TextEditState::load(ui.ctx(), id).unwrap_or_default();
    let end = egui::text::CCursor::new(text.chars().count());
    state
        .cursor
        .set_char_range(Some(egui::text::CCursorRange::one(end)));
    state.store(ui.ctx(), id);
}
