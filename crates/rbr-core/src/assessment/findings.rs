//! What in a readable file needs a person's attention, in the words `rbr validate` prints.

use std::fmt;

use serde_json::Value;

use time::Date;

use super::{
    Answer, Assessment, Figure, Lenient, PlanDate, PlanEntry, months_between, parse_date,
    parse_timestamp,
};
use crate::i18n::Language;
use crate::questionnaire::{
    AreaId, JsonProblem, Level, Question, QuestionId, Questionnaire, quoted_string, with_unit,
};
use crate::tl;

/// Something in a readable file that needs a person's attention.
#[derive(Debug, Clone, PartialEq)]
pub enum Finding {
    /// The file names another questionnaire than the one in use.
    OtherQuestionnaire {
        /// Id in the file.
        id: String,
        /// Version in the file.
        version: String,
    },
    /// An answer's level is not an integer from 0 to 4.
    InvalidLevel {
        /// The question.
        question: QuestionId,
        /// The value as written.
        value: String,
    },
    /// An answer whose shape cannot be used at all (not an object, text field not text...).
    MalformedAnswer {
        /// The question.
        question: QuestionId,
        /// What is wrong, as the JSON reader said it.
        reason: JsonProblem,
    },
    /// An answer to a question the questionnaire does not have.
    UnknownQuestion {
        /// The question id as written.
        question: QuestionId,
    },
    /// A target for a question the questionnaire does not have.
    UnknownTargetQuestion {
        /// The question id as written.
        question: QuestionId,
    },
    /// A scope entry that names no area.
    UnknownArea {
        /// The area id as written.
        area: AreaId,
    },
    /// Marked not applicable with no justification.
    MissingJustification {
        /// The question.
        question: QuestionId,
    },
    /// Marked not applicable and given a level.
    NotApplicableWithLevel {
        /// The question.
        question: QuestionId,
    },
    /// Marked not applicable where the question does not allow it: scored as
    /// unanswered until a level is given.
    NotApplicableNotAllowed {
        /// The question.
        question: QuestionId,
    },
    /// A target outside 0 to 4.
    InvalidTarget {
        /// The question.
        question: QuestionId,
        /// The value as written.
        value: String,
    },
    /// A status that is not one of the four.
    InvalidStatus {
        /// The value as written.
        value: String,
    },
    /// A date that is not RFC 3339.
    InvalidDate {
        /// `created` or `modified`.
        field: &'static str,
        /// The value as written.
        value: String,
    },
    /// Something about a measured or planning figure.
    Figure(FigureProblem),
    /// Something in the plan entry of a question.
    Plan {
        /// The question the entry is for, as written.
        question: QuestionId,
        /// What is wrong with it.
        problem: PlanProblem,
    },
}

/// What can be wrong with a figure: an answer's measured figure, or the
/// country's value of a planning figure.
#[derive(Debug, Clone, PartialEq)]
pub enum FigureProblem {
    /// A level above the one the question's measured figure supports, and no
    /// note to say why.
    LevelAbove {
        /// The question.
        question: QuestionId,
        /// The level given.
        level: Level,
        /// The level the figure supports.
        supports: Level,
        /// The figure with its unit, in English and Armenian (`61 days`, `61 օր`).
        value: [String; 2],
    },
    /// A measured figure older than the question's window on the day checked.
    OutOfDate {
        /// The question.
        question: QuestionId,
        /// The date the figure is as of, as written.
        as_of: String,
        /// How old it is, in whole months.
        months: i32,
        /// The question's window, in months.
        window: u32,
    },
    /// A figure's `as_of` that is not a date (`answers.BR2.1.figure.as_of`,
    /// `planning_figures.casualties.as_of`).
    Date {
        /// Where, as a path in the file.
        field: String,
        /// The value as written.
        value: String,
    },
    /// A figure recorded for a question that declares no indicator, or for a
    /// planning figure the questionnaire does not have; kept, not used.
    Unused {
        /// Where, as a path in the file.
        field: String,
    },
    /// A planning figure whose shape cannot be used (a value that is not a number).
    Malformed {
        /// Where, as a path in the file.
        field: String,
        /// What is wrong, as the JSON reader said it.
        reason: JsonProblem,
    },
}

/// What can be wrong with a plan entry.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanProblem {
    /// The questionnaire has no such question.
    UnknownQuestion,
    /// The entry's shape cannot be used at all.
    Malformed {
        /// What is wrong, as the JSON reader said it.
        reason: JsonProblem,
    },
    /// A date that is not `YYYY-MM-DD`.
    InvalidDate {
        /// `start`, `due`, `status_date`, or `milestones[N].date`.
        field: String,
        /// The value as written.
        value: String,
    },
    /// A status that is not one of the four.
    InvalidStatus {
        /// The value as written.
        value: String,
    },
}

impl PlanProblem {
    /// What is wrong with the plan entry of `question`, in `lang`, the place first.
    fn message(&self, question: &QuestionId, lang: Language) -> String {
        match self {
            PlanProblem::UnknownQuestion => tl!(
                lang,
                "finding-unknown-plan-question",
                field = format!("plan.{question}"),
            ),
            PlanProblem::Malformed { reason } => tl!(
                lang,
                "finding-malformed-plan-entry",
                field = format!("plan.{question}"),
                reason = reason.message(lang),
            ),
            PlanProblem::InvalidDate { field, value } => tl!(
                lang,
                "finding-invalid-plan-date",
                field = format!("plan.{question}.{field}"),
                value = value,
                example = PLAN_DATE_EXAMPLE,
            ),
            PlanProblem::InvalidStatus { value } => tl!(
                lang,
                "finding-invalid-plan-status",
                field = format!("plan.{question}.status"),
                value = written(lang, value),
                allowed = PLAN_STATUSES,
            ),
        }
    }
}

/// The values `meta.status` may hold, as files write them.
const STATUSES: &str = "draft, submitted, reviewed, approved";
/// A date as files hold it.
const DATE_EXAMPLE: &str = "2026-11-27T16:30:00Z";
/// A plan date as files hold it.
const PLAN_DATE_EXAMPLE: &str = "2027-06-30";
/// The values a plan status may take, as files write them.
const PLAN_STATUSES: &str = "planned, in-progress, done, deferred";

impl Finding {
    /// What the finding says, and what to do about it, in `lang`: the question
    /// or the field it concerns first (`BR2.1: ...`).
    pub fn message(&self, lang: Language) -> String {
        match self {
            Finding::OtherQuestionnaire { id, version } => tl!(
                lang,
                "finding-other-questionnaire",
                id = id,
                version = version,
                option = "--questionnaire",
            ),
            Finding::InvalidLevel { question, value } => tl!(
                lang,
                "finding-invalid-level",
                question = question.as_str(),
                value = written(lang, value),
            ),
            Finding::MalformedAnswer { question, reason } => tl!(
                lang,
                "finding-malformed-answer",
                question = question.as_str(),
                reason = reason.message(lang),
            ),
            Finding::UnknownQuestion { question } => tl!(
                lang,
                "finding-unknown-question",
                question = question.as_str()
            ),
            Finding::UnknownTargetQuestion { question } => tl!(
                lang,
                "finding-unknown-target-question",
                field = format!("targets.{question}"),
            ),
            Finding::UnknownArea { area } => tl!(
                lang,
                "finding-unknown-area",
                field = "meta.scope",
                area = area.as_str(),
            ),
            Finding::MissingJustification { question } => tl!(
                lang,
                "finding-missing-justification",
                question = question.as_str()
            ),
            Finding::NotApplicableWithLevel { question } => tl!(
                lang,
                "finding-not-applicable-with-level",
                question = question.as_str()
            ),
            Finding::NotApplicableNotAllowed { question } => tl!(
                lang,
                "finding-not-applicable-not-allowed",
                question = question.as_str()
            ),
            Finding::InvalidTarget { question, value } => tl!(
                lang,
                "finding-invalid-target",
                field = format!("targets.{question}"),
                value = written(lang, value),
            ),
            Finding::InvalidStatus { value } => tl!(
                lang,
                "finding-invalid-status",
                field = "meta.status",
                value = written(lang, value),
                allowed = STATUSES,
            ),
            Finding::InvalidDate { field, value } => tl!(
                lang,
                "finding-invalid-date",
                field = format!("meta.{field}"),
                value = value,
                example = DATE_EXAMPLE,
            ),
            Finding::Plan { question, problem } => problem.message(question, lang),
            Finding::Figure(problem) => problem.message(lang),
        }
    }
}

impl FigureProblem {
    /// What is wrong with the figure, and what to do, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            FigureProblem::LevelAbove {
                question,
                level,
                supports,
                value,
            } => tl!(
                lang,
                "finding-level-above-figure",
                question = question.as_str(),
                level = level.to_string(),
                supports = supports.to_string(),
                value = value[usize::from(lang == Language::Hy)].as_str(),
            ),
            FigureProblem::OutOfDate {
                question,
                as_of,
                months,
                window,
            } => tl!(
                lang,
                "finding-figure-out-of-date",
                question = question.as_str(),
                date = parse_date(as_of).map_or_else(
                    || as_of.clone(),
                    |date| crate::i18n::format::date_long(lang, date)
                ),
                months = *months,
                window = *window,
            ),
            FigureProblem::Date { field, value } => tl!(
                lang,
                "finding-figure-date",
                field = field.as_str(),
                value = value.as_str(),
                example = PLAN_DATE_EXAMPLE,
            ),
            FigureProblem::Unused { field } => {
                tl!(lang, "finding-unused-figure", field = field.as_str())
            }
            FigureProblem::Malformed { field, reason } => tl!(
                lang,
                "finding-malformed-figure",
                field = field.as_str(),
                reason = reason.message(lang),
            ),
        }
    }
}

/// A value as the file writes it (JSON), for a message in `lang`: a string in
/// `lang`'s quotation marks (`"high"`, «high»), anything else as written.
fn written(lang: Language, value: &str) -> String {
    match value
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
    {
        Some(inner) => quoted_string(lang, inner),
        None => value.to_owned(),
    }
}

/// The English message, as `rbr validate` prints it in an English interface.
impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

impl Assessment {
    /// Everything in the file that needs a person's attention, in file order, on
    /// the day `on` (a measured figure's age is counted to it).
    pub fn findings(&self, questionnaire: &Questionnaire, on: Date) -> Vec<Finding> {
        let mut findings = Vec::new();
        self.meta_findings(questionnaire, &mut findings);
        self.target_findings(questionnaire, &mut findings);
        for (question, answer) in &self.answers {
            let known = questionnaire.question(question);
            if known.is_none() {
                findings.push(Finding::UnknownQuestion {
                    question: question.clone(),
                });
            }
            match answer {
                Lenient::Valid(answer) => {
                    answer_findings(question, answer, &mut findings);
                    figure_findings(question, known, answer, on, &mut findings);
                    if answer.not_applicable && known.is_some_and(|q| !q.not_applicable.allowed) {
                        findings.push(Finding::NotApplicableNotAllowed {
                            question: question.clone(),
                        });
                    }
                }
                Lenient::Invalid(value) => findings.push(Finding::MalformedAnswer {
                    question: question.clone(),
                    reason: unreadable::<Answer>(value),
                }),
            }
        }
        self.plan_findings(questionnaire, &mut findings);
        self.planning_figure_findings(questionnaire, &mut findings);
        findings
    }

    /// Planning figures the questionnaire does not declare, unreadable ones, dates.
    fn planning_figure_findings(&self, questionnaire: &Questionnaire, findings: &mut Vec<Finding>) {
        for (id, figure) in &self.planning_figures {
            let field = format!("planning_figures.{id}");
            if questionnaire.planning_figure(id).is_none() {
                findings.push(Finding::Figure(FigureProblem::Unused {
                    field: field.clone(),
                }));
            }
            match figure {
                Lenient::Valid(figure) => {
                    if !figure.as_of.trim().is_empty() && figure.as_of_date().is_none() {
                        findings.push(Finding::Figure(FigureProblem::Date {
                            field: format!("{field}.as_of"),
                            value: figure.as_of.clone(),
                        }));
                    }
                }
                Lenient::Invalid(value) => {
                    findings.push(Finding::Figure(FigureProblem::Malformed {
                        field,
                        reason: unreadable::<Figure>(value),
                    }))
                }
            }
        }
    }

    /// Plan entries for unknown questions, unreadable entries, dates and statuses.
    fn plan_findings(&self, questionnaire: &Questionnaire, findings: &mut Vec<Finding>) {
        for (question, entry) in &self.plan {
            if questionnaire.question(question).is_none() {
                findings.push(Finding::Plan {
                    question: question.clone(),
                    problem: PlanProblem::UnknownQuestion,
                });
            }
            let entry = match entry {
                Lenient::Valid(entry) => entry,
                Lenient::Invalid(value) => {
                    let reason = unreadable::<PlanEntry>(value);
                    findings.push(Finding::Plan {
                        question: question.clone(),
                        problem: PlanProblem::Malformed { reason },
                    });
                    continue;
                }
            };
            if let Some(Lenient::Invalid(value)) = &entry.status {
                findings.push(Finding::Plan {
                    question: question.clone(),
                    problem: PlanProblem::InvalidStatus {
                        value: value.to_string(),
                    },
                });
            }
            let dates = [PlanDate::Start, PlanDate::Due, PlanDate::StatusDate]
                .into_iter()
                .map(|field| (field.key().to_owned(), field.of(entry)))
                .chain(
                    entry
                        .milestones
                        .iter()
                        .enumerate()
                        .map(|(n, m)| (format!("milestones[{n}].date"), m.date.as_str())),
                );
            for (field, value) in dates {
                if !value.trim().is_empty() && parse_date(value).is_none() {
                    findings.push(Finding::Plan {
                        question: question.clone(),
                        problem: PlanProblem::InvalidDate {
                            field,
                            value: value.to_owned(),
                        },
                    });
                }
            }
        }
    }

    /// The questionnaire named, the status, the dates and the scope.
    fn meta_findings(&self, questionnaire: &Questionnaire, findings: &mut Vec<Finding>) {
        if self.questionnaire.id != questionnaire.id {
            findings.push(Finding::OtherQuestionnaire {
                id: self.questionnaire.id.clone(),
                version: self.questionnaire.version.clone(),
            });
        }
        if let Lenient::Invalid(value) = &self.meta.status {
            findings.push(Finding::InvalidStatus {
                value: value.to_string(),
            });
        }
        for (field, value) in [
            ("created", &self.meta.created),
            ("modified", &self.meta.modified),
        ] {
            if !value.is_empty() && parse_timestamp(value).is_none() {
                findings.push(Finding::InvalidDate {
                    field,
                    value: value.clone(),
                });
            }
        }
        for area in self.meta.scope.iter().flatten() {
            if questionnaire.area(area).is_none() {
                findings.push(Finding::UnknownArea { area: area.clone() });
            }
        }
    }

    fn target_findings(&self, questionnaire: &Questionnaire, findings: &mut Vec<Finding>) {
        for (question, target) in &self.targets {
            if questionnaire.question(question).is_none() {
                findings.push(Finding::UnknownTargetQuestion {
                    question: question.clone(),
                });
            } else if let Lenient::Invalid(value) = target {
                findings.push(Finding::InvalidTarget {
                    question: question.clone(),
                    value: value.to_string(),
                });
            }
        }
    }
}

/// An unusable level, and the rules of not applicable.
fn answer_findings(question: &QuestionId, answer: &Answer, findings: &mut Vec<Finding>) {
    if let Some(Lenient::Invalid(value)) = &answer.level {
        findings.push(Finding::InvalidLevel {
            question: question.clone(),
            value: value.to_string(),
        });
    }
    if answer.not_applicable {
        if answer.justification.trim().is_empty() {
            findings.push(Finding::MissingJustification {
                question: question.clone(),
            });
        }
        if answer.level.is_some() {
            findings.push(Finding::NotApplicableWithLevel {
                question: question.clone(),
            });
        }
    }
}

/// A level the measured figure does not support without a note to say why, a
/// figure out of date on `on`, an `as_of` that is not a date, a figure for a
/// question without an indicator.
fn figure_findings(
    question: &QuestionId,
    known: Option<&Question>,
    answer: &Answer,
    on: Date,
    findings: &mut Vec<Finding>,
) {
    let Some(figure) = &answer.figure else {
        return;
    };
    let field = format!("answers.{question}.figure");
    let Some(indicator) = known.and_then(|q| q.indicator.as_ref()) else {
        if known.is_some() {
            findings.push(Finding::Figure(FigureProblem::Unused { field }));
        }
        return;
    };
    let as_of = figure.as_of_date();
    if as_of.is_none() && !figure.as_of.trim().is_empty() {
        findings.push(Finding::Figure(FigureProblem::Date {
            field: format!("{field}.as_of"),
            value: figure.as_of.clone(),
        }));
    }
    let Some(value) = figure.value.filter(|v| v.is_finite()) else {
        return;
    };
    let supports = indicator.supports(value);
    if let Some(level) = answer.scored_level()
        && level > supports
        && answer.notes.trim().is_empty()
    {
        let unit = |code: &str| indicator.unit.get(code).to_owned();
        findings.push(Finding::Figure(FigureProblem::LevelAbove {
            question: question.clone(),
            level,
            supports,
            value: [
                with_unit(Language::En, value, &unit("en")),
                with_unit(Language::Hy, value, &unit("hy")),
            ],
        }));
    }
    if let Some(date) = as_of {
        // Older than the window: its whole months, and at least a day more.
        let months = months_between(date, on);
        let window = indicator.window();
        let over = i64::from(months) - i64::from(window);
        if over > 0 || over == 0 && on.day() > date.day() {
            findings.push(Finding::Figure(FigureProblem::OutOfDate {
                question: question.clone(),
                as_of: figure.as_of.clone(),
                months,
                window,
            }));
        }
    }
}

/// Why a value kept as written cannot be read as a `T`, as the JSON reader says it.
fn unreadable<T: serde::de::DeserializeOwned>(value: &Value) -> JsonProblem {
    match serde_json::from_value::<T>(value.clone()) {
        Err(e) => JsonProblem::from_error(&e),
        Ok(_) => JsonProblem::UnexpectedShape,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has_armenian(text: &str) -> bool {
        text.chars().any(|c| ('\u{0531}'..='\u{058F}').contains(&c))
    }

    /// One of each finding, with what its Armenian message must contain.
    fn one_of_each() -> Vec<(Finding, &'static str)> {
        let question = || QuestionId::from("BR3.2");
        vec![
            (
                Finding::OtherQuestionnaire {
                    id: "other".into(),
                    version: "2.0.0".into(),
                },
                "other",
            ),
            (
                Finding::InvalidLevel {
                    question: question(),
                    value: "7".into(),
                },
                "BR3.2: 7 մակարդակը",
            ),
            (
                Finding::MalformedAnswer {
                    question: question(),
                    reason: JsonProblem::MissingField {
                        field: "level".into(),
                    },
                },
                "BR3.2: պատասխանը հնարավոր չէ կարդալ (բացակայում է «level» դաշտը)",
            ),
            (
                Finding::UnknownQuestion {
                    question: question(),
                },
                "BR3.2:",
            ),
            (
                Finding::UnknownTargetQuestion {
                    question: question(),
                },
                "targets.BR3.2:",
            ),
            (
                Finding::UnknownArea {
                    area: AreaId::from("BR9"),
                },
                "«BR9»",
            ),
            (
                Finding::MissingJustification {
                    question: question(),
                },
                "«կիրառելի չէ»",
            ),
            (
                Finding::NotApplicableWithLevel {
                    question: question(),
                },
                "BR3.2:",
            ),
            (
                Finding::InvalidTarget {
                    question: question(),
                    value: "-1".into(),
                },
                "targets.BR3.2: -1",
            ),
            (
                Finding::InvalidStatus {
                    value: "\"archived\"".into(),
                },
                "meta.status: «archived» արժեքը",
            ),
            (
                Finding::InvalidDate {
                    field: "modified",
                    value: "yesterday".into(),
                },
                "meta.modified: yesterday",
            ),
        ]
    }

    /// One of each finding about the plan, with what its Armenian message must contain.
    fn one_of_each_about_the_plan() -> Vec<(Finding, &'static str)> {
        let question = || QuestionId::from("BR3.2");
        vec![
            (
                Finding::Plan {
                    question: QuestionId::from("BR9.1"),
                    problem: PlanProblem::UnknownQuestion,
                },
                "plan.BR9.1:",
            ),
            (
                Finding::Plan {
                    question: question(),
                    problem: PlanProblem::Malformed {
                        reason: JsonProblem::UnexpectedShape,
                    },
                },
                "plan.BR3.2:",
            ),
            (
                Finding::Plan {
                    question: question(),
                    problem: PlanProblem::InvalidDate {
                        field: "due".into(),
                        value: "30.06.2027".into(),
                    },
                },
                "plan.BR3.2.due: 30.06.2027",
            ),
            (
                Finding::Plan {
                    question: question(),
                    problem: PlanProblem::InvalidStatus {
                        value: "\"cancelled\"".into(),
                    },
                },
                "plan.BR3.2.status: «cancelled»",
            ),
        ]
    }

    #[test]
    fn strings_as_written_take_the_languages_quotation_marks() {
        let cases = [
            ("\"high\"", "\"high\"", "«high»"),
            ("\"\"", "\"\"", "«»"),
            ("7", "7", "7"),
            ("2.5", "2.5", "2.5"),
            ("[1]", "[1]", "[1]"),
            ("\"", "\"", "\""),
        ];
        for (value, en, hy) in cases {
            assert_eq!(written(Language::En, value), en);
            assert_eq!(written(Language::Hy, value), hy);
        }
    }

    /// One of each finding about a figure, with what its Armenian message must contain.
    fn one_of_each_about_figures() -> Vec<(Finding, &'static str)> {
        let question = || QuestionId::from("BR3.2");
        let level = |n: u8| Level::new(n).expect("on the scale");
        vec![
            (
                Finding::Figure(FigureProblem::LevelAbove {
                    question: question(),
                    level: level(3),
                    supports: level(2),
                    value: ["61 days".into(), "61 օր".into()],
                }),
                "BR3.2: 3 մակարդակը բարձր է այն մակարդակից, որը հիմնավորում է ցուցանիշը (61 օր՝ 2 մակարդակ)",
            ),
            (
                Finding::Figure(FigureProblem::OutOfDate {
                    question: question(),
                    as_of: "2024-10-31".into(),
                    months: 25,
                    window: 24,
                }),
                "BR3.2: ցուցանիշը 2024 թ. հոկտեմբերի 31-ի դրությամբ է՝ 25 ամիս առաջ",
            ),
            (
                Finding::Figure(FigureProblem::Date {
                    field: "answers.BR3.2.figure.as_of".into(),
                    value: "last spring".into(),
                }),
                "answers.BR3.2.figure.as_of: last spring արժեքն ամսաթիվ չէ",
            ),
            (
                Finding::Figure(FigureProblem::Unused {
                    field: "planning_figures.tanks".into(),
                }),
                "planning_figures.tanks: հարցաշարը",
            ),
            (
                Finding::Figure(FigureProblem::Malformed {
                    field: "planning_figures.casualties".into(),
                    reason: JsonProblem::UnexpectedShape,
                }),
                "planning_figures.casualties: ցուցանիշը հնարավոր չէ կարդալ",
            ),
        ]
    }

    #[test]
    fn every_finding_reads_in_both_languages_and_names_its_place() {
        for (finding, armenian_place) in one_of_each()
            .into_iter()
            .chain(one_of_each_about_the_plan())
            .chain(one_of_each_about_figures())
        {
            let hy = finding.message(Language::Hy);
            let en = finding.message(Language::En);
            assert_eq!(finding.to_string(), en);
            assert!(has_armenian(&hy) && !has_armenian(&en), "{hy} / {en}");
            assert!(
                hy.contains(armenian_place),
                "{armenian_place:?} not in {hy}"
            );
            assert!(hy.ends_with('։') && !hy.contains('?'), "{hy}");
        }
    }
}
