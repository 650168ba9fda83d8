//! Working out a comparison: both rounds moved to the questionnaire in use, scored,
//! and compared area by area, question by question and gap by gap.

use std::borrow::Cow;
use std::collections::HashMap;

use super::{
    AreaChange, BandChange, Comparability, Comparison, FigureChange, GapChange, MeasuredFigure,
    Movement, OverallChange, QuestionChange, Round, Versions,
};
use crate::assessment::Assessment;
use crate::questionnaire::{Area, AreaId, Question, QuestionId, Questionnaire};
use crate::scoring::{self, Band, Gap, Score};

/// An assessment moved to `questionnaire`'s version when it is on an earlier one
/// that a change list leads from.
fn current<'a>(questionnaire: &Questionnaire, assessment: &'a Assessment) -> Cow<'a, Assessment> {
    if assessment.upgrade_plan(questionnaire).is_none() {
        return Cow::Borrowed(assessment);
    }
    let mut upgraded = assessment.clone();
    upgraded.upgrade(questionnaire);
    Cow::Owned(upgraded)
}

/// Compares the `old` round with the `new` one, both scored against `questionnaire`.
pub fn compare(questionnaire: &Questionnaire, old: &Assessment, new: &Assessment) -> Comparison {
    let (old_round, new_round) = (Round::of(old), Round::of(new));
    let versions = versions(questionnaire, old, new);
    let (old, new) = (current(questionnaire, old), current(questionnaire, new));
    let (old_score, new_score) = (
        scoring::score(questionnaire, &old),
        scoring::score(questionnaire, &new),
    );
    let mut comparability = comparability(questionnaire, &old, &new);
    let changed_meaning: Vec<QuestionId> = if let Versions::Changed {
        ref changed_meaning,
        ..
    } = versions
    {
        changed_meaning.clone()
    } else {
        Vec::new()
    };
    comparability.versions = restricted(versions, questionnaire, &old, &new);
    let questions = question_changes(questionnaire, &old, &new, &changed_meaning);
    let (gaps_closed, gaps_opened) = gap_changes(questionnaire, &old, &new, &old_score, &new_score);
    Comparison {
        old_round,
        new_round,
        comparability,
        overall: OverallChange {
            readiness_change: difference(old_score.overall.readiness, new_score.overall.readiness),
            completeness_change: difference(
                old_score.overall.completeness,
                new_score.overall.completeness,
            ),
            old: old_score.overall.clone(),
            new: new_score.overall.clone(),
        },
        areas: area_changes(&old_score, &new_score),
        questions,
        gaps_closed,
        gaps_opened,
        figures: figure_changes(questionnaire, &old, &new),
    }
}

/// Every compared question with an indicator and a figure in either round.
fn figure_changes(
    questionnaire: &Questionnaire,
    old: &Assessment,
    new: &Assessment,
) -> Vec<FigureChange> {
    let figure = |assessment: &Assessment, question| {
        assessment.measured(question).map(|m| MeasuredFigure {
            value: m.value,
            as_of: m.figure.as_of.trim().to_owned(),
            source: m.figure.source.trim().to_owned(),
            supports: m.supports,
        })
    };
    compared(questionnaire, old, new)
        .filter_map(|(area, question)| {
            let indicator = question.indicator.clone()?;
            let (then, now) = (figure(old, question), figure(new, question));
            (then.is_some() || now.is_some()).then(|| FigureChange {
                question: question.id.clone(),
                area: area.id.clone(),
                indicator,
                old: then,
                new: now,
            })
        })
        .collect()
}

fn difference(old: Option<f64>, new: Option<f64>) -> Option<f64> {
    Some(new? - old?)
}

/// A band's rank: higher is better.
fn rank(band: Band) -> u8 {
    match band {
        Band::NotReady => 0,
        Band::PartiallyReady => 1,
        Band::Ready => 2,
    }
}

fn area_changes(old: &Score, new: &Score) -> Vec<AreaChange> {
    old.areas
        .iter()
        .zip(&new.areas)
        .map(|(old, new)| AreaChange {
            id: new.id.clone(),
            readiness_change: difference(old.readiness, new.readiness),
            completeness_change: difference(old.completeness, new.completeness),
            band_change: match (old.band, new.band) {
                (Some(a), Some(b)) => match rank(b).cmp(&rank(a)) {
                    std::cmp::Ordering::Greater => BandChange::Up,
                    std::cmp::Ordering::Equal => BandChange::Same,
                    std::cmp::Ordering::Less => BandChange::Down,
                },
                _ => BandChange::NotComparable,
            },
            old: old.clone(),
            new: new.clone(),
        })
        .collect()
}

/// The counts of compared questions and the areas in one scope only; the
/// versions are filled in by the caller.
fn comparability(
    questionnaire: &Questionnaire,
    old: &Assessment,
    new: &Assessment,
) -> Comparability {
    let mut in_both = 0;
    let mut in_either = 0;
    let mut only_old = Vec::new();
    let mut only_new = Vec::new();
    for area in &questionnaire.areas {
        let (in_old, in_new) = (old.in_scope(&area.id), new.in_scope(&area.id));
        let questions = area.questions.len();
        if in_old && in_new {
            in_both += questions;
        }
        if in_old || in_new {
            in_either += questions;
        }
        if in_old && !in_new {
            only_old.push(area.id.clone());
        }
        if in_new && !in_old {
            only_new.push(area.id.clone());
        }
    }
    Comparability {
        in_both,
        in_either,
        only_old,
        only_new,
        versions: Versions::Same {
            version: questionnaire.version.clone(),
        },
    }
}

/// How the rounds' questionnaire versions relate, with the whole change list
/// when one leads from the earlier version to the questionnaire's.
fn versions(questionnaire: &Questionnaire, old: &Assessment, new: &Assessment) -> Versions {
    let (o, n) = (&old.questionnaire, &new.questionnaire);
    if o.id == n.id && o.version == n.version {
        return Versions::Same {
            version: o.version.clone(),
        };
    }
    let unknown = || Versions::Unknown {
        old: format!("{} {}", o.id, o.version),
        new: format!("{} {}", n.id, n.version),
    };
    if o.id != n.id || o.id != questionnaire.id {
        return unknown();
    }
    // The change lists must lead from one version to the other, either way.
    let between = questionnaire
        .changes_between(&o.version, &n.version)
        .or_else(|| questionnaire.changes_between(&n.version, &o.version));
    match between {
        Some(changes) => Versions::Changed {
            old: o.version.clone(),
            new: n.version.clone(),
            changed_meaning: changes.changed.clone(),
            added: changes.added.clone(),
        },
        None => unknown(),
    }
}

/// The change list narrowed to what matters here: changed meaning among the
/// compared questions, added questions among the new round's.
fn restricted(
    versions: Versions,
    questionnaire: &Questionnaire,
    old: &Assessment,
    new: &Assessment,
) -> Versions {
    let in_scope = |a: &Assessment, id: &QuestionId| {
        questionnaire
            .area_of(id)
            .is_some_and(|area| a.in_scope(&area.id))
    };
    match versions {
        Versions::Changed {
            old: o,
            new: n,
            changed_meaning,
            added,
        } => Versions::Changed {
            old: o,
            new: n,
            changed_meaning: changed_meaning
                .into_iter()
                .filter(|id| in_scope(old, id) && in_scope(new, id))
                .collect(),
            added: added.into_iter().filter(|id| in_scope(new, id)).collect(),
        },
        same @ Versions::Same { .. } => same,
        unknown @ Versions::Unknown { .. } => unknown,
    }
}

/// The questions compared one by one: those of the areas in scope in both rounds,
/// with their area, in questionnaire order.
fn compared<'q>(
    questionnaire: &'q Questionnaire,
    old: &'q Assessment,
    new: &'q Assessment,
) -> impl Iterator<Item = (&'q Area, &'q Question)> {
    questionnaire
        .areas
        .iter()
        .filter(|area| old.in_scope(&area.id) && new.in_scope(&area.id))
        .flat_map(|area| area.questions.iter().map(move |q| (area, q)))
}

fn question_changes(
    questionnaire: &Questionnaire,
    old: &Assessment,
    new: &Assessment,
    changed_meaning: &[QuestionId],
) -> Vec<QuestionChange> {
    compared(questionnaire, old, new)
        .filter_map(|(area, question)| {
            let (o, n) = (old.response_to(question), new.response_to(question));
            Movement::of(o, n).map(|movement| QuestionChange {
                id: question.id.clone(),
                area: area.id.clone(),
                critical: question.critical,
                old: o,
                new: n,
                movement,
                meaning_changed: changed_meaning.contains(&question.id),
            })
        })
        .collect()
}

/// Gaps closed (in the old score, not the new) and opened (the other way), among
/// the questions in scope in both rounds, highest priority first.
fn gap_changes(
    questionnaire: &Questionnaire,
    old: &Assessment,
    new: &Assessment,
    old_score: &Score,
    new_score: &Score,
) -> (Vec<GapChange>, Vec<GapChange>) {
    let compared = |area: &AreaId| old.in_scope(area) && new.in_scope(area);
    let old_gaps: HashMap<&QuestionId, &Gap> =
        old_score.gaps.iter().map(|g| (&g.question, g)).collect();
    let new_gaps: HashMap<&QuestionId, &Gap> =
        new_score.gaps.iter().map(|g| (&g.question, g)).collect();
    let change = |gap: &Gap| {
        let question = questionnaire.question(&gap.question);
        let target = question.map_or(gap.target, |q| new.target(q));
        let response = |a: &Assessment| {
            question.map_or_else(|| a.response(&gap.question), |q| a.response_to(q))
        };
        GapChange {
            question: gap.question.clone(),
            area: gap.area.clone(),
            critical: gap.critical,
            gap: gap.clone(),
            old: response(old),
            new: response(new),
            target,
        }
    };
    // The scores list gaps highest priority first, so these keep that order.
    let closed = old_score
        .gaps
        .iter()
        .filter(|g| compared(&g.area) && !new_gaps.contains_key(&g.question))
        .map(change)
        .collect();
    let opened = new_score
        .gaps
        .iter()
        .filter(|g| compared(&g.area) && !old_gaps.contains_key(&g.question))
        .map(change)
        .collect();
    (closed, opened)
}
