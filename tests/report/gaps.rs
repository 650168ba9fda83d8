//! The gap register: gaps by priority as worked out by hand, and the action plan
//! in it (owners, due dates, status, overdue actions by the report date), in
//! English and in Armenian.

use std::path::Path;

use rbr::i18n::Language;
use rbr::questionnaire::Questionnaire;
use rbr::report::{Fonts, Report, render_pdf};

use crate::support::{
    all_text, assert_in_order, between, hand_computed_assessment, page_texts, parse, read,
    render_v1,
};

#[test]
fn the_gap_register_lists_hand_computed_gaps_by_priority() {
    let text = all_text(&parse(&render_v1(&hand_computed_assessment())));
    let register = between(
        &text,
        "Gap register Every question",
        "Unanswered questions 6",
    );
    assert_in_order(
        register,
        &[
            "18 BR1.2 critical level 1, target 4",
            "6 BR1.5 critical level 2, target 3",
            "6 BR1.6 level 0, target 3",
            "2 BR1.7 level 2, target 4",
            "2 BR2.4 level 2, target 3",
        ],
    );
    // No other gap: BR1.4 is above its target, BR1.1, BR2.1 and BR2.7 meet it.
    for met in ["BR1.1 level", "BR1.4 level", "BR2.1 level", "BR2.7 level"] {
        assert!(!register.contains(met), "{met} is not a gap");
    }
    let unanswered = between(&text, "Unanswered questions 6 in-scope", "Annex: the scale");
    assert_in_order(
        unanswered,
        &["BR1.8", "BR2.2", "BR2.3", "BR2.5", "BR2.6", "BR2.8"],
    );
}

/// The national example's register line for a gap, with its plan, on a report date.
fn national_on(date: &str, language: Language) -> (Report, String) {
    let path = Path::new("assessments/examples/national-2026.rbr.json");
    let bytes = std::fs::read(path).expect("example");
    let questionnaire = Questionnaire::built_in();
    let report =
        Report::build(&questionnaire, &read(&bytes), Some(date), language).expect("report");
    let fonts = Fonts::bundled().expect("fonts");
    let text = page_texts(&parse(&render_pdf(&report, &fonts))).join("\n");
    (report, text)
}

#[test]
fn the_gap_register_shows_the_plan_and_marks_overdue_actions_by_the_report_date() {
    // BR2.3 is due on 31 October 2026 and in progress; BR6.2 on 30 September 2026.
    let cases = [
        ("2026-09-30", 0, "0 overdue"),
        ("2026-10-01", 1, "1 overdue"),
        ("2026-10-31", 1, "1 overdue"),
        ("2026-11-01", 2, "2 overdue"),
    ];
    for (date, overdue, summary) in cases {
        let (report, text) = national_on(date, Language::En);
        assert_eq!(
            report.gaps.iter().filter(|g| g.overdue).count(),
            overdue,
            "{date}"
        );
        // Once in the register's introduction, then once per overdue row.
        assert_eq!(text.matches("OVERDUE").count(), 1 + overdue, "{date}");
        assert!(text.contains(summary), "{date}: {summary}");
    }
    let (report, text) = national_on("2026-11-28", Language::En);
    let br2_3 = report
        .gaps
        .iter()
        .find(|g| g.gap.question.as_str() == "BR2.3")
        .expect("a gap");
    assert_eq!(
        br2_3.owner,
        "Energy Security Directorate, Head of Critical Sites Unit"
    );
    assert_eq!(br2_3.due, "2026-10-31");
    assert_eq!(br2_3.status, "In progress");
    assert!(
        br2_3
            .action
            .starts_with("Fit generators at the 27 critical sites")
    );
    // A gap without a plan entry shows the questionnaire's step from its level.
    let unplanned = report
        .gaps
        .iter()
        .find(|g| g.owner.is_empty() && g.status.is_empty())
        .expect("an unplanned gap");
    assert_eq!(unplanned.action, unplanned.step);
    assert!(unplanned.action_is_step && !br2_3.action_is_step);
    assert_ne!(unplanned.step, unplanned.recommendation);
    assert!(text.contains(
        "6 of 58 gaps have an owner and a due date; 1 done; 2 overdue on 28 November 2026."
    ));
    assert!(text.contains("due 2026-10-31"));
}

#[test]
fn the_armenian_register_shows_the_plan_in_armenian() {
    let (report, text) = national_on("2026-11-28", Language::Hy);
    assert!(text.contains("ԺԱՄԿԵՏԱՆՑ"));
    assert!(
        text.contains("ժամկետը՝ 31.10.2026"),
        "Armenian figures for the date"
    );
    assert!(text.contains("Ընթացքում"));
    assert!(text.contains("2026 թ. նոյեմբերի 28-ի դրությամբ"));
    assert!(!text.contains("OVERDUE") && !text.contains("In progress"));
    assert_eq!(report.plan.overdue, 2);
}
