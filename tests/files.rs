//! The assessment file: nothing is lost, bad input gets a clear message, nothing panics.

use std::fs;
use std::path::Path;

use proptest::prelude::*;
use rbr::assessment::{Assessment, Finding, Lenient, LoadError, MAX_FILE_BYTES};
use rbr::questionnaire::{Level, QuestionId, Questionnaire};
use rbr::storage;
use serde_json::Value;

const GOOD: &str = r#"{
  "format": "rbr-assessment",
  "format_version": 1,
  "questionnaire": {"id": "nato-rbr", "version": "1.0.0", "edition": "ministry copy"},
  "meta": {"title": "Energy 2026", "organisation": "Ministry of Example Affairs",
           "assessor": "Head of Planning", "created": "2026-11-20T09:00:00Z",
           "modified": "2026-11-27T16:30:00Z", "language": "hy",
           "classification": "UNCLASSIFIED", "status": "draft", "scope": ["BR2", "BR7"],
           "reviewer_comments": [{"by": "reviewer", "text": "see BR2.1"}]},
  "targets": {"BR2.3": 4},
  "answers": {
    "BR7.1": {"level": 2, "evidence": "Փաստաթուղթ N 12", "notes": "second", "confidence": "low"},
    "BR2.1": {"level": 3, "evidence": "Ministerial order 41/2025", "notes": "Հաստատված է"},
    "BR2.2": {"not_applicable": true, "justification": "No oil refining in the country"},
    "BR9.9": {"level": 1, "evidence": "answer to a question from a future questionnaire"}
  },
  "history": [{"at": "2026-11-21", "what": "created"}]
}"#;

fn q() -> Questionnaire {
    Questionnaire::built_in()
}

fn value(bytes: &[u8]) -> Value {
    serde_json::from_slice(bytes).expect("output is JSON")
}

#[test]
fn round_trip_keeps_unknown_fields_and_answers() {
    let assessment = Assessment::from_bytes(GOOD.as_bytes()).expect("loads");
    let saved = assessment.to_json(&q()).expect("serialises");
    let again = Assessment::from_bytes(&saved).expect("reloads");
    assert_eq!(again, assessment);
    // The document as a whole has the same meaning as the input.
    assert_eq!(value(&saved), value(GOOD.as_bytes()));
    let v = value(&saved);
    assert_eq!(v["history"][0]["what"], "created");
    assert_eq!(v["meta"]["reviewer_comments"][0]["text"], "see BR2.1");
    assert_eq!(v["questionnaire"]["edition"], "ministry copy");
    assert_eq!(v["answers"]["BR7.1"]["confidence"], "low");
    assert_eq!(
        v["answers"]["BR9.9"]["evidence"],
        "answer to a question from a future questionnaire"
    );
    // And saving again gives the same bytes.
    assert_eq!(again.to_json(&q()).expect("serialises"), saved);
}

#[test]
fn output_is_stable_answers_in_questionnaire_order() {
    let saved = Assessment::from_bytes(GOOD.as_bytes())
        .expect("loads")
        .to_json(&q())
        .expect("serialises");
    let text = String::from_utf8(saved).expect("utf-8");
    let pos = |key: &str| text.find(&format!("\"{key}\":")).expect(key);
    assert!(pos("BR2.1") < pos("BR2.2"));
    assert!(pos("BR2.2") < pos("BR7.1"));
    assert!(pos("BR7.1") < pos("BR9.9"), "unknown ids come last");
    assert!(text.starts_with("{\n  \"format\": \"rbr-assessment\",\n  \"format_version\": 1,"));
    assert!(text.ends_with("}\n"));
    assert!(
        text.contains("Հաստատված է"),
        "Armenian is written as text, not escapes"
    );
}

#[test]
fn invalid_values_are_reported_and_written_back_unchanged() {
    let json = GOOD
        .replace(r#""level": 3"#, r#""level": 7"#)
        .replace(r#""level": 2"#, r#""level": 2.5"#)
        .replace(r#""BR2.3": 4"#, r#""BR2.3": -1"#)
        .replace(r#""status": "draft""#, r#""status": "archived""#);
    let assessment = Assessment::from_bytes(json.as_bytes()).expect("readable");
    let findings: Vec<String> = assessment
        .findings(&q(), time::macros::date!(2026 - 12 - 01))
        .iter()
        .map(ToString::to_string)
        .collect();
    let all = findings.join("\n");
    for expected in [
        "BR2.1: level 7 is not a whole number from 0 to 4",
        "BR7.1: level 2.5 is not a whole number from 0 to 4",
        "targets.BR2.3: target -1",
        "BR9.9: no such question",
        "meta.status: \"archived\"",
    ] {
        assert!(all.contains(expected), "missing {expected:?} in\n{all}");
    }
    let v = value(&assessment.to_json(&q()).expect("serialises"));
    assert_eq!(v["answers"]["BR2.1"]["level"], 7);
    assert_eq!(v["answers"]["BR7.1"]["level"], 2.5);
    assert_eq!(v["targets"]["BR2.3"], -1);
    assert_eq!(v["meta"]["status"], "archived");
}

#[test]
fn not_applicable_rules() {
    let json = GOOD.replace(
        r#""BR2.2": {"not_applicable": true, "justification": "No oil refining in the country"}"#,
        r#""BR2.2": {"not_applicable": true, "level": 2}, "BR2.4": {"not_applicable": true, "justification": "  "}"#,
    );
    let findings = Assessment::from_bytes(json.as_bytes())
        .expect("readable")
        .findings(&q(), time::macros::date!(2026 - 12 - 01));
    let id = |s: &str| QuestionId::from(s);
    assert!(findings.contains(&Finding::MissingJustification {
        question: id("BR2.2")
    }));
    assert!(findings.contains(&Finding::NotApplicableWithLevel {
        question: id("BR2.2")
    }));
    assert!(findings.contains(&Finding::MissingJustification {
        question: id("BR2.4")
    }));
}

#[test]
fn unknown_scope_area_is_a_finding() {
    let json = GOOD.replace(r#"["BR2", "BR7"]"#, r#"["BR2", "BR8"]"#);
    let findings = Assessment::from_bytes(json.as_bytes())
        .expect("readable")
        .findings(&q(), time::macros::date!(2026 - 12 - 01));
    assert!(
        findings
            .iter()
            .any(|f| f.to_string().contains("no area \"BR8\"")),
        "{findings:?}"
    );
}

#[test]
fn malformed_answer_is_kept_and_named() {
    let json = GOOD.replace(r#""notes": "second""#, r#""notes": 42"#);
    let assessment = Assessment::from_bytes(json.as_bytes()).expect("readable");
    let findings = assessment.findings(&q(), time::macros::date!(2026 - 12 - 01));
    assert!(
        findings.iter().any(|f| f
            .to_string()
            .starts_with("BR7.1: the answer cannot be read")),
        "{findings:?}"
    );
    assert_eq!(
        value(&assessment.to_json(&q()).expect("serialises"))["answers"]["BR7.1"]["notes"],
        42
    );
    // Answering the question anew keeps the unreadable answer beside the new one.
    let mut assessment = assessment;
    assessment.answer_mut(&QuestionId::from("BR7.1")).level =
        Some(Lenient::Valid(Level::new(3).expect("3")));
    let v = value(&assessment.to_json(&q()).expect("serialises"));
    assert_eq!(v["answers"]["BR7.1"]["level"], 3);
    assert_eq!(v["answers"]["BR7.1"]["unreadable_answer"]["notes"], 42);
    assert_eq!(
        v["answers"]["BR7.1"]["unreadable_answer"]["evidence"],
        "Փաստաթուղթ N 12"
    );
}

#[test]
fn refusals_say_what_is_wrong() {
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (b"not json".to_vec(), "not valid JSON"),
        (
            b"{\n  \"format\": \"rbr-assessment\",\n  \"format_version\": 1,\n  oops\n}".to_vec(),
            "line 4, column 3",
        ),
        (vec![b'{', 0xff, 0xfe, b'}'], "not UTF-8"),
        (b"[1, 2]".to_vec(), "not an object"),
        (
            br#"{"format": "something-else", "format_version": 1}"#.to_vec(),
            "expected \"rbr-assessment\"",
        ),
        (br#"{"format_version": 1}"#.to_vec(), "no `format"),
        (
            br#"{"format": "rbr-assessment", "format_version": 2, "x": 1}"#.to_vec(),
            "format version 2, newer",
        ),
        (
            br#"{"format": "rbr-assessment", "format_version": "one"}"#.to_vec(),
            "expected a number",
        ),
        (
            GOOD.replace(r#""title": "Energy 2026""#, r#""title": 2026"#)
                .into_bytes(),
            "`meta.title`",
        ),
    ];
    for (bytes, expected) in cases {
        let err = Assessment::from_bytes(&bytes).expect_err(expected);
        assert!(
            err.to_string().contains(expected),
            "{expected:?} not in {err}"
        );
    }
}

#[test]
fn byte_order_mark_is_accepted() {
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(GOOD.as_bytes());
    assert!(Assessment::from_bytes(&bytes).is_ok());
}

#[test]
fn too_large_is_refused() {
    let bytes = vec![b' '; usize::try_from(MAX_FILE_BYTES).expect("fits") + 1];
    assert!(matches!(
        Assessment::from_bytes(&bytes),
        Err(LoadError::TooLarge { .. })
    ));
}

#[test]
fn save_and_load_through_the_file_system() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("energy.rbr.json");
    let mut assessment = Assessment::from_bytes(GOOD.as_bytes()).expect("loads");
    storage::save_atomic(&path, &assessment.to_json(&q()).expect("serialises")).expect("saves");
    assessment.answer_mut(&QuestionId::from("BR2.4")).level =
        Some(Lenient::Valid(Level::new(1).expect("1")));
    storage::save_atomic(&path, &assessment.to_json(&q()).expect("serialises"))
        .expect("saves again");
    let loaded = storage::load_assessment(&path).expect("loads from disk");
    assert_eq!(loaded, assessment);
    let backup = storage::load_assessment(&storage::backup_path(&path)).expect("backup loads");
    assert!(
        backup.answer(&QuestionId::from("BR2.4")).is_none(),
        "the backup is the previous version"
    );
    let missing =
        storage::load_assessment(&dir.path().join("missing.rbr.json")).expect_err("missing");
    assert!(
        missing.is_io() && missing.to_string().contains("missing.rbr.json"),
        "{missing}"
    );
}

#[test]
fn the_backup_holds_the_content_before_each_save() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("energy.rbr.json");
    for (version, bytes) in [b"first".as_slice(), b"second", b"third"]
        .iter()
        .enumerate()
    {
        storage::save_atomic(&path, bytes).expect("saves");
        assert_eq!(fs::read(&path).expect("read"), *bytes);
        let backup = fs::read(storage::backup_path(&path)).ok();
        let previous = version
            .checked_sub(1)
            .map(|v| [b"first".as_slice(), b"second"][v]);
        assert_eq!(backup.as_deref(), previous, "after save {}", version + 1);
    }
    assert_eq!(
        names_in(dir.path()),
        ["energy.rbr.json", "energy.rbr.json.bak"],
        "no temporary file is left behind"
    );
}

#[cfg(unix)]
#[test]
fn saving_through_a_symbolic_link_writes_the_file_it_points_to() {
    let dir = tempfile::tempdir().expect("temp dir");
    let shared = dir.path().join("shared");
    fs::create_dir(&shared).expect("folder");
    let target = shared.join("energy.rbr.json");
    fs::write(&target, "old").expect("write");
    let link = dir.path().join("energy.rbr.json");
    // A relative link, as `ln -s shared/energy.rbr.json .` makes.
    std::os::unix::fs::symlink("shared/energy.rbr.json", &link).expect("link");

    storage::save_atomic(&link, b"new").expect("saves through the link");

    let link_meta = fs::symlink_metadata(&link).expect("link metadata");
    assert!(
        link_meta.file_type().is_symlink(),
        "the link is still a link"
    );
    assert_eq!(fs::read(&link).expect("read through link"), b"new");
    assert_eq!(fs::read(&target).expect("read target"), b"new");
    assert_eq!(
        fs::read(shared.join("energy.rbr.json.bak")).expect("backup beside the target"),
        b"old"
    );
    assert_eq!(names_in(dir.path()), ["energy.rbr.json", "shared"]);
}

#[cfg(unix)]
#[test]
fn a_loop_of_links_is_refused_with_the_file_named() {
    let dir = tempfile::tempdir().expect("temp dir");
    let a = dir.path().join("a.rbr.json");
    let b = dir.path().join("b.rbr.json");
    std::os::unix::fs::symlink(&b, &a).expect("link a");
    std::os::unix::fs::symlink(&a, &b).expect("link b");
    let err = storage::save_atomic(&a, b"new").expect_err("a loop");
    let message = err.to_string();
    assert!(message.contains("a.rbr.json"), "{message}");
    assert!(message.contains("symbolic links"), "{message}");
}

/// A save whose folder is a regular file: the system refuses whoever asks, root
/// included, so this case always runs.
#[test]
fn a_save_under_a_regular_file_fails_and_keeps_everything() {
    let dir = tempfile::tempdir().expect("temp dir");
    let not_a_folder = dir.path().join("energy.rbr.json");
    fs::write(&not_a_folder, "old").expect("write");
    let path = not_a_folder.join("inside.rbr.json");
    let message = storage::save_atomic(&path, b"new")
        .expect_err("a file is no folder")
        .to_string();
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert!(message.contains("unchanged"), "{message}");
    assert!(message.contains("save somewhere else"), "{message}");
    assert!(
        !message.contains(".rbr-save-"),
        "no temporary name: {message}"
    );
    assert_eq!(fs::read(&not_a_folder).expect("read"), b"old");
    assert_eq!(names_in(dir.path()), ["energy.rbr.json"]);
}

/// Runs `rbr` with `args` in a child process whose files may grow to `limit`
/// bytes at most (RLIMIT_FSIZE, which binds root too), with SIGXFSZ ignored so a
/// write past the limit fails with EFBIG part way instead of killing the child.
/// `None` runs it without a limit.
#[cfg(unix)]
fn rbr_limited<S: AsRef<std::ffi::OsStr>>(limit: Option<u32>, args: &[S]) -> std::process::Output {
    use std::os::unix::process::CommandExt;
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_rbr"));
    command.args(args);
    if let Some(limit) = limit.map(libc::rlim_t::from) {
        let rlimit = libc::rlimit {
            rlim_cur: limit,
            rlim_max: limit,
        };
        // SAFETY: between fork and exec the closure only calls signal and
        // setrlimit, which are async-signal-safe, and allocates nothing.
        unsafe {
            command.pre_exec(move || {
                if libc::signal(libc::SIGXFSZ, libc::SIG_IGN) == libc::SIG_ERR
                    || libc::setrlimit(libc::RLIMIT_FSIZE, &rlimit) != 0
                {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
    }
    command.output().expect("rbr runs")
}

/// The limit the tests below set: far above what rbr needs to start (it writes
/// nothing else), far below a report or a national assessment.
#[cfg(unix)]
const LIMIT: u32 = 16 * 1024;

/// A file's size, for checking that a test's files sit on the side of [`LIMIT`]
/// it needs them on.
#[cfg(unix)]
fn size(path: &Path) -> u64 {
    fs::metadata(path).expect("metadata").len()
}

/// A report written over last week's, under a file-size limit below the new
/// report's size: the write fails part way, the old report is whole, no temporary
/// file is left, and the message names the file and says why.
#[cfg(unix)]
#[test]
fn a_write_that_fails_part_way_leaves_the_old_file_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let source = dir.path().join("national.rbr.json");
    fs::copy("assessments/examples/national-2026.rbr.json", &source).expect("copy");
    let pdf = dir.path().join("national.pdf");
    let report = |date: &str| -> Vec<std::ffi::OsString> {
        vec![
            "--lang".into(),
            "en".into(),
            "report".into(),
            source.clone().into(),
            "-o".into(),
            pdf.clone().into(),
            "--date".into(),
            date.into(),
        ]
    };
    // Last week's report, written without a limit.
    let out = rbr_limited(None, &report("2026-11-27"));
    assert!(out.status.success(), "{out:?}");
    let signed = fs::read(&pdf).expect("read");
    assert!(
        size(&pdf) > u64::from(LIMIT),
        "a report is larger than the limit"
    );

    let out = rbr_limited(Some(LIMIT), &report("2026-12-04"));

    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("{}: cannot be written (", pdf.display())),
        "{stderr}"
    );
    assert!(
        stderr.contains("larger than this system allows"),
        "{stderr}"
    );
    assert!(stderr.contains("the file there is unchanged"), "{stderr}");
    assert!(
        !stderr.contains(".rbr-save-"),
        "no temporary name: {stderr}"
    );
    assert!(
        fs::read(&pdf).expect("read") == signed,
        "the old report is whole"
    );
    assert_eq!(names_in(dir.path()), ["national.pdf", "national.rbr.json"]);
}

/// `rbr merge` over an earlier merged file, under a limit the old file fits but
/// the new one does not: the backup of the old file is written whole, then the
/// new file fails part way and the old one is left as it was.
/// The energy and national examples copied into `dir`, and where their merge goes.
#[cfg(unix)]
fn merge_sources(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf, std::path::PathBuf) {
    let energy = dir.join("energy.rbr.json");
    let national = dir.join("national.rbr.json");
    fs::copy(
        "assessments/examples/energy-transport-ministry.rbr.json",
        &energy,
    )
    .expect("copy");
    fs::copy("assessments/examples/national-2026.rbr.json", &national).expect("copy");
    (energy, national, dir.join("combined.rbr.json"))
}

/// `rbr --lang LANG merge SOURCE -o OUT`.
#[cfg(unix)]
fn merge_args(lang: &str, source: &Path, out: &Path) -> Vec<std::ffi::OsString> {
    vec![
        "--lang".into(),
        lang.into(),
        "merge".into(),
        source.into(),
        "-o".into(),
        out.into(),
    ]
}

#[cfg(unix)]
#[test]
fn a_merge_that_fails_part_way_leaves_the_old_output_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (energy, national, combined) = merge_sources(dir.path());
    let merge = |source: &Path| merge_args("en", source, &combined);
    // Last month's merge, written without a limit, fits under it.
    let out = rbr_limited(None, &merge(&energy));
    assert!(out.status.success(), "{out:?}");
    let before = fs::read(&combined).expect("read");
    assert!(
        size(&combined) < u64::from(LIMIT),
        "the old file fits under the limit"
    );
    assert!(
        size(&national) > u64::from(LIMIT),
        "the new one, with the national answers, does not"
    );

    let out = rbr_limited(Some(LIMIT), &merge(&national));

    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("{}: cannot be written (", combined.display())),
        "{stderr}"
    );
    assert!(
        stderr.contains("larger than this system allows"),
        "{stderr}"
    );
    assert!(stderr.contains("the file there is unchanged"), "{stderr}");
    assert!(
        !stderr.contains(".rbr-save-"),
        "no temporary name: {stderr}"
    );
    assert!(
        fs::read(&combined).expect("read") == before,
        "the old file is whole"
    );
    assert!(
        fs::read(storage::backup_path(&combined)).expect("read backup") == before,
        "the backup is the old file, whole"
    );
    assert_eq!(
        names_in(dir.path()),
        [
            "combined.rbr.json",
            "combined.rbr.json.bak",
            "energy.rbr.json",
            "national.rbr.json"
        ]
    );
}

/// In Armenian, and over a file too large to back up under the limit: the backup
/// fails part way, so the save stops before the file is touched, and the earlier
/// backup is not cut short either.
#[cfg(unix)]
#[test]
fn a_backup_that_fails_part_way_keeps_the_file_and_the_earlier_backup_in_armenian() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (energy, national, combined) = merge_sources(dir.path());
    let backup = storage::backup_path(&combined);
    let merge = |source: &Path| merge_args("hy", source, &combined);
    let out = rbr_limited(None, &merge(&national));
    assert!(out.status.success(), "{out:?}");
    let before = fs::read(&combined).expect("read");
    assert!(
        size(&combined) > u64::from(LIMIT),
        "the old file is larger than the limit"
    );
    fs::write(&backup, "the backup of the merge before").expect("write");

    // The new file would fit; the backup of the old one does not.
    let out = rbr_limited(Some(LIMIT), &merge(&energy));

    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(&format!("{}: ֆայլը հնարավոր չէ գրել (", backup.display())),
        "{stderr}"
    );
    assert!(
        stderr.contains("կգերազանցեր այս համակարգում թույլատրված չափը"),
        "{stderr}"
    );
    assert!(stderr.contains("Այնտեղ եղած ֆայլը չի փոխվել"), "{stderr}");
    assert!(
        !stderr.contains(".rbr-save-"),
        "no temporary name: {stderr}"
    );
    assert!(
        fs::read(&combined).expect("read") == before,
        "the file is untouched"
    );
    assert_eq!(
        String::from_utf8_lossy(&fs::read(&backup).expect("read backup")),
        "the backup of the merge before",
        "the earlier backup is whole"
    );
    assert_eq!(
        names_in(dir.path()),
        [
            "combined.rbr.json",
            "combined.rbr.json.bak",
            "energy.rbr.json",
            "national.rbr.json"
        ]
    );
}

#[test]
fn a_save_into_a_missing_folder_says_so_without_temporary_names() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("gone").join("energy.rbr.json");
    let message = storage::save_atomic(&path, b"new")
        .expect_err("no such folder")
        .to_string();
    assert!(
        message.starts_with(&format!("{}: cannot be written (", path.display())),
        "{message}"
    );
    assert!(
        message.contains("check that the folder exists"),
        "{message}"
    );
    assert!(
        !message.contains(".rbr-save-"),
        "no temporary name: {message}"
    );
}

#[test]
fn a_backup_that_cannot_be_written_stops_the_save_before_the_file_is_touched() {
    // A folder where the backup should go cannot be replaced, even by root.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("energy.rbr.json");
    fs::write(&path, "old").expect("write");
    let backup = storage::backup_path(&path);
    fs::create_dir(&backup).expect("folder in the way");
    fs::write(backup.join("keep"), "x").expect("write");

    let err = storage::save_atomic(&path, b"new").expect_err("backup blocked");

    let message = err.to_string();
    assert!(message.contains("energy.rbr.json.bak"), "{message}");
    assert!(message.contains("save somewhere else"), "{message}");
    assert!(
        !message.contains(".rbr-save-"),
        "no temporary name: {message}"
    );
    assert_eq!(fs::read(&path).expect("read"), b"old");
    assert_eq!(fs::read(backup.join("keep")).expect("read"), b"x");
    assert_eq!(
        names_in(dir.path()),
        ["energy.rbr.json", "energy.rbr.json.bak"]
    );
}

/// The names in a folder, sorted.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let _ = Assessment::from_bytes(&bytes).map(|a| a.findings(&q(), time::macros::date!(2026 - 12 - 01)));
    }

    #[test]
    fn truncations_never_panic(cut in 0usize..GOOD.len()) {
        let _ = Assessment::from_bytes(&GOOD.as_bytes()[..cut]).map(|a| a.findings(&q(), time::macros::date!(2026 - 12 - 01)));
    }

    #[test]
    fn mutations_never_panic(at in 0usize..GOOD.len(), byte in any::<u8>(), delete in any::<bool>()) {
        let mut bytes = GOOD.as_bytes().to_vec();
        if delete { bytes.remove(at); } else { bytes[at] = byte; }
        if let Ok(assessment) = Assessment::from_bytes(&bytes) {
            let _ = assessment.findings(&q(), time::macros::date!(2026 - 12 - 01));
            let saved = assessment.to_json(&q()).expect("serialises");
            // Whatever was readable round-trips.
            prop_assert_eq!(Assessment::from_bytes(&saved).ok(), Some(assessment));
        }
    }
}

#[test]
fn files_saved_before_figures_existed_are_saved_again_byte_for_byte() {
    // The examples as rbr saved them under questionnaire 1.2.0, before answers
    // could carry figures: loading and saving without an edit changes not one byte.
    for path in [
        "tests/fixtures/national-2026-under-1.2.0.json",
        "tests/fixtures/hy-territorial-administration-under-1.2.0.rbr.json",
    ] {
        let bytes = fs::read(path).expect("fixture");
        let assessment = Assessment::from_bytes(&bytes).expect("loads");
        assert!(assessment.planning_figures.is_empty(), "{path}");
        assert!(
            assessment
                .answers
                .values()
                .filter_map(Lenient::valid)
                .all(|a| a.figure.is_none()),
            "{path}"
        );
        let saved = assessment.to_json(&q()).expect("serialises");
        assert!(saved == bytes, "{path} changed when saved");
    }
    // And a file with figures keeps them, numbers as typed (61, not 61.0).
    let bytes = fs::read("assessments/examples/national-2026.rbr.json").expect("example");
    let saved = Assessment::from_bytes(&bytes)
        .expect("loads")
        .to_json(&q())
        .expect("serialises");
    assert!(saved == bytes, "the national example changed when saved");
    let text = String::from_utf8(saved).expect("UTF-8");
    assert!(
        text.contains("\"value\": 34,\n"),
        "a whole number stays whole"
    );
    assert!(text.contains("\"value\": 6.6,\n"));
}

#[test]
fn a_key_given_twice_is_refused_and_named_where_it_is() {
    // Found by fuzzing: a second `notes` in one answer made the answer unreadable,
    // and a save kept only one of the two. The file is now refused, saying where.
    let json = GOOD.replacen(r#""level": 2"#, r#""level": 2, "notes": "first""#, 1);
    assert_ne!(json, GOOD, "the fixture's BR7.1 has a level 2 and notes");
    let err = Assessment::from_bytes(json.as_bytes()).expect_err("refused");
    let en = err.to_string();
    assert!(
        en.contains("duplicate field `notes`") && en.contains("line"),
        "{en}"
    );
    assert!(en.starts_with("`answers.BR7.1`"), "{en}");
    let hy = err.message(rbr::i18n::Language::Hy);
    assert!(
        hy.contains("notes") && hy.chars().any(|c| ('\u{0531}'..='\u{058F}').contains(&c)),
        "{hy}"
    );
}
