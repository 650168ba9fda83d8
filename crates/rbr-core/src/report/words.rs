//! A band as the report writes it, `–` where an area has none. The fixed sets
//! name themselves (`Band::name`, `Poete::name`, `Status::name`), for the report,
//! the app and the command line alike.

use crate::i18n::Language;
use crate::scoring::Band;

/// A band as a word inside a sentence or beside a figure (`–` when there is none).
pub(crate) fn band(lang: Language, band: Option<Band>) -> String {
    band.map_or_else(|| crate::i18n::format::NONE.to_owned(), |b| b.name(lang))
}
