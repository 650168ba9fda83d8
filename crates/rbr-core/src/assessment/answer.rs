//! The answer to one question, and what it counts as for scoring.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Extra, Figure, Lenient, Source, is_default};
use crate::questionnaire::Level;

/// What an answer counts as, for the score, the report and the app alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Response {
    /// Answered with a usable level.
    Level(Level),
    /// Marked not applicable (even if a level was given too).
    NotApplicable,
    /// Neither, or a level that cannot be used (a 7, a 2.5).
    Unanswered,
}

impl Response {
    /// The level, when answered with one.
    pub fn level(self) -> Option<Level> {
        match self {
            Response::Level(level) => Some(level),
            Response::NotApplicable | Response::Unanswered => None,
        }
    }

    /// Whether it counts towards completeness: a level or N/A.
    pub fn is_done(self) -> bool {
        self != Response::Unanswered
    }
}

/// The answer to one question.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Answer {
    /// The level chosen, 0 to 4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Lenient<Level>>,
    /// The question does not apply to this organisation.
    #[serde(default, skip_serializing_if = "is_default")]
    pub not_applicable: bool,
    /// Why it does not apply (required with `not_applicable`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub justification: String,
    /// The evidence the level rests on.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    /// Free notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Flagged as needing follow-up.
    #[serde(default, skip_serializing_if = "is_default")]
    pub follow_up: bool,
    /// The questionnaire changed this question's meaning since the answer was given
    /// (set when a file moves to a newer version): check that it still holds.
    #[serde(default, skip_serializing_if = "is_default")]
    pub recheck: bool,
    /// The measured figure, for a question that declares an indicator: its value,
    /// the date it is as of and its source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub figure: Option<Figure>,
    /// The files this answer was taken from, when the assessment was made by
    /// combining others (`rbr merge`); empty for an answer entered here. It says
    /// where the answer came from, not who edited it since.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// Fields this version does not know.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

impl Answer {
    /// What the answer counts as. Not applicable wins over a level given as well
    /// (the file gets a finding for it); a level that cannot be used is unanswered.
    pub fn response(&self) -> Response {
        if self.not_applicable {
            return Response::NotApplicable;
        }
        match self.level.as_ref().and_then(Lenient::valid) {
            Some(&level) => Response::Level(level),
            None => Response::Unanswered,
        }
    }

    /// The usable level, unless the question is marked not applicable.
    pub fn scored_level(&self) -> Option<Level> {
        self.response().level()
    }

    /// Whether the answer counts towards completeness: a level or N/A.
    pub fn is_answered(&self) -> bool {
        self.response().is_done()
    }

    /// Whether nothing at all was entered, so the answer can be left out of the file.
    pub fn is_empty(&self) -> bool {
        self == &Answer::default()
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn level(n: u8) -> Level {
        Level::new(n).expect("on the scale")
    }

    #[test]
    fn what_an_answer_counts_as() {
        let valid = |n: u8| Some(Lenient::Valid(level(n)));
        let invalid = || Some(Lenient::Invalid(json!(7)));
        let cases = [
            ("nothing entered", None, false, Response::Unanswered),
            ("level 0", valid(0), false, Response::Level(level(0))),
            ("level 3", valid(3), false, Response::Level(level(3))),
            ("not applicable", None, true, Response::NotApplicable),
            (
                "N/A wins over a level",
                valid(2),
                true,
                Response::NotApplicable,
            ),
            ("a level of 7", invalid(), false, Response::Unanswered),
            (
                "N/A with a level of 7",
                invalid(),
                true,
                Response::NotApplicable,
            ),
        ];
        for (name, level, not_applicable, expected) in cases {
            let answer = Answer {
                level,
                not_applicable,
                evidence: "kept whatever the response".into(),
                ..Answer::default()
            };
            assert_eq!(answer.response(), expected, "{name}");
            assert_eq!(answer.scored_level(), expected.level(), "{name}");
            assert_eq!(
                answer.is_answered(),
                expected != Response::Unanswered,
                "{name}"
            );
        }
    }
}
