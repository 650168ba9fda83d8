//! Values kept exactly as the file wrote them, usable or not, so saving never loses one.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

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
