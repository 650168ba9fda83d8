//! Human-readable strings as language maps (`{"en": "...", "hy": "..."}`).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The language every string must have; translations fall back to it.
pub const BASE_LANGUAGE: &str = "en";

/// A string in one or more languages, keyed by language code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

impl Text {
    /// English-only text, for tests and for building questionnaires in code.
    pub fn en(value: impl Into<String>) -> Self {
        Self(BTreeMap::from([(BASE_LANGUAGE.to_owned(), value.into())]))
    }

    /// The text in `language`, else in English, else empty.
    pub fn get(&self, language: &str) -> &str {
        self.0
            .get(language)
            .filter(|s| !s.trim().is_empty())
            .or_else(|| self.0.get(BASE_LANGUAGE))
            .map_or("", String::as_str)
    }

    /// Whether no language has any text.
    pub fn is_empty(&self) -> bool {
        self.0.values().all(|s| s.trim().is_empty())
    }

    /// Whether the base language is present and not blank.
    pub fn has_base(&self) -> bool {
        self.0
            .get(BASE_LANGUAGE)
            .is_some_and(|s| !s.trim().is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_english() {
        let mut text = Text::en("Energy");
        assert_eq!(text.get("hy"), "Energy");
        text.0.insert("hy".into(), "Էներգետիկա".into());
        assert_eq!(text.get("hy"), "Էներգետիկա");
        assert_eq!(text.get("fr"), "Energy");
    }
}
