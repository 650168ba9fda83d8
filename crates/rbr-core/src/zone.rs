//! Times as a person in the assessment's place reads them: the file keeps UTC,
//! everything shown is in the assessment's time zone (`meta.time_zone`).
//!
//! The time-zone database is built into the binary (jiff's bundled tzdb), so a
//! report made on Windows shows the same times as one made on Linux, and the same
//! file always gives the same PDF. A file without a zone, or with one this build
//! does not know, shows UTC and says so.

use time::{Date, OffsetDateTime, UtcOffset};

use crate::i18n::{Language, format};
use crate::tl;

/// Parses an RFC 3339 timestamp such as `2026-11-27T16:30:00Z`.
pub fn parse_timestamp(value: &str) -> Option<time::OffsetDateTime> {
    time::OffsetDateTime::parse(value, &time::format_description::well_known::Rfc3339).ok()
}

/// Formats a timestamp as written in files (UTC, seconds).
pub fn format_timestamp(at: time::OffsetDateTime) -> String {
    let at = at
        .to_offset(time::UtcOffset::UTC)
        .replace_nanosecond(0)
        .unwrap_or(at);
    at.format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

/// The IANA name of Armenia's zone, which Armenian assessments take.
pub const YEREVAN: &str = "Asia/Yerevan";

/// The database's names of UTC itself, which a reader is shown as "UTC".
const UTC_NAMES: [&str; 8] = [
    "UTC",
    "Etc/UTC",
    "Etc/UCT",
    "UCT",
    "Etc/Universal",
    "Universal",
    "Etc/Zulu",
    "Zulu",
];

/// The time zone an assessment's times are shown in (two are equal when they
/// have the same name).
#[derive(Debug, Clone)]
pub struct Zone {
    /// The IANA name; none for UTC by default (no zone set).
    name: Option<String>,
    tz: jiff::tz::TimeZone,
}

/// `meta.time_zone` names no zone in the built-in database.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message(Language::En))]
pub struct UnknownZone {
    /// The name as written.
    pub name: String,
}

impl UnknownZone {
    /// Which name is unknown and what to write instead, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        tl!(
            lang,
            "error-unknown-zone",
            name = self.name.as_str(),
            example = YEREVAN
        )
    }
}

impl Zone {
    /// UTC, for files that set no zone.
    pub fn utc() -> Self {
        Self {
            name: None,
            tz: jiff::tz::TimeZone::UTC,
        }
    }

    /// The zone named `name` (an IANA name such as `Asia/Yerevan`); an empty
    /// name is UTC.
    pub fn parse(name: &str) -> Result<Self, UnknownZone> {
        let name = name.trim();
        if name.is_empty() {
            return Ok(Self::utc());
        }
        jiff::tz::db()
            .get(name)
            .map(|tz| Self {
                name: Some(name.to_owned()),
                tz,
            })
            .map_err(|_| UnknownZone {
                name: name.to_owned(),
            })
    }

    /// The zone of `meta.time_zone`, or UTC when it is empty or unknown (the
    /// findings report an unknown one).
    pub fn of(name: &str) -> Self {
        Self::parse(name).unwrap_or_else(|_| Self::utc())
    }

    /// The IANA name, or none for UTC by default.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// `at` in this zone's offset at that instant.
    pub fn local(&self, at: OffsetDateTime) -> OffsetDateTime {
        let offset = jiff::Timestamp::from_second(at.unix_timestamp())
            .map(|ts| self.tz.to_offset(ts).seconds())
            .unwrap_or(0);
        UtcOffset::from_whole_seconds(offset).map_or(at, |offset| at.to_offset(offset))
    }

    /// The calendar day in this zone at `now`: "today" for overdue counts.
    pub fn today(&self, now: OffsetDateTime) -> Date {
        self.local(now).date()
    }

    /// How a reader names this zone after a time: "Yerevan time" /
    /// «Երևանի ժամանակով», "UTC", or the IANA name.
    pub fn label(&self, lang: Language) -> String {
        match self.name.as_deref() {
            None => tl!(lang, "zone-utc"),
            Some(name) if UTC_NAMES.contains(&name) => tl!(lang, "zone-utc"),
            Some(YEREVAN) => tl!(lang, "zone-yerevan"),
            Some(name) => tl!(lang, "zone-other", zone = name),
        }
    }

    /// `at` to the minute in this zone, with the zone named:
    /// `2026-11-27 20:30 (Yerevan time)` / `27.11.2026, 20:30, Երևանի ժամանակով`.
    pub fn date_time(&self, lang: Language, at: OffsetDateTime) -> String {
        tl!(
            lang,
            "zone-time",
            time = format::date_time(lang, self.local(at)),
            zone = self.label(lang),
        )
    }

    /// `at`'s calendar day in this zone, in words.
    pub fn date_long(&self, lang: Language, at: OffsetDateTime) -> String {
        format::date_long(lang, self.local(at).date())
    }

    /// A time as the file writes it (RFC 3339), shown as [`Zone::date_time`]
    /// shows it; as written when it is not a time.
    pub fn written_time(&self, lang: Language, value: &str) -> String {
        parse_timestamp(value).map_or_else(|| value.to_owned(), |at| self.date_time(lang, at))
    }

    /// The day of a time as the file writes it, in words, in this zone; as
    /// written when it is not a time.
    pub fn written_day(&self, lang: Language, value: &str) -> String {
        parse_timestamp(value).map_or_else(|| value.to_owned(), |at| self.date_long(lang, at))
    }
}

impl PartialEq for Zone {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

impl Default for Zone {
    fn default() -> Self {
        Self::utc()
    }
}

/// The IANA name of this computer's time zone, for a new assessment; none when
/// the system does not say, names a zone the built-in database lacks, or is set
/// to UTC (which is what no zone shows anyway). Asked once per run: the start
/// screen shows it on every frame.
pub fn system_zone_name() -> Option<String> {
    static SYSTEM: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    SYSTEM
        .get_or_init(|| {
            let name = jiff::tz::TimeZone::try_system()
                .ok()?
                .iana_name()?
                .to_owned();
            Zone::parse(&name)
                .ok()
                .and_then(|zone| zone.name)
                .filter(|name| !UTC_NAMES.contains(&name.as_str()))
        })
        .clone()
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;

    use super::*;

    #[test]
    fn yerevan_is_four_hours_ahead_of_utc() {
        let zone = Zone::parse(YEREVAN).expect("Asia/Yerevan is in the database");
        let at = datetime!(2026-11-27 16:30 UTC);
        assert_eq!(zone.local(at), datetime!(2026-11-27 20:30 +4));
        assert_eq!(
            zone.date_time(Language::Hy, at),
            "27.11.2026, 20:30, Երևանի ժամանակով"
        );
        assert_eq!(
            zone.date_time(Language::En, at),
            "2026-11-27 20:30 (Yerevan time)"
        );
    }

    #[test]
    fn the_day_follows_the_zone() {
        let zone = Zone::of(YEREVAN);
        // 21:00 UTC on the 27th is 01:00 on the 28th in Yerevan.
        let at = datetime!(2026-11-27 21:00 UTC);
        assert_eq!(zone.today(at), time::macros::date!(2026 - 11 - 28));
        assert_eq!(Zone::utc().today(at), time::macros::date!(2026 - 11 - 27));
    }

    #[test]
    fn summer_time_is_applied_where_the_zone_has_it() {
        let zone = Zone::of("Europe/Brussels");
        assert_eq!(
            zone.local(datetime!(2026-07-01 12:00 UTC)).offset(),
            UtcOffset::from_hms(2, 0, 0).expect("offset")
        );
        assert_eq!(
            zone.local(datetime!(2026-01-01 12:00 UTC)).offset(),
            UtcOffset::from_hms(1, 0, 0).expect("offset")
        );
        assert_eq!(
            zone.date_time(Language::En, datetime!(2026-01-01 12:00 UTC)),
            "2026-01-01 13:00 (Europe/Brussels time)"
        );
    }

    #[test]
    fn no_zone_or_an_unknown_one_is_utc_and_says_so() {
        assert_eq!(
            Zone::parse("Mars/Olympus").map(|zone| zone.name),
            Err(UnknownZone {
                name: "Mars/Olympus".to_owned()
            })
        );
        let at = datetime!(2026-11-27 16:30 UTC);
        assert_eq!(
            Zone::of("").date_time(Language::En, at),
            "2026-11-27 16:30 (UTC)"
        );
        assert_eq!(Zone::of("Mars/Olympus").name(), None);
        // A computer set to UTC names it Etc/UTC: still read as UTC.
        assert_eq!(
            Zone::of("Etc/UTC").date_time(Language::En, at),
            "2026-11-27 16:30 (UTC)"
        );
    }
}
