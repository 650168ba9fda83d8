//! Pages and the flow of content down them: paragraphs, headings and tables that
//! break across pages, and the running header and footer added once the page
//! count is known.
//!
//! Coordinates are PDF points from the bottom-left corner of an A4 page. Nothing is
//! drawn outside the body, header and footer boxes defined here.

use printpdf::{
    Color, Line as PathLine, LineDashPattern, LinePoint, Op, PaintMode, PdfFontHandle, Point, Pt,
    Rect, Rgb, TextItem,
};

use super::fonts::{Fonts, Weight};
use super::layout::{Line, Span, one_line, wrap};

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

fn colour((r, g, b): Colour) -> Color {
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

/// Horizontal alignment of text in its box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Right,
    Centre,
}

/// A column of a table.
pub(crate) struct Column {
    pub(crate) title: &'static str,
    pub(crate) width: f32,
    pub(crate) align: Align,
}

/// A table: columns, rows of cells, and the size its text is set in.
pub(crate) struct Table {
    pub(crate) columns: Vec<Column>,
    pub(crate) rows: Vec<Vec<Vec<Span>>>,
    pub(crate) size: f32,
}

/// Padding inside table cells.
const CELL_PAD: f32 = 3.0;

/// The document being laid out: finished pages and the cursor on the last one.
pub(crate) struct Canvas<'f> {
    pub(crate) fonts: &'f Fonts,
    pages: Vec<Vec<Op>>,
    /// The top of the free space on the current page.
    y: f32,
    /// Outline entries: title and 1-based page.
    bookmarks: Vec<(String, usize)>,
}

impl<'f> Canvas<'f> {
    pub(crate) fn new(fonts: &'f Fonts) -> Self {
        Self {
            fonts,
            pages: vec![Vec::new()],
            y: BODY_TOP,
            bookmarks: Vec::new(),
        }
    }

    /// The pages' operations and the outline, before headers and footers.
    pub(crate) fn finish(self) -> (Vec<Vec<Op>>, Vec<(String, usize)>) {
        (self.pages, self.bookmarks)
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
        let ops = draw_line(self.fonts, line, x, baseline, size, ink);
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
        let ops = draw_line(self.fonts, line, x, baseline, size, ink);
        self.ops().extend(ops);
    }

    /// A filled rectangle.
    pub(crate) fn fill(&mut self, x: f32, y: f32, width: f32, height: f32, fill: Colour) {
        self.ops().extend(fill_rect(x, y, width, height, fill));
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
        self.ops().extend([
            Op::SetOutlineColor { col: colour(ink) },
            Op::SetOutlineThickness { pt: Pt(thickness) },
            rectangle(x, y, width, height, PaintMode::Stroke),
        ]);
    }

    /// A straight line.
    pub(crate) fn rule(&mut self, from: (f32, f32), to: (f32, f32), ink: Colour, thickness: f32) {
        self.ops().extend(stroke(from, to, ink, thickness));
    }

    /// A dashed straight line.
    pub(crate) fn dashed(&mut self, from: (f32, f32), to: (f32, f32), ink: Colour, thickness: f32) {
        let ops = stroke(from, to, ink, thickness);
        let page = self.ops();
        page.push(Op::SetLineDashPattern {
            dash: LineDashPattern::new(0.0, &[2.0, 2.0]),
        });
        page.extend(ops);
        page.push(Op::SetLineDashPattern {
            dash: LineDashPattern::solid(),
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

    /// A label and its value on one row, the value wrapped in its own column.
    pub(crate) fn field(&mut self, label: &str, value: &[Span], size: f32, label_width: f32) {
        let label = one_line(self.fonts, label, Weight::Bold, size, label_width - 6.0);
        let lines = wrap(self.fonts, value, size, BODY_WIDTH - label_width);
        let height = line_height(size);
        for (i, line) in lines.iter().enumerate() {
            self.ensure(height);
            let baseline = self.y - size * ASCENT;
            if i == 0 {
                self.line_at(&label, MARGIN, baseline, size, GREY);
            }
            self.line_at(line, MARGIN + label_width, baseline, size, BLACK);
            self.y -= height;
        }
        self.advance(size * 0.3);
    }

    /// A table that breaks between rows, repeating its header on every page. A row
    /// taller than a whole page is split between lines, the only way to keep all of
    /// its text inside the margins.
    pub(crate) fn table(&mut self, table: &Table) {
        let size = table.size;
        let lh = line_height(size);
        let header: Vec<Vec<Line>> = table
            .columns
            .iter()
            .map(|c| {
                wrap(
                    self.fonts,
                    &[Span::bold(c.title)],
                    size,
                    c.width - 2.0 * CELL_PAD,
                )
            })
            .collect();
        let header_height = tallest(&header) as f32 * lh + 2.0 * CELL_PAD;
        let mut header_drawn = false;
        for (index, row) in table.rows.iter().enumerate() {
            let cells: Vec<Vec<Line>> = row
                .iter()
                .zip(&table.columns)
                .map(|(spans, c)| wrap(self.fonts, spans, size, c.width - 2.0 * CELL_PAD))
                .collect();
            let stripe = index % 2 == 1;
            let mut first = 0;
            let total = tallest(&cells);
            loop {
                let rows_left = total - first;
                let full = rows_left as f32 * lh + 2.0 * CELL_PAD;
                let need_header = !header_drawn;
                let head = if need_header { header_height } else { 0.0 };
                let page = BODY_TOP - BODY_BOTTOM - header_height;
                // Whole row fits here, or a fresh page is needed for it.
                if full + head > self.room() && (full <= page || self.room() - head < 4.0 * lh) {
                    self.new_page();
                    header_drawn = false;
                    continue;
                }
                if need_header {
                    self.table_header(table, &header, header_height);
                    header_drawn = true;
                }
                let fit = (((self.room() - 2.0 * CELL_PAD) / lh).floor().max(1.0) as usize)
                    .min(rows_left);
                self.table_row(table, &cells, first, fit, stripe);
                first += fit;
                if first >= total {
                    break;
                }
                self.new_page();
                header_drawn = false;
            }
        }
        self.advance(size);
    }

    fn table_header(&mut self, table: &Table, header: &[Vec<Line>], height: f32) {
        let size = table.size;
        self.fill(MARGIN, self.y - height, BODY_WIDTH, height, HEADER_FILL);
        let mut x = MARGIN;
        for (column, lines) in table.columns.iter().zip(header) {
            for (i, line) in lines.iter().enumerate() {
                let baseline = self.y - CELL_PAD - i as f32 * line_height(size) - size * ASCENT;
                let at = aligned(x, column, line);
                self.line_at(line, at, baseline, size, BLACK);
            }
            x += column.width;
        }
        self.y -= height;
    }

    fn table_row(
        &mut self,
        table: &Table,
        cells: &[Vec<Line>],
        first: usize,
        count: usize,
        stripe: bool,
    ) {
        let size = table.size;
        let lh = line_height(size);
        let height = count as f32 * lh + 2.0 * CELL_PAD;
        if stripe {
            self.fill(MARGIN, self.y - height, BODY_WIDTH, height, STRIPE_FILL);
        }
        let mut x = MARGIN;
        for (column, lines) in table.columns.iter().zip(cells) {
            for (i, line) in lines.iter().skip(first).take(count).enumerate() {
                let baseline = self.y - CELL_PAD - i as f32 * lh - size * ASCENT;
                let at = aligned(x, column, line);
                self.line_at(line, at, baseline, size, BLACK);
            }
            x += column.width;
        }
        self.y -= height;
        let y = self.y;
        self.rule((MARGIN, y), (MARGIN + BODY_WIDTH, y), RULE, 0.4);
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

fn tallest(cells: &[Vec<Line>]) -> usize {
    cells.iter().map(Vec::len).max().unwrap_or(1).max(1)
}

fn aligned(x: f32, column: &Column, line: &Line) -> f32 {
    let inner = column.width - 2.0 * CELL_PAD;
    match column.align {
        Align::Left => x + CELL_PAD,
        Align::Right => x + CELL_PAD + (inner - line.width).max(0.0),
        Align::Centre => x + CELL_PAD + ((inner - line.width) / 2.0).max(0.0),
    }
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

pub(crate) fn fill_rect(x: f32, y: f32, width: f32, height: f32, fill: Colour) -> [Op; 2] {
    [
        Op::SetFillColor { col: colour(fill) },
        rectangle(x, y, width, height, PaintMode::Fill),
    ]
}

/// A rectangle with its lower-left corner at (x, y), filled or outlined.
fn rectangle(x: f32, y: f32, width: f32, height: f32, mode: PaintMode) -> Op {
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

/// What the running header and footer say.
pub(crate) struct Furniture<'a> {
    /// The classification marking, top and bottom.
    pub(crate) marking: &'a str,
    /// The document title, top left.
    pub(crate) title: &'a str,
    /// Top right (the report date).
    pub(crate) top_right: &'a str,
    /// Bottom left (the organisation).
    pub(crate) bottom_left: &'a str,
}

/// The running header and footer of page `number` of `count`.
pub(crate) fn page_furniture(
    fonts: &Fonts,
    furniture: &Furniture<'_>,
    number: usize,
    count: usize,
) -> Vec<Op> {
    let mut ops = Vec::new();
    let centre = |line: &Line| (PAGE_WIDTH - line.width) / 2.0;
    let right = |line: &Line| PAGE_WIDTH - MARGIN - line.width;
    let small = 8.0;
    let marking = one_line(fonts, furniture.marking, Weight::Bold, 10.0, BODY_WIDTH);
    // Top: the marking, then the title and the date over a rule.
    ops.extend(draw_line(
        fonts,
        &marking,
        centre(&marking),
        PAGE_HEIGHT - 30.0,
        10.0,
        BLACK,
    ));
    let top_right = one_line(
        fonts,
        furniture.top_right,
        Weight::Regular,
        small,
        BODY_WIDTH / 3.0,
    );
    let title = one_line(
        fonts,
        furniture.title,
        Weight::Regular,
        small,
        BODY_WIDTH - top_right.width - 12.0,
    );
    ops.extend(draw_line(
        fonts,
        &title,
        MARGIN,
        PAGE_HEIGHT - 50.0,
        small,
        GREY,
    ));
    ops.extend(draw_line(
        fonts,
        &top_right,
        right(&top_right),
        PAGE_HEIGHT - 50.0,
        small,
        GREY,
    ));
    ops.extend(stroke(
        (MARGIN, PAGE_HEIGHT - 56.0),
        (PAGE_WIDTH - MARGIN, PAGE_HEIGHT - 56.0),
        RULE,
        0.5,
    ));
    // Bottom: a rule, the organisation and the page number, then the marking.
    ops.extend(stroke(
        (MARGIN, 52.0),
        (PAGE_WIDTH - MARGIN, 52.0),
        RULE,
        0.5,
    ));
    let page = one_line(
        fonts,
        &format!("page {number} of {count}"),
        Weight::Regular,
        small,
        BODY_WIDTH / 3.0,
    );
    let left = one_line(
        fonts,
        furniture.bottom_left,
        Weight::Regular,
        small,
        BODY_WIDTH - page.width - 12.0,
    );
    ops.extend(draw_line(fonts, &left, MARGIN, 40.0, small, GREY));
    ops.extend(draw_line(fonts, &page, right(&page), 40.0, small, BLACK));
    ops.extend(draw_line(
        fonts,
        &marking,
        centre(&marking),
        22.0,
        10.0,
        BLACK,
    ));
    ops
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
