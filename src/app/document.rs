//! The open assessment, with what the app derives from it (score, findings).

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use crate::assessment::{Assessment, EXTENSION, Finding};
use crate::questionnaire::Questionnaire;
use crate::scoring::{self, Score};

/// An assessment open in the app.
pub struct Document {
    /// The questionnaire its answers refer to.
    pub questionnaire: Arc<Questionnaire>,
    /// The assessment, the single source of truth for answers.
    pub assessment: Assessment,
    /// The file it was opened from or last saved to.
    pub path: Option<PathBuf>,
    /// A name for a document never saved (an example's file name, "Untitled").
    pub untitled_name: String,
    /// Opened for review: nothing can be changed.
    pub read_only: bool,
    /// Changes not yet saved to `path`.
    pub dirty: bool,
    /// The score, from the core's scoring function, refreshed on every change.
    pub score: Score,
    /// Findings in the assessment, refreshed on every change.
    pub findings: Vec<Finding>,
    /// Identifies this document's recovery file.
    pub recovery_key: String,
    /// When the last change not yet autosaved was made.
    pub unsaved_since: Option<Instant>,
}

impl Document {
    /// Wraps an assessment loaded or created by the app.
    pub fn new(
        questionnaire: Arc<Questionnaire>,
        assessment: Assessment,
        path: Option<PathBuf>,
        untitled_name: String,
    ) -> Self {
        let score = scoring::score(&questionnaire, &assessment);
        let findings = assessment.findings(&questionnaire);
        let recovery_key = recovery_key(path.as_deref(), &assessment);
        Self {
            questionnaire,
            assessment,
            path,
            untitled_name,
            read_only: false,
            dirty: false,
            score,
            findings,
            recovery_key,
            unsaved_since: None,
        }
    }

    /// Records a change: marks the document dirty and refreshes what derives from it.
    pub fn changed(&mut self) {
        self.dirty = true;
        self.unsaved_since = Some(Instant::now());
        self.refresh();
    }

    /// Recomputes the score and findings.
    pub fn refresh(&mut self) {
        self.score = scoring::score(&self.questionnaire, &self.assessment);
        self.findings = self.assessment.findings(&self.questionnaire);
    }

    /// The file name shown in the title bar.
    pub fn name(&self) -> String {
        self.path.as_deref().and_then(Path::file_name).map_or_else(
            || self.untitled_name.clone(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// A file name to suggest when saving for the first time.
    pub fn suggested_file_name(&self) -> String {
        let base: String = self
            .assessment
            .meta
            .title
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        let base = base.trim_matches('-');
        format!(
            "{}.{EXTENSION}",
            if base.is_empty() { "assessment" } else { base }
        )
    }

    /// Points the document at a new file (after "Save as"); its recovery key follows.
    pub fn set_path(&mut self, path: PathBuf) {
        if self.path.as_deref() != Some(path.as_path()) {
            self.recovery_key = recovery_key(Some(&path), &self.assessment);
            self.path = Some(path);
        }
    }

    /// Bytes of the file as it would be saved.
    pub fn to_json(&self) -> Result<Vec<u8>, crate::assessment::SerializeError> {
        self.assessment.to_json(&self.questionnaire)
    }
}

/// A stable key per file (so reopening finds its recovery), unique per new assessment.
fn recovery_key(path: Option<&Path>, assessment: &Assessment) -> String {
    use sha2::{Digest, Sha256};
    let seed = match path {
        Some(path) => std::path::absolute(path)
            .unwrap_or_else(|_| path.to_owned())
            .to_string_lossy()
            .into_owned(),
        None => format!(
            "new:{}:{}",
            assessment.meta.created,
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos())
        ),
    };
    let digest = Sha256::digest(seed.as_bytes());
    let hex: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("{}-{hex}", if path.is_some() { "file" } else { "new" })
}
