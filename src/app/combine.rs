//! The Combine screen's state and commands: the files a national coordinator
//! combines, what combining them meets (who covers which area, every conflict), the
//! side chosen in each conflict, and saving the result as a new assessment. The
//! files combined are only ever read.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::app::files::with_extension;
use crate::app::{App, Command, Document, PathPurpose, Screen};
use crate::assessment::{self, AssessmentFile, SerializeError};
use crate::i18n::{self, Language};
use crate::merge::{
    self, Analysis, ConflictKey, Coverage, MergeError, Resolutions, Settings, SourceFile,
};
use crate::questionnaire::Questionnaire;
use crate::storage::{self, FileError};
use crate::t;

/// What the Combine screen asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CombineStep {
    /// Ask for files to add (a dialog choosing several, or a typed path).
    Add,
    /// Take the file at this index out of the list.
    Remove(usize),
    /// The file at this index wins this conflict.
    Choose(ConflictKey, usize),
    /// The file at this index wins every conflict it takes a side in.
    Prefer(usize),
    /// Ask where, combine, save the result there and open it.
    Save,
}

/// The files chosen to combine, what combining them meets, and the choices made.
#[derive(Debug, Clone, PartialEq)]
pub struct CombineState {
    /// The questionnaire the files answer (the first file's).
    pub questionnaire: Arc<Questionnaire>,
    /// Where each file was read from, in the order added.
    pub paths: Vec<PathBuf>,
    /// Each file as read, with its name and fingerprint; same order as `paths`.
    pub sources: Vec<SourceFile>,
    /// Who covers which area, and every conflict.
    pub analysis: Analysis,
    /// The file chosen in each conflict settled so far.
    pub resolutions: Resolutions,
    /// The combined assessment's title.
    pub title: String,
    /// The organisation it is for.
    pub organisation: String,
}

impl CombineState {
    /// No file yet.
    pub fn new(questionnaire: Arc<Questionnaire>) -> Self {
        let analysis = empty_analysis(&questionnaire);
        Self {
            questionnaire,
            paths: Vec::new(),
            sources: Vec::new(),
            analysis,
            resolutions: Resolutions::new(),
            title: String::new(),
            organisation: String::new(),
        }
    }

    /// The language the questionnaire's texts are shown in: the interface's, since
    /// the coordinator reads this screen, whatever language each file is written in
    /// (the combined assessment takes the first file's).
    pub fn language(&self) -> &'static str {
        i18n::ui_language().code()
    }

    /// How many conflicts have no chosen file yet.
    pub fn unsettled(&self) -> usize {
        self.analysis
            .conflicts
            .iter()
            .filter(|c| self.resolutions.chosen(&c.key).is_none())
            .count()
    }

    /// Whether the combined assessment can be saved: two files or more, every
    /// conflict settled.
    pub fn can_save(&self) -> bool {
        self.sources.len() >= 2 && self.unsettled() == 0
    }

    /// Whether `path` is already in the list (the same file by another path too).
    pub fn contains(&self, path: &Path) -> bool {
        self.paths.iter().any(|p| storage::same_file(p, path))
    }

    /// Adds a file read from `path`; refused, with the reason, when it answers
    /// another questionnaire than the files already there.
    fn add(&mut self, path: &Path, file: AssessmentFile) -> Result<(), MergeError> {
        let name = display_name(path);
        self.paths.push(path.to_owned());
        self.sources.push(SourceFile::new(name, file));
        if let Err(e) = self.reanalyse() {
            self.paths.pop();
            self.sources.pop();
            self.reanalyse().ok();
            return Err(e);
        }
        Ok(())
    }

    /// Takes the file at `index` out; the choices made between the others stay.
    fn remove(&mut self, index: usize) {
        if index >= self.sources.len() {
            return;
        }
        let kept: Vec<(ConflictKey, usize)> = self
            .analysis
            .conflicts
            .iter()
            .filter_map(|c| {
                let chosen = self.resolutions.chosen(&c.key)?;
                let moved = match chosen.cmp(&index) {
                    std::cmp::Ordering::Less => chosen,
                    std::cmp::Ordering::Equal => return None,
                    std::cmp::Ordering::Greater => chosen - 1,
                };
                Some((c.key.clone(), moved))
            })
            .collect();
        self.paths.remove(index);
        self.sources.remove(index);
        self.reanalyse().ok();
        self.resolutions = Resolutions::new();
        for (key, source) in kept {
            let still = self
                .analysis
                .conflicts
                .iter()
                .any(|c| c.key == key && c.sides.iter().any(|side| side.source == source));
            if still {
                self.resolutions.choose(key, source);
            }
        }
    }

    /// The file at `index` wins every conflict it takes a side in.
    fn prefer(&mut self, index: usize) {
        for conflict in &self.analysis.conflicts {
            if conflict.sides.iter().any(|side| side.source == index) {
                self.resolutions.choose(conflict.key.clone(), index);
            }
        }
    }

    /// Works out coverage and conflicts again after the list changed.
    fn reanalyse(&mut self) -> Result<(), MergeError> {
        if self.sources.is_empty() {
            self.analysis = empty_analysis(&self.questionnaire);
            return Ok(());
        }
        self.analysis = merge::analyse(&self.questionnaire, &self.sources)?;
        Ok(())
    }

    /// The combined assessment's bytes, as saved.
    fn combined(&self) -> Result<Vec<u8>, CombineError> {
        let settings = Settings {
            title: self.title.trim().to_owned(),
            organisation: self.organisation.trim().to_owned(),
            created: assessment::format_timestamp(time::OffsetDateTime::now_utc()),
        };
        let merged = merge::merge(
            &self.questionnaire,
            &self.sources,
            &self.resolutions,
            &settings,
        )?;
        Ok(merged.to_json(&self.questionnaire)?)
    }

    /// A file name for the result, from its title.
    fn suggested_file_name(&self) -> String {
        let title = if self.title.trim().is_empty() {
            "combined"
        } else {
            self.title.trim()
        };
        crate::app::document::file_name_for(title)
    }
}

/// Why the combined file was not written.
#[derive(Debug, thiserror::Error)]
pub enum CombineError {
    /// The files cannot be combined.
    #[error(transparent)]
    Merge(#[from] MergeError),
    /// The result cannot be written as JSON.
    #[error(transparent)]
    Serialize(#[from] SerializeError),
    /// The file cannot be saved.
    #[error(transparent)]
    Save(#[from] FileError),
}

impl CombineError {
    /// Why, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            CombineError::Merge(e) => e.message(lang),
            CombineError::Serialize(e) => e.message(lang),
            CombineError::Save(e) => e.message(lang),
        }
    }
}

/// Every area uncovered, no conflict: what the screen shows before any file.
fn empty_analysis(questionnaire: &Questionnaire) -> Analysis {
    Analysis {
        coverage: questionnaire
            .areas
            .iter()
            .map(|area| Coverage {
                area: area.id.clone(),
                sources: Vec::new(),
            })
            .collect(),
        conflicts: Vec::new(),
    }
}

/// A path's file name, or the whole path when it has none.
fn display_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

impl App {
    fn combine_state(&mut self) -> Option<&mut CombineState> {
        if let Screen::Combine(state) = &mut self.view.screen {
            Some(state)
        } else {
            None
        }
    }

    /// Shows the Combine screen with no file yet.
    pub(super) fn show_combine(&mut self) {
        let questionnaire = Arc::clone(&self.built_in);
        self.view.screen = Screen::Combine(Box::new(CombineState::new(questionnaire)));
    }

    /// Runs a step of the Combine screen.
    pub(super) fn run_combine(&mut self, ctx: &egui::Context, step: CombineStep) {
        match step {
            CombineStep::Add => self.combine_ask_files(),
            CombineStep::Remove(index) => {
                if let Some(state) = self.combine_state() {
                    state.remove(index);
                }
            }
            CombineStep::Choose(key, source) => {
                if let Some(state) = self.combine_state() {
                    state.resolutions.choose(key, source);
                }
            }
            CombineStep::Prefer(index) => {
                if let Some(state) = self.combine_state() {
                    state.prefer(index);
                }
            }
            CombineStep::Save => {
                let Some(state) = self.combine_state() else {
                    return;
                };
                if !state.can_save() {
                    return;
                }
                let name = state.suggested_file_name();
                if let Some(path) = self.pick(PathPurpose::CombineSave, &name) {
                    self.combine_save_to(ctx, with_extension(path));
                }
            }
        }
    }

    /// Asks for the files to add: several at once in a dialog, or one typed path.
    fn combine_ask_files(&mut self) {
        if self.picker.has_dialogs() {
            for path in self.picker.open_assessments() {
                self.combine_add(&path);
            }
            return;
        }
        let folder = self.combine_state().and_then(|s| {
            s.paths
                .last()
                .and_then(|p| p.parent())
                .map(Path::to_path_buf)
        });
        self.pick(PathPurpose::CombineAdd, "");
        if let (Some(prompt), Some(folder)) = (self.dialogs.prompt.as_mut(), folder) {
            prompt.text = format!("{}{}", folder.display(), std::path::MAIN_SEPARATOR);
        }
    }

    /// Reads the file at `path` and adds it to the list; one that cannot be used is
    /// named in a notice, and the others stay.
    pub(super) fn combine_add(&mut self, path: &Path) {
        let lang = i18n::ui_language();
        let Some(state) = self.combine_state() else {
            return;
        };
        if state.contains(path) {
            let file = display_name(path);
            return self
                .notices
                .info(t!("notice-combine-already-added", file = file));
        }
        let file = match storage::read_assessment(path) {
            Ok(read) => read,
            Err(e) => {
                let reason = e.message(lang);
                return self
                    .notices
                    .error(t!("notice-combine-unreadable", reason = reason));
            }
        };
        let first = self.combine_state().is_some_and(|s| s.sources.is_empty());
        let questionnaire = first.then(|| self.questionnaire_for(file.assessment()));
        let Some(state) = self.combine_state() else {
            return;
        };
        if let Some(questionnaire) = questionnaire {
            state.questionnaire = questionnaire;
        }
        if let Err(e) = state.add(path, file) {
            let reason = e.message(lang);
            self.notices
                .error(t!("notice-combine-unreadable", reason = reason));
        }
    }

    /// Combines the files, saves the result to `path` (never one of the files
    /// combined) and opens it.
    pub(super) fn combine_save_to(&mut self, ctx: &egui::Context, path: PathBuf) {
        let lang = i18n::ui_language();
        let Some(state) = self.combine_state() else {
            return;
        };
        if state.contains(&path) {
            let file = path.display().to_string();
            return self
                .notices
                .error(t!("notice-combine-output-is-source", file = file));
        }
        let count = state.sources.len();
        let written = state
            .combined()
            .and_then(|bytes| Ok(storage::save_atomic(&path, &bytes)?));
        if let Err(e) = written {
            let reason = e.message(lang);
            return self
                .notices
                .error(t!("notice-combine-failed", reason = reason));
        }
        self.run(
            ctx,
            Command::Open {
                path: path.clone(),
                read_only: false,
            },
        );
        let file = path.display().to_string();
        let opened = self.doc.as_ref().and_then(Document::path) == Some(path.as_path());
        if opened || self.dialogs.pending.is_some() {
            self.notices
                .info(t!("notice-combined", count = count, file = file));
        }
    }
}
