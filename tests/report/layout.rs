//! The layout of every section: nothing outside the page's margins in stress cases
//! or the examples (and that check can fail), tables split across pages and
//! repeating their header, the page count, and the same bytes for the same input.

use std::path::Path;

use rbr::assessment::Assessment;
use rbr::i18n::Language;
use rbr::questionnaire::Questionnaire;
use rbr::report::{Fonts, Report, pdf_for, render_pdf};
use serde_json::{Value, json};

use crate::support::{
    Answers, Fixture, all_text, assert_inside, fixture, outside, page_texts, parse, read, render,
    sha256_hex, squash,
};

#[test]
fn tables_repeat_their_header_on_every_page() {
    // Every question in scope below target: a gap register over several pages.
    let doc = parse(&render(&fixture(&Fixture::default())));
    let pages = page_texts(&doc);
    let register: Vec<&String> = pages
        .iter()
        .skip_while(|p| !p.contains("Gap register Every question below its target"))
        .take_while(|p| !p.contains("Annex: the scale"))
        .filter(|p| !p.contains("Unanswered questions"))
        .collect();
    assert!(register.len() >= 2, "the register should span pages");
    for page in register {
        assert!(
            page.contains("Priority Question Action POETE Owner, due date, status"),
            "{page}"
        );
    }
}

#[test]
fn the_page_count_grows_with_content() {
    let pages = |f: Fixture| parse(&render(&fixture(&f))).get_pages().len();
    let one_area = pages(Fixture {
        scope: Some(vec!["BR6"]),
        ..Fixture::default()
    });
    let all_areas = pages(Fixture::default());
    // Long enough that the one accepted N/A's justification, printed in full,
    // needs pages of its own.
    let long_notes = pages(Fixture {
        text_len: 12_000,
        ..Fixture::default()
    });
    assert!(one_area < all_areas, "{one_area} < {all_areas}");
    assert!(all_areas < long_notes, "{all_areas} < {long_notes}");
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let bytes = fixture(&Fixture::default());
    let first = render(&bytes);
    let second = render(&bytes);
    assert!(first == second, "two renderings differ");
    // Rendering something else in between changes nothing either.
    let _ = render(&fixture(&Fixture {
        language: "hy",
        ..Fixture::default()
    }));
    assert!(render(&bytes) == first, "a third rendering differs");
    // But a different report date is a different document.
    let other_day = pdf_for(
        &Questionnaire::built_in(),
        &read(&bytes),
        Some("2027-01-05"),
        None,
    )
    .expect("renders");
    assert!(other_day != first);
}

#[test]
fn stress_cases_stay_inside_the_page() {
    let huge_word = "https://example.gov/".to_owned() + &"x".repeat(380);
    let mixed_text: &'static str =
        Box::leak(format!("Պլան {huge_word} evidence, Հայաստան and notes ").into_boxed_str());
    let cases = [
        (
            "long notes",
            Fixture {
                text: mixed_text,
                text_len: 10_000,
                ..Fixture::default()
            },
        ),
        (
            "all unanswered",
            Fixture {
                answers: Answers::None,
                ..Fixture::default()
            },
        ),
        (
            "all N/A",
            Fixture {
                answers: Answers::AllNotApplicable,
                text: mixed_text,
                text_len: 10_000,
                ..Fixture::default()
            },
        ),
        (
            "empty scope",
            Fixture {
                scope: Some(Vec::new()),
                ..Fixture::default()
            },
        ),
        (
            "no organisation",
            Fixture {
                organisation: "",
                ..Fixture::default()
            },
        ),
    ];
    for (name, case) in cases {
        let pdf = render(&fixture(&case));
        let doc = parse(&pdf);
        let pages = page_texts(&doc);
        assert!(!pages.is_empty(), "{name}");
        assert!(
            pages[0].contains("Report on the results of the resilience"),
            "{name}"
        );
        assert_inside(&doc, name);
    }
}

#[test]
fn table_rows_taller_than_a_page_are_split_inside_the_margins() {
    // A ministry's own questionnaire with very long steps, which the register shows.
    let mut raw: Value =
        serde_json::from_str(rbr::questionnaire::BUILT_IN_JSON).expect("questionnaire JSON");
    let long_text = "Set up a standing working group, name its chair and members, and report \
        progress to the cabinet each quarter; see https://example.gov/a/very/long/path/"
        .repeat(60);
    for area in raw["areas"].as_array_mut().expect("areas") {
        for question in area["questions"].as_array_mut().expect("questions") {
            question["steps"] =
                json!([{"en": long_text}, {"en": long_text}, {"en": long_text}, {"en": long_text}]);
        }
    }
    let questionnaire = Questionnaire::from_json(&raw.to_string()).expect("valid questionnaire");
    let bytes = fixture(&Fixture {
        scope: Some(vec!["BR3"]),
        ..Fixture::default()
    });
    let report = Report::build(&questionnaire, &read(&bytes), None, Language::En).expect("report");
    assert!(!report.gaps.is_empty());
    let fonts = Fonts::bundled().expect("fonts");
    let doc = parse(&render_pdf(&report, &fonts));
    assert_inside(&doc, "long recommendations");
    let pages = page_texts(&doc);
    let register = pages
        .iter()
        .filter(|p| p.contains("Priority Question Action POETE Owner, due date, status"))
        .count();
    assert!(
        register >= 2 * report.gaps.len(),
        "{register} register pages"
    );
    // Every word of the recommendation is printed, none cut off.
    let text = pages.join(" ");
    assert!(text.matches("quarter;").count() >= 60 * report.gaps.len());
}

#[test]
fn a_questionnaire_with_many_areas_charts_them_over_pages() {
    let mut raw: Value =
        serde_json::from_str(rbr::questionnaire::BUILT_IN_JSON).expect("questionnaire JSON");
    let areas = raw["areas"].as_array().expect("areas").clone();
    for copy in 1..=4 {
        for area in &areas {
            let mut area = area.clone();
            area["id"] = json!(format!("{}x{copy}", area["id"].as_str().expect("id")));
            for question in area["questions"].as_array_mut().expect("questions") {
                question["id"] = json!(format!("{}x{copy}", question["id"].as_str().expect("id")));
            }
            raw["areas"].as_array_mut().expect("areas").push(area);
        }
    }
    let questionnaire = Questionnaire::from_json(&raw.to_string()).expect("valid questionnaire");
    assert_eq!(questionnaire.areas.len(), 35);
    let bytes = fixture(&Fixture::default());
    let report = Report::build(&questionnaire, &read(&bytes), None, Language::En).expect("report");
    let fonts = Fonts::bundled().expect("fonts");
    let doc = parse(&render_pdf(&report, &fonts));
    assert_inside(&doc, "35 areas");
    let text = all_text(&doc);
    assert!(text.contains("BR7x4 Resilient transport systems no level given yet"));
}

#[test]
fn the_check_for_text_outside_the_page_can_fail() {
    // A page with a line of text running past the right margin.
    let mut doc = parse(&render(&fixture(&Fixture {
        scope: Some(Vec::new()),
        ..Fixture::default()
    })));
    let page = *doc.get_pages().get(&1).expect("page 1");
    let mut content = doc.get_and_decode_page_content(page).expect("content");
    content
        .operations
        .push(lopdf::content::Operation::new("BT", vec![]));
    content.operations.push(lopdf::content::Operation::new(
        "Td",
        vec![500.into(), 400.into()],
    ));
    content.operations.extend(
        doc.get_and_decode_page_content(page)
            .expect("content")
            .operations
            .into_iter()
            .filter(|op| op.operator == "Tf" || op.operator == "Tj")
            .take(2),
    );
    content
        .operations
        .push(lopdf::content::Operation::new("ET", vec![]));
    doc.change_page_content(page, content.encode().expect("encode"))
        .expect("replace content");
    let problems = outside(&doc);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("page 1: text from (500, 400)"),
        "{problems:?}"
    );
}

#[test]
fn example_reports_render() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assessments/examples");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("examples folder") {
        let path = entry.expect("entry").path();
        if !path.to_string_lossy().ends_with(".rbr.json") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("read example");
        let assessment = Assessment::from_bytes(&bytes).expect("example loads");
        let doc = parse(&render(&bytes));
        let text = all_text(&doc);
        assert!(
            text.contains(&squash(&assessment.meta.organisation)),
            "{}: organisation missing",
            path.display()
        );
        assert!(text.contains(&sha256_hex(&bytes)), "{}", path.display());
        assert_inside(&doc, &path.display().to_string());
        seen += 1;
    }
    assert!(seen >= 3, "expected the three examples, found {seen}");
}
