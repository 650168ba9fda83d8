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

mod build;
mod words;

pub use build::compare;
pub use words::response_text;

use serde::{Serialize, Serializer};
use time::Date;

use crate::assessment::{Assessment, Response, parse_timestamp};
use crate::questionnaire::{AreaId, Level, QuestionId};
use crate::scoring::{AreaScore, Gap, Overall};

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

/// The date of an assessment's round: the day, in the assessment's time zone, of
/// `meta.modified`, else of `meta.created`; none when neither is an RFC 3339 time.
pub fn round_date(assessment: &Assessment) -> Option<Date> {
    [&assessment.meta.modified, &assessment.meta.created]
        .into_iter()
        .find_map(|value| parse_timestamp(value))
        .map(|at| assessment.meta.zone().local(at).date())
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
    /// The measured figures of the compared questions, then and now, in
    /// questionnaire order: every question with an indicator and a figure in
    /// either round.
    pub figures: Vec<FigureChange>,
}

/// One question's measured figure in each round.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureChange {
    /// The question.
    pub question: QuestionId,
    /// Its area.
    pub area: AreaId,
    /// What is measured, and its unit.
    pub indicator: crate::questionnaire::Indicator,
    /// The old round's figure, if it has one.
    pub old: Option<MeasuredFigure>,
    /// The new round's figure, if it has one.
    pub new: Option<MeasuredFigure>,
}

/// A figure as one round records it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MeasuredFigure {
    /// The value.
    pub value: f64,
    /// The date it is as of, as written.
    pub as_of: String,
    /// Where it comes from.
    pub source: String,
    /// The level it supports.
    pub supports: Level,
}

impl FigureChange {
    /// `45 days → 61 days` in `lang`, with the dates the figures are as of
    /// (`–` for a round without one).
    pub fn then_and_now(&self, lang: crate::i18n::Language) -> String {
        format!("{} → {}", self.then(lang), self.now(lang))
    }

    /// The earlier round's figure with its unit and date: `45 days (2025-09-30)`.
    pub fn then(&self, lang: crate::i18n::Language) -> String {
        self.side(self.old.as_ref(), lang)
    }

    /// The later round's figure with its unit and date.
    pub fn now(&self, lang: crate::i18n::Language) -> String {
        self.side(self.new.as_ref(), lang)
    }

    fn side(&self, figure: Option<&MeasuredFigure>, lang: crate::i18n::Language) -> String {
        let unit = self.indicator.unit.get(lang.code());
        figure.map_or_else(
            || crate::i18n::format::NONE.to_owned(),
            |f| {
                let value = crate::questionnaire::with_unit(lang, f.value, unit);
                match crate::assessment::parse_date(&f.as_of) {
                    Some(date) => format!(
                        "{value} ({})",
                        crate::i18n::format::date_numeric(lang, date)
                    ),
                    None => value,
                }
            },
        )
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::questionnaire::Questionnaire;

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
