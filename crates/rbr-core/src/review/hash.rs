//! The hashes that tie events to content and to each other, over RFC 8785 (JCS) canonical JSON.

use indexmap::IndexMap;
use serde::Serialize;
use serde_json::Value;

use super::{Comment, Event, Reply};
use crate::assessment::Assessment;
use crate::hash::fingerprint;
use crate::i18n::Language;
use crate::tl;

/// The key of `meta` (without `modified` and `status`) in `parts_sha256`.
pub const META_PART: &str = "meta";
/// The key of `targets` in `parts_sha256`.
pub const TARGETS_PART: &str = "targets";

/// A value could not be put in canonical form (a number JSON cannot hold).
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Language::En))]
pub struct HashError(#[from] serde_json::Error);

impl HashError {
    /// Why, in `lang` (the JSON library's own words in the middle, as detail).
    pub fn message(&self, lang: Language) -> String {
        tl!(lang, "error-hash", reason = self.0.to_string())
    }
}

/// SHA-256 (lowercase hex) of the JCS form of `value`.
fn jcs_sha256<T: Serialize>(value: &T) -> Result<String, HashError> {
    Ok(fingerprint(&serde_json_canonicalizer::to_vec(value)?))
}

/// The file as JSON, without what the workflow itself changes (`review`,
/// `meta.modified` and `meta.status`), without the action plan, whose progress
/// is tracked after sign-off (an approval covers the assessment, not the plan),
/// and without `meta.time_zone`, which says how times are shown, not what was
/// assessed.
fn content_value(assessment: &Assessment) -> Result<Value, HashError> {
    let mut value = serde_json::to_value(assessment)?;
    if let Some(object) = value.as_object_mut() {
        object.remove("review");
        object.remove("plan");
        if let Some(meta) = object.get_mut("meta").and_then(Value::as_object_mut) {
            meta.remove("modified");
            meta.remove("status");
            meta.remove("time_zone");
        }
    }
    Ok(value)
}

/// SHA-256 of the JCS form of the whole file without `review`, `plan`, `meta.modified`
/// and `meta.status`: what an event says the content was.
pub fn content_sha256(assessment: &Assessment) -> Result<String, HashError> {
    jcs_sha256(&content_value(assessment)?)
}

/// SHA-256 of each answer (by question id), of `meta` (without `modified` and
/// `status`) and of `targets`, so a later check can name what changed.
pub fn parts_sha256(assessment: &Assessment) -> Result<IndexMap<String, String>, HashError> {
    let content = content_value(assessment)?;
    let mut parts = IndexMap::new();
    for key in [META_PART, TARGETS_PART] {
        let part = content.get(key).cloned().unwrap_or(Value::Null);
        parts.insert(key.to_owned(), jcs_sha256(&part)?);
    }
    for (id, answer) in &assessment.answers {
        parts.insert(id.to_string(), jcs_sha256(answer)?);
    }
    Ok(parts)
}

/// The bytes an event's signature covers: the UTF-8 of the RFC 8785 (JCS) form
/// of the event without its `signature` field.
pub fn event_message(event: &Event) -> Result<Vec<u8>, HashError> {
    let mut value = serde_json::to_value(event)?;
    if let Some(object) = value.as_object_mut() {
        object.remove("signature");
    }
    Ok(serde_json_canonicalizer::to_vec(&value)?)
}

/// The key of a reply in `comments_sha256`: `c1.r2` is comment c1's second reply.
pub fn reply_key(comment: &str, reply: usize) -> String {
    format!("{comment}.r{}", reply + 1)
}

/// SHA-256 of what a comment says and who said it when (`id`, `question`,
/// `author`, `time`, `text`); not its state, which resolving changes, nor its
/// replies, which are hashed one by one.
fn comment_sha256(comment: &Comment) -> Result<String, HashError> {
    jcs_sha256(&serde_json::json!({
        "id": comment.id,
        "question": comment.question,
        "author": comment.author,
        "time": comment.time,
        "text": comment.text,
    }))
}

/// SHA-256 of a reply: who, when, what.
fn reply_sha256(reply: &Reply) -> Result<String, HashError> {
    jcs_sha256(&serde_json::json!({
        "author": reply.author,
        "time": reply.time,
        "text": reply.text,
    }))
}

/// SHA-256 of every comment (`c1`) and reply (`c1.r1`) in the file, in file order.
pub fn comments_sha256(assessment: &Assessment) -> Result<IndexMap<String, String>, HashError> {
    let mut hashes = IndexMap::new();
    for comment in assessment.review.iter().flat_map(|r| &r.comments) {
        hashes.insert(comment.id.clone(), comment_sha256(comment)?);
        for (n, reply) in comment.replies.iter().enumerate() {
            hashes.insert(reply_key(&comment.id, n), reply_sha256(reply)?);
        }
    }
    Ok(hashes)
}

/// SHA-256 of the JCS form of an event, as the next event's `previous_sha256`.
pub fn event_sha256(event: &Event) -> Result<String, HashError> {
    jcs_sha256(event)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Lenient, Meta, Status};
    use crate::questionnaire::Questionnaire;

    #[test]
    fn the_workflow_fields_do_not_change_the_content_hash_but_answers_do() {
        let mut a = Assessment::new(&Questionnaire::built_in(), Meta::default());
        let before = content_sha256(&a).expect("hash");
        a.meta.status = Lenient::Valid(Status::Approved);
        a.meta.modified = "2026-01-01T00:00:00Z".to_owned();
        a.meta.time_zone = crate::zone::YEREVAN.to_owned();
        a.review = Some(super::super::Review::default());
        assert_eq!(content_sha256(&a).expect("hash"), before);
        a.meta.title = "Energy".to_owned();
        assert_ne!(content_sha256(&a).expect("hash"), before);
    }

    #[test]
    fn the_plan_is_not_part_of_the_content_an_approval_covers() {
        let mut a = Assessment::new(&Questionnaire::built_in(), Meta::default());
        let before = content_sha256(&a).expect("hash");
        let parts = parts_sha256(&a).expect("hash");
        a.plan.insert(
            "BR2.1".into(),
            Lenient::Valid(crate::assessment::PlanEntry::new("Buy generators")),
        );
        assert_eq!(content_sha256(&a).expect("hash"), before);
        assert_eq!(parts_sha256(&a).expect("hash"), parts);
    }

    #[test]
    fn the_canonical_form_ignores_key_order_and_whitespace() {
        let one: Value = serde_json::from_str(r#"{"b": 1, "a": [1, 2]}"#).expect("json");
        let two: Value = serde_json::from_str(r#"{"a":[1,2],"b":1}"#).expect("json");
        assert_eq!(
            jcs_sha256(&one).expect("hash"),
            jcs_sha256(&two).expect("hash")
        );
        // RFC 8785: keys sorted, no whitespace.
        assert_eq!(
            jcs_sha256(&one).expect("hash"),
            fingerprint(br#"{"a":[1,2],"b":1}"#)
        );
    }
}
