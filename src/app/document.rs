//! The open assessment, with what the app derives from it (score, findings), and the
//! one function that changes it: [`Document::apply`].

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use crate::app::edit::{Edit, PlanEdit, ReviewEdit};
use crate::assessment::{
    Assessment, EXTENSION, Finding, Lenient, Milestone, PlanEntry, SerializeError,
};
use crate::i18n::Language;
use crate::questionnaire::{Question, QuestionId, Questionnaire};
use crate::review::{self, Actor, ReviewError};
use crate::scoring::{self, Score};

/// Why [`Document::apply`] refused an edit; nothing changed.
#[derive(Debug, thiserror::Error)]
pub enum Refused {
    /// The document is open for review: only comments and workflow actions.
    #[error("{}", self.message(Language::En))]
    ReadOnly,
    /// The assessment is approved: its answers change only after reopening it.
    #[error("{}", self.message(Language::En))]
    Approved,
    /// The review rules refused the step.
    #[error("{}", self.message(Language::En))]
    Review(#[from] ReviewError),
    /// The question does not accept "not applicable".
    #[error("{}", self.message(Language::En))]
    NotApplicable {
        /// The question.
        question: QuestionId,
        /// Why not, as the questionnaire says.
        note: crate::text::Text,
    },
}

impl Refused {
    /// Why, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            Refused::ReadOnly => crate::tl!(lang, "notice-read-only"),
            Refused::Approved => crate::tl!(lang, "notice-approved-locked"),
            Refused::Review(e) => e.message(lang),
            Refused::NotApplicable { question, note } => crate::tl!(
                lang,
                "notice-not-applicable-refused",
                question = question.as_str(),
                note = note.get(lang.code())
            ),
        }
    }
}

/// An assessment open in the app.
pub struct Document {
    questionnaire: Arc<Questionnaire>,
    assessment: Assessment,
    path: Option<PathBuf>,
    untitled_name: String,
    read_only: bool,
    dirty: bool,
    score: Score,
    findings: Vec<Finding>,
    recovery_key: String,
    unsaved_since: Option<Instant>,
    revision: u64,
    /// The file as this document last read or wrote it: the SHA-256 of its bytes
    /// and the assessment they held. A save first checks that the file on disk
    /// still has these bytes, so that nobody else's change is overwritten unseen.
    on_disk: Option<(String, Assessment)>,
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
        let findings = assessment.findings_judged(&questionnaire, time::OffsetDateTime::now_utc());
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
            revision: 0,
            on_disk: None,
        }
    }

    /// Records the bytes (by their SHA-256) and the assessment the file holds now.
    pub(super) fn set_on_disk(&mut self, sha256: String, assessment: Assessment) {
        self.on_disk = Some((sha256, assessment));
    }

    /// Forgets what the file held: the next save writes without comparing.
    pub(super) fn forget_on_disk(&mut self) {
        self.on_disk = None;
    }

    /// The SHA-256 of the file as this document last read or wrote it.
    pub fn disk_sha256(&self) -> Option<&str> {
        self.on_disk.as_ref().map(|(sha, _)| sha.as_str())
    }

    /// The assessment as this document last read or wrote it.
    pub fn disk_assessment(&self) -> Option<&Assessment> {
        self.on_disk.as_ref().map(|(_, a)| a)
    }

    /// Replaces the assessment with `combined` (mine and someone else's changes
    /// put together), marked unsaved.
    pub(super) fn replace_with(&mut self, combined: Assessment) {
        self.assessment = combined;
        self.changed(true);
    }

    /// Changes the assessment, and refreshes the score and findings.
    ///
    /// The only function that changes an assessment's content. A document open
    /// for review, or approved, takes review steps only: its answers stay as they are.
    pub fn apply(&mut self, edit: Edit) -> Result<(), Refused> {
        if let Edit::Review { edit, who, time } = edit {
            return self.take_review_step(edit, *who, &time, None);
        }
        if self.read_only {
            return Err(Refused::ReadOnly);
        }
        if let Edit::Plan(id, edit) = edit {
            self.apply_plan(&id, edit);
            self.changed(false);
            return Ok(());
        }
        if self.approved() {
            return Err(Refused::Approved);
        }
        if let Edit::NotApplicable(id, true) = &edit
            && let Some(question) = self
                .questionnaire
                .question(id)
                .filter(|q| !q.not_applicable.allowed)
        {
            return Err(Refused::NotApplicable {
                question: id.clone(),
                note: question.not_applicable.note.clone(),
            });
        }
        let rescore = !matches!(
            edit,
            Edit::Text(..) | Edit::Meta(..) | Edit::Figure(..) | Edit::PlanningFigure(..)
        );
        if let Some(id) = edit.question().cloned() {
            let answer = self.assessment.answer_mut(&id);
            match edit {
                // Answering anew is re-checking.
                Edit::Level(_, level) => {
                    answer.level = level.map(Lenient::Valid);
                    answer.recheck = false;
                    if level.is_some() {
                        answer.not_applicable = false;
                    }
                }
                Edit::NotApplicable(_, on) => {
                    answer.not_applicable = on;
                    answer.recheck = false;
                    if on {
                        answer.level = None;
                    }
                }
                Edit::FollowUp(_, on) => answer.follow_up = on,
                Edit::Text(_, field, text) => *field.of_mut(answer) = text,
                Edit::Figure(_, edit) => {
                    let mut figure = answer.figure.take().unwrap_or_default();
                    edit.apply(&mut figure);
                    answer.figure = (!figure.is_empty()).then_some(figure);
                }
                Edit::Rechecked(_) => answer.recheck = false,
                Edit::PlanningFigure(..)
                | Edit::Target(..)
                | Edit::Meta(..)
                | Edit::Scope(..)
                | Edit::Review { .. }
                | Edit::Plan(..)
                | Edit::Upgrade => {}
            }
            self.assessment.prune_empty_answers();
        } else {
            self.apply_to_assessment(edit);
        }
        self.changed(rescore);
        Ok(())
    }

    fn apply_to_assessment(&mut self, edit: Edit) {
        let a = &mut self.assessment;
        match edit {
            Edit::Target(id, Some(level)) => {
                a.targets.insert(id, Lenient::Valid(level));
            }
            Edit::Target(id, None) => {
                a.targets.shift_remove(&id);
            }
            Edit::Meta(field, value) => *field.of_mut(&mut a.meta) = value,
            Edit::Scope(area, on) => {
                let all: Vec<_> = self
                    .questionnaire
                    .areas
                    .iter()
                    .map(|a| a.id.clone())
                    .collect();
                let mut scope = a.meta.scope.take().unwrap_or_else(|| all.clone());
                scope.retain(|id| id != &area);
                if on {
                    scope.push(area);
                }
                // Questionnaire order, and no scope at all when every area is in.
                scope.sort_by_key(|id| all.iter().position(|a| a == id));
                a.meta.scope = (scope != all).then_some(scope);
            }
            Edit::Upgrade => {
                a.upgrade(&self.questionnaire);
            }
            Edit::PlanningFigure(id, edit) => {
                // An unreadable value is replaced: the field shows it as empty.
                let mut figure = match a.planning_figures.get(&id) {
                    Some(Lenient::Valid(figure)) => figure.clone(),
                    Some(Lenient::Invalid(_)) | None => crate::assessment::Figure::default(),
                };
                edit.apply(&mut figure);
                if figure.is_empty() {
                    a.planning_figures.shift_remove(&id);
                } else {
                    a.planning_figures.insert(id, Lenient::Valid(figure));
                }
            }
            Edit::Level(..)
            | Edit::Figure(..)
            | Edit::NotApplicable(..)
            | Edit::FollowUp(..)
            | Edit::Text(..)
            | Edit::Rechecked(_)
            | Edit::Plan(..)
            | Edit::Review { .. } => {}
        }
    }

    /// Changes a plan entry, creating it from the question's step from the level
    /// the answer is at (in the assessment's language) on the first change. An entry the file holds in a shape
    /// that cannot be read is kept, as written, under `unreadable_entry` of the new one.
    fn apply_plan(&mut self, id: &QuestionId, edit: PlanEdit) {
        let a = &mut self.assessment;
        let recommendation = self
            .questionnaire
            .question(id)
            .map(|q| {
                q.next_step(a.response_to(q).level())
                    .get(a.language())
                    .to_owned()
            })
            .unwrap_or_default();
        let slot = a
            .plan
            .entry(id.clone())
            .or_insert_with(|| Lenient::Valid(PlanEntry::new(recommendation.clone())));
        if let Lenient::Invalid(raw) = slot {
            let mut entry = PlanEntry::new(recommendation);
            entry
                .extra
                .insert("unreadable_entry".to_owned(), raw.take());
            *slot = Lenient::Valid(entry);
        }
        let Lenient::Valid(entry) = slot else {
            return;
        };
        match edit {
            PlanEdit::Text(field, text) => *field.of_mut(entry) = text,
            PlanEdit::Date(field, text) => *field.of_mut(entry) = text,
            PlanEdit::Status { status, on } => {
                entry.status = Some(Lenient::Valid(status));
                entry.status_date = on;
            }
            PlanEdit::AddMilestone => entry.milestones.push(Milestone::default()),
            PlanEdit::MilestoneText(n, text) => {
                if let Some(m) = entry.milestones.get_mut(n) {
                    m.text = text;
                }
            }
            PlanEdit::MilestoneDate(n, text) => {
                if let Some(m) = entry.milestones.get_mut(n) {
                    m.date = text;
                }
            }
            PlanEdit::MilestoneDone(n, done) => {
                if let Some(m) = entry.milestones.get_mut(n) {
                    m.done = done;
                }
            }
            PlanEdit::RemoveMilestone(n) => {
                if n < entry.milestones.len() {
                    entry.milestones.remove(n);
                }
            }
        }
    }

    /// Takes a review step as `who` at `time`, a workflow action signed with
    /// `key` when one is given; allowed even when the answers are locked.
    pub fn take_review_step(
        &mut self,
        edit: ReviewEdit,
        who: Actor,
        time: &str,
        key: Option<&crate::review::sign::SigningKey>,
    ) -> Result<(), Refused> {
        self.apply_review(edit, who, time, key)?;
        self.changed(false);
        Ok(())
    }

    fn apply_review(
        &mut self,
        edit: ReviewEdit,
        who: Actor,
        time: &str,
        key: Option<&crate::review::sign::SigningKey>,
    ) -> Result<(), ReviewError> {
        let a = &mut self.assessment;
        match edit {
            ReviewEdit::Comment { question, text } => {
                review::add_comment(a, question, &who.name, &text, time);
            }
            ReviewEdit::Reply { id, text } => review::reply(a, &id, &who.name, &text, time)?,
            ReviewEdit::Resolve { id } => review::resolve(a, &id, &who.name, time)?,
            ReviewEdit::Act { action, note } => match key {
                Some(key) => {
                    review::act_signed(a, action, who, &note, time, key)?;
                }
                None => {
                    review::act(a, action, who, &note, time)?;
                }
            },
        }
        Ok(())
    }

    /// Approved: the answers change only after the file is reopened.
    pub fn approved(&self) -> bool {
        self.assessment.status() == Some(crate::assessment::Status::Approved)
    }

    /// How many open review comments there are on a question.
    pub fn open_comments(&self, question: &crate::questionnaire::QuestionId) -> usize {
        self.open_comments_on(Some(question))
    }

    /// Open comments on a question, or (`None`) on the whole assessment.
    pub fn open_comments_on(&self, question: Option<&crate::questionnaire::QuestionId>) -> usize {
        self.assessment.review.as_ref().map_or(0, |r| {
            r.comments
                .iter()
                .filter(|c| c.is_open() && c.question.as_ref() == question)
                .count()
        })
    }

    /// Whether answers, targets and details are locked (open for review, or approved).
    pub fn answers_locked(&self) -> bool {
        self.read_only || self.approved()
    }

    /// Records a change: marks the document dirty and refreshes what derives from it.
    fn changed(&mut self, rescore: bool) {
        self.revision += 1;
        self.dirty = true;
        self.unsaved_since = Some(Instant::now());
        if rescore {
            self.score = scoring::score(&self.questionnaire, &self.assessment);
        }
        self.findings = self
            .assessment
            .findings_judged(&self.questionnaire, time::OffsetDateTime::now_utc());
    }

    /// Marks a document that exists only in memory (new, recovered) as unsaved.
    pub(super) fn mark_unsaved(&mut self) {
        self.changed(true);
    }

    /// The questionnaire the answers refer to.
    pub fn questionnaire(&self) -> &Arc<Questionnaire> {
        &self.questionnaire
    }

    /// A question as this assessment reads it: its planning figures filled in.
    pub fn question(&self, id: &QuestionId) -> Option<Question> {
        let question = self.questionnaire.question(id)?;
        Some(self.assessment.fill_question(&self.questionnaire, question))
    }

    /// The assessment, the single source of truth for answers.
    pub fn assessment(&self) -> &Assessment {
        &self.assessment
    }

    /// Today in the assessment's time zone: the day overdue actions count from.
    pub fn today(&self) -> time::Date {
        self.assessment
            .meta
            .zone()
            .today(time::OffsetDateTime::now_utc())
    }

    /// The language of the assessment's own text (`meta.language`).
    pub fn language(&self) -> &str {
        self.assessment.language()
    }

    /// The in-scope questions, in questionnaire order.
    pub fn in_scope_questions(&self) -> impl Iterator<Item = &Question> {
        self.assessment.in_scope_questions(&self.questionnaire)
    }

    /// The score, from the core's scoring function, current with every change.
    pub fn score(&self) -> &Score {
        &self.score
    }

    /// Findings in the assessment, current with every change.
    pub fn findings(&self) -> &[Finding] {
        &self.findings
    }

    /// The file it was opened from or last saved to.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Opened for review (or from a read-only file): only review steps can be taken.
    pub fn read_only(&self) -> bool {
        self.read_only
    }

    /// Opens the document for review only, or makes it editable again.
    pub(super) fn set_read_only(&mut self, read_only: bool) {
        self.read_only = read_only;
    }

    /// Changes not yet saved to its file.
    pub fn dirty(&self) -> bool {
        self.dirty
    }

    /// Whether there are changes the user could lose (for a document open for
    /// review, only its comments and events can be).
    pub fn has_unsaved_work(&self) -> bool {
        self.dirty
    }

    /// Identifies this document's recovery file.
    pub fn recovery_key(&self) -> &str {
        &self.recovery_key
    }

    /// Later autosaves go to this recovery file (after recovering from it).
    pub(super) fn set_recovery_key(&mut self, key: String) {
        self.recovery_key = key;
    }

    /// When the last change not yet autosaved was made.
    pub fn unsaved_since(&self) -> Option<Instant> {
        self.unsaved_since
    }

    /// The changes so far are in the recovery file (or the autosave gave up on them).
    pub(super) fn autosaved(&mut self) {
        self.unsaved_since = None;
    }

    /// Pretends the last change was made at `at` (tests simulate the idle timer).
    pub(super) fn set_unsaved_since(&mut self, at: Instant) {
        self.unsaved_since = Some(at);
    }

    /// Forgets that there are unsaved changes (the user chose to discard them).
    pub(super) fn discard_changes(&mut self) {
        self.dirty = false;
        self.unsaved_since = None;
    }

    /// Stamps the modification time and returns the bytes to save.
    pub(super) fn bytes_for_save(&mut self, modified: String) -> Result<Vec<u8>, SerializeError> {
        self.revision += 1;
        self.assessment.meta.modified = modified;
        self.assessment.prune_empty_answers();
        self.to_json()
    }

    /// Records that the document now is, byte for byte, the file at `path`.
    pub(super) fn saved_to(&mut self, path: PathBuf) {
        if self.path.as_deref() != Some(path.as_path()) {
            self.recovery_key = recovery_key(Some(&path), &self.assessment);
            self.path = Some(path);
            // A copy under a new name is the saver's own, editable.
            self.read_only = false;
        }
        self.dirty = false;
        self.unsaved_since = None;
        // The modification time is new; findings about dates may have changed.
        self.findings = self
            .assessment
            .findings_judged(&self.questionnaire, time::OffsetDateTime::now_utc());
    }

    /// A number that changes whenever the assessment does, so that what is worked
    /// out from it (a comparison) is worked out again only then.
    pub fn revision(&self) -> u64 {
        self.revision
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
        file_name_for(&self.assessment.meta.title)
    }

    /// Bytes of the file as it would be saved.
    pub fn to_json(&self) -> Result<Vec<u8>, SerializeError> {
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

/// A file name made from a title: letters and digits kept, the rest dashes.
pub(super) fn file_name_for(title: &str) -> String {
    let base: String = title
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let base = base.trim_matches('-');
    format!(
        "{}.{EXTENSION}",
        if base.is_empty() { "assessment" } else { base }
    )
}
