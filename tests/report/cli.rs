//! `rbr report` on the command line: the same bytes as the library, the report
//! date, what it refuses, and resolved comments with `--all-comments`.

use std::path::Path;

use assert_cmd::Command;
use rbr::i18n::Language;
use rbr::questionnaire::Questionnaire;
use rbr::report::{Fonts, Report, render_pdf};

use crate::support::{Fixture, all_text, assert_in_order, fixture, parse, read, render, temp_file};

#[test]
fn the_command_line_writes_the_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bytes = fixture(&Fixture::default());
    let input = temp_file(dir.path(), "national.rbr.json", &bytes);
    let output = dir.path().join("national.pdf");
    Command::cargo_bin("rbr")
        .expect("binary")
        .arg("report")
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .assert()
        .code(0);
    let written = std::fs::read(&output).expect("PDF written");
    assert_eq!(
        written,
        render(&bytes),
        "the CLI and the library give the same bytes"
    );
    assert!(!dir.path().join("national.pdf.bak").exists());

    let fonts = Fonts::bundled().expect("fonts");
    let report = Report::build(
        &Questionnaire::built_in(),
        &read(&bytes),
        Some("2026-12-01"),
        Language::En,
    )
    .expect("report");
    let dated = dir.path().join("dated.pdf");
    Command::cargo_bin("rbr")
        .expect("binary")
        .args(["report", "--date", "2026-12-01", "-o"])
        .arg(&dated)
        .arg(&input)
        .assert()
        .code(0);
    assert_eq!(
        std::fs::read(&dated).expect("written"),
        render_pdf(&report, &fonts)
    );
}

#[test]
fn the_command_line_refuses_what_it_cannot_use() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = temp_file(dir.path(), "good.rbr.json", &fixture(&Fixture::default()));
    let undated = temp_file(
        dir.path(),
        "undated.rbr.json",
        &fixture(&Fixture {
            modified: "",
            ..Fixture::default()
        }),
    );
    let not_assessment = temp_file(dir.path(), "other.rbr.json", br#"{"hello": 1}"#);
    let out = dir.path().join("out.pdf");
    let missing = dir.path().join("missing.rbr.json");
    let no_dir = dir.path().join("no/such/dir/out.pdf");
    let cases: Vec<(Vec<&Path>, i32, &str)> = vec![
        (vec![&missing, Path::new("-o"), &out], 2, "missing.rbr.json"),
        (
            vec![&not_assessment, Path::new("-o"), &out],
            1,
            "not an rbr assessment",
        ),
        (vec![&undated, Path::new("-o"), &out], 2, "--date"),
        (
            vec![
                &good,
                Path::new("--date"),
                Path::new("27/11/2026"),
                Path::new("-o"),
                &out,
            ],
            2,
            "YYYY-MM-DD",
        ),
        (vec![&good, Path::new("-o"), &no_dir], 2, "out.pdf"),
        (vec![&good], 2, "--output"),
    ];
    for (args, code, message) in cases {
        let output = Command::cargo_bin("rbr")
            .expect("binary")
            .arg("report")
            .args(&args)
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
    assert!(!out.exists(), "nothing is written on failure");
}

#[test]
fn the_command_line_lists_resolved_comments_with_all_comments() {
    let dir = tempfile::tempdir().expect("temp dir");
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assessments/examples/national-2026.rbr.json");
    let text = |all: bool| {
        let out = dir.path().join("national.pdf");
        let mut cmd = Command::cargo_bin("rbr").expect("binary");
        cmd.arg("report").arg(&example).arg("-o").arg(&out);
        if all {
            cmd.arg("--all-comments");
        }
        cmd.assert().success();
        all_text(&parse(&std::fs::read(&out).expect("written")))
    };
    let resolved_only = text(false);
    assert!(resolved_only.contains("Approved by Irina Castell"));
    assert!(!resolved_only.contains("Annex: review comments"));
    assert_in_order(
        &text(true),
        &["Annex: review comments", "BR1.7", "BR2.3", "BR4.8"],
    );
}
