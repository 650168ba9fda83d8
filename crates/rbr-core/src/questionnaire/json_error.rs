//! The JSON reader's words in the interface language, with their detail kept.
//!
//! serde_json says what went wrong in English sentences (`invalid type: string
//! "x", expected u8`). [`JsonProblem::from_error`] reads such a sentence back into
//! its parts, so that [`JsonProblem::message`] can say it in either language with
//! the value, the field and the expected kind kept. The English message is the
//! reader's own sentence, word for word: a sentence is only taken apart when its
//! parts give it back exactly, and one this module does not know is kept as it
//! was ([`JsonProblem::Other`]), after a lead-in in Armenian. Where the problem is
//! (line and column, the field's path) is left to the message that shows it.
//!
//! Both readers use it: the questionnaire's here and the assessment's.

use serde_json::error::Category;

use super::LevelError;
use crate::i18n::Language;
use crate::tl;

/// What the JSON reader found wrong, without where.
#[derive(Debug, Clone, PartialEq)]
pub enum JsonProblem {
    /// The text ended inside something still open.
    Eof(Open),
    /// A punctuation mark was expected: `:` after a key, `"` to open a key.
    ExpectedToken(char),
    /// A comma, or the end of the list (`]`) or object (`}`), was expected.
    ExpectedCommaOr(char),
    /// A word that is not `true`, `false` or `null` (often text without quotes).
    ExpectedIdent,
    /// Something that is not a value where a value belongs.
    ExpectedValue,
    /// A `\` followed by a character that has no meaning after it.
    InvalidEscape,
    /// A number written wrongly.
    InvalidNumber,
    /// A number too large to read.
    NumberOutOfRange,
    /// A `\u` escape that names no character.
    InvalidUnicode,
    /// A line break or tab inside a string.
    ControlCharacter,
    /// An object key without quotation marks.
    KeyMustBeAString,
    /// A comma after the last item.
    TrailingComma,
    /// Something after the end of the document.
    TrailingCharacters,
    /// Nesting too deep to read.
    RecursionLimit,
    /// A value of another type than the field takes.
    InvalidType {
        /// What was written.
        found: Found,
        /// What the field takes.
        expected: Expected,
    },
    /// A value of the right type the field does not accept.
    InvalidValue {
        /// What was written.
        found: Found,
        /// What the field takes.
        expected: Expected,
    },
    /// A list with the wrong number of items.
    InvalidLength {
        /// How many items were written.
        length: String,
        /// What the field takes.
        expected: Expected,
    },
    /// A name that is not one of those allowed.
    UnknownVariant {
        /// The name as written.
        value: String,
        /// The names allowed, as files write them.
        allowed: Vec<String>,
    },
    /// A field the object does not have.
    UnknownField {
        /// The field as written.
        field: String,
        /// The fields it has.
        allowed: Vec<String>,
    },
    /// A field that must be there is not.
    MissingField {
        /// The field's name in files.
        field: String,
    },
    /// A field written twice in one object.
    DuplicateField {
        /// The field's name.
        field: String,
    },
    /// A number that is not a level.
    Level(LevelError),
    /// The value fits none of the forms the reader knows, though none says why.
    UnexpectedShape,
    /// A sentence of the reader's this module does not know, as it was.
    Other(String),
}

/// What the text ended inside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Open {
    /// A list, `[`.
    List,
    /// An object, `{`.
    Object,
    /// A string, `"`.
    String,
    /// Before a value began.
    Value,
}

/// What was written, as the reader describes it.
#[derive(Debug, Clone, PartialEq)]
pub enum Found {
    /// `true` or `false`.
    Boolean(String),
    /// A whole number, as written.
    Integer(String),
    /// A number with a fraction, as written.
    Float(String),
    /// One character.
    Character(String),
    /// A string, without its outer quotation marks, its escapes kept.
    Text(String),
    /// `null`.
    Null,
    /// A list.
    List,
    /// An object.
    Object,
    /// A number the reader does not describe further.
    Number,
    /// Anything else, in the reader's words.
    Other(String),
}

/// What a field takes, as the reader describes it.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    /// A string.
    Text,
    /// `true` or `false`.
    Boolean,
    /// A list.
    List,
    /// One character.
    Character,
    /// A whole number, with the reader's name for its type (`u8`).
    Integer(String),
    /// A number, with the reader's name for its type (`f64`).
    Number(String),
    /// An object, in the reader's words (`struct Answer`, `a map`).
    Object(String),
    /// Anything else, in the reader's words.
    Other(String),
}

/// The problems that carry no detail, each recognised by its English sentence.
const PLAIN: [JsonProblem; 19] = [
    JsonProblem::Eof(Open::List),
    JsonProblem::Eof(Open::Object),
    JsonProblem::Eof(Open::String),
    JsonProblem::Eof(Open::Value),
    JsonProblem::ExpectedToken(':'),
    JsonProblem::ExpectedToken('"'),
    JsonProblem::ExpectedCommaOr(']'),
    JsonProblem::ExpectedCommaOr('}'),
    JsonProblem::ExpectedIdent,
    JsonProblem::ExpectedValue,
    JsonProblem::InvalidEscape,
    JsonProblem::InvalidNumber,
    JsonProblem::NumberOutOfRange,
    JsonProblem::InvalidUnicode,
    JsonProblem::ControlCharacter,
    JsonProblem::KeyMustBeAString,
    JsonProblem::TrailingComma,
    JsonProblem::TrailingCharacters,
    JsonProblem::RecursionLimit,
];

impl JsonProblem {
    /// What `error` says, without its position (`at line 3 column 5`).
    pub fn from_error(error: &serde_json::Error) -> Self {
        let text = without_position(error);
        let parsed = match error.classify() {
            Category::Syntax | Category::Eof => Self::plain(&text),
            Category::Data => Self::data(&text),
            Category::Io => None,
        };
        Self::checked(parsed, text)
    }

    /// What the reader said, in `lang`: a phrase to be shown inside another
    /// message, which says where.
    pub fn message(&self, lang: Language) -> String {
        match self {
            JsonProblem::Eof(open) => tl!(lang, "json-eof", inside = open.key()),
            JsonProblem::ExpectedToken(token) => {
                tl!(lang, "json-expected-token", token = token.to_string())
            }
            JsonProblem::ExpectedCommaOr(end) => {
                tl!(lang, "json-expected-comma-or", end = end.to_string())
            }
            JsonProblem::InvalidType { found, expected } => tl!(
                lang,
                "json-invalid-type",
                found = found.message(lang),
                expected = expected.message(lang),
            ),
            JsonProblem::InvalidValue { found, expected } => tl!(
                lang,
                "json-invalid-value",
                found = found.message(lang),
                expected = expected.message(lang),
            ),
            JsonProblem::InvalidLength { length, expected } => tl!(
                lang,
                "json-invalid-length",
                length = length,
                expected = expected.message(lang),
            ),
            JsonProblem::UnknownVariant { value, allowed } => tl!(
                lang,
                "json-unknown-variant",
                value = value,
                allowed = one_of(lang, allowed),
            ),
            JsonProblem::UnknownField { field, allowed } => tl!(
                lang,
                "json-unknown-field",
                field = field,
                allowed = one_of(lang, allowed),
            ),
            JsonProblem::MissingField { field } => tl!(lang, "json-missing-field", field = field),
            JsonProblem::DuplicateField { field } => {
                tl!(lang, "json-duplicate-field", field = field)
            }
            JsonProblem::Level(error) => error.message(lang),
            JsonProblem::Other(text) => tl!(lang, "json-other", reason = text),
            JsonProblem::ExpectedIdent
            | JsonProblem::ExpectedValue
            | JsonProblem::InvalidEscape
            | JsonProblem::InvalidNumber
            | JsonProblem::NumberOutOfRange
            | JsonProblem::InvalidUnicode
            | JsonProblem::ControlCharacter
            | JsonProblem::KeyMustBeAString
            | JsonProblem::TrailingComma
            | JsonProblem::TrailingCharacters
            | JsonProblem::RecursionLimit
            | JsonProblem::UnexpectedShape => tl!(lang, self.plain_id()),
        }
    }

    /// The message id of a problem without detail.
    fn plain_id(&self) -> &'static str {
        match self {
            JsonProblem::ExpectedIdent => "json-expected-ident",
            JsonProblem::ExpectedValue => "json-expected-value",
            JsonProblem::InvalidEscape => "json-invalid-escape",
            JsonProblem::InvalidNumber => "json-invalid-number",
            JsonProblem::NumberOutOfRange => "json-number-out-of-range",
            JsonProblem::InvalidUnicode => "json-invalid-unicode",
            JsonProblem::ControlCharacter => "json-control-character",
            JsonProblem::KeyMustBeAString => "json-key-must-be-a-string",
            JsonProblem::TrailingComma => "json-trailing-comma",
            JsonProblem::TrailingCharacters => "json-trailing-characters",
            JsonProblem::RecursionLimit => "json-recursion-limit",
            JsonProblem::UnexpectedShape => "json-unexpected-shape",
            // The problems with detail never get here: `message` says them itself.
            JsonProblem::Eof(_)
            | JsonProblem::ExpectedToken(_)
            | JsonProblem::ExpectedCommaOr(_)
            | JsonProblem::InvalidType { .. }
            | JsonProblem::InvalidValue { .. }
            | JsonProblem::InvalidLength { .. }
            | JsonProblem::UnknownVariant { .. }
            | JsonProblem::UnknownField { .. }
            | JsonProblem::MissingField { .. }
            | JsonProblem::DuplicateField { .. }
            | JsonProblem::Level(_)
            | JsonProblem::Other(_) => "json-other",
        }
    }

    /// The problem `parsed` says, if it gives back the reader's sentence exactly;
    /// else the sentence as it was.
    fn checked(parsed: Option<Self>, text: String) -> Self {
        match parsed {
            Some(problem) if problem.message(Language::En) == text => problem,
            _ => JsonProblem::Other(text),
        }
    }

    /// A syntax error, by its English sentence.
    fn plain(text: &str) -> Option<Self> {
        PLAIN
            .into_iter()
            .find(|problem| problem.message(Language::En) == text)
    }

    /// A data error: serde's sentences, and the level's own.
    fn data(text: &str) -> Option<Self> {
        if let Some(rest) = text.strip_prefix("invalid type: ") {
            let (found, expected) = rest.rsplit_once(", expected ")?;
            return Some(JsonProblem::InvalidType {
                found: Found::parse(found),
                expected: Expected::parse(expected),
            });
        }
        if let Some(rest) = text.strip_prefix("invalid value: ") {
            let (found, expected) = rest.rsplit_once(", expected ")?;
            return Some(JsonProblem::InvalidValue {
                found: Found::parse(found),
                expected: Expected::parse(expected),
            });
        }
        if let Some(rest) = text.strip_prefix("invalid length ") {
            let (length, expected) = rest.split_once(", expected ")?;
            return Some(JsonProblem::InvalidLength {
                length: length.to_owned(),
                expected: Expected::parse(expected),
            });
        }
        if let Some(rest) = text.strip_prefix("unknown variant `") {
            let (value, allowed) = rest.rsplit_once("`, expected ")?;
            return Some(JsonProblem::UnknownVariant {
                value: value.to_owned(),
                allowed: names(allowed),
            });
        }
        if let Some(rest) = text.strip_prefix("unknown field `") {
            let (field, allowed) = rest.rsplit_once("`, expected ")?;
            return Some(JsonProblem::UnknownField {
                field: field.to_owned(),
                allowed: names(allowed),
            });
        }
        if let Some(field) = ticked(text, "missing field ") {
            return Some(JsonProblem::MissingField { field });
        }
        if let Some(field) = ticked(text, "duplicate field ") {
            return Some(JsonProblem::DuplicateField { field });
        }
        LevelError::from_message(text).map(JsonProblem::Level)
    }
}

impl Open {
    /// The variant key of `json-eof`.
    fn key(self) -> &'static str {
        match self {
            Open::List => "list",
            Open::Object => "object",
            Open::String => "string",
            Open::Value => "value",
        }
    }
}

impl Found {
    /// serde's description of a value (`string "x"`, ``integer `5` ``).
    fn parse(text: &str) -> Self {
        let ticked_kinds = [
            ("boolean ", Found::Boolean as fn(String) -> Found),
            ("integer ", Found::Integer),
            ("floating point ", Found::Float),
            ("character ", Found::Character),
        ];
        for (prefix, found) in ticked_kinds {
            if let Some(value) = ticked(text, prefix) {
                return found(value);
            }
        }
        if let Some(inner) = text
            .strip_prefix("string \"")
            .and_then(|rest| rest.strip_suffix('"'))
        {
            return Found::Text(inner.to_owned());
        }
        match text {
            "null" => Found::Null,
            "sequence" => Found::List,
            "map" => Found::Object,
            "number" => Found::Number,
            other => Found::Other(other.to_owned()),
        }
    }

    /// What was written, in `lang`.
    fn message(&self, lang: Language) -> String {
        let (kind, value) = match self {
            Found::Boolean(value) => ("boolean", value.clone()),
            Found::Integer(value) => ("integer", value.clone()),
            Found::Float(value) => ("float", value.clone()),
            Found::Character(value) => ("character", value.clone()),
            Found::Text(inner) => ("string", quoted_string(lang, inner)),
            Found::Null => ("null", String::new()),
            Found::List => ("list", String::new()),
            Found::Object => ("object", String::new()),
            Found::Number => ("number", String::new()),
            Found::Other(text) => ("verbatim", text.clone()),
        };
        tl!(lang, "json-found", kind = kind, value = value)
    }
}

impl Expected {
    /// serde's description of what a field takes (`a string`, `u8`).
    fn parse(text: &str) -> Self {
        const INTEGERS: [&str; 12] = [
            "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
        ];
        let owned = text.to_owned();
        match text {
            "a string" => Expected::Text,
            "a boolean" => Expected::Boolean,
            "a sequence" => Expected::List,
            "a character" => Expected::Character,
            "f32" | "f64" => Expected::Number(owned),
            "a map" => Expected::Object(owned),
            _ if INTEGERS.contains(&text) => Expected::Integer(owned),
            _ if text.starts_with("struct ") => Expected::Object(owned),
            _ => Expected::Other(owned),
        }
    }

    /// What the field takes, in `lang`.
    fn message(&self, lang: Language) -> String {
        let (kind, value) = match self {
            Expected::Text => ("text", ""),
            Expected::Boolean => ("boolean", ""),
            Expected::List => ("list", ""),
            Expected::Character => ("character", ""),
            Expected::Integer(words) => ("integer", words.as_str()),
            Expected::Number(words) => ("number", words.as_str()),
            Expected::Object(words) => ("object", words.as_str()),
            Expected::Other(words) => ("verbatim", words.as_str()),
        };
        tl!(lang, "json-expected", kind = kind, value = value)
    }
}

/// A string as a file writes it, `inner` without its outer quotation marks, in
/// `lang`'s quotation marks: `"archived"`, «archived».
pub fn quoted_string(lang: Language, inner: &str) -> String {
    tl!(lang, "json-string", text = inner)
}

/// The names a value may take, in `lang`: `` `a` or `b` ``, «a» կամ «b».
fn one_of(lang: Language, names: &[String]) -> String {
    let quoted: Vec<String> = names
        .iter()
        .map(|name| tl!(lang, "json-quoted", name = name))
        .collect();
    tl!(
        lang,
        "json-one-of",
        count = quoted.len(),
        first = quoted.first().cloned().unwrap_or_default(),
        last = quoted.last().cloned().unwrap_or_default(),
        all = quoted.join(", "),
    )
}

/// The names in serde's list of them: `` one of `a`, `b`, `c` ``.
fn names(list: &str) -> Vec<String> {
    list.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// The value in ``PREFIX`value` ``.
fn ticked(text: &str, prefix: &str) -> Option<String> {
    text.strip_prefix(prefix)?
        .strip_prefix('`')?
        .strip_suffix('`')
        .map(str::to_owned)
}

/// The error's sentence without the position serde_json appends to it.
fn without_position(error: &serde_json::Error) -> String {
    let text = error.to_string();
    if error.line() == 0 {
        return text;
    }
    let position = format!(" at line {} column {}", error.line(), error.column());
    match text.strip_suffix(&position) {
        Some(sentence) => sentence.to_owned(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    use super::*;
    use crate::questionnaire::Level;

    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Sample {
        title: String,
        level: Option<Level>,
        weight: Option<u8>,
        flag: Option<bool>,
        list: Option<Vec<u8>>,
        kind: Option<Kind>,
        pair: Option<(u8, u8)>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Kind {
        Planning,
        Training,
        Exercises,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Closed {
        a: u8,
        b: u8,
    }

    fn has_armenian(text: &str) -> bool {
        text.chars().any(|c| ('\u{0531}'..='\u{058F}').contains(&c))
    }

    /// The English words serde_json uses, none of which an Armenian message keeps.
    const ENGLISH: [&str; 12] = [
        "expected", "invalid", "type", "line", "column", "missing", "field", "unknown", "variant",
        "EOF", "trailing", "string",
    ];

    /// (JSON, what the problem is, what its Armenian message keeps).
    type Case = (&'static str, JsonProblem, Vec<&'static str>);

    /// Syntax errors: the detail is where, which the callers say.
    fn syntax_cases() -> Vec<Case> {
        use JsonProblem as P;
        vec![
            (r#"{"title": "a", "level": }"#, P::ExpectedValue, vec![]),
            (
                r#"{"title": "a" "level": 1}"#,
                P::ExpectedCommaOr('}'),
                vec!["}"],
            ),
            (
                r#"{"title": "a", "list": [1 2]}"#,
                P::ExpectedCommaOr(']'),
                vec!["]"],
            ),
            (r#"{"title" "a"}"#, P::ExpectedToken(':'), vec![":"]),
            (r#"{"title": "a",}"#, P::TrailingComma, vec![]),
            (r#"{"title": "a"} x"#, P::TrailingCharacters, vec!["JSON"]),
            (r#"{"title": "a", "flag": tru}"#, P::ExpectedIdent, vec![]),
            (
                r#"{"title": "a", "weight": 1e999}"#,
                P::NumberOutOfRange,
                vec![],
            ),
            (r#"{"title": "a", "weight": -}"#, P::InvalidNumber, vec![]),
            (r#"{"title": "a\q"}"#, P::InvalidEscape, vec!["\\"]),
            ("{\"title\": \"a\nb\"}", P::ControlCharacter, vec![]),
            (r#"{title: "a"}"#, P::KeyMustBeAString, vec![]),
            (
                r#"{"title": "a", "list": [1"#,
                P::Eof(Open::List),
                vec!["]"],
            ),
            (r#"{"title": "a""#, P::Eof(Open::Object), vec!["}"]),
            (r#"{"title": "a"#, P::Eof(Open::String), vec![]),
            (r#"{"title": "#, P::Eof(Open::Value), vec![]),
        ]
    }

    /// Values of the wrong type: what was written, what was expected.
    fn type_cases() -> Vec<Case> {
        use JsonProblem as P;
        vec![
            (
                r#"{"title": 5}"#,
                P::InvalidType {
                    found: Found::Integer("5".into()),
                    expected: Expected::Text,
                },
                vec!["5", "տեքստ"],
            ),
            (
                r#"{"title": "a", "weight": "high"}"#,
                P::InvalidType {
                    found: Found::Text("high".into()),
                    expected: Expected::Integer("u8".into()),
                },
                vec!["«high»", "ամբողջ թիվ"],
            ),
            (
                r#"{"title": null}"#,
                P::InvalidType {
                    found: Found::Null,
                    expected: Expected::Text,
                },
                vec!["դատարկ"],
            ),
            (
                r#"{"title": "a", "flag": 2.5}"#,
                P::InvalidType {
                    found: Found::Float("2.5".into()),
                    expected: Expected::Boolean,
                },
                vec!["2.5"],
            ),
            (
                r#"{"title": ["a"]}"#,
                P::InvalidType {
                    found: Found::List,
                    expected: Expected::Text,
                },
                vec!["ցանկ"],
            ),
            (
                r#"{"title": "a", "list": {"x": 1}}"#,
                P::InvalidType {
                    found: Found::Object,
                    expected: Expected::List,
                },
                vec!["օբյեկտ", "ցանկ"],
            ),
        ]
    }

    /// Data errors other than a wrong type.
    fn value_cases() -> Vec<Case> {
        use JsonProblem as P;
        vec![
            (
                r#"{"title": "a", "weight": 300}"#,
                P::InvalidValue {
                    found: Found::Integer("300".into()),
                    expected: Expected::Integer("u8".into()),
                },
                vec!["300"],
            ),
            (
                r#"{"title": "a", "pair": [1]}"#,
                P::InvalidLength {
                    length: "1".into(),
                    expected: Expected::Other("a tuple of size 2".into()),
                },
                vec!["1", "«a tuple of size 2»"],
            ),
            (
                r#"{"title": "a", "kind": "money"}"#,
                P::UnknownVariant {
                    value: "money".into(),
                    allowed: vec!["planning".into(), "training".into(), "exercises".into()],
                },
                vec!["«money»", "«planning», «training», «exercises»"],
            ),
            (
                r#"{"level": 1}"#,
                P::MissingField {
                    field: "title".into(),
                },
                vec!["«title»"],
            ),
            (
                r#"{"title": "a", "title": "b"}"#,
                P::DuplicateField {
                    field: "title".into(),
                },
                vec!["«title»"],
            ),
            (
                r#"{"title": "a", "level": 7}"#,
                P::Level(LevelError::OutOfRange(7)),
                vec!["7 մակարդակը"],
            ),
        ]
    }

    #[test]
    fn the_readers_sentences_are_taken_apart_and_said_in_armenian_with_their_detail() {
        for (json, expected, kept) in syntax_cases()
            .into_iter()
            .chain(type_cases())
            .chain(value_cases())
        {
            let error = serde_json::from_str::<Sample>(json).expect_err(json);
            let problem = JsonProblem::from_error(&error);
            assert_eq!(problem, expected, "{json}: {error}");
            // English is the reader's own sentence, word for word.
            assert_eq!(
                problem.message(Language::En),
                without_position(&error),
                "{json}"
            );
            let hy = problem.message(Language::Hy);
            assert!(has_armenian(&hy), "{json}: {hy}");
            for english in ENGLISH {
                assert!(!hy.contains(english), "{json}: {english:?} in {hy}");
            }
            for detail in kept {
                assert!(hy.contains(detail), "{json}: {detail:?} not in {hy}");
            }
        }
    }

    #[test]
    fn unknown_fields_name_the_field_and_the_fields_allowed() {
        let cases = [
            (r#"{"a": 1, "c": 2}"#, "«c»", "«a» կամ «b»"),
            (r#"{"a": 1, "b": 2, "a": 3}"#, "«a»", "երկու անգամ"),
        ];
        for (json, field, rest) in cases {
            let error = serde_json::from_str::<Closed>(json).expect_err(json);
            let problem = JsonProblem::from_error(&error);
            assert_eq!(problem.message(Language::En), without_position(&error));
            let hy = problem.message(Language::Hy);
            assert!(hy.contains(field) && hy.contains(rest), "{hy}");
        }
    }

    #[test]
    fn a_sentence_not_known_is_kept_whole_after_an_armenian_lead_in() {
        #[derive(Debug, Deserialize)]
        #[serde(try_from = "String")]
        struct Picky;
        impl TryFrom<String> for Picky {
            type Error = &'static str;
            fn try_from(_: String) -> Result<Self, Self::Error> {
                Err("that will not do")
            }
        }
        let error = serde_json::from_str::<Picky>("\"x\"").expect_err("picky");
        let problem = JsonProblem::from_error(&error);
        assert_eq!(problem, JsonProblem::Other("that will not do".into()));
        let hy = problem.message(Language::Hy);
        assert!(
            has_armenian(&hy) && hy.ends_with("that will not do"),
            "{hy}"
        );
        assert_eq!(problem.message(Language::En), "that will not do");
    }

    #[test]
    fn values_without_a_position_are_read_the_same() {
        let value = serde_json::json!({"title": "a", "weight": "high"});
        let error = serde_json::from_value::<Sample>(value).expect_err("weight");
        assert_eq!(error.line(), 0);
        let problem = JsonProblem::from_error(&error);
        assert!(
            matches!(problem, JsonProblem::InvalidType { .. }),
            "{problem:?}"
        );
        assert_eq!(problem.message(Language::En), error.to_string());
    }

    #[test]
    fn every_plain_problem_has_its_own_english_sentence() {
        let mut seen = std::collections::HashSet::new();
        for problem in PLAIN {
            let en = problem.message(Language::En);
            assert!(!en.starts_with("json-"), "{problem:?} has no message");
            assert!(seen.insert(en.clone()), "{en} twice");
            assert_eq!(JsonProblem::plain(&en), Some(problem));
        }
    }
}
