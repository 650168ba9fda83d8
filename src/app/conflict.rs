//! A save that would overwrite someone else's change: the file on disk is no longer
//! the one this document read or last wrote (its SHA-256 differs; modification
//! times, which network drives round, are not trusted). Nothing is overwritten
//! unseen: the app shows which questions changed on disk and offers to combine
//! both sides, to save mine as a copy, or to overwrite after a confirmation.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::app::App;
use indexmap::IndexMap;

use crate::assessment::{Assessment, Lenient};
use crate::questionnaire::QuestionId;
use crate::storage;

/// What the conflict dialog shows and keeps while it is open.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The file that changed on disk.
    pub path: PathBuf,
    /// What the file holds now.
    pub theirs: Assessment,
    /// The SHA-256 of the bytes `theirs` was read from.
    pub theirs_sha256: String,
    /// Questions whose answer on disk differs from what this document read.
    pub changed_there: Vec<QuestionId>,
    /// Questions changed both here and on disk, differently: each is settled by
    /// the person (mine by default).
    pub both: Vec<QuestionId>,
    /// Of those, the ones to take from the file on disk.
    pub take_theirs: BTreeSet<QuestionId>,
    /// "Overwrite" was chosen once: the second click overwrites.
    pub confirm_overwrite: bool,
}

/// How a conflict is settled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConflictChoice {
    /// Put both sides together, then save.
    Combine,
    /// Save mine under another name; the file stays as the other person left it.
    SaveCopy,
    /// Overwrite the file with mine (asks once more first).
    Overwrite,
    /// Do nothing now; my work stays in the window.
    Cancel,
}

/// The keys of every map in `maps`, each once, in the order first met.
fn keys_in_order<'a, K: PartialEq, V>(maps: &[&'a IndexMap<K, V>]) -> Vec<&'a K> {
    let mut keys: Vec<&K> = Vec::new();
    for map in maps {
        for key in map.keys() {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
    }
    keys
}

/// Mine, unless only they changed it since `base`: then theirs.
fn settle<'a, T: PartialEq>(base: &T, mine: &'a T, theirs: &'a T) -> &'a T {
    if mine == base && theirs != base {
        theirs
    } else {
        mine
    }
}

fn answer<'a>(
    file: &'a Assessment,
    id: &QuestionId,
) -> Option<&'a Lenient<crate::assessment::Answer>> {
    file.answers.get(id)
}

/// Mine and theirs put together over `base`: where only they changed an answer,
/// theirs; where only I did, mine; where both did, theirs for the questions in
/// `take_theirs`, mine for the others. Each target and planning figure is mine
/// unless only they changed it; the details, plan and review trail are mine unless
/// only they changed them.
pub fn combine(
    base: &Assessment,
    mine: &Assessment,
    theirs: &Assessment,
    take_theirs: &BTreeSet<QuestionId>,
) -> Assessment {
    let mut combined = mine.clone();
    for id in keys_in_order(&[&base.answers, &mine.answers, &theirs.answers]) {
        let (b, m, t) = (answer(base, id), answer(mine, id), answer(theirs, id));
        let take = (m == b && t != b) || (m != b && t != b && m != t && take_theirs.contains(id));
        if take {
            match t {
                Some(theirs) => {
                    combined.answers.insert(id.clone(), theirs.clone());
                }
                None => {
                    combined.answers.shift_remove(id);
                }
            }
        }
    }
    combined.meta = settle(&base.meta, &mine.meta, &theirs.meta).clone();
    combined.targets = per_key(&base.targets, &mine.targets, &theirs.targets);
    combined.plan = settle(&base.plan, &mine.plan, &theirs.plan).clone();
    combined.review = settle(&base.review, &mine.review, &theirs.review).clone();
    combined.planning_figures = per_key(
        &base.planning_figures,
        &mine.planning_figures,
        &theirs.planning_figures,
    );
    combined
}

/// A map put together key by key: theirs where only they changed a key (set,
/// changed or removed it), mine everywhere else. Mine's order first, then keys
/// only they added.
fn per_key<K, V>(
    base: &IndexMap<K, V>,
    mine: &IndexMap<K, V>,
    theirs: &IndexMap<K, V>,
) -> IndexMap<K, V>
where
    K: std::hash::Hash + Eq + Clone,
    V: PartialEq + Clone,
{
    keys_in_order(&[mine, theirs, base])
        .into_iter()
        .filter_map(|key| {
            let (b, m, t) = (base.get(key), mine.get(key), theirs.get(key));
            settle(&b, &m, &t).map(|value| (key.clone(), value.clone()))
        })
        .collect()
}

impl App {
    /// The conflict a save to `path` would cause: the document's own file, whose
    /// bytes on disk are no longer the ones it read or last wrote. A file that is
    /// gone, or cannot be read, is no conflict: saving loses nothing there.
    pub(super) fn changed_on_disk(&self, path: &Path) -> Option<Conflict> {
        let doc = self.doc.as_ref()?;
        if doc.path() != Some(path) {
            return None;
        }
        let known = doc.disk_sha256()?;
        let bytes = storage::read_limited(path).ok()?;
        let theirs_sha256 = crate::hash::fingerprint(&bytes);
        if theirs_sha256 == known {
            return None;
        }
        let theirs = Assessment::from_bytes(&bytes).ok()?;
        let base = doc.disk_assessment()?;
        let mine = doc.assessment();
        let ids = keys_in_order(&[&base.answers, &mine.answers, &theirs.answers]);
        let changed_there = ids
            .iter()
            .filter(|id| answer(&theirs, id) != answer(base, id))
            .map(|id| (*id).clone())
            .collect::<Vec<_>>();
        let both = changed_there
            .iter()
            .filter(|id| {
                let m = answer(mine, id);
                m != answer(base, id) && m != answer(&theirs, id)
            })
            .cloned()
            .collect();
        Some(Conflict {
            path: path.to_owned(),
            theirs,
            theirs_sha256,
            changed_there,
            both,
            take_theirs: BTreeSet::new(),
            confirm_overwrite: false,
        })
    }

    /// Settles the conflict shown.
    pub(super) fn settle_conflict(&mut self, choice: ConflictChoice) {
        let Some(mut conflict) = self.dialogs.conflict.take() else {
            return;
        };
        match choice {
            ConflictChoice::Cancel => {}
            ConflictChoice::Overwrite if !conflict.confirm_overwrite => {
                conflict.confirm_overwrite = true;
                self.dialogs.conflict = Some(conflict);
            }
            ConflictChoice::Overwrite => self.write_to(conflict.path),
            ConflictChoice::SaveCopy => self.save(true),
            ConflictChoice::Combine => {
                let Some(doc) = self.doc.as_mut() else { return };
                let Some(base) = doc.disk_assessment().cloned() else {
                    return;
                };
                let combined = combine(
                    &base,
                    doc.assessment(),
                    &conflict.theirs,
                    &conflict.take_theirs,
                );
                doc.replace_with(combined);
                // The file as it was read for the dialog is what was combined with:
                // saving over it loses nothing, and should it have changed again
                // since, the save finds that and asks again.
                doc.set_on_disk(conflict.theirs_sha256, conflict.theirs);
                self.save(false);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Meta;
    use crate::questionnaire::{Level, Questionnaire};

    fn with_levels(levels: &[(&str, u8)]) -> Assessment {
        let mut a = Assessment::new(&Questionnaire::built_in(), Meta::default());
        for &(id, level) in levels {
            a.answer_mut(&QuestionId::from(id)).level =
                Some(Lenient::Valid(Level::new(level).expect("a level")));
        }
        a
    }

    #[test]
    fn each_side_keeps_what_only_it_changed_and_both_are_settled_by_choice() {
        let base = with_levels(&[("BR2.1", 1), ("BR2.2", 1), ("BR2.3", 1)]);
        let mine = with_levels(&[("BR2.1", 2), ("BR2.2", 1), ("BR2.3", 3)]);
        let theirs = with_levels(&[("BR2.1", 1), ("BR2.2", 4), ("BR2.3", 0)]);
        let level = |a: &Assessment, id: &str| {
            a.answer(&QuestionId::from(id))
                .and_then(|x| x.scored_level())
                .map(Level::value)
        };
        let kept = combine(&base, &mine, &theirs, &BTreeSet::new());
        assert_eq!(level(&kept, "BR2.1"), Some(2), "only mine changed it");
        assert_eq!(level(&kept, "BR2.2"), Some(4), "only theirs changed it");
        assert_eq!(level(&kept, "BR2.3"), Some(3), "both: mine by default");
        let chosen = combine(&base, &mine, &theirs, &BTreeSet::from(["BR2.3".into()]));
        assert_eq!(level(&chosen, "BR2.3"), Some(0), "both: theirs, as chosen");
    }

    #[test]
    fn targets_and_planning_figures_are_put_together_one_by_one() {
        let target = |n: u8| Lenient::Valid(Level::new(n).expect("a level"));
        let figure = |value: f64| {
            Lenient::Valid(crate::assessment::Figure {
                value: Some(value),
                ..crate::assessment::Figure::default()
            })
        };
        let mut base = with_levels(&[]);
        base.targets.insert("BR2.1".into(), target(2));
        base.planning_figures
            .insert("influx".into(), figure(30000.0));
        base.planning_figures
            .insert("casualties".into(), figure(100.0));
        let mut mine = base.clone();
        mine.targets.insert("BR2.1".into(), target(3));
        mine.planning_figures
            .insert("influx".into(), figure(45000.0));
        let mut theirs = base.clone();
        theirs.targets.insert("BR7.1".into(), target(4));
        theirs.planning_figures.shift_remove("casualties");
        theirs
            .planning_figures
            .insert("gas-cut-days".into(), figure(20.0));
        let kept = combine(&base, &mine, &theirs, &BTreeSet::new());
        assert_eq!(
            kept.targets.get(&QuestionId::from("BR2.1")),
            Some(&target(3)),
            "mine"
        );
        assert_eq!(
            kept.targets.get(&QuestionId::from("BR7.1")),
            Some(&target(4)),
            "theirs"
        );
        assert_eq!(
            kept.planning_figures.get("influx"),
            Some(&figure(45000.0)),
            "mine"
        );
        assert_eq!(
            kept.planning_figures.get("gas-cut-days"),
            Some(&figure(20.0)),
            "theirs"
        );
        assert!(
            !kept.planning_figures.contains_key("casualties"),
            "they removed it"
        );
    }
}
