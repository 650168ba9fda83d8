//! Unit tests of the app's state and of [`Document::apply`], without a window.

use std::path::PathBuf;
use std::sync::Arc;

use super::*;
use crate::assessment::{Assessment, Lenient, Status};
use crate::questionnaire::{AreaId, Level, Questionnaire};

fn app_with_example() -> (App, egui::Context, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temp dir");
    let ctx = egui::Context::default();
    let mut app = App::new(
        Prefs::default(),
        Box::new(ScriptedPicker::default()),
        Some(dir.path().to_owned()),
    );
    app.run(&ctx, Command::OpenExample(1));
    (app, ctx, dir)
}

fn document() -> Document {
    let questionnaire = Arc::new(Questionnaire::built_in());
    let json = EXAMPLES
        .iter()
        .find(|(name, _)| name.starts_with("energy-transport"))
        .map(|(_, json)| *json)
        .expect("example");
    let assessment = Assessment::from_bytes(json.as_bytes()).expect("example");
    Document::new(questionnaire, assessment, None, "test".to_owned())
}

fn q(id: &str) -> QuestionId {
    QuestionId::from(id)
}

type Check = fn(&Assessment) -> bool;

/// The question an edit names, if it names one.
fn question_named(edit: &Edit) -> Option<QuestionId> {
    match edit {
        Edit::Level(id, _)
        | Edit::NotApplicable(id, _)
        | Edit::FollowUp(id, _)
        | Edit::Text(id, _, _)
        | Edit::Target(id, _)
        | Edit::Rechecked(id)
        | Edit::Figure(id, _)
        | Edit::Plan(id, _) => Some(id.clone()),
        Edit::Meta(..)
        | Edit::Scope(..)
        | Edit::Review { .. }
        | Edit::Upgrade
        | Edit::PlanningFigure(..) => None,
    }
}

/// Applies each case's edits to a fresh document and checks the result, the dirty
/// flag, and that the score and findings followed.
fn check_edits(cases: Vec<(&str, Vec<Edit>, Check)>) {
    for (name, edits, check) in cases {
        let mut doc = document();
        assert!(!doc.dirty());
        let before = doc.assessment().clone();
        let named: Vec<QuestionId> = edits.iter().filter_map(question_named).collect();
        for edit in edits {
            doc.apply(edit).expect("editable");
        }
        assert!(check(doc.assessment()), "{name}");
        // Nothing but the questions the edits name has changed.
        let after = doc.assessment();
        for question in doc.questionnaire().questions() {
            if !named.contains(&question.id) {
                assert_eq!(
                    after.answer(&question.id),
                    before.answer(&question.id),
                    "{name}: {} changed too",
                    question.id
                );
            }
        }
        if named.is_empty() {
            assert_eq!(after.answers, before.answers, "{name}: answers changed");
        } else {
            assert_eq!(after.meta, before.meta, "{name}: meta changed");
        }
        assert!(doc.dirty(), "{name}: marked unsaved");
        assert_eq!(
            doc.score(),
            &crate::scoring::score(doc.questionnaire(), doc.assessment()),
            "{name}: the score follows the edit"
        );
        assert_eq!(
            doc.findings(),
            doc.assessment()
                .findings_judged(doc.questionnaire(), time::OffsetDateTime::now_utc())
                .as_slice(),
            "{name}: the findings follow the edit"
        );
    }
}

#[test]
fn apply_changes_exactly_the_answer_the_edit_names() {
    let cases: Vec<(&str, Vec<Edit>, Check)> = vec![
        ("level", vec![Edit::Level(q("BR2.3"), Level::new(4))], |a| {
            a.answer(&q("BR2.3")).and_then(|x| x.scored_level()) == Level::new(4)
        }),
        (
            "level clears not applicable",
            vec![
                Edit::NotApplicable(q("BR2.4"), true),
                Edit::Level(q("BR2.4"), Level::new(1)),
            ],
            |a| {
                a.answer(&q("BR2.4"))
                    .is_some_and(|x| !x.not_applicable && x.scored_level() == Level::new(1))
            },
        ),
        (
            "not applicable with justification",
            vec![
                Edit::NotApplicable(q("BR7.2"), true),
                Edit::Text(q("BR7.2"), TextField::Justification, "No seaports.".into()),
            ],
            |a| {
                a.answer(&q("BR7.2")).is_some_and(|x| {
                    x.not_applicable && x.level.is_none() && x.justification == "No seaports."
                })
            },
        ),
        (
            "evidence",
            vec![Edit::Text(
                q("BR2.1"),
                TextField::Evidence,
                "Կարգ N 5".into(),
            )],
            |a| {
                a.answer(&q("BR2.1"))
                    .is_some_and(|x| x.evidence == "Կարգ N 5")
            },
        ),
        (
            "notes",
            vec![Edit::Text(q("BR2.1"), TextField::Notes, "ask grid".into())],
            |a| a.answer(&q("BR2.1")).is_some_and(|x| x.notes == "ask grid"),
        ),
        ("follow-up", vec![Edit::FollowUp(q("BR2.2"), true)], |a| {
            a.answer(&q("BR2.2")).is_some_and(|x| x.follow_up)
        }),
    ];
    // Every answer the edits do not name is byte for byte what it was, as the
    // file writes it: an unreadable answer and one to a question from a later
    // questionnaire too, which `check_edits` (going by the questions) cannot see.
    let mut example: serde_json::Value =
        serde_json::to_value(document().assessment()).expect("JSON");
    example["answers"]["BR2.6"] = serde_json::json!({"level": 2, "notes": 42});
    example["answers"]["BR9.9"] = serde_json::json!({"level": 1, "evidence": "later"});
    let example = serde_json::to_vec(&example).expect("JSON");
    for (name, edits, _) in &cases {
        let assessment = Assessment::from_bytes(&example).expect("readable");
        assert!(
            assessment.answer(&q("BR2.6")).is_none(),
            "BR2.6 is unreadable"
        );
        let questionnaire = Arc::new(Questionnaire::built_in());
        let mut doc = Document::new(questionnaire, assessment, None, "test".to_owned());
        let bytes = |a: &Lenient<crate::assessment::Answer>| serde_json::to_vec(a).expect("JSON");
        let before = doc.assessment().answers.clone();
        let named: Vec<QuestionId> = edits.iter().filter_map(question_named).collect();
        for edit in edits {
            doc.apply(edit.clone()).expect("editable");
        }
        let after = &doc.assessment().answers;
        for (id, answer) in before.iter().filter(|(id, _)| !named.contains(id)) {
            let kept = after.get(id).map(bytes);
            assert_eq!(kept, Some(bytes(answer)), "{name}: {id} changed too");
        }
        for id in after.keys().filter(|id| !before.contains_key(*id)) {
            assert!(named.contains(id), "{name}: {id} added");
        }
    }
    check_edits(cases);
}

#[test]
fn apply_changes_exactly_the_detail_the_edit_names() {
    check_edits(vec![
        (
            "target override",
            vec![Edit::Target(q("BR2.1"), Level::new(4))],
            |a| a.targets.get(&q("BR2.1")).and_then(Lenient::valid).copied() == Level::new(4),
        ),
        (
            "target back to default",
            vec![
                Edit::Target(q("BR2.1"), Level::new(4)),
                Edit::Target(q("BR2.1"), None),
            ],
            |a| !a.targets.contains_key(&q("BR2.1")),
        ),
        (
            "meta title",
            vec![Edit::Meta(MetaField::Title, "Ռազմավարություն".into())],
            |a| a.meta.title == "Ռազմավարություն",
        ),
        (
            "meta language",
            vec![Edit::Meta(MetaField::Language, "hy".into())],
            |a| a.meta.language == "hy",
        ),
        (
            "scope: all areas in means no scope list",
            vec![
                Edit::Scope(AreaId::from("BR1"), true),
                Edit::Scope(AreaId::from("BR3"), true),
                Edit::Scope(AreaId::from("BR4"), true),
                Edit::Scope(AreaId::from("BR5"), true),
                Edit::Scope(AreaId::from("BR6"), true),
            ],
            |a| a.meta.scope.is_none(),
        ),
        (
            "scope: questionnaire order",
            vec![Edit::Scope(AreaId::from("BR1"), true)],
            |a| {
                a.meta.scope
                    == Some(vec![
                        AreaId::from("BR1"),
                        AreaId::from("BR2"),
                        AreaId::from("BR7"),
                    ])
            },
        ),
    ]);
}

#[test]
fn review_steps_write_comments_and_events() {
    check_edits(vec![
        (
            "submitted through the workflow, with an event",
            vec![review(ReviewEdit::Act {
                action: crate::review::Action::Submitted,
                note: String::new(),
            })],
            |a| {
                a.status() == Some(Status::Submitted)
                    && a.review.as_ref().is_some_and(|r| {
                        r.events.len() == 1 && r.events[0].who.name == "A. Reviewer"
                    })
            },
        ),
        (
            "a comment, a reply, resolved",
            vec![
                review(ReviewEdit::Comment {
                    question: Some(q("BR2.1")),
                    text: "Which plan?".into(),
                }),
                review(ReviewEdit::Reply {
                    id: "c1".into(),
                    text: "The 2025 plan.".into(),
                }),
                review(ReviewEdit::Resolve { id: "c1".into() }),
            ],
            |a| {
                a.review.as_ref().is_some_and(|r| {
                    r.comments.len() == 1
                        && !r.comments[0].is_open()
                        && r.comments[0].replies[0].text == "The 2025 plan."
                })
            },
        ),
    ]);
}

fn review(edit: ReviewEdit) -> Edit {
    Edit::Review {
        edit,
        who: Identity {
            name: "A. Reviewer".into(),
            role: "reviewer".into(),
            organisation: "Ministry".into(),
            position: String::new(),
            ..Identity::default()
        }
        .actor()
        .into(),
        time: "2026-11-28T10:00:00Z".into(),
    }
}

fn answer_edits() -> [Edit; 4] {
    [
        Edit::Level(q("BR2.1"), Level::new(0)),
        Edit::Text(q("BR2.1"), TextField::Evidence, "x".into()),
        Edit::Meta(MetaField::Title, "x".into()),
        Edit::Target(q("BR2.1"), None),
    ]
}

#[test]
fn a_document_open_for_review_takes_review_steps_and_nothing_else() {
    let mut doc = document();
    doc.set_read_only(true);
    let before = doc.assessment().clone();
    for edit in answer_edits() {
        assert!(matches!(doc.apply(edit), Err(Refused::ReadOnly)));
    }
    assert_eq!(doc.assessment(), &before);
    assert!(!doc.dirty());
    doc.apply(review(ReviewEdit::Comment {
        question: Some(q("BR2.1")),
        text: "Which plan?".into(),
    }))
    .expect("a comment is a review step");
    assert_eq!(
        doc.assessment().answers,
        before.answers,
        "answers untouched"
    );
    assert_eq!(doc.open_comments(&q("BR2.1")), 1);
    assert!(doc.dirty());
}

#[test]
fn an_approved_document_locks_its_answers_until_reopened() {
    use crate::review::Action;
    let mut doc = document();
    for action in [Action::Submitted, Action::Reviewed, Action::Approved] {
        doc.apply(review(ReviewEdit::Act {
            action,
            note: "ok".into(),
        }))
        .expect("allowed");
    }
    assert!(doc.answers_locked());
    for edit in answer_edits() {
        assert!(matches!(doc.apply(edit), Err(Refused::Approved)));
    }
    let refused = doc.apply(review(ReviewEdit::Act {
        action: Action::Reopened,
        note: String::new(),
    }));
    assert!(
        matches!(refused, Err(Refused::Review(_))),
        "a reason is needed"
    );
    doc.apply(review(ReviewEdit::Act {
        action: Action::Reopened,
        note: "BR2.1 evidence is out of date".into(),
    }))
    .expect("reopened");
    doc.apply(Edit::Level(q("BR2.1"), Level::new(1)))
        .expect("editable again");
}

#[test]
fn plan_edits_create_the_entry_from_the_step_and_pass_an_approval() {
    use crate::app::edit::{PlanEdit, PlanText};
    use crate::assessment::{PlanDate, PlanStatus};
    use crate::review::Action;
    let mut doc = document();
    for action in [Action::Submitted, Action::Reviewed, Action::Approved] {
        doc.apply(review(ReviewEdit::Act {
            action,
            note: "ok".into(),
        }))
        .expect("allowed");
    }
    let id = q("BR7.1");
    assert!(doc.assessment().plan_entry(&id).is_none());
    let plan = |edit| Edit::Plan(id.clone(), edit);
    for edit in [
        PlanEdit::Text(PlanText::Body, "Ministry of Transport".into()),
        PlanEdit::Date(PlanDate::Due, "30.06.2027".into()),
        PlanEdit::Status {
            status: PlanStatus::Deferred,
            on: "2026-11-28".into(),
        },
        PlanEdit::AddMilestone,
        PlanEdit::AddMilestone,
        PlanEdit::MilestoneText(1, "Second".into()),
        PlanEdit::MilestoneDone(1, true),
        PlanEdit::RemoveMilestone(0),
        PlanEdit::RemoveMilestone(5),
    ] {
        doc.apply(plan(edit))
            .expect("a plan is followed after approval");
    }
    let entry = doc.assessment().plan_entry(&id).expect("created");
    // Created with the step from the level the answer is at.
    let step = doc.questionnaire().question(&id).map(|question| {
        question
            .next_step(doc.assessment().response_to(question).level())
            .get(doc.assessment().language())
    });
    assert_eq!(Some(entry.action.as_str()), step);
    assert_eq!(entry.body, "Ministry of Transport");
    assert_eq!(entry.due, "30.06.2027", "kept as typed");
    assert_eq!(entry.status(), PlanStatus::Deferred);
    assert_eq!(entry.status_date, "2026-11-28");
    assert_eq!(entry.milestones.len(), 1);
    assert!(entry.milestones[0].done && entry.milestones[0].text == "Second");
    assert!(doc.dirty());
    assert!(
        doc.findings()
            .iter()
            .any(|f| f.to_string().starts_with("plan.BR7.1.due: 30.06.2027")),
        "an unreadable date is a finding"
    );
    // Open for review, the plan does not change either.
    doc.set_read_only(true);
    let refused = doc.apply(plan(PlanEdit::Text(PlanText::Person, "X".into())));
    assert!(matches!(refused, Err(Refused::ReadOnly)));
}

#[test]
fn an_unreadable_plan_entry_is_kept_inside_the_new_one() {
    use crate::app::edit::{PlanEdit, PlanText};
    let mut doc = document();
    let id = q("BR2.1");
    let mut assessment = doc.assessment().clone();
    assessment
        .plan
        .insert(id.clone(), Lenient::Invalid(serde_json::json!("call Aram")));
    doc = Document::new(
        Arc::clone(doc.questionnaire()),
        assessment,
        None,
        "test".into(),
    );
    doc.apply(Edit::Plan(
        id.clone(),
        PlanEdit::Text(PlanText::Person, "Aram Petrosyan".into()),
    ))
    .expect("applied");
    let entry = doc.assessment().plan_entry(&id).expect("usable now");
    assert_eq!(entry.person, "Aram Petrosyan");
    assert_eq!(entry.extra["unreadable_entry"], "call Aram");
}

#[test]
fn clearing_everything_in_an_answer_removes_it_from_the_file() {
    let mut doc = document();
    let id = q("BR2.1");
    for edit in [
        Edit::Level(id.clone(), None),
        Edit::Text(id.clone(), TextField::Evidence, String::new()),
        Edit::Text(id.clone(), TextField::Notes, String::new()),
        Edit::FollowUp(id.clone(), false),
    ] {
        doc.apply(edit).expect("editable");
    }
    assert_eq!(doc.assessment().answer(&id), None);
}

#[test]
fn leaving_a_dirty_document_waits_for_an_answer() {
    let (mut app, ctx, _dir) = app_with_example();
    let shown = app.shown_question().expect("a question");
    app.run(&ctx, Command::Edit(Edit::Level(shown, Level::new(0))));
    app.run(&ctx, Command::OpenExample(0));
    assert_eq!(app.dialogs.pending, Some(Command::OpenExample(0)));
    assert!(
        app.doc
            .as_ref()
            .is_some_and(|d| d.name().starts_with("energy-transport"))
    );
    app.run(&ctx, Command::UnsavedCancel);
    assert_eq!(app.dialogs.pending, None);
    app.run(&ctx, Command::OpenExample(0));
    app.run(&ctx, Command::UnsavedDiscard);
    assert!(
        app.doc
            .as_ref()
            .is_some_and(|d| d.name().starts_with("national"))
    );
}

#[test]
fn an_edit_lands_on_its_question_even_after_the_view_moved() {
    let (mut app, ctx, _dir) = app_with_example();
    let typed_for = app.shown_question().expect("a question");
    app.run(&ctx, Command::Go(Step::Next));
    assert_ne!(app.shown_question().as_ref(), Some(&typed_for));
    app.run(
        &ctx,
        Command::Edit(Edit::Text(
            typed_for.clone(),
            TextField::Notes,
            "typed late".to_owned(),
        )),
    );
    app.run(
        &ctx,
        Command::Edit(Edit::Level(typed_for.clone(), Level::new(1))),
    );
    let doc = app.doc.as_ref().expect("doc");
    let answer = doc.assessment().answer(&typed_for).expect("answer");
    assert_eq!(answer.notes, "typed late");
    assert_eq!(answer.scored_level(), Level::new(1));
}

#[test]
fn saved_names_get_the_extension() {
    assert_eq!(
        files::with_extension(PathBuf::from("/x/plan")),
        PathBuf::from("/x/plan.rbr.json")
    );
    assert_eq!(
        files::with_extension(PathBuf::from("/x/plan.rbr.json")),
        PathBuf::from("/x/plan.rbr.json")
    );
}

#[test]
fn not_applicable_is_refused_where_the_question_does_not_accept_it() {
    let mut doc = document();
    let before = doc.assessment().clone();
    // BR2.3 (back-up power at hospitals and 112 centres) never accepts N/A.
    let refused = doc
        .apply(Edit::NotApplicable(q("BR2.3"), true))
        .expect_err("refused");
    assert!(matches!(refused, Refused::NotApplicable { .. }));
    let message = refused.message(crate::i18n::Language::En);
    assert!(
        message.starts_with("BR2.3 cannot be marked not applicable: Hospitals"),
        "{message}"
    );
    assert_eq!(doc.assessment(), &before, "nothing changed");
    assert!(!doc.dirty());
    // Taking an N/A off is always allowed, so a file can be put right.
    doc.apply(Edit::NotApplicable(q("BR2.3"), false))
        .expect("allowed");
}
