//! Numbers and dates as an English or an Armenian reader expects them (CLDR `en`/`hy`).
//!
//! A few small functions instead of an ICU crate: rbr prints figures with one
//! decimal, whole numbers, percentages and three kinds of date, in two languages.
//! Each function is tested against the CLDR pattern it follows (quoted in the
//! tests), so the rules are visible and a third language is one more match arm.

use time::{Date, OffsetDateTime};

use super::Language;

/// What is shown where there is no figure: an en dash.
pub const NONE: &str = "–";

/// The number symbols of a language (CLDR `numbers/symbols` and
/// `minimumGroupingDigits`).
struct Symbols {
    decimal: char,
    group: char,
    /// Digits the integer part needs beyond the first group before it is grouped.
    minimum_grouping_digits: usize,
}

fn symbols(lang: Language) -> Symbols {
    match lang {
        Language::En => Symbols {
            decimal: '.',
            group: ',',
            minimum_grouping_digits: 1,
        },
        Language::Hy => Symbols {
            decimal: ',',
            group: '\u{00A0}',
            minimum_grouping_digits: 2,
        },
    }
}

/// `value` with `decimals` decimals, the language's decimal mark and grouping:
/// en `1,234.5`, hy `1234,5` and `12 345,5` (no-break space). Not finite: `–`.
pub fn decimal(lang: Language, value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return NONE.to_owned();
    }
    let digits = format!("{:.*}", decimals, value.abs());
    let (integer_part, fraction) = match digits.split_once('.') {
        Some((integer_part, fraction)) => (integer_part, Some(fraction)),
        None => (digits.as_str(), None),
    };
    let symbols = symbols(lang);
    let mut text = String::with_capacity(digits.len() + 4);
    // CLDR `en` and `hy` both use hyphen-minus; no minus on a value that rounds to 0.
    if value < 0.0 && digits.bytes().any(|b| matches!(b, b'1'..=b'9')) {
        text.push('-');
    }
    text.push_str(&grouped(integer_part, &symbols));
    if let Some(fraction) = fraction {
        text.push(symbols.decimal);
        text.push_str(fraction);
    }
    text
}

fn grouped(digits: &str, symbols: &Symbols) -> String {
    if digits.len() < 3 + symbols.minimum_grouping_digits {
        return digits.to_owned();
    }
    let mut text = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            text.push(symbols.group);
        }
        text.push(digit);
    }
    text
}

/// A readiness figure with one decimal (`62.5` / `62,5`), or `–` when there is none.
pub fn figure(lang: Language, value: Option<f64>) -> String {
    value.map_or_else(|| NONE.to_owned(), |v| decimal(lang, v, 1))
}

/// A change of a readiness figure with one decimal and its sign (`+15.0`,
/// `-2.5`, `0.0` / `+15,0`), or `–` when there is none. A change that rounds to
/// nothing has no sign.
pub fn signed_figure(lang: Language, change: Option<f64>) -> String {
    change.map_or_else(
        || NONE.to_owned(),
        |v| {
            let text = decimal(lang, v, 1);
            if v > 0.0 && text.bytes().any(|b| matches!(b, b'1'..=b'9')) {
                format!("+{text}")
            } else {
                text
            }
        },
    )
}

/// A share (0 to 1) as a percentage with one decimal and no space (`53.9%` /
/// `53,9%`), or `–` when there is none.
pub fn percent(lang: Language, share: Option<f64>) -> String {
    share.map_or_else(
        || NONE.to_owned(),
        |v| format!("{}%", decimal(lang, 100.0 * v, 1)),
    )
}

/// A whole number with the language's grouping (`1,234` / `1234`, `12 345`).
pub fn integer(lang: Language, n: u64) -> String {
    grouped(&n.to_string(), &symbols(lang))
}

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Armenian month names in the genitive, as dates use them (CLDR `hy`
/// months/format/wide).
const HY_MONTHS_GENITIVE: [&str; 12] = [
    "հունվարի",
    "փետրվարի",
    "մարտի",
    "ապրիլի",
    "մայիսի",
    "հունիսի",
    "հուլիսի",
    "օգոստոսի",
    "սեպտեմբերի",
    "հոկտեմբերի",
    "նոյեմբերի",
    "դեկտեմբերի",
];

fn month_index(date: Date) -> usize {
    usize::from(u8::from(date.month()) - 1)
}

/// A date in words: en `27 November 2026` (`d MMMM y`); hy `2026 թ. նոյեմբերի 27`
/// (CLDR `hy` long date `y թ. MMMM d`, the month in the genitive).
pub fn date_long(lang: Language, date: Date) -> String {
    let month = month_index(date);
    match lang {
        Language::En => format!("{} {} {}", date.day(), EN_MONTHS[month], date.year()),
        Language::Hy => format!(
            "{} թ. {} {}",
            date.year(),
            HY_MONTHS_GENITIVE[month],
            date.day()
        ),
    }
}

/// A date in figures: en `2026-11-27` (ISO 8601, as the report prints it); hy
/// `27.11.2026` (`dd.MM.y`).
pub fn date_numeric(lang: Language, date: Date) -> String {
    let (year, month, day) = (date.year(), u8::from(date.month()), date.day());
    match lang {
        Language::En => format!("{year:04}-{month:02}-{day:02}"),
        Language::Hy => format!("{day:02}.{month:02}.{year:04}"),
    }
}

/// A date and time to the minute, in the value's own offset (convert to local
/// time first): en `2026-11-27 16:30`; hy `27.11.2026, 16:30` (`{date}, {time}`,
/// `HH:mm`).
pub fn date_time(lang: Language, at: OffsetDateTime) -> String {
    let date = date_numeric(lang, at.date());
    let time = format!("{:02}:{:02}", at.hour(), at.minute());
    match lang {
        Language::En => format!("{date} {time}"),
        Language::Hy => format!("{date}, {time}"),
    }
}

/// `text` in capitals as an Armenian document writes them: the ligature `և`
/// becomes `ԵՎ` (reformed spelling), where Unicode's upper-casing gives `ԵՒ`.
/// Other letters follow Unicode.
pub fn upper(text: &str) -> String {
    let mut upper = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c == 'և' {
            upper.push_str("ԵՎ");
        } else {
            upper.extend(c.to_uppercase());
        }
    }
    upper
}

#[cfg(test)]
mod tests {
    use time::macros::{date, datetime};

    use super::*;
    use Language::{En, Hy};

    const NBSP: char = '\u{00A0}';

    #[test]
    fn capitals_write_the_ligature_as_yev() {
        let cases = [
            (
                "Տարածքային կառավարման և ենթակառուցվածքների նախարարություն",
                "ՏԱՐԱԾՔԱՅԻՆ ԿԱՌԱՎԱՐՄԱՆ ԵՎ ԵՆԹԱԿԱՌՈՒՑՎԱԾՔՆԵՐԻ ՆԱԽԱՐԱՐՈՒԹՅՈՒՆ",
            ),
            ("Երևան", "ԵՐԵՎԱՆ"),
            ("Ministry of Health", "MINISTRY OF HEALTH"),
        ];
        for (text, want) in cases {
            let got = upper(text);
            assert_eq!(got, want);
            assert!(!got.contains('Ւ') || text.contains('ւ'), "{got}");
        }
    }

    #[test]
    fn decimals_follow_cldr() {
        // CLDR en: decimal ".", group ",", minimumGroupingDigits 1.
        // CLDR hy: decimal ",", group U+00A0, minimumGroupingDigits 2, minusSign "-".
        let cases: &[(Language, f64, usize, String)] = &[
            (En, 62.5, 1, "62.5".into()),
            (Hy, 62.5, 1, "62,5".into()),
            (En, 53.94, 1, "53.9".into()),
            (Hy, 53.94, 1, "53,9".into()),
            (En, 100.0, 1, "100.0".into()),
            (Hy, 0.0, 1, "0,0".into()),
            (En, 1234.5, 1, "1,234.5".into()),
            (Hy, 1234.5, 1, "1234,5".into()),
            (En, 12345.0, 0, "12,345".into()),
            (Hy, 12345.0, 0, format!("12{NBSP}345")),
            (Hy, 1_234_567.25, 2, format!("1{NBSP}234{NBSP}567,25")),
            (En, 1_234_567.0, 0, "1,234,567".into()),
            (En, -1.5, 1, "-1.5".into()),
            (Hy, -1.5, 1, "-1,5".into()),
            (Hy, -0.01, 1, "0,0".into()),
            (En, 7.0, 0, "7".into()),
            (Hy, f64::NAN, 1, "–".into()),
        ];
        for (lang, value, decimals, expected) in cases {
            assert_eq!(
                &decimal(*lang, *value, *decimals),
                expected,
                "{lang:?} {value}"
            );
        }
    }

    #[test]
    fn figures_and_percentages() {
        // CLDR en and hy percent pattern "#,##0%": no space before the sign.
        let cases = [
            (figure(En, Some(62.5)), "62.5"),
            (figure(Hy, Some(62.5)), "62,5"),
            (figure(Hy, Some(75.0)), "75,0"),
            (figure(En, None), "–"),
            (figure(Hy, None), "–"),
            (percent(En, Some(0.539)), "53.9%"),
            (percent(Hy, Some(0.539)), "53,9%"),
            (percent(Hy, Some(1.0)), "100,0%"),
            (percent(Hy, None), "–"),
            (signed_figure(En, Some(15.0)), "+15.0"),
            (signed_figure(Hy, Some(2.34)), "+2,3"),
            (signed_figure(En, Some(-2.5)), "-2.5"),
            (signed_figure(Hy, Some(0.01)), "0,0"),
            (signed_figure(En, Some(-0.01)), "0.0"),
            (signed_figure(En, None), "–"),
        ];
        for (actual, expected) in cases {
            assert_eq!(actual, expected);
        }
    }

    #[test]
    fn integers_group_as_cldr_says() {
        let cases = [
            (En, 7, "7".to_owned()),
            (En, 999, "999".to_owned()),
            (En, 1234, "1,234".to_owned()),
            (Hy, 1234, "1234".to_owned()),
            (Hy, 12345, format!("12{NBSP}345")),
            (En, 12345, "12,345".to_owned()),
            (Hy, 100_000, format!("100{NBSP}000")),
        ];
        for (lang, n, expected) in cases {
            assert_eq!(integer(lang, n), expected, "{lang:?} {n}");
        }
    }

    #[test]
    fn long_dates() {
        // en: CLDR en-GB long "d MMMM y".
        // hy: CLDR hy dateFormatLength "long" is `y թ. MMMM d` (read from CLDR
        //   through Babel 2.19: format_date(date(2026, 11, 5), "long", "hy") ->
        //   "2026 թ. նոյեմբերի 5"), months in the genitive (months/format/wide).
        //   armenian.md quotes an older `dd MMMM, y թ.`; CLDR today is followed.
        let cases = [
            (En, date!(2026 - 11 - 27), "27 November 2026"),
            (En, date!(2026 - 01 - 05), "5 January 2026"),
            (Hy, date!(2026 - 11 - 27), "2026 թ. նոյեմբերի 27"),
            (Hy, date!(2026 - 11 - 05), "2026 թ. նոյեմբերի 5"),
            (Hy, date!(2027 - 01 - 31), "2027 թ. հունվարի 31"),
            (Hy, date!(2026 - 06 - 01), "2026 թ. հունիսի 1"),
        ];
        for (lang, date, expected) in cases {
            assert_eq!(date_long(lang, date), expected);
        }
        for (month, name) in HY_MONTHS_GENITIVE.iter().enumerate() {
            assert!(name.ends_with('ի'), "{month}: {name} is not genitive");
        }
    }

    #[test]
    fn numeric_dates() {
        // en: ISO 8601 as the report prints today; hy: armenian.md "numeric `27.11.2026`".
        let cases = [
            (En, date!(2026 - 11 - 27), "2026-11-27"),
            (En, date!(2026 - 03 - 04), "2026-03-04"),
            (Hy, date!(2026 - 11 - 27), "27.11.2026"),
            (Hy, date!(2026 - 03 - 04), "04.03.2026"),
        ];
        for (lang, date, expected) in cases {
            assert_eq!(date_numeric(lang, date), expected);
        }
    }

    #[test]
    fn dates_with_times() {
        // CLDR hy dateTimeFormat "{1}, {0}" with time "HH:mm".
        let cases = [
            (En, datetime!(2026-11-27 16:30:59 UTC), "2026-11-27 16:30"),
            (Hy, datetime!(2026-11-27 16:30 UTC), "27.11.2026, 16:30"),
            (Hy, datetime!(2026-01-02 09:05 +4), "02.01.2026, 09:05"),
        ];
        for (lang, at, expected) in cases {
            assert_eq!(date_time(lang, at), expected);
        }
    }
}
