//! What a questionnaire says beyond its questions: which areas depend on which, how
//! far its translations have been reviewed, and what changed since its last version.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{AreaId, QuestionId, Questionnaire};
use crate::text::Text;

/// Another area this one needs in order to work, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dependency {
    /// The area depended on.
    pub area: AreaId,
    /// Why, in one sentence.
    pub reason: Text,
}

/// How far a translation of the questionnaire has been checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TranslationStatus {
    /// Written, not yet signed off by a native reviewer.
    Draft,
    /// Read and signed off by a reviewer.
    Reviewed,
}

/// One translation's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    /// Draft or reviewed.
    pub status: TranslationStatus,
}

/// What changed since an earlier version, so that files answered under it still work.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Changes {
    /// The earlier version (`1.0.0`).
    pub from: String,
    /// Questions new in this version.
    #[serde(default)]
    pub added: Vec<QuestionId>,
    /// Questions whose rubric changed meaning: their old answers need re-checking.
    #[serde(default)]
    pub changed: Vec<QuestionId>,
    /// Questions merged into another: old id -> the id their answers move to.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub merged: BTreeMap<QuestionId, QuestionId>,
}

/// An area that is not ready, and the in-scope areas that depend on it.
#[derive(Debug, Clone, PartialEq)]
pub struct KnockOn<'q> {
    /// The weak area.
    pub area: &'q super::Area,
    /// The areas that depend on it.
    pub dependents: Vec<&'q super::Area>,
}

impl Questionnaire {
    /// The areas that declare they depend on `area`, in questionnaire order.
    pub fn dependents(&self, area: &AreaId) -> Vec<&super::Area> {
        self.areas
            .iter()
            .filter(|a| a.depends_on.iter().any(|d| &d.area == area))
            .collect()
    }

    /// Whether the text in `language` is a draft (no entry means not translated at all,
    /// or, for English, the source text).
    pub fn translation_is_draft(&self, language: &str) -> bool {
        self.translations
            .get(language)
            .is_some_and(|t| t.status == TranslationStatus::Draft)
    }

    /// The change list that leads from `version` to this one, if it has one.
    pub fn changes_from(&self, version: &str) -> Option<&Changes> {
        self.changes.as_ref().filter(|c| c.from == version)
    }
}
