//! The fonts the report is set in, with the glyph metrics that layout measures text by.
//!
//! No single bundled font covers both Latin and Armenian. Every face is parsed
//! once, here; layout reads its glyph map and advances from that parse, and the
//! PDF writer prints the same glyphs, so the face a character is measured in is
//! the face it is printed with. Each character is set in the first face of its
//! weight that has a glyph for it: that is what lets one line mix English and
//! Armenian. The font files are compiled in once, for the report and the app.

use std::collections::HashMap;

use super::ReportError;

/// Noto Sans, regular: Latin, Cyrillic, Greek, digits and punctuation.
pub const NOTO_SANS: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans, bold.
pub const NOTO_SANS_BOLD: &[u8] = include_bytes!("../../../../assets/fonts/NotoSans-Bold.ttf");
/// Noto Sans Armenian, regular.
pub const NOTO_SANS_ARMENIAN: &[u8] =
    include_bytes!("../../../../assets/fonts/NotoSansArmenian-Regular.ttf");
/// Noto Sans Armenian, bold.
pub const NOTO_SANS_ARMENIAN_BOLD: &[u8] =
    include_bytes!("../../../../assets/fonts/NotoSansArmenian-Bold.ttf");

/// The weight a piece of text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weight {
    /// Body text.
    Regular,
    /// Headings, labels, table headers.
    Bold,
}

/// One font face: its bytes, its glyph map and the metrics its PDF font states.
#[derive(Debug, Clone)]
pub(crate) struct Face {
    /// The resource name in the PDF, also the six letters that tag its subset.
    pub(crate) id: String,
    /// The PostScript name, which the PDF's font name carries.
    pub(crate) name: String,
    /// The font file.
    pub(crate) bytes: &'static [u8],
    /// Each character the face maps: its glyph and that glyph's advance.
    glyphs: HashMap<char, (u16, u16)>,
    /// Font units per em.
    pub(crate) units_per_em: u16,
    /// Ascender, descender and capital height, in font units.
    pub(crate) ascent: i16,
    pub(crate) descent: i16,
    pub(crate) cap_height: i16,
    /// The bounding box of all glyphs: left, bottom, right, top, in font units.
    pub(crate) bbox: [i16; 4],
    /// Whether the face is bold (the PDF's stem width estimate uses it).
    pub(crate) bold: bool,
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
                ("NotoSans-Regular", NOTO_SANS),
                ("NotoSansArmenian-Regular", NOTO_SANS_ARMENIAN),
            ],
            &[
                ("NotoSans-Bold", NOTO_SANS_BOLD),
                ("NotoSansArmenian-Bold", NOTO_SANS_ARMENIAN_BOLD),
            ],
        )
    }

    /// Fonts from TrueType data: each weight's faces, named, in fallback order.
    pub fn new(
        regular: &[(&str, &'static [u8])],
        bold: &[(&str, &'static [u8])],
    ) -> Result<Self, ReportError> {
        if regular.is_empty() || bold.is_empty() {
            return Err(ReportError::Font {
                name: String::new(),
                reason: "each weight needs at least one font".to_owned(),
            });
        }
        let mut faces = Vec::new();
        let mut load = |list: &[(&str, &'static [u8])], bold| -> Result<Vec<usize>, ReportError> {
            list.iter()
                .map(|&(name, bytes)| {
                    faces.push(Face::load(name, bytes, faces.len(), bold)?);
                    Ok(faces.len() - 1)
                })
                .collect()
        };
        let regular = load(regular, false)?;
        let bold = load(bold, true)?;
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
    fn load(
        name: &str,
        bytes: &'static [u8],
        index: usize,
        bold: bool,
    ) -> Result<Self, ReportError> {
        let error = |reason: &str| ReportError::Font {
            name: name.to_owned(),
            reason: reason.to_owned(),
        };
        let face = ttf_parser::Face::parse(bytes, 0).map_err(|e| error(&e.to_string()))?;
        let units_per_em = face.units_per_em();
        if units_per_em == 0 {
            return Err(error("its head table gives 0 units per em"));
        }
        let mut glyphs = HashMap::new();
        let cmap = face
            .tables()
            .cmap
            .ok_or_else(|| error("it has no cmap table"))?;
        for subtable in cmap.subtables.into_iter().filter(|s| s.is_unicode()) {
            subtable.codepoints(|code| {
                let glyph =
                    char::from_u32(code).and_then(|c| Some((c, subtable.glyph_index(code)?)));
                if let Some((c, glyph)) = glyph
                    && glyph.0 != 0
                {
                    let advance = face.glyph_hor_advance(glyph).unwrap_or(0);
                    glyphs.entry(c).or_insert((glyph.0, advance));
                }
            });
        }
        if glyphs.is_empty() {
            return Err(error("it maps no Unicode characters"));
        }
        let rect = face.global_bounding_box();
        let postscript = face
            .names()
            .into_iter()
            .find(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME && n.is_unicode())
            .and_then(|n| n.to_string())
            .unwrap_or_else(|| name.to_owned());
        Ok(Self {
            id: subset_tag(index),
            name: postscript
                .chars()
                .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect(),
            bytes,
            glyphs,
            units_per_em,
            ascent: face.ascender(),
            descent: face.descender(),
            cap_height: face.capital_height().unwrap_or_else(|| face.ascender()),
            bbox: [rect.x_min, rect.y_min, rect.x_max, rect.y_max],
            bold,
        })
    }

    /// The glyph of `c` and its advance in font units, if the face has it: what
    /// layout measures and what the PDF prints.
    pub(crate) fn glyph(&self, c: char) -> Option<(u16, u16)> {
        self.glyphs.get(&c).copied()
    }

    /// The advance of `c` in font units, if the face has a glyph for it.
    fn advance(&self, c: char) -> Option<u16> {
        self.glyph(c).map(|(_, advance)| advance)
    }

    /// An advance in font units as points at `size`.
    fn points(&self, advance: u16, size: f32) -> f32 {
        f32::from(advance) * size / f32::from(self.units_per_em)
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
