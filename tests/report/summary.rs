//! The executive summary: the overall figures, the readiness chart and the top
//! gaps, from the published scoring and as worked out by hand, and what it says of
//! the action plan.

use crate::support::{
    BR1_SECTION, Fixture, all_text, assert_in_order, between, fixture, hand_computed_assessment,
    one_decimal, page_texts, parse, read, render, render_v1,
};
use rbr::assessment::Assessment;
use rbr::i18n::Language;
use rbr::questionnaire::Questionnaire;
use rbr::report::{Fonts, Report, render_pdf};
use rbr::scoring;
use std::path::Path;

#[test]
fn figures_come_from_the_published_scoring() {
    let bytes = fixture(&Fixture::default());
    let assessment = Assessment::from_bytes(&bytes).expect("loads");
    let questionnaire = Questionnaire::built_in();
    let report = Report::build(&questionnaire, &read(&bytes), None, Language::En).expect("report");
    assert_eq!(report.score, scoring::score(&questionnaire, &assessment));
    let text = all_text(&parse(&render(&bytes)));
    let overall = one_decimal(report.score.overall.readiness.expect("overall"));
    assert!(text.contains(&format!("Overall readiness {overall} out of 100")));
    // The top gap of the summary is the first of the scoring's gaps.
    let first = &report.score.gaps[0];
    assert!(text.contains(&format!(
        "Priority Question Level Target POETE {} {}",
        first.priority, first.question
    )));
}

#[test]
fn the_summary_shows_hand_computed_figures() {
    let text = all_text(&parse(&render_v1(&hand_computed_assessment())));
    let summary = between(&text, "Overall readiness", BR1_SECTION);
    // BR1 readiness: levels over weights 2+3+3+3+2+1 = 14 (BR1.3 is N/A, BR1.8
    // unanswered): 100 x (2x3 + 3x1 + 3x4 + 3x2 + 2x0 + 1x2) / 4 / 14
    // = 100 x 29 / 56 = 51.79. BR2: 100 x (1x2 + 2x2 + 3x3) / 4 / 6 = 100 x 15 / 24
    // = 62.5. Overall: (51.79 + 62.5) / 2 = 57.14.
    assert!(
        summary.contains("Overall readiness 57.1 out of 100"),
        "{summary}"
    );
    // Completeness: BR1 7 of 8 (the N/A counts), BR2 3 of 8: 10 of 16 = 62.5%.
    assert!(
        summary.contains("Completeness 62.5% (10 of 16 questions answered or N/A)"),
        "{summary}"
    );
    assert!(summary.contains("Areas in scope 2 of 7"), "{summary}");
    assert!(
        summary.contains("Gaps 5 questions below target; 1 critical question below level 2"),
        "{summary}"
    );
    // The chart: BR1 is above 50 but capped by critical BR1.2 at level 1. Target
    // readiness uses the targets instead of the levels: BR1 100 x (2x3 + 3x4 + 3x3
    // + 3x3 + 2x3 + 1x4) / 4 / 14 = 100 x 46 / 56 = 82.14; BR2 100 x (1x2 + 2x3 +
    // 3x3) / 4 / 6 = 100 x 17 / 24 = 70.83. Both areas have unanswered questions.
    assert_in_order(
        summary,
        &[
            "51.8 not ready target 82.1, provisional",
            "62.5 partially ready target 70.8, provisional",
        ],
    );
    // Top gaps by priority; BR1.5 and BR1.6 tie at 6, BR1.7 and BR2.4 at 2, and
    // ties keep questionnaire order.
    let top = summary
        .split("The ten highest-priority gaps")
        .nth(1)
        .expect("top gaps table");
    assert_in_order(
        top,
        &[
            "18 BR1.2 critical",
            " 1 4 Organisation 6 BR1.5 critical",
            " 2 3 Equipment 6 BR1.6",
            " 0 3 Organisation 2 BR1.7",
            " 2 4 Training 2 BR2.4",
            " 2 3 Exercises",
        ],
    );
    let critical = top
        .split("Critical questions below level 2")
        .nth(1)
        .expect("critical questions table");
    assert!(critical.contains("BR1.2 critical"), "{critical}");
    assert!(
        !critical.contains("BR1.5"),
        "BR1.5 is at level 2: {critical}"
    );
}

#[test]
fn without_a_plan_the_summary_says_so() {
    let path = Path::new("assessments/examples/energy-transport-ministry.rbr.json");
    let bytes = std::fs::read(path).expect("example");
    let assessment = Assessment::from_bytes(&bytes).expect("loads");
    assert!(assessment.plan.is_empty());
    let report = Report::build(
        &Questionnaire::built_in(),
        &read(&bytes),
        None,
        Language::En,
    )
    .expect("report");
    let fonts = Fonts::bundled().expect("fonts");
    let text = page_texts(&parse(&render_pdf(&report, &fonts))).join("\n");
    assert!(text.contains("No action plan recorded"));
    assert_eq!(text.matches("OVERDUE").count(), 1, "the introduction only");
}

#[test]
fn knock_on_effects_follow_the_chain_in_the_summary() {
    // National example: BR3 is not ready (BR3.6, critical, at level 1). BR4, BR5 and
    // BR7 depend on it (load and supply); through BR4 (hydropower) it reaches BR2,
    // and through those BR1 and BR6.
    let bytes = std::fs::read("assessments/examples/national-2026.rbr.json").expect("example");
    let text = all_text(&parse(&render(&bytes)));
    assert!(
        text.contains(
            "BR3 Ability to deal effectively with uncontrolled movement of people is not \
             ready; BR4, BR5, BR7 depend on it. Further on, 3 more areas depend on them: BR2, \
             BR1, BR6."
        ),
        "{text}"
    );
}
