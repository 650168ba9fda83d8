//! File choosers: native dialogs in the app, a scripted list in tests.

use std::collections::VecDeque;
use std::path::PathBuf;

use crate::t;

/// Asks the user for paths.
pub trait Picker {
    /// Whether this picker can show dialogs here; when not, the app asks for a path
    /// in the window instead.
    fn has_dialogs(&self) -> bool {
        true
    }
    /// An assessment file to open.
    fn open_assessment(&mut self) -> Option<PathBuf>;
    /// Where to save an assessment, suggesting `name`.
    fn save_assessment(&mut self, name: &str) -> Option<PathBuf>;
    /// A questionnaire file.
    fn open_questionnaire(&mut self) -> Option<PathBuf>;
    /// Where to write a PDF, suggesting `name`.
    fn save_pdf(&mut self, name: &str) -> Option<PathBuf>;
    /// Where to write a spreadsheet (`xlsx` or `csv`), suggesting `name`.
    fn save_spreadsheet(&mut self, name: &str, extension: &str) -> Option<PathBuf>;
    /// Several assessment files at once (to combine); empty when cancelled.
    fn open_assessments(&mut self) -> Vec<PathBuf>;
    /// An OpenSSH private key to sign review steps with.
    fn open_key(&mut self) -> Option<PathBuf>;
}

/// The platform's native dialogs (desktop portal or zenity on Linux).
pub struct NativePicker;

impl NativePicker {
    /// On Linux rfd needs the desktop portal or zenity; without either its dialogs
    /// return nothing, so the app must not rely on them.
    fn dialogs_available() -> bool {
        if !cfg!(target_os = "linux") {
            return true;
        }
        let on_path = |program: &str| {
            std::env::var_os("PATH").is_some_and(|paths| {
                std::env::split_paths(&paths).any(|dir| dir.join(program).is_file())
            })
        };
        let portal = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
            && [
                "/usr/libexec/xdg-desktop-portal",
                "/usr/lib/xdg-desktop-portal",
            ]
            .iter()
            .any(|p| std::path::Path::new(p).is_file());
        portal || on_path("zenity")
    }
}

impl Picker for NativePicker {
    fn has_dialogs(&self) -> bool {
        Self::dialogs_available()
    }

    fn open_assessment(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(t!("dialog-open"))
            .add_filter(t!("dialog-filter-assessment"), &["json"])
            .pick_file()
    }

    fn save_assessment(&mut self, name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(t!("dialog-save"))
            .add_filter(t!("dialog-filter-assessment"), &["json"])
            .set_file_name(name)
            .save_file()
    }

    fn open_questionnaire(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(t!("dialog-questionnaire"))
            .add_filter(t!("dialog-filter-questionnaire"), &["json"])
            .pick_file()
    }

    fn save_pdf(&mut self, name: &str) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(t!("dialog-pdf"))
            .add_filter("PDF", &["pdf"])
            .set_file_name(name)
            .save_file()
    }

    fn save_spreadsheet(&mut self, name: &str, extension: &str) -> Option<PathBuf> {
        let kind = if extension == "csv" { "CSV" } else { "Excel" };
        rfd::FileDialog::new()
            .set_title(t!("dialog-spreadsheet"))
            .add_filter(kind, &[extension])
            .set_file_name(name)
            .save_file()
    }

    fn open_assessments(&mut self) -> Vec<PathBuf> {
        rfd::FileDialog::new()
            .set_title(t!("dialog-open-many"))
            .add_filter(t!("dialog-filter-assessment"), &["json"])
            .pick_files()
            .unwrap_or_default()
    }

    fn open_key(&mut self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title(t!("dialog-key"))
            .pick_file()
    }
}

/// Answers from a list, in order; for tests and scripted runs.
#[derive(Debug, Default)]
pub struct ScriptedPicker {
    /// The answers still to give; `None` is a cancelled dialog.
    pub answers: VecDeque<Option<PathBuf>>,
    /// The answers to dialogs that choose several files, in order.
    pub batches: VecDeque<Vec<PathBuf>>,
    /// Behave like a system without dialogs.
    pub no_dialogs: bool,
}

impl ScriptedPicker {
    /// A picker that gives these answers in order.
    pub fn new(answers: impl IntoIterator<Item = Option<PathBuf>>) -> Self {
        Self {
            answers: answers.into_iter().collect(),
            batches: VecDeque::new(),
            no_dialogs: false,
        }
    }

    /// Adds the answers to dialogs that choose several files.
    #[must_use]
    pub fn with_batches(mut self, batches: impl IntoIterator<Item = Vec<PathBuf>>) -> Self {
        self.batches = batches.into_iter().collect();
        self
    }

    /// A picker for a system with no file dialogs at all.
    pub fn without_dialogs() -> Self {
        Self {
            answers: VecDeque::new(),
            batches: VecDeque::new(),
            no_dialogs: true,
        }
    }

    fn next(&mut self) -> Option<PathBuf> {
        self.answers.pop_front().flatten()
    }
}

impl Picker for ScriptedPicker {
    fn has_dialogs(&self) -> bool {
        !self.no_dialogs
    }

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

    fn save_spreadsheet(&mut self, _name: &str, _extension: &str) -> Option<PathBuf> {
        self.next()
    }

    fn open_assessments(&mut self) -> Vec<PathBuf> {
        self.batches.pop_front().unwrap_or_default()
    }

    fn open_key(&mut self) -> Option<PathBuf> {
        self.next()
    }
}
