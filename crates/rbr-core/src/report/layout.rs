//! Line breaking with real glyph widths: text in, lines of font runs out.
//!
//! Words wrap at spaces; a word wider than the line (a URL, a file path) is broken
//! between characters; a newline in the text starts a new line. Every line this
//! module returns is no wider than the width it was asked for.

use super::fonts::{Fonts, Weight};

/// A piece of text in one weight, as the caller writes it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Span {
    pub(crate) text: String,
    pub(crate) weight: Weight,
}

impl Span {
    pub(crate) fn regular(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            weight: Weight::Regular,
        }
    }

    pub(crate) fn bold(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            weight: Weight::Bold,
        }
    }
}

/// Consecutive characters set in one face.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Run {
    /// Index of the face in [`Fonts`].
    pub(crate) face: usize,
    pub(crate) text: String,
}

/// One line, ready to draw.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Line {
    pub(crate) runs: Vec<Run>,
    pub(crate) width: f32,
}

impl Line {
    /// The text of the line, as a reader would copy it.
    pub(crate) fn text(&self) -> String {
        self.runs.iter().map(|r| r.text.as_str()).collect()
    }
}

/// A character with its face and advance.
#[derive(Clone, Copy)]
struct Glyph {
    c: char,
    face: usize,
    width: f32,
}

/// Breaks `spans` into lines no wider than `max_width`, in points at `size`.
pub(crate) fn wrap(fonts: &Fonts, spans: &[Span], size: f32, max_width: f32) -> Vec<Line> {
    let mut breaker = Breaker {
        max_width,
        lines: Vec::new(),
        line: Vec::new(),
        line_width: 0.0,
        word: Vec::new(),
        word_width: 0.0,
        space_before_word: None,
        last_space: None,
    };
    for span in spans {
        for c in span.text.chars() {
            if c == '\n' {
                breaker.end_word();
                breaker.end_line();
                breaker.last_space = None;
            } else if c.is_whitespace() {
                let near = breaker.last_face();
                breaker.end_word();
                let (face, width, _) = fonts.glyph_near(' ', span.weight, size, near);
                breaker.last_space = Some(Glyph {
                    c: ' ',
                    face,
                    width,
                });
            } else if !c.is_control() {
                let near = breaker.last_face();
                let (face, width, shown) = fonts.glyph_near(c, span.weight, size, near);
                breaker.push(Glyph {
                    c: shown,
                    face,
                    width,
                });
            }
        }
    }
    breaker.end_word();
    if !breaker.line.is_empty() || breaker.lines.is_empty() {
        breaker.end_line();
    }
    breaker.lines
}

/// The state of greedy line breaking.
struct Breaker {
    max_width: f32,
    lines: Vec<Line>,
    line: Vec<Glyph>,
    line_width: f32,
    word: Vec<Glyph>,
    word_width: f32,
    /// The space between the previous word and the current one.
    space_before_word: Option<Glyph>,
    /// The last space seen, in the weight it was written in.
    last_space: Option<Glyph>,
}

impl Breaker {
    /// The face of the last character seen, to stay in it where it has the next.
    fn last_face(&self) -> Option<usize> {
        self.word
            .last()
            .or(self.last_space.as_ref())
            .or(self.line.last())
            .map(|g| g.face)
    }

    fn push(&mut self, glyph: Glyph) {
        if self.word.is_empty() {
            self.space_before_word = self.last_space.take();
        }
        self.word.push(glyph);
        self.word_width += glyph.width;
    }

    fn end_line(&mut self) {
        self.lines.push(to_line(&self.line));
        self.line.clear();
        self.line_width = 0.0;
    }

    fn end_word(&mut self) {
        if self.word.is_empty() {
            return;
        }
        let space = self.space_before_word.take().filter(|s| {
            !self.line.is_empty() && self.line_width + s.width + self.word_width <= self.max_width
        });
        if let Some(space) = space {
            self.line.push(space);
            self.line_width += space.width;
        } else if !self.line.is_empty() {
            self.end_line();
        }
        if self.line_width + self.word_width <= self.max_width {
            self.line.append(&mut self.word);
            self.line_width += self.word_width;
        } else {
            // Wider than a whole line: break it between characters.
            for glyph in std::mem::take(&mut self.word) {
                if self.line_width + glyph.width > self.max_width && !self.line.is_empty() {
                    self.end_line();
                }
                self.line.push(glyph);
                self.line_width += glyph.width;
            }
        }
        self.word.clear();
        self.word_width = 0.0;
    }
}

fn to_line(glyphs: &[Glyph]) -> Line {
    let mut line = Line::default();
    for g in glyphs {
        line.width += g.width;
        match line.runs.last_mut() {
            Some(run) if run.face == g.face => run.text.push(g.c),
            _ => line.runs.push(Run {
                face: g.face,
                text: g.c.to_string(),
            }),
        }
    }
    line
}

/// `text` on one line of at most `max_width`, cut with an ellipsis if it is longer.
pub(crate) fn one_line(
    fonts: &Fonts,
    text: &str,
    weight: Weight,
    size: f32,
    max_width: f32,
) -> Line {
    let flat: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !c.is_control())
        .collect();
    let line = wrap(
        fonts,
        &[Span {
            text: flat.clone(),
            weight,
        }],
        size,
        f32::INFINITY,
    );
    let whole = line.into_iter().next().unwrap_or_default();
    if whole.width <= max_width {
        return whole;
    }
    let ellipsis = fonts.width("…", weight, size);
    let mut kept = String::new();
    let mut width = 0.0;
    for c in flat.chars() {
        let (_, w, _) = fonts.glyph(c, weight, size);
        if width + w + ellipsis > max_width {
            break;
        }
        kept.push(c);
        width += w;
    }
    let kept = format!("{}…", kept.trim_end());
    wrap(fonts, &[Span { text: kept, weight }], size, f32::INFINITY)
        .into_iter()
        .next()
        .unwrap_or_default()
}

/// `text` in regular weight on at most `max_lines` lines, the last cut with an
/// ellipsis if the text is longer.
pub(crate) fn clamp(
    fonts: &Fonts,
    text: &str,
    size: f32,
    max_width: f32,
    max_lines: usize,
) -> Vec<Line> {
    let mut lines = wrap(fonts, &[Span::regular(text)], size, max_width);
    if lines.len() <= max_lines {
        return lines;
    }
    lines.truncate(max_lines.saturating_sub(1));
    let used: usize = lines
        .iter()
        .map(|l| l.text().split_whitespace().count())
        .sum();
    let rest: Vec<&str> = text.split_whitespace().skip(used).collect();
    lines.push(one_line(
        fonts,
        &rest.join(" "),
        Weight::Regular,
        size,
        max_width,
    ));
    lines
}

/// The start of `text`, at most `max_chars` characters, cut at a word and marked
/// with an ellipsis when anything was left out. Line breaks become spaces.
pub(crate) fn excerpt(text: &str, max_chars: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max_chars {
        return flat;
    }
    let cut: String = flat.chars().take(max_chars).collect();
    let at_word = match cut.rfind(' ') {
        Some(i) if i > cut.len() / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", at_word.trim_end_matches([',', ';', ':', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> Fonts {
        Fonts::bundled().expect("bundled fonts load")
    }

    #[test]
    fn wraps_at_spaces_within_the_width() {
        let fonts = fonts();
        let text = "Officials must see how ready each of the seven areas is and what to fix first.";
        let lines = wrap(&fonts, &[Span::regular(text)], 10.0, 120.0);
        assert!(lines.len() > 2, "{lines:?}");
        for line in &lines {
            assert!(
                line.width <= 120.0,
                "{} is {} wide",
                line.text(),
                line.width
            );
        }
        let joined: Vec<String> = lines.iter().map(Line::text).collect();
        assert_eq!(joined.join(" "), text);
    }

    #[test]
    fn breaks_a_word_longer_than_the_line() {
        let fonts = fonts();
        let word = "x".repeat(400);
        let lines = wrap(
            &fonts,
            &[Span::regular(format!("see {word} here"))],
            10.0,
            100.0,
        );
        assert!(lines.len() >= 4);
        for line in &lines {
            assert!(line.width <= 100.0);
        }
        let all: String = lines.iter().map(Line::text).collect();
        assert_eq!(all.matches('x').count(), 400);
    }

    #[test]
    fn mixed_scripts_make_runs_in_different_faces() {
        let fonts = fonts();
        let text = "BR2 Էներգետիկա և ջուր 62.5";
        let lines = wrap(&fonts, &[Span::regular(text)], 10.0, 500.0);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].text(), text);
        // Latin, then Armenian (its spaces too), then Latin for the digits.
        let texts: Vec<&str> = lines[0].runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["BR2 ", "Էներգետիկա և ջուր ", "62.5"]);
        assert_ne!(lines[0].runs[0].face, lines[0].runs[1].face);
    }

    #[test]
    fn newlines_start_new_lines_and_blank_text_is_one_empty_line() {
        let fonts = fonts();
        let lines = wrap(&fonts, &[Span::regular("one\ntwo\n\nfour")], 10.0, 500.0);
        let texts: Vec<String> = lines.iter().map(Line::text).collect();
        assert_eq!(texts, ["one", "two", "", "four"]);
        assert_eq!(wrap(&fonts, &[Span::regular("")], 10.0, 50.0).len(), 1);
    }

    #[test]
    fn weights_mix_within_a_line() {
        let fonts = fonts();
        let lines = wrap(
            &fonts,
            &[Span::bold("readiness"), Span::regular(" = 100 x sum")],
            10.0,
            500.0,
        );
        assert_eq!(lines[0].text(), "readiness = 100 x sum");
        assert!(lines[0].runs.len() >= 2);
    }

    #[test]
    fn one_line_cuts_with_an_ellipsis() {
        let fonts = fonts();
        let line = one_line(&fonts, &"long title ".repeat(50), Weight::Bold, 9.0, 200.0);
        assert!(line.width <= 200.0);
        assert!(line.text().ends_with('…'));
        let short = one_line(&fonts, "short", Weight::Bold, 9.0, 200.0);
        assert_eq!(short.text(), "short");
    }

    #[test]
    fn excerpts_cut_at_a_word() {
        assert_eq!(excerpt("a  short\ntext", 50), "a short text");
        let cut = excerpt("the national fuel reserve covers ninety days", 20);
        assert_eq!(cut, "the national fuel…");
    }
}
