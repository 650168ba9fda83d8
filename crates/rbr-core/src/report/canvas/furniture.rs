//! The running header and footer: the classification (when there is one), title
//! and date at the top; the organisation, "Page N of M" and the classification
//! again at the bottom.

use super::ops::{Op, draw_line, stroke};
use super::{BLACK, BODY_WIDTH, GREY, MARGIN, PAGE_HEIGHT, PAGE_WIDTH, RULE};
use crate::report::fonts::{Fonts, Weight};
use crate::report::layout::{Line, one_line};

/// What the running header and footer say.
pub(crate) struct Furniture<'a> {
    /// The classification, top and bottom; none prints nothing there.
    pub(crate) marking: Option<&'a str>,
    /// The document title, top left.
    pub(crate) title: &'a str,
    /// Top right (the report date).
    pub(crate) top_right: &'a str,
    /// Bottom left (the organisation).
    pub(crate) bottom_left: &'a str,
    /// Bottom right: "page N of M" in the report's language, from N and M.
    pub(crate) page_of: &'a dyn Fn(usize, usize) -> String,
}

/// The running header and footer of page `number` of `count`.
pub(crate) fn page_furniture(
    fonts: &Fonts,
    furniture: &Furniture<'_>,
    number: usize,
    count: usize,
) -> Vec<Op> {
    let marking = furniture
        .marking
        .map(|marking| one_line(fonts, marking, Weight::Bold, 10.0, BODY_WIDTH));
    let mut ops = header(fonts, furniture, marking.as_ref());
    ops.extend(footer(fonts, furniture, marking.as_ref(), number, count));
    ops
}

/// Size of the header's and footer's small print.
const SMALL: f32 = 8.0;

fn centre(line: &Line) -> f32 {
    (PAGE_WIDTH - line.width) / 2.0
}

fn right(line: &Line) -> f32 {
    PAGE_WIDTH - MARGIN - line.width
}

/// The top: the marking, then the title and the date over a rule.
fn header(fonts: &Fonts, furniture: &Furniture<'_>, marking: Option<&Line>) -> Vec<Op> {
    let mut ops: Vec<Op> = marking.map_or_else(Vec::new, |marking| {
        Vec::from_iter(draw_line(
            marking,
            centre(marking),
            PAGE_HEIGHT - 30.0,
            10.0,
            BLACK,
        ))
    });
    let top_right = one_line(
        fonts,
        furniture.top_right,
        Weight::Regular,
        SMALL,
        BODY_WIDTH / 3.0,
    );
    let title = one_line(
        fonts,
        furniture.title,
        Weight::Regular,
        SMALL,
        BODY_WIDTH - top_right.width - 12.0,
    );
    ops.extend(draw_line(&title, MARGIN, PAGE_HEIGHT - 50.0, SMALL, GREY));
    ops.extend(draw_line(
        &top_right,
        right(&top_right),
        PAGE_HEIGHT - 50.0,
        SMALL,
        GREY,
    ));
    ops.push(stroke(
        (MARGIN, PAGE_HEIGHT - 56.0),
        (PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 56.0),
        RULE,
        0.5,
    ));
    ops
}

/// The bottom: a rule, the organisation and the page number, then the marking.
fn footer(
    fonts: &Fonts,
    furniture: &Furniture<'_>,
    marking: Option<&Line>,
    number: usize,
    count: usize,
) -> Vec<Op> {
    let mut ops = vec![stroke(
        (MARGIN, 52.0),
        (PAGE_WIDTH - MARGIN, 52.0),
        RULE,
        0.5,
    )];
    let page = one_line(
        fonts,
        &(furniture.page_of)(number, count),
        Weight::Regular,
        SMALL,
        BODY_WIDTH / 3.0,
    );
    let left = one_line(
        fonts,
        furniture.bottom_left,
        Weight::Regular,
        SMALL,
        BODY_WIDTH - page.width - 12.0,
    );
    ops.extend(draw_line(&left, MARGIN, 40.0, SMALL, GREY));
    ops.extend(draw_line(&page, right(&page), 40.0, SMALL, BLACK));
    if let Some(marking) = marking {
        ops.extend(draw_line(marking, centre(marking), 22.0, 10.0, BLACK));
    }
    ops
}
