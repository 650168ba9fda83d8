//! Reading an assessment from a file's bytes and writing it back, stable and complete.

use serde::Deserialize;
use serde_json::Value;

use super::{Assessment, FORMAT, FORMAT_VERSION, MAX_FILE_BYTES};
use crate::questionnaire::Questionnaire;

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

/// Why an assessment could not be turned into the bytes of a file.
#[derive(Debug, thiserror::Error)]
#[error(
    "the assessment could not be written as JSON ({0}); nothing was written; please report this as a bug in rbr"
)]
pub struct SerializeError(#[from] serde_json::Error);

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
