//! An edit to an assessment, naming what it changes, so that it lands where it was meant.
//!
//! Shortcuts are collected before a frame is drawn and run after it, so an edit
//! must not work out "the question shown" when it runs: a Page Down earlier in the
//! same frame would already have moved on. Every edit carries its target instead.

use crate::assessment::{Answer, Meta, PlanDate, PlanEntry, PlanStatus};
use crate::questionnaire::{AreaId, Level, QuestionId};
use crate::review::{Action, Actor};

/// The details of an assessment that can be edited after it is created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetaField {
    /// Title.
    Title,
    /// Organisation assessed.
    Organisation,
    /// Who fills it in.
    Assessor,
    /// Classification; empty for none.
    Classification,
    /// Language of the free text.
    Language,
    /// The time zone times are shown in.
    TimeZone,
    /// Where the document is issued.
    Place,
}

impl MetaField {
    /// The field's value in an assessment's meta.
    pub fn of(self, meta: &Meta) -> &str {
        match self {
            MetaField::Title => &meta.title,
            MetaField::Organisation => &meta.organisation,
            MetaField::Assessor => &meta.assessor,
            MetaField::Classification => &meta.classification,
            MetaField::Language => &meta.language,
            MetaField::TimeZone => &meta.time_zone,
            MetaField::Place => &meta.place,
        }
    }

    pub(super) fn of_mut(self, meta: &mut Meta) -> &mut String {
        match self {
            MetaField::Title => &mut meta.title,
            MetaField::Organisation => &mut meta.organisation,
            MetaField::Assessor => &mut meta.assessor,
            MetaField::Classification => &mut meta.classification,
            MetaField::Language => &mut meta.language,
            MetaField::TimeZone => &mut meta.time_zone,
            MetaField::Place => &mut meta.place,
        }
    }
}

/// The free-text fields of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TextField {
    /// Why the question does not apply.
    Justification,
    /// The evidence the level rests on.
    Evidence,
    /// Free notes.
    Notes,
}

impl TextField {
    /// The field's text in an answer.
    pub fn of(self, answer: &Answer) -> &str {
        match self {
            TextField::Justification => &answer.justification,
            TextField::Evidence => &answer.evidence,
            TextField::Notes => &answer.notes,
        }
    }

    pub(super) fn of_mut(self, answer: &mut Answer) -> &mut String {
        match self {
            TextField::Justification => &mut answer.justification,
            TextField::Evidence => &mut answer.evidence,
            TextField::Notes => &mut answer.notes,
        }
    }
}

/// The free-text fields of a plan entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanText {
    /// What will be done.
    Action,
    /// The body responsible.
    Body,
    /// The person responsible.
    Person,
    /// Resources or cost estimate.
    Resources,
}

impl PlanText {
    /// The field's text in an entry.
    pub fn of(self, entry: &PlanEntry) -> &str {
        match self {
            PlanText::Action => &entry.action,
            PlanText::Body => &entry.body,
            PlanText::Person => &entry.person,
            PlanText::Resources => &entry.resources,
        }
    }

    pub(super) fn of_mut(self, entry: &mut PlanEntry) -> &mut String {
        match self {
            PlanText::Action => &mut entry.action,
            PlanText::Body => &mut entry.body,
            PlanText::Person => &mut entry.person,
            PlanText::Resources => &mut entry.resources,
        }
    }
}

/// A change to one question's plan entry. The first change to a gap without an
/// entry creates it, with the question's recommendation as its action.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanEdit {
    /// Replace a free-text field.
    Text(PlanText, String),
    /// Set a date field as typed (`YYYY-MM-DD`; anything else is kept and flagged).
    Date(PlanDate, String),
    /// Set the status, and the status date to `on` (`YYYY-MM-DD`, taken by the app).
    Status {
        /// The new status.
        status: PlanStatus,
        /// Today's date.
        on: String,
    },
    /// Add an empty milestone at the end.
    AddMilestone,
    /// Replace a milestone's text.
    MilestoneText(usize, String),
    /// Set a milestone's date as typed.
    MilestoneDate(usize, String),
    /// Mark a milestone reached, or not.
    MilestoneDone(usize, bool),
    /// Remove a milestone.
    RemoveMilestone(usize),
}

/// One change to an assessment, with its target.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Set (or clear) a question's level; a level clears "not applicable".
    Level(QuestionId, Option<Level>),
    /// Mark a question not applicable (clears its level) or not.
    NotApplicable(QuestionId, bool),
    /// Flag a question as needing follow-up, or not.
    FollowUp(QuestionId, bool),
    /// Replace a free-text field of a question's answer.
    Text(QuestionId, TextField, String),
    /// Override a question's target level; `None` goes back to the default.
    Target(QuestionId, Option<Level>),
    /// Change a field of the assessment's details.
    Meta(MetaField, String),
    /// Put an area in or out of scope.
    Scope(AreaId, bool),
    /// A review step, by whom and when: allowed even when the answers are locked.
    Review {
        /// What is done.
        edit: ReviewEdit,
        /// Who does it (from the preferences).
        who: Box<Actor>,
        /// When (RFC 3339, UTC), taken by the app: the core keeps no clock.
        time: String,
    },
    /// The answer to a question still holds under the questionnaire's new version.
    Rechecked(QuestionId),
    /// Move the file to the questionnaire's version by its change list.
    Upgrade,
    /// Change a question's plan entry: allowed on an approved assessment, whose
    /// plan is followed after sign-off.
    Plan(QuestionId, PlanEdit),
    /// Change the measured figure of a question's answer.
    Figure(QuestionId, FigureEdit),
    /// Change the country's value of a planning figure, by the figure's id.
    PlanningFigure(String, FigureEdit),
}

/// A change to a measured or planning figure; a figure left with nothing in it
/// is taken out of the file.
#[derive(Debug, Clone, PartialEq)]
pub enum FigureEdit {
    /// The value; none when the field is cleared.
    Value(Option<f64>),
    /// The date it is as of, as typed (`YYYY-MM-DD`; anything else is kept and flagged).
    AsOf(String),
    /// Where it comes from.
    Source(String),
}

impl FigureEdit {
    /// Applies the change to `figure`.
    pub(super) fn apply(self, figure: &mut crate::assessment::Figure) {
        match self {
            FigureEdit::Value(value) => figure.value = value,
            FigureEdit::AsOf(text) => figure.as_of = text,
            FigureEdit::Source(text) => figure.source = text,
        }
    }
}

impl Edit {
    /// The question the edit changes the answer of, if it changes an answer.
    pub fn question(&self) -> Option<&QuestionId> {
        match self {
            Edit::Level(id, _)
            | Edit::NotApplicable(id, _)
            | Edit::FollowUp(id, _)
            | Edit::Text(id, _, _)
            | Edit::Figure(id, _)
            | Edit::Rechecked(id) => Some(id),
            Edit::PlanningFigure(..)
            | Edit::Target(..)
            | Edit::Meta(..)
            | Edit::Scope(..)
            | Edit::Review { .. }
            | Edit::Plan(..)
            | Edit::Upgrade => None,
        }
    }
}

/// A step of review: a comment, a reply, a resolution, or a workflow action.
///
/// The UI asks for one with [`crate::app::Command::Review`]; the app adds who and
/// when and applies it as an [`Edit::Review`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewEdit {
    /// A new open comment on a question (none: on the whole assessment).
    Comment {
        /// The question it is about.
        question: Option<QuestionId>,
        /// What it says.
        text: String,
    },
    /// A reply to the comment `id`.
    Reply {
        /// The comment answered.
        id: String,
        /// What it says.
        text: String,
    },
    /// The comment `id` is dealt with.
    Resolve {
        /// The comment resolved.
        id: String,
    },
    /// A workflow action, with its note; writes an event.
    Act {
        /// What is done.
        action: Action,
        /// Why, in the actor's words.
        note: String,
    },
}
