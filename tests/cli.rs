//! The command line, run as a user would: exit codes and output of every subcommand,
//! in English and in Armenian.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

/// rbr in an English interface whatever the machine's locale, as the English
/// tests expect; `--lang` or [`rbr_with_locale`] choose another.
fn rbr() -> Command {
    let mut cmd = rbr_with_locale("C");
    cmd.env("LANG", "C");
    cmd
}

/// rbr with `LANG` set to `lang` and nothing overriding it.
fn rbr_with_locale(lang: &str) -> Command {
    let mut cmd = Command::cargo_bin("rbr").expect("binary built");
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang);
    cmd
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

// Armenian.

const HY_EXAMPLE: &str = "assessments/examples/hy-territorial-administration.rbr.json";

fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.assert().success();
    String::from_utf8_lossy(&out.get_output().stdout).into_owned()
}

fn has_armenian(text: &str) -> bool {
    text.chars().any(|c| ('\u{0531}'..='\u{058F}').contains(&c))
}

/// Latin words left once identifiers are taken out: `BR3`, `BR3.2`, and the
/// `identifiers` given (paths, the questionnaire's id, options).
fn latin_words(text: &str, identifiers: &[&str]) -> Vec<String> {
    let mut text = text.to_owned();
    for identifier in identifiers {
        text = text.replace(identifier, " ");
    }
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| word.chars().any(|c| c.is_ascii_alphabetic()))
        .filter(|word| {
            let digits = word.strip_prefix("BR").unwrap_or(word);
            digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit())
        })
        .map(str::to_owned)
        .collect()
}

/// The built-in questionnaire with Armenian area titles (the glossary's names of
/// the seven requirements): its own texts are the questionnaire's business, and
/// `score` shows them in the interface language where the questionnaire has it.
fn questionnaire_with_armenian_titles(dir: &Path) -> PathBuf {
    let titles = [
        "Կառավարման շարունակականություն",
        "Դիմակայուն էներգամատակարարում",
        "Մարդկանց անվերահսկելի տեղաշարժ",
        "Պարենային և ջրային ռեսուրսներ",
        "Զանգվածային սանիտարական կորուստներ",
        "Քաղաքացիական կապ",
        "Տրանսպորտ",
    ];
    let mut q: Value = serde_json::from_str(rbr::questionnaire::BUILT_IN_JSON).expect("JSON");
    let areas = q["areas"].as_array_mut().expect("areas");
    assert_eq!(areas.len(), titles.len());
    for (area, title) in areas.iter_mut().zip(titles) {
        area["title"]["hy"] = Value::from(title);
    }
    write(dir, "nato-rbr-hy.json", &q.to_string())
}

#[test]
fn validate_in_armenian_says_valid_in_armenian() {
    let stdout = stdout_of(rbr().args(["--lang", "hy", "validate", HY_EXAMPLE]));
    assert_eq!(
        stdout.trim(),
        format!("{HY_EXAMPLE}: ֆայլը վավեր է։"),
        "{stdout}"
    );
    // --lang after the subcommand works the same.
    assert_eq!(
        stdout_of(rbr().args(["validate", HY_EXAMPLE, "--lang", "hy"])),
        stdout
    );
}

#[test]
fn score_in_armenian_has_no_english_words() {
    let dir = tempfile::tempdir().expect("temp dir");
    let questionnaire = questionnaire_with_armenian_titles(dir.path());
    let stdout = stdout_of(
        rbr()
            .args(["--lang", "hy", "score", HY_EXAMPLE, "--questionnaire"])
            .arg(&questionnaire),
    );
    assert!(has_armenian(&stdout), "{stdout}");
    for heading in ["Ոլորտ", "Պատրաստականություն", "Աստիճան", "Ընդհանուր"]
    {
        assert!(stdout.contains(heading), "no {heading} in\n{stdout}");
    }
    assert!(
        stdout.contains("պատրաստ չէ"),
        "a band in Armenian:\n{stdout}"
    );
    assert!(stdout.contains("շրջանակից դուրս"), "{stdout}");
    let latin = latin_words(&stdout, &[HY_EXAMPLE, "nato-rbr", "--json"]);
    assert!(latin.is_empty(), "Latin words {latin:?} in\n{stdout}");
}

#[test]
fn score_in_armenian_uses_the_decimal_comma() {
    let json = stdout_of(rbr().args(["score", "--json", HY_EXAMPLE]));
    let line: Value = serde_json::from_str(&json).expect("JSON");
    let readiness = line["overall"]["readiness"].as_f64().expect("a figure");
    let br1 = line["areas"][0]["readiness"].as_f64().expect("a figure");
    // By hand from the example under 1.2.0's weights (100 x sum of weight x level /
    // 4 over the sum of weights, per area): BR1 66 / 33 -> 100 x 66 / 4 / 33 = 50.0,
    // BR3 47 / 23 -> 51.09, BR4 41 / 23 -> 44.57; overall (50.0 + 51.09 + 44.57) / 3
    // = 48.55.
    assert!((readiness - 48.55).abs() < 0.005, "{readiness}");
    assert!((br1 - 50.0).abs() < 1e-9, "{br1}");
    let hy = stdout_of(rbr().args(["--lang", "hy", "score", HY_EXAMPLE]));
    let overall = hy
        .lines()
        .find(|l| l.contains("Ընդհանուր"))
        .expect("an overall line");
    assert!(overall.contains("48,6"), "{overall}");
    assert!(overall.contains("100,0%"), "{overall}");
    assert!(hy.contains("50,0") && hy.contains("51,1") && hy.contains("44,6"));
    assert!(!hy.contains("48.6") && !hy.contains("51.1"), "{hy}");
    let en = stdout_of(rbr().args(["--lang", "en", "score", HY_EXAMPLE]));
    assert!(en.contains("48.6") && !en.contains("48,6"), "{en}");
}

#[test]
fn machine_output_is_the_same_in_every_language() {
    for args in [
        &["score", "--json", HY_EXAMPLE][..],
        &["schema"],
        &["questionnaire", "--json"],
    ] {
        let en = stdout_of(rbr().args(["--lang", "en"]).args(args));
        let hy = stdout_of(rbr().args(["--lang", "hy"]).args(args));
        assert_eq!(en, hy, "{args:?}");
    }
}

#[test]
fn an_armenian_finding_names_the_question() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = write(
        dir.path(),
        "bad.rbr.json",
        &SMALL.replace(r#""level": 2"#, r#""level": 7"#),
    );
    let out = rbr()
        .args(["--lang", "hy", "validate"])
        .arg(&bad)
        .assert()
        .code(1);
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    let line = stdout
        .lines()
        .find(|l| l.contains("BR2.1"))
        .unwrap_or_else(|| panic!("no line names BR2.1 in\n{stdout}"));
    assert!(line.contains("bad.rbr.json: BR2.1: 7 մակարդակը"), "{line}");
    assert!(line.contains("Ընտրեք") && line.ends_with('։'), "{line}");
    assert!(!line.contains("level"), "{line}");
    let path = bad.display().to_string();
    assert!(latin_words(line, &[&path]).is_empty(), "{line}");
}

#[test]
fn armenian_errors_on_stderr_name_the_file() {
    let out = rbr()
        .args(["--lang", "hy", "score", "no/such/file.rbr.json"])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("no/such/file.rbr.json: ֆայլը կամ պանակը գոյություն չունի։"),
        "{stderr}"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = write(dir.path(), "bad.rbr.json", "[]");
    let out = rbr()
        .args(["--lang", "hy", "score"])
        .arg(&bad)
        .assert()
        .code(1);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("bad.rbr.json: ֆայլը rbr-ի գնահատման ֆայլ չէ։"),
        "{stderr}"
    );
}

#[test]
fn the_system_language_is_followed_without_lang() {
    let score = |cmd: &mut Command| stdout_of(cmd.args(["score", HY_EXAMPLE]));
    let hy = score(&mut rbr_with_locale("hy_AM.UTF-8"));
    assert!(hy.contains("Ընդհանուր") && hy.contains("48,6"), "{hy}");
    let en = score(&mut rbr_with_locale("en_US.UTF-8"));
    assert!(en.contains("Overall") && en.contains("48.6"), "{en}");
    assert!(
        !has_armenian(&en.replace(en.lines().nth(1).expect("the title line"), "")),
        "{en}"
    );
    // LC_ALL wins over LANG, and --lang over both.
    let mut cmd = rbr_with_locale("en_US.UTF-8");
    cmd.env("LC_ALL", "hy_AM.UTF-8");
    assert!(score(&mut cmd).contains("Ընդհանուր"));
    let mut cmd = rbr_with_locale("hy_AM.UTF-8");
    cmd.args(["--lang", "en"]);
    assert!(score(&mut cmd).contains("Overall"));
}

#[test]
fn an_unknown_language_is_a_usage_error() {
    rbr()
        .args(["--lang", "xx", "score", HY_EXAMPLE])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("xx"));
    rbr()
        .args(["validate", HY_EXAMPLE, "--lang", "fr"])
        .assert()
        .code(2);
}

#[test]
fn a_mistyped_subcommand_says_so_and_opens_no_window() {
    let out = rbr().arg("valdate").assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("`valdate` is neither a subcommand nor a file"),
        "{stderr}"
    );
    assert!(stderr.contains("did you mean `validate`"), "{stderr}");
}
