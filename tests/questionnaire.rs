//! Questionnaire 1.1.0: every string in Armenian, the areas' interdependencies, and
//! files answered under 1.0.0 that keep working and can move to 1.1.0.

mod common;

use assert_cmd::Command;
use common::{glossary, mentions, report};
use rbr::assessment::Assessment;
use rbr::questionnaire::Questionnaire;
use rbr::text::Text;

const OLD_FILE: &str = "tests/fixtures/national-2026-answered-under-1.0.0.rbr.json";

fn rbr() -> Command {
    let mut cmd = Command::cargo_bin("rbr").expect("binary built");
    cmd.env("LANG", "C").arg("--lang").arg("en");
    cmd
}

fn old_assessment() -> Assessment {
    Assessment::from_bytes(&std::fs::read(OLD_FILE).expect("fixture")).expect("readable")
}

/// Every human-readable text of the questionnaire, with where it is.
fn texts(q: &Questionnaire) -> Vec<(String, &Text)> {
    let mut out = vec![("title".to_owned(), &q.title)];
    for level in &q.levels {
        out.push((format!("level {}", level.level), &level.name));
        out.push((
            format!("level {} description", level.level),
            &level.description,
        ));
    }
    for area in &q.areas {
        out.push((format!("{} title", area.id), &area.title));
        out.push((format!("{} description", area.id), &area.description));
        for d in &area.depends_on {
            out.push((format!("{} depends on {}", area.id, d.area), &d.reason));
        }
        for question in &area.questions {
            let id = &question.id;
            out.push((format!("{id} text"), &question.text));
            out.push((format!("{id} guidance"), &question.guidance));
            out.push((format!("{id} recommendation"), &question.recommendation));
            out.push((
                format!("{id} not applicable"),
                &question.not_applicable.note,
            ));
            if let Some(rule) = &question.rule {
                out.push((format!("{id} rule"), &rule.reason));
            }
            for (level, rubric) in question.rubric.iter().enumerate() {
                out.push((format!("{id} rubric {level}"), rubric));
            }
            for (level, step) in question.steps.iter().flatten().enumerate() {
                out.push((format!("{id} step {level} to {}", level + 1), step));
            }
            if let Some(indicator) = &question.indicator {
                out.push((format!("{id} indicator"), &indicator.name));
                // A percentage's unit is the sign, the same in every language.
                if indicator.unit.get("en") != "%" {
                    out.push((format!("{id} indicator unit"), &indicator.unit));
                }
            }
        }
    }
    for figure in &q.planning_figures {
        let id = &figure.id;
        out.push((format!("planning figure {id}"), &figure.name));
        out.push((format!("planning figure {id} unit"), &figure.unit));
        out.push((
            format!("planning figure {id} description"),
            &figure.description,
        ));
    }
    out
}

#[test]
fn every_string_has_armenian_written_as_armenian() {
    let q = Questionnaire::built_in();
    assert_eq!(q.version, "1.3.0");
    assert!(
        q.translation_is_draft("hy"),
        "the Armenian is marked a draft"
    );
    let mut problems = Vec::new();
    for (place, text) in texts(&q) {
        let en = text.get("en");
        let Some(hy) = text.0.get("hy") else {
            problems.push(format!("{place}: no Armenian"));
            continue;
        };
        if !hy.chars().any(|c| ('\u{0531}'..='\u{0587}').contains(&c)) {
            problems.push(format!("{place}: not in Armenian script"));
        }
        if hy == en {
            problems.push(format!("{place}: the English copied"));
        }
        if hy.contains('?') {
            problems.push(format!(
                "{place}: ASCII '?' (՞ goes on the questioned word)"
            ));
        }
        let en_end = en.trim_end();
        if (en_end.ends_with('.') || en_end.ends_with('?')) && !hy.trim_end().ends_with('։') {
            problems.push(format!("{place}: a sentence ends with ։"));
        }
        if en_end.ends_with('?') && !hy.contains('՞') {
            problems.push(format!("{place}: a question has ՞"));
        }
        for quote in ['"', '“', '”'] {
            if hy.contains(quote) {
                problems.push(format!("{place}: quotes are «»"));
            }
        }
    }
    report(&problems);
}

#[test]
fn the_glossary_terms_are_used_wherever_the_english_uses_them() {
    let terms = glossary();
    let q = Questionnaire::built_in();
    let mut problems = Vec::new();
    // The workflow's statuses are ordinary verbs in the questionnaire ("a plan
    // approved by the government", "reviewed every year"): there they are written
    // with an active verb or as "revised", not with the status's word.
    let statuses = ["draft", "submitted", "reviewed", "approved"];
    for (place, text) in texts(&q) {
        let armenian = text.get("hy").to_lowercase();
        for term in terms.iter().filter(|t| !statuses.contains(&t.en.as_str())) {
            if mentions(text.get("en"), &term.en)
                && !term.stems.iter().any(|s| armenian.contains(s))
            {
                problems.push(format!(
                    "{place}: says {:?} but lacks {:?}",
                    term.en, term.hy
                ));
            }
        }
    }
    report(&problems);
}

#[test]
fn every_area_declares_what_it_depends_on_and_the_map_is_printed() {
    let q = Questionnaire::built_in();
    for area in &q.areas {
        assert!(
            !area.depends_on.is_empty(),
            "{} declares no dependency",
            area.id
        );
    }
    // Energy is the one every other area needs in some way.
    assert!(q.dependents(&"BR2".into()).len() >= 3);
    let out = rbr().arg("questionnaire").output().expect("runs");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success());
    assert!(
        text.contains("Interdependencies between the areas:"),
        "{text}"
    );
    assert!(
        text.contains("BR2 ") && text.contains("needed by ["),
        "{text}"
    );
}

#[test]
fn a_file_answered_under_1_0_0_validates_with_a_note_scores_and_reports() {
    let out = rbr().args(["validate", OLD_FILE]).output().expect("runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("note: answered under nato-rbr 1.0.0"),
        "{stdout}"
    );
    // Its one N/A (BR6.5) is on a question that no longer accepts N/A: kept,
    // reported, and the only finding.
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("BR6.5: marked not applicable, which this question does not allow"),
        "{stdout}"
    );
    assert_eq!(
        stdout
            .lines()
            .filter(|line| !line.contains("note:"))
            .count(),
        1,
        "{stdout}"
    );
    let out = rbr()
        .args(["score", "--json", OLD_FILE])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let score: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let completeness = score["overall"]["completeness"].as_f64().expect("figure");
    // Every 1.0.0 question was answered; the new ones are not yet.
    let q = Questionnaire::built_in();
    let old = old_assessment();
    let answered = q
        .questions()
        .filter(|question| old.response_to(question).is_done())
        .count();
    let expected = answered as f64 / q.questions().count() as f64;
    assert!(
        (completeness - expected).abs() < 1e-9,
        "{completeness} vs {expected}"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let pdf = dir.path().join("old.pdf");
    rbr()
        .args(["report", OLD_FILE, "-o"])
        .arg(&pdf)
        .assert()
        .success();
    assert!(std::fs::read(&pdf).expect("PDF").starts_with(b"%PDF"));
}

#[test]
fn moving_to_1_3_0_keeps_every_answer_and_flags_the_changed_ones() {
    let q = Questionnaire::built_in();
    let changes = q.changes_from("1.0.0").expect("a change list from 1.0.0");
    // 16 new in 1.1.0 and 8 in 1.2.0, less BR3.8 (new in 1.1.0, retired in 1.2.0).
    assert_eq!(changes.added.len(), 16 + 8 - 1);
    assert!(!changes.added.contains(&"BR3.8".into()));
    let mut file = old_assessment();
    let before = file.clone();
    let plan = file.upgrade(&q).expect("an upgrade");
    assert_eq!(file.questionnaire.version, "1.3.0");
    assert_eq!(plan.from, "1.0.0");
    // Nothing is dropped: every answer is still there, levels and evidence unchanged.
    for (id, answer) in &before.answers {
        let now = file.answers.get(id).expect("answer kept");
        let (Some(was), Some(is)) = (answer.valid(), now.valid()) else {
            continue;
        };
        assert_eq!(was.level, is.level, "{id}");
        assert_eq!(was.evidence, is.evidence, "{id}");
        assert_eq!(is.recheck, changes.changed.contains(id), "{id}");
    }
    assert_eq!(
        plan.recheck.len(),
        changes
            .changed
            .iter()
            .filter(|id| before.response(id).is_done())
            .count()
    );
    assert!(
        file.upgrade_plan(&q).is_none(),
        "moved once, nothing more to do"
    );
    // The only finding: the N/A on BR6.5, which 1.2.0 does not accept there.
    assert_eq!(
        file.findings(&q, time::macros::date!(2026 - 12 - 01)),
        [rbr::assessment::Finding::NotApplicableNotAllowed {
            question: "BR6.5".into()
        }]
    );
}

#[test]
fn a_weak_area_names_the_areas_that_depend_on_it() {
    let q = Questionnaire::built_in();
    let mut file = old_assessment();
    file.upgrade(&q);
    // Energy at level 0 throughout: not ready, and its dependents are named.
    for question in &q.areas[1].questions {
        let answer = file.answer_mut(&question.id);
        answer.level = Some(rbr::assessment::Lenient::Valid(
            rbr::questionnaire::Level::ALL[0],
        ));
        answer.not_applicable = false;
    }
    let score = rbr::scoring::score(&q, &file);
    let effects = score.knock_on(&q, |_| true);
    let energy = effects
        .iter()
        .find(|k| k.area.id.as_str() == "BR2")
        .expect("energy's knock-on");
    let named: Vec<&str> = energy.dependents.iter().map(|a| a.id.as_str()).collect();
    let declared: Vec<&str> = q
        .dependents(&"BR2".into())
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(named, declared);
    assert!(!named.contains(&"BR2"));
    // The executive summary says so, in a sentence.
    let bytes = file.to_json(&q).expect("serialises");
    let pdf = rbr::report::pdf_for(
        &q,
        &rbr::assessment::AssessmentFile::parse(bytes).expect("reads back"),
        None,
        None,
    )
    .expect("report");
    let doc = lopdf::Document::load_mem(&pdf).expect("PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    let text = doc
        .extract_text(&pages)
        .expect("text")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("Knock-on effects"), "no heading");
    assert!(
        text.contains("BR2 Resilient energy supplies is not ready;"),
        "no sentence for energy"
    );
}

/// A questionnaire of areas, each with one question and the areas it depends on.
fn chain_of(areas: &[(&str, &[&str])]) -> Questionnaire {
    let rubric: Vec<_> = (0..5)
        .map(|n| serde_json::json!({"en": n.to_string()}))
        .collect();
    let areas: Vec<_> = areas
        .iter()
        .map(|(id, needs)| {
            serde_json::json!({
                "id": id, "title": {"en": id}, "description": {"en": id},
                "depends_on": needs.iter().map(|n| serde_json::json!({
                    "area": n, "reason": {"en": "because"}
                })).collect::<Vec<_>>(),
                "questions": [{
                    "id": format!("{id}.1"), "text": {"en": "q"}, "guidance": {"en": "g"},
                    "weight": 1, "critical": false, "target": 3, "rubric": rubric,
                    "recommendation": {"en": "r"}, "poete": ["planning", "exercises"]
                }]
            })
        })
        .collect();
    let levels: Vec<_> = (0..5)
        .map(|n| serde_json::json!({"level": n, "name": {"en": "L"}, "description": {"en": "d"}}))
        .collect();
    let json = serde_json::json!({
        "id": "t", "version": "1.2.0", "title": {"en": "T"}, "levels": levels, "areas": areas
    });
    Questionnaire::from_json(&json.to_string()).expect("a valid questionnaire")
}

#[test]
fn knock_on_effects_follow_chains_and_stop_at_circles() {
    // Energy fails; communications need energy; government needs communications;
    // government is needed by energy too (a circle).
    let q = chain_of(&[("E", &["G"]), ("C", &["E"]), ("G", &["C"]), ("X", &[])]);
    let ids = |areas: Vec<&rbr::questionnaire::Area>| {
        areas.iter().map(|a| a.id.to_string()).collect::<Vec<_>>()
    };
    assert_eq!(ids(q.dependents(&"E".into())), ["C"]);
    assert_eq!(ids(q.reached_through(&"E".into())), ["G"]);
    assert_eq!(ids(q.reached_through(&"C".into())), ["E"]);
    assert!(q.reached_through(&"X".into()).is_empty());
    // A list of POETE elements keeps its order, the main one first.
    let question = &q.areas[0].questions[0];
    assert_eq!(
        question.poete_all().map(|p| p.as_str()).collect::<Vec<_>>(),
        ["planning", "exercises"]
    );
    // Questionnaires that say nothing about N/A accept it, as before 1.2.0.
    assert!(question.not_applicable.allowed);
}

#[test]
fn moving_from_1_1_0_carries_the_split_question_to_shelters_and_flags_it() {
    let q = Questionnaire::built_in();
    let bytes = std::fs::read("tests/fixtures/national-2026-under-1.1.0.json").expect("fixture");
    let mut file = Assessment::from_bytes(&bytes).expect("loads");
    let before = file
        .answer(&"BR3.8".into())
        .expect("BR3.8 answered")
        .clone();
    let plan = file.upgrade(&q).expect("an upgrade");
    assert_eq!((plan.from.as_str(), plan.to.as_str()), ("1.1.0", "1.3.0"));
    assert_eq!(
        plan.moved,
        [("BR3.8".into(), "BR3.11".into())],
        "BR3.8's answer goes to the shelters question"
    );
    assert!(
        file.answer(&"BR3.8".into()).is_none(),
        "the retired id is gone"
    );
    let moved = file.answer(&"BR3.11".into()).expect("carried");
    assert_eq!(moved.level, before.level);
    assert_eq!(moved.evidence, before.evidence);
    assert!(moved.recheck, "a moved answer is checked again");
    // The six questions whose rubric changed are flagged too; the new ones wait.
    for id in [
        "BR2.3", "BR2.5", "BR4.6", "BR6.2", "BR7.1", "BR7.5", "BR3.11",
    ] {
        assert!(plan.recheck.contains(&id.into()), "{id} to re-check");
        assert!(
            file.answer(&id.into()).is_some_and(|a| a.recheck),
            "{id} flagged"
        );
    }
    assert_eq!(plan.added.len(), 8);
    for id in [
        "BR1.12", "BR1.13", "BR3.10", "BR3.12", "BR5.11", "BR5.12", "BR5.13",
    ] {
        assert!(file.answer(&id.into()).is_none(), "{id} starts unanswered");
    }
}

#[test]
fn rbr_questionnaire_lists_the_planning_figures_and_each_indicator() {
    let out = rbr().arg("questionnaire").assert().success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        text.contains(
            "  {figure:casualties} Casualties in one incident: default 100\u{a0}casualties"
        )
    );
    assert!(text.contains(
        "Measured: Days of average consumption held in verified emergency stocks, for the main oil product with the fewest; levels 1 ≥ 1\u{a0}days, 2 ≥ 30\u{a0}days, 3 ≥ 90\u{a0}days, 4 ≥ 90\u{a0}days"
    ));
    assert_eq!(
        text.matches("     Measured: ").count(),
        18,
        "one line per indicator"
    );
    let out = Command::cargo_bin("rbr")
        .expect("binary built")
        .env("LANG", "C")
        .args(["--lang", "hy", "questionnaire"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(text.contains(
        "  {figure:casualties} Մեկ միջադեպում տուժածների թիվը, նախնական արժեքը՝ 100\u{a0}տուժած"
    ));
}
