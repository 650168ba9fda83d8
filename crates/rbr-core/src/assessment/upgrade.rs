//! Moving a file answered under an earlier questionnaire version to the current one,
//! by the questionnaire's change list: nothing is dropped, and answers whose
//! question changed meaning are flagged for re-checking.

use super::{Assessment, Lenient};
use crate::questionnaire::{QuestionId, Questionnaire};

/// What moving a file to the questionnaire's version changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Upgrade {
    /// The version the file was answered under.
    pub from: String,
    /// The questionnaire's version.
    pub to: String,
    /// Answered questions whose meaning changed: their answers need re-checking.
    pub recheck: Vec<QuestionId>,
    /// Questions new in this version.
    pub added: Vec<QuestionId>,
    /// Answers that move to another id (merged questions): old id, new id.
    pub moved: Vec<(QuestionId, QuestionId)>,
}

impl Assessment {
    /// What moving this file to `questionnaire`'s version would change; none when it
    /// is on that version already, or no change list leads there from its version.
    pub fn upgrade_plan(&self, questionnaire: &Questionnaire) -> Option<Upgrade> {
        if self.questionnaire.id != questionnaire.id
            || self.questionnaire.version == questionnaire.version
        {
            return None;
        }
        let changes = questionnaire.changes_from(&self.questionnaire.version)?;
        let mut recheck: Vec<QuestionId> = changes
            .changed
            .iter()
            .filter(|id| self.response(id).is_done())
            .cloned()
            .collect();
        let moved: Vec<(QuestionId, QuestionId)> = changes
            .merged
            .iter()
            .filter(|(old, new)| {
                self.answers.contains_key(*old) && !self.answers.contains_key(*new)
            })
            .map(|(old, new)| (old.clone(), new.clone()))
            .collect();
        // A moved answer was given to another question: it is checked again there.
        for (_, new) in &moved {
            if !recheck.contains(new) {
                recheck.push(new.clone());
            }
        }
        Some(Upgrade {
            from: self.questionnaire.version.clone(),
            to: questionnaire.version.clone(),
            recheck,
            added: changes.added.clone(),
            moved,
        })
    }

    /// Moves this file to `questionnaire`'s version, as [`Assessment::upgrade_plan`]
    /// says. An answer to a merged question whose new id is already answered stays
    /// under its old id (kept and reported, never dropped).
    pub fn upgrade(&mut self, questionnaire: &Questionnaire) -> Option<Upgrade> {
        let plan = self.upgrade_plan(questionnaire)?;
        for (old, new) in &plan.moved {
            if let Some(answer) = self.answers.shift_remove(old) {
                self.answers.insert(new.clone(), answer);
            }
        }
        for id in &plan.recheck {
            if let Some(Lenient::Valid(answer)) = self.answers.get_mut(id) {
                answer.recheck = true;
            }
        }
        self.questionnaire.version = plan.to.clone();
        self.sort(questionnaire);
        Some(plan)
    }
}
