//! The words of a comparison, shared by `rbr compare`, the app and the PDF: the
//! comparability sentences, the headings of the lists of moved questions, and an
//! answer as a list shows it.

use super::{Comparison, Movement, Versions};
use crate::assessment::Response;
use crate::i18n::Language;
use crate::questionnaire::QuestionId;
use crate::tl;

impl Comparison {
    /// What a reader must know before trusting the figures, one sentence a line:
    /// how many questions are compared, areas in one round only, and the
    /// questionnaire versions (`version` is the one in use now).
    pub fn comparability_lines(&self, lang: Language, version: &str) -> Vec<String> {
        let ids = |ids: &[QuestionId]| {
            ids.iter()
                .map(QuestionId::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        };
        let c = &self.comparability;
        let mut lines = vec![tl!(
            lang,
            "cli-compare-in-both",
            both = self.comparability.in_both.to_string(),
            either = c.in_either.to_string(),
        )];
        let areas = |list: &[crate::questionnaire::AreaId]| {
            list.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        };
        if !c.only_old.is_empty() {
            lines.push(tl!(
                lang,
                "cli-compare-only-old",
                areas = areas(&c.only_old)
            ));
        }
        if !c.only_new.is_empty() {
            lines.push(tl!(
                lang,
                "cli-compare-only-new",
                areas = areas(&c.only_new)
            ));
        }
        match &c.versions {
            Versions::Same { version } => {
                lines.push(tl!(
                    lang,
                    "cli-compare-same-version",
                    version = version.as_str()
                ));
            }
            Versions::Changed {
                old,
                new,
                changed_meaning,
                added,
            } => {
                lines.push(tl!(
                    lang,
                    "cli-compare-versions",
                    old = old.as_str(),
                    new = new.as_str()
                ));
                if !changed_meaning.is_empty() {
                    lines.push(tl!(
                        lang,
                        "cli-compare-changed-meaning",
                        count = changed_meaning.len(),
                        ids = ids(changed_meaning),
                    ));
                }
                if !added.is_empty() {
                    lines.push(tl!(
                        lang,
                        "cli-compare-added",
                        count = added.len(),
                        version = version,
                        ids = ids(added),
                    ));
                }
            }
            Versions::Unknown { old, new } => lines.push(tl!(
                lang,
                "cli-compare-versions-unknown",
                old = old.as_str(),
                new = new.as_str()
            )),
        }
        lines
    }
}

impl Movement {
    /// The heading of a list of `count` questions that moved this way:
    /// `Improved (3)`, `Բարելավվել են (3)`.
    pub fn heading(self, lang: Language, count: usize) -> String {
        match self {
            Movement::Improved => tl!(lang, "cli-compare-improved", count = count),
            Movement::Declined => tl!(lang, "cli-compare-declined", count = count),
            Movement::NewlyAnswered => tl!(lang, "cli-compare-newly-answered", count = count),
            Movement::NoLongerAnswered => {
                tl!(lang, "cli-compare-no-longer-answered", count = count)
            }
            Movement::ToNotApplicable => {
                tl!(lang, "cli-compare-to-not-applicable", count = count)
            }
            Movement::FromNotApplicable => {
                tl!(lang, "cli-compare-from-not-applicable", count = count)
            }
        }
    }
}

/// An answer as lists show it: its level, N/A, or a dash.
pub fn response_text(lang: Language, response: Response) -> String {
    match response {
        Response::Level(level) => level.to_string(),
        Response::NotApplicable => tl!(lang, "cli-not-applicable"),
        Response::Unanswered => crate::i18n::format::NONE.to_owned(),
    }
}
