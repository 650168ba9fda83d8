//! Benchmark of the PDF gap report for a fully answered assessment.
//!
//! Targets (issue 4): the whole report in under 150 ms on a 2-core machine, and a
//! file under 400 KB. The size is printed before the timings.

use criterion::{Criterion, criterion_group, criterion_main};
use rbr::assessment::{Answer, Assessment, Lenient, Meta};
use rbr::questionnaire::{Level, Questionnaire};
use rbr::report::{Fonts, Report, pdf_for, render_pdf};

/// A fully answered assessment with evidence and notes of realistic length, as saved.
fn full_assessment(q: &Questionnaire) -> Vec<u8> {
    let meta = Meta {
        title: "National resilience self-assessment 2026".into(),
        organisation: "National Crisis Coordination Office (benchmark)".into(),
        assessor: "Head of Resilience Planning".into(),
        created: "2026-11-02T09:00:00Z".into(),
        modified: "2026-11-27T16:30:00Z".into(),
        language: "en".into(),
        classification: "UNCLASSIFIED".into(),
        ..Meta::default()
    };
    let mut assessment = Assessment::new(q, meta);
    for (i, question) in q.questions().enumerate() {
        let level = Level::new(u8::try_from(i % 5).expect("0-4")).expect("0-4");
        *assessment.answer_mut(&question.id) = Answer {
            level: Some(Lenient::Valid(level)),
            evidence: format!(
                "Plan {i}/2025 approved by order of the minister; exercise log of March 2026 \
                 shows {i} of 12 regions tested; inventory of {} sites attached. ",
                i * 7
            )
            .repeat(3),
            notes: "Follow up with the regional offices on the gaps found in the last test.".into(),
            ..Answer::default()
        };
    }
    assessment.to_json(q)
}

fn report(c: &mut Criterion) {
    let questionnaire = Questionnaire::built_in();
    let bytes = full_assessment(&questionnaire);
    let assessment = Assessment::from_bytes(&bytes).expect("loads");
    let pdf = pdf_for(&questionnaire, &assessment, &bytes, None).expect("renders");
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
        b.iter(|| pdf_for(&questionnaire, &assessment, &bytes, None).expect("renders"));
    });
    let fonts = Fonts::bundled().expect("fonts");
    let built = Report::build(&questionnaire, &assessment, &bytes, None).expect("report");
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
