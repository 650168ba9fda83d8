//! The drawing operations a page is made of: lines of text runs, rectangles and
//! strokes, in the colours the report uses. The PDF writer turns them into a
//! content stream.

use super::Colour;
use crate::report::layout::Line;

/// One drawing operation, in points from the page's lower-left corner.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Op {
    /// A line of text: runs, each in its face, starting at (x, baseline).
    Text {
        /// Where the first run starts.
        x: f32,
        /// The baseline.
        baseline: f32,
        /// The size in points.
        size: f32,
        /// The colour of the letters.
        ink: Colour,
        /// Each run's face (an index into the fonts' faces) and text.
        runs: Vec<(usize, String)>,
    },
    /// A rectangle with its lower-left corner at (x, y), filled or outlined.
    Rect {
        /// Left.
        x: f32,
        /// Bottom.
        y: f32,
        /// Width.
        width: f32,
        /// Height.
        height: f32,
        /// How it is painted.
        paint: Paint,
    },
    /// A straight line.
    Stroke {
        /// Where it starts.
        from: (f32, f32),
        /// Where it ends.
        to: (f32, f32),
        /// Its colour.
        ink: Colour,
        /// Its width in points.
        thickness: f32,
        /// Dashed (2 points on, 2 off) rather than solid.
        dashed: bool,
    },
}

/// How a rectangle is painted.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Paint {
    /// Filled with a colour.
    Fill(Colour),
    /// Outlined in a colour, at a width in points.
    Outline(Colour, f32),
}

/// The operation that draws one line of runs; none for an empty line.
pub(crate) fn draw_line(line: &Line, x: f32, baseline: f32, size: f32, ink: Colour) -> Option<Op> {
    (!line.runs.is_empty()).then(|| Op::Text {
        x,
        baseline,
        size,
        ink,
        runs: line
            .runs
            .iter()
            .map(|run| (run.face, run.text.clone()))
            .collect(),
    })
}

/// A filled rectangle with its lower-left corner at (x, y).
pub(crate) fn fill_rect(x: f32, y: f32, width: f32, height: f32, fill: Colour) -> Op {
    Op::Rect {
        x,
        y,
        width,
        height,
        paint: Paint::Fill(fill),
    }
}

/// A straight line from `from` to `to`.
pub(crate) fn stroke(from: (f32, f32), to: (f32, f32), ink: Colour, thickness: f32) -> Op {
    Op::Stroke {
        from,
        to,
        ink,
        thickness,
        dashed: false,
    }
}
