//! The eframe app: its state, and the one place where commands from the UI run.
//!
//! Screens in [`crate::ui`] draw from this state and push [`Command`]s; [`App::run`]
//! carries them out after the frame is drawn. Changes to the assessment go through
//! [`Document::apply`]; files through `files`; the PDF through [`ExportJob`].

mod autosave;
mod combine;
mod command;
mod compare;
mod dispatch;
mod document;
mod edit;
mod examples;
mod export;
mod export_check;
mod files;
mod notices;
mod picker;
mod plan_view;
mod prefs;
mod recent;
mod review;
mod sheets;
mod shortcuts;
mod view;

#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::sync::Arc;

pub use autosave::AUTOSAVE_AFTER;
pub use combine::{CombineState, CombineStep};
pub use command::{Command, NewAssessment, PathPrompt, PathPurpose};
pub use compare::Earlier;
pub use document::{Document, Refused};
pub use edit::{Edit, MetaField, PlanEdit, PlanText, ReviewEdit, TextField};
pub use examples::EXAMPLES;
pub use export::{ExportError, ExportJob};
pub use export_check::{ExportCheck, ExportDialog, copy_number};
pub use notices::{Notice, Notices};
pub use picker::{NativePicker, Picker, ScriptedPicker};
pub use plan_view::{PlanSort, PlanView};
pub use prefs::{Identity, Prefs, STORAGE_KEY};
pub use recent::{RecentEntry, RecoveryEntry, StartLists, StartReader, Summary, Unusable};
pub use review::{ReviewDialog, ReviewState};
pub use sheets::Sheet;
pub use shortcuts::{Answering, KeyContext, shortcuts};
pub use view::{Filter, QuestionView, Step};

use crate::i18n::{self, Language};
use crate::questionnaire::{QuestionId, Questionnaire};
use crate::storage::recovery;
use crate::t;
use crate::ui;
use crate::ui::new_assessment::NewForm;

/// The screen shown in the main area.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    /// Recent files, examples, recovery.
    Start,
    /// The new-assessment form.
    New(Box<NewForm>),
    /// One question at a time.
    Questions,
    /// Figures, charts, gaps.
    Dashboard,
    /// The action plan: who closes each gap, by when.
    Plan,
    /// Several files combined into one new assessment.
    Combine(Box<CombineState>),
}

/// The whole app.
pub struct App {
    /// The screen shown.
    pub screen: Screen,
    /// The open assessment.
    pub doc: Option<Document>,
    /// Which question is shown, the filter and the search.
    pub view: QuestionView,
    /// The Plan screen's filters, order and open row.
    pub plan_view: PlanView,
    /// An earlier round the dashboard compares the open assessment with.
    pub earlier: Option<Earlier>,
    /// Preferences, saved by eframe.
    pub prefs: Prefs,
    /// Messages at the top of the window.
    pub notices: Notices,
    /// A command waiting for the answer to "save changes?".
    pub pending: Option<Command>,
    /// Whether the keyboard help is shown.
    pub help_open: bool,
    /// A path being typed, where no file dialog is available.
    pub prompt: Option<PathPrompt>,
    /// Recent files and autosaves, as the start screen lists them.
    pub start: StartLists,
    /// Comments and notes being typed, and the review dialog shown.
    pub review: ReviewState,
    /// Where autosaves go; none disables autosave (with a notice).
    pub recovery_dir: Option<PathBuf>,
    /// What the PDF export asks first (copy number, no classification).
    pub export_check: ExportCheck,
    start_reader: Option<StartReader>,
    start_stale: bool,
    built_in: Arc<Questionnaire>,
    picker: Box<dyn Picker>,
    allow_close: bool,
    title: String,
    export: Option<ExportJob>,
}

/// The window could not be opened.
#[derive(Debug, thiserror::Error)]
#[error("could not open the window: {0}")]
pub struct WindowError(#[from] eframe::Error);

impl App {
    /// A new app; `recovery_dir` is where autosaves go.
    pub fn new(prefs: Prefs, picker: Box<dyn Picker>, recovery_dir: Option<PathBuf>) -> Self {
        let mut app = Self {
            screen: Screen::Start,
            doc: None,
            view: QuestionView::default(),
            plan_view: PlanView::default(),
            earlier: None,
            start: StartLists::unread(&prefs.recent),
            review: ReviewState::default(),
            prefs,
            notices: Notices::default(),
            pending: None,
            help_open: false,
            prompt: None,
            recovery_dir,
            export_check: ExportCheck::default(),
            start_reader: None,
            start_stale: true,
            built_in: Arc::new(Questionnaire::built_in()),
            picker,
            allow_close: false,
            title: String::new(),
            export: None,
        };
        if app.recovery_dir.is_none() {
            app.notices.error(t!("notice-no-autosave-folder"));
        }
        app
    }

    /// Draws one frame and runs the commands it produced.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.start_stale && matches!(self.screen, Screen::Start) {
            self.refresh_start(&ctx);
        }
        let context = self.key_context(&ctx);
        let mut commands = ctx.input_mut(|i| shortcuts(i, &context));
        if ctx.input(|i| i.viewport().close_requested())
            && !self.allow_close
            && self.doc.as_ref().is_some_and(Document::has_unsaved_work)
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            commands.push(Command::Quit);
        }
        self.draw(ui, &mut commands);
        for command in commands {
            self.run(&ctx, command);
        }
        self.poll_start();
        self.poll_export(&ctx);
        self.autosave(&ctx);
        self.update_title(&ctx);
    }

    fn draw(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        ui::top_bar::top_bar_ui(ui, self, commands);
        if let Some(doc) = self.doc.as_ref()
            && matches!(self.screen, Screen::Questions)
        {
            ui::sidebar::sidebar_ui(ui, doc, &self.view, commands);
        }
        egui::CentralPanel::default().show(ui, |ui| match &mut self.screen {
            Screen::Start => ui::start::start_ui(ui, &self.start, commands),
            Screen::New(form) => ui::new_assessment::form_ui(ui, form, commands),
            Screen::Questions => match self.doc.as_ref() {
                Some(doc) => {
                    ui::question::question_ui(ui, doc, &mut self.view, &mut self.review, commands)
                }
                None => commands.push(Command::ShowStart),
            },
            Screen::Dashboard => match self.doc.as_ref() {
                Some(doc) => {
                    let comparison = self
                        .earlier
                        .as_mut()
                        .map(|earlier| (earlier.name.clone(), earlier.comparison(doc)));
                    ui::dashboard::dashboard_ui(
                        ui,
                        doc,
                        &mut self.review,
                        comparison.as_ref().map(|(name, c)| (name.as_str(), *c)),
                        commands,
                    );
                }
                None => commands.push(Command::ShowStart),
            },
            Screen::Plan => match self.doc.as_ref() {
                Some(doc) => {
                    let today = doc.today();
                    ui::plan::plan_ui(ui, doc, &mut self.plan_view, today, commands);
                }
                None => commands.push(Command::ShowStart),
            },
            Screen::Combine(state) => ui::combine::combine_ui(ui, state, commands),
        });
        if self.help_open {
            ui::help::help_ui(ui.ctx(), commands);
        }
        if let Some(prompt) = self.prompt.as_mut() {
            ui::help::path_prompt_ui(ui.ctx(), prompt, commands);
        }
        if let Some(dialog) = self.review.dialog.as_mut() {
            ui::review::dialog_ui(ui.ctx(), dialog, commands);
        }
        if let Some(dialog) = self.export_check.dialog.as_mut() {
            ui::export_check::export_check_ui(ui.ctx(), dialog, commands);
        }
        if self.pending.is_some() {
            let name = self.doc.as_ref().map(Document::name).unwrap_or_default();
            ui::help::unsaved_ui(ui.ctx(), &name, commands);
        }
    }

    /// What the keyboard shortcuts need to know about this frame.
    fn key_context(&self, ctx: &egui::Context) -> KeyContext {
        let answering = match (&self.screen, &self.doc) {
            (Screen::Questions, Some(doc)) => self.view.shown(doc).map(|question| Answering {
                not_applicable: doc
                    .assessment()
                    .answer(&question)
                    .is_some_and(|a| a.not_applicable),
                question,
            }),
            _ => None,
        };
        KeyContext {
            typing: ctx.text_edit_focused(),
            answering,
        }
    }

    /// Applies an edit to the open document, or says why it cannot be made.
    pub(super) fn edit(&mut self, edit: Edit) {
        let Some(doc) = self.doc.as_mut() else { return };
        let upgrade = matches!(edit, Edit::Upgrade)
            .then(|| doc.assessment().upgrade_plan(doc.questionnaire()))
            .flatten();
        if let Err(refused) = doc.apply(edit) {
            return self.notices.info(refused.to_string());
        }
        if let Some(plan) = upgrade {
            self.notices.info(t!(
                "notice-upgraded",
                to = plan.to,
                recheck = plan.recheck.len()
            ));
            if let Some(first) = plan.recheck.first() {
                self.view.filter = Filter::Recheck;
                self.view.current = Some(first.clone());
            }
        }
    }

    /// Takes a review step as the reviewer named in the preferences, asking who
    /// they are the first time. A refused step says why and keeps what was typed.
    pub(super) fn review_step(&mut self, edit: ReviewEdit) {
        let Some(identity) = self.prefs.identity.clone().filter(Identity::is_complete) else {
            self.review.dialog = Some(ReviewDialog::Identity {
                identity: self.prefs.identity.clone().unwrap_or_default(),
                then: edit,
            });
            return;
        };
        let Some(doc) = self.doc.as_mut() else { return };
        let taken = edit.clone();
        let time = crate::assessment::format_timestamp(time::OffsetDateTime::now_utc());
        let applied = doc.apply(Edit::Review {
            edit,
            who: identity.actor(),
            time,
        });
        if let Err(refused) = applied {
            if let ReviewEdit::Act { action, note } = taken {
                self.review.dialog = Some(ReviewDialog::Act { action, note });
            }
            return self.notices.error(refused.to_string());
        }
        match taken {
            ReviewEdit::Comment { .. } => self.review.comment.clear(),
            ReviewEdit::Reply { id, .. } => {
                self.review.replies.remove(&id);
            }
            ReviewEdit::Act { .. } => self.review.dialog = None,
            ReviewEdit::Resolve { .. } => {}
        }
    }

    pub(super) fn run_pending(&mut self, ctx: &egui::Context) {
        if let Some(command) = self.pending.take() {
            self.run(ctx, command);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = match &self.doc {
            None => "rbr".to_owned(),
            Some(doc) => format!(
                "{}{} — rbr{}",
                doc.name(),
                if doc.dirty() { " •" } else { "" },
                if doc.read_only() {
                    format!(" {}", t!("app-window-read-only"))
                } else {
                    String::new()
                }
            ),
        };
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// The id of the question shown, if any.
    pub fn shown_question(&self) -> Option<QuestionId> {
        self.doc.as_ref().and_then(|doc| self.view.shown(doc))
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame_ui(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.prefs);
    }
}

/// Opens the desktop app, with `file` if given. Returns when the window closes.
///
/// The interface speaks `lang` when given (`rbr --lang`, for this run only), else
/// the language last chosen in the app, else the system's.
pub fn run(file: Option<PathBuf>, lang: Option<Language>) -> Result<(), WindowError> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("rbr")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 560.0]),
        // The bundled fonts render the same everywhere; no system font lookup at start.
        system_font_fallback: false,
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "rbr",
        options,
        Box::new(move |cc| {
            ui::fonts::install(&cc.egui_ctx);
            ui::theme::install_style(&cc.egui_ctx);
            let prefs: Prefs = cc
                .storage
                .and_then(|s| eframe::get_value(s, STORAGE_KEY))
                .unwrap_or_default();
            prefs.theme.apply(&cc.egui_ctx);
            i18n::set_ui_language(
                lang.or(prefs.language)
                    .unwrap_or_else(i18n::system_language),
            );
            let mut app = App::new(prefs, Box::new(NativePicker), recovery::default_dir());
            if let Some(path) = file {
                app.run(
                    &cc.egui_ctx,
                    Command::Open {
                        path,
                        read_only: false,
                    },
                );
            }
            Ok(Box::new(app))
        }),
    )?;
    Ok(())
}
