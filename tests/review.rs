//! Review and sign-off as a user meets it: the workflow's rules, the chain that
//! catches edits, old files untouched, and `rbr history` / `rbr verify`.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use rbr::assessment::{Assessment, Lenient, Meta, Status};
use rbr::questionnaire::{Level, QuestionId, Questionnaire};
use rbr::review::{
    self, Action, Actor, Break, Chain, Part, ReviewError, act, add_comment, allowed, resolve,
};

const NOW: &str = "2026-11-27T16:30:00Z";

fn actor(name: &str, role: &str) -> Actor {
    Actor {
        name: name.to_owned(),
        role: role.to_owned(),
        organisation: "Ministry of Energy".to_owned(),
        ..Actor::default()
    }
}

fn assessment(status: Status) -> Assessment {
    let mut a = Assessment::new(&Questionnaire::built_in(), Meta::default());
    a.meta.status = Lenient::Valid(status);
    a.answer_mut(&QuestionId::from("BR2.1")).level = Some(Lenient::Valid(level(2)));
    a
}

fn level(n: u8) -> Level {
    Level::new(n).expect("on the scale")
}

/// Submitted, returned with a comment, resolved, submitted again, reviewed, approved.
fn approved() -> Assessment {
    let mut a = assessment(Status::Draft);
    let steps = [
        (Action::Submitted, "First draft"),
        (Action::Returned, "See the comment on BR2.1"),
        (Action::Submitted, "Evidence added"),
        (Action::Reviewed, ""),
        (Action::Approved, "Approved for the ministry"),
    ];
    for (action, note) in steps {
        if action == Action::Returned {
            add_comment(
                &mut a,
                Some("BR2.1".into()),
                "R. Reviewer",
                "Evidence?",
                NOW,
            );
        }
        if action == Action::Submitted && a.review.is_some() {
            review::reply(&mut a, "c1", "A. Person", "Decree 12-N, article 3.", NOW)
                .expect("comment c1");
            resolve(&mut a, "c1", "R. Reviewer", NOW).expect("comment c1");
        }
        act(&mut a, action, actor("A. Person", "author"), note, NOW).expect("allowed");
    }
    a
}

#[test]
fn every_transition_is_allowed_or_refused_by_the_rules() {
    let table = [
        (Status::Draft, Action::Submitted, Some(Status::Submitted)),
        (Status::Submitted, Action::Returned, Some(Status::Draft)),
        (Status::Submitted, Action::Reviewed, Some(Status::Reviewed)),
        (Status::Reviewed, Action::Approved, Some(Status::Approved)),
        (Status::Approved, Action::Reopened, Some(Status::Draft)),
    ];
    for status in Status::ALL {
        for action in Action::ALL {
            let expected = table
                .iter()
                .find(|(s, a, _)| *s == status && *a == action)
                .and_then(|(_, _, after)| *after);
            assert_eq!(allowed(status).contains(&action), expected.is_some());
            let mut a = assessment(status);
            if action == Action::Returned {
                add_comment(&mut a, None, "R. Reviewer", "Why level 2?", NOW);
            }
            let result = act(&mut a, action, actor("A", "r"), "a reason", NOW).map(|e| e.seq);
            match expected {
                Some(after) => {
                    assert_eq!(result.ok(), Some(1), "{status} {action}");
                    assert_eq!(a.status(), Some(after), "{status} {action}");
                }
                None => {
                    let refused = result.expect_err("refused");
                    assert!(matches!(refused, ReviewError::NotAllowed { .. }));
                    assert_eq!(a.status(), Some(status), "unchanged");
                    assert!(a.review.is_none_or(|r| r.events.is_empty()));
                }
            }
        }
    }
}

#[test]
fn returning_and_reopening_need_a_note_and_returning_an_open_comment() {
    let mut a = assessment(Status::Submitted);
    let e = act(&mut a, Action::Returned, actor("R", "reviewer"), "why", NOW);
    assert!(matches!(e, Err(ReviewError::NoOpenComment)));
    add_comment(&mut a, None, "R", "Evidence?", NOW);
    let e = act(&mut a, Action::Returned, actor("R", "reviewer"), "  ", NOW);
    assert!(matches!(e, Err(ReviewError::NoteRequired { .. })));
    let mut a = assessment(Status::Approved);
    let e = act(&mut a, Action::Reopened, actor("R", "approver"), "", NOW);
    let message = e.expect_err("refused").to_string();
    assert!(message.contains("note"), "{message}");
}

#[test]
fn approval_is_refused_while_a_comment_is_open() {
    let mut a = assessment(Status::Reviewed);
    let id = add_comment(&mut a, Some("BR2.1".into()), "R", "Source?", NOW)
        .id
        .clone();
    let refused = act(&mut a, Action::Approved, actor("M", "approver"), "", NOW)
        .expect_err("refused")
        .to_string();
    assert!(refused.contains("1 comment is still open"), "{refused}");
    assert_eq!(a.status(), Some(Status::Reviewed));
    resolve(&mut a, &id, "R. Reviewer", NOW).expect("resolved");
    act(&mut a, Action::Approved, actor("M", "approver"), "", NOW).expect("approved");
    assert_eq!(a.status(), Some(Status::Approved));
}

#[test]
fn an_untouched_trail_holds_and_names_the_approval() {
    let a = approved();
    let v = review::verify(&a);
    assert_eq!(v.chain, Chain::Holds { events: 5 });
    assert!(v.holds());
    let approval = v.approvals.first().expect("one approval");
    assert_eq!((approval.seq, approval.current), (5, true));
    assert_eq!(approval.who.name, "A. Person");
    // And it survives a save and a load.
    let bytes = a.to_json(&Questionnaire::built_in()).expect("saves");
    let loaded = Assessment::from_bytes(&bytes).expect("loads");
    assert!(review::verify(&loaded).holds());
}

fn events(a: &mut Assessment) -> &mut Vec<rbr::review::Event> {
    &mut a.review.as_mut().expect("review").events
}

#[test]
fn the_chain_detects_edited_removed_and_reordered_events() {
    let mut edited = approved();
    events(&mut edited)[1].note = "Nothing to see".to_owned();
    let mut removed = approved();
    events(&mut removed).remove(1);
    let mut reordered = approved();
    events(&mut reordered).swap(1, 2);
    let mut last_removed = approved();
    events(&mut last_removed).pop();
    let cases = [
        ("edited", edited, Break::PreviousHash { seq: 3 }),
        (
            "removed",
            removed,
            Break::Sequence {
                expected: 2,
                found: 3,
            },
        ),
        (
            "reordered",
            reordered,
            Break::Sequence {
                expected: 2,
                found: 3,
            },
        ),
        (
            "last removed",
            last_removed,
            Break::CurrentStatus { seq: 4 },
        ),
    ];
    for (name, a, expected) in cases {
        let v = review::verify(&a);
        assert_eq!(v.chain, Chain::Broken(expected), "{name}");
        assert!(!v.holds(), "{name}");
    }
}

/// A change made to an event by hand.
type EventEdit = fn(&mut rbr::review::Event);

#[test]
fn the_seal_catches_edits_to_the_last_event_and_to_what_was_said() {
    let last = |a: &mut Assessment| events(a).last_mut().expect("an event").clone();
    let comment = |a: &mut Assessment| a.review.as_mut().expect("review").comments[0].clone();
    let mut cases: Vec<(&str, Assessment, Break)> = Vec::new();
    let edits: [(&str, EventEdit); 4] = [
        ("the approver's name", |e| {
            e.who.name = "Someone Else".to_owned()
        }),
        ("the approval's note", |e| {
            e.note = "Approved, with reservations".to_owned()
        }),
        ("the approval's time", |e| {
            e.time = "2026-11-28T09:00:00Z".to_owned()
        }),
        ("the approver's key", |e| {
            e.who.key = "SHA256:forged".to_owned()
        }),
    ];
    for (name, edit) in edits {
        let mut a = approved();
        let mut event = last(&mut a);
        edit(&mut event);
        *events(&mut a).last_mut().expect("an event") = event;
        cases.push((name, a, Break::LastEvent { seq: 5 }));
    }
    let mut unsealed = approved();
    unsealed.review.as_mut().expect("review").last_sha256 = None;
    cases.push(("the seal taken out", unsealed, Break::LastEvent { seq: 5 }));
    let mut rewritten = approved();
    let mut c1 = comment(&mut rewritten);
    c1.text = "Fine as it is.".to_owned();
    rewritten.review.as_mut().expect("review").comments[0] = c1;
    let c1_broken = Break::Comment {
        seq: 2,
        item: "c1".to_owned(),
        removed: false,
    };
    cases.push(("a comment rewritten", rewritten, c1_broken));
    let mut reply = approved();
    reply.review.as_mut().expect("review").comments[0].replies[0].author = "R. Reviewer".to_owned();
    let reply_broken = Break::Comment {
        seq: 3,
        item: "c1.r1".to_owned(),
        removed: false,
    };
    cases.push(("a reply's author changed", reply, reply_broken));
    let mut gone = approved();
    gone.review.as_mut().expect("review").comments.clear();
    let gone_broken = Break::Comment {
        seq: 2,
        item: "c1".to_owned(),
        removed: true,
    };
    cases.push(("a comment removed", gone, gone_broken));
    for (name, a, expected) in cases {
        let v = review::verify(&a);
        assert_eq!(v.chain, Chain::Broken(expected), "{name}");
        assert!(!v.holds() && !v.unsealed, "{name}");
    }
    // What comes after the last event is appended, not edited: it holds.
    let mut later = approved();
    review::reply(&mut later, "c1", "R. Reviewer", "Thank you.", NOW).expect("c1");
    add_comment(
        &mut later,
        None,
        "R. Reviewer",
        "For next year's round.",
        NOW,
    );
    resolve(&mut later, "c2", "R. Reviewer", NOW).expect("c2");
    assert!(review::verify(&later).holds());
}

#[test]
fn a_trail_made_before_the_seal_holds_and_says_what_it_cannot_check() {
    let bytes = fs::read("tests/fixtures/national-2026-under-1.2.0.json").expect("fixture");
    let mut a = Assessment::from_bytes(&bytes).expect("loads");
    let v = review::verify(&a);
    assert!(v.holds() && v.unsealed);
    // The edit it cannot see, said plainly.
    events(&mut a).last_mut().expect("an event").who.name = "Someone Else".to_owned();
    assert!(
        review::verify(&a).holds(),
        "an unsealed trail cannot see it"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let file = save(dir.path(), "old.rbr.json", &a);
    let out = stdout(rbr().arg("verify").arg(&file), 0);
    assert!(
        out.contains("This trail was made before rbr sealed the last event and the comments"),
        "{out}"
    );
}

#[test]
fn rbr_verify_names_an_edited_last_event_and_a_rewritten_comment() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = approved();
    events(&mut a).last_mut().expect("an event").who.name = "Someone Else".to_owned();
    let file = save(dir.path(), "forged.rbr.json", &a);
    let out = stdout(rbr().arg("verify").arg(&file), 1);
    assert!(
        out.contains("The chain is broken at event 5, the last: it is not the event the review section sealed"),
        "{out}"
    );
    let hy = stdout(rbr().args(["--lang", "hy", "verify"]).arg(&file), 1);
    assert!(
        hy.contains("Շղթան խզված է վերջին՝ 5 իրադարձության վրա"),
        "{hy}"
    );
    let mut a = approved();
    a.review.as_mut().expect("review").comments[0].text = "Fine as it is.".to_owned();
    let file = save(dir.path(), "rewritten.rbr.json", &a);
    let out = stdout(rbr().arg("verify").arg(&file), 1);
    assert!(
        out.contains(
            "comment or reply c1, which existed when event 2 was written, has been rewritten since"
        ),
        "{out}"
    );
}

#[test]
fn a_changed_answer_is_named_and_the_approval_no_longer_covers_the_file() {
    let mut a = approved();
    a.answer_mut(&QuestionId::from("BR2.1")).level = Some(Lenient::Valid(level(4)));
    a.meta.modified = "2027-01-01T00:00:00Z".to_owned();
    let v = review::verify(&a);
    assert_eq!(v.chain, Chain::Holds { events: 5 }, "the events are intact");
    let content = v.content.as_ref().expect("checked");
    assert!(!content.matches);
    assert_eq!(content.changed, [Part::Question(QuestionId::from("BR2.1"))]);
    assert!(!v.holds());
    assert!(v.approvals.iter().all(|approval| !approval.current));
}

/// The example that carries a review trail, made with the library (so it is not from before).
const WITH_TRAIL: &str = "national-2026.rbr.json";

fn files_from_before() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = ["assessments/examples", "tests/fixtures"]
        .iter()
        .flat_map(|dir| fs::read_dir(dir).expect("folder"))
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().ends_with(".rbr.json"))
        .filter(|p| p.file_name().is_some_and(|name| name != WITH_TRAIL))
        .collect();
    files.sort();
    assert!(files.len() >= 3, "{files:?}");
    files
}

#[test]
fn a_file_from_before_review_loads_and_saves_unchanged() {
    for path in files_from_before() {
        let bytes = fs::read(&path).expect("readable");
        let a = Assessment::from_bytes(&bytes).expect("loads");
        assert!(a.review.is_none(), "{}", path.display());
        let saved = a.to_json(&Questionnaire::built_in()).expect("saves");
        assert_eq!(
            String::from_utf8_lossy(&saved),
            String::from_utf8_lossy(&bytes),
            "{}",
            path.display()
        );
    }
}

#[test]
fn the_national_example_carries_a_whole_trail_and_saves_unchanged() {
    let path = Path::new("assessments/examples").join(WITH_TRAIL);
    let bytes = fs::read(&path).expect("readable");
    let a = Assessment::from_bytes(&bytes).expect("loads");
    let actions: Vec<_> = a
        .review
        .as_ref()
        .expect("a trail")
        .events
        .iter()
        .filter_map(|e| e.action.valid().copied())
        .collect();
    use rbr::review::Action::{Approved, Returned, Reviewed, Submitted};
    assert_eq!(
        actions,
        [Submitted, Returned, Submitted, Reviewed, Approved]
    );
    assert!(rbr::review::verify(&a).holds());
    let saved = a.to_json(&Questionnaire::built_in()).expect("saves");
    assert_eq!(
        String::from_utf8_lossy(&saved),
        String::from_utf8_lossy(&bytes)
    );
}

fn rbr() -> Command {
    let mut cmd = Command::cargo_bin("rbr").expect("binary built");
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    cmd
}

fn save(dir: &Path, name: &str, a: &Assessment) -> PathBuf {
    let path = dir.join(name);
    let bytes = a.to_json(&Questionnaire::built_in()).expect("saves");
    fs::write(&path, bytes).expect("written");
    path
}

fn stdout(cmd: &mut Command, code: i32) -> String {
    let out = cmd.assert().code(code);
    String::from_utf8_lossy(&out.get_output().stdout).into_owned()
}

#[test]
fn rbr_history_prints_the_events_and_the_comment_counts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = save(dir.path(), "approved.rbr.json", &approved());
    let out = stdout(rbr().arg("history").arg(&file), 0);
    assert!(
        out.contains("1. 2026-11-27 16:30 (UTC)  A. Person (author, Ministry of Energy): submitted, draft → submitted"),
        "{out}"
    );
    assert!(out.contains("note: See the comment on BR2.1"), "{out}");
    assert!(
        out.contains("5. ") && out.contains("approved, reviewed → approved"),
        "{out}"
    );
    assert!(out.contains("Comments: 0 open, 1 resolved"), "{out}");
    let hy = stdout(rbr().args(["--lang", "hy", "history"]).arg(&file), 0);
    assert!(hy.contains("Մեկնաբանություններ՝ 0 բաց, 1 լուծված"), "{hy}");
}

#[test]
fn rbr_verify_says_what_holds_and_what_changed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plain = save(dir.path(), "plain.rbr.json", &assessment(Status::Draft));
    let out = stdout(rbr().arg("verify").arg(&plain), 0);
    assert!(out.contains("No review trail"), "{out}");
    let a = approved();
    let file = save(dir.path(), "approved.rbr.json", &a);
    let out = stdout(rbr().arg("verify").arg(&file), 0);
    assert!(out.contains("The chain holds: 5 events"), "{out}");
    assert!(
        out.contains("approved by A. Person (author, Ministry of Energy)"),
        "{out}"
    );
    let mut changed = a;
    changed.answer_mut(&QuestionId::from("BR2.1")).level = Some(Lenient::Valid(level(4)));
    let file = save(dir.path(), "changed.rbr.json", &changed);
    let out = stdout(rbr().arg("verify").arg(&file), 1);
    assert!(
        out.contains("The content changed since event 5: BR2.1."),
        "{out}"
    );
    assert!(out.contains("does not hold"), "{out}");
    rbr()
        .arg("verify")
        .arg(dir.path().join("missing.rbr.json"))
        .assert()
        .code(2);
    rbr().arg("verify").assert().code(2);
    rbr().arg("history").assert().code(2);
}

#[test]
fn rbr_verify_report_accepts_this_files_report_and_detects_another() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = save(dir.path(), "approved.rbr.json", &approved());
    let other = save(dir.path(), "other.rbr.json", &assessment(Status::Draft));
    for (source, pdf) in [(&file, "approved.pdf"), (&other, "other.pdf")] {
        rbr()
            .arg("report")
            .arg(source)
            .arg("-o")
            .arg(dir.path().join(pdf))
            .args(["--date", "2026-11-27"])
            .assert()
            .success();
    }
    let out = stdout(
        rbr()
            .arg("verify")
            .arg(&file)
            .arg("--report")
            .arg(dir.path().join("approved.pdf")),
        0,
    );
    assert!(out.contains("was made from exactly this file"), "{out}");
    let out = stdout(
        rbr()
            .arg("verify")
            .arg(&file)
            .arg("--report")
            .arg(dir.path().join("other.pdf")),
        1,
    );
    assert!(out.contains("was not made from this file"), "{out}");
    let out = stdout(
        rbr().arg("verify").arg(&file).arg("--report").arg(&other),
        1,
    );
    assert!(out.contains("cannot be read as a PDF"), "{out}");
    rbr()
        .arg("verify")
        .arg(&file)
        .arg("--report")
        .arg(dir.path().join("missing.pdf"))
        .assert()
        .code(2);
}
