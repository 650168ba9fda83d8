//! The "Progress since" section's data: the comparison with an earlier round,
//! resolved to the report's language. Pure, like the rest of [`Report`](super::Report).

use crate::assessment::Assessment;
use crate::compare::{self, Comparison, GapChange, Versions};
use crate::i18n::{Language, format};
use crate::questionnaire::{AreaId, QuestionId, Questionnaire};
use crate::tl;

/// A gap that closed or opened, with its question's text.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressGap {
    /// The gap, as compared.
    pub change: GapChange,
    /// The question's text, in the report's language.
    pub text: String,
}

/// What the "Progress since" section shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    /// The heading: "Progress since 27 November 2025".
    pub heading: String,
    /// The earlier round's title (may be empty).
    pub earlier_title: String,
    /// The comparison, as [`compare::compare`] makes it.
    pub comparison: Comparison,
    /// Sentences on what limits the comparison (scopes, questionnaire
    /// versions); empty when the two rounds compare question for question.
    pub comparability: Vec<String>,
    /// Every area in scope in either round, with its title.
    pub areas: Vec<(AreaId, String)>,
    /// Gaps closed, highest priority first.
    pub gaps_closed: Vec<ProgressGap>,
    /// Gaps opened, highest priority first.
    pub gaps_opened: Vec<ProgressGap>,
}

impl Progress {
    /// Compares `assessment` with the `earlier` round, in `language`.
    pub fn build(
        questionnaire: &Questionnaire,
        earlier: &Assessment,
        assessment: &Assessment,
        language: Language,
    ) -> Self {
        let comparison = compare::compare(questionnaire, earlier, assessment);
        let lang = language.code();
        let heading = comparison.old_round.date.map_or_else(
            || tl!(language, "report-progress-undated"),
            |date| {
                tl!(
                    language,
                    "report-progress",
                    date = format::date_long(language, date)
                )
            },
        );
        let gaps = |changes: &[GapChange]| {
            changes
                .iter()
                .map(|change| ProgressGap {
                    change: change.clone(),
                    text: question_text(questionnaire, &change.question, lang),
                })
                .collect()
        };
        let areas = comparison
            .areas
            .iter()
            .filter(|a| a.old.in_scope || a.new.in_scope)
            .map(|a| {
                let title = questionnaire
                    .area(&a.id)
                    .map(|area| area.title.get(lang).to_owned())
                    .unwrap_or_default();
                (a.id.clone(), title)
            })
            .collect();
        Self {
            heading,
            earlier_title: earlier.meta.title.trim().to_owned(),
            comparability: comparability(&comparison, &questionnaire.version, language),
            areas,
            gaps_closed: gaps(&comparison.gaps_closed),
            gaps_opened: gaps(&comparison.gaps_opened),
            comparison,
        }
    }
}

fn question_text(questionnaire: &Questionnaire, id: &QuestionId, lang: &str) -> String {
    questionnaire
        .question(id)
        .map(|q| q.text.get(lang).to_owned())
        .unwrap_or_default()
}

fn joined<T: ToString>(ids: &[T]) -> String {
    ids.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The sentences on scope and versions a reader needs before the figures.
fn comparability(comparison: &Comparison, version: &str, language: Language) -> Vec<String> {
    let c = &comparison.comparability;
    let mut sentences = Vec::new();
    if c.in_both != c.in_either {
        sentences.push(tl!(
            language,
            "report-progress-scope",
            both = c.in_both,
            either = c.in_either,
        ));
    }
    if !c.only_old.is_empty() {
        sentences.push(tl!(
            language,
            "report-progress-only-old",
            areas = joined(&c.only_old)
        ));
    }
    if !c.only_new.is_empty() {
        sentences.push(tl!(
            language,
            "report-progress-only-new",
            areas = joined(&c.only_new)
        ));
    }
    match &c.versions {
        Versions::Same { .. } => {}
        Versions::Changed {
            old,
            new,
            changed_meaning,
            added,
        } => sentences.push(tl!(
            language,
            "report-progress-versions",
            old = old.as_str(),
            new = new.as_str(),
            changed = changed_meaning.len(),
            added = added.len(),
            version = version,
        )),
        Versions::Unknown { old, new } => sentences.push(tl!(
            language,
            "report-progress-versions-unknown",
            old = old.as_str(),
            new = new.as_str(),
        )),
    }
    sentences
}
