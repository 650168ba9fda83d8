//! Checking a trail, pure: whether the chain of events holds, and what changed since the last one.

use super::sign::{AllowedSigners, SignatureCheck, check};
use super::{
    Action, Actor, Event, META_PART, TARGETS_PART, comments_sha256, content_sha256, event_message,
    event_sha256, parts_sha256,
};
use crate::assessment::{Assessment, Lenient};
use crate::questionnaire::QuestionId;

/// What [`verify`] found.
#[derive(Debug, Clone, PartialEq)]
pub struct Verification {
    /// Whether the events form an unbroken chain.
    pub chain: Chain,
    /// Whether the content still matches the last event; none without a trail.
    pub content: Option<ContentCheck>,
    /// Every approval in the trail, oldest first.
    pub approvals: Vec<Approval>,
    /// The trail was made before rbr sealed the last event and the comments
    /// (`last_sha256`, `comments_sha256`): those two checks do not apply to it.
    pub unsealed: bool,
    /// Every event's signature, as checked, oldest first.
    pub signatures: Vec<SignedEvent>,
    /// Whether an allowed-signers file was given, so that identities are
    /// confirmed and every approval must be signed.
    pub signers_given: bool,
}

impl Verification {
    /// Whether everything holds: no trail, or an unbroken chain, unchanged
    /// content and every signature valid; with an allowed-signers file, every
    /// signature by a key it lists for the event's principal, and every approval
    /// signed.
    pub fn holds(&self) -> bool {
        let content = self.content.as_ref().is_none_or(|c| c.matches);
        matches!(self.chain, Chain::None | Chain::Holds { .. })
            && content
            && self.signatures.iter().all(|s| s.holds(self.signers_given))
    }
}

/// One event's signature, as checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SignedEvent {
    /// The event's number.
    pub seq: u64,
    /// What was done, when rbr can read it.
    pub action: Option<Action>,
    /// Who the event names.
    pub who: Actor,
    /// What checking the signature found; none for an unsigned event.
    pub check: Option<SignatureCheck>,
}

impl SignedEvent {
    /// Whether this event passes: a signature, if any, is valid; with an
    /// allowed-signers file it must also be allowed, and an approval signed.
    pub fn holds(&self, signers_given: bool) -> bool {
        match &self.check {
            Some(check) if signers_given => check.is_allowed(),
            Some(check) => check.is_valid(),
            None => !(signers_given && self.action == Some(Action::Approved)),
        }
    }

    /// The event's signature, or why it has none, in `lang`.
    pub fn message(&self, lang: crate::i18n::Language, signers_given: bool) -> String {
        let check = match &self.check {
            Some(check) => check.message(lang),
            None if signers_given && self.action == Some(Action::Approved) => {
                crate::tl!(lang, "cli-verify-unsigned-approval")
            }
            None => crate::tl!(lang, "cli-verify-unsigned"),
        };
        crate::tl!(
            lang,
            "cli-verify-signature",
            seq = self.seq,
            who = self.who.label(),
            check = check,
        )
    }
}

/// The state of the chain of events.
#[derive(Debug, Clone, PartialEq)]
pub enum Chain {
    /// The file has no events.
    None,
    /// Every event follows the one before it.
    Holds {
        /// How many events.
        events: usize,
    },
    /// The chain is broken here.
    Broken(Break),
}

/// Where and how the chain breaks.
#[derive(Debug, Clone, PartialEq)]
pub enum Break {
    /// An event is missing or out of order: its number is not the one expected.
    Sequence {
        /// The number expected at this place.
        expected: u64,
        /// The number found.
        found: u64,
    },
    /// The event's `previous_sha256` does not match the event before it, which
    /// was edited (or the two were swapped).
    PreviousHash {
        /// The event whose link does not match.
        seq: u64,
    },
    /// The event cannot be put in canonical JSON form (a number JSON cannot
    /// hold), so the next event's link to it cannot be checked.
    Unhashable {
        /// The event that cannot be hashed.
        seq: u64,
    },
    /// The event's status does not follow the status before it, or the action
    /// is not one the rules allow.
    Status {
        /// The event.
        seq: u64,
    },
    /// `meta.status` is not the status the last event left: an event was removed
    /// or the status changed outside the workflow.
    CurrentStatus {
        /// The last event.
        seq: u64,
    },
    /// The last event is not the one the review section sealed: it was edited,
    /// or removed, or the seal itself was taken out.
    LastEvent {
        /// The last event now in the file.
        seq: u64,
    },
    /// A comment or reply that existed when an event was written has been
    /// rewritten or removed since: what was said cannot change afterwards.
    Comment {
        /// The event that saw it.
        seq: u64,
        /// The comment (`c1`) or reply (`c1.r2`).
        item: String,
        /// Whether it is gone, rather than changed.
        removed: bool,
    },
}

/// Whether the content still matches the last event.
#[derive(Debug, Clone, PartialEq)]
pub struct ContentCheck {
    /// The last event's number.
    pub seq: u64,
    /// Whether the content hash is the same.
    pub matches: bool,
    /// The parts whose hash differs, appeared or disappeared since, in file order.
    pub changed: Vec<Part>,
    /// The content could not be put in canonical JSON form (a number JSON cannot
    /// hold), so it cannot be checked: a failure, never a pass.
    pub unhashable: bool,
}

/// A part of the file that `parts_sha256` tracks.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    /// `meta` (without `modified` and `status`).
    Meta,
    /// `targets`.
    Targets,
    /// The answer to a question.
    Question(QuestionId),
}

/// Who approved which content, when.
#[derive(Debug, Clone, PartialEq)]
pub struct Approval {
    /// The approval event's number.
    pub seq: u64,
    /// Who approved.
    pub who: Actor,
    /// When.
    pub time: String,
    /// The content approved.
    pub content_sha256: String,
    /// Whether the file still has that content.
    pub current: bool,
    /// What checking its signature found; none for an unsigned approval.
    pub signature: Option<SignatureCheck>,
}

/// Checks the file's trail as [`verify_with`] does, without an allowed-signers
/// file: each signature against the key it names, identities not confirmed.
pub fn verify(assessment: &Assessment) -> Verification {
    verify_with(assessment, None)
}

/// Each event's signature: checked against the key the event names and, with
/// `signers`, against the allowed-signers file.
fn signatures(events: &[Event], signers: Option<&AllowedSigners>) -> Vec<SignedEvent> {
    events
        .iter()
        .map(|event| SignedEvent {
            seq: event.seq,
            action: event.action.valid().copied(),
            who: event.who.clone(),
            check: event.signature.as_ref().map(|signature| {
                match event_message(event) {
                    Ok(message) => check(
                        &message,
                        signature,
                        &event.who.key,
                        &event.who.principal,
                        signers,
                    ),
                    // An event that cannot be put in canonical form cannot be
                    // checked: it fails, never passes.
                    Err(e) => SignatureCheck::Malformed {
                        reason: e.to_string(),
                    },
                }
            }),
        })
        .collect()
}

/// Checks the file's trail: the chain, the content against the last event, and the approvals.
pub fn verify_with(assessment: &Assessment, signers: Option<&AllowedSigners>) -> Verification {
    let events = assessment.review.as_ref().map_or(&[][..], |r| &r.events);
    let signed = signatures(events, signers);
    // A content that cannot be hashed matches no event: the check fails closed.
    let content = content_sha256(assessment).ok();
    let approvals = events
        .iter()
        .filter(|e| e.action.valid() == Some(&Action::Approved))
        .map(|e| Approval {
            seq: e.seq,
            who: e.who.clone(),
            time: e.time.clone(),
            content_sha256: e.content_sha256.clone(),
            current: content.as_deref() == Some(e.content_sha256.as_str()),
            signature: signed
                .iter()
                .find(|s| s.seq == e.seq)
                .and_then(|s| s.check.clone()),
        })
        .collect();
    let Some(last) = events.last() else {
        return Verification {
            chain: Chain::None,
            content: None,
            approvals,
            unsealed: false,
            signatures: signed,
            signers_given: signers.is_some(),
        };
    };
    let chain = match chain_break(assessment, events) {
        Some(broken) => Chain::Broken(broken),
        None => Chain::Holds {
            events: events.len(),
        },
    };
    Verification {
        chain,
        signatures: signed,
        signers_given: signers.is_some(),
        unsealed: !is_sealed(assessment, events),
        content: Some(ContentCheck {
            seq: last.seq,
            matches: content.as_deref() == Some(last.content_sha256.as_str()),
            changed: changed_parts(assessment, last),
            unhashable: content.is_none(),
        }),
        approvals,
    }
}

/// The first place where the chain breaks, if any.
fn chain_break(assessment: &Assessment, events: &[Event]) -> Option<Break> {
    let mut previous: Option<&Event> = None;
    for (expected, event) in (1..).zip(events) {
        if event.seq != expected {
            return Some(Break::Sequence {
                expected,
                found: event.seq,
            });
        }
        // An event that cannot be hashed breaks the chain: it fails closed.
        let link = match previous.map(event_sha256) {
            None => None,
            Some(Ok(hash)) => Some(hash),
            Some(Err(_)) => {
                return Some(Break::Unhashable { seq: expected - 1 });
            }
        };
        if event.previous_sha256 != link {
            return Some(Break::PreviousHash { seq: event.seq });
        }
        if !follows(previous, event) {
            return Some(Break::Status { seq: event.seq });
        }
        previous = Some(event);
    }
    let last = events.last()?;
    if last.status_after != assessment.meta.status {
        return Some(Break::CurrentStatus { seq: last.seq });
    }
    seal_break(assessment, events, last)
}

/// Whether the trail carries the seal: the review section's `last_sha256`, or an
/// event's `comments_sha256` (a trail made before they existed has neither).
fn is_sealed(assessment: &Assessment, events: &[Event]) -> bool {
    assessment
        .review
        .as_ref()
        .is_some_and(|r| r.last_sha256.is_some())
        || events.iter().any(|e| e.comments_sha256.is_some())
}

/// Where the seal breaks: the last event against the review section's
/// `last_sha256`, then every comment and reply an event saw against the file.
fn seal_break(assessment: &Assessment, events: &[Event], last: &Event) -> Option<Break> {
    if !is_sealed(assessment, events) {
        return None;
    }
    let sealed = assessment
        .review
        .as_ref()
        .and_then(|r| r.last_sha256.as_ref());
    let last_hash = event_sha256(last).ok();
    if last_hash.is_none() || sealed != last_hash.as_ref() {
        return Some(Break::LastEvent { seq: last.seq });
    }
    // A hash that cannot be computed matches nothing: the check fails closed.
    let now = comments_sha256(assessment).unwrap_or_default();
    for event in events {
        for (item, hash) in event.comments_sha256.iter().flatten() {
            match now.get(item) {
                Some(current) if current == hash => {}
                found => {
                    return Some(Break::Comment {
                        seq: event.seq,
                        item: item.clone(),
                        removed: found.is_none(),
                    });
                }
            }
        }
    }
    None
}

/// Whether an event is a step the rules allow, from where the one before it left the file.
fn follows(previous: Option<&Event>, event: &Event) -> bool {
    let (Lenient::Valid(action), Lenient::Valid(before), Lenient::Valid(after)) =
        (&event.action, &event.status_before, &event.status_after)
    else {
        return false;
    };
    let continues = previous.is_none_or(|p| p.status_after == event.status_before);
    continues && super::allowed(*before).contains(action) && action.status_after() == *after
}

/// The parts whose hash differs from the event's, in file order: meta, targets, answers,
/// then answers the event had and the file no longer has.
fn changed_parts(assessment: &Assessment, event: &Event) -> Vec<Part> {
    let now = parts_sha256(assessment).unwrap_or_default();
    let part = |key: &str| match key {
        META_PART => Part::Meta,
        TARGETS_PART => Part::Targets,
        id => Part::Question(QuestionId::from(id)),
    };
    let changed = now
        .iter()
        .filter(|(key, hash)| event.parts_sha256.get(*key) != Some(*hash))
        .map(|(key, _)| part(key));
    let gone = event
        .parts_sha256
        .keys()
        .filter(|key| !now.contains_key(*key))
        .map(|key| part(key));
    changed.chain(gone).collect()
}

impl Part {
    /// The part as the file names it: `meta`, `targets`, or the question's id.
    pub fn name(&self) -> &str {
        match self {
            Part::Meta => super::META_PART,
            Part::Targets => super::TARGETS_PART,
            Part::Question(id) => id.as_str(),
        }
    }

    /// The part as a person reads it in `lang`: the assessment's details, the
    /// target levels, or the question's id (never a raw JSON key).
    pub fn label(&self, lang: crate::i18n::Language) -> String {
        match self {
            Part::Meta => crate::tl!(lang, "part-meta"),
            Part::Targets => crate::tl!(lang, "part-targets"),
            Part::Question(id) => id.to_string(),
        }
    }
}

impl Chain {
    /// Whether the chain holds, or where it breaks, in `lang`.
    pub fn message(&self, lang: crate::i18n::Language) -> String {
        use crate::tl;
        match self {
            Chain::None => tl!(lang, "cli-verify-no-trail"),
            Chain::Holds { events } => tl!(lang, "cli-verify-chain-holds", count = *events),
            Chain::Broken(Break::Sequence { expected, found }) => tl!(
                lang,
                "cli-verify-chain-sequence",
                expected = *expected,
                found = *found
            ),
            Chain::Broken(Break::PreviousHash { seq }) => {
                tl!(lang, "cli-verify-chain-previous", seq = *seq)
            }
            Chain::Broken(Break::Status { seq }) => {
                tl!(lang, "cli-verify-chain-status", seq = *seq)
            }
            Chain::Broken(Break::CurrentStatus { seq }) => {
                tl!(lang, "cli-verify-chain-current", seq = *seq)
            }
            Chain::Broken(Break::Unhashable { seq }) => {
                tl!(lang, "cli-verify-chain-unhashable", seq = *seq)
            }
            Chain::Broken(Break::LastEvent { seq }) => {
                tl!(lang, "cli-verify-chain-last", seq = *seq)
            }
            Chain::Broken(Break::Comment { seq, item, removed }) => tl!(
                lang,
                "cli-verify-chain-comment",
                seq = *seq,
                item = item.as_str(),
                removed = if *removed { "yes" } else { "no" },
            ),
        }
    }
}

impl ContentCheck {
    /// Whether the content matches the last event, or what changed since, in `lang`.
    pub fn message(&self, lang: crate::i18n::Language) -> String {
        use crate::tl;
        if self.unhashable {
            return tl!(lang, "cli-verify-content-unhashable", seq = self.seq);
        }
        if self.matches {
            return tl!(lang, "cli-verify-content-matches", seq = self.seq);
        }
        if self.changed.is_empty() {
            return tl!(lang, "cli-verify-content-changed-other", seq = self.seq);
        }
        let parts: Vec<String> = self.changed.iter().map(|p| p.label(lang)).collect();
        tl!(
            lang,
            "cli-verify-content-changed",
            seq = self.seq,
            count = parts.len(),
            parts = parts.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    /// A hash that cannot be computed is a failure, named, never a pass (no value
    /// read from a file triggers it today: serde_json's values all canonicalize).
    #[test]
    fn content_that_cannot_be_hashed_fails_and_says_why() {
        let check = ContentCheck {
            seq: 4,
            matches: false,
            changed: Vec::new(),
            unhashable: true,
        };
        let verification = Verification {
            chain: Chain::Holds { events: 4 },
            content: Some(check.clone()),
            approvals: Vec::new(),
            unsealed: false,
            signatures: Vec::new(),
            signers_given: false,
        };
        assert!(!verification.holds());
        assert!(
            check
                .message(Language::En)
                .contains("cannot be checked against event 4")
        );
        let broken = Chain::Broken(Break::Unhashable { seq: 2 });
        assert!(broken.message(Language::En).contains("after event 2"));
        assert!(
            broken
                .message(Language::Hy)
                .contains("2 իրադարձությունից հետո")
        );
    }
}
