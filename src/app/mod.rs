//! The eframe app: its state, and the one place where commands from the UI run.

mod command;
mod document;
mod examples;
mod picker;
mod prefs;

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use egui::{Key, Modifiers};

pub use command::{Command, MetaField, PathPrompt, PathPurpose, TextField};
pub use document::Document;
pub use examples::EXAMPLES;
pub use picker::{NativePicker, Picker, ScriptedPicker};
pub use prefs::{Prefs, STORAGE_KEY};

use crate::assessment::{self, Assessment, Meta, Status};
use crate::questionnaire::{QuestionId, Questionnaire};
use crate::storage::{self, recovery};
use crate::ui;
use crate::ui::new_assessment::NewForm;
use crate::ui::question::QuestionView;
use crate::ui::start::{RecentEntry, RecoveryEntry};

/// How long after the last change the app autosaves to the recovery folder.
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(3);

/// Why nothing happened when someone tried to change a document opened for review.
const READ_ONLY_NOTICE: &str = "This assessment is open for review: nothing can be changed. Use “Save as” to make an editable copy.";

/// The screen shown in the main area.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    /// Recent files, examples, recovery.
    Start,
    /// The new-assessment form.
    New(NewForm),
    /// One question at a time.
    Questions,
    /// Figures, charts, gaps.
    Dashboard,
}

/// A message shown at the top of the window until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub struct Notice {
    /// What happened and what to do.
    pub text: String,
    /// Errors are shown in the error colour.
    pub is_error: bool,
}

/// The whole app.
pub struct App {
    /// The screen shown.
    pub screen: Screen,
    /// The open assessment.
    pub doc: Option<Document>,
    /// Which question is shown, the filter and the search.
    pub view: QuestionView,
    /// Preferences, saved by eframe.
    pub prefs: Prefs,
    /// Messages at the top of the window.
    pub notices: Vec<Notice>,
    /// A command waiting for the answer to "save changes?".
    pub pending: Option<Command>,
    /// Whether the keyboard help is shown.
    pub help_open: bool,
    /// A path being typed, where no file dialog is available.
    pub prompt: Option<PathPrompt>,
    /// Recent files, with what the start screen shows of them.
    pub recent: Vec<RecentEntry>,
    /// Autosaves that hold unsaved work.
    pub recoveries: Vec<RecoveryEntry>,
    /// Where autosaves go; none disables autosave (with a notice).
    pub recovery_dir: Option<PathBuf>,
    built_in: Arc<Questionnaire>,
    picker: Box<dyn Picker>,
    allow_close: bool,
    title: String,
    export: Option<std::thread::JoinHandle<Result<PathBuf, String>>>,
}

impl App {
    /// A new app; `recovery_dir` is where autosaves go.
    pub fn new(prefs: Prefs, picker: Box<dyn Picker>, recovery_dir: Option<PathBuf>) -> Self {
        let mut app = Self {
            screen: Screen::Start,
            doc: None,
            view: QuestionView::default(),
            prefs,
            notices: Vec::new(),
            pending: None,
            help_open: false,
            prompt: None,
            recent: Vec::new(),
            recoveries: Vec::new(),
            recovery_dir,
            built_in: Arc::new(Questionnaire::built_in()),
            picker,
            allow_close: false,
            title: String::new(),
            export: None,
        };
        if app.recovery_dir.is_none() {
            app.error("No folder for autosaves was found: unsaved work cannot be recovered after a crash. Save often.".to_owned());
        }
        app.refresh_start();
        app
    }

    /// Draws one frame and runs the commands it produced.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui) {
        let mut commands = self.shortcuts(ui.ctx());
        if ui.ctx().input(|i| i.viewport().close_requested()) && !self.allow_close {
            let unsaved = self.doc.as_ref().is_some_and(|d| d.dirty && !d.read_only);
            if unsaved {
                ui.ctx()
                    .send_viewport_cmd(egui::ViewportCommand::CancelClose);
                commands.push(Command::Quit);
            }
        }
        self.draw(ui, &mut commands);
        for command in commands {
            self.run(ui.ctx(), command);
        }
        self.poll_export(ui.ctx());
        self.autosave(ui.ctx());
        self.update_title(ui.ctx());
    }

    fn draw(&mut self, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
        ui::top_bar::top_bar_ui(ui, self, commands);
        if let Some(doc) = self.doc.as_ref()
            && matches!(self.screen, Screen::Questions)
        {
            ui::sidebar::sidebar_ui(ui, doc, &self.view, commands);
        }
        egui::CentralPanel::default().show(ui, |ui| match &mut self.screen {
            Screen::Start => ui::start::start_ui(ui, &self.recent, &self.recoveries, commands),
            Screen::New(form) => ui::new_assessment::form_ui(ui, form, commands),
            Screen::Questions => match self.doc.as_ref() {
                Some(doc) => ui::question::question_ui(ui, doc, &mut self.view, commands),
                None => commands.push(Command::ShowStart),
            },
            Screen::Dashboard => match self.doc.as_ref() {
                Some(doc) => ui::dashboard::dashboard_ui(ui, doc, commands),
                None => commands.push(Command::ShowStart),
            },
        });
        if self.help_open {
            ui::help::help_ui(ui.ctx(), commands);
        }
        if let Some(prompt) = self.prompt.as_mut() {
            ui::help::path_prompt_ui(ui.ctx(), prompt, commands);
        }
        if self.pending.is_some() {
            let name = self.doc.as_ref().map(Document::name).unwrap_or_default();
            ui::help::unsaved_ui(ui.ctx(), &name, commands);
        }
    }

    /// Keyboard shortcuts, turned into commands.
    fn shortcuts(&self, ctx: &egui::Context) -> Vec<Command> {
        let mut commands = Vec::new();
        let typing = ctx.text_edit_focused();
        let answering = matches!(self.screen, Screen::Questions) && self.doc.is_some();
        ctx.input_mut(|i| {
            if i.consume_key(Modifiers::COMMAND | Modifiers::SHIFT, Key::S) {
                commands.push(Command::SaveAs);
            }
            if i.consume_key(Modifiers::COMMAND, Key::S) {
                commands.push(Command::Save);
            }
            if i.consume_key(Modifiers::COMMAND, Key::O) {
                commands.push(Command::OpenDialog { read_only: false });
            }
            if i.consume_key(Modifiers::NONE, Key::F1) {
                commands.push(Command::ToggleHelp);
            }
            if !answering {
                return;
            }
            if i.consume_key(Modifiers::NONE, Key::PageDown)
                || i.consume_key(Modifiers::ALT, Key::ArrowRight)
            {
                commands.push(Command::Next);
            }
            if i.consume_key(Modifiers::NONE, Key::PageUp)
                || i.consume_key(Modifiers::ALT, Key::ArrowLeft)
            {
                commands.push(Command::Previous);
            }
            if typing {
                return;
            }
            let levels = [Key::Num0, Key::Num1, Key::Num2, Key::Num3, Key::Num4];
            for (n, key) in (0u8..).zip(levels) {
                if i.consume_key(Modifiers::NONE, key) {
                    commands.push(Command::SetLevel(crate::questionnaire::Level::new(n)));
                }
            }
            if i.consume_key(Modifiers::NONE, Key::N) {
                commands.push(Command::ToggleNotApplicable);
            }
        });
        commands
    }

    /// Runs one command. The only place where the app changes files or documents.
    pub fn run(&mut self, ctx: &egui::Context, command: Command) {
        if command.leaves_document() && self.doc.as_ref().is_some_and(|d| d.dirty && !d.read_only) {
            self.pending = Some(command);
            return;
        }
        match command {
            Command::ShowStart => {
                self.refresh_start();
                self.screen = Screen::Start;
            }
            Command::ShowNewForm => {
                self.screen = Screen::New(NewForm::new(Arc::clone(&self.built_in)));
            }
            Command::ChooseQuestionnaire => {
                if let Some(path) = self.pick(PathPurpose::Questionnaire, "") {
                    self.use_questionnaire(path);
                }
            }
            Command::Create(new) => self.create(new),
            Command::OpenDialog { read_only } => {
                if let Some(path) = self.pick(PathPurpose::Open { read_only }, "") {
                    self.open(&path, read_only);
                }
            }
            Command::Open { path, read_only } => self.open(&path, read_only),
            Command::OpenExample(index) => self.open_example(index),
            Command::Recover(path) => self.recover(&path),
            Command::DiscardRecovery(path) => {
                recovery::remove(&path);
                self.refresh_start();
            }
            Command::Save => self.save(false),
            Command::SaveAs => self.save(true),
            Command::ExportPdf => self.export_pdf(ctx),
            Command::ShowQuestion(id) => {
                self.view.current = Some(id);
                self.screen = Screen::Questions;
            }
            Command::ShowQuestions => {
                if self.doc.is_some() {
                    self.screen = Screen::Questions;
                }
            }
            Command::ShowDashboard => {
                if self.doc.is_some() {
                    self.screen = Screen::Dashboard;
                }
            }
            Command::SetLevel(level) => self.edit_answer(|answer| {
                answer.level = level.map(assessment::Lenient::Valid);
                if level.is_some() {
                    answer.not_applicable = false;
                }
            }),
            Command::ToggleNotApplicable => self.edit_answer(|answer| {
                answer.not_applicable = !answer.not_applicable;
                if answer.not_applicable {
                    answer.level = None;
                }
            }),
            Command::ToggleFollowUp => {
                self.edit_answer(|answer| answer.follow_up = !answer.follow_up)
            }
            Command::SetText(id, field, text) => {
                self.edit_answer_of(Some(id), |answer| *field.of_mut(answer) = text);
            }
            Command::Next | Command::Previous | Command::NextUnanswered => {
                if let Some(doc) = &self.doc {
                    self.view.step(doc, &command);
                }
            }
            Command::SetStatus(status) => self.edit_assessment(|a| {
                a.meta.status = assessment::Lenient::Valid(status);
            }),
            Command::SetTarget(id, level) => self.edit_assessment(|a| match level {
                Some(level) => {
                    a.targets.insert(id, assessment::Lenient::Valid(level));
                }
                None => {
                    a.targets.shift_remove(&id);
                }
            }),
            Command::SetMeta(field, value) => {
                self.edit_assessment(|a| *field.of_mut(&mut a.meta) = value);
            }
            Command::SetScope(area, on) => {
                let all: Vec<_> = self
                    .doc
                    .as_ref()
                    .map(|d| d.questionnaire.areas.iter().map(|a| a.id.clone()).collect())
                    .unwrap_or_default();
                self.edit_assessment(|a| {
                    let mut scope = a.meta.scope.take().unwrap_or_else(|| all.clone());
                    scope.retain(|id| id != &area);
                    if on {
                        scope.push(area);
                    }
                    // Questionnaire order, and no scope at all when every area is in.
                    scope.sort_by_key(|id| all.iter().position(|a| a == id));
                    a.meta.scope = (scope != all).then_some(scope);
                });
            }
            Command::ToggleHelp => self.help_open = !self.help_open,
            Command::CycleTheme => {
                self.prefs.theme = self.prefs.theme.next();
                self.prefs.theme.apply(ctx);
            }
            Command::DismissNotice(index) => {
                if index < self.notices.len() {
                    self.notices.remove(index);
                }
            }
            Command::UnsavedSave => {
                self.save(false);
                if self.doc.as_ref().is_some_and(|d| !d.dirty) {
                    self.run_pending(ctx);
                }
            }
            Command::UnsavedDiscard => {
                if let Some(doc) = self.doc.as_mut() {
                    doc.dirty = false;
                    self.remove_recovery();
                }
                self.run_pending(ctx);
            }
            Command::UnsavedCancel => self.pending = None,
            Command::PathChosen(purpose, path) => {
                self.prompt = None;
                match purpose {
                    PathPurpose::Open { read_only } => self.open(&path, read_only),
                    PathPurpose::SaveAssessment => {
                        self.save_to(with_extension(path));
                        if self.doc.as_ref().is_some_and(|d| !d.dirty) {
                            self.run_pending(ctx);
                        }
                    }
                    PathPurpose::Questionnaire => self.use_questionnaire(path),
                    PathPurpose::Pdf => self.export_to(ctx, path),
                }
            }
            Command::CancelPrompt => self.prompt = None,
            Command::Quit => {
                self.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Asks for a path with a native dialog, or, where there is none, opens a prompt
    /// in the window (its answer comes back as [`Command::PathChosen`]).
    fn pick(&mut self, purpose: PathPurpose, suggested_name: &str) -> Option<PathBuf> {
        if !self.picker.has_dialogs() {
            let folder = self
                .doc
                .as_ref()
                .and_then(|d| d.path.as_deref())
                .and_then(Path::parent)
                .map(Path::to_path_buf)
                .or_else(|| std::env::current_dir().ok())
                .unwrap_or_default();
            let text = if suggested_name.is_empty() {
                format!("{}{}", folder.display(), std::path::MAIN_SEPARATOR)
            } else {
                folder.join(suggested_name).display().to_string()
            };
            self.prompt = Some(PathPrompt { purpose, text });
            return None;
        }
        match purpose {
            PathPurpose::Open { .. } => self.picker.open_assessment(),
            PathPurpose::SaveAssessment => self.picker.save_assessment(suggested_name),
            PathPurpose::Questionnaire => self.picker.open_questionnaire(),
            PathPurpose::Pdf => self.picker.save_pdf(suggested_name),
        }
    }

    fn run_pending(&mut self, ctx: &egui::Context) {
        if let Some(command) = self.pending.take() {
            self.run(ctx, command);
        }
    }

    /// Changes the assessment itself (details, targets, scope), unless read-only.
    fn edit_assessment(&mut self, change: impl FnOnce(&mut Assessment)) {
        let Some(doc) = self.doc.as_mut() else { return };
        if doc.read_only {
            return self.info(READ_ONLY_NOTICE.to_owned());
        }
        change(&mut doc.assessment);
        doc.changed();
    }

    /// Changes the answer to the question shown, unless the document is read-only.
    fn edit_answer(&mut self, change: impl FnOnce(&mut assessment::Answer)) {
        self.edit_answer_of(None, change);
    }

    /// Changes the answer to `id` (else the question shown), unless read-only.
    fn edit_answer_of(
        &mut self,
        id: Option<QuestionId>,
        change: impl FnOnce(&mut assessment::Answer),
    ) {
        let Some(doc) = self.doc.as_mut() else { return };
        if doc.read_only {
            return self.info(READ_ONLY_NOTICE.to_owned());
        }
        let Some(id) = id.or_else(|| self.view.shown(doc)) else {
            return;
        };
        change(doc.assessment.answer_mut(&id));
        doc.assessment.prune_empty_answers();
        doc.changed();
    }

    /// Shows an error until dismissed; the same error twice is shown once.
    fn error(&mut self, text: String) {
        if !self.notices.iter().any(|n| n.text == text) {
            self.notices.push(Notice {
                text,
                is_error: true,
            });
        }
    }

    /// Shows a message; it replaces the previous message, never an error.
    fn info(&mut self, text: String) {
        self.notices.retain(|n| n.is_error);
        self.notices.push(Notice {
            text,
            is_error: false,
        });
    }

    /// Reloads what the start screen shows about recent files and autosaves.
    pub fn refresh_start(&mut self) {
        self.recent = self
            .prefs
            .recent
            .iter()
            .map(|path| RecentEntry::read(path))
            .collect();
        self.recoveries = self
            .recovery_dir
            .as_deref()
            .map(recovery::list)
            .unwrap_or_default()
            .into_iter()
            .filter(|r| r.newer)
            .map(RecoveryEntry::read)
            .collect();
    }

    fn questionnaire_for(&mut self, assessment: &Assessment) -> Arc<Questionnaire> {
        let id = &assessment.questionnaire.id;
        if id == &self.built_in.id {
            return Arc::clone(&self.built_in);
        }
        if let Some(path) = self.prefs.questionnaires.get(id).cloned() {
            match storage::load_questionnaire(&path) {
                Ok(q) => return Arc::new(q),
                Err(e) => self.error(format!("{e}\nThe built-in questionnaire is used instead.")),
            }
        }
        Arc::clone(&self.built_in)
    }

    /// Reads an assessment file into a document, with the questionnaire it needs.
    fn load(
        &mut self,
        file: &Path,
        path: Option<PathBuf>,
        untitled_name: &str,
    ) -> Result<Document, storage::FileError> {
        let assessment = storage::load_assessment(file)?;
        let questionnaire = self.questionnaire_for(&assessment);
        Ok(Document::new(
            questionnaire,
            assessment,
            path,
            untitled_name.to_owned(),
        ))
    }

    /// The recovery file of a document, if autosave has a folder.
    fn recovery_file(&self, key: &str) -> Option<PathBuf> {
        self.recovery_dir
            .as_deref()
            .map(|dir| recovery::path(dir, key))
    }

    fn open(&mut self, path: &Path, read_only: bool) {
        let mut doc = match self.load(path, Some(path.to_owned()), "") {
            Ok(doc) => doc,
            Err(e) => return self.error(format!("Could not open {e}")),
        };
        doc.read_only = read_only || storage::is_read_only(path);
        let autosaved = self.recovery_file(&doc.recovery_key).is_some_and(|file| {
            self.recovery_dir.as_deref().is_some_and(|dir| {
                recovery::list(dir)
                    .iter()
                    .any(|r| r.newer && r.path == file)
            })
        });
        self.prefs.remember(path);
        self.show_document(doc);
        if autosaved {
            self.error("Unsaved work from an earlier session exists for this file: go to Start and choose Recover to see it. Changes made now replace that autosave.".to_owned());
        }
        if let Some(doc) = &self.doc
            && !doc.findings.is_empty()
        {
            self.info(format!(
                "{} has {} finding(s), listed below the title bar. What rbr does not understand is kept and saved back unchanged.",
                doc.name(),
                doc.findings.len()
            ));
        }
    }

    fn show_document(&mut self, doc: Document) {
        self.view = QuestionView::default();
        self.view.current = ui::question::in_scope_questions(&doc)
            .next()
            .map(|q| q.id.clone());
        self.notices.retain(|n| n.is_error);
        self.doc = Some(doc);
        self.screen = Screen::Questions;
    }

    fn open_example(&mut self, index: usize) {
        let Some((name, json)) = EXAMPLES.get(index) else {
            return;
        };
        match Assessment::from_bytes(json.as_bytes()) {
            Ok(assessment) => {
                let questionnaire = Arc::clone(&self.built_in);
                let doc =
                    Document::new(questionnaire, assessment, None, format!("{name} (example)"));
                self.show_document(doc);
                self.screen = Screen::Dashboard;
            }
            Err(e) => self.error(format!("The example {name} could not be read: {e}")),
        }
    }

    fn recover(&mut self, path: &Path) {
        let Some(entry) = self.recoveries.iter().find(|r| r.path == path).cloned() else {
            return;
        };
        let mut doc = match self.load(path, entry.original.clone(), "Recovered assessment") {
            Ok(doc) => doc,
            Err(e) => return self.error(format!("Could not recover {e}")),
        };
        // Later autosaves replace this recovery file rather than adding one.
        doc.recovery_key = recovery::key(path);
        doc.changed();
        self.show_document(doc);
        self.info("Recovered the autosaved work. Save it to keep it.".to_owned());
    }

    fn use_questionnaire(&mut self, path: PathBuf) {
        match storage::load_questionnaire(&path) {
            Ok(q) => {
                if let Screen::New(form) = &mut self.screen {
                    form.set_questionnaire(Arc::new(q), path);
                }
            }
            Err(e) => self.error(e.to_string()),
        }
    }

    fn create(&mut self, new: ui::new_assessment::NewAssessment) {
        let questionnaire = match &self.screen {
            Screen::New(form) => Arc::clone(&form.questionnaire),
            _ => Arc::clone(&self.built_in),
        };
        if let Some(path) = &new.questionnaire_path {
            self.prefs
                .questionnaires
                .insert(questionnaire.id.clone(), path.clone());
        }
        let now = assessment::format_timestamp(time::OffsetDateTime::now_utc());
        let all = new.scope.iter().all(|(_, on)| *on);
        let meta = Meta {
            title: new.title.trim().to_owned(),
            organisation: new.organisation.trim().to_owned(),
            assessor: new.assessor.trim().to_owned(),
            created: now.clone(),
            modified: now,
            language: new.language.clone(),
            classification: new.classification.trim().to_owned(),
            status: assessment::Lenient::Valid(Status::Draft),
            scope: (!all).then(|| {
                new.scope
                    .iter()
                    .filter(|(_, on)| *on)
                    .map(|(id, _)| id.clone())
                    .collect()
            }),
            extra: assessment::Extra::new(),
        };
        let assessment = Assessment::new(&questionnaire, meta);
        let mut doc = Document::new(
            questionnaire,
            assessment,
            None,
            "Untitled assessment".to_owned(),
        );
        doc.changed();
        self.show_document(doc);
    }

    fn save(&mut self, ask: bool) {
        let Some(doc) = self.doc.as_ref() else { return };
        if doc.read_only && !ask {
            return self.info(READ_ONLY_NOTICE.to_owned());
        }
        match (&doc.path, ask) {
            (Some(path), false) => self.save_to(path.clone()),
            _ => {
                let name = doc.suggested_file_name();
                if let Some(path) = self.pick(PathPurpose::SaveAssessment, &name) {
                    self.save_to(with_extension(path));
                }
            }
        }
    }

    /// Saves the document to `path` and makes it the document's file.
    fn save_to(&mut self, path: PathBuf) {
        let Some(doc) = self.doc.as_mut() else { return };
        doc.assessment.meta.modified =
            assessment::format_timestamp(time::OffsetDateTime::now_utc());
        doc.assessment.prune_empty_answers();
        let written = match doc.to_json() {
            Ok(bytes) => storage::save_atomic(&path, &bytes).map_err(|e| e.to_string()),
            Err(e) => Err(e.to_string()),
        };
        if let Err(e) = written {
            return self.error(format!(
                "Could not save: {e}. Your changes are still here; try another folder with “Save as”."
            ));
        }
        // The file now holds everything the autosave held.
        self.remove_recovery();
        let Some(doc) = self.doc.as_mut() else { return };
        doc.set_path(path.clone());
        doc.dirty = false;
        doc.unsaved_since = None;
        doc.read_only = false;
        doc.refresh();
        self.prefs.remember(&path);
        self.info(format!("Saved to {}", path.display()));
    }

    fn remove_recovery(&mut self) {
        if let Some(file) = self
            .doc
            .as_ref()
            .and_then(|d| self.recovery_file(&d.recovery_key))
        {
            recovery::remove(&file);
        }
    }

    /// Writes unsaved changes to the recovery folder a few seconds after the last one.
    fn autosave(&mut self, ctx: &egui::Context) {
        let Some(dir) = self.recovery_dir.clone() else {
            return;
        };
        let Some(doc) = self.doc.as_mut().filter(|d| d.dirty && !d.read_only) else {
            return;
        };
        let Some(since) = doc.unsaved_since else {
            return;
        };
        let waited = since.elapsed();
        if waited < AUTOSAVE_AFTER {
            ctx.request_repaint_after(AUTOSAVE_AFTER - waited);
            return;
        }
        let written = doc.to_json().map_err(|e| e.to_string()).and_then(|bytes| {
            recovery::write(&dir, &doc.recovery_key, doc.path.as_deref(), &bytes)
                .map_err(|e| e.to_string())
        });
        match written {
            Ok(_) => doc.unsaved_since = None,
            Err(e) => {
                doc.unsaved_since = None;
                self.error(format!("Autosave failed: {e}. Save your work with Ctrl+S."));
            }
        }
    }

    /// Writes the autosave now (tests use this to simulate the idle timer).
    pub fn autosave_now(&mut self, ctx: &egui::Context) {
        if let Some(doc) = self.doc.as_mut() {
            doc.unsaved_since = Some(std::time::Instant::now() - AUTOSAVE_AFTER);
        }
        self.autosave(ctx);
    }

    /// Writes the PDF gap report on a worker thread, so the window stays responsive.
    ///
    /// The report carries the fingerprint of the file it came from, so unsaved
    /// changes are saved first.
    fn export_pdf(&mut self, ctx: &egui::Context) {
        if self.export.is_some() {
            return;
        }
        if self
            .doc
            .as_ref()
            .is_some_and(|d| !d.read_only && (d.dirty || d.path.is_none()))
        {
            self.save(false);
        }
        let Some(doc) = self.doc.as_ref() else { return };
        if doc.dirty || doc.path.is_none() {
            return self.info(
                "Save the assessment before exporting: the report names the file it came from."
                    .to_owned(),
            );
        }
        let stem = doc.name();
        let stem = stem
            .strip_suffix(".rbr.json")
            .or_else(|| stem.strip_suffix(".json"))
            .unwrap_or(&stem);
        let name = format!("{stem}.pdf");
        if let Some(out) = self.pick(PathPurpose::Pdf, &name) {
            self.export_to(ctx, out);
        }
    }

    /// Writes the PDF gap report of the saved document to `out`, on a worker thread.
    fn export_to(&mut self, ctx: &egui::Context, out: PathBuf) {
        let Some(doc) = self.doc.as_ref() else { return };
        let Some(path) = doc.path.clone().filter(|_| !doc.dirty) else {
            return;
        };
        let questionnaire = Arc::clone(&doc.questionnaire);
        let assessment = doc.assessment.clone();
        let ctx = ctx.clone();
        self.export = Some(std::thread::spawn(move || {
            let result = storage::read_limited(&path)
                .map_err(|e| e.to_string())
                .and_then(|bytes| {
                    crate::report::pdf_for(&questionnaire, &assessment, &bytes, None)
                        .map_err(|e| e.to_string())
                })
                .and_then(|pdf| storage::write_atomic(&out, &pdf).map_err(|e| e.to_string()))
                .map(|()| out);
            ctx.request_repaint();
            result
        }));
    }

    /// Waits for a running PDF export to finish (tests use this).
    pub fn finish_export(&mut self, ctx: &egui::Context) {
        if let Some(job) = &self.export {
            while !job.is_finished() {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
        self.poll_export(ctx);
    }

    fn poll_export(&mut self, ctx: &egui::Context) {
        let Some(job) = self.export.take() else {
            return;
        };
        if !job.is_finished() {
            self.export = Some(job);
            ctx.request_repaint_after(Duration::from_millis(100));
            return;
        }
        match job.join() {
            Ok(Ok(path)) => self.info(format!("Exported the PDF gap report to {}", path.display())),
            Ok(Err(e)) => self.error(format!("Could not export the PDF: {e}")),
            Err(_) => self.error(
                "The PDF export stopped unexpectedly; your assessment is unchanged.".to_owned(),
            ),
        }
    }

    /// Whether a PDF export is running.
    pub fn exporting(&self) -> bool {
        self.export.is_some()
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = match &self.doc {
            None => "rbr".to_owned(),
            Some(doc) => format!(
                "{}{} — rbr{}",
                doc.name(),
                if doc.dirty { " •" } else { "" },
                if doc.read_only { " (read-only)" } else { "" }
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

/// Adds `.rbr.json` to a name chosen without it.
fn with_extension(path: PathBuf) -> PathBuf {
    if path.to_string_lossy().ends_with(".json") {
        path
    } else {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(format!(".{}", assessment::EXTENSION));
        path.with_file_name(name)
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
pub fn run(file: Option<PathBuf>) -> Result<(), String> {
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
    )
    .map_err(|e| format!("could not open the window: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::Level;

    fn app_with_example() -> (App, egui::Context, tempfile::TempDir) {
        let dir = tempfile::tempdir().expect("temp dir");
        let ctx = egui::Context::default();
        let mut app = App::new(
            Prefs::default(),
            Box::new(ScriptedPicker::default()),
            Some(dir.path().to_owned()),
        );
        app.run(&ctx, Command::OpenExample(1));
        (app, ctx, dir)
    }

    fn answer(app: &App) -> Option<assessment::Answer> {
        let doc = app.doc.as_ref().expect("doc");
        let id = app.view.shown(doc).expect("a question");
        doc.assessment.answer(&id).cloned()
    }

    #[test]
    fn leaving_a_dirty_document_waits_for_an_answer() {
        let (mut app, ctx, _dir) = app_with_example();
        app.run(&ctx, Command::SetLevel(Level::new(0)));
        app.run(&ctx, Command::OpenExample(0));
        assert_eq!(app.pending, Some(Command::OpenExample(0)));
        assert!(
            app.doc
                .as_ref()
                .is_some_and(|d| d.name().starts_with("energy-transport"))
        );
        app.run(&ctx, Command::UnsavedCancel);
        assert_eq!(app.pending, None);
        app.run(&ctx, Command::OpenExample(0));
        app.run(&ctx, Command::UnsavedDiscard);
        assert!(
            app.doc
                .as_ref()
                .is_some_and(|d| d.name().starts_with("national"))
        );
    }

    #[test]
    fn level_and_not_applicable_exclude_each_other() {
        let (mut app, ctx, _dir) = app_with_example();
        app.run(&ctx, Command::SetLevel(Level::new(2)));
        app.run(&ctx, Command::ToggleNotApplicable);
        let a = answer(&app).expect("answer");
        assert!(a.not_applicable && a.level.is_none());
        app.run(&ctx, Command::SetLevel(Level::new(3)));
        let a = answer(&app).expect("answer");
        assert!(!a.not_applicable && a.scored_level() == Level::new(3));
        // Clearing the level of an answer with nothing else removes it from the file.
        let doc = app.doc.as_mut().expect("doc");
        let id = app.view.shown(doc).expect("question");
        doc.assessment.answer_mut(&id).evidence.clear();
        doc.assessment.answer_mut(&id).notes.clear();
        app.run(&ctx, Command::SetLevel(None));
        assert_eq!(answer(&app), None);
    }

    #[test]
    fn edits_rescore_at_once() {
        let (mut app, ctx, _dir) = app_with_example();
        let before = app.doc.as_ref().expect("doc").score.overall.readiness;
        app.run(&ctx, Command::SetLevel(Level::new(4)));
        let doc = app.doc.as_ref().expect("doc");
        assert!(doc.dirty);
        assert_ne!(doc.score.overall.readiness, before);
        assert_eq!(
            doc.score,
            crate::scoring::score(&doc.questionnaire, &doc.assessment)
        );
    }

    #[test]
    fn text_goes_to_the_question_it_was_typed_for() {
        let (mut app, ctx, _dir) = app_with_example();
        let typed_for = app.shown_question().expect("a question");
        app.run(&ctx, Command::Next);
        assert_ne!(app.shown_question().as_ref(), Some(&typed_for));
        app.run(
            &ctx,
            Command::SetText(typed_for.clone(), TextField::Notes, "typed late".to_owned()),
        );
        let doc = app.doc.as_ref().expect("doc");
        assert_eq!(
            doc.assessment.answer(&typed_for).map(|a| a.notes.as_str()),
            Some("typed late")
        );
    }

    #[test]
    fn saved_names_get_the_extension() {
        assert_eq!(
            with_extension(PathBuf::from("/x/plan")),
            PathBuf::from("/x/plan.rbr.json")
        );
        assert_eq!(
            with_extension(PathBuf::from("/x/plan.rbr.json")),
            PathBuf::from("/x/plan.rbr.json")
        );
    }
}
