//! The annexes: the scoring method as the README states it, the findings in the
//! assessment file, and the review comments (open ones, resolved ones when asked).

use std::path::Path;

use rbr::i18n::Language;
use rbr::report::SCORING_METHOD;
use serde_json::{Value, json};

use crate::support::{
    Fixture, all_text, assert_in_order, commented, fixture, page_texts, parse, render,
    render_assessment, squash,
};

#[test]
fn findings_in_the_file_are_listed_in_the_annex() {
    let mut file: Value =
        serde_json::from_slice(&fixture(&Fixture::default())).expect("fixture JSON");
    file["answers"]["BR2.1"]["level"] = json!(7);
    file["answers"]["BR9.9"] = json!({"level": 1});
    let bytes = serde_json::to_vec(&file).expect("JSON");
    let text = all_text(&parse(&render(&bytes)));
    let annex = text
        .split("Findings in the assessment file")
        .nth(1)
        .expect("a findings section");
    assert!(
        annex.contains("BR2.1: level 7 is not a whole number"),
        "{annex}"
    );
    assert!(annex.contains("BR9.9: no such question"), "{annex}");
    // The unusable level leaves BR2.1 unanswered, as the scoring has it.
    assert!(text.contains("Unanswered questions"));
}

#[test]
fn the_annex_states_the_method_as_the_readme_does() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md exists");
    let section = readme
        .split("\n## ")
        .find(|s| s.starts_with("The scoring method"))
        .expect("README has a scoring method section");
    let section = section.trim_start_matches("The scoring method");
    assert_eq!(squash(section), squash(SCORING_METHOD));
    // And the annex prints it (Markdown marks aside), across a page break: each
    // page's body is read without the running header and footer drawn after it.
    let doc = parse(&render(&fixture(&Fixture::default())));
    let text = page_texts(&doc)
        .iter()
        .map(|page| {
            page.split("UNCLASSIFIED Self-assessment report")
                .next()
                .unwrap_or_default()
                .trim()
                .to_owned()
        })
        .collect::<Vec<_>>()
        .join(" ");
    let plain = squash(
        &SCORING_METHOD
            .replace("**", "")
            .replace('`', "")
            .replace("\n- ", "\n• "),
    );
    assert!(text.contains(&plain), "annex lacks the method");
}

#[test]
fn the_annex_lists_open_comments_and_resolved_ones_only_when_asked() {
    let assessment = commented();
    let open_only = all_text(&render_assessment(&assessment, Language::En, false));
    assert_in_order(
        &open_only,
        &[
            "Annex: review comments",
            "BR2.1",
            "Tomas Verin, 2026-11-20 13:40 (UTC) · open",
            "Is the dependency analysis of 2025 still current?",
        ],
    );
    assert!(!open_only.contains("Which decree names the deputies?"));
    assert!(
        !open_only.contains("Last review event"),
        "no events, no state"
    );

    let all = all_text(&render_assessment(&assessment, Language::En, true));
    assert_in_order(
        &all,
        &[
            "Annex: review comments",
            "BR1.1",
            "Which decree names the deputies?",
            "Lena Marsh, 2026-11-23 10:20 (UTC) — Decree 12-N of 2024, article 3.",
            "BR2.1",
            "Is the dependency analysis of 2025 still current?",
        ],
    );
}
