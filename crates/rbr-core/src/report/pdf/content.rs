//! Page content streams: the canvas's operations as PDF operators, with each
//! character turned into the glyph of its face, numbered as in that face's subset.

use std::collections::BTreeMap;

use lopdf::content::{Content, Operation};
use lopdf::{Object, StringFormat};
use subsetter::GlyphRemapper;

use crate::report::canvas::{Colour, Op, Paint};
use crate::report::fonts::Fonts;

/// The glyphs of one face the document uses, in the order they were met: the
/// subset's numbering, and for each new number the character and the advance.
#[derive(Default)]
pub(super) struct Used {
    pub(super) remapper: GlyphRemapper,
    /// New glyph number to the character it prints and its advance in font units.
    pub(super) glyphs: BTreeMap<u16, (char, u16)>,
}

/// Turns pages of operations into content streams, recording the glyphs used.
pub(super) struct Writer<'f> {
    fonts: &'f Fonts,
    /// Per face (by index), the glyphs used so far; none for a face not used.
    pub(super) used: Vec<Option<Used>>,
}

impl<'f> Writer<'f> {
    pub(super) fn new(fonts: &'f Fonts) -> Self {
        Self {
            fonts,
            used: fonts.faces().iter().map(|_| None).collect(),
        }
    }

    /// The content stream of one page.
    pub(super) fn page(&mut self, ops: &[Op]) -> Vec<u8> {
        let mut operations = Vec::new();
        for op in ops {
            self.operations(op, &mut operations);
        }
        // Encoding operators into bytes cannot fail.
        Content { operations }.encode().unwrap_or_default()
    }

    fn operations(&mut self, op: &Op, out: &mut Vec<Operation>) {
        match op {
            Op::Text {
                x,
                baseline,
                size,
                ink,
                runs,
            } => {
                out.push(Operation::new("BT", vec![]));
                out.push(colour("rg", *ink));
                out.push(Operation::new("Td", vec![real(*x), real(*baseline)]));
                for (face, text) in runs {
                    let name = self.fonts.faces()[*face].id.as_bytes().to_vec();
                    out.push(Operation::new("Tf", vec![Object::Name(name), real(*size)]));
                    let glyphs = self.glyphs(*face, text);
                    out.push(Operation::new(
                        "Tj",
                        vec![Object::String(glyphs, StringFormat::Hexadecimal)],
                    ));
                }
                out.push(Operation::new("ET", vec![]));
            }
            Op::Rect {
                x,
                y,
                width,
                height,
                paint,
            } => {
                let (set, paint_op) = match paint {
                    Paint::Fill(fill) => (vec![colour("rg", *fill)], "f"),
                    Paint::Outline(ink, thickness) => (
                        vec![
                            colour("RG", *ink),
                            Operation::new("w", vec![real(*thickness)]),
                        ],
                        "S",
                    ),
                };
                out.extend(set);
                out.push(Operation::new(
                    "re",
                    vec![real(*x), real(*y), real(*width), real(*height)],
                ));
                out.push(Operation::new(paint_op, vec![]));
            }
            Op::Stroke {
                from,
                to,
                ink,
                thickness,
                dashed,
            } => {
                out.push(colour("RG", *ink));
                out.push(Operation::new("w", vec![real(*thickness)]));
                if *dashed {
                    out.push(dash(&[2.0, 2.0]));
                }
                out.push(Operation::new("m", vec![real(from.0), real(from.1)]));
                out.push(Operation::new("l", vec![real(to.0), real(to.1)]));
                out.push(Operation::new("S", vec![]));
                if *dashed {
                    out.push(dash(&[]));
                }
            }
        }
    }

    /// The two-byte glyph numbers (in the face's subset) that print `text`.
    fn glyphs(&mut self, face: usize, text: &str) -> Vec<u8> {
        let source = &self.fonts.faces()[face];
        let used = self.used[face].get_or_insert_with(Used::default);
        let mut bytes = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            // A character the face lacks prints as its empty .notdef glyph; layout
            // never sets one in a face without it.
            let (glyph, advance) = source.glyph(c).unwrap_or((0, 0));
            let new = used.remapper.remap(glyph);
            used.glyphs.entry(new).or_insert((c, advance));
            bytes.extend(new.to_be_bytes());
        }
        bytes
    }
}

fn real(value: f32) -> Object {
    Object::Real(value)
}

fn colour(operator: &str, (r, g, b): Colour) -> Operation {
    Operation::new(operator, vec![real(r), real(g), real(b)])
}

fn dash(pattern: &[f32]) -> Operation {
    Operation::new(
        "d",
        vec![
            Object::Array(pattern.iter().copied().map(real).collect()),
            Object::Integer(0),
        ],
    )
}
