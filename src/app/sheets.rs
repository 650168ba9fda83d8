//! Exporting the saved assessment to a spreadsheet from the app: the Excel workbook
//! (Summary, Answers, Plan) or the plan as CSV, the same files `rbr export` writes.

use std::path::{Path, PathBuf};

use crate::app::{App, Document, PathPurpose};
use crate::export::ExportError;
use crate::i18n::{self, Language};
use crate::storage::{self, FileError};
use crate::t;

/// Why a spreadsheet was not written.
#[derive(Debug, thiserror::Error)]
pub enum SheetError {
    /// The saved file could not be read back.
    #[error(transparent)]
    Source(#[from] FileError),
    /// The spreadsheet could not be made.
    #[error("{}", self.message(Language::En))]
    Made {
        /// The assessment file.
        path: PathBuf,
        /// What the spreadsheet library refused.
        source: ExportError,
    },
    /// The spreadsheet could not be written.
    #[error(transparent)]
    Write(FileError),
}

impl SheetError {
    /// Why, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            SheetError::Source(e) | SheetError::Write(e) => e.message(lang),
            SheetError::Made { path, source } => crate::tl!(
                lang,
                "notice-export-failed",
                reason = format!("{}: {}", path.display(), source.message(lang))
            ),
        }
    }
}

/// The kind of spreadsheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sheet {
    /// An Excel workbook: Summary, Answers and Plan sheets.
    Xlsx,
    /// The Plan sheet's rows as CSV (UTF-8 with a byte-order mark).
    Csv,
}

impl Sheet {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Sheet::Xlsx => "xlsx",
            Sheet::Csv => "csv",
        }
    }
}

impl App {
    /// Saves unsaved work first (the workbook carries the file's SHA-256), then
    /// asks where to write the spreadsheet.
    pub(super) fn export_sheet(&mut self, sheet: Sheet) {
        let Some(suggested) = self.export_name(sheet.extension()) else {
            return;
        };
        if let Some(out) = self.pick(PathPurpose::Spreadsheet(sheet), &suggested) {
            self.write_sheet(sheet, out);
        }
    }

    /// Writes the spreadsheet of the saved file (read back from disk, as the PDF
    /// export does), headings in the interface language, dated today.
    pub(super) fn write_sheet(&mut self, sheet: Sheet, out: PathBuf) {
        let Some(doc) = self.doc.as_ref() else { return };
        let Some(source) = doc.path().map(std::path::Path::to_path_buf) else {
            return;
        };
        let written = sheet_bytes(doc, &source, sheet)
            .and_then(|bytes| storage::write_atomic(&out, &bytes).map_err(SheetError::Write));
        match written {
            Ok(()) => self.notices.info(t!(
                "notice-exported-sheet",
                file = out.display().to_string()
            )),
            Err(e) => self.notices.error(e.message(i18n::ui_language())),
        }
    }
}

/// The spreadsheet's bytes, made from the file's bytes on disk.
fn sheet_bytes(doc: &Document, source: &Path, sheet: Sheet) -> Result<Vec<u8>, SheetError> {
    let lang = i18n::ui_language();
    let file = storage::read_assessment(source)?;
    let assessment = file.assessment();
    let questionnaire = doc.questionnaire();
    let made = match sheet {
        Sheet::Xlsx => {
            let today = assessment
                .meta
                .zone()
                .today(time::OffsetDateTime::now_utc());
            crate::export::xlsx(questionnaire, &file, lang, today)
        }
        Sheet::Csv => crate::export::csv(questionnaire, assessment, lang),
    };
    made.map_err(|e| SheetError::Made {
        path: source.to_owned(),
        source: e,
    })
}
