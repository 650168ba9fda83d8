//! The report's words for the core's fixed sets (bands, POETE kinds, statuses)
//! and for the findings in a file, in the report's language.
//!
//! Each variant maps to a literal message id in a `match`, so that the check of
//! message ids (tests/i18n.rs) sees every one and a new variant cannot be missed.

use crate::assessment::{Finding, Status};
use crate::i18n::Language;
use crate::questionnaire::Poete;
use crate::scoring::Band;
use crate::tl;

/// A band as a word inside a sentence or beside a figure: `partially ready`.
pub(crate) fn band(lang: Language, band: Option<Band>) -> String {
    match band {
        Some(Band::Ready) => tl!(lang, "band-ready"),
        Some(Band::PartiallyReady) => tl!(lang, "band-partially-ready"),
        Some(Band::NotReady) => tl!(lang, "band-not-ready"),
        None => crate::i18n::format::NONE.to_owned(),
    }
}

/// The kind of gap, as a table cell: `Organisation`.
pub(crate) fn poete(lang: Language, poete: Poete) -> String {
    match poete {
        Poete::Planning => tl!(lang, "poete-planning"),
        Poete::Organisation => tl!(lang, "poete-organisation"),
        Poete::Equipment => tl!(lang, "poete-equipment"),
        Poete::Training => tl!(lang, "poete-training"),
        Poete::Exercises => tl!(lang, "poete-exercises"),
    }
}

/// The assessment's status as the cover prints it: `Submitted`.
pub(crate) fn status(lang: Language, status: Status) -> String {
    match status {
        Status::Draft => tl!(lang, "status-draft"),
        Status::Submitted => tl!(lang, "status-submitted"),
        Status::Reviewed => tl!(lang, "status-reviewed"),
        Status::Approved => tl!(lang, "status-approved"),
    }
}

/// A finding as the annex lists it. File keys, ids and values stay as the file
/// writes them; the words around them are the report's language.
pub(crate) fn finding(lang: Language, finding: &Finding) -> String {
    match finding {
        Finding::OtherQuestionnaire { id, version } => tl!(
            lang,
            "report-finding-other-questionnaire",
            key = "questionnaire",
            id = id,
            version = version,
            option = "--questionnaire",
        ),
        Finding::InvalidLevel { question, value } => tl!(
            lang,
            "report-finding-invalid-level",
            question = question.as_str(),
            value = value,
        ),
        Finding::MalformedAnswer { question, message } => tl!(
            lang,
            "report-finding-malformed-answer",
            question = question.as_str(),
            message = message,
        ),
        Finding::UnknownQuestion { question } => tl!(
            lang,
            "report-finding-unknown-question",
            question = question.as_str(),
        ),
        Finding::UnknownTargetQuestion { question } => tl!(
            lang,
            "report-finding-unknown-target-question",
            key = format!("targets.{question}"),
        ),
        Finding::UnknownArea { area } => tl!(
            lang,
            "report-finding-unknown-area",
            key = "meta.scope",
            area = area.as_str(),
            first = "BR1",
            last = "BR7",
        ),
        Finding::MissingJustification { question } => tl!(
            lang,
            "report-finding-missing-justification",
            question = question.as_str(),
        ),
        Finding::NotApplicableWithLevel { question } => tl!(
            lang,
            "report-finding-not-applicable-with-level",
            question = question.as_str(),
        ),
        Finding::InvalidTarget { question, value } => tl!(
            lang,
            "report-finding-invalid-target",
            key = format!("targets.{question}"),
            value = value,
        ),
        Finding::InvalidStatus { value } => tl!(
            lang,
            "report-finding-invalid-status",
            key = "meta.status",
            value = value,
            allowed = Status::ALL.map(Status::as_str).join(", "),
        ),
        Finding::InvalidDate { field, value } => tl!(
            lang,
            "report-finding-invalid-date",
            key = format!("meta.{field}"),
            value = value,
            example = "2026-11-27T16:30:00Z",
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::QuestionId;

    #[test]
    fn english_findings_read_as_rbr_validate_prints_them() {
        let findings = [
            Finding::InvalidLevel {
                question: QuestionId::from("BR2.1"),
                value: "7".to_owned(),
            },
            Finding::UnknownQuestion {
                question: QuestionId::from("BR9.9"),
            },
            Finding::InvalidStatus {
                value: "done".to_owned(),
            },
            Finding::InvalidDate {
                field: "modified",
                value: "yesterday".to_owned(),
            },
        ];
        for f in &findings {
            assert_eq!(finding(Language::En, f), f.to_string());
            let hy = finding(Language::Hy, f);
            assert_ne!(hy, f.to_string());
            assert!(hy.chars().any(|c| ('\u{0531}'..='\u{058F}').contains(&c)));
        }
    }

    #[test]
    fn every_word_comes_back_in_its_language() {
        for lang in Language::ALL {
            for b in [Band::Ready, Band::PartiallyReady, Band::NotReady] {
                assert!(!band(lang, Some(b)).starts_with("band-"));
            }
            assert!(!poete(lang, Poete::Exercises).starts_with("poete-"));
            assert!(!status(lang, Status::Approved).starts_with("status-"));
        }
        assert_eq!(band(Language::Hy, Some(Band::NotReady)), "պատրաստ չէ");
        assert_eq!(
            band(Language::En, Some(Band::PartiallyReady)),
            "partially ready"
        );
    }
}
