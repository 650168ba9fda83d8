//! The bar chart of the areas' readiness, readable in black and white: every bar
//! carries its figure, band and target as text, and the target is a black mark.

use crate::i18n::Language;
use crate::i18n::format::figure;
use crate::scoring::{Band, PARTIALLY_READY_FROM, READY_FROM};
use crate::tl;

use super::canvas::{BLACK, BODY_WIDTH, Canvas, Colour, GREY, MARGIN, RULE, line_height};
use super::fonts::Weight;
use super::layout::{clamp, one_line};
use super::{AreaSection, words};

/// Width of the area labels on the left.
const LABEL_WIDTH: f32 = 168.0;
/// Width of the bar track (0 to 100).
const TRACK_WIDTH: f32 = 176.0;
/// Gap between the columns.
const GUTTER: f32 = 8.0;
/// Height of a chart row.
const ROW_HEIGHT: f32 = 27.0;
/// Height of a bar.
const BAR_HEIGHT: f32 = 12.0;
/// Text size in the chart.
const SIZE: f32 = 8.0;

/// The fill of a band's bar; the band is also written beside it.
pub(crate) fn band_colour(band: Option<Band>) -> Colour {
    match band {
        Some(Band::Ready) => (0.30, 0.60, 0.38),
        Some(Band::PartiallyReady) => (0.93, 0.71, 0.26),
        Some(Band::NotReady) => (0.80, 0.27, 0.22),
        None => (0.8, 0.8, 0.8),
    }
}

/// The height the chart of `areas` takes.
pub(crate) fn height(areas: &[AreaSection]) -> f32 {
    areas.len() as f32 * ROW_HEIGHT + 2.0 * line_height(SIZE) + 30.0
}

/// Draws the chart at the cursor, over as many pages as its rows need (seven
/// areas always fit on one; a ministry's own questionnaire may have more).
pub(crate) fn draw(canvas: &mut Canvas<'_>, lang: Language, areas: &[AreaSection]) {
    let mut rest = areas;
    while !rest.is_empty() {
        canvas.ensure(height(&rest[..1]));
        let fit = ((canvas.room() - height(&[])) / ROW_HEIGHT)
            .floor()
            .max(1.0) as usize;
        let (now, later) = rest.split_at(fit.min(rest.len()));
        draw_rows(canvas, lang, now);
        rest = later;
    }
}

/// Draws rows that fit on the current page, with their axis.
fn draw_rows(canvas: &mut Canvas<'_>, lang: Language, areas: &[AreaSection]) {
    let top = canvas.y();
    for (row, area) in areas.iter().enumerate() {
        let row_top = top - row as f32 * ROW_HEIGHT;
        label(canvas, area, row_top);
        let bar_y = row_top - (ROW_HEIGHT + BAR_HEIGHT) / 2.0;
        let (headline, detail) = bar(canvas, lang, area, bar_y);
        figures(canvas, area, bar_y, &headline, &detail);
    }
    let bottom = top - areas.len() as f32 * ROW_HEIGHT;
    axis(canvas, top, bottom);
    canvas.advance(top - bottom + 3.0 + line_height(SIZE) + 4.0);
}

/// The left edge of the bar track.
const TRACK_X: f32 = MARGIN + LABEL_WIDTH + GUTTER;

/// The x of `value` (0 to 100) on the track.
fn scale(value: f64) -> f32 {
    TRACK_X + TRACK_WIDTH * (value.clamp(0.0, 100.0) as f32) / 100.0
}

fn ink(area: &AreaSection) -> Colour {
    if area.score.in_scope { BLACK } else { GREY }
}

/// The label: the area's id in bold, then its title on up to two lines.
fn label(canvas: &mut Canvas<'_>, area: &AreaSection, row_top: f32) {
    let id = one_line(canvas.fonts, area.id.as_str(), Weight::Bold, SIZE, 30.0);
    let id_width = 30.0;
    let lines = clamp(canvas.fonts, &area.title, SIZE, LABEL_WIDTH - id_width, 2);
    let label_top = row_top - (ROW_HEIGHT - lines.len() as f32 * line_height(SIZE)) / 2.0;
    let ink = ink(area);
    canvas.line_at(&id, MARGIN, label_top - SIZE, SIZE, ink);
    for (i, line) in lines.iter().enumerate() {
        let baseline = label_top - SIZE - i as f32 * line_height(SIZE);
        canvas.line_at(line, MARGIN + id_width, baseline, SIZE, ink);
    }
}

/// The bar with its target mark; returns what is written beside it: the
/// figure and band, then the target.
fn bar(
    canvas: &mut Canvas<'_>,
    lang: Language,
    area: &AreaSection,
    bar_y: f32,
) -> (String, String) {
    let score = &area.score;
    if !score.in_scope {
        return (tl!(lang, "report-chart-out-of-scope"), String::new());
    }
    let Some(readiness) = score.readiness else {
        canvas.outline(TRACK_X, bar_y, TRACK_WIDTH, BAR_HEIGHT, RULE, 0.5);
        return (tl!(lang, "report-chart-no-level"), String::new());
    };
    canvas.fill(TRACK_X, bar_y, TRACK_WIDTH, BAR_HEIGHT, (0.93, 0.93, 0.93));
    canvas.fill(
        TRACK_X,
        bar_y,
        scale(readiness) - TRACK_X,
        BAR_HEIGHT,
        band_colour(score.band),
    );
    canvas.outline(TRACK_X, bar_y, TRACK_WIDTH, BAR_HEIGHT, GREY, 0.5);
    let band = words::band(lang, score.band);
    let target = figure(lang, score.target);
    if let Some(t) = score.target {
        let x = scale(t);
        canvas.fill(x - 1.0, bar_y - 3.0, 2.0, BAR_HEIGHT + 6.0, BLACK);
    }
    let detail = if score.provisional {
        tl!(lang, "report-chart-target-provisional", value = target)
    } else {
        tl!(lang, "report-chart-target", value = target)
    };
    (format!("{} {band}", figure(lang, Some(readiness))), detail)
}

/// The text right of the bar: the headline, and the detail below it if any.
fn figures(canvas: &mut Canvas<'_>, area: &AreaSection, bar_y: f32, headline: &str, detail: &str) {
    let text_x = TRACK_X + TRACK_WIDTH + GUTTER;
    let text_width = MARGIN + BODY_WIDTH - text_x;
    let weight = if area.score.in_scope {
        Weight::Bold
    } else {
        Weight::Regular
    };
    let headline = one_line(canvas.fonts, headline, weight, SIZE, text_width);
    let detail = one_line(
        canvas.fonts,
        detail,
        Weight::Regular,
        SIZE - 0.5,
        text_width,
    );
    let baseline = bar_y
        + BAR_HEIGHT / 2.0
        + if detail.runs.is_empty() {
            -SIZE / 2.0 + 1.0
        } else {
            1.5
        };
    let ink = ink(area);
    canvas.line_at(&headline, text_x, baseline, SIZE, ink);
    canvas.line_at(
        &detail,
        text_x,
        baseline - line_height(SIZE - 0.5),
        SIZE - 0.5,
        GREY,
    );
}

/// The axis with the band thresholds, from `top` down to `bottom`.
fn axis(canvas: &mut Canvas<'_>, top: f32, bottom: f32) {
    for value in [PARTIALLY_READY_FROM, READY_FROM] {
        let x = scale(value);
        canvas.dashed((x, bottom), (x, top), RULE, 0.5);
    }
    canvas.rule(
        (TRACK_X, bottom),
        (TRACK_X + TRACK_WIDTH, bottom),
        GREY,
        0.5,
    );
    for value in [0.0, 25.0, 50.0, 75.0, 100.0] {
        let x = scale(value);
        canvas.rule((x, bottom), (x, bottom - 3.0), GREY, 0.5);
        let label = one_line(
            canvas.fonts,
            &format!("{value:.0}"),
            Weight::Regular,
            SIZE - 1.0,
            30.0,
        );
        canvas.line_at(
            &label,
            x - label.width / 2.0,
            bottom - 3.0 - (SIZE - 1.0),
            SIZE - 1.0,
            GREY,
        );
    }
}
