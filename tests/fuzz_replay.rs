//! Every input the fuzz targets were seeded with, and every case they found, run
//! through the same checks under plain `cargo test` (no nightly needed): the
//! corpora in `fuzz/corpus/TARGET/` and the cases kept in `fuzz/regressions/TARGET/`.

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::Path;

/// Runs `check` on every file of the target's corpus and regressions; returns
/// how many inputs it read.
fn replay(target: &str, check: fn(&[u8])) -> usize {
    let mut count = 0;
    for kind in ["corpus", "regressions"] {
        let dir = Path::new("fuzz").join(kind).join(target);
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("an entry").path();
            if path.file_name().is_some_and(|n| n == ".keep") {
                continue;
            }
            let bytes = std::fs::read(&path).expect("an input");
            check(&bytes);
            count += 1;
        }
    }
    count
}

#[test]
fn the_assessment_reader_replays_its_corpus() {
    assert!(replay("assessment", checks::assessment) >= 3);
}

#[test]
fn the_questionnaire_reader_replays_its_corpus() {
    assert!(replay("questionnaire", checks::questionnaire) >= 3);
}

#[test]
fn the_review_check_replays_its_corpus() {
    assert!(replay("review", checks::review) >= 3);
}

#[test]
fn merging_replays_its_corpus() {
    assert!(replay("merge", checks::merge) >= 3);
}

#[test]
fn the_report_replays_its_corpus() {
    assert!(replay("report", checks::report) >= 3);
}
