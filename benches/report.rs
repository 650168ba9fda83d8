//! Benchmark of the PDF gap report for a fully answered assessment.
//!
//! Targets (issue 4): the whole report in under 150 ms on a 2-core machine, and a
//! file under 400 KB. The size is printed before the timings.

use criterion::{Criterion, criterion_group, criterion_main};
use rbr::assessment::AssessmentFile;
use rbr::i18n::Language;
use rbr::questionnaire::Questionnaire;
use rbr::report::{Fonts, Report, pdf_for, render_pdf};

mod common;
use common::full_assessment;

fn report(c: &mut Criterion) {
    let questionnaire = Questionnaire::built_in();
    let bytes = full_assessment(&questionnaire);
    let file = AssessmentFile::parse(bytes).expect("loads");
    let pdf = pdf_for(&questionnaire, &file, None, None).expect("renders");
    let pages = lopdf::Document::load_mem(&pdf)
        .expect("a readable PDF")
        .get_pages()
        .len();
    eprintln!(
        "report of a fully answered assessment: {} bytes ({:.1} KB, target under 400 KB), {pages} pages",
        pdf.len(),
        pdf.len() as f64 / 1024.0
    );

    c.bench_function("report: pdf_for, fully answered (target < 150 ms)", |b| {
        b.iter(|| pdf_for(&questionnaire, &file, None, None).expect("renders"));
    });
    let fonts = Fonts::bundled().expect("fonts");
    let built = Report::build(&questionnaire, &file, None, Language::En).expect("report");
    c.bench_function("report: render_pdf only, fonts loaded once", |b| {
        b.iter(|| render_pdf(&built, &fonts));
    });
    c.bench_function("report: Fonts::bundled", |b| {
        b.iter(|| Fonts::bundled().expect("fonts"));
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = report
}
criterion_main!(benches);
