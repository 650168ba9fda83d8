//! Benchmark of combining files (issue 12): 200 generated ministry files, each
//! covering one or two areas with every question of them answered, read from
//! their bytes, fingerprinted, analysed, merged with every conflict settled, and
//! written as the combined file's JSON. Target: under 1 s.

use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::{Map, Value, json};

use rbr::assessment::AssessmentFile;
use rbr::merge::{Resolutions, Settings, SourceFile, analyse, merge};
use rbr::questionnaire::Questionnaire;

/// How many files the coordinator combines.
const FILES: usize = 200;

/// The bytes of file `i`: one area, or two for every third file, each question
/// answered with a level that varies between files (so that files conflict).
fn generated(q: &Questionnaire, i: usize) -> Vec<u8> {
    let areas = q.areas.len();
    let mut scope = vec![q.areas[i % areas].id.to_string()];
    if i.is_multiple_of(3) {
        scope.push(q.areas[(i + 3) % areas].id.to_string());
    }
    let mut answers = Map::new();
    for area in q.areas.iter().filter(|a| scope.contains(&a.id.to_string())) {
        for (n, question) in area.questions.iter().enumerate() {
            let answer = json!({
                "level": (i + n) % 5,
                "evidence": format!("Ministry {i}: evidence for {} ({}).", question.id, "x".repeat(200)),
                "notes": format!("Ministry {i}'s note."),
            });
            answers.insert(question.id.to_string(), answer);
        }
    }
    let file = json!({
        "format": "rbr-assessment", "format_version": 1,
        "questionnaire": {"id": q.id, "version": q.version},
        "meta": {"title": format!("Ministry {i}"), "organisation": format!("Ministry {i}"),
                 "language": "en", "status": "submitted", "scope": scope},
        "answers": Value::Object(answers),
    });
    serde_json::to_vec_pretty(&file).expect("JSON")
}

fn combine(q: &Questionnaire, files: &[Vec<u8>]) -> usize {
    let sources: Vec<SourceFile> = files
        .iter()
        .enumerate()
        .map(|(i, bytes)| {
            let file = AssessmentFile::parse(bytes.clone()).expect("loads");
            SourceFile::new(format!("ministry-{i:03}.rbr.json"), file)
        })
        .collect();
    let analysis = analyse(q, &sources).expect("analysis");
    // As a coordinator would in the app: a choice for each conflict.
    let mut choices = Resolutions::new();
    for conflict in &analysis.conflicts {
        choices.choose(conflict.key.clone(), conflict.sides[0].source);
    }
    let settings = Settings {
        title: "National".into(),
        organisation: "Crisis Office".into(),
        created: "2027-01-15T10:00:00Z".into(),
    };
    let merged = merge(q, &sources, &choices, &settings).expect("merged");
    merged.to_json(q).expect("JSON").len()
}

fn merge_200_files(c: &mut Criterion) {
    let q = Questionnaire::built_in();
    let files: Vec<Vec<u8>> = (0..FILES).map(|i| generated(&q, i)).collect();
    let mut group = c.benchmark_group("merge");
    group.sample_size(10);
    group.bench_function("combine 200 files of one or two areas each", |b| {
        b.iter(|| combine(&q, &files));
    });
    group.finish();
}

criterion_group!(benches, merge_200_files);
criterion_main!(benches);
