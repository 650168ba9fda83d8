//! The questionnaire: raw JSON checked once into a model the rest of the code can trust.
//!
//! The built-in NATO questionnaire is compiled into the binary; a ministry may adapt
//! it and load its own copy from any path. Loading reports every problem at once.

use std::collections::{HashMap, HashSet};
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::text::Text;

/// The built-in questionnaire, as shipped.
pub const BUILT_IN_JSON: &str = include_str!("../assets/questionnaires/nato-rbr.json");

/// The lowest and highest level of the scale.
pub const LEVELS: std::ops::RangeInclusive<u8> = 0..=4;

/// A maturity level, 0 (not in place) to 4 (advanced).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

impl JsonSchema for Level {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Level".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A level from 0 (not in place) to 4 (advanced).",
            "type": "integer",
            "minimum": 0,
            "maximum": 4
        })
    }
}

impl Level {
    /// All levels, lowest first.
    pub const ALL: [Level; 5] = [Level(0), Level(1), Level(2), Level(3), Level(4)];

    /// The level, when `value` lies on the scale.
    pub fn new(value: u8) -> Option<Self> {
        LEVELS.contains(&value).then_some(Self(value))
    }

    /// The level as a number.
    pub fn value(self) -> u8 {
        self.0
    }
}

impl TryFrom<u8> for Level {
    type Error = String;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Level::new(value).ok_or_else(|| format!("level {value} is outside 0-4"))
    }
}

impl From<Level> for u8 {
    fn from(level: Level) -> u8 {
        level.0
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

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
    /// The kind of gap.
    pub poete: Poete,
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
    #[serde(skip)]
    index: HashMap<QuestionId, (usize, usize)>,
}

/// Why a questionnaire could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum QuestionnaireError {
    /// The text is not JSON of the expected shape.
    #[error("not a questionnaire: {message} at line {line}, column {column}")]
    Syntax {
        /// What serde said.
        message: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// The JSON is well formed but breaks the rules; every problem is listed.
    #[error("{} problem(s) in the questionnaire:\n  {}", .0.len(), .0.join("\n  "))]
    Invalid(Vec<String>),
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
        let raw: RawQuestionnaire =
            serde_json::from_str(json).map_err(|e| QuestionnaireError::Syntax {
                message: e.to_string(),
                line: e.line(),
                column: e.column(),
            })?;
        raw.validate()
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

    /// The name of a level ("Established"), in `language`.
    pub fn level_name(&self, level: Level, language: &str) -> &str {
        self.levels
            .iter()
            .find(|l| l.level == level)
            .map_or("", |l| l.name.get(language))
    }
}

#[derive(Deserialize)]
struct RawQuestionnaire {
    id: Option<String>,
    version: Option<String>,
    title: Option<Text>,
    levels: Option<Vec<LevelDefinition>>,
    areas: Option<Vec<RawArea>>,
}

#[derive(Deserialize)]
struct RawArea {
    id: Option<String>,
    title: Option<Text>,
    description: Option<Text>,
    questions: Option<Vec<RawQuestion>>,
}

#[derive(Deserialize)]
struct RawQuestion {
    id: Option<String>,
    text: Option<Text>,
    guidance: Option<Text>,
    weight: Option<i64>,
    critical: Option<bool>,
    target: Option<i64>,
    rubric: Option<Vec<Text>>,
    recommendation: Option<Text>,
    poete: Option<String>,
}

/// Collects problems while checking raw input.
#[derive(Default)]
struct Problems(Vec<String>);

impl Problems {
    fn push(&mut self, problem: String) {
        self.0.push(problem);
    }

    fn required<T>(&mut self, value: Option<T>, place: &str, field: &str) -> Option<T> {
        if value.is_none() {
            self.push(format!("{place}: `{field}` is missing"));
        }
        value
    }

    fn text(&mut self, value: Option<Text>, place: &str, field: &str) -> Text {
        match value {
            Some(text) if text.has_base() => text,
            Some(text) => {
                self.push(format!("{place}: `{field}` has no English (\"en\") text"));
                text
            }
            None => {
                self.push(format!("{place}: `{field}` is missing"));
                Text::default()
            }
        }
    }
}

impl RawQuestionnaire {
    fn validate(self) -> Result<Questionnaire, QuestionnaireError> {
        let mut p = Problems::default();
        let id = p
            .required(self.id, "questionnaire", "id")
            .unwrap_or_default();
        let version = p
            .required(self.version, "questionnaire", "version")
            .unwrap_or_default();
        if !version.is_empty() && !is_semver(&version) {
            p.push(format!(
                "questionnaire: version \"{version}\" is not of the form MAJOR.MINOR.PATCH"
            ));
        }
        let title = p.text(self.title, "questionnaire", "title");
        let levels = p
            .required(self.levels, "questionnaire", "levels")
            .unwrap_or_default();
        let expected: Vec<Level> = Level::ALL.to_vec();
        let found: Vec<Level> = levels.iter().map(|l| l.level).collect();
        if !levels.is_empty() && found != expected {
            p.push("questionnaire: `levels` must list levels 0, 1, 2, 3, 4 in order".to_owned());
        }
        for level in &levels {
            let place = format!("level {}", level.level);
            if !level.name.has_base() || !level.description.has_base() {
                p.push(format!("{place}: name and description need English text"));
            }
        }
        let raw_areas = p
            .required(self.areas, "questionnaire", "areas")
            .unwrap_or_default();
        if raw_areas.is_empty() {
            p.push("questionnaire: there are no areas".to_owned());
        }
        let mut areas = Vec::new();
        let mut area_ids = HashSet::new();
        let mut question_ids = HashSet::new();
        for (i, raw) in raw_areas.into_iter().enumerate() {
            let place = raw.id.clone().unwrap_or_else(|| format!("area #{}", i + 1));
            let area_id = p.required(raw.id, &place, "id").unwrap_or_default();
            if !area_id.is_empty() && !area_ids.insert(area_id.clone()) {
                p.push(format!("{place}: area id is used twice"));
            }
            let title = p.text(raw.title, &place, "title");
            let description = p.text(raw.description, &place, "description");
            let raw_questions = p
                .required(raw.questions, &place, "questions")
                .unwrap_or_default();
            if raw_questions.is_empty() {
                p.push(format!("{place}: the area has no questions"));
            }
            let mut questions = Vec::new();
            for (j, rq) in raw_questions.into_iter().enumerate() {
                let qplace = rq
                    .id
                    .clone()
                    .unwrap_or_else(|| format!("{place}, question #{}", j + 1));
                if let Some(qid) = &rq.id
                    && !question_ids.insert(qid.clone())
                {
                    p.push(format!("{qplace}: question id is used twice"));
                }
                if let Some(q) = rq.validate(&qplace, &mut p) {
                    questions.push(q);
                }
            }
            areas.push(Area {
                id: AreaId(area_id),
                title,
                description,
                questions,
            });
        }
        if !p.0.is_empty() {
            return Err(QuestionnaireError::Invalid(p.0));
        }
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
        Ok(Questionnaire {
            id,
            version,
            title,
            levels,
            areas,
            index,
        })
    }
}

impl RawQuestion {
    fn validate(self, place: &str, p: &mut Problems) -> Option<Question> {
        let id = p.required(self.id, place, "id");
        let text = p.text(self.text, place, "text");
        let guidance = p.text(self.guidance, place, "guidance");
        let recommendation = p.text(self.recommendation, place, "recommendation");
        let weight = p.required(self.weight, place, "weight").and_then(|w| {
            let ok = (1..=3).contains(&w);
            if !ok {
                p.push(format!("{place}: weight {w} is outside 1-3"));
            }
            u8::try_from(w).ok().filter(|_| ok)
        });
        let critical = p.required(self.critical, place, "critical");
        let target = p.required(self.target, place, "target").and_then(|t| {
            let level = u8::try_from(t).ok().and_then(Level::new);
            if level.is_none() {
                p.push(format!("{place}: target {t} is outside 0-4"));
            }
            level
        });
        let rubric = p.required(self.rubric, place, "rubric").and_then(|r| {
            if r.len() != 5 {
                p.push(format!(
                    "{place}: the rubric has {} entries; it needs exactly five (levels 0 to 4)",
                    r.len()
                ));
            }
            for (level, entry) in r.iter().enumerate() {
                if !entry.has_base() {
                    p.push(format!("{place}: rubric level {level} has no English text"));
                }
            }
            <[Text; 5]>::try_from(r).ok()
        });
        let poete = p.required(self.poete, place, "poete").and_then(|s| {
            let poete = Poete::parse(&s);
            if poete.is_none() {
                p.push(format!(
                    "{place}: poete \"{s}\" is not one of planning, organisation, equipment, training, exercises"
                ));
            }
            poete
        });
        Some(Question {
            id: QuestionId(id?),
            text,
            guidance,
            weight: weight?,
            critical: critical?,
            target: target?,
            rubric: rubric?,
            recommendation,
            poete: poete?,
        })
    }
}

fn is_semver(version: &str) -> bool {
    let parts: Vec<&str> = version.split('.').collect();
    parts.len() == 3
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_questionnaire_meets_the_content_rules() {
        let q = Questionnaire::built_in();
        assert_eq!(q.id, "nato-rbr");
        assert_eq!(q.version, "1.0.0");
        let ids: Vec<&str> = q.areas.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["BR1", "BR2", "BR3", "BR4", "BR5", "BR6", "BR7"]);
        assert!(q.questions().count() >= 50);
        for area in &q.areas {
            assert!(
                (6..=10).contains(&area.questions.len()),
                "{} has {} questions",
                area.id,
                area.questions.len()
            );
            assert!(area.questions.iter().any(|q| q.critical), "{}", area.id);
            for (n, question) in area.questions.iter().enumerate() {
                assert_eq!(question.id.0, format!("{}.{}", area.id, n + 1));
            }
        }
        assert_eq!(q.areas[1].title.get("en"), "Resilient energy supplies");
        // No rubric sentence is shared between two questions: each is specific.
        let mut seen = HashSet::new();
        for question in q.questions() {
            for entry in &question.rubric {
                assert!(
                    seen.insert(entry.get("en")),
                    "repeated: {}",
                    entry.get("en")
                );
            }
        }
    }

    fn minimal(question: &str) -> String {
        format!(
            r#"{{"id":"t","version":"1.0.0","title":{{"en":"T"}},
            "levels":[{{"level":0,"name":{{"en":"a"}},"description":{{"en":"a"}}}},
            {{"level":1,"name":{{"en":"a"}},"description":{{"en":"a"}}}},
            {{"level":2,"name":{{"en":"a"}},"description":{{"en":"a"}}}},
            {{"level":3,"name":{{"en":"a"}},"description":{{"en":"a"}}}},
            {{"level":4,"name":{{"en":"a"}},"description":{{"en":"a"}}}}],
            "areas":[{{"id":"A1","title":{{"en":"A"}},"description":{{"en":"A"}},"questions":[{question}]}}]}}"#
        )
    }

    const GOOD: &str = r#"{"id":"A1.1","text":{"en":"q"},"guidance":{"en":"g"},"weight":2,
        "critical":true,"target":3,"rubric":[{"en":"0"},{"en":"1"},{"en":"2"},{"en":"3"},{"en":"4"}],
        "recommendation":{"en":"r"},"poete":"planning"}"#;

    #[test]
    fn accepts_a_minimal_questionnaire() {
        let q = Questionnaire::from_json(&minimal(GOOD)).expect("valid");
        let question = q.question(&"A1.1".into()).expect("present");
        assert_eq!(question.weight, 2);
        assert_eq!(q.area_of(&"A1.1".into()).map(|a| a.id.as_str()), Some("A1"));
    }

    #[test]
    fn reports_every_problem_at_once() {
        let bad = r#"{"id":"A1.1","text":{"hy":"հարց"},"guidance":{"en":"g"},"weight":5,
        "critical":true,"target":9,"rubric":[{"en":"0"},{"en":"1"}],
        "recommendation":{"en":"r"},"poete":"money"}"#;
        let json = minimal(&format!("{bad},{GOOD},{GOOD}"));
        let Err(QuestionnaireError::Invalid(problems)) = Questionnaire::from_json(&json) else {
            panic!("should be invalid")
        };
        let all = problems.join("\n");
        for expected in [
            "A1.1: `text` has no English",
            "weight 5 is outside 1-3",
            "target 9 is outside 0-4",
            "the rubric has 2 entries",
            "poete \"money\"",
            "A1.1: question id is used twice",
        ] {
            assert!(all.contains(expected), "missing {expected:?} in\n{all}");
        }
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let err = Questionnaire::from_json("{\n  \"id\": }").expect_err("broken");
        assert!(err.to_string().contains("line 2"), "{err}");
    }
}
