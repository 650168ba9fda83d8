//! What the UI asks the app to do; run in one place after each frame is drawn.

use std::path::PathBuf;

use crate::app::combine::CombineStep;
use crate::app::edit::{Edit, ReviewEdit, TextField};
use crate::app::prefs::Identity;
use crate::app::shortcuts::KeyEdit;
use crate::app::view::Step;
use crate::i18n::Language;
use crate::questionnaire::{AreaId, QuestionId};
use crate::review::Action;

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
    /// Compare the open assessment with that earlier round.
    Compare,
    /// Write a spreadsheet of the assessment there.
    Spreadsheet(crate::app::Sheet),
    /// Add that file to the ones being combined.
    CombineAdd,
    /// Save the combined assessment there.
    CombineSave,
}

/// A path typed in the window, where no file dialog is available.
#[derive(Debug, Clone, PartialEq)]
pub struct PathPrompt {
    /// What the path is for.
    pub purpose: PathPurpose,
    /// The path as typed so far.
    pub text: String,
}

/// What the new-assessment form collects; the app turns it into an assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAssessment {
    /// Title.
    pub title: String,
    /// Organisation assessed.
    pub organisation: String,
    /// Who fills it in.
    pub assessor: String,
    /// Classification; empty for none.
    pub classification: String,
    /// Language of the free text: `en` or `hy`.
    pub language: String,
    /// The time zone times are shown in (IANA name); the system's by default.
    pub time_zone: String,
    /// Where the document is issued, for the foot of the report's cover.
    pub place: String,
    /// Each area of the questionnaire, and whether it is in scope.
    pub scope: Vec<(AreaId, bool)>,
    /// A questionnaire file, when not the built-in one.
    pub questionnaire_path: Option<PathBuf>,
}

/// A command from the UI (or a keyboard shortcut).
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Show the start screen.
    ShowStart,
    /// Show the new-assessment form.
    ShowNewForm,
    /// Show the Combine screen, with no file yet.
    ShowCombine,
    /// A step on the Combine screen.
    Combine(CombineStep),
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
    /// Export the PDF gap report: asks what the classification calls for, then
    /// where (native dialog).
    ExportPdf,
    /// Go on with the export asked about, with this copy number on the cover.
    ConfirmExport(Option<u32>),
    /// Close the export's question without exporting.
    CancelExport,
    /// Choose a questionnaire file for the new-assessment form (native dialog).
    ChooseQuestionnaire,
    /// Show the questionnaire screen at a question.
    ShowQuestion(QuestionId),
    /// Show the questionnaire screen.
    ShowQuestions,
    /// Show the dashboard.
    ShowDashboard,
    /// Show the action plan.
    ShowPlan,
    /// Ask for an earlier round to compare the open assessment with.
    CompareDialog,
    /// Stop comparing with the earlier round.
    CloseComparison,
    /// Export the saved assessment to a spreadsheet (asks where).
    ExportSheet(crate::app::Sheet),
    /// Change the assessment; the edit names what it changes.
    Edit(Edit),
    /// A review step; the app adds who (asking once) and when.
    Review(ReviewEdit),
    /// Ask for the note of a workflow action.
    AskAction(Action),
    /// Keep the reviewer's identity, then take the step that needed it.
    SetIdentity(Identity),
    /// Close the identity or note dialog without doing anything.
    CancelReviewDialog,
    /// Show the reviewer's identity and signing key, to change them.
    EditIdentity,
    /// Open the file someone else has open: for review only, or for editing anyway.
    OpenLocked {
        /// Open it for review, read-only; else edit anyway.
        read_only: bool,
    },
    /// Leave the file someone else has open alone.
    CancelLocked,
    /// Settle a save that would overwrite someone else's change.
    Conflict(crate::app::ConflictChoice),
    /// Make a new signing key, kept in the application-data folder, encrypted
    /// with the passphrase typed in the identity dialog when there is one.
    CreateKey,
    /// Choose an existing OpenSSH private key file to sign with.
    ChooseKey,
    /// Open the chosen key with the passphrase typed in the identity dialog.
    UnlockKey,
    /// Sign no more: forget the key (the file stays where it is).
    ForgetKey,
    /// Go to the next, previous or next unanswered question.
    Go(Step),
    /// Show or hide the keyboard help.
    ToggleHelp,
    /// Put the cursor at the end of this field of the answer shown.
    FocusField(TextField),
    /// A key's edit of the answer shown when it runs.
    KeyEdit(KeyEdit),
    /// Switch between system, light and dark themes.
    CycleTheme,
    /// Show the interface in this language from now on (and remember it).
    SetInterfaceLanguage(Language),
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
