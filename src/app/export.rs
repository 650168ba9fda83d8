//! The PDF export, as a job on a worker thread so the window stays responsive.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use crate::assessment::Assessment;
use crate::i18n::{self, Language};
use crate::questionnaire::Questionnaire;
use crate::report::ReportError;
use crate::storage::{self, FileError};
use crate::t;

/// Why an export wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The saved assessment could not be read back, or is not an assessment.
    #[error("{}", self.message(Language::En))]
    Source(FileError),
    /// The report could not be made (a bad date, a broken font).
    #[error("{}", self.message(Language::En))]
    Report {
        /// The assessment file.
        path: PathBuf,
        /// What went wrong.
        source: ReportError,
    },
    /// The PDF could not be written.
    #[error("{}", self.message(Language::En))]
    Write(FileError),
    /// The worker stopped without an answer (a bug); nothing was written.
    #[error("{}", self.message(Language::En))]
    Crashed,
}

impl ExportError {
    /// What went wrong, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            ExportError::Source(e) | ExportError::Write(e) => e.message(lang),
            ExportError::Report { path, source } => {
                format!("{}: {}", path.display(), source.message(lang))
            }
            ExportError::Crashed => crate::tl!(lang, "notice-export-crashed"),
        }
    }
}

/// A PDF export under way.
pub struct ExportJob {
    handle: JoinHandle<Result<PathBuf, ExportError>>,
}

impl ExportJob {
    /// Starts writing the report of the file at `source` to `out`; with an earlier
    /// round, the report has a "Progress since" section; with a copy number, the
    /// cover of a classified report carries it.
    ///
    /// The report is made from the bytes read from disk, the same bytes its
    /// fingerprint is computed from, as `rbr report` does: what it shows is what the
    /// file holds, never what the window held.
    pub fn start(
        questionnaire: Arc<Questionnaire>,
        (source, earlier, copy): (PathBuf, Option<Assessment>, Option<u32>),
        out: PathBuf,
        ctx: egui::Context,
    ) -> Self {
        let handle = std::thread::spawn(move || {
            let result =
                export(&questionnaire, &source, (earlier.as_ref(), copy), &out).map(|()| out);
            ctx.request_repaint();
            result
        });
        Self { handle }
    }

    /// Whether the job is done (its result can be taken without waiting).
    pub fn is_finished(&self) -> bool {
        self.handle.is_finished()
    }

    /// Waits for the job and returns where the PDF went.
    pub fn finish(self) -> Result<PathBuf, ExportError> {
        self.handle.join().unwrap_or(Err(ExportError::Crashed))
    }
}

/// Reads the assessment file, renders its report from those bytes, writes the PDF.
pub fn export(
    questionnaire: &Questionnaire,
    source: &Path,
    (earlier, copy): (Option<&Assessment>, Option<u32>),
    out: &Path,
) -> Result<(), ExportError> {
    let file = storage::read_assessment(source).map_err(ExportError::Source)?;
    let options = crate::report::ReportOptions {
        earlier,
        copy,
        ..crate::report::ReportOptions::default()
    };
    let pdf = crate::report::pdf_with_options(questionnaire, &file, &options).map_err(|e| {
        ExportError::Report {
            path: source.to_owned(),
            source: e,
        }
    })?;
    storage::write_atomic(out, &pdf).map_err(ExportError::Write)
}

impl crate::app::App {
    pub(super) fn poll_export(&mut self, ctx: &egui::Context) {
        match self.jobs.export.take() {
            Some(job) if job.is_finished() => self.export_done(job),
            Some(job) => {
                self.jobs.export = Some(job);
                ctx.request_repaint_after(Duration::from_millis(100));
            }
            None => {}
        }
    }

    /// Waits for a running PDF export to finish (tests use this).
    pub fn finish_export(&mut self) {
        if let Some(job) = self.jobs.export.take() {
            self.export_done(job);
        }
    }

    fn export_done(&mut self, job: ExportJob) {
        match job.finish() {
            Ok(path) => self
                .notices
                .info(t!("notice-exported", file = path.display().to_string())),
            Err(e) => self.notices.error(t!(
                "notice-export-failed",
                reason = e.message(i18n::ui_language())
            )),
        }
    }

    /// Whether a PDF export is running.
    pub fn exporting(&self) -> bool {
        self.jobs.export.is_some()
    }
}
