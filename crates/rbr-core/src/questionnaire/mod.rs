//! The questionnaire: raw JSON checked once into a model the rest of the code can trust.
//!
//! The built-in NATO questionnaire is compiled into the binary; a ministry may adapt
//! it and load its own copy from any path. Loading reports every problem at once.

mod figures;
mod json_error;
mod level;
mod links;
mod problem;
mod raw;
mod rules;

use std::collections::HashMap;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::Language;
use crate::text::Text;
use crate::tl;

pub use figures::{
    Better, DEFAULT_WINDOW_MONTHS, Indicator, PlanningFigure, fill, number, placeholders, with_unit,
};
pub use json_error::{Expected, Found, JsonProblem, Open, quoted_string};
pub use level::{LEVELS, Level, LevelError};
pub use links::{Changes, Dependency, DependencyKind, KnockOn, Translation, TranslationStatus};
pub use problem::{FiguresProblem, Place, Problem};
pub use rules::{NotApplicable, Rule};

/// The built-in questionnaire, as shipped.
pub const BUILT_IN_JSON: &str = include_str!("../../../../assets/questionnaires/nato-rbr.json");

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
        )]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// The id as written in files.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(value: &str) -> Self {
                Self(value.to_owned())
            }
        }
    };
}

string_id!(
    /// A baseline requirement's id, `BR1` to `BR7`.
    AreaId
);
string_id!(
    /// A question's id, such as `BR3.4`; stable forever, since saved files refer to it.
    QuestionId
);

/// The kind of capability gap a question measures (FEMA's POETE).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Poete {
    /// Plans, procedures, legal basis.
    Planning,
    /// Who is responsible, staffing, structures.
    Organisation,
    /// Equipment, stocks, systems.
    Equipment,
    /// Trained people.
    Training,
    /// Exercises and tests.
    Exercises,
}

impl Poete {
    /// The kind of gap, as a person reads it: `Organisation`, `Կազմակերպում`.
    pub fn name(self, lang: Language) -> String {
        match self {
            Poete::Planning => tl!(lang, "poete-planning"),
            Poete::Organisation => tl!(lang, "poete-organisation"),
            Poete::Equipment => tl!(lang, "poete-equipment"),
            Poete::Training => tl!(lang, "poete-training"),
            Poete::Exercises => tl!(lang, "poete-exercises"),
        }
    }

    /// The name as written in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Poete::Planning => "planning",
            Poete::Organisation => "organisation",
            Poete::Equipment => "equipment",
            Poete::Training => "training",
            Poete::Exercises => "exercises",
        }
    }

    /// The kind named `value` in a file, if it is one of the five.
    fn parse(value: &str) -> Option<Self> {
        [
            Poete::Planning,
            Poete::Organisation,
            Poete::Equipment,
            Poete::Training,
            Poete::Exercises,
        ]
        .into_iter()
        .find(|p| p.as_str() == value)
    }
}

/// One step of the scale, with its general meaning.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LevelDefinition {
    /// The level.
    pub level: Level,
    /// Its short name ("Established").
    pub name: Text,
    /// What it means in general, in one line.
    pub description: Text,
}

/// One question, with its rubric.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(into = "QuestionFile")]
pub struct Question {
    /// Stable id, such as `BR3.4`.
    pub id: QuestionId,
    /// The question itself.
    pub text: Text,
    /// The evidence a reviewer would ask for.
    pub guidance: Text,
    /// Weight in the area's readiness, 1 to 3.
    pub weight: u8,
    /// Whether a level of 0 or 1 caps the area's band at not-ready.
    pub critical: bool,
    /// The default target level.
    pub target: Level,
    /// What each level looks like for this capability; index = level.
    pub rubric: [Text; 5],
    /// How to close a gap.
    pub recommendation: Text,
    /// The kind of gap: the main one of the POETE elements the question covers.
    pub poete: Poete,
    /// The other POETE elements it covers, after the main one (from 1.2.0).
    pub poete_also: Vec<Poete>,
    /// Areas this question depends on, where sharper than its area's dependencies.
    pub depends_on: Vec<AreaId>,
    /// Whether "not applicable" may be answered, and when.
    pub not_applicable: NotApplicable,
    /// The published rule's scores behind the weight and the critical flag.
    pub rule: Option<Rule>,
    /// The measured figure that defines the standard, where a number does (from 1.3.0).
    pub indicator: Option<Indicator>,
    /// What to do to climb each step, 0 to 1 up to 3 to 4 (from 1.3.0).
    pub steps: Option<[Text; 4]>,
}

/// A question as the questionnaire file writes it: the POETE elements as one
/// list, the main one first, which is how the file is read back.
#[derive(Serialize)]
struct QuestionFile {
    id: QuestionId,
    text: Text,
    guidance: Text,
    weight: u8,
    critical: bool,
    target: Level,
    rubric: [Text; 5],
    recommendation: Text,
    poete: Vec<Poete>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    depends_on: Vec<AreaId>,
    not_applicable: NotApplicable,
    #[serde(skip_serializing_if = "Option::is_none")]
    rule: Option<Rule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    indicator: Option<Indicator>,
    #[serde(skip_serializing_if = "Option::is_none")]
    steps: Option<[Text; 4]>,
}

impl From<Question> for QuestionFile {
    fn from(q: Question) -> Self {
        let poete = q.poete_all().collect();
        Self {
            id: q.id,
            text: q.text,
            guidance: q.guidance,
            weight: q.weight,
            critical: q.critical,
            target: q.target,
            rubric: q.rubric,
            recommendation: q.recommendation,
            poete,
            depends_on: q.depends_on,
            not_applicable: q.not_applicable,
            rule: q.rule,
            indicator: q.indicator,
            steps: q.steps,
        }
    }
}

impl Question {
    /// Every POETE element the question covers, the main one first.
    pub fn poete_all(&self) -> impl Iterator<Item = Poete> + '_ {
        std::iter::once(self.poete).chain(self.poete_also.iter().copied())
    }

    /// What to do next from `level`: the step to the level above, or the
    /// question's recommendation where the questionnaire has no steps (before
    /// 1.3.0) or the level is the top one.
    pub fn next_step(&self, level: Option<Level>) -> &Text {
        let step = level.map_or(Some(0), |l| Some(usize::from(l.value())).filter(|&i| i < 4));
        match (&self.steps, step) {
            (Some(steps), Some(i)) => &steps[i],
            _ => &self.recommendation,
        }
    }

    /// Every text of the question a person reads, for filling in figures.
    fn texts_mut(&mut self) -> impl Iterator<Item = &mut Text> {
        [&mut self.text, &mut self.guidance, &mut self.recommendation]
            .into_iter()
            .chain(self.rubric.iter_mut())
            .chain(self.steps.iter_mut().flatten())
    }

    /// Every text of the question a person reads.
    pub fn texts(&self) -> impl Iterator<Item = &Text> {
        [&self.text, &self.guidance, &self.recommendation]
            .into_iter()
            .chain(self.rubric.iter())
            .chain(self.steps.iter().flatten())
    }
}

/// One baseline requirement and its questions.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Area {
    /// `BR1` to `BR7`.
    pub id: AreaId,
    /// NATO's official name of the requirement.
    pub title: Text,
    /// What the requirement covers.
    pub description: Text,
    /// The questions, in order.
    pub questions: Vec<Question>,
    /// The other areas this one needs in order to work, and why.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<Dependency>,
}

/// A validated questionnaire.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Questionnaire {
    /// Stable id (`nato-rbr`).
    pub id: String,
    /// Semantic version.
    pub version: String,
    /// Title.
    pub title: Text,
    /// The scale, level 0 first.
    pub levels: Vec<LevelDefinition>,
    /// The areas, in order.
    pub areas: Vec<Area>,
    /// Per language, whether its text has been reviewed (`hy`: draft).
    #[serde(skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub translations: std::collections::BTreeMap<String, Translation>,
    /// What changed since earlier versions: the step from the previous one, and
    /// older steps kept so that files two versions old still move up.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Changes>,
    /// The figures its standards are set against (from 1.3.0).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub planning_figures: Vec<PlanningFigure>,
    #[serde(skip)]
    index: HashMap<QuestionId, (usize, usize)>,
}

/// Why a questionnaire could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum QuestionnaireError {
    /// The text is not JSON of the expected shape.
    #[error("{}", self.message(Language::En))]
    Syntax {
        /// What the JSON reader said.
        reason: JsonProblem,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The JSON is well formed but breaks the rules; every problem is listed.
    #[error("{}", self.message(Language::En))]
    Invalid(Vec<Problem>),
}

impl QuestionnaireError {
    /// What is wrong with the questionnaire, in `lang`: the line and column of a
    /// syntax error, or every problem, one an indented line.
    pub fn message(&self, lang: Language) -> String {
        match self {
            QuestionnaireError::Syntax {
                reason,
                line,
                column,
            } => tl!(
                lang,
                "error-questionnaire-syntax",
                reason = reason.message(lang),
                line = line.to_string(),
                column = column.to_string(),
            ),
            QuestionnaireError::Invalid(problems) => {
                let mut text = tl!(lang, "error-questionnaire-invalid", count = problems.len());
                for problem in problems {
                    text.push_str("\n  ");
                    text.push_str(&problem.message(lang));
                }
                text
            }
        }
    }
}

impl Questionnaire {
    /// The questionnaire compiled into the binary.
    pub fn built_in() -> Self {
        // The built-in file is checked by a test, so this cannot fail in a release.
        match Self::from_json(BUILT_IN_JSON) {
            Ok(q) => q,
            Err(e) => panic!("the built-in questionnaire is broken: {e}"),
        }
    }

    /// Parses and validates a questionnaire, reporting every problem at once.
    pub fn from_json(json: &str) -> Result<Self, QuestionnaireError> {
        let json = json.strip_prefix('\u{feff}').unwrap_or(json);
        let raw: raw::RawQuestionnaire =
            serde_json::from_str(json).map_err(|e| QuestionnaireError::Syntax {
                reason: JsonProblem::from_error(&e),
                line: e.line(),
                column: e.column(),
            })?;
        raw.validate()
    }

    /// Assembles a checked questionnaire and indexes its questions.
    fn from_parts(
        id: String,
        version: String,
        title: Text,
        levels: Vec<LevelDefinition>,
        areas: Vec<Area>,
    ) -> Self {
        let index = areas
            .iter()
            .enumerate()
            .flat_map(|(a, area)| {
                area.questions
                    .iter()
                    .enumerate()
                    .map(move |(q, question)| (question.id.clone(), (a, q)))
            })
            .collect();
        Questionnaire {
            id,
            version,
            title,
            levels,
            areas,
            translations: std::collections::BTreeMap::new(),
            changes: Vec::new(),
            planning_figures: Vec::new(),
            index,
        }
    }

    /// Looks up a question by id.
    pub fn question(&self, id: &QuestionId) -> Option<&Question> {
        self.index
            .get(id)
            .map(|&(a, q)| &self.areas[a].questions[q])
    }

    /// The area a question belongs to.
    pub fn area_of(&self, id: &QuestionId) -> Option<&Area> {
        self.index.get(id).map(|&(a, _)| &self.areas[a])
    }

    /// Position of a question in questionnaire order (area, then question).
    pub fn position(&self, id: &QuestionId) -> Option<(usize, usize)> {
        self.index.get(id).copied()
    }

    /// Looks up an area by id.
    pub fn area(&self, id: &AreaId) -> Option<&Area> {
        self.areas.iter().find(|a| &a.id == id)
    }

    /// Every question, in order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.areas.iter().flat_map(|a| a.questions.iter())
    }

    /// This questionnaire with every `{figure:ID}` in its questions replaced, in
    /// each language, by the figure's value and unit: `value_of` gives the
    /// country's value; where it gives none, the default stands, marked as such.
    pub fn with_figures(&self, value_of: impl Fn(&PlanningFigure) -> Option<f64>) -> Self {
        let mut filled = self.clone();
        for question in filled.areas.iter_mut().flat_map(|a| a.questions.iter_mut()) {
            self.fill_question(question, &value_of);
        }
        filled
    }

    /// `question` with its `{figure:ID}` replaced, as [`Self::with_figures`] does.
    pub fn fill_question(
        &self,
        question: &mut Question,
        value_of: impl Fn(&PlanningFigure) -> Option<f64>,
    ) {
        let figures = &self.planning_figures;
        if figures.is_empty() {
            return;
        }
        for text in question.texts_mut() {
            for (code, value) in &mut text.0 {
                let lang = Language::from_code(code).unwrap_or(Language::En);
                *value = fill(value, |id| {
                    let figure = figures.iter().find(|f| f.id == id)?;
                    let unit = figure.unit.get(code);
                    Some(match value_of(figure) {
                        Some(own) => with_unit(lang, own, unit),
                        None => tl!(
                            lang,
                            "figure-default",
                            value = with_unit(lang, figure.default, unit)
                        ),
                    })
                });
            }
        }
    }

    /// A planning figure by id.
    pub fn planning_figure(&self, id: &str) -> Option<&PlanningFigure> {
        self.planning_figures.iter().find(|f| f.id == id)
    }

    /// The name of a level ("Established"), in `language`.
    pub fn level_name(&self, level: Level, language: &str) -> &str {
        self.levels
            .iter()
            .find(|l| l.level == level)
            .map_or("", |l| l.name.get(language))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn built_in_questionnaire_meets_the_content_rules() {
        let q = Questionnaire::built_in();
        assert_eq!(q.id, "nato-rbr");
        assert_eq!(q.version, "1.3.0");
        let ids: Vec<&str> = q.areas.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["BR1", "BR2", "BR3", "BR4", "BR5", "BR6", "BR7"]);
        assert_eq!(q.questions().count(), 75);
        // About a fifth critical, by the rule; each question's flag is its rule's.
        let critical = q.questions().filter(|q| q.critical).count();
        assert_eq!(critical, 16);
        for question in q.questions() {
            let rule = question
                .rule
                .as_ref()
                .expect("every 1.2.0 question has its rule");
            assert_eq!(
                (rule.weight(), rule.critical()),
                (question.weight, question.critical)
            );
        }
        for area in &q.areas {
            assert!(
                (9..=13).contains(&area.questions.len()),
                "{} has {} questions",
                area.id,
                area.questions.len()
            );
            assert!(area.questions.iter().any(|q| q.critical), "{}", area.id);
            // Ids are the area's, numbered upwards; a retired id (BR3.8, split in
            // 1.2.0) is never used again, so numbers may skip.
            let numbers: Vec<u32> = area
                .questions
                .iter()
                .map(|question| {
                    let (prefix, number) = question.id.0.split_once('.').expect("AREA.N");
                    assert_eq!(prefix, area.id.as_str());
                    number.parse().expect("a number")
                })
                .collect();
            assert!(numbers.windows(2).all(|w| w[0] < w[1]), "{numbers:?}");
        }
        assert!(q.question(&QuestionId::from("BR3.8")).is_none());
        assert_eq!(q.areas[1].title.get("en"), "Resilient energy supplies");
        // No rubric sentence or step is shared between two questions: each is
        // specific, and every question says what to do at each step.
        let mut seen = HashSet::new();
        for question in q.questions() {
            let steps = question.steps.as_ref().expect("every question has steps");
            for entry in question.rubric.iter().chain(steps) {
                for language in ["en", "hy"] {
                    assert!(
                        seen.insert(entry.get(language)),
                        "repeated: {}",
                        entry.get(language)
                    );
                }
            }
        }
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let err = Questionnaire::from_json("{\n  \"id\": }").expect_err("broken");
        assert_eq!(
            err.to_string(),
            "not a questionnaire: expected value at line 2, column 9"
        );
        assert_eq!(
            err.message(Language::Hy),
            "ֆայլը հարցաշար չէ՝ սպասվում էր արժեք (տող 2, սյունակ 9)։"
        );
    }

    #[test]
    fn a_level_off_the_scale_is_named_in_armenian() {
        let json = BUILT_IN_JSON.replacen("\"level\": 4", "\"level\": 7", 1);
        assert_ne!(json, BUILT_IN_JSON, "the built-in file names level 4");
        let err = Questionnaire::from_json(&json).expect_err("level 7");
        assert!(
            err.to_string()
                .starts_with("not a questionnaire: level 7 is outside 0-4 at line "),
            "{err}"
        );
        let hy = err.message(Language::Hy);
        assert!(
            hy.starts_with("ֆայլը հարցաշար չէ՝ 7 մակարդակը 0–4 միջակայքից դուրս է (տող "),
            "{hy}"
        );
    }
}
