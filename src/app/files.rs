//! Opening, recovering, creating and saving assessment files, and starting exports.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::app::{App, Document, ExportJob, NewAssessment, PathPrompt, PathPurpose, Screen};
use crate::app::{EXAMPLES, QuestionView, Refused};
use crate::assessment::{self, Assessment, Meta, Status};
use crate::i18n;
use crate::questionnaire::Questionnaire;
use crate::storage::{self, recovery};
use crate::t;

impl App {
    /// Asks for a questionnaire file for the new-assessment form.
    pub(super) fn choose_questionnaire(&mut self) {
        if let Some(path) = self.pick(PathPurpose::Questionnaire, "") {
            self.use_questionnaire(path);
        }
    }

    /// Asks for a file to open (for review when `read_only`).
    pub(super) fn open_dialog(&mut self, read_only: bool) {
        if let Some(path) = self.pick(PathPurpose::Open { read_only }, "") {
            self.open(&path, read_only);
        }
    }

    /// Deletes an autosaved recovery file the user does not want.
    pub(super) fn discard_recovery(&mut self, ctx: &egui::Context, path: &Path) {
        recovery::remove(path);
        self.refresh_start(ctx);
    }

    pub(super) fn path_chosen(&mut self, ctx: &egui::Context, purpose: PathPurpose, path: PathBuf) {
        self.dialogs.prompt = None;
        match purpose {
            PathPurpose::Open { read_only } => self.open(&path, read_only),
            PathPurpose::SaveAssessment => {
                self.save_to(with_extension(path));
                if self.doc.as_ref().is_some_and(|d| !d.dirty()) {
                    self.run_pending(ctx);
                }
            }
            PathPurpose::Questionnaire => self.use_questionnaire(path),
            PathPurpose::Pdf => self.export_to(ctx, path),
            PathPurpose::Compare => self.compare_with(&path),
            PathPurpose::Spreadsheet(sheet) => self.write_sheet(sheet, path),
            PathPurpose::CombineAdd => self.combine_add(&path),
            PathPurpose::CombineSave => self.combine_save_to(ctx, with_extension(path)),
        }
    }

    /// Asks for a path with a native dialog, or, where there is none, opens a prompt
    /// in the window (its answer comes back as [`Command::PathChosen`]).
    pub(super) fn pick(&mut self, purpose: PathPurpose, suggested_name: &str) -> Option<PathBuf> {
        if !self.picker.has_dialogs() {
            let folder = self
                .doc
                .as_ref()
                .and_then(Document::path)
                .and_then(Path::parent)
                .map(Path::to_path_buf)
                .or_else(|| std::env::current_dir().ok())
                .unwrap_or_default();
            let text = if suggested_name.is_empty() {
                format!("{}{}", folder.display(), std::path::MAIN_SEPARATOR)
            } else {
                folder.join(suggested_name).display().to_string()
            };
            self.dialogs.prompt = Some(PathPrompt { purpose, text });
            return None;
        }
        match purpose {
            PathPurpose::Open { .. } | PathPurpose::Compare => self.picker.open_assessment(),
            PathPurpose::SaveAssessment => self.picker.save_assessment(suggested_name),
            PathPurpose::Questionnaire => self.picker.open_questionnaire(),
            PathPurpose::Pdf => self.picker.save_pdf(suggested_name),
            PathPurpose::Spreadsheet(sheet) => self
                .picker
                .save_spreadsheet(suggested_name, sheet.extension()),
            PathPurpose::CombineAdd => self.picker.open_assessment(),
            PathPurpose::CombineSave => self.picker.save_assessment(suggested_name),
        }
    }

    fn use_questionnaire(&mut self, path: PathBuf) {
        match storage::load_questionnaire(&path) {
            Ok(q) => {
                if let Screen::New(form) = &mut self.view.screen {
                    form.set_questionnaire(Arc::new(q), path);
                }
            }
            Err(e) => self.notices.error(e.message(i18n::ui_language())),
        }
    }

    pub(super) fn create(&mut self, new: NewAssessment) {
        let questionnaire = if let Screen::New(form) = &self.view.screen {
            Arc::clone(&form.questionnaire)
        } else {
            Arc::clone(&self.built_in)
        };
        if let Some(path) = &new.questionnaire_path {
            self.prefs
                .questionnaires
                .insert(questionnaire.id.clone(), path.clone());
        }
        let now = assessment::format_timestamp(time::OffsetDateTime::now_utc());
        let assessment = Assessment::new(&questionnaire, new_meta(&new, now));
        let mut doc = Document::new(questionnaire, assessment, None, t!("doc-untitled"));
        doc.mark_unsaved();
        self.show_document(doc);
    }

    pub(super) fn save(&mut self, ask: bool) {
        let Some(doc) = self.doc.as_ref() else { return };
        // Open for review, only comments and events can be saved back.
        if doc.read_only() && !ask && !doc.dirty() {
            return self
                .notices
                .info(Refused::ReadOnly.message(i18n::ui_language()));
        }
        match (doc.path(), ask) {
            (Some(path), false) => self.save_to(path.to_owned()),
            _ => {
                let name = doc.suggested_file_name();
                if let Some(path) = self.pick(PathPurpose::SaveAssessment, &name) {
                    self.save_to(with_extension(path));
                }
            }
        }
    }

    /// Saves the document to `path` and makes it the document's file; when the
    /// file is the document's own and someone else changed it since it was read
    /// or last saved, it is not overwritten: the app shows what changed and asks.
    fn save_to(&mut self, path: PathBuf) {
        if let Some(conflict) = self.changed_on_disk(&path) {
            self.dialogs.conflict = Some(conflict);
            return;
        }
        self.write_to(path);
    }

    /// Writes the document to `path`, whatever the file holds now.
    pub(super) fn write_to(&mut self, path: PathBuf) {
        let Some(doc) = self.doc.as_mut() else { return };
        let now = assessment::format_timestamp(time::OffsetDateTime::now_utc());
        let written = doc
            .bytes_for_save(now)
            .map_err(|e| e.message(i18n::ui_language()))
            .and_then(|bytes| {
                storage::save_atomic(&path, &bytes)
                    .map(|()| crate::hash::fingerprint(&bytes))
                    .map_err(|e| e.message(i18n::ui_language()))
            });
        let sha256 = match written {
            Ok(sha256) => sha256,
            // The work stays in the window, and the autosave keeps protecting it.
            Err(e) => return self.notices.error(t!("notice-save-failed", reason = e)),
        };
        // The file now holds everything the autosave held.
        self.remove_recovery();
        if self.held_lock() != Some(path.as_path()) {
            self.take_lock(&path);
        }
        let Some(doc) = self.doc.as_mut() else { return };
        doc.saved_to(path.clone());
        doc.set_on_disk(sha256, doc.assessment().clone());
        self.prefs.remember(&path);
        self.jobs.start_stale = true;
        self.notices
            .info(t!("notice-saved", file = path.display().to_string()));
    }

    pub(super) fn questionnaire_for(&mut self, assessment: &Assessment) -> Arc<Questionnaire> {
        let id = &assessment.questionnaire.id;
        if id == &self.built_in.id {
            return Arc::clone(&self.built_in);
        }
        if let Some(path) = self.prefs.questionnaires.get(id).cloned() {
            match storage::load_questionnaire(&path) {
                Ok(q) => return Arc::new(q),
                Err(e) => self.notices.error(t!(
                    "notice-questionnaire-fallback",
                    reason = e.message(i18n::ui_language())
                )),
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
        let read = storage::read_assessment(file)?;
        let sha256 = read.fingerprint();
        let assessment = read.into_assessment();
        let questionnaire = self.questionnaire_for(&assessment);
        let mut doc = Document::new(
            questionnaire,
            assessment.clone(),
            path,
            untitled_name.to_owned(),
        );
        doc.set_on_disk(sha256, assessment);
        Ok(doc)
    }

    /// Opens `path`; for editing, first asks when someone else has it open.
    pub(super) fn open(&mut self, path: &Path, read_only: bool) {
        if !read_only && let Some(prompt) = self.live_lock(path) {
            self.dialogs.locked = Some(prompt);
            return;
        }
        self.open_anyway(path, read_only);
    }

    /// Opens `path`, taking its lock when it is opened for editing.
    pub(super) fn open_anyway(&mut self, path: &Path, read_only: bool) {
        let mut doc = match self.load(path, Some(path.to_owned()), "") {
            Ok(doc) => doc,
            Err(e) => {
                return self.notices.error(t!(
                    "notice-open-failed",
                    reason = e.message(i18n::ui_language())
                ));
            }
        };
        doc.set_read_only(read_only || storage::is_read_only(path));
        let autosaved = self.has_newer_autosave(doc.recovery_key());
        self.prefs.remember(path);
        self.jobs.start_stale = true;
        let editing = !doc.read_only();
        self.show_document(doc);
        if editing {
            self.take_lock(path);
        }
        if autosaved {
            self.notices.error(t!("notice-newer-autosave"));
        }
        if let Some(doc) = &self.doc
            && !doc.findings().is_empty()
        {
            self.notices.info(t!(
                "notice-findings",
                name = doc.name(),
                count = doc.findings().len()
            ));
        }
    }

    fn show_document(&mut self, doc: Document) {
        // The file that was open is closed: its lock goes with it.
        self.release_lock();
        self.view.questions = QuestionView {
            current: doc.in_scope_questions().next().map(|q| q.id.clone()),
            ..QuestionView::default()
        };
        self.notices.clear_info();
        // A comparison belongs to the assessment it was made for, and so do the
        // export's answers.
        self.view.earlier = None;
        self.dialogs.export_check = crate::app::ExportCheck::default();
        self.doc = Some(doc);
        self.view.screen = Screen::Questions;
    }

    pub(super) fn open_example(&mut self, index: usize) {
        let Some((name, json)) = EXAMPLES.get(index) else {
            return;
        };
        match Assessment::from_bytes(json.as_bytes()) {
            Ok(assessment) => {
                let questionnaire = Arc::clone(&self.built_in);
                let doc = Document::new(
                    questionnaire,
                    assessment,
                    None,
                    t!("doc-example", name = *name),
                );
                self.show_document(doc);
                self.view.screen = Screen::Dashboard;
            }
            Err(e) => self.notices.error(t!(
                "notice-example-unreadable",
                name = *name,
                reason = e.message(i18n::ui_language())
            )),
        }
    }

    pub(super) fn recover(&mut self, path: &Path) {
        let Some(entry) = self
            .view
            .start
            .recoveries
            .iter()
            .find(|r| r.path == path)
            .cloned()
        else {
            return;
        };
        let mut doc = match self.load(path, entry.original.clone(), &t!("doc-recovered")) {
            Ok(doc) => doc,
            Err(e) => {
                return self.notices.error(t!(
                    "notice-recover-failed",
                    reason = e.message(i18n::ui_language())
                ));
            }
        };
        // Later autosaves replace this recovery file rather than adding one.
        doc.set_recovery_key(recovery::key(path));
        // The recovered work is weighed against the file as it is now, not
        // against the recovery file it was read from.
        match entry.original.as_deref().map(storage::read_assessment) {
            Some(Ok(read)) => doc.set_on_disk(read.fingerprint(), read.into_assessment()),
            Some(Err(_)) | None => doc.forget_on_disk(),
        }
        doc.mark_unsaved();
        self.show_document(doc);
        self.notices.info(t!("notice-recovered"));
    }

    /// Saves unsaved work before an export (what is exported names the file it came
    /// from by its SHA-256), and suggests the export's name: the file's, with
    /// `extension`. None, with a notice, when the document cannot be saved.
    pub(super) fn export_name(&mut self, extension: &str) -> Option<String> {
        if self
            .doc
            .as_ref()
            .is_some_and(|d| !d.read_only() && (d.dirty() || d.path().is_none()))
        {
            self.save(false);
        }
        let doc = self.doc.as_ref()?;
        if doc.dirty() || doc.path().is_none() {
            self.notices.info(t!("notice-save-before-export"));
            return None;
        }
        let name = doc.name();
        let stem = name
            .strip_suffix(".rbr.json")
            .or_else(|| name.strip_suffix(".json"))
            .unwrap_or(&name);
        Some(format!("{stem}.{extension}"))
    }

    /// Writes the PDF gap report on a worker thread, so the window stays responsive.
    ///
    /// The report carries the fingerprint of the file it came from, so unsaved
    /// changes are saved first.
    pub(super) fn export_pdf(&mut self, ctx: &egui::Context, copy: Option<u32>) {
        if self.jobs.export.is_some() {
            return;
        }
        self.dialogs.export_check.copy = copy;
        let Some(name) = self.export_name("pdf") else {
            return;
        };
        if let Some(out) = self.pick(PathPurpose::Pdf, &name) {
            self.export_to(ctx, out);
        }
    }

    /// Writes the PDF gap report of the saved document to `out`, on a worker thread.
    fn export_to(&mut self, ctx: &egui::Context, out: PathBuf) {
        let Some(doc) = self.doc.as_ref() else { return };
        let Some(path) = doc.path().filter(|_| !doc.dirty()) else {
            return;
        };
        let earlier = self.view.earlier.as_ref().map(|e| e.assessment.clone());
        self.jobs.export = Some(ExportJob::start(
            Arc::clone(doc.questionnaire()),
            (path.to_owned(), earlier, self.dialogs.export_check.copy),
            out,
            ctx.clone(),
        ));
    }
}

/// The meta of a new assessment, from the form.
fn new_meta(new: &NewAssessment, now: String) -> Meta {
    let all = new.scope.iter().all(|(_, on)| *on);
    Meta {
        title: new.title.trim().to_owned(),
        organisation: new.organisation.trim().to_owned(),
        assessor: new.assessor.trim().to_owned(),
        created: now.clone(),
        modified: now,
        language: new.language.clone(),
        classification: new.classification.trim().to_owned(),
        time_zone: new.time_zone.trim().to_owned(),
        place: new.place.trim().to_owned(),
        status: assessment::Lenient::Valid(Status::Draft),
        scope: (!all).then(|| {
            new.scope
                .iter()
                .filter(|(_, on)| *on)
                .map(|(id, _)| id.clone())
                .collect()
        }),
        merged_from: Vec::new(),
        extra: assessment::Extra::new(),
    }
}

/// Adds `.rbr.json` to a name chosen without it.
pub(super) fn with_extension(path: PathBuf) -> PathBuf {
    if path.to_string_lossy().ends_with(".json") {
        path
    } else {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(format!(".{}", assessment::EXTENSION));
        path.with_file_name(name)
    }
}
