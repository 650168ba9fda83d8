//! A questionnaire file as written, checked once into a [`Questionnaire`], every
//! problem collected so that a ministry fixing its copy sees them all at once.

use std::collections::{BTreeMap, HashSet};

use serde::Deserialize;

use super::figures::placeholders;
use super::{
    Area, AreaId, Changes, Dependency, FiguresProblem, Indicator, Level, LevelDefinition,
    NotApplicable, Place, PlanningFigure, Poete, Problem, Question, QuestionId, Questionnaire,
    QuestionnaireError, Rule, Translation,
};
use crate::text::Text;

#[derive(Deserialize)]
pub(super) struct RawQuestionnaire {
    id: Option<String>,
    version: Option<String>,
    title: Option<Text>,
    levels: Option<Vec<LevelDefinition>>,
    areas: Option<Vec<RawArea>>,
    #[serde(default)]
    translations: BTreeMap<String, Translation>,
    changes: Option<ChangeLists>,
    #[serde(default)]
    planning_figures: Vec<PlanningFigure>,
}

/// `changes` as one list (before 1.2.0) or several steps.
#[derive(Deserialize)]
#[serde(untagged)]
enum ChangeLists {
    One(Changes),
    Many(Vec<Changes>),
}

#[derive(Deserialize)]
struct RawArea {
    id: Option<String>,
    title: Option<Text>,
    description: Option<Text>,
    questions: Option<Vec<RawQuestion>>,
    #[serde(default)]
    depends_on: Vec<Dependency>,
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
    poete: Option<OneOrMany>,
    #[serde(default)]
    depends_on: Vec<AreaId>,
    not_applicable: Option<NotApplicable>,
    rule: Option<Rule>,
    indicator: Option<Indicator>,
    steps: Option<Vec<Text>>,
}

/// `poete` as one name (before 1.2.0) or a list of names, the main one first.
#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(value) => vec![value],
            OneOrMany::Many(values) => values,
        }
    }
}

/// Collects problems while checking raw input.
#[derive(Default)]
struct Problems {
    found: Vec<Problem>,
    area_ids: HashSet<String>,
    question_ids: HashSet<String>,
}

impl Problems {
    fn push(&mut self, problem: Problem) {
        self.found.push(problem);
    }

    fn required<T>(&mut self, value: Option<T>, place: &Place, field: &'static str) -> Option<T> {
        if value.is_none() {
            self.push(Problem::Missing {
                place: place.clone(),
                field,
            });
        }
        value
    }

    fn text(&mut self, value: Option<Text>, place: &Place, field: &'static str) -> Text {
        match value {
            Some(text) if text.has_base() => text,
            Some(text) => {
                self.push(Problem::NoEnglish {
                    place: place.clone(),
                    field,
                });
                text
            }
            None => {
                self.push(Problem::Missing {
                    place: place.clone(),
                    field,
                });
                Text::default()
            }
        }
    }
}

impl RawQuestionnaire {
    pub(super) fn validate(self) -> Result<Questionnaire, QuestionnaireError> {
        let mut p = Problems::default();
        let id = p
            .required(self.id, &Place::Questionnaire, "id")
            .unwrap_or_default();
        let version = p
            .required(self.version, &Place::Questionnaire, "version")
            .unwrap_or_default();
        if !version.is_empty() && !is_semver(&version) {
            p.push(Problem::Version {
                version: version.clone(),
            });
        }
        let title = p.text(self.title, &Place::Questionnaire, "title");
        let levels = check_levels(self.levels, &mut p);
        let raw_areas = p
            .required(self.areas, &Place::Questionnaire, "areas")
            .unwrap_or_default();
        if raw_areas.is_empty() {
            p.push(Problem::NoAreas);
        }
        let areas: Vec<Area> = raw_areas
            .into_iter()
            .enumerate()
            .map(|(i, raw)| raw.validate(i, &mut p))
            .collect();
        let changes = match self.changes {
            None => Vec::new(),
            Some(ChangeLists::One(changes)) => vec![changes],
            Some(ChangeLists::Many(steps)) => steps,
        };
        check_links(&areas, &changes, &mut p);
        check_figures(&self.planning_figures, &areas, &mut p);
        if !p.found.is_empty() {
            return Err(QuestionnaireError::Invalid(p.found));
        }
        let mut questionnaire = Questionnaire::from_parts(id, version, title, levels, areas);
        questionnaire.translations = self.translations;
        questionnaire.changes = changes;
        questionnaire.planning_figures = self.planning_figures;
        Ok(questionnaire)
    }
}

fn check_levels(levels: Option<Vec<LevelDefinition>>, p: &mut Problems) -> Vec<LevelDefinition> {
    let levels = p
        .required(levels, &Place::Questionnaire, "levels")
        .unwrap_or_default();
    let found: Vec<Level> = levels.iter().map(|l| l.level).collect();
    if !levels.is_empty() && found != Level::ALL {
        p.push(Problem::LevelsOutOfOrder);
    }
    for level in &levels {
        if !level.name.has_base() || !level.description.has_base() {
            p.push(Problem::LevelWithoutEnglish { level: level.level });
        }
    }
    levels
}

impl RawArea {
    /// The area at `index` (0-based), with the questions that could be read.
    fn validate(self, index: usize, p: &mut Problems) -> Area {
        let place = self.id.clone().map_or(Place::Area(index + 1), Place::Id);
        let area_id = p.required(self.id, &place, "id").unwrap_or_default();
        if !area_id.is_empty() && !p.area_ids.insert(area_id.clone()) {
            p.push(Problem::AreaIdTwice {
                place: place.clone(),
            });
        }
        let title = p.text(self.title, &place, "title");
        let description = p.text(self.description, &place, "description");
        let raw_questions = p
            .required(self.questions, &place, "questions")
            .unwrap_or_default();
        if raw_questions.is_empty() {
            p.push(Problem::NoQuestions {
                place: place.clone(),
            });
        }
        let mut questions = Vec::new();
        for (j, rq) in raw_questions.into_iter().enumerate() {
            let qplace = rq.id.clone().map_or_else(
                || Place::Question {
                    area: Box::new(place.clone()),
                    number: j + 1,
                },
                Place::Id,
            );
            if let Some(qid) = &rq.id
                && !p.question_ids.insert(qid.clone())
            {
                p.push(Problem::QuestionIdTwice {
                    place: qplace.clone(),
                });
            }
            if let Some(q) = rq.validate(&qplace, p) {
                questions.push(q);
            }
        }
        Area {
            id: AreaId(area_id),
            title,
            description,
            questions,
            depends_on: self.depends_on,
        }
    }
}

impl RawQuestion {
    fn validate(self, place: &Place, p: &mut Problems) -> Option<Question> {
        let id = p.required(self.id, place, "id");
        let text = p.text(self.text, place, "text");
        let guidance = p.text(self.guidance, place, "guidance");
        let recommendation = p.text(self.recommendation, place, "recommendation");
        let weight = p.required(self.weight, place, "weight").and_then(|weight| {
            let valid = u8::try_from(weight).ok().filter(|w| (1..=3).contains(w));
            if valid.is_none() {
                p.push(Problem::Weight {
                    place: place.clone(),
                    weight,
                });
            }
            valid
        });
        let critical = p.required(self.critical, place, "critical");
        let target = p.required(self.target, place, "target").and_then(|target| {
            let level = Level::try_from(target).ok();
            if level.is_none() {
                p.push(Problem::Target {
                    place: place.clone(),
                    target,
                });
            }
            level
        });
        let rubric = p
            .required(self.rubric, place, "rubric")
            .and_then(|r| check_rubric(r, place, p));
        let poete = p.required(self.poete, place, "poete").and_then(|values| {
            let before = p.found.len();
            let mut parsed = Vec::new();
            for value in values.into_vec() {
                match Poete::parse(&value) {
                    Some(poete) if !parsed.contains(&poete) => parsed.push(poete),
                    Some(_) => {}
                    None => p.push(Problem::Poete {
                        place: place.clone(),
                        value,
                    }),
                }
            }
            if parsed.is_empty() && p.found.len() == before {
                p.push(Problem::Missing {
                    place: place.clone(),
                    field: "poete",
                });
            }
            Some(parsed).filter(|list| !list.is_empty())
        });
        if let (Some(rule), Some(weight), Some(critical)) = (&self.rule, weight, critical) {
            check_rule(rule, weight, critical, place, p);
        }
        if let Some(indicator) = &self.indicator
            && !indicator.in_order()
        {
            p.push(Problem::Figures(FiguresProblem::IndicatorOrder {
                place: place.clone(),
            }));
        }
        let steps = self.steps.and_then(|steps| check_steps(steps, place, p));
        let poete = poete?;
        Some(Question {
            id: QuestionId(id?),
            text,
            guidance,
            weight: weight?,
            critical: critical?,
            target: target?,
            rubric: rubric?,
            recommendation,
            poete: poete[0],
            poete_also: poete[1..].to_vec(),
            depends_on: self.depends_on,
            not_applicable: self.not_applicable.unwrap_or_default(),
            rule: self.rule,
            indicator: self.indicator,
            steps,
        })
    }
}

/// A question's weight and critical flag are the ones its rule gives.
fn check_rule(rule: &Rule, weight: u8, critical: bool, place: &Place, p: &mut Problems) {
    let in_range = |score: u8| (1..=3).contains(&score);
    if !in_range(rule.consequence) || !in_range(rule.replacement) {
        p.push(Problem::RuleScore {
            place: place.clone(),
            consequence: rule.consequence,
            replacement: rule.replacement,
        });
    } else if rule.weight() != weight || rule.critical() != critical {
        p.push(Problem::RuleMismatch {
            place: place.clone(),
            weight: rule.weight(),
            critical: rule.critical(),
        });
    }
}

/// Dependencies name other areas of this questionnaire; the change list names its
/// questions.
fn check_links(areas: &[Area], changes: &[Changes], p: &mut Problems) {
    let area_ids: HashSet<&AreaId> = areas.iter().map(|a| &a.id).collect();
    let question_ids: HashSet<&QuestionId> = areas
        .iter()
        .flat_map(|a| a.questions.iter().map(|q| &q.id))
        .collect();
    for area in areas {
        let named = area
            .depends_on
            .iter()
            .map(|d| &d.area)
            .chain(area.questions.iter().flat_map(|q| q.depends_on.iter()));
        for other in named {
            if other == &area.id || !area_ids.contains(other) {
                p.push(Problem::Dependency {
                    place: Place::Id(area.id.to_string()),
                    area: other.to_string(),
                });
            }
        }
    }
    // The step that leads to this version names only its questions; older steps
    // may name questions since split or merged away.
    let Some(changes) = changes.iter().find(|c| c.to.is_none()) else {
        return;
    };
    let listed = changes
        .added
        .iter()
        .chain(&changes.changed)
        .chain(changes.merged.values());
    for id in listed {
        if !question_ids.contains(id) {
            p.push(Problem::ChangeUnknown {
                question: id.to_string(),
            });
        }
    }
}

/// Planning figures have ids of their own, and every `{figure:ID}` a question's
/// text names is one of them.
fn check_figures(figures: &[PlanningFigure], areas: &[Area], p: &mut Problems) {
    let mut ids = HashSet::new();
    for figure in figures {
        if !ids.insert(figure.id.as_str()) {
            p.push(Problem::Figures(FiguresProblem::FigureIdTwice {
                figure: figure.id.clone(),
            }));
        }
    }
    for question in areas.iter().flat_map(|a| &a.questions) {
        let mut named: Vec<&str> = question
            .texts()
            .flat_map(|text| text.0.values())
            .flat_map(|text| placeholders(text))
            .filter(|id| !ids.contains(id))
            .collect();
        named.sort_unstable();
        named.dedup();
        for figure in named {
            p.push(Problem::Figures(FiguresProblem::UnknownFigure {
                place: Place::Id(question.id.to_string()),
                figure: figure.to_owned(),
            }));
        }
    }
}

/// Four steps, each with English: 0 to 1, 1 to 2, 2 to 3, 3 to 4.
fn check_steps(steps: Vec<Text>, place: &Place, p: &mut Problems) -> Option<[Text; 4]> {
    if steps.len() != 4 {
        p.push(Problem::Figures(FiguresProblem::StepsLength {
            place: place.clone(),
            entries: steps.len(),
        }));
    }
    for (step, entry) in steps.iter().enumerate() {
        if !entry.has_base() {
            p.push(Problem::Figures(FiguresProblem::StepWithoutEnglish {
                place: place.clone(),
                level: step,
            }));
        }
    }
    <[Text; 4]>::try_from(steps).ok()
}

fn check_rubric(rubric: Vec<Text>, place: &Place, p: &mut Problems) -> Option<[Text; 5]> {
    if rubric.len() != 5 {
        p.push(Problem::RubricLength {
            place: place.clone(),
            entries: rubric.len(),
        });
    }
    for (level, entry) in rubric.iter().enumerate() {
        if !entry.has_base() {
            p.push(Problem::RubricWithoutEnglish {
                place: place.clone(),
                level,
            });
        }
    }
    <[Text; 5]>::try_from(rubric).ok()
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
        let place = || Place::Id("A1.1".to_owned());
        assert_eq!(
            problems,
            [
                Problem::NoEnglish {
                    place: place(),
                    field: "text"
                },
                Problem::Weight {
                    place: place(),
                    weight: 5
                },
                Problem::Target {
                    place: place(),
                    target: 9
                },
                Problem::RubricLength {
                    place: place(),
                    entries: 2
                },
                Problem::Poete {
                    place: place(),
                    value: "money".into()
                },
                Problem::QuestionIdTwice { place: place() },
                Problem::QuestionIdTwice { place: place() },
            ]
        );
        let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            all[..5],
            [
                "A1.1: `text` has no English (\"en\") text",
                "A1.1: weight 5 is outside 1-3",
                "A1.1: target 9 is outside 0-4",
                "A1.1: the rubric has 2 entries; it needs exactly five (levels 0 to 4)",
                "A1.1: poete \"money\" is not one of planning, organisation, equipment, training, exercises",
            ]
        );
    }

    #[test]
    fn the_error_lists_each_problem_on_its_own_line() {
        let json = minimal(&GOOD.replace(r#""weight":2,"#, ""));
        let err = Questionnaire::from_json(&json).expect_err("no weight");
        assert_eq!(
            err.to_string(),
            "1 problem in the questionnaire:\n  A1.1: `weight` is missing"
        );
        assert_eq!(
            err.message(crate::i18n::Language::Hy),
            "Հարցաշարում կա 1 խնդիր․\n  A1.1: «weight» դաշտը բացակայում է։"
        );
    }

    #[test]
    fn places_without_ids_are_named_by_position() {
        let json = minimal(&GOOD.replace(r#""id":"A1.1","#, "")).replace(r#""id":"A1","#, "");
        let Err(QuestionnaireError::Invalid(problems)) = Questionnaire::from_json(&json) else {
            panic!("should be invalid")
        };
        let all: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            all,
            [
                "area #1: `id` is missing",
                "area #1, question #1: `id` is missing"
            ]
        );
    }
}
