//! The one place where commands run: [`App::run`], one arm per command, so a new
//! [`Command`] does not compile until it is given something to do.

use std::sync::Arc;

use crate::app::{App, Command, Document, NewForm, ReviewDialog, ReviewEdit, Screen};
use crate::i18n::Language;
use crate::questionnaire::QuestionId;
use crate::review::Action;

impl App {
    /// Runs one command. The only place where the app changes files or documents.
    pub fn run(&mut self, ctx: &egui::Context, command: Command) {
        if command.leaves_document() && self.doc.as_ref().is_some_and(Document::has_unsaved_work) {
            self.dialogs.pending = Some(command);
            return;
        }
        match command {
            // The document and its review.
            Command::Edit(edit) => self.edit(edit),
            Command::KeyEdit(key) => self.key_edit(key),
            Command::Review(edit) => self.review_step(edit),
            Command::AskAction(action) => self.ask_action(action),
            Command::SetIdentity(identity) => self.set_identity(identity),
            Command::CancelReviewDialog => self.dialogs.review.dialog = None,
            Command::EditIdentity => self.edit_identity(),
            Command::Conflict(choice) => self.settle_conflict(choice),
            Command::OpenLocked { read_only } => {
                if let Some(prompt) = self.dialogs.locked.take() {
                    self.open_anyway(&prompt.path, read_only);
                }
            }
            Command::CancelLocked => self.dialogs.locked = None,
            Command::CreateKey => self.create_key(),
            Command::ChooseKey => self.choose_key(),
            Command::UnlockKey => self.unlock_key(),
            Command::ForgetKey => self.forget_key(),
            Command::Go(step) => {
                if let Some(doc) = &self.doc {
                    self.view.questions.step(doc, step);
                }
            }
            // What is shown.
            Command::ShowStart => {
                self.refresh_start(ctx);
                self.view.screen = Screen::Start;
            }
            Command::ShowNewForm => {
                self.view.screen = Screen::New(Box::new(NewForm::new(Arc::clone(&self.built_in))));
            }
            Command::ShowCombine => self.show_combine(),
            Command::ShowQuestion(id) => self.show_question(id),
            Command::ShowQuestions => self.show_document_screen(Screen::Questions),
            Command::ShowDashboard => self.show_document_screen(Screen::Dashboard),
            Command::ShowPlan => self.show_document_screen(Screen::Plan),
            Command::ToggleHelp => self.view.help_open = !self.view.help_open,
            Command::FocusField(field) => self.view.questions.focus = Some(field),
            Command::CycleTheme => {
                self.prefs.theme = self.prefs.theme.next();
                ctx.set_theme(self.prefs.theme.preference());
            }
            Command::SetInterfaceLanguage(language) => self.set_interface_language(ctx, language),
            Command::DismissNotice(index) => self.notices.dismiss(index),
            // Files.
            Command::ChooseQuestionnaire => self.choose_questionnaire(),
            Command::Create(new) => self.create(new),
            Command::OpenDialog { read_only } => self.open_dialog(read_only),
            Command::Open { path, read_only } => self.open(&path, read_only),
            Command::OpenExample(index) => self.open_example(index),
            Command::Recover(path) => self.recover(&path),
            Command::DiscardRecovery(path) => self.discard_recovery(ctx, &path),
            Command::Save => self.save(false),
            Command::SaveAs => self.save(true),
            Command::PathChosen(purpose, path) => self.path_chosen(ctx, purpose, path),
            Command::CancelPrompt => self.dialogs.prompt = None,
            // Exports, comparisons, combining.
            Command::ExportPdf => self.ask_before_export(ctx),
            Command::ConfirmExport(copy) => self.confirm_export(ctx, copy),
            Command::CancelExport => self.dialogs.export_check.dialog = None,
            Command::ExportSheet(sheet) => self.export_sheet(sheet),
            Command::CompareDialog => self.compare_dialog(),
            Command::CloseComparison => self.view.earlier = None,
            Command::Combine(step) => self.run_combine(ctx, step),
            // The question that guards unsaved work, and leaving.
            Command::UnsavedSave => self.unsaved_save(ctx),
            Command::UnsavedDiscard => self.unsaved_discard(ctx),
            Command::UnsavedCancel => self.dialogs.pending = None,
            Command::Quit => {
                self.release_lock();
                self.window.allow_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn ask_action(&mut self, action: Action) {
        self.dialogs.review.dialog = Some(ReviewDialog::Act {
            action,
            note: String::new(),
        });
    }

    /// Remembers who is reviewing, then takes the step that asked for it.
    fn set_identity(&mut self, identity: crate::app::Identity) {
        let then: Option<ReviewEdit> = match self.dialogs.review.dialog.take() {
            Some(ReviewDialog::Identity { then, .. }) => then,
            Some(ReviewDialog::Act { .. }) | None => None,
        };
        self.prefs.identity = Some(identity);
        if let Some(edit) = then {
            self.review_step(edit);
        }
    }

    fn show_question(&mut self, id: QuestionId) {
        self.view.questions.current = Some(id);
        self.view.screen = Screen::Questions;
    }

    /// A screen of the open document; nothing without one.
    fn show_document_screen(&mut self, screen: Screen) {
        if self.doc.is_some() {
            self.view.screen = screen;
        }
    }

    fn set_interface_language(&mut self, ctx: &egui::Context, language: Language) {
        crate::i18n::set_ui_language(language);
        // The start screen's lists were worded in the old language.
        self.jobs.start_stale = true;
        self.prefs.language = Some(language);
        // The frame just drawn is in the old language.
        ctx.request_repaint();
    }

    /// "Save changes?" answered Save: save, then do what was asked.
    fn unsaved_save(&mut self, ctx: &egui::Context) {
        self.save(false);
        if self.doc.as_ref().is_some_and(|d| !d.dirty()) {
            self.run_pending(ctx);
        }
    }

    /// "Save changes?" answered Discard: drop the changes and their autosave, then
    /// do what was asked.
    fn unsaved_discard(&mut self, ctx: &egui::Context) {
        self.remove_recovery();
        if let Some(doc) = self.doc.as_mut() {
            doc.discard_changes();
        }
        self.run_pending(ctx);
    }
}
