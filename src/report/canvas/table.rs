//! Tables that break between rows, repeat their header on every page, and split
//! a row taller than a page between its lines.

use super::{ASCENT, STRIPE_FILL, line_height};
use super::{BLACK, BODY_BOTTOM, BODY_TOP, BODY_WIDTH, Canvas, HEADER_FILL, MARGIN, RULE};
use crate::report::layout::{Line, Span, wrap};

/// Horizontal alignment of text in its box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Left,
    Right,
    Centre,
}

/// A column of a table.
pub(crate) struct Column {
    pub(crate) title: String,
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

impl Canvas<'_> {
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
                    &[Span::bold(c.title.as_str())],
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
