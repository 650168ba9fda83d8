//! What the review needs in the window between frames: drafts and the open dialog.
//!
//! The comments and events themselves live in the assessment, changed only through
//! [`crate::app::Document::apply`]; this is only text being typed.

use std::collections::BTreeMap;

use crate::app::edit::ReviewEdit;
use crate::app::prefs::Identity;
use crate::review::Action;

/// A dialog of the review, shown over the window.
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewDialog {
    /// Who is reviewing, and the key their steps are signed with: asked once,
    /// before the first step that needs it, and shown again to change it.
    Identity {
        /// The form as filled in so far.
        identity: Identity,
        /// The step taken once the identity is known; none when opened to change it.
        then: Option<ReviewEdit>,
        /// The passphrase typed for a new key or to open an existing one; kept
        /// only while the dialog is open.
        passphrase: String,
    },
    /// The note for a workflow action.
    Act {
        /// The action.
        action: Action,
        /// The note as typed so far.
        note: String,
    },
}

/// Text typed for the review, and the dialog shown.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReviewState {
    /// The new comment being typed, on the question shown.
    pub comment: String,
    /// Replies being typed, by comment id.
    pub replies: BTreeMap<String, String>,
    /// The dialog shown, if any.
    pub dialog: Option<ReviewDialog>,
}
