//! A fully answered assessment shared by the benchmarks.

use rbr::assessment::{Answer, Assessment, Lenient, Meta};
use rbr::questionnaire::{Level, Questionnaire};

/// A fully answered assessment with evidence and notes of realistic length.
pub fn full_assessment(q: &Questionnaire) -> Vec<u8> {
    let meta = Meta {
        title: "National assessment 2026".into(),
        organisation: "National Crisis Coordination Office (benchmark)".into(),
        assessor: "Head of Planning".into(),
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
    assessment.to_json(q).expect("serialises")
}
