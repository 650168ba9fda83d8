//! The report's words for the core's fixed sets (bands, POETE kinds, statuses), in
//! the report's language: each type names itself (`Band::name`, `Poete::name`...), shared with
//! the app and the command line.

use crate::assessment::Status;
use crate::i18n::Language;
use crate::questionnaire::Poete;
use crate::scoring::Band;

/// A band as a word inside a sentence or beside a figure (`–` when there is none).
pub(crate) fn band(lang: Language, band: Option<Band>) -> String {
    band.map_or_else(|| crate::i18n::format::NONE.to_owned(), |b| b.name(lang))
}

/// The kind of gap, as a table cell: `Organisation`.
pub(crate) fn poete(lang: Language, poete: Poete) -> String {
    poete.name(lang)
}

/// The assessment's status as the cover prints it: `Submitted`.
pub(crate) fn status(lang: Language, status: Status) -> String {
    status.name(lang)
}
