//! What the start screen lists (recent files, autosaves), read on a worker thread so
//! that a slow or unreachable network folder never freezes the window.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};

use crate::assessment::{Assessment, Status, format_timestamp};
use crate::i18n::{self, Language};
use crate::storage::{self, FileError, recovery};

/// What the start screen shows of an assessment file.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// Its title, or a placeholder.
    pub title: String,
    /// The organisation assessed, or a placeholder.
    pub organisation: String,
    /// Its status, when it is one rbr knows.
    pub status: Option<Status>,
    /// `meta.modified` as written (RFC 3339).
    pub modified: String,
    /// `meta.time_zone`, the zone its date is read in.
    pub time_zone: String,
}

impl Summary {
    fn of(assessment: &Assessment) -> Self {
        let meta = &assessment.meta;
        Self {
            title: meta.title_or_placeholder().to_owned(),
            organisation: meta.organisation_or_placeholder().to_owned(),
            status: assessment.status(),
            modified: meta.modified.clone(),
            time_zone: meta.time_zone.clone(),
        }
    }
}

/// Why a listed file cannot be opened.
#[derive(Debug, Clone, PartialEq)]
pub enum Unusable {
    /// It cannot be read: moved, deleted, no permission.
    Unreadable,
    /// It was read but is not a usable assessment; the message says why.
    Invalid(String),
}

fn summarise(lang: Language, path: &Path) -> Result<Summary, Unusable> {
    storage::load_assessment(path)
        .map(|a| Summary::of(&a))
        .map_err(|e| match e {
            FileError::Io { .. } => Unusable::Unreadable,
            FileError::Assessment { .. }
            | FileError::Save { .. }
            | FileError::Questionnaire { .. } => Unusable::Invalid(e.message(lang)),
        })
}

/// A recent file, with what the start screen shows of it.
#[derive(Debug, Clone, PartialEq)]
pub struct RecentEntry {
    /// The file.
    pub path: PathBuf,
    /// What it holds; none while it is being read.
    pub summary: Option<Result<Summary, Unusable>>,
}

/// An autosave that holds unsaved work.
#[derive(Debug, Clone, PartialEq)]
pub struct RecoveryEntry {
    /// The recovery file.
    pub path: PathBuf,
    /// The file it belongs to, if it was ever saved.
    pub original: Option<PathBuf>,
    /// When it was autosaved (RFC 3339, UTC).
    pub autosaved: String,
    /// What it holds.
    pub summary: Result<Summary, Unusable>,
}

/// Everything the start screen lists.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StartLists {
    /// Recently opened or saved files, most recent first.
    pub recent: Vec<RecentEntry>,
    /// Autosaves that hold work their files do not.
    pub recoveries: Vec<RecoveryEntry>,
}

impl StartLists {
    /// The recent files, not yet read.
    pub fn unread(recent: &[PathBuf]) -> Self {
        Self {
            recent: recent
                .iter()
                .map(|path| RecentEntry {
                    path: path.clone(),
                    summary: None,
                })
                .collect(),
            recoveries: Vec::new(),
        }
    }

    /// Reads every recent file and the recovery folder (slow: on a worker thread);
    /// what cannot be used is said in `lang`.
    pub fn read(lang: Language, recent: &[PathBuf], recovery_dir: Option<&Path>) -> Self {
        let recent = recent
            .iter()
            .map(|path| RecentEntry {
                path: path.clone(),
                summary: Some(summarise(lang, path)),
            })
            .collect();
        let recoveries = recovery_dir
            .map(recovery::list)
            .unwrap_or_default()
            .into_iter()
            .filter(|r| r.newer)
            .map(|r| RecoveryEntry {
                summary: summarise(lang, &r.path),
                autosaved: format_timestamp(r.saved.into()),
                path: r.path,
                original: r.original,
            })
            .collect();
        Self { recent, recoveries }
    }
}

/// Start-screen lists being read on a worker thread.
pub struct StartReader {
    results: Receiver<StartLists>,
    recent: Vec<PathBuf>,
}

impl StartReader {
    /// Starts reading; `ctx` is woken when the lists are ready.
    pub fn start(
        lang: Language,
        recent: Vec<PathBuf>,
        recovery_dir: Option<PathBuf>,
        ctx: egui::Context,
    ) -> Self {
        let (sender, results) = mpsc::channel();
        let paths = recent.clone();
        std::thread::spawn(move || {
            let lists = StartLists::read(lang, &recent, recovery_dir.as_deref());
            // The app may have gone (window closed): nobody is waiting then.
            let _ = sender.send(lists);
            ctx.request_repaint();
        });
        Self {
            results,
            recent: paths,
        }
    }

    /// The lists, once they are ready. Should the reader stop without them, the
    /// recent files are listed unread rather than not at all.
    pub fn poll(&self) -> Option<StartLists> {
        match self.results.try_recv() {
            Ok(lists) => Some(lists),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(StartLists::unread(&self.recent)),
        }
    }

    /// Waits for the lists (tests use this).
    pub fn wait(self) -> Option<StartLists> {
        self.results.recv().ok()
    }
}

impl crate::app::App {
    /// Reads again, on a worker thread, what the start screen lists.
    pub fn refresh_start(&mut self, ctx: &egui::Context) {
        self.jobs.start_stale = false;
        self.jobs.start_reader = Some(StartReader::start(
            i18n::ui_language(),
            self.prefs.recent.clone(),
            self.window.recovery_dir.clone(),
            ctx.clone(),
        ));
    }

    pub(super) fn poll_start(&mut self) {
        if let Some(lists) = self.jobs.start_reader.as_ref().and_then(StartReader::poll) {
            self.view.start = lists;
            self.jobs.start_reader = None;
        }
    }

    /// Waits for the start screen's lists (tests use this).
    pub fn finish_start(&mut self) {
        if let Some(lists) = self.jobs.start_reader.take().and_then(StartReader::wait) {
            self.view.start = lists;
        }
    }
}
