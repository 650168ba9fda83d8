//! What can be wrong in a questionnaire file, each in words a ministry can act on.

use std::fmt;

use super::Level;
use crate::i18n::Language;
use crate::tl;

/// The five POETE kinds, as questionnaire files write them.
const POETE_KINDS: &str = "planning, organisation, equipment, training, exercises";

/// Where in a questionnaire file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The questionnaire as a whole.
    Questionnaire,
    /// An area or a question, by its id (`BR3`, `BR3.4`).
    Id(String),
    /// An area without an id, by its position (from 1).
    Area(usize),
    /// A question without an id, by its position (from 1) in its area.
    Question {
        /// The area.
        area: Box<Place>,
        /// The question's position.
        number: usize,
    },
}

impl Place {
    /// The place in `lang`: `BR3.4`, `area #2`, `BR3, question #4`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            Place::Questionnaire => tl!(lang, "problem-place-questionnaire"),
            Place::Id(id) => id.clone(),
            Place::Area(number) => tl!(lang, "problem-place-area", number = number.to_string()),
            Place::Question { area, number } => tl!(
                lang,
                "problem-place-question",
                area = area.message(lang),
                number = number.to_string(),
            ),
        }
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

/// What can be wrong with steps, indicators and planning figures (from 1.3.0).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FiguresProblem {
    /// Steps that are not exactly four (0 to 1, 1 to 2, 2 to 3, 3 to 4).
    StepsLength {
        /// The question.
        place: Place,
        /// How many entries it has.
        entries: usize,
    },
    /// A step without English text.
    StepWithoutEnglish {
        /// The question.
        place: Place,
        /// The level the step starts from.
        level: usize,
    },
    /// An indicator whose requirements do not climb the scale.
    IndicatorOrder {
        /// The question.
        place: Place,
    },
    /// Two planning figures share an id.
    FigureIdTwice {
        /// The id.
        figure: String,
    },
    /// A question names a planning figure the questionnaire does not declare.
    UnknownFigure {
        /// The question.
        place: Place,
        /// The id as written.
        figure: String,
    },
}

/// One thing wrong in a questionnaire file, with the place it concerns: the
/// questionnaire, a level, an area (`BR3`, or `area #2` without an id) or a
/// question (`BR3.4`, or `BR3, question #4` without an id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A required field is absent.
    Missing {
        /// Where.
        place: Place,
        /// The field's name.
        field: &'static str,
    },
    /// A text is there, but not in English, the language every string falls back to.
    NoEnglish {
        /// Where.
        place: Place,
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
        place: Place,
    },
    /// An area without questions.
    NoQuestions {
        /// The area.
        place: Place,
    },
    /// Two questions share an id.
    QuestionIdTwice {
        /// The question.
        place: Place,
    },
    /// A rule's consequence or replacement score is outside 1-3.
    RuleScore {
        /// The question.
        place: Place,
        /// The consequence score as written.
        consequence: u8,
        /// The replacement score as written.
        replacement: u8,
    },
    /// The weight or critical flag is not the one the question's rule gives.
    RuleMismatch {
        /// The question.
        place: Place,
        /// The weight the rule gives.
        weight: u8,
        /// Whether the rule makes it critical.
        critical: bool,
    },
    /// A weight outside 1 to 3.
    Weight {
        /// The question.
        place: Place,
        /// The weight as written.
        weight: i64,
    },
    /// A target level outside 0 to 4.
    Target {
        /// The question.
        place: Place,
        /// The target as written.
        target: i64,
    },
    /// A rubric without exactly five entries.
    RubricLength {
        /// The question.
        place: Place,
        /// How many entries it has.
        entries: usize,
    },
    /// A rubric entry without English text.
    RubricWithoutEnglish {
        /// The question.
        place: Place,
        /// The entry's level.
        level: usize,
    },
    /// Something wrong with a question's steps or indicator, or with the
    /// planning figures.
    Figures(FiguresProblem),
    /// A POETE kind that is not one of the five.
    Poete {
        /// The question.
        place: Place,
        /// The kind as written.
        value: String,
    },
    /// An area (or one of its questions) depends on itself or on an area the
    /// questionnaire does not have.
    Dependency {
        /// The area.
        place: Place,
        /// The area named.
        area: String,
    },
    /// The change list names a question the questionnaire does not have.
    ChangeUnknown {
        /// The id named.
        question: String,
    },
}

impl Problem {
    /// What is wrong and where, in `lang`.
    #[expect(
        clippy::too_many_lines,
        reason = "one arm per problem, each naming its message id literally"
    )]
    pub fn message(&self, lang: Language) -> String {
        match self {
            Problem::Missing { place, field } => {
                tl!(
                    lang,
                    "problem-missing",
                    place = place.message(lang),
                    field = *field
                )
            }
            Problem::NoEnglish { place, field } => tl!(
                lang,
                "problem-no-english",
                place = place.message(lang),
                field = *field,
                code = crate::text::BASE_LANGUAGE,
            ),
            Problem::Version { version } => tl!(
                lang,
                "problem-version",
                version = version,
                pattern = "MAJOR.MINOR.PATCH"
            ),
            Problem::LevelsOutOfOrder => {
                tl!(lang, "problem-levels-out-of-order", field = "levels")
            }
            Problem::LevelWithoutEnglish { level } => tl!(
                lang,
                "problem-level-without-english",
                level = level.to_string()
            ),
            Problem::NoAreas => tl!(lang, "problem-no-areas"),
            Problem::AreaIdTwice { place } => {
                tl!(lang, "problem-area-id-twice", place = place.message(lang))
            }
            Problem::NoQuestions { place } => {
                tl!(lang, "problem-no-questions", place = place.message(lang))
            }
            Problem::QuestionIdTwice { place } => {
                tl!(
                    lang,
                    "problem-question-id-twice",
                    place = place.message(lang)
                )
            }
            Problem::Weight { place, weight } => tl!(
                lang,
                "problem-weight",
                place = place.message(lang),
                weight = weight.to_string(),
            ),
            Problem::Target { place, target } => tl!(
                lang,
                "problem-target",
                place = place.message(lang),
                target = target.to_string(),
            ),
            Problem::RubricLength { place, entries } => tl!(
                lang,
                "problem-rubric-length",
                place = place.message(lang),
                entries = entries.to_string(),
            ),
            Problem::RubricWithoutEnglish { place, level } => tl!(
                lang,
                "problem-rubric-without-english",
                place = place.message(lang),
                level = level.to_string(),
            ),
            Problem::RuleScore {
                place,
                consequence,
                replacement,
            } => rule_score_message(lang, place, *consequence, *replacement),
            Problem::RuleMismatch {
                place,
                weight,
                critical,
            } => rule_mismatch_message(lang, place, *weight, *critical),
            Problem::Poete { place, value } => poete_message(lang, place, value),
            Problem::Dependency { place, area } => dependency_message(lang, place, area),
            Problem::ChangeUnknown { question } => {
                tl!(lang, "problem-change-unknown", question = question.as_str())
            }
            Problem::Figures(problem) => problem.message(lang),
        }
    }
}

impl FiguresProblem {
    /// What is wrong, and what to do, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            FiguresProblem::StepsLength { place, entries } => tl!(
                lang,
                "problem-steps-length",
                place = place.message(lang),
                field = "steps",
                entries = entries.to_string(),
            ),
            FiguresProblem::StepWithoutEnglish { place, level } => tl!(
                lang,
                "problem-step-without-english",
                place = place.message(lang),
                from = level.to_string(),
                to = (level + 1).to_string(),
            ),
            FiguresProblem::IndicatorOrder { place } => tl!(
                lang,
                "problem-indicator-order",
                place = place.message(lang),
                field = "indicator.requires",
            ),
            FiguresProblem::FigureIdTwice { figure } => {
                tl!(lang, "problem-figure-id-twice", figure = figure.as_str())
            }
            FiguresProblem::UnknownFigure { place, figure } => tl!(
                lang,
                "problem-unknown-figure",
                place = place.message(lang),
                figure = figure.as_str(),
                field = "planning_figures",
            ),
        }
    }
}

/// The English message.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

/// A dependency on an area the questionnaire does not have.
fn rule_score_message(lang: Language, place: &Place, consequence: u8, replacement: u8) -> String {
    tl!(
        lang,
        "problem-rule-score",
        place = place.message(lang),
        consequence = u32::from(consequence),
        replacement = u32::from(replacement),
    )
}

fn rule_mismatch_message(lang: Language, place: &Place, weight: u8, critical: bool) -> String {
    tl!(
        lang,
        "problem-rule-mismatch",
        place = place.message(lang),
        weight = u32::from(weight),
        critical = if critical { "true" } else { "false" },
    )
}

fn poete_message(lang: Language, place: &Place, value: &str) -> String {
    tl!(
        lang,
        "problem-poete",
        place = place.message(lang),
        value = value,
        allowed = POETE_KINDS,
    )
}

fn dependency_message(lang: Language, place: &Place, area: &str) -> String {
    tl!(
        lang,
        "problem-dependency",
        place = place.message(lang),
        area = area,
    )
}
