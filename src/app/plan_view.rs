//! What the Plan screen shows of the plan: its filters, its sort order and the row
//! opened for details. Pure, so that every filter and order is tested without a window.

use std::cmp::Ordering;

use crate::assessment::PlanStatus;
use crate::plan::PlanRow;
use crate::questionnaire::{AreaId, QuestionId};

/// The column the plan is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PlanSort {
    /// Highest priority first (the order of the gap register).
    #[default]
    Priority,
    /// By area, then priority.
    Area,
    /// Earliest due date first; rows without one last.
    Due,
    /// Planned, in progress, done, deferred.
    Status,
    /// By who is responsible, alphabetically; rows without an owner last.
    Owner,
}

/// The Plan screen's state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PlanView {
    /// Only this area's rows.
    pub area: Option<AreaId>,
    /// Only rows with this status.
    pub status: Option<PlanStatus>,
    /// Only rows whose body or person contains this text (any case).
    pub owner: String,
    /// Only overdue rows.
    pub overdue_only: bool,
    /// The column sorted by.
    pub sort: PlanSort,
    /// The order reversed.
    pub reversed: bool,
    /// The row whose details (start, resources, milestones) are open.
    pub selected: Option<QuestionId>,
}

impl PlanView {
    /// Sorts by `sort`, or reverses the order when already sorted by it.
    pub fn sort_by(&mut self, sort: PlanSort) {
        if self.sort == sort {
            self.reversed = !self.reversed;
        } else {
            self.sort = sort;
            self.reversed = false;
        }
    }

    /// Whether any filter narrows the rows.
    pub fn filtered(&self) -> bool {
        self.area.is_some()
            || self.status.is_some()
            || !self.owner.trim().is_empty()
            || self.overdue_only
    }

    /// The rows that pass the filters, in the chosen order. `rows` come in the
    /// plan's order (gaps by priority), which breaks ties.
    pub fn arrange<'r, 'q>(&self, rows: &'r [PlanRow<'q>]) -> Vec<&'r PlanRow<'q>> {
        let owner = self.owner.trim().to_lowercase();
        let mut shown: Vec<&PlanRow<'q>> = rows
            .iter()
            .filter(|row| self.area.as_ref().is_none_or(|area| &row.area == area))
            .filter(|row| self.status.is_none_or(|status| row.status == status))
            .filter(|row| owner.is_empty() || row.owner().to_lowercase().contains(&owner))
            .filter(|row| !self.overdue_only || row.overdue)
            .collect();
        let key = self.sort;
        shown.sort_by(|a, b| compare(key, a, b));
        if self.reversed {
            shown.reverse();
        }
        shown
    }
}

/// The order of two rows by one column; equal rows keep the plan's order.
fn compare(sort: PlanSort, a: &PlanRow<'_>, b: &PlanRow<'_>) -> Ordering {
    // Present values first, in their order; missing ones last.
    fn present_first<T: Ord>(a: Option<T>, b: Option<T>) -> Ordering {
        match (a, b) {
            (Some(a), Some(b)) => a.cmp(&b),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    }
    match sort {
        PlanSort::Priority => Ordering::Equal,
        PlanSort::Area => a.area.as_str().cmp(b.area.as_str()),
        PlanSort::Due => present_first(
            a.entry.and_then(|e| e.due_date()),
            b.entry.and_then(|e| e.due_date()),
        ),
        PlanSort::Status => a.status.cmp(&b.status),
        PlanSort::Owner => {
            let owner =
                |row: &PlanRow<'_>| Some(row.owner().to_lowercase()).filter(|o| !o.is_empty());
            present_first(owner(a), owner(b))
        }
    }
}

#[cfg(test)]
mod tests {
    use time::macros::date;

    use super::*;
    use crate::assessment::{Assessment, Lenient, Meta, PlanEntry};
    use crate::questionnaire::{Level, Questionnaire};
    use crate::scoring::score;

    /// Gaps BR2.1 (0), BR3.1 (0), BR2.2 (2); plans on the first two.
    fn assessment() -> Assessment {
        let q = Questionnaire::built_in();
        let mut a = Assessment::new(&q, Meta::default());
        for (id, level) in [("BR2.1", 0), ("BR3.1", 0), ("BR2.2", 2)] {
            a.answer_mut(&id.into()).level =
                Some(Lenient::Valid(Level::new(level).expect("on the scale")));
        }
        let entry = |person: &str, due: &str, status| {
            Lenient::Valid(PlanEntry {
                person: person.to_owned(),
                due: due.to_owned(),
                status: Some(Lenient::Valid(status)),
                ..PlanEntry::new("")
            })
        };
        a.plan.insert(
            "BR3.1".into(),
            entry("Zara Hakobyan", "2027-01-31", PlanStatus::InProgress),
        );
        a.plan.insert(
            "BR2.1".into(),
            entry("Aram Petrosyan", "2026-06-30", PlanStatus::Planned),
        );
        a
    }

    fn ids(view: &PlanView) -> Vec<String> {
        let q = Questionnaire::built_in();
        let a = assessment();
        let score = score(&q, &a);
        let rows = crate::plan::rows(&q, &a, &score, "en", date!(2026 - 11 - 28));
        view.arrange(&rows)
            .iter()
            .map(|row| row.question.id.to_string())
            .collect()
    }

    #[test]
    fn every_filter_narrows_the_rows() {
        let all = PlanView::default();
        let priority_order = ids(&all);
        assert_eq!(priority_order.len(), 3);
        let cases = [
            (
                PlanView {
                    area: Some("BR2".into()),
                    ..PlanView::default()
                },
                vec!["BR2.1", "BR2.2"],
            ),
            (
                PlanView {
                    status: Some(PlanStatus::InProgress),
                    ..PlanView::default()
                },
                vec!["BR3.1"],
            ),
            (
                PlanView {
                    status: Some(PlanStatus::Planned),
                    area: Some("BR2".into()),
                    ..PlanView::default()
                },
                vec!["BR2.1", "BR2.2"],
            ),
            (
                PlanView {
                    owner: " hakob ".into(),
                    ..PlanView::default()
                },
                vec!["BR3.1"],
            ),
            (
                PlanView {
                    overdue_only: true,
                    ..PlanView::default()
                },
                vec!["BR2.1"],
            ),
        ];
        for (view, expected) in cases {
            assert!(view.filtered());
            assert_eq!(ids(&view), expected, "{view:?}");
        }
    }

    #[test]
    fn sorting_by_a_column_and_again_reverses() {
        let mut view = PlanView::default();
        view.sort_by(PlanSort::Due);
        assert_eq!(ids(&view), ["BR2.1", "BR3.1", "BR2.2"], "no date last");
        view.sort_by(PlanSort::Due);
        assert_eq!(ids(&view), ["BR2.2", "BR3.1", "BR2.1"]);
        view.sort_by(PlanSort::Owner);
        assert_eq!(ids(&view), ["BR2.1", "BR3.1", "BR2.2"]);
        view.sort_by(PlanSort::Status);
        assert_eq!(ids(&view)[2], "BR3.1", "in progress after planned");
        view.sort_by(PlanSort::Area);
        assert_eq!(ids(&view)[2], "BR3.1");
    }
}
