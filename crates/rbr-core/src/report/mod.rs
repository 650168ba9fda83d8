//! The gap report: what officials read. Pure data here, PDF bytes in [`pdf`].
//!
//! [`Report::build`] gathers everything the document shows from the questionnaire,
//! the assessment and the bytes of its file; every figure comes from
//! [`crate::scoring::score`], so the report, the command line and the app agree.
//! [`render_pdf`] turns a report into bytes without touching the disk or the clock:
//! the report date is passed in, so the same file gives the same PDF.
//!
//! The report is written in one [`Language`]: the assessment's (`meta.language`)
//! unless the caller chooses another. Every word of the document's own comes from
//! the Fluent messages (`assets/i18n/*/report.ftl` and `common.ftl`), figures and
//! dates from [`crate::i18n::format`], and the questionnaire's texts from the
//! questionnaire in that language, English where it has none.

mod canvas;
mod chart;
pub mod fonts;
mod layout;
mod model;
pub mod pdf;
mod progress;
mod review;
mod sections;
mod words;

use time::Date;
use time::macros::format_description;

use crate::assessment::{Assessment, AssessmentFile, Lenient, parse_timestamp};
use crate::i18n::Language;
use crate::questionnaire::{Level, Questionnaire};
use crate::scoring::{self, Score};
use crate::tl;

pub use fonts::Fonts;
pub use model::{
    Approver, AreaSection, CommentEntry, GapEntry, KnockOnEntry, PlanningFigureRow, QuestionEntry,
    QuestionRow, Report, Response, ReviewState, ScaleStep,
};
pub use pdf::render_pdf;
pub use progress::{Progress, ProgressGap};

/// The scoring method as the README publishes it, word for word (Markdown).
pub const SCORING_METHOD: &str = include_str!("scoring-method.md");

/// The scoring method in Armenian, as the README's Armenian section publishes it.
pub const SCORING_METHOD_HY: &str = include_str!("scoring-method.hy.md");

/// The scoring method's text in `lang`, as the annex prints it.
pub fn scoring_method(lang: Language) -> &'static str {
    match lang {
        Language::En => SCORING_METHOD,
        Language::Hy => SCORING_METHOD_HY,
    }
}

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The report date given is not a calendar date.
    #[error("{}", self.message(Language::En))]
    InvalidDate {
        /// The value as given.
        value: String,
    },
    /// No date was given and the file has no usable `meta.modified`.
    #[error("{}", self.message(Language::En))]
    NoDate {
        /// The `meta.modified` value as written (may be empty).
        modified: String,
    },
    /// A font could not be read.
    #[error("{}", self.message(Language::En))]
    Font {
        /// The font's name.
        name: String,
        /// What went wrong.
        reason: String,
    },
}

impl ReportError {
    /// Why the report could not be made, and what to do, in `lang`, with the
    /// value as given.
    pub fn message(&self, lang: Language) -> String {
        match self {
            ReportError::InvalidDate { value } => tl!(
                lang,
                "report-error-invalid-date",
                value = value,
                example = "2026-11-27",
            ),
            ReportError::NoDate { modified } => tl!(
                lang,
                "report-error-no-date",
                field = "meta.modified",
                value = modified,
                option = "--date",
            ),
            ReportError::Font { name, reason } => {
                tl!(lang, "report-error-font", name = name, reason = reason)
            }
        }
    }
}

impl Report {
    /// Gathers the report of the assessment in `file` (whose bytes give the
    /// fingerprint), dated `date` (`YYYY-MM-DD`) or else by the date part of
    /// `meta.modified`, written in `language` (see [`report_language`] for the
    /// usual choice).
    pub fn build(
        questionnaire: &Questionnaire,
        file: &AssessmentFile,
        date: Option<&str>,
        language: Language,
    ) -> Result<Self, ReportError> {
        let assessment = file.assessment();
        let meta = &assessment.meta;
        let zone = meta.zone();
        let date = report_date(assessment, &zone, date)?;
        // The questions as this country reads them: its planning figures in place.
        let filled = assessment.fill_figures(questionnaire);
        let questionnaire = &filled;
        let lang = language.code();
        let score = scoring::score(questionnaire, assessment);
        let questionnaire_title = questionnaire.title.get(lang).to_owned();
        let assessment_title = meta.title.trim().to_owned();
        let name = if assessment_title.is_empty() {
            &questionnaire_title
        } else {
            &assessment_title
        };
        let title = tl!(language, "report-title", name = name);
        let listed = Self::areas(questionnaire, assessment, &score, lang);
        // The plan on the report date: the register's rows and the summary's coverage.
        let plan_rows = crate::plan::rows(questionnaire, assessment, &score, lang, date);
        Ok(Self {
            title,
            assessment_title,
            organisation: meta.organisation.trim().to_owned(),
            assessor: meta.assessor.trim().to_owned(),
            status: match &meta.status {
                Lenient::Valid(status) => status.name(language),
                Lenient::Invalid(value) => value.to_string(),
            },
            draft: matches!(
                meta.status,
                Lenient::Valid(crate::assessment::Status::Draft)
            ),
            classification: Some(meta.classification.trim())
                .filter(|c| !c.is_empty())
                .map(str::to_owned),
            copy: None,
            place: meta.place.trim().to_owned(),
            approver: review::approver(assessment, &zone, language, None),
            date,
            created: meta.created.clone(),
            modified: meta.modified.clone(),
            language,
            questionnaire_id: questionnaire.id.clone(),
            questionnaire_version: questionnaire.version.clone(),
            questionnaire_title,
            file_questionnaire: file_questionnaire(questionnaire, assessment),
            fingerprint: file.fingerprint(),
            merged_from: meta
                .merged_from
                .iter()
                .map(|source| (source.file.clone(), source.sha256.clone()))
                .collect(),
            plan: crate::plan::coverage(&plan_rows, None),
            gaps: gap_entries(plan_rows, assessment, language),
            planning_figures: planning_figures(questionnaire, assessment, language),
            has_plan: !assessment.plan.is_empty(),
            knock_on: knock_on(questionnaire, assessment, &score, lang),
            questionnaire_draft: questionnaire.translation_is_draft(lang),
            score,
            areas: listed.areas,
            critical_below_two: listed.critical_below_two,
            unanswered: listed.unanswered,
            scale: scale(questionnaire, lang),
            findings: assessment
                .findings(questionnaire, date)
                .iter()
                .map(|finding| finding.message(language))
                .collect(),
            review: review::review_state(assessment, &zone, language),
            comments: review::comment_entries(questionnaire, assessment, &zone, language),
            zone,
            all_comments: false,
            progress: None,
        })
    }

    /// Every area with its questions, and the in-scope questions the report also
    /// lists on their own: critical ones below level 2, and unanswered ones.
    fn areas(
        questionnaire: &Questionnaire,
        assessment: &Assessment,
        score: &Score,
        lang: &str,
    ) -> ListedAreas {
        let mut areas = Vec::new();
        let mut critical_below_two = Vec::new();
        let mut unanswered = Vec::new();
        for (area, area_score) in questionnaire.areas.iter().zip(&score.areas) {
            let mut questions = Vec::new();
            for question in &area.questions {
                let answer = assessment.answer(&question.id);
                let response = assessment.response_to(question);
                let target = assessment.target(question);
                let text = question.text.get(lang).to_owned();
                let level = response.level();
                let entry = || QuestionEntry {
                    id: question.id.clone(),
                    area: area.id.clone(),
                    text: text.clone(),
                    critical: question.critical,
                    level,
                    target,
                };
                if area_score.in_scope {
                    if response == Response::Unanswered {
                        unanswered.push(entry());
                    }
                    if question.critical && level.is_some_and(Level::caps_band) {
                        critical_below_two.push(entry());
                    }
                }
                questions.push(QuestionRow {
                    id: question.id.clone(),
                    text,
                    critical: question.critical,
                    response,
                    target,
                    gap: score
                        .gaps
                        .iter()
                        .find(|g| g.question == question.id)
                        .map(|g| g.gap),
                    evidence: answer.map(|a| a.evidence.clone()).unwrap_or_default(),
                    justification: answer.map(|a| a.justification.clone()).unwrap_or_default(),
                    figure: assessment
                        .measured(question)
                        .map(|m| m.describe(Language::from_code(lang).unwrap_or(Language::En))),
                });
            }
            areas.push(AreaSection {
                id: area.id.clone(),
                title: area.title.get(lang).to_owned(),
                description: area.description.get(lang).to_owned(),
                score: area_score.clone(),
                questions,
            });
        }
        ListedAreas {
            areas,
            critical_below_two,
            unanswered,
        }
    }

    /// The comments the annex lists: the open ones, and the resolved ones too
    /// when [`Report::all_comments`].
    pub fn listed_comments(&self) -> impl Iterator<Item = &CommentEntry> {
        self.comments.iter().filter(|c| c.open || self.all_comments)
    }

    /// The report date, `YYYY-MM-DD` whatever the language (the file identifier
    /// is made from it).
    pub fn date_text(&self) -> String {
        format_date(self.date)
    }

    /// The report date in words, as the cover prints it: `27 November 2026`,
    /// `2026 թ. նոյեմբերի 27`.
    pub fn date_long(&self) -> String {
        crate::i18n::format::date_long(self.language, self.date)
    }

    /// The report date in figures, as the running header prints it: `2026-11-27`,
    /// `27.11.2026`.
    pub fn date_numeric(&self) -> String {
        crate::i18n::format::date_numeric(self.language, self.date)
    }
}

/// Not-ready areas that in-scope areas depend on, as the executive summary names them.
fn knock_on(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    score: &Score,
    lang: &str,
) -> Vec<KnockOnEntry> {
    score
        .knock_on(questionnaire, |id| assessment.in_scope(id))
        .into_iter()
        .map(|k| KnockOnEntry {
            area: format!("{} {}", k.area.id, k.area.title.get(lang)),
            dependents: k.dependents.iter().map(|d| d.id.to_string()).collect(),
            further: k.further.iter().map(|d| d.id.to_string()).collect(),
        })
        .collect()
}

/// [`Report::areas`]: each area's section, and the questions listed outside them.
struct ListedAreas {
    areas: Vec<AreaSection>,
    critical_below_two: Vec<QuestionEntry>,
    unanswered: Vec<QuestionEntry>,
}

/// Every gap, in the scoring's order (highest priority first), from the plan's rows:
/// its question's text and recommendation, and what the plan says about it.
fn gap_entries(
    rows: Vec<crate::plan::PlanRow<'_>>,
    assessment: &Assessment,
    language: Language,
) -> Vec<GapEntry> {
    let lang = language.code();
    rows.into_iter()
        .filter_map(|row| {
            let gap = row.gap.clone()?;
            let due = row.entry.map_or_else(String::new, |entry| {
                entry.due_date().map_or_else(
                    || entry.due.trim().to_owned(),
                    |due| crate::i18n::format::date_numeric(language, due),
                )
            });
            let step = row.question.next_step(Some(gap.level)).get(lang).to_owned();
            Some(GapEntry {
                question: row.question.text.get(lang).to_owned(),
                recommendation: row.question.recommendation.get(lang).to_owned(),
                step_label: tl!(
                    language,
                    "figure-step",
                    from = gap.level.to_string(),
                    to = (gap.level.value() + 1).to_string(),
                ),
                action_is_step: row.action == step,
                step,
                figure: assessment
                    .measured(row.question)
                    .map(|m| m.describe(language)),
                owner: row.owner(),
                due,
                status: row
                    .entry
                    .map(|_| row.status.name(language))
                    .unwrap_or_default(),
                overdue: row.overdue,
                action: row.action,
                poete: row.question.poete,
                gap,
            })
        })
        .collect()
}

/// The questionnaire's planning figures, each with the country's value, source and
/// date, or the default where the file records none.
fn planning_figures(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    language: Language,
) -> Vec<PlanningFigureRow> {
    let lang = language.code();
    questionnaire
        .planning_figures
        .iter()
        .map(|figure| {
            let unit = figure.unit.get(lang);
            let own = assessment.planning_figure(&figure.id);
            let value = own.and_then(|f| f.value).unwrap_or(figure.default);
            PlanningFigureRow {
                name: figure.name.get(lang).to_owned(),
                value: crate::questionnaire::with_unit(language, value, unit),
                default: own.is_none(),
                source: own.map(|f| f.source.trim().to_owned()).unwrap_or_default(),
                as_of: own
                    .and_then(crate::assessment::Figure::as_of_date)
                    .map(|date| crate::i18n::format::date_numeric(language, date))
                    .or_else(|| own.map(|f| f.as_of.trim().to_owned()))
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// The questionnaire the file names, when it is not the one scored against.
fn file_questionnaire(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
) -> Option<(String, String)> {
    (assessment.questionnaire.id != questionnaire.id
        || assessment.questionnaire.version != questionnaire.version)
        .then(|| {
            (
                assessment.questionnaire.id.clone(),
                assessment.questionnaire.version.clone(),
            )
        })
}

/// The scale's steps in the report's language.
fn scale(questionnaire: &Questionnaire, lang: &str) -> Vec<ScaleStep> {
    questionnaire
        .levels
        .iter()
        .map(|l| ScaleStep {
            level: l.level,
            name: l.name.get(lang).to_owned(),
            description: l.description.get(lang).to_owned(),
        })
        .collect()
}

/// The language a report is written in: `chosen` if given (`rbr report --lang`),
/// else the assessment's `meta.language`, English when rbr does not speak it.
pub fn report_language(assessment: &Assessment, chosen: Option<Language>) -> Language {
    chosen
        .or_else(|| Language::from_code(assessment.language()))
        .unwrap_or_default()
}

/// The PDF gap report of an assessment, with the bundled fonts.
///
/// `file` is the assessment file as saved (its bytes give the fingerprint); `date` is `YYYY-MM-DD`, else the date of `meta.modified`;
/// `language` is the report's, `None` for the assessment's own (see
/// [`report_language`]).
pub fn pdf_for(
    questionnaire: &Questionnaire,
    file: &AssessmentFile,
    date: Option<&str>,
    language: Option<Language>,
) -> Result<Vec<u8>, ReportError> {
    pdf_for_with(questionnaire, file, date, language, false)
}

/// [`pdf_for`], with the resolved review comments listed too when `all_comments`
/// (`rbr report --all-comments`); the open ones are always listed.
pub fn pdf_for_with(
    questionnaire: &Questionnaire,
    file: &AssessmentFile,
    date: Option<&str>,
    language: Option<Language>,
    all_comments: bool,
) -> Result<Vec<u8>, ReportError> {
    let options = ReportOptions {
        date,
        language,
        all_comments,
        ..ReportOptions::default()
    };
    pdf_with_options(questionnaire, file, &options)
}

/// How a report is made, beyond the assessment and its bytes. The default is
/// what [`pdf_for`] makes with no date, language or comparison given.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReportOptions<'a> {
    /// The report date, `YYYY-MM-DD`; none for the date of `meta.modified`.
    pub date: Option<&'a str>,
    /// The report's language; none for the assessment's own (see [`report_language`]).
    pub language: Option<Language>,
    /// List the resolved review comments too, not only the open ones.
    pub all_comments: bool,
    /// The copy number a classified report's cover carries (`rbr report --copy`).
    pub copy: Option<u32>,
    /// The coordinator's allowed-signers file: the cover says whether it confirms
    /// the signer of a signed approval (`rbr report --signers`).
    pub signers: Option<&'a crate::review::sign::AllowedSigners>,
    /// An earlier round of the assessment: the report then has a "Progress
    /// since" section after the executive summary (`rbr report --compare OLD`,
    /// the app's export while a comparison is open).
    pub earlier: Option<&'a Assessment>,
}

/// The PDF gap report of an assessment made as `options` say, with the bundled fonts.
pub fn pdf_with_options(
    questionnaire: &Questionnaire,
    file: &AssessmentFile,
    options: &ReportOptions<'_>,
) -> Result<Vec<u8>, ReportError> {
    let assessment = file.assessment();
    let language = report_language(assessment, options.language);
    let mut report = Report::build(questionnaire, file, options.date, language)?;
    report.all_comments = options.all_comments;
    report.copy = options.copy;
    if options.signers.is_some() {
        report.approver = review::approver(
            assessment,
            &assessment.meta.zone(),
            language,
            options.signers,
        );
    }
    report.progress = options
        .earlier
        .map(|earlier| Progress::build(questionnaire, earlier, assessment, language));
    let fonts = Fonts::bundled()?;
    Ok(render_pdf(&report, &fonts))
}

fn report_date(
    assessment: &Assessment,
    zone: &crate::zone::Zone,
    date: Option<&str>,
) -> Result<Date, ReportError> {
    let format = format_description!("[year]-[month]-[day]");
    match date {
        Some(value) => Date::parse(value.trim(), format).map_err(|_| ReportError::InvalidDate {
            value: value.to_owned(),
        }),
        None => parse_timestamp(&assessment.meta.modified)
            .map(|at| zone.local(at).date())
            .ok_or_else(|| ReportError::NoDate {
                modified: assessment.meta.modified.clone(),
            }),
    }
}

fn format_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Meta;

    fn assessment(modified: &str) -> Assessment {
        Assessment::new(
            &Questionnaire::built_in(),
            Meta {
                modified: modified.to_owned(),
                ..Meta::default()
            },
        )
    }

    #[test]
    fn the_date_is_given_or_taken_from_meta_modified() {
        let cases: &[(&str, Option<&str>, Result<&str, &str>)] = &[
            ("2026-11-27T16:30:00Z", None, Ok("2026-11-27")),
            ("2026-11-27T23:30:00-02:00", None, Ok("2026-11-28")),
            ("2026-11-27T16:30:00Z", Some("2027-01-05"), Ok("2027-01-05")),
            ("", Some("2027-01-05"), Ok("2027-01-05")),
            ("", None, Err("--date")),
            ("yesterday", None, Err("\"yesterday\"")),
            (
                "2026-11-27T16:30:00Z",
                Some("27.11.2026"),
                Err("YYYY-MM-DD"),
            ),
            (
                "2026-11-27T16:30:00Z",
                Some("2026-02-30"),
                Err("2026-02-30"),
            ),
        ];
        for &(modified, given, expected) in cases {
            let a = assessment(modified);
            let result = report_date(&a, &a.meta.zone(), given).map(format_date);
            match (result, expected) {
                (Ok(date), Ok(want)) => assert_eq!(date, want, "{modified} {given:?}"),
                (Err(e), Err(want)) => {
                    assert!(e.to_string().contains(want), "{e} lacks {want}");
                }
                (got, want) => panic!("{modified} {given:?}: got {got:?}, want {want:?}"),
            }
        }
    }

    #[test]
    fn the_default_report_date_is_the_day_in_the_assessments_zone() {
        // 21:30 UTC on the 27th is already the 28th in Yerevan.
        let mut a = assessment("2026-11-27T21:30:00Z");
        assert_eq!(
            report_date(&a, &a.meta.zone(), None).map(format_date).ok(),
            Some("2026-11-27".to_owned())
        );
        a.meta.time_zone = crate::zone::YEREVAN.to_owned();
        assert_eq!(
            report_date(&a, &a.meta.zone(), None).map(format_date).ok(),
            Some("2026-11-28".to_owned())
        );
    }

    #[test]
    fn the_report_speaks_the_chosen_language_else_the_assessments() {
        let cases = [
            ("hy", None, Language::Hy),
            ("hy-AM", None, Language::Hy),
            ("en", None, Language::En),
            ("", None, Language::En),
            ("ru", None, Language::En),
            ("hy", Some(Language::En), Language::En),
            ("en", Some(Language::Hy), Language::Hy),
        ];
        for (code, chosen, expected) in cases {
            let mut assessment = assessment("");
            assessment.meta.language = code.to_owned();
            assert_eq!(
                report_language(&assessment, chosen),
                expected,
                "{code} {chosen:?}"
            );
        }
    }

    #[test]
    fn an_empty_assessment_lists_every_question_as_unanswered() {
        let questionnaire = Questionnaire::built_in();
        let bytes = assessment("").to_json(&questionnaire).expect("writes");
        let file = AssessmentFile::parse(bytes).expect("reads back");
        let report =
            Report::build(&questionnaire, &file, Some("2026-01-01"), Language::En).expect("report");
        assert_eq!(report.unanswered.len(), questionnaire.questions().count());
        assert!(report.gaps.is_empty());
        // No classification chosen: no marking, not a word standing in for one.
        assert_eq!(report.classification, None);
        assert_eq!(report.areas.len(), 7);
    }
}
