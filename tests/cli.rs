//! The command line, run as a user would: exit codes and output of every subcommand.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn rbr() -> Command {
    Command::cargo_bin("rbr").expect("binary built")
}

fn examples() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir("assessments/examples")
        .expect("examples folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".rbr.json"))
        .collect();
    files.sort();
    files
}

fn write(dir: &Path, name: &str, content: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, content).expect("write");
    path
}

const SMALL: &str = r#"{"format": "rbr-assessment", "format_version": 1,
  "questionnaire": {"id": "nato-rbr", "version": "1.0.0"},
  "meta": {"title": "Energy", "organisation": "Example Ministry", "status": "draft", "scope": ["BR2"]},
  "answers": {"BR2.1": {"level": 2}, "BR2.2": {"level": 4}}}"#;

#[test]
fn every_example_validates() {
    let files = examples();
    assert!(files.len() >= 3, "at least three examples");
    let mut cmd = rbr();
    cmd.arg("validate").args(&files);
    let out = cmd.assert().success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert_eq!(stdout.matches(": valid").count(), files.len(), "{stdout}");
}

#[test]
fn every_example_matches_the_published_schema() {
    let out = rbr().arg("schema").assert().success();
    let schema: Value =
        serde_json::from_slice(&out.get_output().stdout).expect("the schema is JSON");
    assert_eq!(
        schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
        "draft 2020-12, as tools expect"
    );
    // An independent validator, so the check does not trust rbr's own reading.
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("rbr-assessment.schema.json", schema)
        .expect("added");
    let schema = compiler
        .compile("rbr-assessment.schema.json", &mut schemas)
        .expect("a valid JSON Schema");
    let files = examples();
    assert!(files.len() >= 3, "at least three examples");
    for file in files {
        let bytes = fs::read(&file).expect("read");
        let example: Value = serde_json::from_slice(&bytes).expect("JSON");
        if let Err(e) = schemas.validate(&example, schema) {
            panic!("{} does not match `rbr schema`: {e}", file.display());
        }
    }
    // The schema does refuse what `rbr validate` flags: a level of 7.
    let bad: Value =
        serde_json::from_str(&SMALL.replace(r#""level": 2"#, r#""level": 7"#)).expect("JSON");
    let err = schemas
        .validate(&bad, schema)
        .expect_err("a level of 7 is outside the schema");
    assert!(err.to_string().contains("/answers/BR2.1/level"), "{err}");
}

#[test]
fn validate_prints_every_finding_and_exits_1() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = write(dir.path(), "good.rbr.json", SMALL);
    let bad = write(
        dir.path(),
        "bad.rbr.json",
        &SMALL.replace(r#""level": 2"#, r#""level": 7"#).replace(
            r#""BR2.2": {"level": 4}"#,
            r#""BR2.2": {"not_applicable": true}, "BR9.1": {"level": 1}"#,
        ),
    );
    rbr()
        .arg("validate")
        .arg(&good)
        .arg(&bad)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("good.rbr.json: valid"))
        .stdout(predicate::str::contains(
            "bad.rbr.json: BR2.1: level 7 is not a whole number from 0 to 4",
        ))
        .stdout(predicate::str::contains(
            "bad.rbr.json: BR2.2: marked not applicable without a justification",
        ))
        .stdout(predicate::str::contains(
            "bad.rbr.json: BR9.1: no such question",
        ));
}

#[test]
fn validate_names_syntax_errors_with_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = write(
        dir.path(),
        "broken.rbr.json",
        "{\n  \"format\": \"rbr-assessment\",\n  \"format_version\": 1\n  \"meta\": {}\n}",
    );
    rbr()
        .args(["validate"])
        .arg(&broken)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("broken.rbr.json: not valid JSON"))
        .stdout(predicate::str::contains("line 4, column 3"));
}

#[test]
fn unreadable_paths_and_usage_errors_exit_2() {
    rbr()
        .args(["validate", "no/such/file.rbr.json"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("no/such/file.rbr.json"));
    rbr().args(["validate"]).assert().code(2);
    rbr().args(["score", "--bogus", "x"]).assert().code(2);
    rbr().args(["validate", "."]).assert().code(2);
}

#[test]
fn score_prints_a_readable_table() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(dir.path(), "energy.rbr.json", SMALL);
    // BR2.1 (level 2) and BR2.2 (level 4): readiness depends on their weights.
    let q = rbr::questionnaire::Questionnaire::built_in();
    let w = |id: &str| f64::from(q.question(&id.into()).expect("question").weight);
    let readiness = 100.0 * (w("BR2.1") * 0.5 + w("BR2.2")) / (w("BR2.1") + w("BR2.2"));
    let expected = format!("{readiness:.1}");
    rbr()
        .arg("score")
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Resilient energy supplies"))
        .stdout(predicate::str::contains(expected))
        .stdout(predicate::str::contains("out of scope"))
        .stdout(predicate::str::contains("Example Ministry"));
}

#[test]
fn score_json_is_one_object_per_file() {
    let files = examples();
    let out = rbr()
        .arg("score")
        .arg("--json")
        .args(&files)
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let lines: Vec<Value> = stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect();
    assert_eq!(lines.len(), files.len());
    for line in &lines {
        assert_eq!(line["questionnaire"]["id"], "nato-rbr");
        assert_eq!(line["areas"].as_array().expect("areas").len(), 7);
        for key in [
            "id",
            "in_scope",
            "readiness",
            "completeness",
            "band",
            "provisional",
            "answered",
            "not_applicable",
            "unanswered",
            "questions",
        ] {
            assert!(line["areas"][0].get(key).is_some(), "missing {key}");
        }
        assert!(line["overall"].get("readiness").is_some());
        assert!(line["gaps"].is_array());
    }
    // The partial example has out-of-scope areas with null readiness.
    let partial = lines
        .iter()
        .find(|l| {
            l["file"]
                .as_str()
                .is_some_and(|f| f.contains("energy-transport"))
        })
        .expect("partial example");
    let br1 = &partial["areas"][0];
    assert_eq!(
        (br1["in_scope"].clone(), br1["readiness"].clone()),
        (Value::Bool(false), Value::Null)
    );
}

#[test]
fn score_json_matches_the_library() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = write(dir.path(), "energy.rbr.json", SMALL);
    let out = rbr()
        .args(["score", "--json"])
        .arg(&file)
        .assert()
        .success();
    let line: Value = serde_json::from_slice(&out.get_output().stdout).expect("JSON");
    let q = rbr::questionnaire::Questionnaire::built_in();
    let a = rbr::assessment::Assessment::from_bytes(SMALL.as_bytes()).expect("loads");
    let score = rbr::scoring::score(&q, &a);
    assert_eq!(
        line["areas"][1]["readiness"].as_f64(),
        score.areas[1].readiness
    );
    assert_eq!(
        line["overall"]["readiness"].as_f64(),
        score.overall.readiness
    );
    assert_eq!(
        line["areas"][1]["band"],
        Value::from(score.areas[1].band.map(|b| b.as_str()))
    );
}

#[test]
fn score_goes_on_past_a_bad_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = write(dir.path(), "good.rbr.json", SMALL);
    let bad = write(dir.path(), "bad.rbr.json", "[]");
    rbr()
        .args(["score", "--json"])
        .arg(&bad)
        .arg(&good)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("good.rbr.json"))
        .stderr(predicate::str::contains(
            "bad.rbr.json: not an rbr assessment",
        ));
}

#[test]
fn questionnaire_readable_and_json() {
    rbr()
        .arg("questionnaire")
        .assert()
        .success()
        .stdout(predicate::str::contains("BR7 Resilient transport systems"))
        .stdout(predicate::str::contains("BR3.1"));
    let out = rbr().args(["questionnaire", "--json"]).assert().success();
    let json = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let reparsed = rbr::questionnaire::Questionnaire::from_json(&json).expect("round trips");
    assert_eq!(reparsed, rbr::questionnaire::Questionnaire::built_in());
}

#[test]
fn questionnaire_file_problems_are_listed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let json = rbr::questionnaire::BUILT_IN_JSON.replacen("\"weight\": 3", "\"weight\": 9", 1);
    let path = write(dir.path(), "mine.json", &json);
    rbr()
        .args(["questionnaire", "--file"])
        .arg(&path)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("mine.json"))
        .stderr(predicate::str::contains("weight 9 is outside 1-3"));
}

#[test]
fn schema_is_json_schema_of_the_file() {
    let out = rbr().arg("schema").assert().success();
    let schema: Value = serde_json::from_slice(&out.get_output().stdout).expect("JSON");
    assert_eq!(schema["title"], "rbr assessment file");
    assert!(schema["properties"]["answers"].is_object());
    assert!(schema["properties"]["meta"].is_object());
}

#[test]
fn help_everywhere_with_examples() {
    for sub in ["validate", "score", "questionnaire", "schema", "report"] {
        rbr()
            .args([sub, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Example"));
    }
}
