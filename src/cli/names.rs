//! The names a person reads for the method's fixed sets (bands, POETE kinds,
//! statuses), in the interface language, from common.ftl.

use crate::assessment::Status;
use crate::questionnaire::Poete;
use crate::scoring::Band;
use crate::t;

/// A band as a table cell: `partially ready`, `մասամբ պատրաստ`.
pub(super) fn band_name(band: Band) -> String {
    match band {
        Band::Ready => t!("band-ready"),
        Band::PartiallyReady => t!("band-partially-ready"),
        Band::NotReady => t!("band-not-ready"),
    }
}

/// A POETE kind: `Planning`, `Պլանավորում`.
pub(super) fn poete_name(poete: Poete) -> String {
    match poete {
        Poete::Planning => t!("poete-planning"),
        Poete::Organisation => t!("poete-organisation"),
        Poete::Equipment => t!("poete-equipment"),
        Poete::Training => t!("poete-training"),
        Poete::Exercises => t!("poete-exercises"),
    }
}

/// An assessment's status: `Draft`, `Նախագիծ`.
pub(super) fn status_name(status: Status) -> String {
    match status {
        Status::Draft => t!("status-draft"),
        Status::Submitted => t!("status-submitted"),
        Status::Reviewed => t!("status-reviewed"),
        Status::Approved => t!("status-approved"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Language};

    #[test]
    fn names_follow_the_interface_language() {
        i18n::set_ui_language(Language::Hy);
        let hy = [
            band_name(Band::PartiallyReady),
            poete_name(Poete::Exercises),
            status_name(Status::Approved),
        ];
        i18n::set_ui_language(Language::En);
        let en = [
            band_name(Band::PartiallyReady),
            poete_name(Poete::Exercises),
            status_name(Status::Approved),
        ];
        assert_eq!(hy, ["մասամբ պատրաստ", "Վարժանքներ", "Հաստատված"]);
        assert_eq!(en, ["partially ready", "Exercises", "Approved"]);
    }
}
