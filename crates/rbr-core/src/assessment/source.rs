//! Where content came from when a file was made by combining others: the file's
//! name and the SHA-256 of its bytes, so that anyone can check which version was used.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::Extra;

/// A file an answer, or a whole assessment, was taken from.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Source {
    /// The file's name, without its folder (`energy-ministry.rbr.json`).
    #[serde(default)]
    pub file: String,
    /// SHA-256 of the file's bytes as read, lowercase hex (what `sha256sum` prints).
    #[serde(default)]
    pub sha256: String,
    /// Fields this version does not know.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

impl Source {
    /// The source `file` whose bytes have the SHA-256 `sha256`.
    pub fn new(file: impl Into<String>, sha256: impl Into<String>) -> Self {
        Self {
            file: file.into(),
            sha256: sha256.into(),
            extra: Extra::new(),
        }
    }
}
