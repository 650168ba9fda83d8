//! Combining ministries' files, as a coordinator would check it: the union of
//! disjoint scopes, conflicts found and settled, every answer's source kept
//! through a save, and the sources left byte for byte as they were.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::{Value, json};

use rbr::assessment::{Assessment, AssessmentFile, Response, Status};
use rbr::hash::fingerprint;
use rbr::merge::{
    ConflictKey, MergeError, Part, Resolutions, Settings, SourceFile, analyse, merge,
};
use rbr::questionnaire::{AreaId, Level, QuestionId, Questionnaire};

fn file(scope: &[&str], answers: &Value, targets: &Value) -> Value {
    json!({
        "format": "rbr-assessment", "format_version": 1,
        "questionnaire": {"id": "nato-rbr", "version": "1.1.0"},
        "meta": {"title": "A ministry", "organisation": "Ministry", "language": "en",
                 "classification": "UNCLASSIFIED", "status": "approved",
                 "scope": scope},
        "targets": targets,
        "answers": answers,
        "plan": {"BR2.1": {"action": "Commission a dependency analysis", "due": "2027-03-31"}},
        "review": {"comments": [], "events": []}
    })
}

/// The questionnaire these files are answered under, frozen: the combining rules
/// tested here do not depend on the built-in questionnaire's content.
const QUESTIONNAIRE_1_1: &str = "tests/fixtures/nato-rbr-1.1.0.json";

/// The national example as it was under 1.1.0.
const NATIONAL_1_1: &str = "tests/fixtures/national-2026-under-1.1.0.json";

fn questionnaire_1_1() -> Questionnaire {
    Questionnaire::from_json(include_str!("fixtures/nato-rbr-1.1.0.json")).expect("1.1.0")
}

/// Energy: BR2. It also answers BR5.1, outside its scope, which is not taken.
fn energy() -> Value {
    file(
        &["BR2"],
        &json!({
            "BR2.1": {"level": 2, "evidence": "Energy's analysis", "notes": "Energy's note"},
            "BR2.2": {"level": 3, "evidence": "Stocks audited", "follow_up": true},
            "BR2.3": {"not_applicable": true, "justification": "No gas network"},
            "BR5.1": {"level": 4, "evidence": "out of scope"}
        }),
        &json!({"BR2.4": 4}),
    )
}

/// Health: BR5.
fn health() -> Value {
    file(
        &["BR5"],
        &json!({
            "BR5.1": {"level": 1, "evidence": "Health's plan"},
            "BR5.2": {"level": 3}
        }),
        &json!({"BR5.3": 2}),
    )
}

/// A second view of energy: the same BR2.1, a different BR2.2 and BR2.3, another target for BR2.4.
fn energy_regulator() -> Value {
    file(
        &["BR2"],
        &json!({
            "BR2.1": {"level": 2, "evidence": "Regulator's data"},
            "BR2.2": {"level": 1, "evidence": "Only 30 days held", "notes": "Regulator's note"},
            "BR2.3": {"level": 2, "evidence": "Two sites"}
        }),
        &json!({"BR2.4": 3}),
    )
}

fn source(name: &str, value: &Value) -> SourceFile {
    let bytes = value.to_string().into_bytes();
    SourceFile::new(
        name,
        AssessmentFile::parse(bytes).expect("a valid assessment"),
    )
}

fn settings() -> Settings {
    Settings {
        title: "National assessment 2027".into(),
        organisation: "Crisis Office".into(),
        created: "2027-01-15T10:00:00Z".into(),
    }
}

fn level(n: u8) -> Level {
    Level::new(n).expect("on the scale")
}

fn id(text: &str) -> QuestionId {
    QuestionId::from(text)
}

#[test]
fn disjoint_scopes_combine_into_their_union() {
    let q = questionnaire_1_1();
    let sources = [
        source("energy.rbr.json", &energy()),
        source("health.rbr.json", &health()),
    ];
    let analysis = analyse(&q, &sources).expect("analysis");
    assert!(analysis.conflicts.is_empty());
    let covering = |area: &str| {
        analysis
            .coverage
            .iter()
            .find(|c| c.area.as_str() == area)
            .map(|c| c.sources.clone())
    };
    assert_eq!(covering("BR2"), Some(vec![0]));
    assert_eq!(covering("BR5"), Some(vec![1]));
    assert_eq!(covering("BR1"), Some(vec![]));

    let merged = merge(&q, &sources, &Resolutions::new(), &settings()).expect("no conflicts");
    assert_eq!(
        merged.meta.scope,
        Some(vec![AreaId::from("BR2"), AreaId::from("BR5")])
    );
    let answered: Vec<&str> = merged.answers.keys().map(QuestionId::as_str).collect();
    assert_eq!(answered, ["BR2.1", "BR2.2", "BR2.3", "BR5.1", "BR5.2"]);
    // Each answer is its source's, as it was, with where it came from.
    let br5_1 = merged.answer(&id("BR5.1")).expect("BR5.1");
    assert_eq!(
        br5_1.response(),
        Response::Level(level(1)),
        "Health's, not Energy's out-of-scope 4"
    );
    assert_eq!(br5_1.evidence, "Health's plan");
    assert_eq!(br5_1.sources, [sources[1].source.clone()]);
    let br2_2 = merged.answer(&id("BR2.2")).expect("BR2.2");
    assert!(br2_2.follow_up);
    assert_eq!(
        br2_2.sources[0].sha256,
        fingerprint(energy().to_string().as_bytes())
    );
    let br2_3 = merged.answer(&id("BR2.3")).expect("BR2.3");
    assert_eq!(
        (br2_3.not_applicable, br2_3.justification.as_str()),
        (true, "No gas network")
    );
    // Targets come along; the result is a new draft naming its sources, with no trail or plan.
    assert_eq!(merged.targets.len(), 2);
    assert_eq!(merged.status(), Some(Status::Draft));
    assert_eq!(merged.meta.title, "National assessment 2027");
    assert_eq!(merged.meta.created, "2027-01-15T10:00:00Z");
    let names: Vec<&str> = merged
        .meta
        .merged_from
        .iter()
        .map(|s| s.file.as_str())
        .collect();
    assert_eq!(names, ["energy.rbr.json", "health.rbr.json"]);
    assert!(merged.review.is_none());
    let written = String::from_utf8(merged.to_json(&q).expect("JSON")).expect("UTF-8");
    assert!(!written.contains("\"plan\""), "no plan copied:\n{written}");
    assert!(!written.contains("Commission a dependency analysis"));
    assert!(
        merged
            .findings(&q, time::macros::date!(2026 - 12 - 01))
            .is_empty(),
        "{:?}",
        merged.findings(&q, time::macros::date!(2026 - 12 - 01))
    );
}

#[test]
fn a_source_without_a_scope_makes_the_union_every_area() {
    let q = questionnaire_1_1();
    let mut national = health();
    national["meta"]
        .as_object_mut()
        .expect("meta")
        .remove("scope");
    let sources = [
        source("energy.rbr.json", &energy()),
        source("national.rbr.json", &national),
    ];
    let merged = merge(&q, &sources, &Resolutions::new(), &settings()).expect("merged");
    assert_eq!(merged.meta.scope, None);
    assert!(merged.answer(&id("BR5.1")).is_some());
}

#[test]
fn conflicts_are_found_and_nothing_is_combined_until_each_is_settled() {
    let q = questionnaire_1_1();
    let sources = [
        source("energy.rbr.json", &energy()),
        source("regulator.rbr.json", &energy_regulator()),
    ];
    let analysis = analyse(&q, &sources).expect("analysis");
    let found: Vec<(&str, Part, Vec<Response>)> = analysis
        .conflicts
        .iter()
        .map(|c| {
            let values = c.sides.iter().map(|s| s.value).collect();
            (c.key.question.as_str(), c.key.part, values)
        })
        .collect();
    let expected = [
        (
            "BR2.2",
            Part::Answer,
            vec![Response::Level(level(3)), Response::Level(level(1))],
        ),
        (
            "BR2.3",
            Part::Answer,
            vec![Response::NotApplicable, Response::Level(level(2))],
        ),
        (
            "BR2.4",
            Part::Target,
            vec![Response::Level(level(4)), Response::Level(level(3))],
        ),
    ];
    assert_eq!(found, expected, "BR2.1 agrees (level 2 in both)");
    match merge(&q, &sources, &Resolutions::new(), &settings()) {
        Err(MergeError::Unresolved(conflicts)) => assert_eq!(conflicts, analysis.conflicts),
        other => panic!("expected every conflict listed, got {other:?}"),
    }
}

#[test]
fn the_preferred_source_wins_and_the_others_evidence_goes_into_the_notes() {
    let q = questionnaire_1_1();
    let sources = [
        source("energy.rbr.json", &energy()),
        source("regulator.rbr.json", &energy_regulator()),
    ];
    let analysis = analyse(&q, &sources).expect("analysis");
    let prefer = Resolutions::prefer(&analysis.conflicts, 1);
    let merged = merge(&q, &sources, &prefer, &settings()).expect("settled");

    let br2_2 = merged.answer(&id("BR2.2")).expect("BR2.2");
    assert_eq!(br2_2.response(), Response::Level(level(1)));
    assert_eq!(br2_2.evidence, "Only 30 days held");
    assert_eq!(br2_2.sources, [sources[1].source.clone()]);
    let notes = &br2_2.notes;
    assert!(notes.starts_with("Regulator's note"), "{notes}");
    assert!(
        notes.contains("[energy.rbr.json] answered level 3. This answer was not taken"),
        "{notes}"
    );
    assert!(notes.contains("Evidence:\nStocks audited"), "{notes}");
    let br2_3 = merged.answer(&id("BR2.3")).expect("BR2.3");
    assert_eq!(br2_3.response(), Response::Level(level(2)));
    assert!(
        br2_3.notes.contains("answered not applicable"),
        "{}",
        br2_3.notes
    );
    assert!(
        br2_3.notes.contains("Justification:\nNo gas network"),
        "{}",
        br2_3.notes
    );
    assert_eq!(merged.targets[&id("BR2.4")].valid(), Some(&level(3)));

    // Where they agree, texts are joined, each headed by its source.
    let br2_1 = merged.answer(&id("BR2.1")).expect("BR2.1");
    assert_eq!(
        br2_1.evidence,
        "[energy.rbr.json]\nEnergy's analysis\n\n[regulator.rbr.json]\nRegulator's data"
    );
    assert_eq!(br2_1.notes, "Energy's note", "one note needs no heading");
    assert_eq!(br2_1.sources.len(), 2);
}

#[test]
fn each_conflict_can_be_settled_on_its_own() {
    let q = questionnaire_1_1();
    let sources = [
        source("energy.rbr.json", &energy()),
        source("regulator.rbr.json", &energy_regulator()),
    ];
    let key = |question: &str, part| ConflictKey {
        question: id(question),
        part,
    };
    let mut choices = Resolutions::new();
    choices.choose(key("BR2.2", Part::Answer), 0);
    choices.choose(key("BR2.3", Part::Answer), 1);
    match merge(&q, &sources, &choices, &settings()) {
        Err(MergeError::Unresolved(left)) => {
            assert_eq!(left.len(), 1);
            assert_eq!(left[0].key, key("BR2.4", Part::Target));
        }
        other => panic!("the target is still open: {other:?}"),
    }
    choices.choose(key("BR2.4", Part::Target), 0);
    let merged = merge(&q, &sources, &choices, &settings()).expect("settled");
    assert_eq!(merged.response(&id("BR2.2")), Response::Level(level(3)));
    assert_eq!(merged.response(&id("BR2.3")), Response::Level(level(2)));
    assert_eq!(merged.targets[&id("BR2.4")].valid(), Some(&level(4)));
    // A file that gives no answer to a question cannot be chosen for it.
    let health = source("health.rbr.json", &health());
    let three = [sources[0].clone(), sources[1].clone(), health];
    choices.choose(key("BR2.2", Part::Answer), 2);
    assert!(matches!(
        merge(&q, &three, &choices, &settings()),
        Err(MergeError::NotASide { .. })
    ));
}

#[test]
fn provenance_survives_saving_and_reading_back() {
    let q = questionnaire_1_1();
    let sources = [
        source("energy.rbr.json", &energy()),
        source("health.rbr.json", &health()),
    ];
    let merged = merge(&q, &sources, &Resolutions::new(), &settings()).expect("merged");
    let bytes = merged.to_json(&q).expect("JSON");
    let text = String::from_utf8(bytes.clone()).expect("UTF-8");
    assert!(text.contains("\"sources\""), "{text}");
    assert!(text.contains("\"merged_from\""), "{text}");
    let reread = Assessment::from_bytes(&bytes).expect("reads back");
    assert_eq!(reread, merged);
    assert_eq!(reread.to_json(&q).expect("JSON"), bytes, "stable");
    // A file entered by hand carries no provenance fields at all.
    let plain = Assessment::new(&q, rbr::assessment::Meta::default());
    let plain = String::from_utf8(plain.to_json(&q).expect("JSON")).expect("UTF-8");
    assert!(!plain.contains("sources") && !plain.contains("merged_from"));
}

#[test]
fn a_source_under_questionnaire_1_0_0_is_moved_to_1_1_0_first() {
    let q = questionnaire_1_1();
    let path = "tests/fixtures/national-2026-answered-under-1.0.0.rbr.json";
    let bytes = fs::read(path).expect("fixture");
    let old = SourceFile::new(
        "old.rbr.json",
        AssessmentFile::parse(bytes).expect("assessment"),
    );
    let merged = merge(&q, &[old], &Resolutions::new(), &settings()).expect("merged");
    assert_eq!(merged.questionnaire.version, q.version);
    let br1_1 = merged.answer(&id("BR1.1")).expect("BR1.1");
    assert!(br1_1.recheck, "its meaning changed in 1.1.0");
}

// The command line.

fn rbr() -> Command {
    let mut cmd = Command::cargo_bin("rbr").expect("binary built");
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    cmd
}

fn write(dir: &Path, name: &str, value: &Value) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, serde_json::to_vec_pretty(value).expect("JSON")).expect("write");
    path
}

fn snapshot(paths: &[&PathBuf]) -> Vec<Vec<u8>> {
    paths.iter().map(|p| fs::read(p).expect("read")).collect()
}

#[test]
fn rbr_merge_writes_the_union_and_leaves_its_sources_as_they_were() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = write(dir.path(), "energy.rbr.json", &energy());
    let b = write(dir.path(), "health.rbr.json", &health());
    let national = PathBuf::from(NATIONAL_1_1);
    let before = snapshot(&[&a, &b, &national]);
    let out = dir.path().join("national.rbr.json");
    rbr()
        .args(["merge", "--questionnaire", QUESTIONNAIRE_1_1])
        .args([&a, &b])
        .arg("-o")
        .arg(&out)
        .args([
            "--title",
            "National 2027",
            "--organisation",
            "Crisis Office",
        ])
        .assert()
        .success()
        .stdout(predicates::str::contains("wrote"))
        .stdout(predicates::str::contains("BR5   health.rbr.json"));
    assert_eq!(snapshot(&[&a, &b, &national]), before, "sources unchanged");
    let merged = Assessment::from_bytes(&fs::read(&out).expect("written")).expect("valid");
    assert_eq!(merged.meta.title, "National 2027");
    assert_eq!(merged.meta.organisation, "Crisis Office");
    assert_eq!(merged.answers.len(), 5);
    let source = &merged.answer(&id("BR5.1")).expect("BR5.1").sources[0];
    assert_eq!(source.file, "health.rbr.json");
    assert_eq!(source.sha256, fingerprint(&before[1]));
    rbr()
        .args(["validate", "--questionnaire", QUESTIONNAIRE_1_1])
        .arg(&out)
        .assert()
        .success();
    rbr()
        .arg("history")
        .arg(&out)
        .assert()
        .success()
        .stdout(predicates::str::contains("Combined from 2 files"))
        .stdout(predicates::str::contains(fingerprint(&before[0])));
    // An approved file with a review trail is combined too; its trail is not copied.
    let with_national = dir.path().join("with-national.rbr.json");
    rbr()
        .args(["merge", "--questionnaire", QUESTIONNAIRE_1_1])
        .args([&national, &b])
        .arg("-o")
        .arg(&with_national)
        .args(["--prefer", NATIONAL_1_1])
        .assert()
        .success();
    assert_eq!(snapshot(&[&a, &b, &national]), before, "sources unchanged");
    let text = fs::read_to_string(&with_national).expect("written");
    assert!(!text.contains("\"review\""));
    assert!(text.contains("\"status\": \"draft\""));
}

#[test]
fn rbr_merge_lists_conflicts_and_writes_nothing_unless_a_file_is_preferred() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = write(dir.path(), "energy.rbr.json", &energy());
    let b = write(dir.path(), "regulator.rbr.json", &energy_regulator());
    let before = snapshot(&[&a, &b]);
    let out = dir.path().join("national.rbr.json");
    rbr()
        .args(["merge", "--questionnaire", QUESTIONNAIRE_1_1])
        .args([&a, &b])
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stdout(predicates::str::contains("3 conflicts"))
        .stdout(predicates::str::contains(
            "BR2.2: energy.rbr.json: 3; regulator.rbr.json: 1",
        ))
        .stdout(predicates::str::contains(
            "BR2.3: energy.rbr.json: N/A; regulator.rbr.json: 2",
        ))
        .stdout(predicates::str::contains(
            "BR2.4 target level: energy.rbr.json: 4; regulator.rbr.json: 3",
        ))
        .stderr(predicates::str::contains("--prefer"));
    assert!(!out.exists(), "nothing written");
    rbr()
        .args([
            "--lang",
            "hy",
            "merge",
            "--questionnaire",
            QUESTIONNAIRE_1_1,
        ])
        .args([&a, &b])
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stdout(predicates::str::contains("3 հակասություն"))
        .stdout(predicates::str::contains(
            "BR2.3: energy.rbr.json: կիրառելի չէ",
        ));
    rbr()
        .args(["merge", "--questionnaire", QUESTIONNAIRE_1_1])
        .args([&a, &b])
        .arg("-o")
        .arg(&out)
        .arg("--prefer")
        .arg(&b)
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "3 conflicts resolved in favour of regulator.rbr.json",
        ));
    assert_eq!(snapshot(&[&a, &b]), before, "sources unchanged");
    let merged = Assessment::from_bytes(&fs::read(&out).expect("written")).expect("valid");
    let br2_2 = merged.answer(&id("BR2.2")).expect("BR2.2");
    assert_eq!(br2_2.response(), Response::Level(level(1)));
    assert!(br2_2.notes.contains("[energy.rbr.json]"), "{}", br2_2.notes);
}

#[test]
fn rbr_merge_refuses_to_overwrite_a_source_or_prefer_a_stranger() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = write(dir.path(), "energy.rbr.json", &energy());
    let b = write(dir.path(), "health.rbr.json", &health());
    let before = snapshot(&[&a, &b]);
    // Named another way, through `..`: still the same file.
    let same = dir.path().join("sub").join("..").join("health.rbr.json");
    fs::create_dir(dir.path().join("sub")).expect("mkdir");
    rbr()
        .args(["merge", "--questionnaire", QUESTIONNAIRE_1_1])
        .args([&a, &b])
        .arg("-o")
        .arg(&same)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("is one of the files to combine"));
    rbr()
        .args(["merge", "--questionnaire", QUESTIONNAIRE_1_1])
        .args([&a, &b])
        .arg("-o")
        .arg(dir.path().join("out.rbr.json"))
        .arg("--prefer")
        .arg(dir.path().join("other.rbr.json"))
        .assert()
        .code(2)
        .stderr(predicates::str::contains("not one of the files to combine"));
    let broken = dir.path().join("broken.rbr.json");
    fs::write(&broken, "{ not json").expect("write");
    rbr()
        .args(["merge", "--questionnaire", QUESTIONNAIRE_1_1])
        .args([&a, &broken])
        .arg("-o")
        .arg(dir.path().join("out.rbr.json"))
        .assert()
        .code(1)
        .stderr(predicates::str::contains("broken.rbr.json"));
    assert!(!dir.path().join("out.rbr.json").exists());
    assert_eq!(snapshot(&[&a, &b]), before, "sources unchanged");
}

#[test]
fn a_combined_file_matches_the_published_schema_with_its_provenance() {
    let out = rbr().arg("schema").assert().success();
    let schema: Value = serde_json::from_slice(&out.get_output().stdout).expect("JSON");
    let answer = &schema["$defs"]["Answer"]["properties"]["sources"];
    assert!(answer.is_object(), "the schema documents Answer.sources");
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler
        .add_resource("rbr-assessment.schema.json", schema)
        .expect("added");
    let schema = compiler
        .compile("rbr-assessment.schema.json", &mut schemas)
        .expect("a valid JSON Schema");
    let q = questionnaire_1_1();
    let sources = [
        source("energy.rbr.json", &energy()),
        source("health.rbr.json", &health()),
    ];
    let merged = merge(&q, &sources, &Resolutions::new(), &settings()).expect("merged");
    let value: Value = serde_json::from_slice(&merged.to_json(&q).expect("JSON")).expect("JSON");
    if let Err(e) = schemas.validate(&value, schema) {
        panic!("a combined file does not match `rbr schema`: {e}");
    }
    let mut bad = value.clone();
    bad["answers"]["BR2.1"]["sources"] = json!("energy.rbr.json");
    assert!(schemas.validate(&bad, schema).is_err(), "sources is a list");
}
