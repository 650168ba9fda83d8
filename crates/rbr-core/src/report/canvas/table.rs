//! Tables that break between rows, repeat their header on every page, and split
//! a row taller than a page between its lines. Narrow columns widen to their
//! longest word (Armenian headers and terms run longer than English ones) and
//! the table's flexible column gives up the room.

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
    /// The width asked for: the least a fixed column gets; a flexible one gets
    /// what the others leave.
    pub(crate) width: f32,
    pub(crate) align: Align,
    /// Whether this column (the one with running text) takes up the room the
    /// others need beyond their width.
    pub(crate) flexible: bool,
}

/// A table: columns, rows of cells, and the size its text is set in.
pub(crate) struct Table {
    pub(crate) columns: Vec<Column>,
    pub(crate) rows: Vec<Vec<Vec<Span>>>,
    pub(crate) size: f32,
}

/// Padding inside table cells.
const CELL_PAD: f32 = 3.0;
/// The widest a fixed column grows to fit a word; a longer word (a URL) is
/// broken between characters instead.
const MAX_FITTED: f32 = 90.0;
/// The narrowest a flexible column gets.
const MIN_FLEXIBLE: f32 = 60.0;

impl Canvas<'_> {
    /// A table that breaks between rows, repeating its header on every page. A row
    /// taller than a whole page is split between lines, the only way to keep all of
    /// its text inside the margins.
    pub(crate) fn table(&mut self, table: &Table) {
        let size = table.size;
        let lh = line_height(size);
        let widths = self.widths(table);
        let header: Vec<Vec<Line>> = table
            .columns
            .iter()
            .zip(&widths)
            .map(|(c, width)| {
                wrap(
                    self.fonts,
                    &[Span::bold(c.title.as_str())],
                    size,
                    width - 2.0 * CELL_PAD,
                )
            })
            .collect();
        let header_height = tallest(&header) as f32 * lh + 2.0 * CELL_PAD;
        let mut header_drawn = false;
        for (index, row) in table.rows.iter().enumerate() {
            let cells: Vec<Vec<Line>> = row
                .iter()
                .zip(&widths)
                .map(|(spans, width)| wrap(self.fonts, spans, size, width - 2.0 * CELL_PAD))
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
                    self.table_header(table, &widths, &header, header_height);
                    header_drawn = true;
                }
                let fit = (((self.room() - 2.0 * CELL_PAD) / lh).floor().max(1.0) as usize)
                    .min(rows_left);
                self.table_row(table, &widths, &cells, (first, fit), stripe);
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

    /// Each column's width: a fixed column as wide as asked, or as its longest
    /// word if that is wider (up to [`MAX_FITTED`]), so that no header or term is
    /// split; the flexible column gets the rest of the body's width.
    fn widths(&self, table: &Table) -> Vec<f32> {
        let size = table.size;
        let longest_word = |spans: &[Span]| {
            spans
                .iter()
                .flat_map(|s| {
                    s.text
                        .split_whitespace()
                        .map(|w| self.fonts.width(w, s.weight, size))
                })
                .fold(0.0f32, f32::max)
        };
        let mut widths: Vec<f32> = table
            .columns
            .iter()
            .enumerate()
            .map(|(i, column)| {
                if column.flexible {
                    return column.width;
                }
                let header = longest_word(&[Span::bold(column.title.as_str())]);
                let cells = table
                    .rows
                    .iter()
                    .filter_map(|row| row.get(i))
                    .map(|cell| longest_word(cell))
                    .fold(header, f32::max);
                let needed = (cells + 2.0 * CELL_PAD + 0.5).min(MAX_FITTED);
                column.width.max(needed)
            })
            .collect();
        if let Some(flexible) = table.columns.iter().position(|c| c.flexible) {
            let others: f32 = widths
                .iter()
                .enumerate()
                .filter(|&(i, _)| i != flexible)
                .map(|(_, w)| w)
                .sum();
            widths[flexible] = (BODY_WIDTH - others).max(MIN_FLEXIBLE);
        }
        widths
    }

    fn table_header(&mut self, table: &Table, widths: &[f32], header: &[Vec<Line>], height: f32) {
        let size = table.size;
        self.fill(MARGIN, self.y - height, BODY_WIDTH, height, HEADER_FILL);
        let mut x = MARGIN;
        for ((column, width), lines) in table.columns.iter().zip(widths).zip(header) {
            for (i, line) in lines.iter().enumerate() {
                let baseline = self.y - CELL_PAD - i as f32 * line_height(size) - size * ASCENT;
                let at = aligned(x, *width, column.align, line);
                self.line_at(line, at, baseline, size, BLACK);
            }
            x += width;
        }
        self.y -= height;
    }

    /// `count` lines of a row's cells, from line `first`.
    fn table_row(
        &mut self,
        table: &Table,
        widths: &[f32],
        cells: &[Vec<Line>],
        (first, count): (usize, usize),
        stripe: bool,
    ) {
        let size = table.size;
        let lh = line_height(size);
        let height = count as f32 * lh + 2.0 * CELL_PAD;
        if stripe {
            self.fill(MARGIN, self.y - height, BODY_WIDTH, height, STRIPE_FILL);
        }
        let mut x = MARGIN;
        for ((column, width), lines) in table.columns.iter().zip(widths).zip(cells) {
            for (i, line) in lines.iter().skip(first).take(count).enumerate() {
                let baseline = self.y - CELL_PAD - i as f32 * lh - size * ASCENT;
                let at = aligned(x, *width, column.align, line);
                self.line_at(line, at, baseline, size, BLACK);
            }
            x += width;
        }
        self.y -= height;
        let y = self.y;
        self.rule((MARGIN, y), (MARGIN + BODY_WIDTH, y), RULE, 0.4);
    }
}

fn tallest(cells: &[Vec<Line>]) -> usize {
    cells.iter().map(Vec::len).max().unwrap_or(1).max(1)
}

fn aligned(x: f32, width: f32, align: Align, line: &Line) -> f32 {
    let inner = width - 2.0 * CELL_PAD;
    match align {
        Align::Left => x + CELL_PAD,
        Align::Right => x + CELL_PAD + (inner - line.width).max(0.0),
        Align::Centre => x + CELL_PAD + ((inner - line.width) / 2.0).max(0.0),
    }
}
