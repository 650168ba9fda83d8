//! The action plan in the file: for each gap, what is done about it, by whom, by when.
//!
//! Dates are kept as the file writes them (`YYYY-MM-DD`), so one that cannot be read
//! is reported as a finding and written back untouched, like every other value.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use time::Date;

use super::{Extra, Lenient, is_default};
use crate::i18n::Language;
use crate::tl;

/// How far along a plan entry is.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Default,
    Serialize,
    Deserialize,
    JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum PlanStatus {
    /// Agreed, not started.
    #[default]
    Planned,
    /// Under way.
    InProgress,
    /// Finished: the gap should be closed at the next assessment.
    Done,
    /// Put off, for reasons the notes give.
    Deferred,
}

impl PlanStatus {
    /// How far the entry is, as a person reads it: `In progress`, `Ընթացքում`.
    pub fn name(self, lang: Language) -> String {
        match self {
            PlanStatus::Planned => tl!(lang, "plan-status-planned"),
            PlanStatus::InProgress => tl!(lang, "plan-status-in-progress"),
            PlanStatus::Done => tl!(lang, "plan-status-done"),
            PlanStatus::Deferred => tl!(lang, "plan-status-deferred"),
        }
    }

    /// All four, in the order of their life.
    pub const ALL: [PlanStatus; 4] = [
        PlanStatus::Planned,
        PlanStatus::InProgress,
        PlanStatus::Done,
        PlanStatus::Deferred,
    ];

    /// The value as written in files (`in-progress`).
    pub fn as_str(self) -> &'static str {
        match self {
            PlanStatus::Planned => "planned",
            PlanStatus::InProgress => "in-progress",
            PlanStatus::Done => "done",
            PlanStatus::Deferred => "deferred",
        }
    }
}

/// A step on the way to closing a gap.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Milestone {
    /// What is to be reached.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
    /// By when, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Reached.
    #[serde(default, skip_serializing_if = "is_default")]
    pub done: bool,
    /// Fields this version does not know.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// What is done about one gap.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct PlanEntry {
    /// What will be done; starts as the question's recommendation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub action: String,
    /// The body responsible (ministry, agency).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub body: String,
    /// The person responsible.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub person: String,
    /// When work starts, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub start: String,
    /// When it is due, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub due: String,
    /// How far along it is; absent means planned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Lenient<PlanStatus>>,
    /// The resources needed, or a cost estimate.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub resources: String,
    /// Steps on the way.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<Milestone>,
    /// When the status was last set, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub status_date: String,
    /// Fields this version does not know.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// The date fields of a plan entry, for edits and findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanDate {
    /// `start`.
    Start,
    /// `due`.
    Due,
    /// `status_date`.
    StatusDate,
}

impl PlanDate {
    /// The field's name in the file.
    pub fn key(self) -> &'static str {
        match self {
            PlanDate::Start => "start",
            PlanDate::Due => "due",
            PlanDate::StatusDate => "status_date",
        }
    }

    /// The field's value in an entry, as written.
    pub fn of(self, entry: &PlanEntry) -> &str {
        match self {
            PlanDate::Start => &entry.start,
            PlanDate::Due => &entry.due,
            PlanDate::StatusDate => &entry.status_date,
        }
    }

    /// The field, to change it.
    pub fn of_mut(self, entry: &mut PlanEntry) -> &mut String {
        match self {
            PlanDate::Start => &mut entry.start,
            PlanDate::Due => &mut entry.due,
            PlanDate::StatusDate => &mut entry.status_date,
        }
    }
}

/// Reads a calendar date written `YYYY-MM-DD`, spaces around it allowed.
pub fn parse_date(value: &str) -> Option<Date> {
    Date::parse(
        value.trim(),
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .ok()
}

/// Writes a calendar date as the file keeps it, `YYYY-MM-DD`.
pub fn format_date(date: Date) -> String {
    date.format(time::macros::format_description!("[year]-[month]-[day]"))
        .unwrap_or_default()
}

impl PlanEntry {
    /// A new entry, planned, with the action it starts from.
    pub fn new(action: impl Into<String>) -> Self {
        Self {
            action: action.into(),
            status: Some(Lenient::Valid(PlanStatus::Planned)),
            ..Self::default()
        }
    }

    /// The status, planned when absent or unreadable.
    pub fn status(&self) -> PlanStatus {
        self.status
            .as_ref()
            .and_then(Lenient::valid)
            .copied()
            .unwrap_or_default()
    }

    /// The due date, when one is written and readable.
    pub fn due_date(&self) -> Option<Date> {
        parse_date(&self.due)
    }

    /// Whether a body or a person is named as responsible.
    pub fn has_owner(&self) -> bool {
        !self.body.trim().is_empty() || !self.person.trim().is_empty()
    }

    /// Who is responsible, as one line: `body, person`, leaving out what is empty.
    pub fn owner(&self) -> String {
        [self.body.trim(), self.person.trim()]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Overdue on `today`: due before that day and not done. Due on the day itself
    /// is not overdue yet.
    pub fn is_overdue(&self, today: Date) -> bool {
        self.status() != PlanStatus::Done && self.due_date().is_some_and(|due| due < today)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use time::macros::date;

    use super::*;

    #[test]
    fn overdue_means_due_before_today_and_not_done() {
        let today = date!(2026 - 11 - 28);
        let cases = [
            (
                "due yesterday, planned",
                "2026-11-27",
                PlanStatus::Planned,
                true,
            ),
            (
                "due yesterday, in progress",
                "2026-11-27",
                PlanStatus::InProgress,
                true,
            ),
            (
                "due yesterday, deferred",
                "2026-11-27",
                PlanStatus::Deferred,
                true,
            ),
            ("due yesterday, done", "2026-11-27", PlanStatus::Done, false),
            ("due today", "2026-11-28", PlanStatus::Planned, false),
            ("due tomorrow", "2026-11-29", PlanStatus::Planned, false),
            ("a year ago", "2025-11-28", PlanStatus::Planned, true),
            ("no due date", "", PlanStatus::Planned, false),
            (
                "a date that cannot be read",
                "28.11.2025",
                PlanStatus::Planned,
                false,
            ),
            ("spaces around", " 2026-11-01 ", PlanStatus::Planned, true),
        ];
        for (name, due, status, expected) in cases {
            let entry = PlanEntry {
                due: due.to_owned(),
                status: Some(Lenient::Valid(status)),
                ..PlanEntry::default()
            };
            assert_eq!(entry.is_overdue(today), expected, "{name}");
        }
    }

    #[test]
    fn an_entry_reads_and_writes_the_file_format_and_keeps_what_it_does_not_know() {
        let written = json!({
            "action": "Buy generators",
            "body": "Ministry of Territorial Administration and Infrastructure",
            "person": "A. Petrosyan",
            "start": "2026-01-15",
            "due": "2027-06-30",
            "status": "in-progress",
            "resources": "AMD 120 million",
            "milestones": [
                {"text": "Tender", "date": "2026-03-01", "done": true, "by": "procurement"},
                {"text": "Delivery", "date": "2026-12-01"}
            ],
            "status_date": "2026-11-20",
            "budget_line": 42
        });
        let entry: PlanEntry = serde_json::from_value(written.clone()).expect("reads");
        assert_eq!(entry.status(), PlanStatus::InProgress);
        assert_eq!(entry.milestones.len(), 2);
        assert!(entry.milestones[0].done);
        assert_eq!(entry.due_date(), Some(date!(2027 - 06 - 30)));
        assert_eq!(
            serde_json::to_value(&entry).expect("writes"),
            written,
            "every field, unknown ones too, goes back as it came"
        );
    }

    #[test]
    fn an_unknown_status_is_kept_and_counts_as_planned() {
        let entry: PlanEntry =
            serde_json::from_value(json!({"status": "cancelled"})).expect("reads");
        assert_eq!(entry.status(), PlanStatus::Planned);
        assert_eq!(
            serde_json::to_value(&entry).expect("writes"),
            json!({"status": "cancelled"})
        );
    }

    #[test]
    fn the_owner_joins_body_and_person() {
        let entry = |body: &str, person: &str| PlanEntry {
            body: body.to_owned(),
            person: person.to_owned(),
            ..PlanEntry::default()
        };
        assert_eq!(
            entry("Ministry of Health", "").owner(),
            "Ministry of Health"
        );
        assert_eq!(entry("", " A. Sargsyan ").owner(), "A. Sargsyan");
        assert_eq!(entry("MoH", "A. Sargsyan").owner(), "MoH, A. Sargsyan");
        assert!(!entry(" ", "").has_owner());
    }
}
