//! The workflow rules, pure: which actions a status allows, and acting on a file.

use std::fmt;

use super::sign::{KeyError, SigningKey};
use super::{
    Action, Actor, Comment, CommentState, Event, HashError, Reply, Resolution, Review,
    comments_sha256, content_sha256, event_message, event_sha256, parts_sha256,
};
use crate::assessment::{Assessment, Lenient, Status};
use crate::i18n::Language;
use crate::questionnaire::QuestionId;
use crate::tl;

/// Why an action or a comment change was refused.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    /// The rules do not allow this action from the file's status.
    #[error("{}", self.message(Language::En))]
    NotAllowed {
        /// What was asked.
        action: Action,
        /// The status the file has.
        status: Status,
    },
    /// `meta.status` is not one of the four, so no rule applies.
    #[error("{}", self.message(Language::En))]
    UnknownStatus {
        /// The value as written.
        value: String,
    },
    /// Returning and reopening need a note saying why.
    #[error("{}", self.message(Language::En))]
    NoteRequired {
        /// What was asked.
        action: Action,
    },
    /// Returning a file needs at least one open comment saying what to change.
    #[error("{}", self.message(Language::En))]
    NoOpenComment,
    /// Approval is refused while comments are open.
    #[error("{}", self.message(Language::En))]
    OpenComments {
        /// How many are open.
        count: usize,
    },
    /// No comment has this id.
    #[error("{}", self.message(Language::En))]
    UnknownComment {
        /// The id asked for.
        id: String,
    },
    /// The content could not be hashed.
    #[error("{}", self.message(Language::En))]
    Hash(#[from] HashError),
    /// The step could not be signed with the key given.
    #[error("{}", self.message(Language::En))]
    Sign(#[from] KeyError),
}

impl ReviewError {
    /// What was refused and what to do, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            ReviewError::NotAllowed { action, status } => tl!(
                lang,
                "review-not-allowed",
                action = action.as_str(),
                status = status.as_str(),
                allowed = names(allowed(*status)),
            ),
            ReviewError::UnknownStatus { value } => tl!(
                lang,
                "review-unknown-status",
                field = "meta.status",
                value = value,
                allowed = "draft, submitted, reviewed, approved",
            ),
            ReviewError::NoteRequired { action } => {
                tl!(lang, "review-note-required", action = action.as_str())
            }
            ReviewError::NoOpenComment => tl!(lang, "review-no-open-comment"),
            ReviewError::OpenComments { count } => {
                tl!(lang, "review-open-comments", count = *count)
            }
            ReviewError::UnknownComment { id } => {
                tl!(lang, "review-unknown-comment", id = id)
            }
            ReviewError::Hash(e) => tl!(lang, "review-hash", reason = e.message(lang)),
            ReviewError::Sign(e) => tl!(lang, "review-sign", reason = e.message(lang)),
        }
    }
}

fn names(actions: &[Action]) -> String {
    actions
        .iter()
        .map(|a| a.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The actions the rules allow from `status`.
pub fn allowed(status: Status) -> &'static [Action] {
    match status {
        Status::Draft => &[Action::Submitted],
        Status::Submitted => &[Action::Returned, Action::Reviewed],
        Status::Reviewed => &[Action::Approved],
        Status::Approved => &[Action::Reopened],
    }
}

/// Acts on the file if the rules allow it: sets `meta.status` and appends the
/// event with its hashes, timed `now` (RFC 3339). Nothing changes when refused.
pub fn act<'a>(
    assessment: &'a mut Assessment,
    action: Action,
    who: Actor,
    note: &str,
    now: &str,
) -> Result<&'a Event, ReviewError> {
    act_with(assessment, action, who, note, now, None)
}

/// [`act`], the event signed with `key`: `who.key` becomes the key's fingerprint
/// (`who.principal` is the caller's), and the signature covers the event as
/// [`super::event_message`] gives it. Nothing changes when refused or when the
/// signing fails.
pub fn act_signed<'a>(
    assessment: &'a mut Assessment,
    action: Action,
    who: Actor,
    note: &str,
    now: &str,
    key: &SigningKey,
) -> Result<&'a Event, ReviewError> {
    act_with(assessment, action, who, note, now, Some(key))
}

fn act_with<'a>(
    assessment: &'a mut Assessment,
    action: Action,
    mut who: Actor,
    note: &str,
    now: &str,
    key: Option<&SigningKey>,
) -> Result<&'a Event, ReviewError> {
    if let Some(key) = key {
        who.key = key.fingerprint();
    }
    let before = match &assessment.meta.status {
        Lenient::Valid(status) => *status,
        Lenient::Invalid(value) => {
            return Err(ReviewError::UnknownStatus {
                value: value.to_string(),
            });
        }
    };
    check(assessment, action, before, note)?;
    let after = action.status_after();
    let events = assessment.review.as_ref().map_or(&[][..], |r| &r.events);
    let (seq, previous_sha256) = match events.last() {
        Some(last) => (last.seq + 1, Some(event_sha256(last)?)),
        None => (1, None),
    };
    let event = Event {
        seq,
        time: now.to_owned(),
        who,
        action: Lenient::Valid(action),
        status_before: Lenient::Valid(before),
        status_after: Lenient::Valid(after),
        note: note.trim().to_owned(),
        content_sha256: content_sha256(assessment)?,
        previous_sha256,
        parts_sha256: parts_sha256(assessment)?,
        comments_sha256: Some(comments_sha256(assessment)?),
        signature: None,
        extra: Default::default(),
    };
    let mut event = event;
    if let Some(key) = key {
        event.signature = Some(key.sign(&event_message(&event)?)?);
    }
    let last_sha256 = event_sha256(&event)?;
    assessment.meta.status = Lenient::Valid(after);
    let review = assessment.review.get_or_insert_with(Review::default);
    review.last_sha256 = Some(last_sha256);
    review.events.push(event);
    Ok(review.events.last().expect("just pushed"))
}

/// The rules of one action from `status`, beyond the table of [`allowed`].
fn check(
    assessment: &Assessment,
    action: Action,
    status: Status,
    note: &str,
) -> Result<(), ReviewError> {
    if !allowed(status).contains(&action) {
        return Err(ReviewError::NotAllowed { action, status });
    }
    if matches!(action, Action::Returned | Action::Reopened) && note.trim().is_empty() {
        return Err(ReviewError::NoteRequired { action });
    }
    let open = open_comments(assessment);
    match action {
        Action::Returned if open == 0 => Err(ReviewError::NoOpenComment),
        Action::Approved if open > 0 => Err(ReviewError::OpenComments { count: open }),
        Action::Submitted
        | Action::Returned
        | Action::Reviewed
        | Action::Approved
        | Action::Reopened => Ok(()),
    }
}

fn open_comments(assessment: &Assessment) -> usize {
    assessment
        .review
        .as_ref()
        .map_or(0, |r| r.comments.iter().filter(|c| c.is_open()).count())
}

/// Adds an open comment on `question` (none: the whole assessment) and returns it.
pub fn add_comment<'a>(
    assessment: &'a mut Assessment,
    question: Option<QuestionId>,
    author: &str,
    text: &str,
    now: &str,
) -> &'a Comment {
    let comments = &mut assessment
        .review
        .get_or_insert_with(Review::default)
        .comments;
    let id = (comments.len() + 1..)
        .map(|n| format!("c{n}"))
        .find(|id| comments.iter().all(|c| &c.id != id))
        .unwrap_or_default();
    comments.push(Comment {
        id,
        question,
        author: author.to_owned(),
        time: now.to_owned(),
        text: text.to_owned(),
        state: Lenient::Valid(CommentState::Open),
        replies: Vec::new(),
        resolved: None,
        extra: Default::default(),
    });
    comments.last().expect("just pushed")
}

fn comment_mut<'a>(
    assessment: &'a mut Assessment,
    id: &str,
) -> Result<&'a mut Comment, ReviewError> {
    assessment
        .review
        .as_mut()
        .and_then(|r| r.comments.iter_mut().find(|c| c.id == id))
        .ok_or_else(|| ReviewError::UnknownComment { id: id.to_owned() })
}

/// Adds a reply to the comment `id`.
pub fn reply(
    assessment: &mut Assessment,
    id: &str,
    author: &str,
    text: &str,
    now: &str,
) -> Result<(), ReviewError> {
    comment_mut(assessment, id)?.replies.push(Reply {
        author: author.to_owned(),
        time: now.to_owned(),
        text: text.to_owned(),
        extra: Default::default(),
    });
    Ok(())
}

/// Marks the comment `id` resolved, recording who did it and when beside it;
/// what the comment says stays as written.
pub fn resolve(
    assessment: &mut Assessment,
    id: &str,
    by: &str,
    now: &str,
) -> Result<(), ReviewError> {
    let comment = comment_mut(assessment, id)?;
    comment.state = Lenient::Valid(CommentState::Resolved);
    comment.resolved = Some(Resolution {
        by: by.to_owned(),
        time: now.to_owned(),
        extra: Default::default(),
    });
    Ok(())
}
