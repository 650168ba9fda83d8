//! The published scoring method, checked against figures computed by hand.

use proptest::prelude::*;
use rbr::assessment::{Answer, Assessment, Lenient, Meta};
use rbr::questionnaire::{AreaId, Level, QuestionId, Questionnaire};
use rbr::scoring::{Band, score};

/// A question of a test questionnaire: id, weight, critical, target.
type Spec<'a> = (&'a str, u8, bool, u8);

/// A questionnaire with the given areas, each a list of questions.
fn questionnaire_of(areas: &[(&str, &[Spec])]) -> Questionnaire {
    let level =
        |n: u8| format!(r#"{{"level":{n},"name":{{"en":"L{n}"}},"description":{{"en":"d"}}}}"#);
    let question = |&(id, weight, critical, target): &Spec| {
        format!(
            r#"{{"id":"{id}","text":{{"en":"{id}?"}},"guidance":{{"en":"g"}},"weight":{weight},
            "critical":{critical},"target":{target},
            "rubric":[{{"en":"0"}},{{"en":"1"}},{{"en":"2"}},{{"en":"3"}},{{"en":"4"}}],
            "recommendation":{{"en":"r"}},"poete":"planning"}}"#
        )
    };
    let area = |&(id, questions): &(&str, &[Spec])| {
        format!(
            r#"{{"id":"{id}","title":{{"en":"{id}"}},"description":{{"en":"{id}"}},"questions":[{}]}}"#,
            questions.iter().map(question).collect::<Vec<_>>().join(",")
        )
    };
    let json = format!(
        r#"{{"id":"t","version":"1.0.0","title":{{"en":"T"}},"levels":[{}],"areas":[{}]}}"#,
        (0..5).map(level).collect::<Vec<_>>().join(","),
        areas.iter().map(area).collect::<Vec<_>>().join(","),
    );
    Questionnaire::from_json(&json).expect("test questionnaire is valid")
}

/// Two areas: A (weights 1, 2, 3; A.3 critical, target 3) and B (two questions, weight 1).
fn questionnaire() -> Questionnaire {
    questionnaire_of(&[
        (
            "A",
            &[
                ("A.1", 1, false, 3),
                ("A.2", 2, false, 3),
                ("A.3", 3, true, 3),
            ],
        ),
        ("B", &[("B.1", 1, false, 2), ("B.2", 1, false, 4)]),
    ])
}

#[derive(Clone, Copy, Debug)]
enum A {
    Level(u8),
    Na,
    Blank,
}

fn assessment(q: &Questionnaire, answers: &[(&str, A)]) -> Assessment {
    let mut assessment = Assessment::new(q, Meta::default());
    for &(id, answer) in answers {
        let answer = match answer {
            A::Level(n) => Answer {
                level: Some(Lenient::Valid(Level::new(n).expect("level"))),
                ..Answer::default()
            },
            A::Na => Answer {
                not_applicable: true,
                justification: "not ours".into(),
                ..Answer::default()
            },
            A::Blank => continue,
        };
        assessment
            .answers
            .insert(QuestionId::from(id), Lenient::Valid(answer));
    }
    assessment
}

struct Case {
    name: &'static str,
    answers: &'static [(&'static str, A)],
    scope: Option<&'static [&'static str]>,
    targets: &'static [(&'static str, u8)],
    /// Area A: readiness, completeness, band, provisional (not every question
    /// answered or marked not applicable).
    a: (Option<f64>, Option<f64>, Option<Band>, bool),
    overall: (Option<f64>, Option<f64>),
    /// Gaps as (question, gap, priority), in order.
    gaps: &'static [(&'static str, u8, u32)],
}

const CASES: &[Case] = &[
    Case {
        name: "all at level 4",
        answers: &[
            ("A.1", A::Level(4)),
            ("A.2", A::Level(4)),
            ("A.3", A::Level(4)),
            ("B.1", A::Level(4)),
            ("B.2", A::Level(4)),
        ],
        scope: None,
        targets: &[],
        a: (Some(100.0), Some(1.0), Some(Band::Ready), false),
        overall: (Some(100.0), Some(1.0)),
        gaps: &[],
    },
    Case {
        // A: (1*2/4 + 2*3/4 + 3*2/4) / 6 = (0.5 + 1.5 + 1.5) / 6 = 58.33..
        name: "weighted mean",
        answers: &[
            ("A.1", A::Level(2)),
            ("A.2", A::Level(3)),
            ("A.3", A::Level(2)),
            ("B.1", A::Level(2)),
            ("B.2", A::Level(4)),
        ],
        scope: None,
        targets: &[],
        a: (
            Some(350.0 / 6.0),
            Some(1.0),
            Some(Band::PartiallyReady),
            false,
        ),
        overall: (Some((350.0 / 6.0 + 75.0) / 2.0), Some(1.0)),
        // A.3: gap 1 x weight 3 x critical 2 = 6; A.1: 1 x 1 = 1
        gaps: &[("A.3", 1, 6), ("A.1", 1, 1)],
    },
    Case {
        // Readiness (1*4/4 + 2*4/4 + 3*1/4) / 6 = 62.5 would be partially ready; the critical level 1 caps it.
        name: "critical question at level 1 caps the band",
        answers: &[
            ("A.1", A::Level(4)),
            ("A.2", A::Level(4)),
            ("A.3", A::Level(1)),
        ],
        scope: Some(&["A"]),
        targets: &[],
        a: (Some(62.5), Some(1.0), Some(Band::NotReady), false),
        overall: (Some(62.5), Some(1.0)),
        gaps: &[("A.3", 2, 12)],
    },
    Case {
        name: "critical cap applies even when readiness is high",
        answers: &[
            ("A.1", A::Level(4)),
            ("A.2", A::Level(4)),
            ("A.3", A::Level(1)),
            ("B.1", A::Level(4)),
            ("B.2", A::Level(4)),
        ],
        scope: Some(&["A"]),
        targets: &[("A.3", 1)],
        a: (Some(62.5), Some(1.0), Some(Band::NotReady), false),
        overall: (Some(62.5), Some(1.0)),
        gaps: &[],
    },
    Case {
        // N/A leaves the denominator: only A.2 (weight 2, level 3) counts = 75.
        name: "not applicable and unanswered leave readiness alone",
        answers: &[
            ("A.1", A::Na),
            ("A.2", A::Level(3)),
            ("A.3", A::Blank),
            ("B.1", A::Level(2)),
        ],
        scope: None,
        targets: &[],
        a: (Some(75.0), Some(2.0 / 3.0), Some(Band::Ready), true),
        overall: (Some(62.5), Some(3.0 / 5.0)),
        gaps: &[],
    },
    Case {
        name: "all not applicable gives no readiness",
        answers: &[
            ("A.1", A::Na),
            ("A.2", A::Na),
            ("A.3", A::Na),
            ("B.1", A::Level(3)),
        ],
        scope: None,
        targets: &[],
        a: (None, Some(1.0), None, false),
        overall: (Some(75.0), Some(4.0 / 5.0)),
        gaps: &[],
    },
    Case {
        name: "empty assessment",
        answers: &[],
        scope: None,
        targets: &[],
        a: (None, Some(0.0), None, true),
        overall: (None, Some(0.0)),
        gaps: &[],
    },
    Case {
        // Overrides raise B.1's target to 4 and lower A.1's to 1; ties keep questionnaire order.
        name: "target overrides and ties",
        answers: &[
            ("A.1", A::Level(2)),
            ("A.2", A::Level(2)),
            ("A.3", A::Level(4)),
            ("B.1", A::Level(2)),
            ("B.2", A::Level(2)),
        ],
        scope: None,
        targets: &[("A.1", 1), ("B.1", 4)],
        // A: (1*2/4 + 2*2/4 + 3*4/4) / 6 = 75 (ready); B: 50.
        a: (Some(75.0), Some(1.0), Some(Band::Ready), false),
        overall: (Some(62.5), Some(1.0)),
        gaps: &[("A.2", 1, 2), ("B.1", 2, 2), ("B.2", 2, 2)],
    },
    Case {
        name: "out-of-scope areas count nowhere",
        answers: &[
            ("A.1", A::Level(0)),
            ("B.1", A::Level(4)),
            ("B.2", A::Level(4)),
        ],
        scope: Some(&["B"]),
        targets: &[],
        a: (None, None, None, false),
        overall: (Some(100.0), Some(1.0)),
        gaps: &[],
    },
    Case {
        name: "empty scope",
        answers: &[("A.1", A::Level(3))],
        scope: Some(&[]),
        targets: &[],
        a: (None, None, None, false),
        overall: (None, None),
        gaps: &[],
    },
];

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

#[test]
fn hand_computed_cases() {
    let q = questionnaire();
    for case in CASES {
        let mut assessment = assessment(&q, case.answers);
        assessment.meta.scope = case
            .scope
            .map(|s| s.iter().map(|&id| AreaId::from(id)).collect());
        for &(id, target) in case.targets {
            assessment.targets.insert(
                QuestionId::from(id),
                Lenient::Valid(Level::new(target).expect("target")),
            );
        }
        let score = score(&q, &assessment);
        let a = score.area(&AreaId::from("A")).expect("area A");
        assert!(
            close(a.readiness, case.a.0),
            "{}: readiness {:?}",
            case.name,
            a.readiness
        );
        assert!(
            close(a.completeness, case.a.1),
            "{}: completeness {:?}",
            case.name,
            a.completeness
        );
        assert_eq!(a.band, case.a.2, "{}: band", case.name);
        assert_eq!(a.provisional, case.a.3, "{}: provisional", case.name);
        assert!(
            close(score.overall.readiness, case.overall.0),
            "{}: overall {:?}",
            case.name,
            score.overall.readiness
        );
        assert!(
            close(score.overall.completeness, case.overall.1),
            "{}: overall completeness {:?}",
            case.name,
            score.overall.completeness
        );
        let gaps: Vec<(&str, u8, u32)> = score
            .gaps
            .iter()
            .map(|g| (g.question.as_str(), g.gap, g.priority))
            .collect();
        assert_eq!(gaps, case.gaps, "{}: gaps", case.name);
    }
}

#[test]
fn counts_per_area() {
    let q = questionnaire();
    let s = score(&q, &assessment(&q, &[("A.1", A::Na), ("A.2", A::Level(1))]));
    let a = s.area(&AreaId::from("A")).expect("area A");
    assert_eq!(
        (a.answered, a.not_applicable, a.unanswered, a.questions),
        (1, 1, 1, 3)
    );
    // Only A.2 has a level (1 of 4); its target is 3 of 4.
    assert_eq!((a.readiness, a.target), (Some(25.0), Some(75.0)));
}

/// Area C: three questions of weight 3 and one critical question of weight 1, so
/// the critical one barely moves readiness but still decides the band.
fn questionnaire_with_a_light_critical_question() -> Questionnaire {
    questionnaire_of(&[(
        "C",
        &[
            ("C.1", 3, false, 3),
            ("C.2", 3, false, 3),
            ("C.3", 3, false, 3),
            ("C.4", 1, true, 3),
        ],
    )])
}

#[test]
fn a_critical_question_at_level_1_makes_a_ready_area_not_ready() {
    let q = questionnaire_with_a_light_critical_question();
    let others = [
        ("C.1", A::Level(4)),
        ("C.2", A::Level(4)),
        ("C.3", A::Level(4)),
    ];
    // (3*4/4 + 3*4/4 + 3*4/4 + 1*level/4) / 10, as a percentage.
    let cases = [
        (0, 90.0, Band::NotReady),
        (1, 92.5, Band::NotReady),
        (2, 95.0, Band::Ready),
        (4, 100.0, Band::Ready),
    ];
    for (level, readiness, band) in cases {
        let mut answers = others.to_vec();
        answers.push(("C.4", A::Level(level)));
        let score = score(&q, &assessment(&q, &answers));
        let c = score.area(&AreaId::from("C")).expect("area C");
        assert!(
            close(c.readiness, Some(readiness)),
            "C.4 at {level}: readiness {:?}",
            c.readiness
        );
        // The area's own figure is ready by readiness alone: the band below it
        // is the critical question's cap, not the figure.
        assert!(
            c.readiness.is_some_and(|r| r >= 75.0),
            "C.4 at {level}: ready by readiness alone"
        );
        assert_eq!(c.band, Some(band), "C.4 at {level}");
    }
}

#[test]
fn done_counts_answers_and_not_applicable_over_the_areas_in_scope() {
    let q = questionnaire();
    let mut a = assessment(
        &q,
        &[("A.1", A::Na), ("A.2", A::Level(1)), ("B.1", A::Level(4))],
    );
    let s = score(&q, &a);
    let done: Vec<usize> = s.areas.iter().map(|area| area.done()).collect();
    assert_eq!(done, [2, 1]);
    assert_eq!(s.done(), (3, 5));
    a.meta.scope = Some(vec![AreaId::from("B")]);
    assert_eq!(score(&q, &a).done(), (1, 2), "area A is out of scope");
}

fn answer_strategy() -> impl Strategy<Value = A> {
    prop_oneof![(0u8..=4).prop_map(A::Level), Just(A::Na), Just(A::Blank)]
}

const IDS: [&str; 5] = ["A.1", "A.2", "A.3", "B.1", "B.2"];

fn build(q: &Questionnaire, answers: &[A]) -> Assessment {
    let pairs: Vec<(&str, A)> = IDS.iter().copied().zip(answers.iter().copied()).collect();
    assessment(q, &pairs)
}

proptest! {
    #[test]
    fn readiness_stays_between_0_and_100(answers in proptest::collection::vec(answer_strategy(), 5)) {
        let q = questionnaire();
        let s = score(&q, &build(&q, &answers));
        for r in s.areas.iter().filter_map(|a| a.readiness).chain(s.overall.readiness) {
            prop_assert!((0.0..=100.0).contains(&r));
        }
        for c in s.areas.iter().filter_map(|a| a.completeness).chain(s.overall.completeness) {
            prop_assert!((0.0..=1.0).contains(&c));
        }
    }

    #[test]
    fn not_applicable_and_unanswered_never_change_readiness(
        answers in proptest::collection::vec(answer_strategy(), 5),
        which in 0usize..5,
        swap_to_na in any::<bool>(),
    ) {
        let q = questionnaire();
        prop_assume!(!matches!(answers[which], A::Level(_)));
        let mut other = answers.clone();
        other[which] = if swap_to_na { A::Na } else { A::Blank };
        let before = score(&q, &build(&q, &answers));
        let after = score(&q, &build(&q, &other));
        let readiness = |s: &rbr::scoring::Score| s.areas.iter().map(|a| a.readiness).collect::<Vec<_>>();
        prop_assert_eq!(readiness(&before), readiness(&after));
        prop_assert_eq!(before.overall.readiness, after.overall.readiness);
    }

    #[test]
    fn one_area_never_moves_another(
        answers in proptest::collection::vec(answer_strategy(), 5),
        a_changes in proptest::collection::vec(answer_strategy(), 3),
    ) {
        let q = questionnaire();
        let mut other = answers.clone();
        other[..3].clone_from_slice(&a_changes);
        let before = score(&q, &build(&q, &answers));
        let after = score(&q, &build(&q, &other));
        prop_assert_eq!(before.area(&AreaId::from("B")), after.area(&AreaId::from("B")));
        let b_gaps = |s: &rbr::scoring::Score| s.gaps.iter().filter(|g| g.area.as_str() == "B").cloned().collect::<Vec<_>>();
        prop_assert_eq!(b_gaps(&before), b_gaps(&after));
    }
}

#[test]
fn not_applicable_where_the_question_refuses_it_scores_as_unanswered() {
    use rbr::assessment::Finding;
    use rbr::questionnaire::NotApplicable;
    use rbr::text::Text;
    let mut q = questionnaire_with_a_light_critical_question();
    let answers = [
        ("C.1", A::Level(4)),
        ("C.2", A::Level(4)),
        ("C.3", A::Level(4)),
        ("C.4", A::Na),
    ];
    // Allowed (as before 1.2.0): C.4 leaves the area, which is complete and ready.
    let allowed = score(&q, &assessment(&q, &answers));
    let c = allowed.area(&AreaId::from("C")).expect("area C");
    assert_eq!((c.not_applicable, c.unanswered), (1, 0));
    assert_eq!(
        (c.completeness, c.band, c.provisional),
        (Some(1.0), Some(Band::Ready), false)
    );
    // Refused: the same file scores C.4 as unanswered; 3 of 4 done, provisional.
    q.areas[0].questions[3].not_applicable = NotApplicable {
        allowed: false,
        note: Text::en("Every state needs this."),
    };
    let file = assessment(&q, &answers);
    let refused = score(&q, &file);
    let c = refused.area(&AreaId::from("C")).expect("area C");
    assert_eq!((c.answered, c.not_applicable, c.unanswered), (3, 0, 1));
    assert_eq!((c.completeness, c.provisional), (Some(0.75), true));
    // The answer stays in the file, and the file says what is wrong.
    assert!(
        file.answer(&QuestionId::from("C.4"))
            .is_some_and(|a| a.not_applicable)
    );
    assert!(
        file.findings(&q, time::macros::date!(2026 - 12 - 01))
            .contains(&Finding::NotApplicableNotAllowed {
                question: QuestionId::from("C.4")
            })
    );
}
