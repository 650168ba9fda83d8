//! Who assessed what, when, and how the document is marked: the `meta` of a file.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Extra, Lenient, Source};
use crate::i18n::Language;
use crate::questionnaire::AreaId;
use crate::tl;

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
    /// The status as a person reads it: `Submitted`, `Ներկայացված`.
    pub fn name(self, lang: Language) -> String {
        match self {
            Status::Draft => tl!(lang, "status-draft"),
            Status::Submitted => tl!(lang, "status-submitted"),
            Status::Reviewed => tl!(lang, "status-reviewed"),
            Status::Approved => tl!(lang, "status-approved"),
        }
    }

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

/// The grades of secrecy of Armenia's law on state and official secrets, highest
/// first, as an Armenian document writes them («Գաղտնիության աստիճան»). A document
/// that is not secret carries no marking at all.
pub const HY_CLASSIFICATIONS: [&str; 4] = [
    "Հատուկ կարևորության",
    "Հույժ գաղտնի",
    "Գաղտնի",
    "Ծառայողական օգտագործման համար",
];

/// Whether a marking makes a document classified, so that its copies are
/// numbered: any marking chosen but a plain "UNCLASSIFIED".
pub fn is_classified(marking: &str) -> bool {
    let marking = marking.trim();
    !marking.is_empty() && !marking.eq_ignore_ascii_case("UNCLASSIFIED")
}

/// Markings an English assessment is offered as suggestions; it may write any.
pub const EN_CLASSIFICATION_SUGGESTIONS: [&str; 6] = [
    "UNCLASSIFIED",
    "RESTRICTED",
    "CONFIDENTIAL",
    "SECRET",
    "TOP SECRET",
    "OFFICIAL-SENSITIVE",
];

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
    /// The classification ("Գաղտնիության աստիճան"), printed on every page of the
    /// report; empty means not classified, and then nothing is printed.
    #[serde(default)]
    pub classification: String,
    /// The time zone the assessment's times are shown in (an IANA name such as
    /// `Asia/Yerevan`); empty shows UTC. Times in the file stay UTC.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub time_zone: String,
    /// Where the document is issued (`Երևան`), printed at the foot of the cover.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// Life-cycle status.
    #[serde(default = "default_status")]
    pub status: Lenient<Status>,
    /// The areas assessed; absent means all.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Vec<AreaId>>,
    /// The files this assessment was made from by combining them (`rbr merge`),
    /// in the order given; empty for an assessment filled in here.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merged_from: Vec<Source>,
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

    /// The time zone the assessment's times are shown in.
    pub fn zone(&self) -> crate::zone::Zone {
        crate::zone::Zone::of(&self.time_zone)
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
