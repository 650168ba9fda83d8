//! Numbers behind the levels: the planning figures a questionnaire's standards
//! use (`{figure:casualties}` in a question's text), and the measured indicator a
//! question may declare, with the value each level requires.

use serde::{Deserialize, Serialize};

use super::Level;
use crate::i18n::{Language, format};
use crate::text::Text;

/// How a question's text names a planning figure: `{figure:ID}`.
const PLACEHOLDER_OPEN: &str = "{figure:";

/// How many months a measured figure stays current unless its question says otherwise.
pub const DEFAULT_WINDOW_MONTHS: u32 = 24;

/// A figure the questionnaire's standards are set against, such as the number of
/// casualties in one incident: the country records its own value (from its
/// national risk assessment); until it does, the default stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlanningFigure {
    /// Stable id, written in question text as `{figure:ID}`.
    pub id: String,
    /// What the figure counts ("Casualties in one incident").
    pub name: Text,
    /// The unit printed after the number ("casualties", «տուժած»).
    pub unit: Text,
    /// The value used until the assessment records the country's own.
    pub default: f64,
    /// Where the figure comes from and how it is counted.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub description: Text,
}

/// Whether more of an indicator is better (days of stocks) or less (seconds to
/// answer an emergency call).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Better {
    /// A higher value is better.
    #[default]
    Higher,
    /// A lower value is better.
    Lower,
}

/// A measured figure that defines a question's standard: its unit, and the value
/// each level from 1 to 4 requires.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Indicator {
    /// What is measured ("Days of net oil imports held in emergency stocks").
    pub name: Text,
    /// The unit printed after the number ("days", «օր»).
    pub unit: Text,
    /// Whether more or less is better.
    #[serde(default)]
    pub better: Better,
    /// The value levels 1, 2, 3 and 4 require; level 0 requires nothing.
    pub requires: [f64; 4],
    /// How many months a figure stays current; 24 when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window_months: Option<u32>,
}

impl Indicator {
    /// The highest level a measured `value` supports: the last whose requirement
    /// it meets, or level 0.
    pub fn supports(&self, value: f64) -> Level {
        let met = self
            .requires
            .iter()
            .take_while(|&&required| match self.better {
                Better::Higher => value >= required,
                Better::Lower => value <= required,
            })
            .count();
        Level::ALL[met]
    }

    /// What `level` requires, or `None` for level 0.
    pub fn required_for(&self, level: Level) -> Option<f64> {
        usize::from(level.value())
            .checked_sub(1)
            .map(|i| self.requires[i])
    }

    /// How many months a figure stays current.
    pub fn window(&self) -> u32 {
        self.window_months.unwrap_or(DEFAULT_WINDOW_MONTHS)
    }

    /// Whether the requirements climb the scale the right way: each step asks for
    /// at least as much (or, where less is better, at most as much) as the one below.
    pub(super) fn in_order(&self) -> bool {
        self.requires.iter().all(|v| v.is_finite())
            && self.requires.windows(2).all(|w| match self.better {
                Better::Higher => w[0] <= w[1],
                Better::Lower => w[0] >= w[1],
            })
    }

    /// "≥ 90 days" / "≤ 120 seconds" in `lang`: what `level` requires, with the unit.
    pub fn requirement(&self, level: Level, lang: Language) -> Option<String> {
        // Nothing to state where any figure meets it (levels told apart by
        // other things than the number).
        let value = self
            .required_for(level)
            .filter(|&v| !(self.better == Better::Higher && v <= 0.0))?;
        let sign = match self.better {
            Better::Higher => '≥',
            Better::Lower => '≤',
        };
        Some(format!(
            "{sign} {}",
            with_unit(lang, value, self.unit.get(lang.code()))
        ))
    }
}

/// `value` followed by `unit`, in `lang`'s number format: `2,500 casualties`,
/// `2 500 տուժած`, `82.5%`.
pub fn with_unit(lang: Language, value: f64, unit: &str) -> String {
    let number = number(lang, value);
    match unit {
        "" => number,
        "%" => format!("{number}%"),
        unit => format!("{number}\u{a0}{unit}"),
    }
}

/// A measured or planning value as a person reads it: whole numbers without
/// decimals, others with as many as they need (up to two).
pub fn number(lang: Language, value: f64) -> String {
    let decimals = if (value.fract()).abs() < 1e-9 {
        0
    } else if (value * 10.0).fract().abs() < 1e-6 {
        1
    } else {
        2
    };
    format::decimal(lang, value, decimals)
}

/// Every `{figure:ID}` in `text`, by id, in order.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(PLACEHOLDER_OPEN) {
        let after = &rest[start + PLACEHOLDER_OPEN.len()..];
        let Some(end) = after.find('}') else { break };
        found.push(&after[..end]);
        rest = &after[end + 1..];
    }
    found
}

/// `text` with every `{figure:ID}` replaced by what `value_of(ID)` gives; an id
/// it does not know is left as written.
pub fn fill(text: &str, mut value_of: impl FnMut(&str) -> Option<String>) -> String {
    if !text.contains(PLACEHOLDER_OPEN) {
        return text.to_owned();
    }
    let mut filled = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(start) = rest.find(PLACEHOLDER_OPEN) {
        let after = &rest[start + PLACEHOLDER_OPEN.len()..];
        let Some(end) = after.find('}') else { break };
        filled.push_str(&rest[..start]);
        match value_of(&after[..end]) {
            Some(value) => filled.push_str(&value),
            None => filled.push_str(&rest[start..start + PLACEHOLDER_OPEN.len() + end + 1]),
        }
        rest = &after[end + 1..];
    }
    filled.push_str(rest);
    filled
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(requires: [f64; 4], better: Better) -> Indicator {
        Indicator {
            name: Text::en("Days of stocks"),
            unit: Text::en("days"),
            better,
            requires,
            window_months: None,
        }
    }

    fn level(n: u8) -> Level {
        Level::new(n).expect("on the scale")
    }

    #[test]
    fn a_figure_supports_the_last_level_whose_requirement_it_meets() {
        let oil = days([30.0, 60.0, 90.0, 120.0], Better::Higher);
        assert_eq!(oil.supports(0.0), level(0));
        assert_eq!(oil.supports(29.9), level(0));
        assert_eq!(oil.supports(30.0), level(1));
        assert_eq!(oil.supports(61.0), level(2));
        assert_eq!(oil.supports(90.0), level(3));
        assert_eq!(oil.supports(400.0), level(4));
        let seconds = days([60.0, 30.0, 15.0, 10.0], Better::Lower);
        assert_eq!(seconds.supports(75.0), level(0));
        assert_eq!(seconds.supports(20.0), level(2));
        assert_eq!(seconds.supports(10.0), level(4));
        assert!(oil.in_order() && seconds.in_order());
        assert!(!days([30.0, 20.0, 90.0, 120.0], Better::Higher).in_order());
        assert_eq!(oil.window(), 24);
        assert_eq!(
            oil.requirement(level(3), Language::En).as_deref(),
            Some("≥ 90\u{a0}days")
        );
        assert_eq!(oil.requirement(level(0), Language::En), None);
    }

    #[test]
    fn placeholders_are_filled_in_place_and_unknown_ones_kept() {
        let text = "the larger of 100 and the national planning figure, {figure:casualties}, within {figure:hours}; {figure:other}";
        assert_eq!(
            placeholders(text),
            ["casualties", "hours", "other"].as_slice()
        );
        let filled = fill(text, |id| match id {
            "casualties" => Some(with_unit(Language::En, 2500.0, "casualties")),
            "hours" => Some(with_unit(Language::Hy, 12500.5, "ժամ")),
            _ => None,
        });
        assert_eq!(
            filled,
            "the larger of 100 and the national planning figure, 2,500\u{a0}casualties, within 12\u{a0}500,5\u{a0}ժամ; {figure:other}"
        );
        assert_eq!(fill("no figure {here}", |_| None), "no figure {here}");
        assert_eq!(with_unit(Language::Hy, 82.5, "%"), "82,5%");
    }
}
