//! What can be wrong in a questionnaire file, each in words a ministry can act on.

use std::fmt;

use super::Level;

/// One thing wrong in a questionnaire file, with the place it concerns: the
/// questionnaire, a level, an area (`BR3`, or `area #2` without an id) or a
/// question (`BR3.4`, or `BR3, question #4` without an id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A required field is absent.
    Missing {
        /// Where.
        place: String,
        /// The field's name.
        field: &'static str,
    },
    /// A text is there, but not in English, the language every string falls back to.
    NoEnglish {
        /// Where.
        place: String,
        /// The field's name.
        field: &'static str,
    },
    /// The version is not `MAJOR.MINOR.PATCH`.
    Version {
        /// The version as written.
        version: String,
    },
    /// The scale does not list levels 0 to 4 in order.
    LevelsOutOfOrder,
    /// A level's name or description has no English text.
    LevelWithoutEnglish {
        /// The level.
        level: Level,
    },
    /// The questionnaire has no areas.
    NoAreas,
    /// Two areas share an id.
    AreaIdTwice {
        /// The area.
        place: String,
    },
    /// An area without questions.
    NoQuestions {
        /// The area.
        place: String,
    },
    /// Two questions share an id.
    QuestionIdTwice {
        /// The question.
        place: String,
    },
    /// A weight outside 1 to 3.
    Weight {
        /// The question.
        place: String,
        /// The weight as written.
        weight: i64,
    },
    /// A target level outside 0 to 4.
    Target {
        /// The question.
        place: String,
        /// The target as written.
        target: i64,
    },
    /// A rubric without exactly five entries.
    RubricLength {
        /// The question.
        place: String,
        /// How many entries it has.
        entries: usize,
    },
    /// A rubric entry without English text.
    RubricWithoutEnglish {
        /// The question.
        place: String,
        /// The entry's level.
        level: usize,
    },
    /// A POETE kind that is not one of the five.
    Poete {
        /// The question.
        place: String,
        /// The kind as written.
        value: String,
    },
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Missing { place, field } => write!(f, "{place}: `{field}` is missing"),
            Problem::NoEnglish { place, field } => {
                write!(f, "{place}: `{field}` has no English (\"en\") text")
            }
            Problem::Version { version } => write!(
                f,
                "questionnaire: version \"{version}\" is not of the form MAJOR.MINOR.PATCH"
            ),
            Problem::LevelsOutOfOrder => {
                f.write_str("questionnaire: `levels` must list levels 0, 1, 2, 3, 4 in order")
            }
            Problem::LevelWithoutEnglish { level } => {
                write!(f, "level {level}: name and description need English text")
            }
            Problem::NoAreas => f.write_str("questionnaire: there are no areas"),
            Problem::AreaIdTwice { place } => write!(f, "{place}: area id is used twice"),
            Problem::NoQuestions { place } => write!(f, "{place}: the area has no questions"),
            Problem::QuestionIdTwice { place } => {
                write!(f, "{place}: question id is used twice")
            }
            Problem::Weight { place, weight } => {
                write!(f, "{place}: weight {weight} is outside 1-3")
            }
            Problem::Target { place, target } => {
                write!(f, "{place}: target {target} is outside 0-4")
            }
            Problem::RubricLength { place, entries } => write!(
                f,
                "{place}: the rubric has {entries} entries; it needs exactly five (levels 0 to 4)"
            ),
            Problem::RubricWithoutEnglish { place, level } => {
                write!(f, "{place}: rubric level {level} has no English text")
            }
            Problem::Poete { place, value } => write!(
                f,
                "{place}: poete \"{value}\" is not one of planning, organisation, equipment, training, exercises"
            ),
        }
    }
}
