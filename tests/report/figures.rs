//! Figures in the report, worked by hand: a level above its measured figure, a
//! figure too old on the report date, planning figures in a question's text in
//! English and Armenian, and the step from each level in the gap register.

use rbr::i18n::Language;
use rbr::questionnaire::Questionnaire;
use rbr::report::{Report, pdf_for};
use serde_json::{Value, json};

use crate::support::{all_text, parse, read, squash};

/// An assessment answering BR2.2 (oil stocks: levels 1 to 4 need 1, 30, 90 and
/// 90 days) and BR2.9 (a winter gas cut), with what `answers` and `extra` add.
fn file(language: &str, answers: Value, extra: Value) -> Vec<u8> {
    let mut file = json!({
        "format": "rbr-assessment",
        "format_version": 1,
        "questionnaire": {"id": "nato-rbr", "version": "1.3.0"},
        "meta": {
            "title": "Figures",
            "organisation": "Ministry of Example Affairs",
            "created": "2026-11-02T09:00:00Z",
            "modified": "2026-11-27T16:30:00Z",
            "language": language,
            "status": "draft",
            "scope": ["BR2", "BR5"],
        },
        "answers": answers,
    });
    if let (Some(file), Some(extra)) = (file.as_object_mut(), extra.as_object()) {
        file.extend(extra.clone());
    }
    serde_json::to_vec_pretty(&file).expect("JSON")
}

fn rendered(bytes: &[u8], date: &str, lang: Language) -> (Report, String) {
    let q = Questionnaire::built_in();
    let report = Report::build(&q, &read(bytes), Some(date), lang).expect("report");
    let pdf = pdf_for(&q, &read(bytes), Some(date), Some(lang)).expect("PDF");
    (report, squash(&all_text(&parse(&pdf))))
}

fn oil(level: u8, days: f64, as_of: &str, notes: &str) -> Value {
    json!({"BR2.2": {
        "level": level,
        "notes": notes,
        "figure": {"value": days, "as_of": as_of, "source": "State Reserve Agency stock report"},
    }})
}

#[test]
fn a_level_above_what_its_figure_supports_is_a_finding_unless_a_note_says_why() {
    // 45 days meets level 2's 30 days, not level 3's 90.
    let (report, text) = rendered(
        &file("en", oil(3, 45.0, "2026-09-30", ""), json!({})),
        "2026-11-30",
        Language::En,
    );
    let finding = "BR2.2: level 3 is above what the figure supports (45 days: level 2); \
                   lower the level, or say in the notes why the figure understates it";
    assert!(
        report.findings.iter().any(|f| squash(f) == finding),
        "{:?}",
        report.findings
    );
    assert!(text.contains(finding), "the annex lists it");
    // The area's table states the figure under the question.
    assert!(text.contains(
        "45 days, as of 30 September 2026, State Reserve Agency stock report: supports up to level 2"
    ));
    // In Armenian, the same finding.
    let (report, _) = report_hy(&file("hy", oil(3, 45.0, "2026-09-30", ""), json!({})));
    assert!(
        report.findings.iter().any(|f| squash(f).starts_with(
            "BR2.2: 3 մակարդակը բարձր է այն մակարդակից, որը հիմնավորում է ցուցանիշը (45 օր՝ 2 մակարդակ)"
        )),
        "{:?}",
        report.findings
    );
    // A note saying why: no finding. Level 2, which the figure supports: none either.
    let noted = oil(
        3,
        45.0,
        "2026-09-30",
        "The audit left out the 50 days held abroad.",
    );
    for answers in [noted, oil(2, 45.0, "2026-09-30", "")] {
        let (report, _) = rendered(&file("en", answers, json!({})), "2026-11-30", Language::En);
        assert!(
            !report
                .findings
                .iter()
                .any(|f| f.contains("above what the figure")),
            "{:?}",
            report.findings
        );
    }
}

fn report_hy(bytes: &[u8]) -> (Report, String) {
    rendered(bytes, "2026-11-30", Language::Hy)
}

#[test]
fn a_figure_older_than_24_months_on_the_report_date_is_a_finding() {
    // 30 October 2024 is 25 months before 30 November 2026.
    let bytes = file("en", oil(2, 45.0, "2024-10-30", ""), json!({}));
    let (report_, text) = rendered(&bytes, "2026-11-30", Language::En);
    let finding = "BR2.2: the figure is as of 30 October 2024, 25 months ago, older than the \
                   24 months this question allows; record a current figure";
    assert!(
        report_.findings.iter().any(|f| squash(f) == finding),
        "{:?}",
        report_.findings
    );
    assert!(text.contains(finding));
    // Exactly 24 months before the report date is still in time; a day more is not.
    let (on_time, _) = rendered(&bytes, "2026-10-30", Language::En);
    assert!(on_time.findings.is_empty(), "{:?}", on_time.findings);
    let (late, _) = rendered(&bytes, "2026-10-31", Language::En);
    assert_eq!(late.findings.len(), 1, "{:?}", late.findings);
    let (_, hy) = rendered(&bytes, "2026-11-30", Language::Hy);
    assert!(hy.contains(
        "BR2.2: ցուցանիշը 2024 թ. հոկտեմբերի 30-ի դրությամբ է՝ 25 ամիս առաջ, ինչը գերազանցում է այս հարցի համար թույլատրելի 24 ամիսը։"
    ));
}

#[test]
fn planning_figures_are_read_in_place_in_english_and_armenian() {
    let answers = json!({"BR5.1": {"level": 1}});
    let figures = json!({"planning_figures": {"casualties": {
        "value": 2500,
        "as_of": "2025-06-30",
        "source": "National risk assessment 2025, scenario S-3 (earthquake)",
    }}});
    let (_, en) = rendered(
        &file("en", answers.clone(), figures.clone()),
        "2026-11-30",
        Language::En,
    );
    assert!(
        en.contains(
            "at least 100 casualties, or the national planning figure, 2,500 casualties, if larger,"
        ),
        "{en}"
    );
    // The planning figures page lists it with its source and date.
    assert!(en.contains(
        "Casualties in one incident 2,500 casualties National risk assessment 2025, scenario S-3 (earthquake) 2025-06-30"
    ));
    let (_, hy) = rendered(
        &file("hy", answers.clone(), figures),
        "2026-11-30",
        Language::Hy,
    );
    // Four digits take no group separator in Armenian (CLDR): 2500, not 2 500.
    assert!(
        hy.contains("իսկ եթե ազգային պլանավորման ցուցանիշն ավելի մեծ է՝ 2500 տուժած,"),
        "{hy}"
    );
    // Without the country's figure, the default stands, marked as such.
    let (_, default) = rendered(&file("en", answers, json!({})), "2026-11-30", Language::En);
    assert!(default.contains(
        "the national planning figure, 100 casualties (the questionnaire's default), if larger"
    ));
    assert!(default.contains("No national figure recorded: the questionnaire's default"));
}

#[test]
fn the_gap_register_gives_the_step_from_each_level() {
    let q = Questionnaire::built_in();
    let steps = q
        .question(&"BR2.9".into())
        .and_then(|question| question.steps.clone())
        .expect("BR2.9's steps");
    for level in 0..4_u8 {
        let bytes = file(
            "en",
            json!({"BR2.9": {"level": level}}),
            json!({"targets": {"BR2.9": 4}}),
        );
        let (report, text) = rendered(&bytes, "2026-11-30", Language::En);
        let gap = report
            .gaps
            .iter()
            .find(|g| g.gap.question.as_str() == "BR2.9")
            .expect("a gap");
        let step = squash(steps[usize::from(level)].get("en"));
        // The planning figure's default is filled in, as the register prints it.
        let step = step.replace(
            "{figure:gas-cut-days}",
            "30 days (the questionnaire's default)",
        );
        assert_eq!(squash(&gap.step), step, "level {level}");
        assert_eq!(
            gap.action, gap.step,
            "nothing planned: the step is the action"
        );
        let label = format!("From level {level} to {}:", level + 1);
        let register = text.split("Gap register").nth(2).expect("the register");
        assert!(
            register.contains(&format!("{label} {}", &step[..60])),
            "{register}"
        );
        // The other steps are not the answer's.
        for other in (0..4).filter(|&o| o != usize::from(level)) {
            assert!(!register.contains(&squash(steps[other].get("en"))[..60]));
        }
    }
}
