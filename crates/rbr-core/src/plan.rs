//! The action plan as the Plan screen, the PDF and the spreadsheets show it: one row
//! per gap, highest priority first, then the entries whose question is no longer a gap.
//!
//! Pure, like the scoring: "today" comes in from outside, so the same file gives the
//! same rows in the app, the report (dated) and the export.

use time::Date;

use crate::assessment::{Assessment, PlanEntry, PlanStatus};
use crate::questionnaire::{AreaId, Question, Questionnaire};
use crate::scoring::{Gap, Score};

/// One row of the plan.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanRow<'a> {
    /// The question the row is about.
    pub question: &'a Question,
    /// Its area.
    pub area: AreaId,
    /// The gap as scored; none when the question is no longer a gap (its entry is
    /// kept, and shown apart).
    pub gap: Option<Gap>,
    /// The entry in the file; none while nobody has planned anything for the gap.
    pub entry: Option<&'a PlanEntry>,
    /// What will be done: the entry's action, else the question's step from the
    /// level the answer is at (its recommendation where it has no steps).
    pub action: String,
    /// How far along: the entry's status, planned without one.
    pub status: PlanStatus,
    /// Due before `today` and not done.
    pub overdue: bool,
}

impl PlanRow<'_> {
    /// Whether a body or a person is named.
    pub fn has_owner(&self) -> bool {
        self.entry.is_some_and(PlanEntry::has_owner)
    }

    /// Whether a readable due date is set.
    pub fn has_due_date(&self) -> bool {
        self.entry.is_some_and(|entry| entry.due_date().is_some())
    }

    /// Who is responsible, `body, person`; empty when nobody is named.
    pub fn owner(&self) -> String {
        self.entry.map(PlanEntry::owner).unwrap_or_default()
    }
}

/// The plan: every gap of the scored assessment by priority, then every other entry
/// for a question of the questionnaire, in questionnaire order. `language` is the
/// one the recommendations are taken in.
pub fn rows<'a>(
    questionnaire: &'a Questionnaire,
    assessment: &'a Assessment,
    score: &Score,
    language: &str,
    today: Date,
) -> Vec<PlanRow<'a>> {
    let row = |question: &'a Question, area: &AreaId, gap: Option<Gap>| {
        let entry = assessment.plan_entry(&question.id);
        // The first action: the step from the level the answer is at.
        let level = gap
            .as_ref()
            .map(|gap| gap.level)
            .or_else(|| assessment.response_to(question).level());
        let action = match entry {
            Some(entry) if !entry.action.trim().is_empty() => entry.action.clone(),
            _ => question.next_step(level).get(language).to_owned(),
        };
        PlanRow {
            question,
            area: area.clone(),
            gap,
            entry,
            action,
            status: entry.map(PlanEntry::status).unwrap_or_default(),
            overdue: entry.is_some_and(|entry| entry.is_overdue(today)),
        }
    };
    let mut rows: Vec<PlanRow<'a>> = score
        .gaps
        .iter()
        .filter_map(|gap| {
            let question = questionnaire.question(&gap.question)?;
            Some(row(question, &gap.area, Some(gap.clone())))
        })
        .collect();
    for area in &questionnaire.areas {
        for question in &area.questions {
            let is_gap = score.gaps.iter().any(|gap| gap.question == question.id);
            if !is_gap && assessment.plan_entry(&question.id).is_some() {
                rows.push(row(question, &area.id, None));
            }
        }
    }
    rows
}

/// How far the plan covers the gaps: counts over the rows that are gaps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Coverage {
    /// Gaps.
    pub gaps: usize,
    /// Gaps with a body or a person responsible.
    pub owned: usize,
    /// Gaps with a readable due date.
    pub dated: usize,
    /// Gaps with both: "28 of 36 gaps have an owner and a date".
    pub owned_and_dated: usize,
    /// Gaps whose action is done.
    pub done: usize,
    /// Gaps whose action is overdue.
    pub overdue: usize,
}

/// The coverage of the rows in `area`, or of all rows when `area` is none.
pub fn coverage(rows: &[PlanRow<'_>], area: Option<&AreaId>) -> Coverage {
    rows.iter()
        .filter(|row| row.gap.is_some() && area.is_none_or(|area| &row.area == area))
        .fold(Coverage::default(), |mut c, row| {
            c.gaps += 1;
            c.owned += usize::from(row.has_owner());
            c.dated += usize::from(row.has_due_date());
            c.owned_and_dated += usize::from(row.has_owner() && row.has_due_date());
            c.done += usize::from(row.status == PlanStatus::Done);
            c.overdue += usize::from(row.overdue);
            c
        })
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;
    use crate::assessment::{Lenient, Meta};
    use crate::questionnaire::{Level, QuestionId};
    use crate::scoring::score;

    fn assessment(levels: &[(&str, u8)]) -> Assessment {
        let q = Questionnaire::built_in();
        let mut a = Assessment::new(&q, Meta::default());
        for &(id, level) in levels {
            a.answer_mut(&QuestionId::from(id)).level =
                Some(Lenient::Valid(Level::new(level).expect("on the scale")));
        }
        a
    }

    fn entry(body: &str, due: &str, status: PlanStatus) -> Lenient<PlanEntry> {
        Lenient::Valid(PlanEntry {
            body: body.to_owned(),
            due: due.to_owned(),
            status: Some(Lenient::Valid(status)),
            ..PlanEntry::new("")
        })
    }

    #[test]
    fn rows_list_gaps_by_priority_then_entries_that_are_no_longer_gaps() {
        let q = Questionnaire::built_in();
        // BR2.1 at 0 and BR2.2 at 2 are gaps; BR2.3 at 4 is not.
        let mut a = assessment(&[("BR2.1", 0), ("BR2.2", 2), ("BR2.3", 4)]);
        a.plan.insert(
            "BR2.3".into(),
            entry(
                "Ministry of Territorial Administration and Infrastructure",
                "2026-01-01",
                PlanStatus::Done,
            ),
        );
        a.plan.insert(
            "BR2.2".into(),
            entry("", "2026-11-01", PlanStatus::InProgress),
        );
        let score = score(&q, &a);
        let today = date!(2026 - 11 - 28);
        let rows = rows(&q, &a, &score, "en", today);
        let ids: Vec<&str> = rows.iter().map(|r| r.question.id.as_str()).collect();
        assert_eq!(ids, ["BR2.1", "BR2.2", "BR2.3"]);
        assert!(rows[0].gap.is_some() && rows[0].entry.is_none());
        // Nothing planned yet: the first action is the step from level 0 to 1.
        let step = q
            .question(&"BR2.1".into())
            .and_then(|question| question.steps.as_ref())
            .map(|steps| steps[0].get("en").to_owned());
        assert_eq!(Some(rows[0].action.clone()), step);
        assert_ne!(step.as_deref(), Some(rows[1].action.as_str()));
        assert!(rows[1].overdue, "due 1 November, in progress");
        assert!(rows[2].gap.is_none(), "met its target: kept, not a gap");
        assert!(!rows[2].overdue, "done is never overdue");

        let all = coverage(&rows, None);
        assert_eq!(
            all,
            Coverage {
                gaps: 2,
                owned: 0,
                dated: 1,
                owned_and_dated: 0,
                done: 0,
                overdue: 1
            }
        );
        assert_eq!(coverage(&rows, Some(&"BR3".into())), Coverage::default());
    }

    #[test]
    fn coverage_counts_owner_and_date_together() {
        let q = Questionnaire::built_in();
        let mut a = assessment(&[("BR5.1", 0), ("BR5.2", 0), ("BR5.3", 0), ("BR6.1", 1)]);
        a.plan.insert(
            "BR5.1".into(),
            entry("Ministry of Health", "2027-03-31", PlanStatus::Planned),
        );
        a.plan.insert(
            "BR5.2".into(),
            entry("Ministry of Health", "", PlanStatus::Done),
        );
        a.plan.insert(
            "BR5.3".into(),
            entry("", "2026-11-27", PlanStatus::Deferred),
        );
        let score = score(&q, &a);
        let rows = rows(&q, &a, &score, "hy", date!(2026 - 11 - 28));
        let br5 = coverage(&rows, Some(&"BR5".into()));
        assert_eq!(
            br5,
            Coverage {
                gaps: 3,
                owned: 2,
                dated: 2,
                owned_and_dated: 1,
                done: 1,
                overdue: 1
            }
        );
        assert_eq!(coverage(&rows, None).gaps, 4);
    }
}
