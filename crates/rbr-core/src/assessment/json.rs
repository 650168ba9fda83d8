//! Reading an assessment from a file's bytes and writing it back, stable and complete.

use serde::Deserialize;
use serde_json::Value;

use super::{Assessment, FORMAT, FORMAT_VERSION, MAX_FILE_BYTES};
use crate::i18n::{Language, format};
use crate::questionnaire::{JsonProblem, Questionnaire};
use crate::tl;

/// Why a file cannot be read as an assessment at all.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file is larger than [`MAX_FILE_BYTES`].
    #[error("{}", self.message(Language::En))]
    TooLarge {
        /// Size in bytes.
        size: u64,
    },
    /// The bytes are not UTF-8 text.
    #[error("{}", self.message(Language::En))]
    NotUtf8 {
        /// Line of the first bad byte.
        line: usize,
    },
    /// JSON syntax error.
    #[error("{}", self.message(Language::En))]
    Json {
        /// What the parser said (boxed: a file error stays small to pass around).
        reason: Box<JsonProblem>,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
    /// Valid JSON, but not an rbr assessment.
    #[error("{}", self.message(Language::En))]
    NotAnAssessment(HeaderProblem),
    /// Written by a newer rbr.
    #[error("{}", self.message(Language::En))]
    NewerFormat {
        /// The version in the file.
        found: u64,
    },
    /// A field of the wrong shape, at a path.
    #[error("{}", self.message(Language::En))]
    Shape {
        /// JSON path of the culprit, such as `meta.title`.
        path: String,
        /// What was wrong (boxed: a file error stays small to pass around).
        reason: Box<JsonProblem>,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
    },
}

impl LoadError {
    /// What is wrong with the file and what to do, in `lang`. What the JSON
    /// reader said (in [`LoadError::Json`] and [`LoadError::Shape`]) is said in
    /// `lang` too, its detail kept; the line and column say where.
    pub fn message(&self, lang: Language) -> String {
        match self {
            LoadError::TooLarge { size } => {
                tl!(lang, "error-too-large", size = format::integer(lang, *size))
            }
            LoadError::NotUtf8 { line } => tl!(lang, "error-not-utf8", line = line.to_string()),
            LoadError::Json {
                reason,
                line,
                column,
            } => tl!(
                lang,
                "error-json",
                reason = reason.message(lang),
                line = line.to_string(),
                column = column.to_string(),
            ),
            LoadError::NotAnAssessment(problem) => tl!(
                lang,
                "error-not-an-assessment",
                reason = problem.message(lang)
            ),
            LoadError::NewerFormat { found } => tl!(
                lang,
                "error-newer-format",
                found = found.to_string(),
                supported = FORMAT_VERSION.to_string(),
            ),
            LoadError::Shape {
                path,
                reason,
                line,
                column,
            } => tl!(
                lang,
                "error-shape",
                path = path,
                reason = reason.message(lang),
                line = line.to_string(),
                column = column.to_string(),
            ),
        }
    }
}

/// Why the first fields of a JSON file show it is not an assessment this build reads.
#[derive(Debug, Clone, PartialEq)]
pub enum HeaderProblem {
    /// The JSON is an array, a string or a number, not an object.
    NotAnObject,
    /// `format` names something else.
    OtherFormat {
        /// The value as written (JSON).
        found: String,
    },
    /// There is no `format` field.
    NoFormat,
    /// `format_version` is a number, but not a version (0, or not a whole number).
    UnknownVersion {
        /// The value as written.
        found: String,
    },
    /// `format_version` is not a number.
    VersionNotNumber {
        /// The value as written (JSON).
        found: String,
    },
    /// There is no `format_version` field.
    NoVersion,
}

impl HeaderProblem {
    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        const FORMAT_FIELD: &str = "format";
        const VERSION_FIELD: &str = "format_version";
        match self {
            HeaderProblem::NotAnObject => tl!(lang, "error-header-not-an-object"),
            HeaderProblem::OtherFormat { found } => tl!(
                lang,
                "error-header-other-format",
                field = FORMAT_FIELD,
                found = found,
                expected = FORMAT,
            ),
            HeaderProblem::NoFormat => tl!(
                lang,
                "error-header-no-format",
                field = FORMAT_FIELD,
                expected = FORMAT
            ),
            HeaderProblem::UnknownVersion { found } => tl!(
                lang,
                "error-header-unknown-version",
                field = VERSION_FIELD,
                found = found
            ),
            HeaderProblem::VersionNotNumber { found } => tl!(
                lang,
                "error-header-version-not-number",
                field = VERSION_FIELD,
                found = found
            ),
            HeaderProblem::NoVersion => {
                tl!(lang, "error-header-no-version", field = VERSION_FIELD)
            }
        }
    }
}

impl std::fmt::Display for HeaderProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

/// Why an assessment could not be turned into the bytes of a file.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Language::En))]
pub struct SerializeError(#[from] serde_json::Error);

impl SerializeError {
    /// What happened, in `lang`: nothing was written, and it is a bug to report.
    pub fn message(&self, lang: Language) -> String {
        let reason = JsonProblem::from_error(&self.0).message(lang);
        tl!(lang, "error-serialize", reason = reason)
    }
}

/// Any JSON in which no object names a key twice.
struct NoDuplicateKeys;

impl<'de> serde::Deserialize<'de> for NoDuplicateKeys {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NoDuplicateKeysVisitor)
    }
}

struct NoDuplicateKeysVisitor;

impl<'de> serde::de::Visitor<'de> for NoDuplicateKeysVisitor {
    type Value = NoDuplicateKeys;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(NoDuplicateKeys)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(NoDuplicateKeys)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(NoDuplicateKeys)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(NoDuplicateKeys)
    }

    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(NoDuplicateKeys)
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(NoDuplicateKeys)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<NoDuplicateKeys>()?.is_some() {}
        Ok(NoDuplicateKeys)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut seen = std::collections::HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !seen.insert(key.clone()) {
                return Err(serde::de::Error::custom(format!("duplicate field `{key}`")));
            }
            map.next_value::<NoDuplicateKeys>()?;
        }
        Ok(NoDuplicateKeys)
    }
}

impl Assessment {
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
        let shape = |e: serde_path_to_error::Error<serde_json::Error>| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            LoadError::Shape {
                path,
                reason: Box::new(JsonProblem::from_error(&inner)),
                line: inner.line(),
                column: inner.column(),
            }
        };
        // A key given twice in one object is refused, named where it is: which
        // value counts is undefined, and a save would keep only one of them.
        let mut de = serde_json::Deserializer::from_str(text);
        serde_path_to_error::deserialize::<_, NoDuplicateKeys>(&mut de).map_err(shape)?;
        let mut de = serde_json::Deserializer::from_str(text);
        let assessment: Assessment = serde_path_to_error::deserialize(&mut de).map_err(shape)?;
        Ok(assessment)
    }

    /// The file's bytes: pretty-printed, answers in questionnaire order, ending in a newline.
    ///
    /// A failure is an error, never empty bytes: saving those would replace the
    /// user's work with a near-empty file.
    pub fn to_json(&self, questionnaire: &Questionnaire) -> Result<Vec<u8>, SerializeError> {
        let mut ordered = self.clone();
        ordered.sort(questionnaire);
        let mut bytes = serde_json::to_vec_pretty(&ordered)?;
        bytes.push(b'\n');
        Ok(bytes)
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
            LoadError::NotAnAssessment(HeaderProblem::NotAnObject)
        } else {
            LoadError::Json {
                reason: Box::new(JsonProblem::from_error(&e)),
                line: e.line(),
                column: e.column(),
            }
        }
    })?;
    // serde also reads a struct from an array, by position.
    if !text.trim_start().starts_with('{') {
        return Err(LoadError::NotAnAssessment(HeaderProblem::NotAnObject));
    }
    let problem = match (header.format, header.format_version) {
        (Some(Value::String(f)), _) if f != FORMAT => HeaderProblem::OtherFormat {
            found: Value::String(f).to_string(),
        },
        (Some(Value::String(_)), version) => return check_version(version),
        (Some(other), _) => HeaderProblem::OtherFormat {
            found: other.to_string(),
        },
        (None, _) => HeaderProblem::NoFormat,
    };
    Err(LoadError::NotAnAssessment(problem))
}

/// The format is right; the version decides whether this build reads the file.
fn check_version(version: Option<Value>) -> Result<(), LoadError> {
    let problem = match version {
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) if v > u64::from(FORMAT_VERSION) => {
                return Err(LoadError::NewerFormat { found: v });
            }
            Some(v) if v >= 1 => return Ok(()),
            _ => HeaderProblem::UnknownVersion {
                found: n.to_string(),
            },
        },
        Some(other) => HeaderProblem::VersionNotNumber {
            found: other.to_string(),
        },
        None => HeaderProblem::NoVersion,
    };
    Err(LoadError::NotAnAssessment(problem))
}
