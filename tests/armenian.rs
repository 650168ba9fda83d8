//! Armenian as a ministry's drafters write it, checked mechanically over the
//! questionnaire and the Armenian example (the interface's messages are checked
//! in `tests/i18n.rs`): the article before a vowel, recommendations with a
//! finite verb, guidance that opens as guidance does, today's bodies, digits
//! grouped, and level names that collide with no status.

mod common;

use common::armenian::{FORBIDDEN, SPELLED_OUT, article_errors, problems};
use common::report;
use rbr::assessment::{PlanStatus, Status};
use rbr::i18n::Language;
use rbr::questionnaire::Questionnaire;
use rbr::scoring::Band;

/// Every Armenian string of the built-in questionnaire, with where it is.
fn questionnaire_texts(q: &Questionnaire) -> Vec<(String, String)> {
    let mut out = vec![("title".to_owned(), q.title.get("hy").to_owned())];
    for level in &q.levels {
        out.push((
            format!("level {}", level.level),
            level.name.get("hy").to_owned(),
        ));
        let description = level.description.get("hy").to_owned();
        out.push((format!("level {} description", level.level), description));
    }
    for area in &q.areas {
        out.push((
            format!("{} title", area.id),
            area.title.get("hy").to_owned(),
        ));
        out.push((
            format!("{} description", area.id),
            area.description.get("hy").to_owned(),
        ));
        for d in &area.depends_on {
            let place = format!("{} depends on {}", area.id, d.area);
            out.push((place, d.reason.get("hy").to_owned()));
        }
        for question in &area.questions {
            let id = &question.id;
            out.push((format!("{id} text"), question.text.get("hy").to_owned()));
            out.push((
                format!("{id} guidance"),
                question.guidance.get("hy").to_owned(),
            ));
            let recommendation = question.recommendation.get("hy").to_owned();
            out.push((format!("{id} recommendation"), recommendation));
            for (level, rubric) in question.rubric.iter().enumerate() {
                out.push((format!("{id} rubric {level}"), rubric.get("hy").to_owned()));
            }
        }
    }
    out
}

/// Every string of the Armenian example that has Armenian in it.
fn example_texts() -> Vec<(String, String)> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("assessments/examples/hy-territorial-administration.rbr.json");
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(path).expect("the Armenian example")).expect("JSON");
    let mut out = Vec::new();
    collect(&json, "hy example".to_owned(), &mut out);
    out
}

fn collect(value: &serde_json::Value, place: String, out: &mut Vec<(String, String)>) {
    match value {
        serde_json::Value::String(text) if text.chars().any(is_armenian) => {
            out.push((place, text.clone()));
        }
        serde_json::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                collect(item, format!("{place}[{i}]"), out);
            }
        }
        serde_json::Value::Object(fields) => {
            for (key, item) in fields {
                collect(item, format!("{place}.{key}"), out);
            }
        }
        serde_json::Value::String(_)
        | serde_json::Value::Null
        | serde_json::Value::Bool(_)
        | serde_json::Value::Number(_) => {}
    }
}

fn is_armenian(c: char) -> bool {
    ('\u{0531}'..='\u{0587}').contains(&c)
}

#[test]
fn the_rules_catch_what_a_reader_would() {
    assert_eq!(
        article_errors("կենտրոնը աշխատում է"),
        ["«կենտրոնը աշխատում»"]
    );
    assert_eq!(article_errors("որը ունի"), ["«որը ունի»"]);
    assert!(article_errors("կենտրոնն աշխատում է, իսկ ծառայությունը գործում").is_empty());
    assert!(article_errors("BR2-ը և").is_empty());
    assert_eq!(article_errors("BR2-ը ապահովում"), ["«BR2-ը ապահովում»"]);
    assert!(!problems("x", "ՆԳՆ փրկարար ծառայություն").is_empty());
    assert!(
        problems(
            "x",
            "Ներքին գործերի նախարարության (ՆԳՆ) փրկարար ծառայություն։"
        )
        .is_empty()
    );
    assert!(!problems("x", "չհանդիսացող").is_empty());
    assert!(!FORBIDDEN.is_empty() && !SPELLED_OUT.is_empty());
}

#[test]
fn the_questionnaire_and_the_example_follow_the_rules() {
    let q = Questionnaire::built_in();
    let mut all = Vec::new();
    for (place, text) in questionnaire_texts(&q).into_iter().chain(example_texts()) {
        all.extend(problems(&place, &text));
        all.extend(ungrouped_numbers(&place, &text));
    }
    report(&all);
}

/// A number of five digits or more written without the no-break space that
/// groups it (`46 000`), outside identifiers and hashes.
fn ungrouped_numbers(place: &str, text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| word.len() >= 5 && word.chars().all(|c| c.is_ascii_digit()))
        .map(|word| format!("{place}: {word} is not grouped (write it with a no-break space)"))
        .collect()
}

/// The finite verb every recommendation carries: ministries recommend to each
/// other «...-ին առաջարկվում է ...», never a dative and a bare infinitive.
const RECOMMENDATION_VERBS: &[&str] = &["առաջարկվում է"];

#[test]
fn every_recommendation_has_a_finite_verb_and_every_guidance_opens_as_guidance() {
    let q = Questionnaire::built_in();
    let mut all = Vec::new();
    for question in q.questions() {
        let recommendation = question.recommendation.get("hy");
        if !RECOMMENDATION_VERBS
            .iter()
            .any(|v| recommendation.contains(v))
        {
            all.push(format!(
                "{} recommendation has no finite verb: {recommendation}",
                question.id
            ));
        }
        if recommendation.contains("պետք է") {
            all.push(format!("{} recommendation mixes in «պետք է»", question.id));
        }
        let guidance = question.guidance.get("hy");
        if !["Ուսումնասիրեք", "Հայցեք"]
            .iter()
            .any(|w| guidance.starts_with(w))
        {
            all.push(format!(
                "{} guidance opens with neither «Ուսումնասիրեք» nor «Հայցեք»",
                question.id
            ));
        }
        if question.text.get("hy").contains("որևէ") {
            all.push(format!(
                "{} asks about «որևէ» (some): a question asks about «ցանկացած» (any)",
                question.id
            ));
        }
    }
    report(&all);
}

#[test]
fn no_level_name_is_also_a_status_a_band_or_a_plan_status() {
    let q = Questionnaire::built_in();
    let mut others: Vec<String> = Status::ALL.iter().map(|s| s.name(Language::Hy)).collect();
    others.extend(PlanStatus::ALL.iter().map(|s| s.name(Language::Hy)));
    others.extend(
        [Band::Ready, Band::PartiallyReady, Band::NotReady]
            .iter()
            .map(|b| b.name(Language::Hy)),
    );
    let others: Vec<String> = others.iter().map(|o| o.to_lowercase()).collect();
    for level in &q.levels {
        let name = level.name.get("hy").to_lowercase();
        assert!(
            !others.contains(&name),
            "level {} is named {name:?}, like a status",
            level.level
        );
    }
    assert_eq!(q.levels[3].name.get("hy"), "Կայացած");
    assert_eq!(q.levels[4].name.get("hy"), "Կատարելագործված");
}
