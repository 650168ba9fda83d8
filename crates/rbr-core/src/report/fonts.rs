//! The fonts the report is set in, with the glyph metrics that layout measures text by.
//!
//! printpdf neither measures nor wraps text, and no single bundled font covers both
//! Latin and Armenian. Every face is parsed once, by printpdf; layout reads its
//! glyph map and advances from that same parse, so the face a character is measured
//! in is the face printpdf maps it with. Each character is set in the first face of
//! its weight that has a glyph for it: that is what lets one line mix English and
//! Armenian.

use printpdf::{FontId, ParsedFont};

use super::ReportError;

/// The weight a piece of text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weight {
    /// Body text.
    Regular,
    /// Headings, labels, table headers.
    Bold,
}

/// One font face: its PDF font, which also gives its metrics.
#[derive(Debug, Clone)]
pub(crate) struct Face {
    /// The resource name in the PDF; its first six letters tag the subset.
    pub(crate) id: FontId,
    /// The font as printpdf embeds it, and as layout measures it.
    pub(crate) parsed: ParsedFont,
    /// Font units per em.
    units_per_em: f32,
}

/// The faces of the report, each weight with its fallbacks in order.
#[derive(Debug, Clone)]
pub struct Fonts {
    faces: Vec<Face>,
    regular: Vec<usize>,
    bold: Vec<usize>,
    /// Set in place of a character no face has, so nothing invisible is printed.
    replacement: char,
}

/// The character shown for one no font has.
const REPLACEMENT: char = '\u{FFFD}';

impl Fonts {
    /// The fonts shipped in `assets/fonts/`: Noto Sans, then Noto Sans Armenian.
    pub fn bundled() -> Result<Self, ReportError> {
        Self::new(
            &[
                (
                    "NotoSans-Regular",
                    include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf"),
                ),
                (
                    "NotoSansArmenian-Regular",
                    include_bytes!("../../../../assets/fonts/NotoSansArmenian-Regular.ttf"),
                ),
            ],
            &[
                (
                    "NotoSans-Bold",
                    include_bytes!("../../../../assets/fonts/NotoSans-Bold.ttf"),
                ),
                (
                    "NotoSansArmenian-Bold",
                    include_bytes!("../../../../assets/fonts/NotoSansArmenian-Bold.ttf"),
                ),
            ],
        )
    }

    /// Fonts from TrueType data: each weight's faces, named, in fallback order.
    pub fn new(regular: &[(&str, &[u8])], bold: &[(&str, &[u8])]) -> Result<Self, ReportError> {
        if regular.is_empty() || bold.is_empty() {
            return Err(ReportError::Font {
                name: String::new(),
                reason: "each weight needs at least one font".to_owned(),
            });
        }
        let mut faces = Vec::new();
        let mut load = |list: &[(&str, &[u8])]| -> Result<Vec<usize>, ReportError> {
            list.iter()
                .map(|&(name, bytes)| {
                    faces.push(Face::load(name, bytes, faces.len())?);
                    Ok(faces.len() - 1)
                })
                .collect()
        };
        let regular = load(regular)?;
        let bold = load(bold)?;
        let replacement = if faces[regular[0]].advance(REPLACEMENT).is_some() {
            REPLACEMENT
        } else {
            '?'
        };
        Ok(Self {
            faces,
            regular,
            bold,
            replacement,
        })
    }

    pub(crate) fn faces(&self) -> &[Face] {
        &self.faces
    }

    /// The face a character is set in, its advance at `size` points, and the
    /// character actually printed (the replacement when no face has it).
    pub(crate) fn glyph(&self, c: char, weight: Weight, size: f32) -> (usize, f32, char) {
        self.glyph_near(c, weight, size, None)
    }

    /// Like [`Fonts::glyph`], but staying in face `near` (the face of the character
    /// before) when it has the character and the weight: a space between two
    /// Armenian words then does not switch fonts twice.
    pub(crate) fn glyph_near(
        &self,
        c: char,
        weight: Weight,
        size: f32,
        near: Option<usize>,
    ) -> (usize, f32, char) {
        let order = match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        };
        let nearby = near.filter(|i| order.contains(i));
        for index in nearby.into_iter().chain(order.iter().copied()) {
            let face = &self.faces[index];
            if let Some(advance) = face.advance(c) {
                return (index, face.points(advance, size), c);
            }
        }
        let face = &self.faces[order[0]];
        let advance = face.advance(self.replacement).unwrap_or(0);
        (order[0], face.points(advance, size), self.replacement)
    }

    /// The width of `text` set on one line.
    pub(crate) fn width(&self, text: &str, weight: Weight, size: f32) -> f32 {
        text.chars().map(|c| self.glyph(c, weight, size).1).sum()
    }
}

impl Face {
    fn load(name: &str, bytes: &[u8], index: usize) -> Result<Self, ReportError> {
        let error = |reason: &str| ReportError::Font {
            name: name.to_owned(),
            reason: reason.to_owned(),
        };
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings)
            .ok_or_else(|| error("printpdf cannot read it"))?;
        if parsed.cmap_subtable.is_none() {
            return Err(error("it maps no Unicode characters"));
        }
        let units_per_em = parsed.pdf_font_metrics.units_per_em;
        if units_per_em == 0 {
            return Err(error("its head table gives 0 units per em"));
        }
        Ok(Self {
            id: FontId(subset_tag(index)),
            parsed,
            units_per_em: f32::from(units_per_em),
        })
    }

    /// The advance of `c` in font units, if the face has a glyph for it: the glyph
    /// printpdf will write for `c`, so what is measured is what is printed.
    fn advance(&self, c: char) -> Option<u16> {
        let glyph = self.parsed.lookup_glyph_index(u32::from(c))?;
        Some(self.parsed.get_horizontal_advance(glyph))
    }

    /// An advance in font units as points at `size`.
    fn points(&self, advance: u16, size: f32) -> f32 {
        f32::from(advance) * size / self.units_per_em
    }
}

/// Six capital letters per face (`RBRAAA`, `RBRAAB`...): PDF subset tags must be
/// six letters, and fixed names keep the output the same from run to run.
fn subset_tag(index: usize) -> String {
    let letter = |n: usize| char::from(b'A' + u8::try_from(n % 26).unwrap_or(0));
    format!(
        "RBR{}{}{}",
        letter(index / 676),
        letter(index / 26),
        letter(index)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_script_falls_back_to_the_face_that_has_it() {
        let fonts = Fonts::bundled().expect("bundled fonts load");
        let (latin, a_width, _) = fonts.glyph('A', Weight::Regular, 10.0);
        let (armenian, _, _) = fonts.glyph('Ա', Weight::Regular, 10.0);
        let (bold_armenian, _, _) = fonts.glyph('Ա', Weight::Bold, 10.0);
        assert_ne!(latin, armenian);
        assert_ne!(armenian, bold_armenian);
        assert!(a_width > 5.0 && a_width < 8.0, "{a_width}");
        // Digits exist only in Noto Sans.
        assert_eq!(fonts.glyph('7', Weight::Regular, 10.0).0, latin);
    }

    #[test]
    fn a_character_no_face_has_is_replaced_visibly() {
        let fonts = Fonts::bundled().expect("bundled fonts load");
        let (_, width, shown) = fonts.glyph('\u{10FFFD}', Weight::Regular, 10.0);
        assert_ne!(shown, '\u{10FFFD}');
        assert!(width > 0.0);
    }

    #[test]
    fn subset_tags_are_six_distinct_capitals() {
        let tags: Vec<String> = (0..30).map(subset_tag).collect();
        for tag in &tags {
            assert_eq!(tag.len(), 6);
            assert!(tag.chars().all(|c| c.is_ascii_uppercase()), "{tag}");
        }
        let unique: std::collections::HashSet<_> = tags.iter().collect();
        assert_eq!(unique.len(), tags.len());
    }
}
