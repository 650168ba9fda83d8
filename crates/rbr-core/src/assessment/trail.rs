//! The `review` section as the file holds it: comments, replies and the trail of
//! events. The rules that append to it and check it are in [`crate::review`].

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Extra, Lenient, Status};
use crate::questionnaire::QuestionId;

/// The `review` section of an assessment file.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Review {
    /// Comments on questions or on the whole assessment.
    #[serde(default)]
    pub comments: Vec<Comment>,
    /// The append-only trail of workflow events.
    #[serde(default)]
    pub events: Vec<Event>,
    /// SHA-256 of the last event, so that editing it (or removing it) shows: the
    /// events before it are sealed by the next one's `previous_sha256`. Absent in
    /// files made before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_sha256: Option<String>,
    /// Fields this version does not know.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

impl Review {
    /// How many comments are open and how many resolved (others are not counted).
    pub fn comment_counts(&self) -> (usize, usize) {
        let count = |state| {
            self.comments
                .iter()
                .filter(|c| c.state.valid() == Some(&state))
                .count()
        };
        (count(CommentState::Open), count(CommentState::Resolved))
    }
}

/// Whether a comment still needs an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum CommentState {
    /// Waiting for an answer or a change.
    #[default]
    Open,
    /// Dealt with.
    Resolved,
}

/// A reviewer's comment, with the replies to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Comment {
    /// Unique within the file, such as `c1`.
    pub id: String,
    /// The question it is about; none for the whole assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question: Option<QuestionId>,
    /// Who wrote it.
    #[serde(default)]
    pub author: String,
    /// When (RFC 3339, UTC).
    #[serde(default)]
    pub time: String,
    /// What it says.
    #[serde(default)]
    pub text: String,
    /// `open` or `resolved`.
    #[serde(default)]
    pub state: Lenient<CommentState>,
    /// Answers to it, oldest first.
    #[serde(default)]
    pub replies: Vec<Reply>,
    /// Who resolved it, and when: recorded once, beside the text, which stays as
    /// written. Absent while open, and in files made before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolved: Option<Resolution>,
    /// Fields this version does not know.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

impl Comment {
    /// Whether the comment is open.
    pub fn is_open(&self) -> bool {
        self.state.valid() == Some(&CommentState::Open)
    }
}

/// Who resolved a comment, and when.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Resolution {
    /// Who resolved it.
    #[serde(default)]
    pub by: String,
    /// When (RFC 3339, UTC).
    #[serde(default)]
    pub time: String,
    /// Fields this version does not know.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// A reply to a comment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Reply {
    /// Who wrote it.
    #[serde(default)]
    pub author: String,
    /// When (RFC 3339, UTC).
    #[serde(default)]
    pub time: String,
    /// What it says.
    #[serde(default)]
    pub text: String,
    /// Fields this version does not know.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// Who acted: a person, their role and their organisation.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Actor {
    /// The person's name.
    #[serde(default)]
    pub name: String,
    /// Their role (author, reviewer, approver, or a title).
    #[serde(default)]
    pub role: String,
    /// Their organisation.
    #[serde(default)]
    pub organisation: String,
    /// Their position as the approval block prints it (`Minister`, `Նախարար`);
    /// absent in files made before it existed, so their hashes stay the same.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub position: String,
    /// The signer's e-mail-like name, as an OpenSSH allowed-signers file names
    /// them (`a.petrosyan@gov.am`); empty for an unsigned step.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub principal: String,
    /// The fingerprint of the signing key as `ssh-keygen -l` prints it
    /// (`SHA256:...`); empty for an unsigned step.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key: String,
    /// Fields this version does not know.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

impl Actor {
    /// `Name (role, organisation)`, leaving out what is empty.
    pub fn label(&self) -> String {
        let details: Vec<&str> = [self.role.trim(), self.organisation.trim()]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect();
        if details.is_empty() {
            self.name.trim().to_owned()
        } else {
            format!("{} ({})", self.name.trim(), details.join(", "))
        }
    }
}

/// A step of the review workflow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// The author hands the draft to a reviewer.
    Submitted,
    /// The reviewer sends it back to draft, with open comments.
    Returned,
    /// The reviewer is done with it.
    Reviewed,
    /// The approver signs it off.
    Approved,
    /// An approved file goes back to draft, with a reason.
    Reopened,
}

impl Action {
    /// Every action, in workflow order.
    pub const ALL: [Action; 5] = [
        Action::Submitted,
        Action::Returned,
        Action::Reviewed,
        Action::Approved,
        Action::Reopened,
    ];

    /// The name as written in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Submitted => "submitted",
            Action::Returned => "returned",
            Action::Reviewed => "reviewed",
            Action::Approved => "approved",
            Action::Reopened => "reopened",
        }
    }

    /// The status a file has after this action.
    pub fn status_after(self) -> Status {
        match self {
            Action::Submitted => Status::Submitted,
            Action::Returned | Action::Reopened => Status::Draft,
            Action::Reviewed => Status::Reviewed,
            Action::Approved => Status::Approved,
        }
    }
}

/// One step of the trail, with the hashes that chain it to the content and to the step before.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Event {
    /// 1 for the first event, then one more each.
    pub seq: u64,
    /// When (RFC 3339, UTC).
    #[serde(default)]
    pub time: String,
    /// Who acted.
    #[serde(default)]
    pub who: Actor,
    /// What they did.
    pub action: Lenient<Action>,
    /// `meta.status` before.
    pub status_before: Lenient<Status>,
    /// `meta.status` after.
    pub status_after: Lenient<Status>,
    /// Why, in their words.
    #[serde(default)]
    pub note: String,
    /// SHA-256 of the file's content at the time (see [`crate::review::content_sha256`]).
    #[serde(default)]
    pub content_sha256: String,
    /// SHA-256 of the previous event; none for the first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_sha256: Option<String>,
    /// SHA-256 of each answer, of `meta` and of `targets` at the time.
    #[serde(default)]
    pub parts_sha256: IndexMap<String, String>,
    /// SHA-256 of each comment (`c1`) and reply (`c1.r1`) that existed at the
    /// time: what was said then cannot be rewritten later. Present, empty if
    /// there were none, on every event rbr writes, so that a sealed trail cannot
    /// pass for an old one once it has two events; absent in files made before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comments_sha256: Option<IndexMap<String, String>>,
    /// An SSH signature (OpenSSH's armoured SSHSIG, namespace `rbr-review`) over
    /// the RFC 8785 form of this event without this field, by the key `who.key`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    /// Fields this version does not know.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}
