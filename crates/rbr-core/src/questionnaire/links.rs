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
    /// Whether this area needs what the other provides, or takes the load the
    /// other's failure sends its way.
    #[serde(default)]
    pub kind: DependencyKind,
    /// Why, in one sentence.
    pub reason: Text,
}

/// How a failure in one area reaches another.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DependencyKind {
    /// The area needs what the other provides (power, fuel, networks, decisions).
    #[default]
    Supply,
    /// The other area's failure adds demand on this one (people arriving, casualties).
    Load,
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
    /// The version this list leads to, when it is not this questionnaire's own
    /// (an older step kept so that files answered two versions ago still move up).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Questions new in this version.
    #[serde(default)]
    pub added: Vec<QuestionId>,
    /// Questions whose rubric changed meaning: their old answers need re-checking.
    #[serde(default)]
    pub changed: Vec<QuestionId>,
    /// Questions merged into another, or split with their answer carried to one
    /// of the new ones: old id -> the id their answers move to (and are flagged
    /// to re-check there).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub merged: BTreeMap<QuestionId, QuestionId>,
}

/// An area that is not ready, and the in-scope areas that depend on it, directly
/// or along a chain of dependencies.
#[derive(Debug, Clone, PartialEq)]
pub struct KnockOn<'q> {
    /// The weak area.
    pub area: &'q super::Area,
    /// The areas that depend on it.
    pub dependents: Vec<&'q super::Area>,
    /// The areas its failure reaches further on, through those (BR2 -> BR6 -> BR1),
    /// nearest first.
    pub further: Vec<&'q super::Area>,
}

impl Questionnaire {
    /// The areas a failure of `area` reaches in two or more steps along the
    /// dependencies, nearest first, each once however many paths lead to it: not
    /// `area` itself, nor the areas depending on it directly. Circles end where they
    /// come back.
    pub fn reached_through(&self, area: &AreaId) -> Vec<&super::Area> {
        let mut frontier = self.dependents(area);
        let mut seen: Vec<&AreaId> = std::iter::once(area)
            .chain(frontier.iter().map(|a| &a.id))
            .collect();
        let mut further = Vec::new();
        while !frontier.is_empty() {
            let mut next = Vec::new();
            for reached in frontier {
                for dependent in self.dependents(&reached.id) {
                    if !seen.contains(&&dependent.id) {
                        seen.push(&dependent.id);
                        next.push(dependent);
                    }
                }
            }
            further.extend(next.iter().copied());
            frontier = next;
        }
        further
    }

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

    /// What changed from `version` to this one, over as many steps as the change
    /// lists make (1.0.0 to 1.1.0 to 1.2.0), if they lead here: questions added,
    /// changed in meaning, and moved (a move after a move followed to its end).
    pub fn changes_from(&self, version: &str) -> Option<Changes> {
        let mut changes = self.changes_between(version, &self.version)?;
        // A question added then retired on the way (BR3.8, new in 1.1.0 and split
        // in 1.2.0) is not new to this version: only this version's questions count.
        changes.added.retain(|id| self.question(id).is_some());
        changes.changed.retain(|id| self.question(id).is_some());
        Some(changes)
    }

    /// What changed from version `from` to version `to`, along the change lists.
    pub fn changes_between(&self, from: &str, to: &str) -> Option<Changes> {
        let version = from;
        let mut current = version.to_owned();
        let mut total = Changes {
            from: version.to_owned(),
            ..Changes::default()
        };
        let mut steps = 0;
        while current != to {
            let step = self.changes.iter().find(|c| c.from == current)?;
            for (old, new) in &step.merged {
                let mut followed = false;
                for earlier in total.merged.values_mut().filter(|to| *to == old) {
                    earlier.clone_from(new);
                    followed = true;
                }
                if !followed {
                    total.merged.insert(old.clone(), new.clone());
                }
            }
            for (list, step_list) in [
                (&mut total.added, &step.added),
                (&mut total.changed, &step.changed),
            ] {
                for id in step_list {
                    if !list.contains(id) {
                        list.push(id.clone());
                    }
                }
            }
            current = step.to.clone().unwrap_or_else(|| self.version.clone());
            steps += 1;
            // Lists that lead round in a circle lead nowhere.
            if steps > self.changes.len() {
                return None;
            }
        }
        (steps > 0).then_some(total)
    }
}
