//! Measured figures an assessment records: a question's indicator value, or the
//! country's value of a planning figure, each with the date it is as of and its source.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize, Serializer};
use time::{Date, OffsetDateTime};

use super::{Assessment, Extra, Lenient, parse_date, parse_timestamp};
use crate::i18n::Language;
use crate::questionnaire::{Indicator, Level, PlanningFigure, Question, Questionnaire, with_unit};
use crate::tl;

/// A measured value with the date it is as of and where it comes from.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Figure {
    /// The value, in the unit the questionnaire gives.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        serialize_with = "whole_when_whole"
    )]
    pub value: Option<f64>,
    /// The date the value is as of, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub as_of: String,
    /// The document or body the value comes from.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// Fields this version does not know.
    #[serde(flatten)]
    #[schemars(skip)]
    pub extra: Extra,
}

impl Figure {
    /// The date the value is as of, when it is a date.
    pub fn as_of_date(&self) -> Option<Date> {
        parse_date(&self.as_of)
    }

    /// Whether nothing was entered, so the figure can be left out of the file.
    pub fn is_empty(&self) -> bool {
        self == &Figure::default()
    }
}

/// Writes 61 as `61`, not `61.0`, so that a file keeps the numbers a person typed.
fn whole_when_whole<S: Serializer>(value: &Option<f64>, serializer: S) -> Result<S::Ok, S::Error> {
    match *value {
        #[expect(
            clippy::cast_possible_truncation,
            reason = "whole and within 2^53, so exact as an integer"
        )]
        Some(v) if v.fract() == 0.0 && v.abs() < 9_007_199_254_740_992.0 => {
            serializer.serialize_i64(v as i64)
        }
        Some(v) => serializer.serialize_f64(v),
        None => serializer.serialize_none(),
    }
}

/// Whole months from `from` to `to`, counting a month only once its day is reached.
pub fn months_between(from: Date, to: Date) -> i32 {
    let months = (to.year() - from.year()) * 12 + i32::from(u8::from(to.month()))
        - i32::from(u8::from(from.month()));
    if to.day() < from.day() {
        months - 1
    } else {
        months
    }
}

/// What a question's measured figure says about its answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measured<'a> {
    /// The indicator the question declares.
    pub indicator: &'a Indicator,
    /// The figure recorded, when it has a value.
    pub figure: &'a Figure,
    /// The value.
    pub value: f64,
    /// The highest level the value supports.
    pub supports: Level,
}

impl Measured<'_> {
    /// The value with its unit, in `lang`: `61 days`, `61 օր`.
    pub fn value_text(&self, lang: Language) -> String {
        with_unit(lang, self.value, self.indicator.unit.get(lang.code()))
    }

    /// The figure as a report or a sheet states it, in `lang`: the value, the
    /// date it is as of and its source, and the level it supports
    /// (`61 days, as of 30 September 2026, State Reserves Agency: supports level 2`).
    pub fn describe(&self, lang: Language) -> String {
        tl!(
            lang,
            "figure-line",
            figure = self.figure.describe(lang, &self.value_text(lang)),
            level = self.supports.to_string(),
        )
    }
}

impl Figure {
    /// `value`, then the date the figure is as of and its source where given,
    /// in `lang`: `61 days, as of 30 September 2026, State Reserves Agency`.
    pub fn describe(&self, lang: Language, value: &str) -> String {
        let mut parts = vec![value.to_owned()];
        match self.as_of_date() {
            Some(date) => parts.push(tl!(
                lang,
                "figure-as-of",
                date = crate::i18n::format::date_long(lang, date)
            )),
            None if !self.as_of.trim().is_empty() => {
                parts.push(tl!(lang, "figure-as-of", date = self.as_of.trim()));
            }
            None => {}
        }
        if !self.source.trim().is_empty() {
            parts.push(self.source.trim().to_owned());
        }
        parts.join(", ")
    }
}

impl Assessment {
    /// The day the file is judged as of: the date of its last modification in its
    /// own time zone, or, for a file that does not say, the day `now` falls on there.
    /// A measured figure's age is counted to it, so a file's findings do not
    /// change with the calendar; a report counts to its own date instead.
    pub fn judged_on(&self, now: OffsetDateTime) -> Date {
        let zone = self.meta.zone();
        parse_timestamp(&self.meta.modified)
            .map_or_else(|| zone.today(now), |at| zone.local(at).date())
    }

    /// Everything in the file that needs attention, on the day it is judged on
    /// ([`Self::judged_on`]) at `now`: what `rbr validate` and the app list.
    pub fn findings_judged(
        &self,
        questionnaire: &Questionnaire,
        now: OffsetDateTime,
    ) -> Vec<super::Finding> {
        self.findings(questionnaire, self.judged_on(now))
    }

    /// The figure recorded for a question's indicator, when the question declares
    /// one and the answer gives a value.
    pub fn measured<'a>(&'a self, question: &'a Question) -> Option<Measured<'a>> {
        let indicator = question.indicator.as_ref()?;
        let figure = self.answer(&question.id)?.figure.as_ref()?;
        let value = figure.value.filter(|v| v.is_finite())?;
        Some(Measured {
            indicator,
            figure,
            value,
            supports: indicator.supports(value),
        })
    }

    /// The country's value of a planning figure, when the file records a usable one.
    pub fn planning_figure(&self, id: &str) -> Option<&Figure> {
        self.planning_figures
            .get(id)
            .and_then(Lenient::valid)
            .filter(|figure| figure.value.is_some_and(f64::is_finite))
    }

    /// The questionnaire with every `{figure:ID}` in its questions replaced by
    /// the value this assessment records, or the questionnaire's default, marked
    /// as such, where it records none.
    pub fn fill_figures(&self, questionnaire: &Questionnaire) -> Questionnaire {
        if questionnaire.planning_figures.is_empty() {
            return questionnaire.clone();
        }
        questionnaire.with_figures(|figure: &PlanningFigure| {
            self.planning_figure(&figure.id).and_then(|f| f.value)
        })
    }

    /// One question of `questionnaire`, its planning figures filled in as
    /// [`Self::fill_figures`] fills them.
    pub fn fill_question(&self, questionnaire: &Questionnaire, question: &Question) -> Question {
        let mut filled = question.clone();
        questionnaire.fill_question(&mut filled, |figure: &PlanningFigure| {
            self.planning_figure(&figure.id).and_then(|f| f.value)
        });
        filled
    }
}
