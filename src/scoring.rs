//! The published scoring method, exactly as the README states it. Pure.

use serde::Serialize;

use crate::assessment::Assessment;
use crate::questionnaire::{AreaId, Level, QuestionId, Questionnaire};

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

impl Score {
    /// The score of one area.
    pub fn area(&self, id: &AreaId) -> Option<&AreaScore> {
        self.areas.iter().find(|a| &a.id == id)
    }
}

/// Scores an assessment with the published method.
pub fn score(questionnaire: &Questionnaire, assessment: &Assessment) -> Score {
    let mut areas = Vec::with_capacity(questionnaire.areas.len());
    let mut gaps = Vec::new();
    let (mut scope_questions, mut scope_answered) = (0usize, 0usize);
    for area in &questionnaire.areas {
        let in_scope = assessment.in_scope(&area.id);
        let (mut weighted, mut weighted_target, mut weights) = (0.0, 0.0, 0.0);
        let (mut answered, mut not_applicable) = (0, 0);
        let mut critical_low = false;
        for question in &area.questions {
            let answer = assessment.answer(&question.id);
            if answer.is_some_and(|a| a.not_applicable) {
                not_applicable += 1;
                continue;
            }
            let Some(level) = answer.and_then(|a| a.scored_level()) else {
                continue;
            };
            answered += 1;
            let weight = f64::from(question.weight);
            weighted += weight * f64::from(level.value()) / 4.0;
            weights += weight;
            critical_low |= question.critical && level.value() <= 1;
            let target = assessment.target(question);
            weighted_target += weight * f64::from(target.value()) / 4.0;
            if in_scope && level < target {
                let gap = target.value() - level.value();
                gaps.push(Gap {
                    question: question.id.clone(),
                    area: area.id.clone(),
                    level,
                    target,
                    gap,
                    priority: u32::from(question.weight)
                        * u32::from(gap)
                        * if question.critical { 2 } else { 1 },
                    critical: question.critical,
                });
            }
        }
        let total = area.questions.len();
        let readiness = (in_scope && weights > 0.0).then(|| 100.0 * weighted / weights);
        let target = readiness.map(|_| 100.0 * weighted_target / weights);
        let completeness =
            (in_scope && total > 0).then(|| (answered + not_applicable) as f64 / total as f64);
        let band = readiness.map(|r| {
            if critical_low || r < PARTIALLY_READY_FROM {
                Band::NotReady
            } else if r < READY_FROM {
                Band::PartiallyReady
            } else {
                Band::Ready
            }
        });
        if in_scope {
            scope_questions += total;
            scope_answered += answered + not_applicable;
        }
        areas.push(AreaScore {
            id: area.id.clone(),
            in_scope,
            readiness,
            completeness,
            target,
            band,
            provisional: completeness.is_some_and(|c| c < 1.0),
            answered,
            not_applicable,
            unanswered: total - answered - not_applicable,
            questions: total,
        });
    }
    let readiness: Vec<f64> = areas.iter().filter_map(|a| a.readiness).collect();
    let overall = Overall {
        readiness: (!readiness.is_empty())
            .then(|| readiness.iter().sum::<f64>() / readiness.len() as f64),
        completeness: (scope_questions > 0).then(|| scope_answered as f64 / scope_questions as f64),
    };
    // A stable sort keeps questionnaire order among equal priorities.
    gaps.sort_by_key(|g| std::cmp::Reverse(g.priority));
    Score {
        overall,
        areas,
        gaps,
    }
}
