//! Comparing two rounds, as a user would check it: figures computed by hand, the
//! lists of what moved, `rbr compare` in English, Armenian and JSON, and the
//! "Progress since" section read back from the PDF.

use std::path::Path;

use assert_cmd::Command;
use lopdf::Document;
use serde_json::{Value, json};

use rbr::assessment::{Assessment, Response};
use rbr::compare::{BandChange, Movement, Versions, compare};
use rbr::i18n::Language;
use rbr::questionnaire::{AreaId, Level, QuestionId, Questionnaire};
use rbr::report::{ReportOptions, pdf_with_options};

fn assessment(value: &Value) -> Assessment {
    Assessment::from_bytes(value.to_string().as_bytes()).expect("a valid assessment")
}

/// The earlier round: energy and transport assessed, dated 27 November 2025.
///
/// BR2 by hand (weight, level): BR2.1 (2, 1), BR2.2 (3, 3), BR2.4 (2, 2), and
/// BR2.3 not applicable. Readiness = 100 x (2x1 + 3x3 + 2x2) / 4 / (2 + 3 + 2)
/// = 100 x 3.75 / 7 = 53.571...; partially ready; 4 of 9 done. Gaps: BR2.1 (1
/// below its target of 2) and BR2.4 (2 below 3).
fn old_json() -> Value {
    json!({
        "format": "rbr-assessment", "format_version": 1,
        "questionnaire": {"id": "nato-rbr", "version": "1.1.0"},
        "meta": {"title": "Round 2025", "status": "approved",
                 "created": "2025-10-01T09:00:00Z", "modified": "2025-11-27T10:00:00Z",
                 "scope": ["BR2", "BR7"]},
        "answers": {
            "BR2.1": {"level": 1},
            "BR2.2": {"level": 3},
            "BR2.3": {"not_applicable": true, "justification": "no gas"},
            "BR2.4": {"level": 2},
            "BR7.1": {"level": 2}
        }
    })
}

/// The later round: energy and health assessed.
///
/// BR2 by hand: BR2.1 (2, 2), BR2.2 (3, 2), BR2.3 (3, 4), BR2.5 (2, 3), and
/// BR2.4 not applicable. Readiness = 100 x (4 + 6 + 12 + 6) / 4 / 10 = 70.0;
/// partially ready; 5 of 9 done. Its only gap: BR2.2 (2 below 3).
fn new_json() -> Value {
    json!({
        "format": "rbr-assessment", "format_version": 1,
        "questionnaire": {"id": "nato-rbr", "version": "1.1.0"},
        "meta": {"title": "Round 2026", "status": "draft",
                 "created": "2026-10-01T09:00:00Z", "modified": "2026-11-27T10:00:00Z",
                 "scope": ["BR2", "BR3"]},
        "answers": {
            "BR2.1": {"level": 2},
            "BR2.2": {"level": 2},
            "BR2.3": {"level": 4},
            "BR2.4": {"not_applicable": true, "justification": "moved to the regions"},
            "BR2.5": {"level": 3},
            "BR3.1": {"level": 3}
        }
    })
}

/// The questionnaire these rounds were answered under, frozen: the figures below
/// were worked out by hand with its weights, and compare's method does not
/// depend on the built-in questionnaire's content.
const QUESTIONNAIRE_1_1: &str = "tests/fixtures/nato-rbr-1.1.0.json";

/// The national example as it was under 1.1.0, before it moved to 1.2.0.
const NATIONAL_1_1: &str = "tests/fixtures/national-2026-under-1.1.0.json";

fn questionnaire_1_1() -> Questionnaire {
    Questionnaire::from_json(include_str!("fixtures/nato-rbr-1.1.0.json")).expect("1.1.0")
}

fn ids(list: impl IntoIterator<Item = QuestionId>) -> Vec<String> {
    list.into_iter().map(|id| id.to_string()).collect()
}

fn level(n: u8) -> Response {
    Response::Level(Level::new(n).expect("on the scale"))
}

#[test]
fn a_hand_computed_comparison_of_two_rounds_with_different_scopes() {
    let q = questionnaire_1_1();
    let c = compare(&q, &assessment(&old_json()), &assessment(&new_json()));

    // Comparability: BR2 in both (9 questions); BR2, BR3 and BR7 in either (9 + 9 + 10).
    assert_eq!(c.comparability.in_both, 9);
    assert_eq!(c.comparability.in_either, 28);
    assert_eq!(c.comparability.only_old, [AreaId::from("BR7")]);
    assert_eq!(c.comparability.only_new, [AreaId::from("BR3")]);
    assert!(matches!(c.comparability.versions, Versions::Same { .. }));
    assert!(c.comparability.differs());

    let br2 = c.area(&AreaId::from("BR2")).expect("BR2");
    assert_eq!(br2.old.readiness, Some(375.0 / 7.0));
    assert_eq!(br2.new.readiness, Some(70.0));
    assert_eq!(br2.readiness_change, Some(70.0 - 375.0 / 7.0));
    assert_eq!(br2.old.completeness, Some(4.0 / 9.0));
    assert_eq!(br2.new.completeness, Some(5.0 / 9.0));
    assert_eq!(br2.band_change, BandChange::Same);
    let br3 = c.area(&AreaId::from("BR3")).expect("BR3");
    assert_eq!(br3.readiness_change, None, "out of scope before");
    assert_eq!(br3.band_change, BandChange::NotComparable);

    // Every way an answer can move, each once; BR3 and BR7 are not compared.
    let moved: Vec<(String, Movement, Response, Response)> = c
        .questions
        .iter()
        .map(|q| (q.id.to_string(), q.movement, q.old, q.new))
        .collect();
    let expected = [
        ("BR2.1", Movement::Improved, level(1), level(2)),
        ("BR2.2", Movement::Declined, level(3), level(2)),
        (
            "BR2.3",
            Movement::FromNotApplicable,
            Response::NotApplicable,
            level(4),
        ),
        (
            "BR2.4",
            Movement::ToNotApplicable,
            level(2),
            Response::NotApplicable,
        ),
        (
            "BR2.5",
            Movement::NewlyAnswered,
            Response::Unanswered,
            level(3),
        ),
    ];
    let expected: Vec<_> = expected
        .into_iter()
        .map(|(id, m, o, n)| (id.to_owned(), m, o, n))
        .collect();
    assert_eq!(moved, expected);
    assert_eq!(c.count(Movement::Improved), 1);
    assert_eq!(c.count(Movement::NoLongerAnswered), 0);

    // Closed: BR2.1 reached its target, BR2.4 is no longer applicable; opened: BR2.2.
    let closed = ids(c.gaps_closed.iter().map(|g| g.question.clone()));
    let opened = ids(c.gaps_opened.iter().map(|g| g.question.clone()));
    assert_eq!(closed, ["BR2.1", "BR2.4"]);
    assert_eq!(opened, ["BR2.2"]);
    assert_eq!(c.gaps_opened[0].gap.gap, 1);
    assert_eq!(
        c.old_round.date.map(|d| d.to_string()).as_deref(),
        Some("2025-11-27")
    );
}

#[test]
fn a_round_answered_under_1_0_0_compares_with_one_under_1_1_0_by_the_change_list() {
    let q = questionnaire_1_1();
    let read = |path: &str| {
        Assessment::from_bytes(&std::fs::read(path).expect("fixture")).expect("assessment")
    };
    let old = read("tests/fixtures/national-2026-answered-under-1.0.0.rbr.json");
    let new = read(NATIONAL_1_1);
    let c = compare(&q, &old, &new);
    let changes = q.changes_from("1.0.0").expect("a change list from 1.0.0");
    let Versions::Changed {
        old,
        new,
        changed_meaning,
        added,
    } = &c.comparability.versions
    else {
        panic!(
            "expected the change list, got {:?}",
            c.comparability.versions
        );
    };
    assert_eq!((old.as_str(), new.as_str()), ("1.0.0", "1.1.0"));
    assert_eq!(changed_meaning, &changes.changed);
    assert_eq!(added, &changes.added);
    // The questions new in 1.1.0 were unanswered then: newly answered now.
    let newly: Vec<QuestionId> = c
        .moved(Movement::NewlyAnswered)
        .map(|q| q.id.clone())
        .collect();
    assert_eq!(newly, changes.added);
    // Whatever moved among the old questions is flagged where its meaning changed.
    for q in c.moved(Movement::Declined) {
        assert_eq!(
            q.meaning_changed,
            changes.changed.contains(&q.id),
            "{}",
            q.id
        );
    }
    assert!(c.count(Movement::Declined) > 0);
    assert_eq!(c.comparability.in_both, q.questions().count());
}

#[test]
fn a_round_compared_with_itself_moves_nothing() {
    let q = questionnaire_1_1();
    let a = assessment(&new_json());
    let c = compare(&q, &a, &a);
    assert!(c.questions.is_empty());
    assert!(c.gaps_closed.is_empty() && c.gaps_opened.is_empty());
    assert!(!c.comparability.differs());
    assert!(
        c.areas
            .iter()
            .all(|a| a.readiness_change.is_none_or(|d| d == 0.0))
    );
}

fn rbr() -> Command {
    let mut cmd = Command::cargo_bin("rbr").expect("binary built");
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    cmd
}

fn write_rounds(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let old = dir.join("round-2025.rbr.json");
    let new = dir.join("round-2026.rbr.json");
    std::fs::write(&old, old_json().to_string()).expect("write");
    std::fs::write(&new, new_json().to_string()).expect("write");
    (old, new)
}

#[test]
fn rbr_compare_prints_what_moved_in_english_and_armenian() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (old, new) = write_rounds(dir.path());
    let out = rbr()
        .args(["compare", "--questionnaire", QUESTIONNAIRE_1_1])
        .args([&old, &new])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    for expected in [
        "(27 November 2025) with",
        "Questions in scope in both files: 9 of 28 in either.",
        "In scope in the earlier file only: BR7.",
        "In scope in the later file only: BR3.",
        "BR2      53.6 → 70.0 (+16.4)",
        "44.4% → 55.6%",
        "Improved (1)",
        "BR2.1   1 → 2",
        "Changed to not applicable (1)",
        "BR2.4   2 → N/A",
        "Changed from not applicable (1)",
        "Gaps closed (2)",
        "Gaps opened (1)",
        "BR2.2   3 → 2, target 3",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
    let out = rbr()
        .args([
            "--lang",
            "hy",
            "compare",
            "--questionnaire",
            QUESTIONNAIRE_1_1,
        ])
        .args([&old, &new])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    for expected in [
        "2025 թ. նոյեմբերի 27",
        "53,6 → 70,0 (+16,4)",
        "Վերացված թերություններ (2)",
        "BR2.4   2 → կիրառելի չէ",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
}

#[test]
fn rbr_compare_json_is_one_object_with_unrounded_numbers_in_every_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (old, new) = write_rounds(dir.path());
    let outputs: Vec<Vec<u8>> = ["en", "hy"]
        .into_iter()
        .map(|lang| {
            let out = rbr()
                .args([
                    "--lang",
                    lang,
                    "compare",
                    "--json",
                    "--questionnaire",
                    QUESTIONNAIRE_1_1,
                ])
                .args([&old, &new])
                .assert()
                .success();
            out.get_output().stdout.clone()
        })
        .collect();
    assert_eq!(outputs[0], outputs[1], "the same in every language");
    let value: Value = serde_json::from_slice(&outputs[0]).expect("one JSON object");
    let br2 = &value["areas"][1];
    assert_eq!(br2["id"], "BR2");
    assert_eq!(br2["old"]["readiness"].as_f64(), Some(375.0 / 7.0));
    assert_eq!(br2["readiness_change"].as_f64(), Some(70.0 - 375.0 / 7.0));
    assert_eq!(value["comparability"]["in_both"], 9);
    assert_eq!(value["old_round"]["date"], "2025-11-27");
    assert_eq!(value["questions"][3]["new"], "n/a");
    assert_eq!(value["questions"][4]["old"], Value::Null);
    assert_eq!(value["gaps_opened"][0]["question"], "BR2.2");
}

#[test]
fn rbr_compare_names_a_file_it_cannot_use() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (old, _) = write_rounds(dir.path());
    let broken = dir.path().join("broken.rbr.json");
    std::fs::write(&broken, "{ not json").expect("write");
    rbr()
        .arg("compare")
        .args([&old, &broken])
        .assert()
        .code(1)
        .stderr(predicates::str::contains("broken.rbr.json"));
    rbr()
        .arg("compare")
        .arg(&old)
        .arg(dir.path().join("missing.rbr.json"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("missing.rbr.json"));
}

/// The text of the PDF's pages, whitespace collapsed.
fn pdf_text(pdf: &[u8]) -> String {
    let doc = Document::load_mem(pdf).expect("a PDF");
    doc.get_pages()
        .keys()
        .map(|&n| doc.extract_text(&[n]).expect("text"))
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn between<'t>(text: &'t str, start: &str, end: &str) -> &'t str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("{start:?} missing"));
    let rest = &text[from..];
    let to = rest
        .find(end)
        .unwrap_or_else(|| panic!("{end:?} missing after {start:?}"));
    &rest[..to]
}

#[test]
fn the_report_shows_progress_since_the_earlier_round_after_the_summary() {
    let q = questionnaire_1_1();
    let old = assessment(&old_json());
    let bytes = new_json().to_string().into_bytes();
    let options = ReportOptions {
        date: Some("2026-11-28"),
        language: Some(Language::En),
        earlier: Some(&old),
        ..ReportOptions::default()
    };
    let text = pdf_text(
        &pdf_with_options(
            &q,
            &rbr::assessment::AssessmentFile::parse(bytes).expect("parses"),
            &options,
        )
        .expect("renders"),
    );
    let body = &text[text.find("The ten highest-priority gaps").expect("summary")..];
    let section = between(body, "Progress since 27 November 2025", "Gap register");
    for expected in [
        "\"Round 2025\"",
        "Only 9 of the 28 questions in scope are in scope in both assessments",
        "Assessed then but not now: BR7.",
        "Assessed now but not then: BR3.",
        // Overall: the mean of each round's areas in scope, (53.57 + 50.0) / 2
        // then and (70.0 + 75.0) / 2 now, which the scope sentences qualify.
        "72.5 now, 51.8 then (change +20.7)",
        "Questions improved 1 (BR2.1)",
        "Questions declined 1 (BR2.2)",
        "1 newly answered",
        "53.6 70.0 +16.4 partially ready partially ready",
    ] {
        assert!(
            section.contains(expected),
            "{expected:?} missing from:\n{section}"
        );
    }
    let closed = between(section, "Gaps closed", "Gaps opened");
    assert!(
        closed.contains("BR2.1") && closed.contains("BR2.4"),
        "{closed}"
    );
    assert!(!closed.contains("BR2.2"), "{closed}");
    // The section ends with its page: the running footer numbers it.
    let opened = between(section, "Gaps opened", "Page ");
    assert!(
        opened.contains("BR2.2") && !opened.contains("BR2.1 "),
        "{opened}"
    );
    // The contents on the cover list the section too, before the summary's page.
    let contents = between(&text, "Contents", "The ten highest-priority gaps");
    assert!(
        contents.contains("Progress since 27 November 2025"),
        "{contents}"
    );
}

#[test]
fn rbr_report_compare_adds_the_section_in_armenian_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (old, new) = write_rounds(dir.path());
    let pdf = dir.path().join("report.pdf");
    rbr()
        .args([
            "report",
            "--questionnaire",
            QUESTIONNAIRE_1_1,
            "--lang",
            "hy",
            "--compare",
        ])
        .arg(&old)
        .arg(&new)
        .arg("-o")
        .arg(&pdf)
        .assert()
        .success();
    let text = pdf_text(&std::fs::read(&pdf).expect("the PDF"));
    let heading = "Առաջընթացը 2025 թ. նոյեմբերի 27-ից ի վեր";
    // The contents on the cover name it first; the section is the last mention.
    let body = &text[text.rfind(heading).expect("the section")..];
    let section = between(body, heading, "Թերությունների ռեեստր");
    assert!(section.contains("53,6 70,0 +16,4"), "{section}");
    assert!(section.contains("Վերացված թերություններ"), "{section}");
    // Without --compare there is no such section.
    rbr()
        .args([
            "report",
            "--questionnaire",
            QUESTIONNAIRE_1_1,
            "--lang",
            "hy",
        ])
        .arg(&new)
        .arg("-o")
        .arg(&pdf)
        .assert()
        .success();
    let text = pdf_text(&std::fs::read(&pdf).expect("the PDF"));
    assert!(!text.contains("Առաջընթացը"), "no comparison asked for");
    // An earlier round that cannot be read: named, and nothing written.
    let missing = dir.path().join("missing.rbr.json");
    rbr()
        .args(["report", "--questionnaire", QUESTIONNAIRE_1_1, "--compare"])
        .arg(&missing)
        .arg(&new)
        .arg("-o")
        .arg(dir.path().join("other.pdf"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("missing.rbr.json"));
    assert!(!dir.path().join("other.pdf").exists());
}

#[test]
fn rbr_compare_says_which_questions_changed_meaning_between_versions() {
    let out = rbr()
        .args(["compare", "--questionnaire", QUESTIONNAIRE_1_1])
        .arg("tests/fixtures/national-2026-answered-under-1.0.0.rbr.json")
        .arg(NATIONAL_1_1)
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    for expected in [
        "Answered under questionnaire versions 1.0.0 and 1.1.0.",
        "30 compared questions changed meaning between them",
        "16 questions are new in 1.1.0: BR1.9, BR1.10",
        "BR1.5   3 → 2  (critical)  (meaning changed)",
        "Newly answered (16)",
    ] {
        assert!(
            text.contains(expected),
            "{expected:?} missing from:\n{text}"
        );
    }
}

#[test]
fn a_round_under_1_1_0_compares_with_one_under_1_3_0_by_the_built_in_change_lists() {
    // The built-in questionnaire (1.3.0) leads from 1.1.0 in two steps: six
    // questions changed meaning in 1.2.0, eight are new, BR3.8 moved to BR3.11;
    // 1.3.0 changed fourteen more (planning figures and indicator thresholds).
    let q = Questionnaire::built_in();
    let read = |path: &str| {
        Assessment::from_bytes(&std::fs::read(path).expect("fixture")).expect("assessment")
    };
    let old = read(NATIONAL_1_1);
    let new = read("assessments/examples/national-2026.rbr.json");
    let c = compare(&q, &old, &new);
    let Versions::Changed {
        old: then,
        new: now,
        changed_meaning,
        added,
    } = &c.comparability.versions
    else {
        panic!(
            "expected the change list, got {:?}",
            c.comparability.versions
        );
    };
    assert_eq!((then.as_str(), now.as_str()), ("1.1.0", "1.3.0"));
    assert_eq!(
        ids(changed_meaning.iter().cloned()),
        [
            "BR2.3", "BR2.5", "BR4.6", "BR6.2", "BR7.1", "BR7.5", "BR1.4", "BR2.9", "BR3.3",
            "BR3.4", "BR3.9", "BR3.11", "BR4.1", "BR5.1", "BR5.2", "BR5.7", "BR6.10"
        ]
    );
    assert_eq!(added.len(), 8);
    // A 1.0.0 round compares with a 1.3.0 one over every step.
    let oldest = read("tests/fixtures/national-2026-answered-under-1.0.0.rbr.json");
    let c = compare(&q, &oldest, &new);
    let Versions::Changed { added, .. } = &c.comparability.versions else {
        panic!(
            "expected the change lists, got {:?}",
            c.comparability.versions
        );
    };
    // 16 new in 1.1.0, less BR3.8 (retired in 1.2.0), and 8 new in 1.2.0.
    assert_eq!(added.len(), 16 - 1 + 8, "new in 1.1.0 and in 1.2.0");
    assert!(!added.contains(&QuestionId::from("BR3.8")));
}

#[test]
fn compare_shows_each_measured_figure_then_and_now() {
    let dir = tempfile::tempdir().expect("temp dir");
    let national: Value = serde_json::from_str(
        &std::fs::read_to_string("assessments/examples/national-2026.rbr.json").expect("example"),
    )
    .expect("JSON");
    // The earlier round: 22 days of oil, a year before, and no figure for BR6.10.
    let mut earlier = national.clone();
    earlier["answers"]["BR2.2"]["figure"] = json!({"value": 22, "as_of": "2025-09-30", "source": "State Reserve Agency, September 2025"});
    if let Some(answer) = earlier["answers"]["BR6.10"].as_object_mut() {
        answer.remove("figure");
    }
    let old = dir.path().join("2025.rbr.json");
    let new = dir.path().join("2026.rbr.json");
    std::fs::write(&old, serde_json::to_vec(&earlier).expect("JSON")).expect("write");
    std::fs::write(&new, serde_json::to_vec(&national).expect("JSON")).expect("write");

    let out = rbr().arg("compare").arg(&old).arg(&new).assert().success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let figures = text
        .split("Measured figures, then and now (18)")
        .nth(1)
        .unwrap_or_else(|| panic!("a figures section:\n{text}"));
    assert!(
        figures.contains(
            "BR2.2   Days of average consumption held in verified emergency stocks, for the main oil product with the fewest: 22\u{a0}days (2025-09-30) → 34\u{a0}days (2026-09-30)"
        ),
        "{figures}"
    );
    assert!(
        figures.contains("BR6.10  ") && figures.contains(": – → 90.8% (2026-10-31)"),
        "{figures}"
    );

    let out = rbr()
        .args(["--lang", "hy", "compare"])
        .arg(&old)
        .arg(&new)
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        text.contains("Չափված ցուցանիշները՝ այն ժամանակ և հիմա (18)"),
        "{text}"
    );
    assert!(
        text.contains("22\u{a0}օր (30.09.2025) → 34\u{a0}օր (30.09.2026)"),
        "{text}"
    );

    // The JSON carries both figures, with the level each supports.
    let out = rbr()
        .arg("compare")
        .arg(&old)
        .arg(&new)
        .arg("--json")
        .assert()
        .success();
    let json: Value = serde_json::from_slice(&out.get_output().stdout).expect("JSON");
    let br22 = json["figures"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["question"] == "BR2.2"))
        .unwrap_or_else(|| panic!("BR2.2 in {json}"));
    assert_eq!(br22["old"]["value"], 22.0);
    assert_eq!(br22["old"]["supports"], 1);
    assert_eq!(br22["new"]["value"], 34.0);
    assert_eq!(br22["new"]["supports"], 2);
}
