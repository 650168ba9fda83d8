//! Review and sign-off kept inside the assessment file: comments, and a chain of events anyone can check.
//!
//! The `review` section is optional and ignored by the scoring. Events are
//! appended by [`act`] only, each carrying hashes of the content it concerned
//! and of the event before it, so that [`verify`] can say afterwards whether the
//! trail is whole and what has changed since. Like the rest of the file, every
//! object keeps the fields this version does not know.
//!
//! [`sign`] gives the SSH signatures (OpenSSH's SSHSIG) that let a person sign an
//! event with their own key and anyone check it, with rbr or with `ssh-keygen`.

mod hash;
pub mod sign;
mod verify;
mod workflow;

pub use crate::assessment::trail::{
    Action, Actor, Comment, CommentState, Event, Reply, Resolution, Review,
};

pub use hash::{
    HashError, META_PART, TARGETS_PART, comments_sha256, content_sha256, event_message,
    event_sha256, parts_sha256, reply_key,
};
pub use verify::{
    Approval, Break, Chain, ContentCheck, Part, SignedEvent, Verification, verify, verify_with,
};
pub use workflow::{ReviewError, act, act_signed, add_comment, allowed, reply, resolve};
