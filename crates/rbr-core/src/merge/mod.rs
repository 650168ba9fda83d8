//! Combining several assessments into one: a national coordinator assembles the
//! ministries' files without retyping anything. Pure: the files' bytes and the
//! time of the merge come in from outside.
//!
//! Each source contributes the answers (and target overrides) of the areas in its
//! scope. Where sources agree, their texts are joined, each headed by its file;
//! where they answer a question differently, that is a [`Conflict`], and nothing is
//! combined until every conflict has a chosen winner ([`Resolutions`]). Every
//! answer taken records the files it came from ([`Source`]); the result is a draft
//! whose `meta.merged_from` names every source. Review trails, plans and any other
//! whole-file content of the sources are not carried over. An answer this version
//! cannot read is carried over as written only where no source has a readable one.

use std::borrow::Cow;
use std::collections::BTreeMap;

use crate::assessment::{
    Answer, Assessment, AssessmentFile, Figure, Lenient, Meta, Response, Source, Status,
};
use crate::i18n::Language;
use crate::questionnaire::{AreaId, Level, QuestionId, Questionnaire};
use crate::tl;

mod combine;

use combine::{Combine, combined_target, meta, planning_figures, winner_value, winners};

/// One file to combine: its name and fingerprint, and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFile {
    /// The file's name and the SHA-256 of its bytes.
    pub source: Source,
    /// The assessment read from those bytes.
    pub assessment: Assessment,
}

impl SourceFile {
    /// The file named `name` (its name, without the folder), as read.
    pub fn new(name: impl Into<String>, file: AssessmentFile) -> Self {
        Self {
            source: Source::new(name, file.fingerprint()),
            assessment: file.into_assessment(),
        }
    }
}

/// What a conflict is about: the answer to a question, or its target override.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Part {
    /// The level or N/A given.
    Answer,
    /// The target level that overrides the questionnaire's.
    Target,
}

/// Which conflict: a question and the part of it the sources disagree on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ConflictKey {
    /// The question.
    pub question: QuestionId,
    /// Its answer or its target.
    pub part: Part,
}

/// One source's side of a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Side {
    /// The source, as an index into the sources given.
    pub source: usize,
    /// What it gives: a level or N/A for an answer, a level for a target.
    pub value: Response,
}

/// A question answered (or targeted) differently by two or more sources.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The question and the part disagreed on.
    pub key: ConflictKey,
    /// Every source that gives a value, in the order the sources were given.
    pub sides: Vec<Side>,
}

/// Which sources cover an area.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// The area.
    pub area: AreaId,
    /// The sources whose scope includes it, as indexes into the sources given.
    pub sources: Vec<usize>,
}

/// What combining the sources would meet, before anything is chosen: who covers
/// which area, and every conflict. The app shows this side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    /// Every area of the questionnaire, in order, with the sources covering it.
    pub coverage: Vec<Coverage>,
    /// Every conflict, answers and targets, in questionnaire order.
    pub conflicts: Vec<Conflict>,
}

/// The source chosen to win each conflict.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resolutions {
    chosen: BTreeMap<ConflictKey, usize>,
}

impl Resolutions {
    /// No choice made yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// `source` wins every one of `conflicts` it takes a side in (`--prefer FILE`);
    /// the others stay unresolved.
    pub fn prefer(conflicts: &[Conflict], source: usize) -> Self {
        let mut resolutions = Self::new();
        for conflict in conflicts {
            if conflict.sides.iter().any(|side| side.source == source) {
                resolutions.choose(conflict.key.clone(), source);
            }
        }
        resolutions
    }

    /// Chooses `source` to win the conflict `key`.
    pub fn choose(&mut self, key: ConflictKey, source: usize) {
        self.chosen.insert(key, source);
    }

    /// The source chosen for `key`, if any.
    pub fn chosen(&self, key: &ConflictKey) -> Option<usize> {
        self.chosen.get(key).copied()
    }
}

/// What the combined assessment is called, and when it was made.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    /// Its title (`meta.title`).
    pub title: String,
    /// The organisation it is for (`meta.organisation`).
    pub organisation: String,
    /// When it was made (RFC 3339, UTC): its `meta.created` and `meta.modified`.
    pub created: String,
}

/// Why the sources could not be combined.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    /// No file was given.
    #[error("{}", self.message(Language::En))]
    NoSources,
    /// A source answers another questionnaire than the one used.
    #[error("{}", self.message(Language::En))]
    OtherQuestionnaire {
        /// The source's file name.
        file: String,
        /// The questionnaire it names.
        found: String,
        /// The questionnaire used.
        expected: String,
    },
    /// Some conflicts have no chosen winner: they are all listed.
    #[error("{}", self.message(Language::En))]
    Unresolved(Vec<Conflict>),
    /// The source chosen for a conflict does not take a side in it.
    #[error("{}", self.message(Language::En))]
    NotASide {
        /// The question of the conflict.
        question: QuestionId,
        /// The file chosen (or its index, when out of range).
        file: String,
    },
}

impl MergeError {
    /// What went wrong, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            MergeError::NoSources => tl!(lang, "error-merge-no-sources"),
            MergeError::OtherQuestionnaire {
                file,
                found,
                expected,
            } => tl!(
                lang,
                "error-merge-other-questionnaire",
                file = file,
                found = found,
                expected = expected,
            ),
            MergeError::Unresolved(conflicts) => {
                tl!(lang, "error-merge-unresolved", count = conflicts.len())
            }
            MergeError::NotASide { question, file } => tl!(
                lang,
                "error-merge-not-a-side",
                question = question.as_str(),
                file = file,
            ),
        }
    }
}

/// The sources' assessments moved to `questionnaire`'s version where they are on
/// an earlier one (as opening them in the app would), after checking that each
/// answers this questionnaire.
fn prepared<'s>(
    questionnaire: &Questionnaire,
    sources: &'s [SourceFile],
) -> Result<Vec<Cow<'s, Assessment>>, MergeError> {
    if sources.is_empty() {
        return Err(MergeError::NoSources);
    }
    sources
        .iter()
        .map(|file| {
            let assessment = &file.assessment;
            if assessment.questionnaire.id != questionnaire.id {
                return Err(MergeError::OtherQuestionnaire {
                    file: file.source.file.clone(),
                    found: assessment.questionnaire.id.clone(),
                    expected: questionnaire.id.clone(),
                });
            }
            if assessment.upgrade_plan(questionnaire).is_none() {
                return Ok(Cow::Borrowed(assessment));
            }
            let mut upgraded = assessment.clone();
            upgraded.upgrade(questionnaire);
            Ok(Cow::Owned(upgraded))
        })
        .collect()
}

/// Who covers which area and every conflict, before anything is chosen.
pub fn analyse(
    questionnaire: &Questionnaire,
    sources: &[SourceFile],
) -> Result<Analysis, MergeError> {
    let assessments = prepared(questionnaire, sources)?;
    Ok(analysis_of(questionnaire, &assessments))
}

fn analysis_of(questionnaire: &Questionnaire, assessments: &[Cow<'_, Assessment>]) -> Analysis {
    let coverage = questionnaire
        .areas
        .iter()
        .map(|area| Coverage {
            area: area.id.clone(),
            sources: (0..assessments.len())
                .filter(|&i| assessments[i].in_scope(&area.id))
                .collect(),
        })
        .collect();
    let mut conflicts = Vec::new();
    for area in &questionnaire.areas {
        let covering: Vec<usize> = (0..assessments.len())
            .filter(|&i| assessments[i].in_scope(&area.id))
            .collect();
        for question in &area.questions {
            for part in [Part::Answer, Part::Target] {
                let sides: Vec<Side> = covering
                    .iter()
                    .filter_map(|&source| {
                        given(&assessments[source], &question.id, part)
                            .map(|value| Side { source, value })
                    })
                    .collect();
                if sides.iter().any(|side| side.value != sides[0].value) {
                    let key = ConflictKey {
                        question: question.id.clone(),
                        part,
                    };
                    conflicts.push(Conflict { key, sides });
                }
            }
        }
    }
    Analysis {
        coverage,
        conflicts,
    }
}

/// What a source gives for a part of a question: a level or N/A for an answer, a
/// level for a target override; none when it gives nothing usable.
fn given(assessment: &Assessment, question: &QuestionId, part: Part) -> Option<Response> {
    match part {
        Part::Answer => Some(assessment.response(question)).filter(|r| r.is_done()),
        Part::Target => assessment
            .targets
            .get(question)
            .and_then(Lenient::valid)
            .map(|&level| Response::Level(level)),
    }
}

/// Combines `sources` into a new draft assessment, each conflict won by the source
/// `resolutions` chooses. Fails, listing them all, while any conflict has no
/// winner; the sources themselves are never changed.
pub fn merge(
    questionnaire: &Questionnaire,
    sources: &[SourceFile],
    resolutions: &Resolutions,
    settings: &Settings,
) -> Result<Assessment, MergeError> {
    let assessments = prepared(questionnaire, sources)?;
    let analysis = analysis_of(questionnaire, &assessments);
    let winners = winners(&analysis.conflicts, resolutions, sources)?;
    let mut result = Assessment::new(
        questionnaire,
        meta(questionnaire, sources, &assessments, settings),
    );
    let language = Language::from_code(result.language()).unwrap_or_default();
    let names: Vec<&str> = sources.iter().map(|s| s.source.file.as_str()).collect();
    for area in &questionnaire.areas {
        let covering: Vec<usize> = (0..assessments.len())
            .filter(|&i| assessments[i].in_scope(&area.id))
            .collect();
        for question in &area.questions {
            let id = &question.id;
            let answers: Vec<(usize, &Lenient<Answer>)> = covering
                .iter()
                .filter_map(|&i| assessments[i].answers.get(id).map(|a| (i, a)))
                .collect();
            let winner = winner_value(&winners, &assessments, id, Part::Answer);
            let combined = Combine {
                names: &names,
                sources,
                language,
            };
            if let Some(answer) = combined.answer(&answers, winner) {
                result.answers.insert(id.clone(), answer);
            }
            let targets: Vec<&Lenient<Level>> = covering
                .iter()
                .filter_map(|&i| assessments[i].targets.get(id))
                .collect();
            let target = winner_value(&winners, &assessments, id, Part::Target);
            if let Some(target) = combined_target(&targets, target) {
                result.targets.insert(id.clone(), target);
            }
        }
    }
    result.planning_figures = planning_figures(&assessments);
    Ok(result)
}

#[cfg(test)]
mod tests {
    use super::combine::distinct;
    use super::*;

    fn level(n: u8) -> Response {
        Response::Level(Level::new(n).expect("on the scale"))
    }

    fn conflict(question: &str, sources: &[usize]) -> Conflict {
        Conflict {
            key: ConflictKey {
                question: QuestionId::from(question),
                part: Part::Answer,
            },
            sides: sources
                .iter()
                .map(|&source| Side {
                    source,
                    value: level(u8::try_from(source).unwrap_or(0)),
                })
                .collect(),
        }
    }

    #[test]
    fn planning_figures_are_kept_and_the_newest_wins() {
        let q = Questionnaire::built_in();
        let figure = |value: f64, as_of: &str| {
            Lenient::Valid(Figure {
                value: Some(value),
                as_of: as_of.into(),
                source: format!("survey of {as_of}"),
                ..Figure::default()
            })
        };
        let sources: Vec<SourceFile> = [
            (
                "a.rbr.json",
                vec![
                    ("influx", figure(30000.0, "2025-03-01")),
                    ("casualties", figure(100.0, "2026-01-01")),
                ],
            ),
            (
                "b.rbr.json",
                vec![
                    ("influx", figure(45000.0, "2026-06-30")),
                    ("water-outage-days", figure(10.0, "2026-02-01")),
                ],
            ),
            (
                "c.rbr.json",
                vec![("influx", figure(20000.0, "2024-01-01"))],
            ),
        ]
        .into_iter()
        .map(|(name, figures)| {
            let mut assessment = Assessment::new(&q, Meta::default());
            for (id, figure) in figures {
                assessment.planning_figures.insert(id.into(), figure);
            }
            let bytes = assessment.to_json(&q).expect("writes");
            SourceFile::new(name, AssessmentFile::parse(bytes).expect("reads back"))
        })
        .collect();
        let settings = Settings {
            title: "Combined".into(),
            organisation: "Government".into(),
            created: "2026-12-06T10:00:00Z".into(),
        };
        let combined = merge(&q, &sources, &Resolutions::new(), &settings).expect("no conflicts");
        let value = |id: &str| match combined.planning_figures.get(id) {
            Some(Lenient::Valid(f)) => (f.value, f.as_of.clone()),
            other => panic!("{id}: {other:?}"),
        };
        assert_eq!(
            value("influx"),
            (Some(45000.0), "2026-06-30".into()),
            "the newest"
        );
        assert_eq!(
            value("casualties"),
            (Some(100.0), "2026-01-01".into()),
            "only in a"
        );
        assert_eq!(
            value("water-outage-days"),
            (Some(10.0), "2026-02-01".into()),
            "only in b"
        );
        assert_eq!(combined.planning_figures.len(), 3);
    }

    #[test]
    fn a_preferred_file_wins_only_the_conflicts_it_takes_a_side_in() {
        let conflicts = [conflict("BR2.1", &[0, 1]), conflict("BR2.2", &[1, 2])];
        let cases = [
            (0, [Some(0), None]),
            (1, [Some(1), Some(1)]),
            (3, [None, None]),
        ];
        for (preferred, expected) in cases {
            let resolutions = Resolutions::prefer(&conflicts, preferred);
            let chosen = conflicts.each_ref().map(|c| resolutions.chosen(&c.key));
            assert_eq!(chosen, expected, "prefer {preferred}");
        }
    }

    #[test]
    fn texts_are_headed_by_their_file_only_when_several_are_joined() {
        let q = Questionnaire::built_in();
        let names = ["a.rbr.json", "b.rbr.json"];
        let sources: Vec<SourceFile> = names
            .iter()
            .map(|n| {
                let bytes = Assessment::new(&q, Meta::default())
                    .to_json(&q)
                    .expect("writes");
                SourceFile::new(*n, AssessmentFile::parse(bytes).expect("reads back"))
            })
            .collect();
        let combine = Combine {
            names: &names,
            sources: &sources,
            language: Language::En,
        };
        let answer = |evidence: &str| Answer {
            evidence: evidence.into(),
            ..Answer::default()
        };
        let cases = [
            (["only a", ""], "only a"),
            (["", "  only b  "], "only b"),
            (["one", "two"], "[a.rbr.json]\none\n\n[b.rbr.json]\ntwo"),
            (["", ""], ""),
        ];
        for (texts, expected) in cases {
            let answers = [(0, answer(texts[0])), (1, answer(texts[1]))];
            let pairs: Vec<(usize, &Answer)> = answers.iter().map(|(i, a)| (*i, a)).collect();
            let taken: Vec<&(usize, &Answer)> = pairs.iter().collect();
            assert_eq!(
                combine.joined(&taken, |a| &a.evidence),
                expected,
                "{texts:?}"
            );
        }
    }

    #[test]
    fn markings_and_languages_are_each_kept_once_in_order() {
        let cases: [(&[&str], &[&str]); 3] = [
            (&["UNCLASSIFIED", "", "UNCLASSIFIED"], &["UNCLASSIFIED"]),
            (&["A", "B", "A"], &["A", "B"]),
            (&["", ""], &[]),
        ];
        for (values, expected) in cases {
            assert_eq!(distinct(values.iter().copied()), expected);
        }
    }
}
