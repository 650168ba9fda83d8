//! What a question says about itself beyond its text: whether "not applicable"
//! may be answered, and the published rule its weight and critical flag follow.

use serde::{Deserialize, Serialize};

use crate::i18n::Language;
use crate::text::Text;
use crate::tl;

/// Whether "not applicable" may be answered to a question, and when.
///
/// Questionnaires before 1.2.0 do not say: there, as then, any question may be
/// marked not applicable with a justification.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NotApplicable {
    /// Whether N/A is accepted.
    pub allowed: bool,
    /// When it is acceptable, or why it is not, in one sentence.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub note: Text,
}

impl Default for NotApplicable {
    fn default() -> Self {
        Self {
            allowed: true,
            note: Text::default(),
        }
    }
}

/// The published rule behind a question's weight and critical flag: how bad its
/// failure is, and how hard the capability is to replace in a crisis, each 1 to 3.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rule {
    /// Consequence of failure: 1 local disruption, 2 serious national disruption,
    /// 3 loss of life at scale or of a core function of the state.
    pub consequence: u8,
    /// How hard it is to replace: 1 within days with what exists, 2 weeks or
    /// outside help, 3 months to years (infrastructure, law, trained teams).
    pub replacement: u8,
    /// The reasoning for both scores, in a sentence.
    #[serde(default, skip_serializing_if = "Text::is_empty")]
    pub reason: Text,
}

impl Rule {
    /// The weight the rule gives: 1 when consequence x replacement is at most 2,
    /// 2 when it is 3 or 4, 3 from 6.
    pub fn weight(&self) -> u8 {
        match self.consequence * self.replacement {
            0..=2 => 1,
            3..=4 => 2,
            _ => 3,
        }
    }

    /// Whether the rule makes the question critical: the worst consequence and
    /// the hardest to replace.
    pub fn critical(&self) -> bool {
        self.consequence == 3 && self.replacement == 3
    }

    /// The two scores as a person reads them: `consequence 3, replacement 2`.
    pub fn scores(&self, lang: Language) -> String {
        tl!(
            lang,
            "rule-scores",
            consequence = u32::from(self.consequence),
            replacement = u32::from(self.replacement)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rule_table_gives_weight_and_critical() {
        // (consequence, replacement) -> (weight, critical), as the method's table.
        let cases = [
            ((1, 1), (1, false)),
            ((1, 2), (1, false)),
            ((2, 1), (1, false)),
            ((1, 3), (2, false)),
            ((3, 1), (2, false)),
            ((2, 2), (2, false)),
            ((2, 3), (3, false)),
            ((3, 2), (3, false)),
            ((3, 3), (3, true)),
        ];
        for ((consequence, replacement), (weight, critical)) in cases {
            let rule = Rule {
                consequence,
                replacement,
                reason: Text::default(),
            };
            assert_eq!(rule.weight(), weight, "{consequence} x {replacement}");
            assert_eq!(rule.critical(), critical, "{consequence} x {replacement}");
        }
    }
}
