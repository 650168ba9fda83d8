//! Two rounds of an assessment side by side: what improved, what slipped, which
//! gaps closed. Pure: both are scored with [`crate::scoring::score`], so the
//! comparison agrees with the figures the command line, the app and the PDF show.
//!
//! First how comparable the two are (the questions in scope in both and in either,
//! and the questionnaire versions, with the change list when they differ), then
//! each area's readiness and completeness old -> new, then each question whose
//! answer moved, and the gaps closed and opened. Only the questions in scope in
//! both rounds are compared question by question. A file answered under an earlier
//! questionnaire version is moved to the current one first, in memory, as opening
//! it in the app would.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::{Serialize, Serializer};
use time::Date;

use crate::assessment::{Assessment, Response, parse_timestamp};
use crate::questionnaire::{AreaId, Level, QuestionId, Questionnaire};
use crate::scoring::{self, AreaScore, Band, Gap, Overall, Score};

/// One round as compared: what identifies it to a reader.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Round {
    /// `meta.title` as written.
    pub title: String,
    /// `meta.organisation` as written.
    pub organisation: String,
    /// The date of the round: `meta.modified`, else `meta.created`; none when
    /// neither is a time. Written `YYYY-MM-DD`.
    #[serde(serialize_with = "serialize_date")]
    pub date: Option<Date>,
    /// The questionnaire version the file was answered under.
    pub questionnaire_version: String,
    /// The areas in scope (none means all).
    pub scope: Option<Vec<AreaId>>,
}

impl Round {
    fn of(assessment: &Assessment) -> Self {
        Self {
            title: assessment.meta.title.clone(),
            organisation: assessment.meta.organisation.clone(),
            date: round_date(assessment),
            questionnaire_version: assessment.questionnaire.version.clone(),
            scope: assessment.meta.scope.clone(),
        }
    }
}

/// The date of an assessment's round: the date (UTC) of `meta.modified`, else of
/// `meta.created`; none when neither is an RFC 3339 time.
pub fn round_date(assessment: &Assessment) -> Option<Date> {
    [&assessment.meta.modified, &assessment.meta.created]
        .into_iter()
        .find_map(|value| parse_timestamp(value))
        .map(|at| at.to_offset(time::UtcOffset::UTC).date())
}

/// How the questionnaire versions of the two rounds relate.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Versions {
    /// Both answered under the same version.
    Same {
        /// The version.
        version: String,
    },
    /// Different versions, with a change list from the earlier to the later.
    Changed {
        /// The old round's version.
        old: String,
        /// The new round's version.
        new: String,
        /// Compared questions whose meaning changed between the versions.
        changed_meaning: Vec<QuestionId>,
        /// Questions in scope in the new round that the old version did not have.
        added: Vec<QuestionId>,
    },
    /// Different versions (or questionnaires) and no change list between them:
    /// the levels may not mean the same.
    Unknown {
        /// The old round's questionnaire id and version.
        old: String,
        /// The new round's questionnaire id and version.
        new: String,
    },
}

/// How far the two rounds can be compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparability {
    /// Questions in scope in both rounds: those compared one by one.
    pub in_both: usize,
    /// Questions in scope in either round.
    pub in_either: usize,
    /// Areas in scope in the old round only.
    pub only_old: Vec<AreaId>,
    /// Areas in scope in the new round only.
    pub only_new: Vec<AreaId>,
    /// The questionnaire versions.
    pub versions: Versions,
}

impl Comparability {
    /// Whether the rounds differ in scope or questionnaire version, which a reader
    /// should be told before reading the figures.
    pub fn differs(&self) -> bool {
        self.in_both != self.in_either || !matches!(self.versions, Versions::Same { .. })
    }
}

/// Which way a band moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum BandChange {
    /// A better band.
    Up,
    /// The same band.
    Same,
    /// A worse band.
    Down,
    /// No band on one side or both (no level given, or out of scope).
    NotComparable,
}

/// One area, old -> new.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaChange {
    /// The area.
    pub id: AreaId,
    /// The old round's figures.
    pub old: AreaScore,
    /// The new round's figures.
    pub new: AreaScore,
    /// new - old readiness, when both have one.
    pub readiness_change: Option<f64>,
    /// new - old completeness, when both have one.
    pub completeness_change: Option<f64>,
    /// Which way the band moved.
    pub band_change: BandChange,
}

/// The overall figures, old -> new.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OverallChange {
    /// The old round's.
    pub old: Overall,
    /// The new round's.
    pub new: Overall,
    /// new - old readiness, when both have one.
    pub readiness_change: Option<f64>,
    /// new - old completeness, when both have one.
    pub completeness_change: Option<f64>,
}

/// How a question's answer moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Movement {
    /// A higher level.
    Improved,
    /// A lower level.
    Declined,
    /// A level now, unanswered before.
    NewlyAnswered,
    /// Unanswered now, a level before.
    NoLongerAnswered,
    /// Marked not applicable now, not before.
    ToNotApplicable,
    /// Not applicable before, not now.
    FromNotApplicable,
}

impl Movement {
    /// Every movement, in the order lists show them.
    pub const ALL: [Movement; 6] = [
        Movement::Improved,
        Movement::Declined,
        Movement::NewlyAnswered,
        Movement::NoLongerAnswered,
        Movement::ToNotApplicable,
        Movement::FromNotApplicable,
    ];

    /// How `old` became `new`; none when the answer counts the same.
    pub fn of(old: Response, new: Response) -> Option<Self> {
        use Response::{Level as L, NotApplicable as Na, Unanswered as U};
        match (old, new) {
            (L(a), L(b)) if b > a => Some(Movement::Improved),
            (L(a), L(b)) if b < a => Some(Movement::Declined),
            (U, L(_)) => Some(Movement::NewlyAnswered),
            (L(_), U) => Some(Movement::NoLongerAnswered),
            (L(_) | U, Na) => Some(Movement::ToNotApplicable),
            (Na, L(_) | U) => Some(Movement::FromNotApplicable),
            _ => None,
        }
    }
}

/// A compared question whose answer moved.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionChange {
    /// The question.
    pub id: QuestionId,
    /// Its area.
    pub area: AreaId,
    /// Whether it is critical.
    pub critical: bool,
    /// The old answer: a level, `"n/a"`, or null.
    #[serde(serialize_with = "serialize_response")]
    pub old: Response,
    /// The new answer.
    #[serde(serialize_with = "serialize_response")]
    pub new: Response,
    /// How it moved.
    pub movement: Movement,
    /// The questionnaire changed its meaning between the rounds' versions: the
    /// levels may not mean the same.
    pub meaning_changed: bool,
}

/// A gap that closed or opened between the rounds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GapChange {
    /// The question.
    pub question: QuestionId,
    /// Its area.
    pub area: AreaId,
    /// Whether it is critical.
    pub critical: bool,
    /// The gap where there is one: the old round's for a closed gap, the new
    /// round's for an opened one.
    pub gap: Gap,
    /// The old answer.
    #[serde(serialize_with = "serialize_response")]
    pub old: Response,
    /// The new answer.
    #[serde(serialize_with = "serialize_response")]
    pub new: Response,
    /// The target in the new round (override, else default).
    pub target: Level,
}

/// Two rounds compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// The earlier round.
    pub old_round: Round,
    /// The later round.
    pub new_round: Round,
    /// How far they can be compared.
    pub comparability: Comparability,
    /// The overall figures.
    pub overall: OverallChange,
    /// Every area of the questionnaire, in order.
    pub areas: Vec<AreaChange>,
    /// The compared questions whose answer moved, in questionnaire order.
    pub questions: Vec<QuestionChange>,
    /// Gaps of the old round that the new one no longer has, highest priority first.
    pub gaps_closed: Vec<GapChange>,
    /// Gaps of the new round that the old one did not have, highest priority first.
    pub gaps_opened: Vec<GapChange>,
}

impl Comparison {
    /// The compared questions that moved `movement`'s way, in questionnaire order.
    pub fn moved(&self, movement: Movement) -> impl Iterator<Item = &QuestionChange> {
        self.questions
            .iter()
            .filter(move |q| q.movement == movement)
    }

    /// How many compared questions moved `movement`'s way.
    pub fn count(&self, movement: Movement) -> usize {
        self.moved(movement).count()
    }

    /// The change of one area.
    pub fn area(&self, id: &AreaId) -> Option<&AreaChange> {
        self.areas.iter().find(|a| &a.id == id)
    }
}

fn serialize_date<S: Serializer>(date: &Option<Date>, serializer: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(date) => serializer.collect_str(&format_args!(
            "{:04}-{:02}-{:02}",
            date.year(),
            u8::from(date.month()),
            date.day()
        )),
        None => serializer.serialize_none(),
    }
}

fn serialize_response<S: Serializer>(
    response: &Response,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match response {
        Response::Level(level) => serializer.serialize_u8(level.value()),
        Response::NotApplicable => serializer.serialize_str("n/a"),
        Response::Unanswered => serializer.serialize_none(),
    }
}

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
    let changed_meaning: Vec<QuestionId> = match versions {
        Versions::Changed {
            ref changed_meaning,
            ..
        } => changed_meaning.clone(),
        _ => Vec::new(),
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
    }
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
    // One of the two must be on the questionnaire's version and the other on the
    // version its change list starts from.
    let earlier = if n.version == questionnaire.version {
        &o.version
    } else if o.version == questionnaire.version {
        &n.version
    } else {
        return unknown();
    };
    match questionnaire.changes_from(earlier) {
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
        other => other,
    }
}

fn question_changes(
    questionnaire: &Questionnaire,
    old: &Assessment,
    new: &Assessment,
    changed_meaning: &[QuestionId],
) -> Vec<QuestionChange> {
    questionnaire
        .areas
        .iter()
        .filter(|area| old.in_scope(&area.id) && new.in_scope(&area.id))
        .flat_map(|area| area.questions.iter().map(move |q| (area, q)))
        .filter_map(|(area, question)| {
            let (o, n) = (old.response(&question.id), new.response(&question.id));
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
        let target = questionnaire
            .question(&gap.question)
            .map_or(gap.target, |q| new.target(q));
        GapChange {
            question: gap.question.clone(),
            area: gap.area.clone(),
            critical: gap.critical,
            gap: gap.clone(),
            old: old.response(&gap.question),
            new: new.response(&gap.question),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn level(n: u8) -> Response {
        Response::Level(Level::new(n).expect("on the scale"))
    }

    #[test]
    fn how_an_answer_moved() {
        let na = Response::NotApplicable;
        let none = Response::Unanswered;
        let cases = [
            (level(1), level(3), Some(Movement::Improved)),
            (level(3), level(1), Some(Movement::Declined)),
            (level(2), level(2), None),
            (none, level(0), Some(Movement::NewlyAnswered)),
            (level(0), none, Some(Movement::NoLongerAnswered)),
            (level(2), na, Some(Movement::ToNotApplicable)),
            (none, na, Some(Movement::ToNotApplicable)),
            (na, level(4), Some(Movement::FromNotApplicable)),
            (na, none, Some(Movement::FromNotApplicable)),
            (na, na, None),
            (none, none, None),
        ];
        for (old, new, expected) in cases {
            assert_eq!(Movement::of(old, new), expected, "{old:?} -> {new:?}");
        }
    }

    #[test]
    fn a_round_is_dated_by_modified_else_created() {
        let q = Questionnaire::built_in();
        let cases = [
            (
                "2026-11-27T16:30:00Z",
                "2026-01-02T00:00:00Z",
                Some("2026-11-27"),
            ),
            ("", "2026-01-02T09:00:00Z", Some("2026-01-02")),
            ("yesterday", "2026-01-02T09:00:00Z", Some("2026-01-02")),
            ("", "", None),
        ];
        for (modified, created, expected) in cases {
            let mut a = Assessment::new(&q, crate::assessment::Meta::default());
            a.meta.modified = modified.to_owned();
            a.meta.created = created.to_owned();
            let date = round_date(&a).map(|d| d.to_string());
            assert_eq!(date.as_deref(), expected, "{modified:?} {created:?}");
        }
    }
}
