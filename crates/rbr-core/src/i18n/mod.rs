//! The interface's words in English and Armenian: Fluent messages embedded in the binary.
//!
//! Every string a person reads outside the questionnaire goes through [`tr`] /
//! [`tr_args`] or the [`t!`](crate::t) and [`tl!`](crate::tl) macros, with the
//! messages in `assets/i18n/{en,hy}/*.ftl`. The files are compiled into the binary
//! (`fluent-templates`' static loader), so the pure core, the CLI and the app share
//! one loader and need no files at run time. English is the fallback; an unknown id
//! comes back as the id itself, never a panic. Numbers and dates a person reads are
//! formatted with [`format`] and passed as strings; counts that choose a plural form
//! are passed as numbers.
//!
//! Message variables are snake_case, since the macros name them as Rust identifiers:
//! `t!("gaps-count", count = 3)` fills `{ $count }`.

pub mod format;

use std::cell::Cell;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, StaticLoader, langid};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../../assets/i18n",
        fallback_language: "en",
        // Fluent wraps every placeable in FSI/PDI isolation marks by default; the
        // PDF and the terminal would show them as stray glyphs or boxes.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static EN: LanguageIdentifier = langid!("en");
static HY: LanguageIdentifier = langid!("hy");

/// A language of the interface and of the report.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    /// English, the fallback for any message missing in another language.
    #[default]
    En,
    /// Eastern Armenian, reformed spelling.
    Hy,
}

impl Language {
    /// Every language, in the order a language picker lists them.
    pub const ALL: [Language; 2] = [Language::En, Language::Hy];

    /// The language's code: `"en"` or `"hy"` (as in `meta.language`).
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Hy => "hy",
        }
    }

    /// The language for a code or a POSIX locale name: `hy`, `hy-AM`,
    /// `hy_AM.UTF-8`, `en_US`, `EN`; `None` for any other language.
    pub fn from_code(code: &str) -> Option<Self> {
        let without_encoding = code.split(['.', '@']).next().unwrap_or_default();
        let primary = without_encoding
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Language::En),
            "hy" => Some(Language::Hy),
            _ => None,
        }
    }

    /// The language's name in itself, for the language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Hy => "Հայերեն",
        }
    }

    fn identifier(self) -> &'static LanguageIdentifier {
        match self {
            Language::En => &EN,
            Language::Hy => &HY,
        }
    }
}

/// A value for a message's variable.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text shown as it is: names, file names, and figures already formatted
    /// with [`format`].
    Str(String),
    /// A number: use it for counts that choose a plural form (`[one]`).
    Num(f64),
}

impl Arg {
    fn to_fluent(&self) -> FluentValue<'_> {
        match self {
            Arg::Str(text) => FluentValue::from(text.as_str()),
            Arg::Num(number) => FluentValue::from(*number),
        }
    }
}

/// What the macros accept as a variable's value: text or a number.
pub trait IntoArg {
    /// The value as an [`Arg`].
    fn into_arg(self) -> Arg;
}

impl IntoArg for Arg {
    fn into_arg(self) -> Arg {
        self
    }
}

impl IntoArg for &str {
    fn into_arg(self) -> Arg {
        Arg::Str(self.to_owned())
    }
}

impl IntoArg for String {
    fn into_arg(self) -> Arg {
        Arg::Str(self)
    }
}

impl IntoArg for &String {
    fn into_arg(self) -> Arg {
        Arg::Str(self.clone())
    }
}

impl IntoArg for std::borrow::Cow<'_, str> {
    fn into_arg(self) -> Arg {
        Arg::Str(self.into_owned())
    }
}

macro_rules! numeric_args {
    ($($number:ty),*) => {$(
        impl IntoArg for $number {
            fn into_arg(self) -> Arg {
                // Counts and small figures: exact in an f64.
                #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
                Arg::Num(self as f64)
            }
        }
    )*};
}

numeric_args!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);

/// The message `id` (or `id.attribute`) in `lang`, else in English, else `id`.
pub fn tr(lang: Language, id: &str) -> String {
    lookup(lang, id, None)
}

/// The message `id` in `lang` with its variables filled, else in English, else `id`.
pub fn tr_args(lang: Language, id: &str, args: &[(&str, Arg)]) -> String {
    let values: HashMap<&str, FluentValue<'_>> = args
        .iter()
        .map(|(name, value)| (*name, value.to_fluent()))
        .collect();
    lookup(lang, id, Some(&values))
}

fn lookup(lang: Language, id: &str, args: Option<&HashMap<&str, FluentValue<'_>>>) -> String {
    let loader: &StaticLoader = &LOCALES;
    [lang, Language::En]
        .into_iter()
        .find_map(|language| {
            loader
                .lookup_single_language(language.identifier(), id, args)
                .ok()
        })
        .unwrap_or_else(|| id.to_owned())
}

thread_local! {
    // Per thread: egui draws on the thread that set it, the CLI is one thread,
    // and tests running in parallel threads do not see each other's choice.
    static UI_LANGUAGE: Cell<Language> = const { Cell::new(Language::En) };
}

/// The interface language of this thread (English until set).
pub fn ui_language() -> Language {
    UI_LANGUAGE.with(Cell::get)
}

/// Sets the interface language of this thread; the next frame or line uses it.
pub fn set_ui_language(lang: Language) {
    UI_LANGUAGE.with(|cell| cell.set(lang));
}

/// The system's interface language: the user's UI language on Windows and macOS.
#[cfg(any(windows, target_os = "macos"))]
pub fn system_language() -> Language {
    sys_locale::get_locale()
        .and_then(|locale| Language::from_code(&locale))
        .unwrap_or_default()
}

/// The system's interface language: `LC_ALL`, then `LC_MESSAGES`, then `LANG`.
#[cfg(not(any(windows, target_os = "macos")))]
pub fn system_language() -> Language {
    let var = |name: &str| std::env::var(name).ok();
    language_from_env(
        var("LC_ALL").as_deref(),
        var("LC_MESSAGES").as_deref(),
        var("LANG").as_deref(),
    )
}

/// The language POSIX gives messages: the first non-empty of `LC_ALL`,
/// `LC_MESSAGES` and `LANG`; `C` and `POSIX` are English, and so is any
/// language rbr does not speak.
pub fn language_from_env(
    lc_all: Option<&str>,
    lc_messages: Option<&str>,
    lang: Option<&str>,
) -> Language {
    [lc_all, lc_messages, lang]
        .into_iter()
        .flatten()
        .map(str::trim)
        .find(|value| !value.is_empty())
        .and_then(Language::from_code)
        .unwrap_or_default()
}

/// A message in the current interface language ([`ui_language`]):
/// `t!("band-ready")`, `t!("gaps-count", count = gaps.len())`.
#[macro_export]
macro_rules! t {
    ($id:expr $(,)?) => {
        $crate::i18n::tr($crate::i18n::ui_language(), $id)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args(
            $crate::i18n::ui_language(),
            $id,
            &[$((stringify!($name), $crate::i18n::IntoArg::into_arg($value))),+],
        )
    };
}

/// A message in a given language, for the report and machine-independent
/// output: `tl!(lang, "band-ready")`, `tl!(lang, "gaps-count", count = 3)`.
#[macro_export]
macro_rules! tl {
    ($lang:expr, $id:expr $(,)?) => {
        $crate::i18n::tr($lang, $id)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::IntoArg::into_arg($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    const MISSING: &str = "no-such-message";

    fn has_armenian(text: &str) -> bool {
        text.chars().any(|c| ('\u{0531}'..='\u{058F}').contains(&c))
    }

    fn has_isolation_marks(text: &str) -> bool {
        text.chars()
            .any(|c| matches!(c, '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}'))
    }

    #[test]
    fn each_language_answers_in_itself() {
        let hy = crate::tl!(Language::Hy, "band-ready");
        let en = crate::tl!(Language::En, "band-ready");
        assert!(has_armenian(&hy), "{hy}");
        assert_eq!(en, "ready");
        assert_eq!(crate::tl!(Language::Hy, "status-draft"), "Նախագիծ");
    }

    #[test]
    fn a_missing_id_comes_back_as_the_id() {
        assert_eq!(tr(Language::Hy, MISSING), MISSING);
        assert_eq!(tr(Language::En, MISSING), MISSING);
        assert_eq!(
            tr_args(Language::Hy, MISSING, &[("count", Arg::Num(1.0))]),
            MISSING
        );
    }

    #[test]
    fn placeables_carry_no_isolation_marks() {
        let en = crate::tl!(Language::En, "gaps-count", count = 3);
        let hy = crate::tl!(Language::Hy, "gaps-count", count = 3);
        assert_eq!(en, "3 gaps");
        assert!(hy.starts_with("3 "), "{hy:?}");
        assert!(!has_isolation_marks(&en) && !has_isolation_marks(&hy));
    }

    #[test]
    fn counts_choose_the_plural_form() {
        let cases = [
            (Language::En, 1, "1 gap"),
            (Language::En, 2, "2 gaps"),
            (Language::En, 0, "0 gaps"),
            // Armenian nouns after a numeral stay singular.
            (Language::Hy, 1, "1 թերություն"),
            (Language::Hy, 5, "5 թերություն"),
        ];
        for (lang, count, expected) in cases {
            assert_eq!(crate::tl!(lang, "gaps-count", count = count), expected);
        }
    }

    #[test]
    fn t_follows_this_threads_interface_language() {
        set_ui_language(Language::Hy);
        assert_eq!(ui_language(), Language::Hy);
        assert!(has_armenian(&crate::t!("band-ready")));
        let other_thread = std::thread::spawn(|| crate::t!("band-ready"))
            .join()
            .expect("thread runs");
        assert_eq!(other_thread, "ready");
        set_ui_language(Language::En);
        assert_eq!(crate::t!("band-ready"), "ready");
    }

    #[test]
    fn string_arguments_are_shown_as_given() {
        let figure = format::figure(Language::Hy, Some(62.5));
        let text = crate::tl!(Language::Hy, "readiness-figure", value = &figure);
        assert!(text.contains("62,5"), "{text}");
        assert!(!has_isolation_marks(&text));
    }

    #[test]
    fn codes_and_locale_names() {
        let cases = [
            ("hy", Some(Language::Hy)),
            ("hy-AM", Some(Language::Hy)),
            ("hy_AM.UTF-8", Some(Language::Hy)),
            ("HY_am", Some(Language::Hy)),
            ("en", Some(Language::En)),
            ("en_US", Some(Language::En)),
            ("en_GB.UTF-8@euro", Some(Language::En)),
            ("ru_RU.UTF-8", None),
            ("C", None),
            ("", None),
        ];
        for (code, expected) in cases {
            assert_eq!(Language::from_code(code), expected, "{code}");
        }
        for lang in Language::ALL {
            assert_eq!(Language::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Language::Hy.native_name(), "Հայերեն");
        assert_eq!(Language::En.native_name(), "English");
    }

    #[test]
    fn serialises_as_its_code() {
        assert_eq!(
            serde_json::to_string(&Language::Hy).expect("serialises"),
            "\"hy\""
        );
        let back: Language = serde_json::from_str("\"en\"").expect("parses");
        assert_eq!(back, Language::En);
    }

    #[test]
    fn environment_precedence() {
        let cases = [
            // (LC_ALL, LC_MESSAGES, LANG, expected)
            (
                Some("hy_AM.UTF-8"),
                Some("en_US.UTF-8"),
                Some("en_US"),
                Language::Hy,
            ),
            (
                Some("en_US.UTF-8"),
                Some("hy_AM.UTF-8"),
                Some("hy_AM"),
                Language::En,
            ),
            (Some(""), Some("hy_AM.UTF-8"), Some("en_US"), Language::Hy),
            (None, None, Some("hy_AM.UTF-8"), Language::Hy),
            (None, Some(" "), Some("hy"), Language::Hy),
            (Some("C"), None, Some("hy_AM.UTF-8"), Language::En),
            (Some("POSIX"), Some("hy_AM"), None, Language::En),
            (None, None, Some("C.UTF-8"), Language::En),
            (None, None, Some("ru_RU.UTF-8"), Language::En),
            (None, None, None, Language::En),
        ];
        for (lc_all, lc_messages, lang, expected) in cases {
            assert_eq!(
                language_from_env(lc_all, lc_messages, lang),
                expected,
                "{lc_all:?} {lc_messages:?} {lang:?}"
            );
        }
    }
}
