//! Benchmarks of the core: load, validate and score one file; `rbr score` as a process.
//!
//! Targets (issue 2): one fully answered assessment loaded, validated and scored in
//! under 1 ms; `rbr score --json` over 1,000 files no slower than `jq -c .` over the
//! same files (measured side by side when jq is installed); `rbr score` on one file
//! under 25 ms as a whole process.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use criterion::{Criterion, criterion_group, criterion_main};
use rbr::assessment::Assessment;
use rbr::questionnaire::Questionnaire;

mod common;
use common::full_assessment;

fn load_validate_score(c: &mut Criterion) {
    let q = Questionnaire::built_in();
    let bytes = full_assessment(&q);
    c.bench_function("load, validate and score one full assessment", |b| {
        b.iter(|| {
            let assessment = Assessment::from_bytes(&bytes).expect("loads");
            let findings = assessment.findings(&q, time::macros::date!(2026 - 12 - 01));
            let score = rbr::scoring::score(&q, &assessment);
            (findings.len(), score.overall.readiness)
        });
    });
}

fn write_files(dir: &Path, bytes: &[u8], count: usize) -> Vec<PathBuf> {
    (0..count)
        .map(|i| {
            let path = dir.join(format!("municipality-{i:04}.rbr.json"));
            std::fs::write(&path, bytes).expect("write");
            path
        })
        .collect()
}

fn run_quietly(program: &str, args: &[&str], files: &[PathBuf]) {
    let status = Command::new(program)
        .args(args)
        .args(files)
        .stdout(Stdio::null())
        .status()
        .expect("runs");
    assert!(status.success(), "{program} failed");
}

fn processes(c: &mut Criterion) {
    let q = Questionnaire::built_in();
    let bytes = full_assessment(&q);
    let dir = tempfile::tempdir().expect("temp dir");
    let files = write_files(dir.path(), &bytes, 1000);
    let rbr = env!("CARGO_BIN_EXE_rbr");
    let mut group = c.benchmark_group("1,000 files");
    group.sample_size(10);
    group.bench_function("rbr score --json", |b| {
        b.iter(|| run_quietly(rbr, &["score", "--json"], &files));
    });
    if Command::new("jq").arg("--version").output().is_ok() {
        group.bench_function("jq -c .", |b| {
            b.iter(|| run_quietly("jq", &["-c", "."], &files));
        });
    } else {
        eprintln!("jq is not installed: install it (apt-get install jq) to compare");
    }
    group.finish();
    let mut group = c.benchmark_group("one file, whole process");
    group.sample_size(20);
    group.bench_function("rbr score", |b| {
        b.iter(|| run_quietly(rbr, &["score"], &files[..1]));
    });
    group.finish();
}

criterion_group!(benches, load_validate_score, processes);
criterion_main!(benches);
