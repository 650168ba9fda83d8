//! What the UI asks the app to do; run in one place after each frame is drawn.

use std::path::PathBuf;

use crate::assessment::Status;
use crate::questionnaire::{AreaId, Level, QuestionId};
use crate::ui::new_assessment::NewAssessment;

/// What a chosen path is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathPurpose {
    /// Open an assessment.
    Open {
        /// Open for review: nothing can be changed.
        read_only: bool,
    },
    /// Save the assessment there.
    SaveAssessment,
    /// Use that questionnaire for a new assessment.
    Questionnaire,
    /// Write the PDF gap report there.
    Pdf,
}

/// A path typed in the window, where no file dialog is available.
#[derive(Debug, Clone, PartialEq)]
pub struct PathPrompt {
    /// What the path is for.
    pub purpose: PathPurpose,
    /// The path as typed so far.
    pub text: String,
}

/// The details of an assessment that can be edited after it is created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetaField {
    /// Title.
    Title,
    /// Organisation assessed.
    Organisation,
    /// Who fills it in.
    Assessor,
    /// Classification marking.
    Classification,
    /// Language of the free text.
    Language,
}

impl MetaField {
    /// The field in the assessment's meta, to change it.
    pub fn of_mut(self, meta: &mut crate::assessment::Meta) -> &mut String {
        match self {
            MetaField::Title => &mut meta.title,
            MetaField::Organisation => &mut meta.organisation,
            MetaField::Assessor => &mut meta.assessor,
            MetaField::Classification => &mut meta.classification,
            MetaField::Language => &mut meta.language,
        }
    }
}

/// The free-text fields of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    /// Why the question does not apply.
    Justification,
    /// The evidence the level rests on.
    Evidence,
    /// Free notes.
    Notes,
}

impl TextField {
    /// The field's text in an answer.
    pub fn of(self, answer: &crate::assessment::Answer) -> &str {
        match self {
            TextField::Justification => &answer.justification,
            TextField::Evidence => &answer.evidence,
            TextField::Notes => &answer.notes,
        }
    }

    /// The field in an answer, to change it.
    pub fn of_mut(self, answer: &mut crate::assessment::Answer) -> &mut String {
        match self {
            TextField::Justification => &mut answer.justification,
            TextField::Evidence => &mut answer.evidence,
            TextField::Notes => &mut answer.notes,
        }
    }
}

/// A command from the UI (or a keyboard shortcut).
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Show the start screen.
    ShowStart,
    /// Show the new-assessment form.
    ShowNewForm,
    /// Create an assessment from the form.
    Create(NewAssessment),
    /// Ask for a file to open (native dialog).
    OpenDialog {
        /// Open for review: nothing can be changed.
        read_only: bool,
    },
    /// Open a file.
    Open {
        /// The file.
        path: PathBuf,
        /// Open for review: nothing can be changed.
        read_only: bool,
    },
    /// Open one of the examples built into the binary, by index.
    OpenExample(usize),
    /// Open an autosaved recovery file.
    Recover(PathBuf),
    /// Delete an autosaved recovery file.
    DiscardRecovery(PathBuf),
    /// Save to the current file (asks for one if there is none).
    Save,
    /// Save under a new name (native dialog).
    SaveAs,
    /// Export the PDF gap report (native dialog).
    ExportPdf,
    /// Choose a questionnaire file for the new-assessment form (native dialog).
    ChooseQuestionnaire,
    /// Show the questionnaire screen at a question.
    ShowQuestion(QuestionId),
    /// Show the questionnaire screen.
    ShowQuestions,
    /// Show the dashboard.
    ShowDashboard,
    /// Set (or clear) the level of the question shown.
    SetLevel(Option<Level>),
    /// Toggle "not applicable" on the question shown.
    ToggleNotApplicable,
    /// Toggle "needs follow-up" on the question shown.
    ToggleFollowUp,
    /// Replace a text field of the answer to a question (named, since a key in the
    /// same frame may already have moved to another question).
    SetText(QuestionId, TextField, String),
    /// Go to the next question (within the filter).
    Next,
    /// Go to the previous question (within the filter).
    Previous,
    /// Go to the next unanswered question.
    NextUnanswered,
    /// Change the assessment's status.
    SetStatus(Status),
    /// Override a question's target level; `None` goes back to the default.
    SetTarget(QuestionId, Option<Level>),
    /// Change a field of the assessment's details.
    SetMeta(MetaField, String),
    /// Put an area in or out of scope.
    SetScope(AreaId, bool),
    /// Show or hide the keyboard help.
    ToggleHelp,
    /// Switch between system, light and dark themes.
    CycleTheme,
    /// Dismiss the message at this index.
    DismissNotice(usize),
    /// Answer to "save changes?": save, then go on.
    UnsavedSave,
    /// Answer to "save changes?": discard them, then go on.
    UnsavedDiscard,
    /// Answer to "save changes?": stay.
    UnsavedCancel,
    /// A path was chosen (typed in the window) for a purpose.
    PathChosen(PathPurpose, PathBuf),
    /// The typed-path prompt was closed without a path.
    CancelPrompt,
    /// Close the window (asks about unsaved changes first).
    Quit,
}

impl Command {
    /// Whether running this command would replace or close the open document.
    pub fn leaves_document(&self) -> bool {
        matches!(
            self,
            Command::Create(_)
                | Command::Open { .. }
                | Command::OpenDialog { .. }
                | Command::OpenExample(_)
                | Command::Recover(_)
                | Command::Quit
        )
    }
}
