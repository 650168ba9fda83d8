//! The assessment file: its format, loading with findings, and stable output.
//!
//! Nothing a file carries is ever lost: fields this version does not know are kept
//! in `extra` maps and written back; values it cannot use (a level of 7) are kept
//! as they were, reported as findings, and written back until someone fixes them.

use std::fmt;

use indexmap::IndexMap;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::questionnaire::{AreaId, Level, QuestionId, Questionnaire};

/// The value of `format` in every assessment file.
pub const FORMAT: &str = "rbr-assessment";
/// The newest format version this build reads and writes.
pub const FORMAT_VERSION: u32 = 1;
/// Files larger than this are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// The extension of assessment files.
pub const EXTENSION: &str = "rbr.json";

/// Where an answer that could not be read is kept once someone answers the question anew.
pub const UNREADABLE_ANSWER: &str = "unreadable_answer";

/// Unknown fields of an object, kept in their original order.
pub type Extra = Map<String, Value>;

/// A value as the file wrote it: usable, or kept untouched to be written back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Lenient<T> {
    /// A value of the expected type and range.
    Valid(T),
    /// Anything else, kept so that saving never loses it.
    Invalid(Value),
}

impl<T: Default> Default for Lenient<T> {
    fn default() -> Self {
        Lenient::Valid(T::default())
    }
}

impl<T> Lenient<T> {
    /// The usable value, if any.
    pub fn valid(&self) -> Option<&T> {
        match self {
            Lenient::Valid(value) => Some(value),
            Lenient::Invalid(_) => None,
        }
    }
}

impl<T: JsonSchema> JsonSchema for Lenient<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }

    fn inline_schema() -> bool {
        T::inline_schema()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}

/// Where an assessment is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Being filled in.
    #[default]
    Draft,
    /// Handed to a reviewer.
    Submitted,
    /// Reviewed, with questions answered.
    Reviewed,
    /// Approved by the responsible official.
    Approved,
}

impl Status {
    /// Every status, in life-cycle order.
    pub const ALL: [Status; 4] = [
        Status::Draft,
        Status::Submitted,
        Status::Reviewed,
        Status::Approved,
    ];

    /// The name as written in files.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Submitted => "submitted",
            Status::Reviewed => "reviewed",
            Status::Approved => "approved",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Which questionnaire (and version) the answers refer to.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct QuestionnaireRef {
    /// Questionnaire id, such as `nato-rbr`.
    pub id: String,
    /// Questionnaire version, such as `1.0.0`.
    pub version: String,
    /// Fields this version does not know.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// Who assessed what, when, and how the document is marked.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Meta {
    /// Title of the assessment.
    #[serde(default)]
    pub title: String,
    /// The organisation assessed (a ministry, an agency, a municipality).
    #[serde(default)]
    pub organisation: String,
    /// Who filled it in (a name or a role).
    #[serde(default)]
    pub assessor: String,
    /// When it was created (RFC 3339, UTC).
    #[serde(default)]
    pub created: String,
    /// When it was last saved (RFC 3339, UTC).
    #[serde(default)]
    pub modified: String,
    /// Language of the free text (`en`, `hy`).
    #[serde(default)]
    pub language: String,
    /// Classification marking printed on every page of the report.
    #[serde(default)]
    pub classification: String,
    /// Life-cycle status.
    #[serde(default = "default_status")]
    pub status: Lenient<Status>,
    /// The areas assessed; absent means all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Vec<AreaId>>,
    /// Fields this version does not know.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

impl Meta {
    /// The title, or "(untitled)".
    pub fn title_or_placeholder(&self) -> &str {
        non_empty_or(&self.title, "(untitled)")
    }

    /// The organisation, or "(no organisation)".
    pub fn organisation_or_placeholder(&self) -> &str {
        non_empty_or(&self.organisation, "(no organisation)")
    }
}

fn non_empty_or<'a>(value: &'a str, placeholder: &'a str) -> &'a str {
    if value.trim().is_empty() {
        placeholder
    } else {
        value
    }
}

fn default_status() -> Lenient<Status> {
    Lenient::Valid(Status::Draft)
}

/// The answer to one question.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Answer {
    /// The level chosen, 0 to 4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Lenient<Level>>,
    /// The question does not apply to this organisation.
    #[serde(default, skip_serializing_if = "is_default")]
    pub not_applicable: bool,
    /// Why it does not apply (required with `not_applicable`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub justification: String,
    /// The evidence the level rests on.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    /// Free notes.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
    /// Flagged as needing follow-up.
    #[serde(default, skip_serializing_if = "is_default")]
    pub follow_up: bool,
    /// Fields this version does not know.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

impl Answer {
    /// The usable level, unless the question is marked not applicable.
    pub fn scored_level(&self) -> Option<Level> {
        if self.not_applicable {
            None
        } else {
            self.level.as_ref().and_then(|l| l.valid().copied())
        }
    }

    /// Whether the answer counts towards completeness: a level or N/A.
    pub fn is_answered(&self) -> bool {
        self.not_applicable || self.scored_level().is_some()
    }

    /// Whether nothing at all was entered, so the answer can be left out of the file.
    pub fn is_empty(&self) -> bool {
        self == &Answer::default()
    }
}

/// An assessment file, as read, edited and written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(
    title = "rbr assessment file",
    description = "An assessment against the NATO Resilience Baseline Requirements (format version 1)."
)]
pub struct Assessment {
    /// Always `rbr-assessment`.
    pub format: String,
    /// Format version; this build reads 1.
    pub format_version: u32,
    /// The questionnaire the answers refer to.
    pub questionnaire: QuestionnaireRef,
    /// Who, what, when.
    #[serde(default)]
    pub meta: Meta,
    /// Target levels that override the questionnaire's defaults.
    #[serde(default)]
    pub targets: IndexMap<QuestionId, Lenient<Level>>,
    /// Answers by question id.
    #[serde(default)]
    pub answers: IndexMap<QuestionId, Lenient<Answer>>,
    /// Fields this version does not know.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

/// Why a file cannot be read as an assessment at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error(
        "the file is {size} bytes, over the 16 MiB limit for an assessment; is it the right file?"
    )]
    TooLarge {
        /// Size in bytes.
        size: u64,
    },
    /// The bytes are not UTF-8 text.
    #[error("not UTF-8 text (line {line}); save it as UTF-8 and try again")]
    NotUtf8 {
        /// Line of the first bad byte.
        line: usize,
    },
    /// JSON syntax error.
    #[error("not valid JSON: {message} at line {line}, column {column}")]
    Json {
        /// What the parser said.
        message: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// Valid JSON, but not an rbr assessment.
    #[error("not an rbr assessment: {0}")]
    NotAnAssessment(String),
    /// Written by a newer rbr.
    #[error(
        "written in format version {found}, newer than this rbr reads ({FORMAT_VERSION}); update rbr to open it"
    )]
    NewerFormat {
        /// The version in the file.
        found: u64,
    },
    /// A field of the wrong shape, at a path.
    #[error("`{path}` {message} (line {line}, column {column}); fix it in a text editor")]
    Shape {
        /// JSON path of the culprit, such as `meta.title`.
        path: String,
        /// What was wrong.
        message: String,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
}

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
        /// What is wrong.
        message: String,
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
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Finding::OtherQuestionnaire { id, version } => write!(
                f,
                "questionnaire: the file was written for \"{id}\" {version}; check the answers against it or load that questionnaire with --questionnaire"
            ),
            Finding::InvalidLevel { question, value } => write!(
                f,
                "{question}: level {value} is not a whole number from 0 to 4; choose a level from 0 to 4 (the value is kept until you do)"
            ),
            Finding::MalformedAnswer { question, message } => write!(
                f,
                "{question}: the answer cannot be read ({message}); fix it in a text editor (it is kept as written)"
            ),
            Finding::UnknownQuestion { question } => write!(
                f,
                "{question}: no such question in the questionnaire; the answer is kept but not scored (was it renamed?)"
            ),
            Finding::UnknownTargetQuestion { question } => write!(
                f,
                "targets.{question}: no such question in the questionnaire; the target is kept but not used"
            ),
            Finding::UnknownArea { area } => write!(
                f,
                "meta.scope: no area \"{area}\" in the questionnaire; use BR1 to BR7"
            ),
            Finding::MissingJustification { question } => write!(
                f,
                "{question}: marked not applicable without a justification; say why it does not apply"
            ),
            Finding::NotApplicableWithLevel { question } => write!(
                f,
                "{question}: marked not applicable and given a level; keep one of the two (it is scored as not applicable)"
            ),
            Finding::InvalidTarget { question, value } => write!(
                f,
                "targets.{question}: target {value} is not a whole number from 0 to 4; set a target from 0 to 4"
            ),
            Finding::InvalidStatus { value } => write!(
                f,
                "meta.status: {value} is not one of draft, submitted, reviewed, approved"
            ),
            Finding::InvalidDate { field, value } => write!(
                f,
                "meta.{field}: {value} is not a date such as 2026-11-27T16:30:00Z"
            ),
        }
    }
}

impl Assessment {
    /// A new, empty assessment of `questionnaire`.
    pub fn new(questionnaire: &Questionnaire, meta: Meta) -> Self {
        Self {
            format: FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            questionnaire: QuestionnaireRef {
                id: questionnaire.id.clone(),
                version: questionnaire.version.clone(),
                extra: Extra::new(),
            },
            meta,
            targets: IndexMap::new(),
            answers: IndexMap::new(),
            extra: Extra::new(),
        }
    }

    /// Reads an assessment from the bytes of a file.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, LoadError> {
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(LoadError::TooLarge {
                size: bytes.len() as u64,
            });
        }
        let text = std::str::from_utf8(bytes).map_err(|e| LoadError::NotUtf8 {
            line: 1 + bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count(),
        })?;
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        check_header(text)?;
        let mut de = serde_json::Deserializer::from_str(text);
        let assessment: Assessment = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            LoadError::Shape {
                path,
                message: strip_position(&inner.to_string()),
                line: inner.line(),
                column: inner.column(),
            }
        })?;
        Ok(assessment)
    }

    /// The file's bytes: pretty-printed, answers in questionnaire order, ending in a newline.
    pub fn to_json(&self, questionnaire: &Questionnaire) -> Vec<u8> {
        let mut ordered = self.clone();
        ordered.sort(questionnaire);
        let mut bytes = serde_json::to_vec_pretty(&ordered).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }

    /// Puts answers and targets in questionnaire order; unknown ids keep their order, last.
    pub fn sort(&mut self, questionnaire: &Questionnaire) {
        let key = |id: &QuestionId| questionnaire.position(id).unwrap_or((usize::MAX, 0));
        self.answers.sort_by_cached_key(|id, _| key(id));
        self.targets.sort_by_cached_key(|id, _| key(id));
    }

    /// The answer to a question, if it has a usable one.
    pub fn answer(&self, id: &QuestionId) -> Option<&Answer> {
        self.answers.get(id).and_then(Lenient::valid)
    }

    /// The answer to a question, created if missing. An unreadable one becomes a new
    /// answer that keeps the old value, as written, under `unreadable_answer`.
    pub fn answer_mut(&mut self, id: &QuestionId) -> &mut Answer {
        let entry = self
            .answers
            .entry(id.clone())
            .or_insert_with(|| Lenient::Valid(Answer::default()));
        if let Lenient::Invalid(raw) = entry {
            let mut answer = Answer::default();
            answer
                .extra
                .insert(UNREADABLE_ANSWER.to_owned(), raw.take());
            *entry = Lenient::Valid(answer);
        }
        match entry {
            Lenient::Valid(answer) => answer,
            Lenient::Invalid(_) => unreachable!("replaced just above"),
        }
    }

    /// Drops answers that carry nothing, so a cleared question leaves no trace.
    pub fn prune_empty_answers(&mut self) {
        self.answers
            .retain(|_, a| !matches!(a, Lenient::Valid(answer) if answer.is_empty()));
    }

    /// The status, when it is one of the four.
    pub fn status(&self) -> Option<Status> {
        self.meta.status.valid().copied()
    }

    /// Whether an area is in scope (no scope means all areas).
    pub fn in_scope(&self, area: &AreaId) -> bool {
        self.meta
            .scope
            .as_ref()
            .is_none_or(|scope| scope.contains(area))
    }

    /// The target level of a question: the file's override, else the questionnaire's.
    pub fn target(&self, question: &crate::questionnaire::Question) -> Level {
        self.targets
            .get(&question.id)
            .and_then(Lenient::valid)
            .copied()
            .unwrap_or(question.target)
    }

    /// Everything in the file that needs a person's attention, in file order.
    pub fn findings(&self, questionnaire: &Questionnaire) -> Vec<Finding> {
        let mut findings = Vec::new();
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
        for (question, answer) in &self.answers {
            if questionnaire.question(question).is_none() {
                findings.push(Finding::UnknownQuestion {
                    question: question.clone(),
                });
            }
            let answer = match answer {
                Lenient::Valid(answer) => answer,
                Lenient::Invalid(value) => {
                    findings.push(Finding::MalformedAnswer {
                        question: question.clone(),
                        message: answer_problem(value),
                    });
                    continue;
                }
            };
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
        findings
    }
}

/// Parses an RFC 3339 timestamp such as `2026-11-27T16:30:00Z`.
pub fn parse_timestamp(value: &str) -> Option<time::OffsetDateTime> {
    time::OffsetDateTime::parse(value, &time::format_description::well_known::Rfc3339).ok()
}

/// Formats a timestamp as written in files (UTC, seconds).
pub fn format_timestamp(at: time::OffsetDateTime) -> String {
    let at = at
        .to_offset(time::UtcOffset::UTC)
        .replace_nanosecond(0)
        .unwrap_or(at);
    at.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// Says why an answer value is unusable, in serde's words.
fn answer_problem(value: &Value) -> String {
    match serde_json::from_value::<Answer>(value.clone()) {
        Err(e) => e.to_string(),
        Ok(_) => "unexpected shape".to_owned(),
    }
}

/// serde_json appends " at line L column C"; the caller reports those separately.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// The two fields that decide whether the text is an assessment this build can read.
#[derive(Deserialize)]
struct Header {
    format: Option<Value>,
    format_version: Option<Value>,
}

fn check_header(text: &str) -> Result<(), LoadError> {
    let header: Header = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            LoadError::NotAnAssessment("the file holds JSON, but not an object".to_owned())
        } else {
            LoadError::Json {
                message: strip_position(&e.to_string()),
                line: e.line(),
                column: e.column(),
            }
        }
    })?;
    // serde also reads a struct from an array, by position.
    if !text.trim_start().starts_with('{') {
        return Err(LoadError::NotAnAssessment(
            "the file holds JSON, but not an object".to_owned(),
        ));
    }
    match header.format {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(other) => {
            return Err(LoadError::NotAnAssessment(format!(
                "`format` is {other}, expected \"{FORMAT}\""
            )));
        }
        None => {
            return Err(LoadError::NotAnAssessment(format!(
                "there is no `format: \"{FORMAT}\"` field"
            )));
        }
    }
    match header.format_version {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) if v > u64::from(FORMAT_VERSION) => Err(LoadError::NewerFormat { found: v }),
            Some(v) if v >= 1 => Ok(()),
            _ => Err(LoadError::NotAnAssessment(format!(
                "`format_version` {n} is not a version this rbr knows"
            ))),
        },
        Some(other) => Err(LoadError::NotAnAssessment(format!(
            "`format_version` is {other}, expected a number such as 1"
        ))),
        None => Err(LoadError::NotAnAssessment(
            "there is no `format_version` field".to_owned(),
        )),
    }
}
