//! The assessment file: its format, loading with findings, and stable output.
//!
//! Nothing a file carries is ever lost: fields this version does not know are kept
//! in `extra` maps and written back; values it cannot use (a level of 7) are kept
//! as they were, reported as findings, and written back until someone fixes them.

mod answer;
mod figure;
mod file;
mod findings;
mod json;
mod lenient;
mod meta;
mod plan;
mod source;
pub mod trail;
mod upgrade;

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::questionnaire::{AreaId, Level, Question, QuestionId, Questionnaire};
use crate::text::BASE_LANGUAGE;

/// Timestamps as files write them; they live with the other times in [`crate::zone`].
pub use crate::zone::{format_timestamp, parse_timestamp};
pub use answer::{Answer, Response};
pub use figure::{Figure, Measured, months_between};
pub use file::AssessmentFile;
pub use findings::{FigureProblem, Finding, PlanProblem};
pub use json::{HeaderProblem, LoadError, SerializeError};
pub use lenient::Lenient;
pub use meta::{
    EN_CLASSIFICATION_SUGGESTIONS, HY_CLASSIFICATIONS, Meta, QuestionnaireRef, Status,
    is_classified,
};
pub use plan::{Milestone, PlanDate, PlanEntry, PlanStatus, format_date, parse_date};
pub use source::Source;
pub use upgrade::Upgrade;

/// The value of `format` in every assessment file.
pub const FORMAT: &str = "rbr-assessment";
/// The newest format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;
/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// The extension of assessment files.
pub const EXTENSION: &str = "rbr.json";

/// Where an answer that could not be read is kept once someone answers the question anew.
pub const UNREADABLE_ANSWER: &str = "unreadable_answer";

/// Unknown fields of an object, kept in their original order.
pub type Extra = Map<String, Value>;

/// Whether a field holds its default, so it can be left out of the file.
fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// An assessment file, as read, edited and written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(
    title = "rbr assessment file",
    description = "An assessment against the NATO Resilience Baseline Requirements (format version 1)."
)]
pub struct Assessment {
    /// Always `rbr-assessment`.
    pub format: String,
    /// Format version; this build reads 1.
    pub format_version: u32,
    /// The questionnaire the answers refer to.
    pub questionnaire: QuestionnaireRef,
    /// Who, what, when.
    #[serde(default)]
    pub meta: Meta,
    /// Target levels that override the questionnaire's defaults.
    #[serde(default)]
    pub targets: IndexMap<QuestionId, Lenient<Level>>,
    /// Answers by question id.
    #[serde(default)]
    pub answers: IndexMap<QuestionId, Lenient<Answer>>,
    /// The action plan by question id: who closes each gap, by when, how far along.
    /// Entries stay when their question is no longer a gap.
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub plan: IndexMap<QuestionId, Lenient<PlanEntry>>,
    /// The country's values of the questionnaire's planning figures, by figure id,
    /// each with its source and date (from questionnaire 1.3.0).
    #[serde(default, skip_serializing_if = "IndexMap::is_empty")]
    pub planning_figures: IndexMap<String, Lenient<Figure>>,
    /// Review comments and the trail of workflow events; absent until someone reviews.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<trail::Review>,
    /// Fields this version does not know.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

impl Assessment {
    /// A new, empty assessment of `questionnaire`.
    pub fn new(questionnaire: &Questionnaire, meta: Meta) -> Self {
        Self {
            format: FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            questionnaire: QuestionnaireRef {
                id: questionnaire.id.clone(),
                version: questionnaire.version.clone(),
                extra: Extra::new(),
            },
            meta,
            targets: IndexMap::new(),
            answers: IndexMap::new(),
            plan: IndexMap::new(),
            planning_figures: IndexMap::new(),
            review: None,
            extra: Extra::new(),
        }
    }

    /// Puts answers and targets in questionnaire order; unknown ids keep their order, last.
    pub fn sort(&mut self, questionnaire: &Questionnaire) {
        let key = |id: &QuestionId| questionnaire.position(id).unwrap_or((usize::MAX, 0));
        self.answers.sort_by_cached_key(|id, _| key(id));
        self.targets.sort_by_cached_key(|id, _| key(id));
        self.plan.sort_by_cached_key(|id, _| key(id));
    }

    /// The plan entry for a question, if it has a usable one.
    pub fn plan_entry(&self, id: &QuestionId) -> Option<&PlanEntry> {
        self.plan.get(id).and_then(Lenient::valid)
    }

    /// The answer to a question, if it has a usable one.
    pub fn answer(&self, id: &QuestionId) -> Option<&Answer> {
        self.answers.get(id).and_then(Lenient::valid)
    }

    /// The answer to a question, created if missing. An unreadable one becomes a new
    /// answer that keeps the old value, as written, under `unreadable_answer`.
    pub fn answer_mut(&mut self, id: &QuestionId) -> &mut Answer {
        let entry = self
            .answers
            .entry(id.clone())
            .or_insert_with(|| Lenient::Valid(Answer::default()));
        if let Lenient::Invalid(raw) = entry {
            let mut answer = Answer::default();
            answer
                .extra
                .insert(UNREADABLE_ANSWER.to_owned(), raw.take());
            *entry = Lenient::Valid(answer);
        }
        match entry {
            Lenient::Valid(answer) => answer,
            Lenient::Invalid(_) => unreachable!("replaced just above"),
        }
    }

    /// Drops answers that carry nothing, so a cleared question leaves no trace.
    pub fn prune_empty_answers(&mut self) {
        self.answers
            .retain(|_, a| !matches!(a, Lenient::Valid(answer) if answer.is_empty()));
    }

    /// The status, when it is one of the four.
    pub fn status(&self) -> Option<Status> {
        self.meta.status.valid().copied()
    }

    /// Whether an area is in scope (no scope means all areas).
    pub fn in_scope(&self, area: &AreaId) -> bool {
        self.meta
            .scope
            .as_ref()
            .is_none_or(|scope| scope.contains(area))
    }

    /// The target level of a question: the file's override, else the questionnaire's.
    pub fn target(&self, question: &Question) -> Level {
        self.targets
            .get(&question.id)
            .and_then(Lenient::valid)
            .copied()
            .unwrap_or(question.target)
    }

    /// The language of the assessment's content (`en`, `hy`): the code in
    /// `meta.language`, trimmed, or English when none is given. Questionnaire text
    /// shown beside the answers is looked up in this language.
    pub fn language(&self) -> &str {
        match self.meta.language.trim() {
            "" => BASE_LANGUAGE,
            code => code,
        }
    }

    /// What the answer to a question counts as: unanswered when there is no answer
    /// or it cannot be read.
    pub fn response(&self, id: &QuestionId) -> Response {
        self.answer(id)
            .map_or(Response::Unanswered, Answer::response)
    }

    /// What the answer to `question` counts as under its questionnaire's rules:
    /// "not applicable" where the question does not allow it counts as unanswered
    /// (the file keeps it, and its findings say so).
    pub fn response_to(&self, question: &Question) -> Response {
        match self.response(&question.id) {
            Response::NotApplicable if !question.not_applicable.allowed => Response::Unanswered,
            Response::NotApplicable => Response::NotApplicable,
            Response::Level(level) => Response::Level(level),
            Response::Unanswered => Response::Unanswered,
        }
    }

    /// The questions of the areas in scope, in questionnaire order.
    pub fn in_scope_questions<'q>(
        &self,
        questionnaire: &'q Questionnaire,
    ) -> impl Iterator<Item = &'q Question> {
        questionnaire
            .areas
            .iter()
            .filter(|area| self.in_scope(&area.id))
            .flat_map(|area| area.questions.iter())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assessment() -> Assessment {
        Assessment::new(&Questionnaire::built_in(), Meta::default())
    }

    #[test]
    fn the_content_language_falls_back_to_english() {
        let cases = [
            ("", "en"),
            ("   ", "en"),
            ("hy", "hy"),
            (" hy\n", "hy"),
            ("en", "en"),
            ("fr", "fr"),
        ];
        for (written, expected) in cases {
            let mut a = assessment();
            a.meta.language = written.to_owned();
            assert_eq!(a.language(), expected, "{written:?}");
        }
    }

    #[test]
    fn the_response_of_a_question_reads_through_unusable_answers() {
        let id = QuestionId::from("BR2.1");
        let level = |n: u8| Level::new(n).expect("on the scale");
        let cases = [
            ("no answer", None, Response::Unanswered),
            (
                "a level",
                Some(Lenient::Valid(Answer {
                    level: Some(Lenient::Valid(level(3))),
                    ..Answer::default()
                })),
                Response::Level(level(3)),
            ),
            (
                "not applicable",
                Some(Lenient::Valid(Answer {
                    not_applicable: true,
                    ..Answer::default()
                })),
                Response::NotApplicable,
            ),
            (
                "an answer that is not an object",
                Some(Lenient::Invalid(serde_json::json!("three"))),
                Response::Unanswered,
            ),
        ];
        for (name, answer, expected) in cases {
            let mut a = assessment();
            if let Some(answer) = answer {
                a.answers.insert(id.clone(), answer);
            }
            assert_eq!(a.response(&id), expected, "{name}");
        }
    }

    #[test]
    fn in_scope_questions_follow_the_scope_in_questionnaire_order() {
        let q = Questionnaire::built_in();
        let ids = |scope: Option<&[&str]>| {
            let mut a = assessment();
            a.meta.scope = scope.map(|s| s.iter().map(|&id| AreaId::from(id)).collect());
            a.in_scope_questions(&q)
                .map(|question| question.id.to_string())
                .collect::<Vec<_>>()
        };
        let all = ids(None);
        assert_eq!(all.len(), q.questions().count());
        assert_eq!(all.first().map(String::as_str), Some("BR1.1"));
        // The scope's own order does not matter; the questionnaire's does.
        let scoped = ids(Some(&["BR7", "BR2"]));
        let expected: Vec<String> = q
            .questions()
            .map(|question| question.id.to_string())
            .filter(|id| id.starts_with("BR2.") || id.starts_with("BR7."))
            .collect();
        assert_eq!(scoped, expected);
        assert!(scoped.first().is_some_and(|id| id.starts_with("BR2.")));
        assert!(ids(Some(&[])).is_empty());
        assert!(ids(Some(&["BR9"])).is_empty(), "an unknown area has none");
    }
}
