//! The PDF operations that draw a line of text runs, rectangles and strokes, in
//! the colours the report uses.

use printpdf::{
    Color, Line as PathLine, LinePoint, Op, PaintMode, PdfFontHandle, Point, Pt, Rect, Rgb,
    TextItem,
};

use super::Colour;
use crate::report::fonts::Fonts;
use crate::report::layout::Line;

pub(super) fn colour((r, g, b): Colour) -> Color {
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

/// The operations that draw one line of runs.
pub(crate) fn draw_line(
    fonts: &Fonts,
    line: &Line,
    x: f32,
    baseline: f32,
    size: f32,
    ink: Colour,
) -> Vec<Op> {
    if line.runs.is_empty() {
        return Vec::new();
    }
    let mut ops = vec![
        Op::StartTextSection,
        Op::SetFillColor { col: colour(ink) },
        Op::SetTextCursor {
            pos: Point {
                x: Pt(x),
                y: Pt(baseline),
            },
        },
    ];
    for run in &line.runs {
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(fonts.faces()[run.face].id.clone()),
            size: Pt(size),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(run.text.clone())],
        });
    }
    ops.push(Op::EndTextSection);
    ops
}

/// A filled rectangle with its lower-left corner at (x, y).
pub(crate) fn fill_rect(x: f32, y: f32, width: f32, height: f32, fill: Colour) -> [Op; 2] {
    [
        Op::SetFillColor { col: colour(fill) },
        rectangle(x, y, width, height, PaintMode::Fill),
    ]
}

/// A rectangle with its lower-left corner at (x, y), filled or outlined.
pub(super) fn rectangle(x: f32, y: f32, width: f32, height: f32, mode: PaintMode) -> Op {
    Op::DrawRectangle {
        rectangle: Rect {
            x: Pt(x),
            y: Pt(y),
            width: Pt(width),
            height: Pt(height),
            mode: Some(mode),
            winding_order: None,
        },
    }
}

/// A straight line from `from` to `to`.
pub(crate) fn stroke(from: (f32, f32), to: (f32, f32), ink: Colour, thickness: f32) -> [Op; 3] {
    let point = |(x, y): (f32, f32)| LinePoint {
        p: Point { x: Pt(x), y: Pt(y) },
        bezier: false,
    };
    [
        Op::SetOutlineColor { col: colour(ink) },
        Op::SetOutlineThickness { pt: Pt(thickness) },
        Op::DrawLine {
            line: PathLine {
                points: vec![point(from), point(to)],
                is_closed: false,
            },
        },
    ]
}
