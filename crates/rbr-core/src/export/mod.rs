//! Spreadsheets of an assessment: an Excel workbook ([`xlsx`]) and the action plan as CSV ([`csv`]).
//!
//! Pure, like the report: the bytes of the assessment file (for its SHA-256) and the
//! date of the export come in from the caller, and the spreadsheet comes back as
//! bytes; nothing here touches the disk or the clock, so the same file on the same
//! day gives the same spreadsheet. Fixed words (sheet names, column headings,
//! bands, POETE kinds, statuses) are in the interface language the caller passes;
//! the questionnaire's texts (questions, recommendations) are in the assessment's
//! own language ([`Assessment::language`]), like the PDF.
//!
//! Both formats carry the same plan rows, built once here: every gap by priority,
//! then the entries whose question is no longer a gap, with their gap and priority
//! left empty (see [`crate::plan::rows`]). Text from the file is always written as
//! text: never as an Excel formula in the workbook, and with a leading `'` in the
//! CSV when a spreadsheet would read it as one.

mod csv;
mod xlsx;

use time::Date;

use crate::assessment::{Assessment, Lenient, Milestone, PlanStatus, Response};
use crate::i18n::Language;
use crate::plan::PlanRow;
use crate::questionnaire::Questionnaire;
use crate::scoring::Score;
use crate::tl;

pub use self::csv::csv;
pub use self::xlsx::xlsx;

/// Why a workbook could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The spreadsheet library refused a value or a layout.
    #[error("{}", self.message(Language::En))]
    Workbook(#[from] rust_xlsxwriter::XlsxError),
    /// The CSV writer refused a record.
    #[error("{}", self.message(Language::En))]
    Csv(#[from] ::csv::Error),
}

impl ExportError {
    /// What could not be made, in `lang`; what the library said follows in its
    /// own words, since it only speaks up about a bug in rbr.
    pub fn message(&self, lang: Language) -> String {
        match self {
            ExportError::Workbook(e) => {
                tl!(lang, "export-error-workbook", reason = e.to_string())
            }
            ExportError::Csv(e) => tl!(lang, "export-error-csv", reason = e.to_string()),
        }
    }
}

/// One cell of a table, before it is written in either format.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    /// Nothing.
    Empty,
    /// Text, always written as text.
    Text(String),
    /// A number.
    Number(f64),
    /// A calendar date.
    Date(Date),
}

impl Cell {
    /// Text, or nothing when it is blank.
    fn text(value: impl Into<String>) -> Self {
        let value = value.into();
        if value.trim().is_empty() {
            Cell::Empty
        } else {
            Cell::Text(value)
        }
    }

    /// A date written `YYYY-MM-DD`: a date when it reads as one, else the text as
    /// written (so an unreadable date is still seen), else nothing.
    fn date(value: &str) -> Self {
        match crate::assessment::parse_date(value) {
            Some(date) => Cell::Date(date),
            None => Cell::text(value.trim()),
        }
    }
}

/// The columns of the action plan, in the order both formats write them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PlanColumn {
    Area,
    Question,
    QuestionText,
    Level,
    Target,
    Gap,
    Priority,
    Critical,
    Poete,
    Figure,
    Action,
    Recommendation,
    Body,
    Person,
    Start,
    Due,
    Status,
    Resources,
    Milestones,
    StatusDate,
}

impl PlanColumn {
    /// Every column, left to right.
    const ALL: [PlanColumn; 20] = [
        PlanColumn::Area,
        PlanColumn::Question,
        PlanColumn::QuestionText,
        PlanColumn::Level,
        PlanColumn::Target,
        PlanColumn::Gap,
        PlanColumn::Priority,
        PlanColumn::Critical,
        PlanColumn::Poete,
        PlanColumn::Figure,
        PlanColumn::Action,
        PlanColumn::Recommendation,
        PlanColumn::Body,
        PlanColumn::Person,
        PlanColumn::Start,
        PlanColumn::Due,
        PlanColumn::Status,
        PlanColumn::Resources,
        PlanColumn::Milestones,
        PlanColumn::StatusDate,
    ];

    /// The column's place, from 0.
    fn index(self) -> usize {
        Self::ALL
            .iter()
            .position(|c| *c == self)
            .unwrap_or_default()
    }

    /// The column's heading in `lang`.
    fn heading(self, lang: Language) -> String {
        match self {
            PlanColumn::Area => tl!(lang, "term-area"),
            PlanColumn::Question => tl!(lang, "term-question"),
            PlanColumn::QuestionText => tl!(lang, "export-column-question-text"),
            PlanColumn::Level => tl!(lang, "term-level"),
            PlanColumn::Target => tl!(lang, "term-target-level"),
            PlanColumn::Gap => tl!(lang, "term-gap"),
            PlanColumn::Priority => tl!(lang, "term-priority"),
            PlanColumn::Critical => tl!(lang, "term-critical"),
            PlanColumn::Poete => tl!(lang, "report-column-poete"),
            PlanColumn::Figure => tl!(lang, "export-column-figure-measured"),
            PlanColumn::Action => tl!(lang, "export-column-action"),
            PlanColumn::Recommendation => tl!(lang, "export-column-recommendation"),
            PlanColumn::Body => tl!(lang, "export-column-body"),
            PlanColumn::Person => tl!(lang, "export-column-person"),
            PlanColumn::Start => tl!(lang, "export-column-start"),
            PlanColumn::Due => tl!(lang, "export-column-due"),
            PlanColumn::Status => tl!(lang, "term-status"),
            PlanColumn::Resources => tl!(lang, "export-column-resources"),
            PlanColumn::Milestones => tl!(lang, "export-column-milestones"),
            PlanColumn::StatusDate => tl!(lang, "export-column-status-date"),
        }
    }
}

/// The action plan as rows of cells, headings apart, in the order of
/// [`PlanColumn::ALL`]: what both the Plan sheet and the CSV hold.
fn plan_cells(
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    score: &Score,
    language: Language,
) -> Vec<Vec<Cell>> {
    // Overdue is not a column (the workbook marks it with a formula on TODAY()),
    // so the date the rows are computed for does not change any cell.
    crate::plan::rows(
        questionnaire,
        assessment,
        score,
        assessment.language(),
        Date::MIN,
    )
    .iter()
    .map(|row| {
        PlanColumn::ALL
            .iter()
            .map(|column| plan_cell(row, *column, assessment, language))
            .collect()
    })
    .collect()
}

fn plan_cell(
    row: &PlanRow<'_>,
    column: PlanColumn,
    assessment: &Assessment,
    lang: Language,
) -> Cell {
    let entry = row.entry;
    let field = |get: fn(&crate::assessment::PlanEntry) -> &str| {
        entry.map_or(Cell::Empty, |entry| Cell::text(get(entry)))
    };
    let date = |get: fn(&crate::assessment::PlanEntry) -> &str| {
        entry.map_or(Cell::Empty, |entry| Cell::date(get(entry)))
    };
    let content = assessment.language();
    match column {
        PlanColumn::Area => Cell::text(row.area.as_str()),
        PlanColumn::Question => Cell::text(row.question.id.as_str()),
        PlanColumn::QuestionText => Cell::text(row.question.text.get(content)),
        PlanColumn::Level => response_cell(assessment.response_to(row.question), lang),
        PlanColumn::Target => Cell::Number(f64::from(assessment.target(row.question).value())),
        PlanColumn::Gap => row
            .gap
            .as_ref()
            .map_or(Cell::Empty, |gap| Cell::Number(f64::from(gap.gap))),
        PlanColumn::Priority => row
            .gap
            .as_ref()
            .map_or(Cell::Empty, |gap| Cell::Number(f64::from(gap.priority))),
        PlanColumn::Critical => yes(lang, row.question.critical),
        PlanColumn::Poete => Cell::text(row.question.poete.name(lang)),
        PlanColumn::Figure => Cell::text(
            assessment
                .measured(row.question)
                .map(|m| m.describe(Language::from_code(content).unwrap_or(lang)))
                .unwrap_or_default(),
        ),
        PlanColumn::Action => Cell::text(row.action.clone()),
        PlanColumn::Recommendation => Cell::text(row.question.recommendation.get(content)),
        PlanColumn::Body => field(|e| &e.body),
        PlanColumn::Person => field(|e| &e.person),
        PlanColumn::Start => date(|e| &e.start),
        PlanColumn::Due => date(|e| &e.due),
        PlanColumn::Status => status_cell(row, lang),
        PlanColumn::Resources => field(|e| &e.resources),
        PlanColumn::Milestones => {
            Cell::text(entry.map(|e| milestones(&e.milestones)).unwrap_or_default())
        }
        PlanColumn::StatusDate => date(|e| &e.status_date),
    }
}

/// A level as a number, not applicable as the short word, unanswered as nothing.
fn response_cell(response: Response, lang: Language) -> Cell {
    match response {
        Response::Level(level) => Cell::Number(f64::from(level.value())),
        Response::NotApplicable => Cell::text(tl!(lang, "report-not-applicable-short")),
        Response::Unanswered => Cell::Empty,
    }
}

/// A flag as the word for yes, or nothing: easier to filter and read than TRUE and
/// FALSE, which Excel shows in its own language.
fn yes(lang: Language, flag: bool) -> Cell {
    if flag {
        Cell::text(tl!(lang, "export-yes"))
    } else {
        Cell::Empty
    }
}

/// The status in words; a status the file writes but rbr does not know is shown
/// as written, not as the planned it counts as.
fn status_cell(row: &PlanRow<'_>, lang: Language) -> Cell {
    match row.entry.and_then(|entry| entry.status.as_ref()) {
        Some(Lenient::Invalid(value)) => Cell::text(
            value
                .as_str()
                .map_or_else(|| value.to_string(), str::to_owned),
        ),
        _ => Cell::text(row.status.name(lang)),
    }
}

/// The milestones in one cell, `✓` before those reached:
/// `✓ 2026-03-01 Tender; 2026-12-01 Delivery`.
fn milestones(milestones: &[Milestone]) -> String {
    milestones
        .iter()
        .map(|m| {
            let parts: Vec<&str> = [if m.done { "✓" } else { "" }, m.date.trim(), m.text.trim()]
                .into_iter()
                .filter(|part| !part.is_empty())
                .collect();
            parts.join(" ")
        })
        .filter(|m| !m.is_empty())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The names of the four statuses in `lang`, in the order of their life: the
/// drop-down list of the Plan sheet.
fn status_names(lang: Language) -> Vec<String> {
    PlanStatus::ALL
        .iter()
        .map(|status| status.name(lang))
        .collect()
}

/// The classification, as the report prints it; none when none was chosen.
fn marking(assessment: &Assessment) -> Option<String> {
    Some(assessment.meta.classification.trim())
        .filter(|marking| !marking.is_empty())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_errors_lead_in_in_the_language_and_keep_the_librarys_words() {
        let cases = [
            (
                ExportError::Workbook(rust_xlsxwriter::XlsxError::DateTimeRangeError(
                    "1800-01-01".into(),
                )),
                "the workbook could not be assembled: ",
                "Excel ֆայլը հնարավոր չեղավ կազմել՝ ",
            ),
            (
                ExportError::Csv(::csv::Error::from(std::io::Error::other("disk gone"))),
                "the CSV could not be written: ",
                "CSV ֆայլը հնարավոր չեղավ գրել՝ ",
            ),
        ];
        for (error, en, hy) in cases {
            let words = match &error {
                ExportError::Workbook(e) => e.to_string(),
                ExportError::Csv(e) => e.to_string(),
            };
            assert_eq!(error.to_string(), format!("{en}{words}"));
            assert_eq!(error.message(Language::Hy), format!("{hy}{words}"));
        }
    }

    #[test]
    fn milestones_share_one_cell_with_a_tick_for_those_reached() {
        let m = |text: &str, date: &str, done| Milestone {
            text: text.to_owned(),
            date: date.to_owned(),
            done,
            ..Milestone::default()
        };
        assert_eq!(
            milestones(&[
                m("Tender", "2026-03-01", true),
                m("Delivery", "2026-12-01", false)
            ]),
            "✓ 2026-03-01 Tender; 2026-12-01 Delivery"
        );
        assert_eq!(
            milestones(&[m("Report", "", false), m("", "", false)]),
            "Report"
        );
    }

    #[test]
    fn dates_that_do_not_read_stay_as_written() {
        assert_eq!(
            Cell::date(" 2026-03-01 "),
            Cell::Date(time::macros::date!(2026 - 03 - 01))
        );
        assert_eq!(Cell::date("1.3.2026"), Cell::Text("1.3.2026".to_owned()));
        assert_eq!(Cell::date(""), Cell::Empty);
    }

    #[test]
    fn every_plan_column_has_a_heading_of_its_own_in_both_languages() {
        for lang in Language::ALL {
            let headings: Vec<String> = PlanColumn::ALL.iter().map(|c| c.heading(lang)).collect();
            let unique: std::collections::BTreeSet<&String> = headings.iter().collect();
            assert_eq!(unique.len(), headings.len(), "{headings:?}");
        }
        assert_eq!(PlanColumn::StatusDate.index(), PlanColumn::ALL.len() - 1);
    }
}
