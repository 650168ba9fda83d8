//! File choosers: native dialogs in the app, a scripted list in tests.

use std::collections::VecDeque;
use std::path::PathBuf;

/// Asks the user for paths.
pub trait Picker {
    /// An assessment file to open.
    fn open_assessment(&mut self) -> Option<PathBuf>;
    /// Where to save an assessment, suggesting `name`.
    fn save_assessment(&mut self, name: &str) -> Option<PathBuf>;
    /// A questionnaire file.
    fn open_questionnaire(&mut self) -> Option<PathBuf>;
    /// Where to write a PDF, suggesting `name`.
    fn save_pdf(&mut self, name: &str) -> Option<PathBuf>;
}

/// The platform's native dialogs (desktop portal or zenity on Linux).
pub struct NativePicker;

impl Picker for NativePicker {
    fn open_assessment(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Open assessment")
            .add_filter("rbr assessment", &["json"])
            .pick_file()
    }

    fn save_assessment(&mut self, name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Save assessment")
            .add_filter("rbr assessment", &["json"])
            .set_file_name(name)
            .save_file()
    }

    fn open_questionnaire(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Choose questionnaire")
            .add_filter("questionnaire", &["json"])
            .pick_file()
    }

    fn save_pdf(&mut self, name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Export PDF gap report")
            .add_filter("PDF", &["pdf"])
            .set_file_name(name)
            .save_file()
    }
}

/// Answers from a list, in order; for tests and scripted runs.
#[derive(Debug, Default)]
pub struct ScriptedPicker {
    /// The answers still to give; `None` is a cancelled dialog.
    pub answers: VecDeque<Option<PathBuf>>,
}

impl ScriptedPicker {
    /// A picker that gives these answers in order.
    pub fn new(answers: impl IntoIterator<Item = Option<PathBuf>>) -> Self {
        Self {
            answers: answers.into_iter().collect(),
        }
    }

    fn next(&mut self) -> Option<PathBuf> {
        self.answers.pop_front().flatten()
    }
}

impl Picker for ScriptedPicker {
    fn open_assessment(&mut self) -> Option<PathBuf> {
        self.next()
    }

    fn save_assessment(&mut self, _name: &str) -> Option<PathBuf> {
        self.next()
    }

    fn open_questionnaire(&mut self) -> Option<PathBuf> {
        self.next()
    }

    fn save_pdf(&mut self, _name: &str) -> Option<PathBuf> {
        self.next()
    }
}
