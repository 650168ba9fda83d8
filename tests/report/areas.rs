//! The area sections: each area's title, readiness and band (as `rbr score`
//! prints them, beside the organisation and the fingerprint), and its figures and
//! question rows as worked out by hand.

use std::path::Path;

use assert_cmd::Command;
use rbr::i18n::Language;
use rbr::questionnaire::Questionnaire;
use rbr::tl;
use serde_json::Value;

use crate::support::{
    BR1_SECTION, BR2_SECTION, Fixture, all_text, assert_in_order, between, fixture,
    hand_computed_assessment, one_decimal, page_texts, parse, questionnaire_1_0, render, render_v1,
    sha256_hex, squash, temp_file,
};

/// Each area's readiness as `rbr score --json` prints it, with one decimal.
fn readiness_from_cli(path: &Path) -> Vec<(String, Option<String>, Option<String>)> {
    let output = Command::cargo_bin("rbr")
        .expect("binary")
        .args(["score", "--json"])
        .arg(path)
        .output()
        .expect("rbr score runs");
    assert!(output.status.success(), "{output:?}");
    let line: Value = serde_json::from_slice(&output.stdout).expect("score JSON");
    line["areas"]
        .as_array()
        .expect("areas")
        .iter()
        .map(|area| {
            (
                area["id"].as_str().expect("id").to_owned(),
                area["readiness"].as_f64().map(one_decimal),
                area["band"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

#[test]
fn the_report_shows_areas_organisation_readiness_and_fingerprint() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = [
        Fixture::default(),
        Fixture {
            organisation: "Արտակարգ իրավիճակների նախարարություն",
            language: "hy",
            text: "Կառավարության շարունակականության պլանը հաստատվել է 2024 թվականին։ ",
            scope: Some(vec!["BR2", "BR5", "BR7"]),
            ..Fixture::default()
        },
    ];
    for (n, case) in cases.iter().enumerate() {
        let bytes = fixture(case);
        let path = temp_file(dir.path(), &format!("case-{n}.rbr.json"), &bytes);
        let doc = parse(&render(&bytes));
        let pages = page_texts(&doc);
        let text = pages.join(" ");
        assert!(
            text.contains(case.organisation),
            "organisation missing:\n{text}"
        );
        assert!(text.contains(&sha256_hex(&bytes)), "fingerprint missing");
        let questionnaire = Questionnaire::built_in();
        for area in &questionnaire.areas {
            // In the assessment's language: Armenian titles for an Armenian file; the
            // chart shortens a long title of an area out of scope.
            let title = squash(area.title.get(case.language));
            let start: String = title.chars().take(25).collect();
            assert!(
                text.contains(&title) || text.contains(&start),
                "{} title missing",
                area.id
            );
        }
        let lang = Language::from_code(case.language).expect("a language rbr speaks");
        for (id, readiness, band) in readiness_from_cli(&path) {
            let in_scope = case.scope.as_ref().is_none_or(|s| s.contains(&id.as_str()));
            let Some(readiness) = readiness else {
                assert!(!in_scope, "{id} has no readiness");
                continue;
            };
            // The figure as the report's language writes it, the band in its words.
            let readiness = readiness.replace('.', if lang == Language::Hy { "," } else { "." });
            let band = tl!(
                lang,
                &format!("band-{}", band.expect("a band with a readiness"))
            );
            // In the chart, beside the bar, and at the head of the area's section.
            assert!(
                text.contains(&format!("{readiness} {band}")),
                "{id}: {readiness} {band}"
            );
            let headline = tl!(
                lang,
                "report-readiness-value",
                value = readiness.as_str(),
                band = band.as_str()
            );
            let title = squash(
                questionnaire
                    .area(&id.as_str().into())
                    .expect("area")
                    .title
                    .get(case.language),
            );
            assert!(
                pages
                    .iter()
                    .any(|p| p.contains(&format!("{id} {title}")) && p.contains(&headline)),
                "{id}: no section page with {headline:?}"
            );
        }
    }
}

#[test]
fn each_area_section_shows_hand_computed_figures() {
    let text = all_text(&parse(&render_v1(&hand_computed_assessment())));
    let br1 = between(&text, BR1_SECTION, BR2_SECTION);
    // Figures as worked out above; 6 levels + 1 N/A of 8 questions = 87.5%.
    assert_in_order(
        br1,
        &[
            "Readiness 51.8 out of 100, not ready",
            "Target readiness 82.1",
            "Completeness 87.5% (6 with a level, 1 not applicable, 1 unanswered, of 8)",
            "Provisional 1 of 8 questions are unanswered",
            "Band capped not ready because critical question BR1.2 is at level 0 or 1",
        ],
    );
    // Rows: level, target, gap; the N/A row points to its justification.
    let questionnaire = questionnaire_1_0();
    let question = |id: &str| {
        squash(
            questionnaire
                .question(&id.into())
                .expect("question")
                .text
                .get("en"),
        )
    };
    for row in [
        format!("BR1.1 {} 3 3 Evidence at level 3.", question("BR1.1")),
        format!(
            "BR1.2 critical {} 1 4 3 Evidence at level 1.",
            question("BR1.2")
        ),
        format!("BR1.3 {} N/A 3 see below", question("BR1.3")),
        format!(
            "BR1.4 critical {} 4 3 Evidence at level 4.",
            question("BR1.4")
        ),
        format!("BR1.7 {} 2 4 2 Evidence at level 2.", question("BR1.7")),
        format!("BR1.8 {} - 3", question("BR1.8")),
    ] {
        assert!(br1.contains(&row), "no row {row:?} in:\n{br1}");
    }
    assert!(br1.contains("Not applicable, and why BR1.3"), "{br1}");
    assert!(br1.contains("No federal level exists."), "{br1}");

    let br2 = between(&text, BR2_SECTION, "Gap register Every question");
    assert_in_order(
        br2,
        &[
            "Readiness 62.5 out of 100, partially ready",
            "Target readiness 70.8",
            "Completeness 37.5% (3 with a level, 0 not applicable, 5 unanswered, of 8)",
        ],
    );
    assert!(!br2.contains("Band capped"), "{br2}");
}
