//! The maturity scale, 0 to 4: the one type every answer, target and rubric is keyed by.

use std::fmt;
use std::str::FromStr;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::i18n::Language;
use crate::tl;

/// The lowest and highest level of the scale.
pub const LEVELS: std::ops::RangeInclusive<u8> = 0..=4;

/// A maturity level, 0 (not in place) to 4 (advanced).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

impl JsonSchema for Level {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Level".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A level from 0 (not in place) to 4 (advanced).",
            "type": "integer",
            "minimum": 0,
            "maximum": 4
        })
    }
}

impl Level {
    /// All levels, lowest first.
    pub const ALL: [Level; 5] = [Level(0), Level(1), Level(2), Level(3), Level(4)];

    /// The level, when `value` lies on the scale.
    pub fn new(value: u8) -> Option<Self> {
        LEVELS.contains(&value).then_some(Self(value))
    }

    /// The level as a number.
    pub fn value(self) -> u8 {
        self.0
    }

    /// Whether a critical question at this level caps its area's band at
    /// `not-ready`, however high the readiness: levels 0 and 1, as the published
    /// method states. The scoring, the report and the app all ask this one function.
    pub fn caps_band(self) -> bool {
        self.0 <= 1
    }
}

/// Why a value is not a level.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LevelError {
    /// A whole number off the scale.
    #[error("{}", self.message(Language::En))]
    OutOfRange(i64),
    /// Not a whole number at all.
    #[error("{}", self.message(Language::En))]
    NotANumber(String),
}

impl LevelError {
    /// Why the value is not a level, in `lang`, the value as given.
    pub fn message(&self, lang: Language) -> String {
        match self {
            LevelError::OutOfRange(value) => {
                tl!(lang, "level-out-of-range", value = value.to_string())
            }
            LevelError::NotANumber(value) => tl!(lang, "level-not-a-number", value = value),
        }
    }

    /// The error whose English message is `text`, as a JSON reader passes it on
    /// (`level 7 is outside 0-4`); `None` for any other text.
    pub(super) fn from_message(text: &str) -> Option<Self> {
        let (value, _) = text.strip_prefix("level ")?.split_once(" is ")?;
        let error = match value.parse() {
            Ok(number) => LevelError::OutOfRange(number),
            Err(_) => {
                let unquoted = value.strip_prefix('"')?.strip_suffix('"')?;
                LevelError::NotANumber(unquoted.to_owned())
            }
        };
        (error.message(Language::En) == text).then_some(error)
    }
}

impl TryFrom<u8> for Level {
    type Error = LevelError;

    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Level::new(value).ok_or(LevelError::OutOfRange(i64::from(value)))
    }
}

impl TryFrom<i64> for Level {
    type Error = LevelError;

    fn try_from(value: i64) -> Result<Self, Self::Error> {
        u8::try_from(value)
            .ok()
            .and_then(Level::new)
            .ok_or(LevelError::OutOfRange(value))
    }
}

impl FromStr for Level {
    type Err = LevelError;

    /// Reads a level as a person types it: `3`, with or without spaces around.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        let number: i64 = text
            .parse()
            .map_err(|_| LevelError::NotANumber(text.to_owned()))?;
        Level::try_from(number)
    }
}

impl From<Level> for u8 {
    fn from(level: Level) -> u8 {
        level.0
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parsing_accepts_the_scale_and_says_why_anything_else_is_refused() {
        let cases: [(&str, Result<u8, LevelError>, &str); 8] = [
            ("0", Ok(0), ""),
            ("4", Ok(4), ""),
            (" 3 ", Ok(3), ""),
            (
                "5",
                Err(LevelError::OutOfRange(5)),
                "level 5 is outside 0-4",
            ),
            (
                "-1",
                Err(LevelError::OutOfRange(-1)),
                "level -1 is outside 0-4",
            ),
            (
                "2.5",
                Err(LevelError::NotANumber("2.5".into())),
                "level \"2.5\" is not a whole number from 0 to 4",
            ),
            (
                "three",
                Err(LevelError::NotANumber("three".into())),
                "level \"three\" is not a whole number from 0 to 4",
            ),
            (
                "",
                Err(LevelError::NotANumber(String::new())),
                "level \"\" is not a whole number from 0 to 4",
            ),
        ];
        for (text, expected, message) in cases {
            let parsed = text.parse::<Level>();
            assert_eq!(parsed.clone().map(Level::value), expected, "{text:?}");
            if let Err(e) = parsed {
                assert_eq!(e.to_string(), message, "{text:?}");
            }
        }
    }

    #[test]
    fn refusals_read_in_armenian_with_the_value_kept() {
        let cases = [
            (
                LevelError::OutOfRange(7),
                "7 մակարդակը 0–4 միջակայքից դուրս է",
            ),
            (
                LevelError::NotANumber("high".into()),
                "«high» մակարդակը 0-ից մինչև 4 ամբողջ թիվ չէ",
            ),
        ];
        for (error, armenian) in cases {
            assert_eq!(error.message(Language::Hy), armenian);
            assert_eq!(
                LevelError::from_message(&error.to_string()),
                Some(error.clone())
            );
        }
        assert_eq!(LevelError::from_message("level best is fine"), None);
    }

    #[test]
    fn numbers_convert_only_on_the_scale() {
        assert_eq!(Level::try_from(4u8).map(Level::value), Ok(4));
        assert_eq!(Level::try_from(7u8), Err(LevelError::OutOfRange(7)));
        assert_eq!(Level::try_from(300i64), Err(LevelError::OutOfRange(300)));
        assert_eq!(Level::try_from(-2i64), Err(LevelError::OutOfRange(-2)));
    }

    #[test]
    fn an_out_of_range_level_in_json_is_refused_with_the_same_words() {
        let err = serde_json::from_str::<Level>("7").expect_err("off the scale");
        assert!(
            err.to_string().starts_with("level 7 is outside 0-4"),
            "{err}"
        );
    }

    #[test]
    fn only_levels_0_and_1_cap_the_band() {
        let capping: Vec<u8> = Level::ALL
            .into_iter()
            .filter(|l| l.caps_band())
            .map(Level::value)
            .collect();
        assert_eq!(capping, [0, 1]);
    }
}
