//! Pages and the flow of content down them: paragraphs, headings and fields that
//! break across pages, on a cursor that knows how much room is left.
//!
//! Coordinates are PDF points from the bottom-left corner of an A4 page. Nothing is
//! drawn outside the body, header and footer boxes defined here. Tables are in
//! [`table`], the PDF operations in [`ops`], the running header and footer, added
//! once the page count is known, in [`furniture`].

mod furniture;
mod ops;
mod table;

use super::fonts::{Fonts, Weight};
use super::layout::{Line, Span, one_line, wrap};

pub(crate) use furniture::{Furniture, page_furniture};
pub(crate) use ops::{Op, Paint};
use ops::{draw_line, fill_rect, stroke};
pub(crate) use table::{Align, Column, Table};

/// A4 width in points.
pub(crate) const PAGE_WIDTH: f32 = 595.276;
/// A4 height in points.
pub(crate) const PAGE_HEIGHT: f32 = 841.89;
/// Left and right margin (20 mm).
pub(crate) const MARGIN: f32 = 56.693;
/// The top of the body.
pub(crate) const BODY_TOP: f32 = PAGE_HEIGHT - 72.0;
/// The bottom of the body.
pub(crate) const BODY_BOTTOM: f32 = 64.0;
/// The width of the body.
pub(crate) const BODY_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;

/// Line height as a multiple of the font size.
const LEADING: f32 = 1.32;
/// Baseline below the top of a line box, as a multiple of the font size.
const ASCENT: f32 = 1.0;

/// A colour, named by use.
pub(crate) type Colour = (f32, f32, f32);
pub(crate) const BLACK: Colour = (0.0, 0.0, 0.0);
pub(crate) const GREY: Colour = (0.35, 0.35, 0.35);
pub(crate) const RULE: Colour = (0.6, 0.6, 0.6);
pub(crate) const HEADER_FILL: Colour = (0.86, 0.88, 0.91);
pub(crate) const STRIPE_FILL: Colour = (0.96, 0.96, 0.97);

/// The height of one line of text at `size`.
pub(crate) fn line_height(size: f32) -> f32 {
    size * LEADING
}

/// The document being laid out: finished pages and the cursor on the last one.
pub(crate) struct Canvas<'f> {
    pub(crate) fonts: &'f Fonts,
    pages: Vec<Vec<Op>>,
    /// The top of the free space on the current page.
    y: f32,
    /// Outline entries: title and 1-based page.
    bookmarks: Vec<(String, usize)>,
    /// Where the approval block wants its signature field: page and rectangle.
    signature: Option<SignatureSpot>,
}

/// The place of the PDF signature field: a 0-based page and a rectangle
/// (left, bottom, right, top) in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct SignatureSpot {
    pub(crate) page: usize,
    pub(crate) rect: [f32; 4],
}

/// The laid-out document before headers and footers.
pub(crate) struct Laid {
    pub(crate) pages: Vec<Vec<Op>>,
    /// Outline entries: title and 1-based page.
    pub(crate) bookmarks: Vec<(String, usize)>,
    pub(crate) signature: Option<SignatureSpot>,
}

impl<'f> Canvas<'f> {
    pub(crate) fn new(fonts: &'f Fonts) -> Self {
        Self {
            fonts,
            pages: vec![Vec::new()],
            y: BODY_TOP,
            bookmarks: Vec::new(),
            signature: None,
        }
    }

    /// The pages' operations, the outline and the signature field's place,
    /// before headers and footers.
    pub(crate) fn finish(self) -> Laid {
        Laid {
            pages: self.pages,
            bookmarks: self.bookmarks,
            signature: self.signature,
        }
    }

    /// Asks for the PDF signature field over `rect` (left, bottom, right, top)
    /// on the current page.
    pub(crate) fn mark_signature(&mut self, rect: [f32; 4]) {
        self.signature = Some(SignatureSpot {
            page: self.pages.len() - 1,
            rect,
        });
    }

    /// Wrapped text centred on the body, breaking pages between lines.
    pub(crate) fn centred(&mut self, spans: &[Span], size: f32, ink: Colour) {
        let lines = wrap(self.fonts, spans, size, BODY_WIDTH);
        for line in &lines {
            self.ensure(line_height(size));
            let baseline = self.y - size * ASCENT;
            self.line_at(
                line,
                MARGIN + (BODY_WIDTH - line.width) / 2.0,
                baseline,
                size,
                ink,
            );
            self.y -= line_height(size);
        }
        self.advance(size * 0.45);
    }

    /// The top of the free space on the current page.
    pub(crate) fn y(&self) -> f32 {
        self.y
    }

    /// Room left on the current page.
    pub(crate) fn room(&self) -> f32 {
        self.y - BODY_BOTTOM
    }

    /// Moves the cursor down (never below the body).
    pub(crate) fn advance(&mut self, by: f32) {
        self.y = (self.y - by).max(BODY_BOTTOM);
    }

    /// Starts a new page, unless the current one is still empty.
    pub(crate) fn new_page(&mut self) {
        if self.y < BODY_TOP || !self.ops().is_empty() {
            self.pages.push(Vec::new());
        }
        self.y = BODY_TOP;
    }

    /// Starts a new page unless `height` still fits on this one.
    pub(crate) fn ensure(&mut self, height: f32) {
        if height > self.room() {
            self.new_page();
        }
    }

    /// Keeps `height` points free at the cursor for something drawn later (the
    /// contents, once page numbers are known); returns its page and top.
    pub(crate) fn reserve(&mut self, height: f32) -> (usize, f32) {
        self.ensure(height);
        let slot = (self.pages.len() - 1, self.y);
        self.advance(height);
        slot
    }

    /// Draws one line on an earlier page.
    pub(crate) fn line_on(
        &mut self,
        page: usize,
        line: &Line,
        x: f32,
        baseline: f32,
        size: f32,
        ink: Colour,
    ) {
        let ops = draw_line(line, x, baseline, size, ink);
        if let Some(page) = self.pages.get_mut(page) {
            page.extend(ops);
        }
    }

    /// The outline so far: title and 1-based page.
    pub(crate) fn bookmarks(&self) -> &[(String, usize)] {
        &self.bookmarks
    }

    /// Marks the current page as the start of a section in the outline.
    pub(crate) fn bookmark(&mut self, title: &str) {
        self.bookmarks.push((title.to_owned(), self.pages.len()));
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Draws one line with its baseline at `baseline`, starting at `x`.
    pub(crate) fn line_at(&mut self, line: &Line, x: f32, baseline: f32, size: f32, ink: Colour) {
        let ops = draw_line(line, x, baseline, size, ink);
        self.ops().extend(ops);
    }

    /// A filled rectangle.
    pub(crate) fn fill(&mut self, x: f32, y: f32, width: f32, height: f32, fill: Colour) {
        self.ops().push(fill_rect(x, y, width, height, fill));
    }

    /// An outlined rectangle.
    pub(crate) fn outline(
        &mut self,
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        ink: Colour,
        thickness: f32,
    ) {
        self.ops().push(Op::Rect {
            x,
            y,
            width,
            height,
            paint: Paint::Outline(ink, thickness),
        });
    }

    /// A straight line.
    pub(crate) fn rule(&mut self, from: (f32, f32), to: (f32, f32), ink: Colour, thickness: f32) {
        self.ops().push(stroke(from, to, ink, thickness));
    }

    /// A dashed straight line.
    pub(crate) fn dashed(&mut self, from: (f32, f32), to: (f32, f32), ink: Colour, thickness: f32) {
        self.ops().push(Op::Stroke {
            from,
            to,
            ink,
            thickness,
            dashed: true,
        });
    }

    /// Wrapped text flowing down the body, breaking pages between lines.
    pub(crate) fn paragraph(&mut self, spans: &[Span], size: f32, indent: f32, ink: Colour) {
        let lines = wrap(self.fonts, spans, size, BODY_WIDTH - indent);
        let height = line_height(size);
        let mut first = 0;
        while first < lines.len() {
            let take = lines_to_take(lines.len() - first, (self.room() / height).floor() as usize);
            if take == 0 {
                self.new_page();
                continue;
            }
            for line in &lines[first..first + take] {
                let baseline = self.y - size * ASCENT;
                self.line_at(line, MARGIN + indent, baseline, size, ink);
                self.y -= height;
            }
            first += take;
            if first < lines.len() {
                self.new_page();
            }
        }
        self.advance(size * 0.45);
    }

    /// A list item: a bullet, then the text wrapped with a hanging indent.
    pub(crate) fn bullet(&mut self, spans: &[Span], size: f32, indent: f32) {
        let hang = size * 1.1;
        let lines = wrap(self.fonts, spans, size, BODY_WIDTH - indent - hang);
        let bullet = one_line(self.fonts, "•", Weight::Regular, size, hang);
        let height = line_height(size);
        for (i, line) in lines.iter().enumerate() {
            self.ensure(height);
            let baseline = self.y - size * ASCENT;
            if i == 0 {
                self.line_at(&bullet, MARGIN + indent, baseline, size, BLACK);
            }
            self.line_at(line, MARGIN + indent + hang, baseline, size, BLACK);
            self.y -= height;
        }
        self.advance(size * 0.3);
    }

    /// A heading, kept on the same page as at least `keep` points of what follows.
    pub(crate) fn heading(&mut self, text: &str, size: f32, keep: f32) {
        let lines = wrap(self.fonts, &[Span::bold(text)], size, BODY_WIDTH);
        let height = lines.len() as f32 * line_height(size) + size * 0.5;
        self.ensure(height + keep);
        if self.y < BODY_TOP {
            self.advance(size * 0.6);
        }
        for line in &lines {
            let baseline = self.y - size * ASCENT;
            self.line_at(line, MARGIN, baseline, size, BLACK);
            self.y -= line_height(size);
        }
        self.advance(size * 0.5);
    }

    /// A label and its value on one row, each wrapped in its own column (a long
    /// label, as Armenian ones can be, takes a second line rather than being cut).
    pub(crate) fn field(&mut self, label: &str, value: &[Span], size: f32, label_width: f32) {
        let label = wrap(self.fonts, &[Span::bold(label)], size, label_width - 6.0);
        let lines = wrap(self.fonts, value, size, BODY_WIDTH - label_width);
        let height = line_height(size);
        for i in 0..label.len().max(lines.len()) {
            self.ensure(height);
            let baseline = self.y - size * ASCENT;
            if let Some(label) = label.get(i) {
                self.line_at(label, MARGIN, baseline, size, GREY);
            }
            if let Some(line) = lines.get(i) {
                self.line_at(line, MARGIN + label_width, baseline, size, BLACK);
            }
            self.y -= height;
        }
        self.advance(size * 0.3);
    }
}

/// How many of a paragraph's `remaining` lines to set where `fit` lines fit: all
/// if they fit, else never one line alone at the foot or the head of a page.
fn lines_to_take(remaining: usize, fit: usize) -> usize {
    if remaining <= fit {
        return remaining;
    }
    let mut take = fit;
    if remaining - take < 2 {
        take = take.saturating_sub(1);
    }
    if take < 2 { 0 } else { take }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_leave_no_line_alone() {
        // (lines left, lines that fit) -> lines set on this page
        let cases = [
            (5, 10, 5),
            (10, 10, 10),
            (11, 10, 9),
            (12, 10, 10),
            (3, 1, 0),
            (3, 2, 0),
            (4, 2, 2),
            (2, 1, 0),
            (1, 0, 0),
            (40, 0, 0),
        ];
        for (remaining, fit, expected) in cases {
            assert_eq!(
                lines_to_take(remaining, fit),
                expected,
                "{remaining} in {fit}"
            );
        }
    }
}
