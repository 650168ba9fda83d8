//! What the gap report shows, resolved to one language: the data that
//! [`Report::build`] gathers and the sections lay out. No layout and no PDF here.

use time::Date;

use crate::i18n::Language;

use crate::questionnaire::{AreaId, Level, Poete, QuestionId};
use crate::scoring::{AreaScore, Gap, Score};

pub use crate::assessment::Response;

/// One question of an area, as its table row shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionRow {
    /// The question.
    pub id: QuestionId,
    /// Its text, in the report's language.
    pub text: String,
    /// Whether a level of 0 or 1 caps the band.
    pub critical: bool,
    /// The answer.
    pub response: Response,
    /// The target (override, else default).
    pub target: Level,
    /// target - level, from the scoring; none when the target is met or there is no level.
    pub gap: Option<u8>,
    /// The evidence, in full.
    pub evidence: String,
    /// Why it does not apply, for N/A questions.
    pub justification: String,
    /// The measured figure with its date, source and the level it supports, for
    /// a question that declares an indicator and an answer that records a value.
    pub figure: Option<String>,
}

/// One of the questionnaire's planning figures, as the report lists them.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanningFigureRow {
    /// What it counts.
    pub name: String,
    /// The value with its unit, the country's or the questionnaire's default.
    pub value: String,
    /// Whether the value is the questionnaire's default: no national figure.
    pub default: bool,
    /// Where the country's value comes from; empty for a default.
    pub source: String,
    /// The date it is as of, in the report's figures; empty when none is given.
    pub as_of: String,
}

/// One area's section.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaSection {
    /// `BR1` to `BR7`.
    pub id: AreaId,
    /// NATO's name of the requirement, in the report's language.
    pub title: String,
    /// What the requirement covers.
    pub description: String,
    /// Its figures, as scored.
    pub score: AreaScore,
    /// Its questions, in order.
    pub questions: Vec<QuestionRow>,
}

/// One gap, with what to do about it.
#[derive(Debug, Clone, PartialEq)]
pub struct GapEntry {
    /// The gap, as scored.
    pub gap: Gap,
    /// The question's text.
    pub question: String,
    /// How to close it: the questionnaire's recommendation, the summary.
    pub recommendation: String,
    /// The step from the level the answer is at to the next: what to do first.
    pub step: String,
    /// Which step that is, with its punctuation ("From level 1 to 2:").
    pub step_label: String,
    /// The action is the step: nothing else is planned for the gap yet.
    pub action_is_step: bool,
    /// The measured figure, as the area's table states it.
    pub figure: Option<String>,
    /// What the plan says will be done; the recommendation while nothing is planned.
    pub action: String,
    /// The kind of gap.
    pub poete: Poete,
    /// Who is responsible (`body, person`); empty when nobody is named.
    pub owner: String,
    /// The due date in the report's figures (`27.11.2026`), or as written when it
    /// cannot be read; empty when none is set.
    pub due: String,
    /// The plan status in the report's language; empty without a plan entry.
    pub status: String,
    /// Due before the report date and not done.
    pub overdue: bool,
}

/// A question listed outside its area (critical below level 2, unanswered).
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionEntry {
    /// The question.
    pub id: QuestionId,
    /// Its area.
    pub area: AreaId,
    /// Its text.
    pub text: String,
    /// Whether it is critical.
    pub critical: bool,
    /// The level given, if any.
    pub level: Option<Level>,
    /// The target.
    pub target: Level,
}

/// One step of the scale, in the report's language.
#[derive(Debug, Clone, PartialEq)]
pub struct ScaleStep {
    /// The level.
    pub level: Level,
    /// Its name.
    pub name: String,
    /// What it means.
    pub description: String,
}

/// Everything the gap report shows, resolved to one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The title on the cover and in every page header.
    pub title: String,
    /// The assessment's own title (may be empty).
    pub assessment_title: String,
    /// The organisation assessed.
    pub organisation: String,
    /// Who assessed.
    pub assessor: String,
    /// Life-cycle status in the report's language (`Draft`, `Նախագիծ`), or the
    /// value as written when it is not a status.
    pub status: String,
    /// Whether the assessment is a draft, which the cover says.
    pub draft: bool,
    /// The classification chosen for the document; none when it is not
    /// classified, and then no page carries a marking.
    pub classification: Option<String>,
    /// The copy number of a classified report (`rbr report --copy N`); a
    /// classified report without one has a blank to number it by hand.
    pub copy: Option<u32>,
    /// The zone every time in the report is shown in (`meta.time_zone`).
    pub zone: crate::zone::Zone,
    /// Where the document is issued (`meta.place`), printed with the year at
    /// the foot of the cover.
    pub place: String,
    /// Who approved the assessment, for the cover's approval block; none until
    /// it is approved, or when its content changed since, and then the block has
    /// empty lines to sign by hand.
    pub approver: Option<Approver>,
    /// The report date.
    pub date: Date,
    /// `meta.created` as written.
    pub created: String,
    /// `meta.modified` as written.
    pub modified: String,
    /// The language the report is written in, questionnaire text included.
    pub language: Language,
    /// Id of the questionnaire scored against.
    pub questionnaire_id: String,
    /// Its version.
    pub questionnaire_version: String,
    /// Its title.
    pub questionnaire_title: String,
    /// The questionnaire the file names, when it is not the one scored against.
    pub file_questionnaire: Option<(String, String)>,
    /// SHA-256 of the assessment file's bytes, lowercase hex.
    pub fingerprint: String,
    /// For a file made by combining others: each source's name and SHA-256.
    pub merged_from: Vec<(String, String)>,
    /// The figures.
    pub score: Score,
    /// Every area, in questionnaire order (out-of-scope ones too, for the chart).
    pub areas: Vec<AreaSection>,
    /// Every gap, highest priority first.
    pub gaps: Vec<GapEntry>,
    /// How far the action plan covers the gaps, on the report date.
    pub plan: crate::plan::Coverage,
    /// Whether the file has any plan entry at all.
    pub has_plan: bool,
    /// The questionnaire's planning figures with this country's values; empty
    /// for a questionnaire that declares none.
    pub planning_figures: Vec<PlanningFigureRow>,
    /// Not-ready areas that in-scope areas depend on, and those areas (titles).
    pub knock_on: Vec<KnockOnEntry>,
    /// The questionnaire's text in the report's language is an unreviewed draft.
    pub questionnaire_draft: bool,
    /// Critical in-scope questions answered at level 0 or 1.
    pub critical_below_two: Vec<QuestionEntry>,
    /// In-scope questions with neither a usable level nor N/A.
    pub unanswered: Vec<QuestionEntry>,
    /// The scale.
    pub scale: Vec<ScaleStep>,
    /// Problems in the file, as `rbr validate` words them.
    pub findings: Vec<String>,
    /// The last review event and the sign-off; none for a file without a trail.
    pub review: Option<ReviewState>,
    /// Every review comment, by question in questionnaire order.
    pub comments: Vec<CommentEntry>,
    /// Whether the annex lists resolved comments too, not only open ones.
    pub all_comments: bool,
    /// The comparison with an earlier round, when one was given: the "Progress
    /// since" section after the executive summary.
    pub progress: Option<super::Progress>,
}

/// The approval block filled from the approval event.
#[derive(Debug, Clone, PartialEq)]
pub struct Approver {
    /// The approver's position (`Minister`), empty when the event names none.
    pub position: String,
    /// The initial and surname, as a signature block writes them (`A. Petrosyan`).
    pub name: String,
    /// The day of the approval, in the report's zone and language.
    pub date: String,
    /// For a signed approval: the key it was signed with and, when the report
    /// was made with an allowed-signers file, whether that file confirms the
    /// signer; none for an unsigned approval.
    pub signature: Option<String>,
}

/// A weak area's knock-on effects, as the executive summary states them.
#[derive(Debug, Clone, PartialEq)]
pub struct KnockOnEntry {
    /// The not-ready area's id and title.
    pub area: String,
    /// The ids of the in-scope areas that depend on it (the chart names them).
    pub dependents: Vec<String>,
    /// The areas reached further on, through those.
    pub further: Vec<String>,
}

/// The review state the cover shows: the last event of the trail, and the sign-off.
#[derive(Debug, Clone, PartialEq)]
pub struct ReviewState {
    /// The last event's number.
    pub seq: u64,
    /// What was done, in the report's language.
    pub action: String,
    /// `Name (role, organisation)`, leaving out what is empty.
    pub who: String,
    /// When, in the report's zone, formatted; as written when it is not a time.
    pub time: String,
    /// The SHA-256 of the content the event concerned.
    pub content_sha256: String,
    /// For an approved file: who approved, and on what date (formatted).
    pub approval: Option<(String, String)>,
    /// For an approved file whose content changed since: the parts changed
    /// (`BR2.1`, `meta`, `targets`); empty when only something else changed.
    pub changed_since_approval: Option<Vec<String>>,
}

/// A review comment, as the annex lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct CommentEntry {
    /// The question it is about, with an excerpt of its text; none for the whole assessment.
    pub question: Option<(QuestionId, String)>,
    /// Who wrote it.
    pub author: String,
    /// When, formatted.
    pub time: String,
    /// What it says.
    pub text: String,
    /// Whether it is still open.
    pub open: bool,
    /// The replies, oldest first: who, when (formatted), what.
    pub replies: Vec<(String, String, String)>,
}
