//! The names a person reads for the method's fixed sets (bands, POETE kinds,
//! statuses), in a given language, for the app, the command line and the report.
//!
//! Each variant maps to a literal message id in a `match`, so that the check of
//! message ids (tests/i18n.rs) sees every one and a new variant cannot be missed.

use crate::assessment::{PlanStatus, Status};
use crate::i18n::Language;
use crate::questionnaire::Poete;
use crate::scoring::Band;
use crate::tl;

/// A band inside a sentence or beside a figure: `partially ready`, `մասամբ պատրաստ`.
pub fn band(lang: Language, band: Band) -> String {
    match band {
        Band::Ready => tl!(lang, "band-ready"),
        Band::PartiallyReady => tl!(lang, "band-partially-ready"),
        Band::NotReady => tl!(lang, "band-not-ready"),
    }
}

/// A band as a label on its own: `Partially ready`, `Մասամբ պատրաստ`.
pub fn band_title(lang: Language, band: Band) -> String {
    match band {
        Band::Ready => tl!(lang, "band-ready-title"),
        Band::PartiallyReady => tl!(lang, "band-partially-ready-title"),
        Band::NotReady => tl!(lang, "band-not-ready-title"),
    }
}

/// The kind of gap: `Organisation`, `Կազմակերպում`.
pub fn poete(lang: Language, poete: Poete) -> String {
    match poete {
        Poete::Planning => tl!(lang, "poete-planning"),
        Poete::Organisation => tl!(lang, "poete-organisation"),
        Poete::Equipment => tl!(lang, "poete-equipment"),
        Poete::Training => tl!(lang, "poete-training"),
        Poete::Exercises => tl!(lang, "poete-exercises"),
    }
}

/// An assessment's status: `Submitted`, `Ներկայացված`.
pub fn status(lang: Language, status: Status) -> String {
    match status {
        Status::Draft => tl!(lang, "status-draft"),
        Status::Submitted => tl!(lang, "status-submitted"),
        Status::Reviewed => tl!(lang, "status-reviewed"),
        Status::Approved => tl!(lang, "status-approved"),
    }
}

/// How far a plan entry is: `In progress`, `Ընթացքում`.
pub fn plan_status(lang: Language, status: PlanStatus) -> String {
    match status {
        PlanStatus::Planned => tl!(lang, "plan-status-planned"),
        PlanStatus::InProgress => tl!(lang, "plan-status-in-progress"),
        PlanStatus::Done => tl!(lang, "plan-status-done"),
        PlanStatus::Deferred => tl!(lang, "plan-status-deferred"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_language_asked_for() {
        let names = |lang| {
            [
                band(lang, Band::PartiallyReady),
                band_title(lang, Band::NotReady),
                poete(lang, Poete::Exercises),
                status(lang, Status::Approved),
            ]
        };
        assert_eq!(
            names(Language::Hy),
            [
                "մասամբ պատրաստ",
                "Պատրաստ չէ",
                "Ուսումնավարժություններ",
                "Հաստատված"
            ]
        );
        assert_eq!(
            names(Language::En),
            ["partially ready", "Not ready", "Exercises", "Approved"]
        );
    }

    #[test]
    fn plan_statuses_have_their_names_in_both_languages() {
        let all = |lang| PlanStatus::ALL.map(|status| plan_status(lang, status));
        assert_eq!(
            all(Language::En),
            ["Planned", "In progress", "Done", "Deferred"]
        );
        assert_eq!(
            all(Language::Hy),
            ["Պլանավորված", "Ընթացքում", "Կատարված", "Հետաձգված"]
        );
    }
}
