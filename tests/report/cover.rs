//! The cover and what frames every page: the title page and its contents, the
//! PDF's outline and metadata, the marking, title and number on each page, the
//! review or approval state, and the source files of a combined assessment.

use crate::support::{
    Answers, Fixture, all_text, approved, fixture, info_field, page_texts, parse, render,
    render_assessment,
};
use rbr::i18n::Language;
use serde_json::{Value, json};

#[test]
fn every_page_has_its_marking_title_and_number() {
    let doc = parse(&render(&fixture(&Fixture::default())));
    let pages = page_texts(&doc);
    let count = pages.len();
    assert!(count > 10, "{count} pages");
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains(&format!("Page {} of {count}", i + 1)),
            "page {}",
            i + 1
        );
        assert!(
            page.matches("UNCLASSIFIED").count() >= 2,
            "page {}: marking top and bottom",
            i + 1
        );
        assert!(page.contains("Self-assessment report: National resilience self-assessment 2026"));
    }
}

#[test]
fn the_outline_and_metadata_name_every_section() {
    let bytes = fixture(&Fixture {
        answers: Answers::Mixed,
        scope: Some(vec!["BR1", "BR4"]),
        ..Fixture::default()
    });
    let doc = parse(&render(&bytes));
    let toc = doc.get_toc().expect("outline");
    let titles: Vec<&str> = toc.toc.iter().map(|t| t.title.as_str()).collect();
    for expected in [
        "Cover",
        "Executive summary",
        "BR1 Assured continuity of government and critical government services",
        "BR4 Resilient food and water resources",
        "Gap register",
        "Annex: the scale and the scoring method",
    ] {
        assert!(titles.contains(&expected), "{expected} not in {titles:?}");
    }
    assert!(
        !titles.iter().any(|t| t.starts_with("BR2")),
        "out of scope: {titles:?}"
    );
    // Pages of the outline entries only grow.
    let pages: Vec<usize> = toc.toc.iter().map(|t| t.page).collect();
    assert!(pages.windows(2).all(|w| w[0] < w[1]), "{pages:?}");

    let text = |key: &[u8]| info_field(&doc, key);
    assert_eq!(
        text(b"Title"),
        "Self-assessment report: National resilience self-assessment 2026"
    );
    assert_eq!(
        text(b"Author"),
        "Head of Resilience Planning, Ministry of Example Affairs"
    );
    assert!(text(b"Subject").contains("nato-rbr 1.3.0"));
    assert_eq!(text(b"CreationDate"), "D:20261127000000+00'00'");
}

#[test]
fn the_contents_on_the_cover_give_the_outline_pages() {
    let doc = parse(&render(&fixture(&Fixture::default())));
    // The title page closes with the place and year; the contents follow it.
    let cover = &page_texts(&doc)[1];
    let toc = doc.get_toc().expect("outline");
    assert!(toc.toc.len() > 8);
    for entry in toc.toc.iter().skip(1) {
        let line = format!("{} {}", entry.title, entry.page);
        assert!(cover.contains(&line), "cover lacks {line:?}");
    }
}

#[test]
fn an_approved_files_cover_says_who_approved_which_content_and_when() {
    let assessment = approved();
    let doc = render_assessment(&assessment, Language::En, false);
    let cover = &page_texts(&doc)[0];
    let hash = &assessment.review.as_ref().expect("trail").events[1].content_sha256;
    for expected in [
        "Last review event",
        "2. Approved: Irina Castell (approver, Office of the Government), 2026-11-27 14:00 (UTC)",
        hash.as_str(),
        "Approved by Irina Castell (approver, Office of the Government) on 27 November 2026.",
    ] {
        assert!(
            cover.contains(expected),
            "the cover lacks {expected:?}:\n{cover}"
        );
    }
    assert!(!cover.contains("has changed since"), "{cover}");

    let armenian = &page_texts(&render_assessment(&assessment, Language::Hy, false))[0];
    assert!(
        armenian.contains("Հաստատված է 2026 թ. նոյեմբերի 27-ին։ Հաստատող՝ Irina Castell"),
        "{armenian}"
    );
}

#[test]
fn a_change_after_approval_is_said_plainly_by_question() {
    let mut assessment = approved();
    assessment
        .answer_mut(&"BR2.1".into())
        .evidence
        .push_str(" Edited after approval.");
    let cover = &page_texts(&render_assessment(&assessment, Language::En, false))[0];
    assert!(
        cover.contains("The content has changed since it was approved: BR2.1."),
        "{cover}"
    );
    assert!(cover.contains("Approved by Irina Castell"), "{cover}");
}

#[test]
fn a_file_without_a_trail_shows_no_review_state_and_no_comments() {
    let text = all_text(&parse(&render(&fixture(&Fixture::default()))));
    for absent in ["Last review event", "Approved by", "review comments"] {
        assert!(
            !text.contains(absent),
            "{absent:?} in a file without a trail"
        );
    }
}

#[test]
fn a_combined_file_names_its_sources_on_the_cover() {
    let mut json: Value = serde_json::from_slice(
        &std::fs::read("assessments/examples/energy-transport-ministry.rbr.json").expect("example"),
    )
    .expect("JSON");
    let (energy, interior) = ("a".repeat(64), "b".repeat(64));
    json["meta"]["merged_from"] = json!([
        {"file": "energy.rbr.json", "sha256": energy},
        {"file": "interior.rbr.json", "sha256": interior}
    ]);
    let bytes = serde_json::to_vec_pretty(&json).expect("JSON");
    let pages = page_texts(&parse(&render(&bytes)));
    let cover = &pages[0];
    assert!(cover.contains("Combined from 2 files"), "{cover}");
    for (file, sha256) in [
        ("energy.rbr.json", &energy),
        ("interior.rbr.json", &interior),
    ] {
        assert!(cover.contains(file), "{cover}");
        assert!(cover.contains(&format!("SHA-256 {sha256}")), "{cover}");
    }
    // A file typed by hand names no sources.
    let plain = page_texts(&parse(&render(
        &std::fs::read("assessments/examples/energy-transport-ministry.rbr.json").expect("example"),
    )));
    assert!(!plain[0].contains("Combined from"));
}
