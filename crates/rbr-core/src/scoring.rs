//! The published scoring method, exactly as the README states it. Pure.

use serde::Serialize;

use crate::assessment::{Assessment, Response};
use crate::i18n::Language;
use crate::questionnaire::{Area, AreaId, KnockOn, Level, Question, QuestionId, Questionnaire};
use crate::tl;

/// Readiness at or above which an area is `ready`.
pub const READY_FROM: f64 = 75.0;
/// Readiness at or above which an area is `partially-ready`.
pub const PARTIALLY_READY_FROM: f64 = 50.0;

/// How ready an area is, in words as well as numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Band {
    /// Readiness of 75 or more, and no critical question at level 0 or 1.
    Ready,
    /// Readiness of 50 or more, and no critical question at level 0 or 1.
    PartiallyReady,
    /// Readiness under 50, or a critical question at level 0 or 1.
    NotReady,
}

impl Band {
    /// The band inside a sentence or beside a figure: `partially ready`,
    /// `մասամբ պատրաստ`.
    pub fn name(self, lang: Language) -> String {
        match self {
            Band::Ready => tl!(lang, "band-ready"),
            Band::PartiallyReady => tl!(lang, "band-partially-ready"),
            Band::NotReady => tl!(lang, "band-not-ready"),
        }
    }

    /// The band as a label on its own: `Partially ready`, `Մասամբ պատրաստ`.
    pub fn title(self, lang: Language) -> String {
        match self {
            Band::Ready => tl!(lang, "band-ready-title"),
            Band::PartiallyReady => tl!(lang, "band-partially-ready-title"),
            Band::NotReady => tl!(lang, "band-not-ready-title"),
        }
    }

    /// The band as printed: `ready`, `partially-ready`, `not-ready`.
    pub fn as_str(self) -> &'static str {
        match self {
            Band::Ready => "ready",
            Band::PartiallyReady => "partially-ready",
            Band::NotReady => "not-ready",
        }
    }
}

/// The figures of one area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaScore {
    /// The area.
    pub id: AreaId,
    /// Whether the assessment covers it.
    pub in_scope: bool,
    /// 0 to 100; none when no question has a level (or out of scope).
    pub readiness: Option<f64>,
    /// 0 to 1; none out of scope.
    pub completeness: Option<f64>,
    /// The readiness the area would have if every question with a level met its
    /// target; none when readiness is none. Drawn beside readiness in charts.
    pub target: Option<f64>,
    /// The band; none when readiness is none.
    pub band: Option<Band>,
    /// In scope with completeness below 1.
    pub provisional: bool,
    /// Questions with a level.
    pub answered: usize,
    /// Questions marked not applicable.
    pub not_applicable: usize,
    /// Questions with neither.
    pub unanswered: usize,
    /// Questions in the area.
    pub questions: usize,
}

/// The figures over all in-scope areas.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Overall {
    /// Plain mean of the in-scope areas' readiness; none when no area has one.
    pub readiness: Option<f64>,
    /// Over all in-scope questions; none when nothing is in scope.
    pub completeness: Option<f64>,
}

/// One question below its target.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Gap {
    /// The question.
    pub question: QuestionId,
    /// Its area.
    pub area: AreaId,
    /// The level given.
    pub level: Level,
    /// The target (override, else default).
    pub target: Level,
    /// target - level.
    pub gap: u8,
    /// weight x gap x (2 if critical else 1).
    pub priority: u32,
    /// Whether the question is critical.
    pub critical: bool,
}

/// The result of scoring one assessment.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    /// Over the in-scope areas.
    pub overall: Overall,
    /// Every area of the questionnaire, in order.
    pub areas: Vec<AreaScore>,
    /// Gaps, highest priority first, ties in questionnaire order.
    pub gaps: Vec<Gap>,
}

impl AreaScore {
    /// Questions done: answered with a level or marked not applicable.
    pub fn done(&self) -> usize {
        self.answered + self.not_applicable
    }
}

impl Score {
    /// Each not-ready area that other areas depend on, with those of them that are
    /// in scope: the knock-on effects the dashboard and the report state.
    pub fn knock_on<'q>(
        &self,
        questionnaire: &'q Questionnaire,
        in_scope: impl Fn(&AreaId) -> bool,
    ) -> Vec<KnockOn<'q>> {
        questionnaire
            .areas
            .iter()
            .filter(|area| {
                self.area(&area.id)
                    .is_some_and(|s| s.band == Some(Band::NotReady))
            })
            .filter_map(|area| {
                let dependents: Vec<_> = questionnaire
                    .dependents(&area.id)
                    .into_iter()
                    .filter(|d| in_scope(&d.id))
                    .collect();
                let further: Vec<_> = questionnaire
                    .reached_through(&area.id)
                    .into_iter()
                    .filter(|d| in_scope(&d.id))
                    .collect();
                (!dependents.is_empty()).then_some(KnockOn {
                    area,
                    dependents,
                    further,
                })
            })
            .collect()
    }

    /// The score of one area.
    pub fn area(&self, id: &AreaId) -> Option<&AreaScore> {
        self.areas.iter().find(|a| &a.id == id)
    }

    /// Questions done and questions in all, over the areas in scope: "31 of 52".
    pub fn done(&self) -> (usize, usize) {
        self.areas
            .iter()
            .filter(|a| a.in_scope)
            .fold((0, 0), |(done, total), a| {
                (done + a.done(), total + a.questions)
            })
    }
}

/// Scores an assessment with the published method.
pub fn score(questionnaire: &Questionnaire, assessment: &Assessment) -> Score {
    let mut gaps = Vec::new();
    let areas: Vec<AreaScore> = questionnaire
        .areas
        .iter()
        .map(|area| score_area(area, assessment, &mut gaps))
        .collect();
    let readiness: Vec<f64> = areas.iter().filter_map(|a| a.readiness).collect();
    let mut score = Score {
        overall: Overall {
            readiness: (!readiness.is_empty())
                .then(|| readiness.iter().sum::<f64>() / readiness.len() as f64),
            completeness: None,
        },
        areas,
        gaps,
    };
    let (done, total) = score.done();
    score.overall.completeness = (total > 0).then(|| done as f64 / total as f64);
    // A stable sort keeps questionnaire order among equal priorities.
    score.gaps.sort_by_key(|g| std::cmp::Reverse(g.priority));
    score
}

/// Sums over the questions of one area that have a level.
#[derive(Default)]
struct Tally {
    /// Sum of weight x level / 4.
    weighted: f64,
    /// Sum of weight x target / 4.
    weighted_target: f64,
    /// Sum of weights.
    weights: f64,
    answered: usize,
    not_applicable: usize,
    /// A critical question at a level that caps the band.
    critical_low: bool,
}

/// Scores one area; its gaps (when in scope) are added to `gaps`.
fn score_area(area: &Area, assessment: &Assessment, gaps: &mut Vec<Gap>) -> AreaScore {
    let in_scope = assessment.in_scope(&area.id);
    let mut tally = Tally::default();
    for question in &area.questions {
        let level = match assessment.response_to(question) {
            Response::Level(level) => level,
            Response::NotApplicable => {
                tally.not_applicable += 1;
                continue;
            }
            Response::Unanswered => continue,
        };
        tally.answered += 1;
        let weight = f64::from(question.weight);
        let target = assessment.target(question);
        tally.weighted += weight * f64::from(level.value()) / 4.0;
        tally.weighted_target += weight * f64::from(target.value()) / 4.0;
        tally.weights += weight;
        tally.critical_low |= question.critical && level.caps_band();
        if in_scope && level < target {
            gaps.push(gap(area, question, level, target));
        }
    }
    let total = area.questions.len();
    let readiness =
        (in_scope && tally.weights > 0.0).then(|| 100.0 * tally.weighted / tally.weights);
    let completeness = (in_scope && total > 0)
        .then(|| (tally.answered + tally.not_applicable) as f64 / total as f64);
    AreaScore {
        id: area.id.clone(),
        in_scope,
        readiness,
        completeness,
        target: readiness.map(|_| 100.0 * tally.weighted_target / tally.weights),
        band: readiness.map(|r| band(r, tally.critical_low)),
        provisional: completeness.is_some_and(|c| c < 1.0),
        answered: tally.answered,
        not_applicable: tally.not_applicable,
        unanswered: total - tally.answered - tally.not_applicable,
        questions: total,
    }
}

/// The band of an area with readiness `readiness`.
fn band(readiness: f64, critical_low: bool) -> Band {
    if critical_low || readiness < PARTIALLY_READY_FROM {
        Band::NotReady
    } else if readiness < READY_FROM {
        Band::PartiallyReady
    } else {
        Band::Ready
    }
}

fn gap(area: &Area, question: &Question, level: Level, target: Level) -> Gap {
    let gap = target.value() - level.value();
    let critical_factor = if question.critical { 2 } else { 1 };
    Gap {
        question: question.id.clone(),
        area: area.id.clone(),
        level,
        target,
        gap,
        priority: u32::from(question.weight) * u32::from(gap) * critical_factor,
        critical: question.critical,
    }
}
