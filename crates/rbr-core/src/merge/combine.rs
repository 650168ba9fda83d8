//! How the sources' answers, targets and details become the combined file's: the
//! winner of each conflict, texts joined under their files' names, the losers'
//! evidence kept in the notes, the planning figures, and the combined file's details.

use std::collections::BTreeMap;

use super::*;

/// The winning source of every conflict, checked: each has one, and it is a side.
pub(super) fn winners(
    conflicts: &[Conflict],
    resolutions: &Resolutions,
    sources: &[SourceFile],
) -> Result<BTreeMap<ConflictKey, usize>, MergeError> {
    let mut winners = BTreeMap::new();
    let mut unresolved = Vec::new();
    for conflict in conflicts {
        match resolutions.chosen(&conflict.key) {
            None => unresolved.push(conflict.clone()),
            Some(source) if conflict.sides.iter().any(|s| s.source == source) => {
                winners.insert(conflict.key.clone(), source);
            }
            Some(source) => {
                return Err(MergeError::NotASide {
                    question: conflict.key.question.clone(),
                    file: sources
                        .get(source)
                        .map_or_else(|| source.to_string(), |s| s.source.file.clone()),
                });
            }
        }
    }
    if unresolved.is_empty() {
        Ok(winners)
    } else {
        Err(MergeError::Unresolved(unresolved))
    }
}

/// The value that wins a part of a question: the chosen source's, where the
/// sources disagree; none where they do not (then every source agrees).
pub(super) fn winner_value(
    winners: &BTreeMap<ConflictKey, usize>,
    assessments: &[Cow<'_, Assessment>],
    question: &QuestionId,
    part: Part,
) -> Option<Response> {
    let key = ConflictKey {
        question: question.clone(),
        part,
    };
    winners
        .get(&key)
        .and_then(|&source| given(&assessments[source], question, part))
}

/// The combined file's `meta`: the title and organisation asked for, a draft made
/// now, the union of the scopes, and the sources named.
pub(super) fn meta(
    questionnaire: &Questionnaire,
    sources: &[SourceFile],
    assessments: &[Cow<'_, Assessment>],
    settings: &Settings,
) -> Meta {
    let metas: Vec<&Meta> = assessments.iter().map(|a| &a.meta).collect();
    let scope = if metas.iter().any(|m| m.scope.is_none()) {
        None
    } else {
        let mut union: Vec<AreaId> = Vec::new();
        for area in metas.iter().filter_map(|m| m.scope.as_ref()).flatten() {
            if !union.contains(area) {
                union.push(area.clone());
            }
        }
        // In questionnaire order, as the app lists areas; unknown ids last.
        let position = |id: &AreaId| {
            questionnaire
                .areas
                .iter()
                .position(|a| &a.id == id)
                .unwrap_or(usize::MAX)
        };
        union.sort_by_key(position);
        Some(union)
    };
    Meta {
        title: settings.title.clone(),
        organisation: settings.organisation.clone(),
        created: settings.created.clone(),
        modified: settings.created.clone(),
        language: distinct(metas.iter().map(|m| m.language.trim()))
            .first()
            .map(|&l| l.to_owned())
            .unwrap_or_default(),
        // Different markings are all kept, for a person to settle.
        classification: distinct(metas.iter().map(|m| m.classification.trim())).join(" / "),
        status: Lenient::Valid(Status::Draft),
        scope,
        merged_from: sources.iter().map(|s| s.source.clone()).collect(),
        ..Meta::default()
    }
}

/// The non-empty values, each once, in the order first met.
pub(super) fn distinct<'a>(values: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen: Vec<&str> = Vec::new();
    for value in values.filter(|v| !v.is_empty()) {
        if !seen.contains(&value) {
            seen.push(value);
        }
    }
    seen
}

/// The target override of a question: the winner's where the sources disagree,
/// else the one they share; an unreadable one is kept when no source has another.
pub(super) fn combined_target(
    targets: &[&Lenient<Level>],
    winner: Option<Response>,
) -> Option<Lenient<Level>> {
    if let Some(level) = winner.and_then(Response::level) {
        return Some(Lenient::Valid(level));
    }
    targets
        .iter()
        .find(|t| t.valid().is_some())
        .or_else(|| targets.first())
        .map(|&t| t.clone())
}

/// What combining one question's answers needs besides them.
pub(super) struct Combine<'a> {
    /// Each source's file name, by index.
    pub(super) names: &'a [&'a str],
    pub(super) sources: &'a [SourceFile],
    /// The combined file's language, for the notes it writes.
    pub(super) language: Language,
}

impl Combine<'_> {
    /// The combined answer to one question from the sources' `answers`; the
    /// `winner`'s response where they conflict. None when no source answered.
    pub(super) fn answer(
        &self,
        answers: &[(usize, &Lenient<Answer>)],
        winner: Option<Response>,
    ) -> Option<Lenient<Answer>> {
        let valid: Vec<(usize, &Answer)> = answers
            .iter()
            .filter_map(|&(i, a)| a.valid().filter(|a| !a.is_empty()).map(|a| (i, a)))
            .collect();
        if valid.is_empty() {
            // An answer this version cannot read is kept as written, for a person
            // to fix, where no source has a readable one.
            return answers
                .iter()
                .find(|(_, a)| a.valid().is_none())
                .map(|&(_, a)| a.clone());
        }
        let response = winner.or_else(|| {
            valid
                .iter()
                .map(|(_, a)| a.response())
                .find(|r| r.is_done())
        });
        let (taken, overruled): (Vec<_>, Vec<_>) = valid.iter().partition(|(_, a)| {
            let r = a.response();
            !r.is_done() || Some(r) == response
        });
        Some(Lenient::Valid(self.combined(&taken, &overruled, response)))
    }

    fn combined(
        &self,
        taken: &[&(usize, &Answer)],
        overruled: &[&(usize, &Answer)],
        response: Option<Response>,
    ) -> Answer {
        let first = taken
            .iter()
            .find(|(_, a)| Some(a.response()) == response)
            .or_else(|| taken.first())
            .map(|(_, a)| *a);
        let mut answer = Answer {
            level: first.and_then(|a| a.level.clone()),
            not_applicable: first.is_some_and(|a| a.not_applicable),
            justification: self.joined(taken, |a| &a.justification),
            evidence: self.joined(taken, |a| &a.evidence),
            notes: self.joined(taken, |a| &a.notes),
            follow_up: taken.iter().any(|(_, a)| a.follow_up),
            recheck: taken.iter().any(|(_, a)| a.recheck),
            sources: taken
                .iter()
                .map(|&&(i, _)| self.sources[i].source.clone())
                .collect(),
            ..Answer::default()
        };
        for (_, a) in taken {
            for (key, value) in &a.extra {
                answer
                    .extra
                    .entry(key.clone())
                    .or_insert_with(|| value.clone());
            }
        }
        for &&(i, loser) in overruled {
            let note = self.overruled(self.names[i], loser);
            if !answer.notes.is_empty() {
                answer.notes.push_str("\n\n");
            }
            answer.notes.push_str(&note);
        }
        answer
    }

    /// One text of the answers taken: as it is when one source has it, else each
    /// source's text headed by its file name.
    pub(super) fn joined(
        &self,
        taken: &[&(usize, &Answer)],
        text: impl Fn(&Answer) -> &String,
    ) -> String {
        let texts: Vec<(usize, &str)> = taken
            .iter()
            .map(|&&(i, a)| (i, text(a).trim()))
            .filter(|(_, t)| !t.is_empty())
            .collect();
        match texts.as_slice() {
            [] => String::new(),
            [(_, only)] => (*only).to_owned(),
            _ => texts
                .iter()
                .map(|(i, t)| format!("[{}]\n{t}", self.names[*i]))
                .collect::<Vec<_>>()
                .join("\n\n"),
        }
    }

    /// What an answer not taken gave, for the notes: whose it was, its level or
    /// N/A, and its evidence, justification and notes.
    fn overruled(&self, name: &str, answer: &Answer) -> String {
        let given = match answer.response() {
            Response::Level(level) => tl!(
                self.language,
                "merge-given-level",
                level = level.to_string()
            ),
            Response::NotApplicable => tl!(self.language, "merge-given-not-applicable"),
            Response::Unanswered => tl!(self.language, "merge-given-nothing"),
        };
        let mut note = format!(
            "[{name}] {}",
            tl!(self.language, "merge-not-taken", answer = given)
        );
        let parts = [
            ("merge-evidence", &answer.evidence),
            ("merge-justification", &answer.justification),
            ("merge-notes", &answer.notes),
        ];
        for (label, text) in parts {
            if !text.trim().is_empty() {
                note.push_str(&format!("\n{}\n{}", tl!(self.language, label), text.trim()));
            }
        }
        note
    }
}

/// The planning figures of the combined file: every figure a source gives; where
/// sources give different values, the most recent (`as_of`; dates `YYYY-MM-DD`
/// compare as text), and on a tie the first file's. A figure is a national fact,
/// not a judgement to settle question by question: the newer one replaces it.
pub(super) fn planning_figures(
    assessments: &[Cow<'_, Assessment>],
) -> indexmap::IndexMap<String, Lenient<Figure>> {
    let as_of = |figure: &Lenient<Figure>| match figure {
        Lenient::Valid(f) => Some(f.as_of.clone()),
        Lenient::Invalid(_) => None,
    };
    let mut combined = indexmap::IndexMap::new();
    for assessment in assessments {
        for (id, figure) in &assessment.planning_figures {
            let newer = combined
                .get(id)
                .is_none_or(|kept| as_of(figure) > as_of(kept));
            if newer {
                combined.insert(id.clone(), figure.clone());
            }
        }
    }
    combined
}
