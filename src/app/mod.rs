//! The app's state and the one place where commands from the screens run.
//!
//! The shell ([`crate::shell`]) hands each screen of [`crate::ui`] the part of this
//! state it draws; screens push [`Command`]s, and [`App::run`] carries them out
//! after the frame is drawn. Nothing here depends on the screens. Changes to the assessment go through
//! [`Document::apply`]; files through `files`; the PDF through [`ExportJob`].

mod autosave;
mod combine;
mod command;
mod compare;
mod conflict;
pub use conflict::{Conflict, ConflictChoice, combine};
mod dispatch;
mod document;
mod edit;
mod examples;
mod export;
mod export_check;
mod files;
mod keys;
mod locks;
pub use locks::LockPrompt;
mod new_form;
mod notices;
mod picker;
mod plan_view;
mod prefs;
mod recent;
mod review;
mod sheets;
mod shortcuts;
mod typeahead;
mod view;

#[cfg(test)]
mod tests;

use std::path::PathBuf;
use std::sync::Arc;

pub use autosave::AUTOSAVE_AFTER;
pub use combine::{CombineError, CombineState, CombineStep};
pub use command::{Command, NewAssessment, PathPrompt, PathPurpose};
pub use compare::Earlier;
pub use document::{Document, Refused};
pub use edit::{Edit, FigureEdit, MetaField, PlanEdit, PlanText, ReviewEdit, TextField};
pub use examples::EXAMPLES;
pub use export::{ExportError, ExportJob};
pub use export_check::{ExportCheck, ExportDialog, copy_number};
pub use new_form::NewForm;
pub use notices::{Notice, Notices};
pub use picker::{NativePicker, Picker, ScriptedPicker};
pub use plan_view::{PlanSort, PlanView};
pub use prefs::{Identity, Prefs, STORAGE_KEY, ThemeChoice};
pub use recent::{RecentEntry, RecoveryEntry, StartLists, StartReader, Summary, Unusable};
pub use review::{ReviewDialog, ReviewState};
pub use sheets::{Sheet, SheetError};
pub use shortcuts::{KeyContext, KeyEdit, shortcuts};
pub use view::{Filter, QuestionView, Step};

use crate::i18n;
use crate::questionnaire::{QuestionId, Questionnaire};
use crate::t;

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

/// The whole app, in a few typed parts: the open document, what is shown, what
/// asks the user something, work running in the background, and preferences.
pub struct App {
    /// The open assessment.
    pub doc: Option<Document>,
    /// What is shown: the screen, the question, the plan's order, the start lists.
    pub view: View,
    /// What asks the user something before the work goes on.
    pub dialogs: Dialogs,
    /// Preferences, saved by eframe.
    pub prefs: Prefs,
    /// Messages at the top of the window.
    pub notices: Notices,
    jobs: Jobs,
    window: Window,
    built_in: Arc<Questionnaire>,
    picker: Box<dyn Picker>,
    /// The key review steps are signed with, opened for this session only.
    signing: Option<crate::review::sign::SigningKey>,
}

/// What the window shows.
#[derive(Debug)]
pub struct View {
    /// The screen shown.
    pub screen: Screen,
    /// Which question is shown, the filter and the search.
    pub questions: QuestionView,
    /// The Plan screen's filters, order and open row.
    pub plan: PlanView,
    /// An earlier round the dashboard compares the open assessment with.
    pub earlier: Option<Earlier>,
    /// Recent files and autosaves, as the start screen lists them.
    pub start: StartLists,
    /// Whether the keyboard help is shown.
    pub help_open: bool,
}

/// What asks the user something, and the text typed into it so far.
#[derive(Debug, Default)]
pub struct Dialogs {
    /// A command waiting for the answer to "save changes?".
    pub pending: Option<Command>,
    /// A path being typed, where no file dialog is available.
    pub prompt: Option<PathPrompt>,
    /// Comments and notes being typed, and the review dialog shown.
    pub review: ReviewState,
    /// What the PDF export asks first (copy number, no classification).
    pub export_check: ExportCheck,
    /// A save that would overwrite someone else's change, waiting for a choice.
    pub conflict: Option<Conflict>,
    /// A file someone else has open for editing, waiting for a choice.
    pub locked: Option<LockPrompt>,
}

/// Work that runs beside the window.
#[derive(Default)]
struct Jobs {
    /// Reads the start screen's lists off the drawing thread.
    start_reader: Option<StartReader>,
    /// Whether the start lists need reading again.
    start_stale: bool,
    /// The PDF being written.
    export: Option<ExportJob>,
}

/// The window itself: its title, whether it may close, where autosaves go.
struct Window {
    /// Where autosaves go; none disables autosave (with a notice).
    recovery_dir: Option<PathBuf>,
    /// Set once the user has answered "save changes?" on closing.
    allow_close: bool,
    /// The title last sent, so it is sent only when it changes.
    title: String,
    /// The lock file this app holds on the assessment open for editing.
    lock: Option<locks::HeldLock>,
    /// Keys typed ahead, waiting for the frame after the focus moved.
    held_back: Vec<egui::Event>,
    /// Frames the keys have waited for a field to take the cursor.
    focus_waits: u8,
}

impl App {
    /// A new app; `recovery_dir` is where autosaves go.
    pub fn new(prefs: Prefs, picker: Box<dyn Picker>, recovery_dir: Option<PathBuf>) -> Self {
        let mut app = Self {
            doc: None,
            view: View {
                screen: Screen::Start,
                questions: QuestionView::default(),
                plan: PlanView::default(),
                earlier: None,
                start: StartLists::unread(&prefs.recent),
                help_open: false,
            },
            dialogs: Dialogs::default(),
            prefs,
            notices: Notices::default(),
            jobs: Jobs {
                start_stale: true,
                ..Jobs::default()
            },
            window: Window {
                recovery_dir,
                allow_close: false,
                title: String::new(),
                lock: None,
                held_back: Vec::new(),
                focus_waits: 0,
            },
            built_in: Arc::new(Questionnaire::built_in()),
            picker,
            signing: None,
        };
        if app.window.recovery_dir.is_none() {
            app.notices.error(t!("notice-no-autosave-folder"));
        }
        app
    }

    /// What this frame starts with: the keyboard's commands, and "quit" when the
    /// window is asked to close with unsaved work. The shell draws the screens
    /// after this and hands their commands to [`App::end_frame`].
    pub fn begin_frame(&mut self, ctx: &egui::Context) -> Vec<Command> {
        if self.jobs.start_stale && matches!(self.view.screen, Screen::Start) {
            self.refresh_start(ctx);
        }
        let context = self.key_context(ctx);
        let mut commands = ctx.input_mut(|i| shortcuts(i, &context));
        if ctx.input(|i| i.viewport().close_requested())
            && !self.window.allow_close
            && self.doc.as_ref().is_some_and(Document::has_unsaved_work)
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            commands.push(Command::Quit);
        }
        commands
    }

    /// Runs the frame's commands, then what runs beside the window: the start
    /// lists, the export, the autosave, the title.
    pub fn end_frame(&mut self, ctx: &egui::Context, commands: Vec<Command>) {
        for command in commands {
            self.run(ctx, command);
        }
        self.poll_start();
        self.poll_export(ctx);
        self.autosave(ctx);
        self.refresh_lock(false);
        self.update_title(ctx);
    }

    /// What the keyboard shortcuts need to know about this frame.
    fn key_context(&self, ctx: &egui::Context) -> KeyContext {
        let answering = match (&self.view.screen, &self.doc) {
            (Screen::Questions, Some(doc)) => self.view.questions.shown(doc).is_some(),
            _ => false,
        };
        KeyContext {
            typing: ctx.text_edit_focused(),
            answering,
        }
    }

    /// Applies a key's edit to the question shown now (after any Page Down pressed
    /// before it in the same frame).
    pub(super) fn key_edit(&mut self, key: KeyEdit) {
        let Some(doc) = self.doc.as_ref() else { return };
        let Some(id) = self.view.questions.shown(doc) else {
            return;
        };
        let edit = match key {
            KeyEdit::Level(level) => Edit::Level(id, Some(level)),
            KeyEdit::ToggleNotApplicable => {
                let applicable = !doc
                    .assessment()
                    .answer(&id)
                    .is_some_and(|a| a.not_applicable);
                Edit::NotApplicable(id, applicable)
            }
        };
        self.edit(edit);
    }

    /// Applies an edit to the open document, or says why it cannot be made.
    pub(super) fn edit(&mut self, edit: Edit) {
        let Some(doc) = self.doc.as_mut() else { return };
        let upgrade = matches!(edit, Edit::Upgrade)
            .then(|| doc.assessment().upgrade_plan(doc.questionnaire()))
            .flatten();
        if let Err(refused) = doc.apply(edit) {
            return self.notices.info(refused.message(i18n::ui_language()));
        }
        if let Some(plan) = upgrade {
            self.notices.info(t!(
                "notice-upgraded",
                to = plan.to,
                recheck = plan.recheck.len()
            ));
            if let Some(first) = plan.recheck.first() {
                self.view.questions.filter = Filter::Recheck;
                self.view.questions.current = Some(first.clone());
            }
        }
    }

    /// Takes a review step as the reviewer named in the preferences, asking who
    /// they are the first time. A refused step says why and keeps what was typed.
    pub(super) fn review_step(&mut self, edit: ReviewEdit) {
        let Some(identity) = self.prefs.identity.clone().filter(Identity::is_complete) else {
            self.dialogs.review.dialog = Some(ReviewDialog::Identity {
                identity: self.prefs.identity.clone().unwrap_or_default(),
                then: Some(edit),
                passphrase: String::new(),
            });
            return;
        };
        // A key chosen in an earlier session is opened before the first step;
        // one protected by a passphrase asks for it.
        if identity.key_file.is_some() && self.signing.is_none() && !self.open_key(None) {
            self.dialogs.review.dialog = Some(ReviewDialog::Identity {
                identity,
                then: Some(edit),
                passphrase: String::new(),
            });
            return;
        }
        let Some(doc) = self.doc.as_mut() else { return };
        let taken = edit.clone();
        let time = crate::assessment::format_timestamp(time::OffsetDateTime::now_utc());
        let mut who = identity.actor();
        if self.signing.is_some() {
            who.principal = identity.principal.trim().to_owned();
        }
        let applied = doc.take_review_step(edit, who, &time, self.signing.as_ref());
        if let Err(refused) = applied {
            if let ReviewEdit::Act { action, note } = taken {
                self.dialogs.review.dialog = Some(ReviewDialog::Act { action, note });
            }
            return self.notices.error(refused.message(i18n::ui_language()));
        }
        match taken {
            ReviewEdit::Comment { .. } => self.dialogs.review.comment.clear(),
            ReviewEdit::Reply { id, .. } => {
                self.dialogs.review.replies.remove(&id);
            }
            ReviewEdit::Act { .. } => self.dialogs.review.dialog = None,
            ReviewEdit::Resolve { .. } => {}
        }
    }

    pub(super) fn run_pending(&mut self, ctx: &egui::Context) {
        if let Some(command) = self.dialogs.pending.take() {
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
        if title != self.window.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window.title = title;
        }
    }

    /// The id of the question shown, if any.
    pub fn shown_question(&self) -> Option<QuestionId> {
        self.doc
            .as_ref()
            .and_then(|doc| self.view.questions.shown(doc))
    }
}
