//! What the app asks before a PDF leaves it: the copy number of a classified
//! report, and, once for each open document, a reminder that a report with no
//! classification lists weak points of critical infrastructure.
//!
//! Neither blocks the export: the tool does not decide what is secret, it
//! makes sure someone did.

/// The question shown before an export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportDialog {
    /// The assessment has no classification: confirm with the security officer.
    Unmarked,
    /// The assessment is classified: which copy is this? (as typed, may be empty)
    Copy {
        /// The copy number as typed.
        number: String,
    },
}

/// The export's questions and answers for the open document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportCheck {
    /// The question shown, if any.
    pub dialog: Option<ExportDialog>,
    /// The copy number the export under way prints on the cover.
    pub(super) copy: Option<u32>,
    /// The user has been reminded, for this document, that it has no classification.
    pub(super) unmarked_confirmed: bool,
}

/// What was typed as a copy number is not a whole number from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message(crate::i18n::Language::En))]
pub struct NotACopyNumber;

impl NotACopyNumber {
    /// What a copy number must be, in `lang`.
    pub fn message(self, lang: crate::i18n::Language) -> String {
        crate::tl!(lang, "export-copy-invalid")
    }
}

/// A copy number as typed: a whole number from 1, or none when left empty;
/// anything else is refused.
pub fn copy_number(typed: &str) -> Result<Option<u32>, NotACopyNumber> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Ok(None);
    }
    match typed.parse::<u32>() {
        Ok(number) if number > 0 => Ok(Some(number)),
        _ => Err(NotACopyNumber),
    }
}

impl crate::app::App {
    /// Starts a PDF export, asking first what the document's classification
    /// calls for.
    pub(super) fn ask_before_export(&mut self, ctx: &egui::Context) {
        // One export at a time.
        if self.jobs.export.is_some() {
            return;
        }
        let Some(doc) = self.doc.as_ref() else { return };
        let marking = doc.assessment().meta.classification.trim();
        if crate::assessment::is_classified(marking) {
            self.dialogs.export_check.dialog = Some(ExportDialog::Copy {
                number: String::new(),
            });
        } else if marking.is_empty() && !self.dialogs.export_check.unmarked_confirmed {
            self.dialogs.export_check.dialog = Some(ExportDialog::Unmarked);
        } else {
            // A marking someone chose that is not secret ("UNCLASSIFIED"), or a
            // reminder already given for this document.
            self.export_pdf(ctx, None);
        }
    }

    /// The answer to the export's question: go on with the export.
    pub(super) fn confirm_export(&mut self, ctx: &egui::Context, copy: Option<u32>) {
        if self.dialogs.export_check.dialog.take() == Some(ExportDialog::Unmarked) {
            self.dialogs.export_check.unmarked_confirmed = true;
        }
        self.export_pdf(ctx, copy);
    }
}

#[cfg(test)]
mod tests {
    use super::{NotACopyNumber, copy_number};

    #[test]
    fn copy_numbers_are_whole_numbers_from_one() {
        let cases = [
            ("", Ok(None)),
            ("  ", Ok(None)),
            ("1", Ok(Some(1))),
            (" 12 ", Ok(Some(12))),
            ("0", Err(NotACopyNumber)),
            ("-3", Err(NotACopyNumber)),
            ("two", Err(NotACopyNumber)),
            ("1.5", Err(NotACopyNumber)),
        ];
        for (typed, expected) in cases {
            assert_eq!(copy_number(typed), expected, "{typed:?}");
        }
    }
}
