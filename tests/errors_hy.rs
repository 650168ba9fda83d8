//! Errors in an Armenian interface, run as a user would: a bad report date, a file
//! that is not JSON, a level that is not a level, a questionnaire the reader
//! refuses, a bad export date. Each comes in Armenian, with what the user needs to
//! find the fault kept: the value as typed, the question, the line and column.

use std::fs;
use std::path::Path;

use assert_cmd::Command;

/// rbr in an Armenian interface, run in `dir` so that messages name files by
/// their short names only.
fn rbr_hy(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("rbr").expect("binary built");
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .current_dir(dir)
        .args(["--lang", "hy"]);
    cmd
}

/// A small assessment, in the format files use.
const SMALL: &str = r#"{
  "format": "rbr-assessment",
  "format_version": 1,
  "questionnaire": {"id": "nato-rbr", "version": "1.2.0"},
  "meta": {"title": "Էներգետիկա", "status": "draft", "modified": "2026-11-27T16:30:00Z"},
  "answers": {"BR2.1": {"level": 2}, "BR2.2": {"level": 4}}
}
"#;

/// Words of the English messages that an Armenian one must not keep.
const ENGLISH: &[&str] = &[
    "expected",
    "invalid",
    "line",
    "column",
    "is not a date",
    "not valid",
    "level",
    "whole number",
    "missing",
    "could not",
    "report date",
    "found",
    "type:",
    "cannot",
];

fn has_armenian(text: &str) -> bool {
    text.chars().any(|c| ('\u{0531}'..='\u{058F}').contains(&c))
}

/// Asserts `text` is Armenian, with none of [`ENGLISH`] and all of `kept`.
fn assert_armenian(text: &str, kept: &[&str]) {
    assert!(has_armenian(text), "not Armenian: {text}");
    for word in ENGLISH {
        assert!(
            !text.to_lowercase().contains(word),
            "{word:?} is left in: {text}"
        );
    }
    for detail in kept {
        assert!(text.contains(detail), "{detail:?} is lost: {text}");
    }
    assert!(!text.contains('?'), "ASCII ? in: {text}");
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_bad_report_date_is_said_in_armenian_with_the_value() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("a.rbr.json"), SMALL).expect("writes");
    let out = rbr_hy(dir.path())
        .args([
            "report",
            "a.rbr.json",
            "-o",
            "out.pdf",
            "--date",
            "2026-13-45",
        ])
        .assert()
        .failure();
    let text = stderr(out.get_output());
    assert_armenian(
        &text,
        &["a.rbr.json", "«2026-13-45»", "2026-11-27", "հաշվետվ"],
    );
    assert!(!dir.path().join("out.pdf").exists(), "no PDF is written");
}

#[test]
fn a_report_with_no_date_to_go_by_says_so_in_armenian() {
    let dir = tempfile::tempdir().expect("temp dir");
    let undated = SMALL.replace("2026-11-27T16:30:00Z", "");
    fs::write(dir.path().join("a.rbr.json"), undated).expect("writes");
    let out = rbr_hy(dir.path())
        .args(["report", "a.rbr.json", "-o", "out.pdf"])
        .assert()
        .failure();
    assert_armenian(
        &stderr(out.get_output()),
        &["«meta.modified»", "--date", "ամսաթ"],
    );
}

#[test]
fn a_json_syntax_error_is_said_in_armenian_with_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A comma is missing at the end of line 3: the reader stops at line 4, column 3.
    let broken = SMALL.replacen("\"format_version\": 1,", "\"format_version\": 1", 1);
    fs::write(dir.path().join("a.rbr.json"), broken).expect("writes");
    let out = rbr_hy(dir.path())
        .args(["validate", "a.rbr.json"])
        .assert()
        .code(1);
    assert_armenian(
        &stdout(out.get_output()),
        &["a.rbr.json", "JSON", "տող 4", "սյունակ 3", "«,»", "«}»"],
    );
}

#[test]
fn a_file_that_ends_too_soon_is_said_in_armenian() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cut = &SMALL[..SMALL.find("\"answers\"").expect("has answers")];
    fs::write(dir.path().join("a.rbr.json"), cut).expect("writes");
    let out = rbr_hy(dir.path())
        .args(["validate", "a.rbr.json"])
        .assert()
        .code(1);
    assert_armenian(&stdout(out.get_output()), &["ավարտվեց", "տող 6"]);
}

#[test]
fn a_field_of_the_wrong_type_is_said_in_armenian_with_its_path_and_value() {
    let dir = tempfile::tempdir().expect("temp dir");
    let wrong = SMALL.replace("\"title\": \"Էներգետիկա\"", "\"title\": 2026");
    fs::write(dir.path().join("a.rbr.json"), wrong).expect("writes");
    let out = rbr_hy(dir.path())
        .args(["validate", "a.rbr.json"])
        .assert()
        .code(1);
    assert_armenian(
        &stdout(out.get_output()),
        &["«meta.title»", "2026", "տեքստ", "տող 5", "սյունակ"],
    );
}

#[test]
fn a_level_that_is_not_a_level_is_said_in_armenian_with_question_and_value() {
    let dir = tempfile::tempdir().expect("temp dir");
    let wrong = SMALL
        .replace("\"level\": 2", "\"level\": \"high\"")
        .replace("\"level\": 4", "\"level\": 7");
    fs::write(dir.path().join("a.rbr.json"), wrong).expect("writes");
    let out = rbr_hy(dir.path())
        .args(["validate", "a.rbr.json"])
        .assert()
        .code(1);
    let text = stdout(out.get_output());
    assert_armenian(&text, &["BR2.1: «high» մակարդակը", "BR2.2: 7 մակարդակը"]);
}

#[test]
fn an_answer_that_cannot_be_read_is_said_in_armenian_with_the_value() {
    let dir = tempfile::tempdir().expect("temp dir");
    let wrong = SMALL.replace("{\"level\": 4}", "{\"level\": 4, \"notes\": 42}");
    fs::write(dir.path().join("a.rbr.json"), wrong).expect("writes");
    let out = rbr_hy(dir.path())
        .args(["validate", "a.rbr.json"])
        .assert()
        .code(1);
    assert_armenian(&stdout(out.get_output()), &["BR2.2:", "42", "տեքստ"]);
}

#[test]
fn a_questionnaire_the_reader_refuses_is_said_in_armenian() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("a.rbr.json"), SMALL).expect("writes");
    let cases = [
        (
            "\"level\": 4",
            "\"level\": \"high\"",
            &["«high»", "ամբողջ թիվ"][..],
        ),
        ("\"level\": 4", "\"level\": 9", &["9 մակարդակը", "0–4"][..]),
    ];
    for (from, to, kept) in cases {
        let built_in = rbr::questionnaire::BUILT_IN_JSON;
        let line = built_in[..built_in.find(from).expect("the built-in has it")]
            .lines()
            .count();
        let broken = built_in.replacen(from, to, 1);
        fs::write(dir.path().join("q.json"), broken).expect("writes");
        let out = rbr_hy(dir.path())
            .args(["validate", "a.rbr.json", "--questionnaire", "q.json"])
            .assert()
            .failure();
        let text = stderr(out.get_output());
        assert_armenian(&text, kept);
        assert!(text.contains(&format!("տող {line}")), "{text}");
    }
}

#[test]
fn a_bad_export_date_is_said_in_armenian_with_the_value() {
    let dir = tempfile::tempdir().expect("temp dir");
    fs::write(dir.path().join("a.rbr.json"), SMALL).expect("writes");
    let out = rbr_hy(dir.path())
        .args(["export", "a.rbr.json", "--csv", "a.csv", "--date", "bad"])
        .assert()
        .code(2);
    assert_armenian(
        &stderr(out.get_output()),
        &["«bad»", "--date", "2026-11-27"],
    );
    assert!(!dir.path().join("a.csv").exists(), "no CSV is written");
}

#[test]
fn report_errors_read_in_both_languages_from_the_library() {
    use rbr::assessment::AssessmentFile;
    use rbr::i18n::Language;
    use rbr::questionnaire::Questionnaire;

    let file = AssessmentFile::parse(SMALL.as_bytes().to_vec()).expect("reads");
    let error = rbr::report::pdf_for(&Questionnaire::built_in(), &file, Some("27.11.2026"), None)
        .expect_err("not a date");
    assert_eq!(
        error.to_string(),
        "report date \"27.11.2026\" is not a date such as 2026-11-27 (YYYY-MM-DD)"
    );
    assert_eq!(error.message(Language::En), error.to_string());
    assert_armenian(
        &error.message(Language::Hy),
        &["«27.11.2026»", "2026-11-27"],
    );
}

#[test]
fn refusals_zones_and_hashes_read_in_the_language_asked_for() {
    use rbr::app::Refused;
    use rbr::i18n::Language;
    use rbr::review::{HashError, ReviewError};
    use rbr::zone::UnknownZone;

    let zone = UnknownZone {
        name: "Mars/Olympus".to_owned(),
    };
    let hy = zone.message(Language::Hy);
    assert!(
        hy.starts_with("«Mars/Olympus» ժամային գոտին հայտնի չէ"),
        "{hy}"
    );
    assert!(hy.contains("Asia/Yerevan"), "{hy}");
    assert!(
        zone.to_string()
            .starts_with("unknown time zone \"Mars/Olympus\"")
    );

    let json = serde_json::from_str::<u8>("x").expect_err("not a number");
    let hash = ReviewError::Hash(HashError::from(json));
    let hy = hash.message(Language::Hy);
    assert!(
        hy.starts_with("Ֆայլի հեշը հնարավոր չէ հաշվել՝ արժեքը հնարավոր չէ"),
        "{hy}"
    );
    assert!(
        hash.to_string()
            .starts_with("the file cannot be hashed: a value cannot")
    );

    let refused = Refused::Approved;
    assert_ne!(refused.message(Language::Hy), refused.message(Language::En));
    assert_eq!(refused.to_string(), refused.message(Language::En));
}
