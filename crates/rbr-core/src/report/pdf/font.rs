//! Each face the report uses, embedded as a subset: a Type 0 font over a
//! CID-keyed TrueType font, its glyphs numbered as in the subset, with the widths
//! layout measured and a map back to Unicode so the text can be searched and copied.

use std::fmt::Write as _;

use lopdf::{Dictionary, Document, Object, ObjectId, Stream};

use super::content::Used;
use crate::report::fonts::Face;

/// Embeds `face`, of which `used` lists the glyphs printed, and returns the
/// Type 0 font to name in page resources.
pub(super) fn embed(doc: &mut Document, face: &Face, used: &Used) -> ObjectId {
    let base = format!("{}+{}", face.id, face.name);
    // PDF font metrics are in thousandths of an em.
    let per_mille = |units: f32| Object::Real(units * 1000.0 / f32::from(face.units_per_em));
    let em = |units: i16| per_mille(f32::from(units));
    // The subset numbers glyphs as the content streams do. Should the subsetter
    // ever refuse the face, the whole face goes in, with a map from the content's
    // numbers to the face's own.
    let (program, cid_to_gid) = match subsetter::subset(face.bytes, 0, &used.remapper) {
        Ok(subset) => (subset, Object::Name(b"Identity".to_vec())),
        Err(_) => {
            let map: Vec<u8> = used
                .remapper
                .remapped_gids()
                .flat_map(u16::to_be_bytes)
                .collect();
            let map = doc.add_object(Stream::new(Dictionary::new(), map));
            (face.bytes.to_vec(), Object::Reference(map))
        }
    };
    let mut file = Dictionary::new();
    file.set(
        "Length1",
        Object::Integer(i64::try_from(program.len()).unwrap_or(0)),
    );
    let file = doc.add_object(Stream::new(file, program));

    let [left, bottom, right, top] = face.bbox;
    let mut descriptor = Dictionary::new();
    descriptor.set("Type", Object::Name(b"FontDescriptor".to_vec()));
    descriptor.set("FontName", Object::Name(base.as_bytes().to_vec()));
    // Non-symbolic: the glyphs are Latin or Armenian letters.
    descriptor.set("Flags", Object::Integer(32));
    descriptor.set(
        "FontBBox",
        Object::Array(vec![em(left), em(bottom), em(right), em(top)]),
    );
    descriptor.set("ItalicAngle", Object::Integer(0));
    descriptor.set("Ascent", em(face.ascent));
    descriptor.set("Descent", em(face.descent));
    descriptor.set("CapHeight", em(face.cap_height));
    descriptor.set("StemV", Object::Integer(if face.bold { 120 } else { 80 }));
    descriptor.set("FontFile2", Object::Reference(file));
    let descriptor = doc.add_object(descriptor);

    let widths: Vec<Object> = (0..used.remapper.num_gids())
        .map(|glyph| {
            let advance = used.glyphs.get(&glyph).map_or(0, |&(_, advance)| advance);
            per_mille(f32::from(advance))
        })
        .collect();
    let mut system = Dictionary::new();
    system.set("Registry", Object::string_literal("Adobe"));
    system.set("Ordering", Object::string_literal("Identity"));
    system.set("Supplement", Object::Integer(0));
    let mut cid_font = Dictionary::new();
    cid_font.set("Type", Object::Name(b"Font".to_vec()));
    cid_font.set("Subtype", Object::Name(b"CIDFontType2".to_vec()));
    cid_font.set("BaseFont", Object::Name(base.as_bytes().to_vec()));
    cid_font.set("CIDSystemInfo", Object::Dictionary(system));
    cid_font.set("FontDescriptor", Object::Reference(descriptor));
    cid_font.set(
        "W",
        Object::Array(vec![Object::Integer(0), Object::Array(widths)]),
    );
    cid_font.set("CIDToGIDMap", cid_to_gid);
    let cid_font = doc.add_object(cid_font);

    let to_unicode = doc.add_object(Stream::new(
        Dictionary::new(),
        to_unicode(used).into_bytes(),
    ));
    let mut font = Dictionary::new();
    font.set("Type", Object::Name(b"Font".to_vec()));
    font.set("Subtype", Object::Name(b"Type0".to_vec()));
    font.set("BaseFont", Object::Name(base.into_bytes()));
    font.set("Encoding", Object::Name(b"Identity-H".to_vec()));
    font.set(
        "DescendantFonts",
        Object::Array(vec![Object::Reference(cid_font)]),
    );
    font.set("ToUnicode", Object::Reference(to_unicode));
    doc.add_object(font)
}

/// The CMap from the subset's glyph numbers to the characters they print.
fn to_unicode(used: &Used) -> String {
    let mut cmap = String::from(
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
         /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
         /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
         1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
    );
    let entries: Vec<_> = used
        .glyphs
        .iter()
        .filter(|(glyph, _)| **glyph != 0)
        .collect();
    // A CMap lists at most 100 entries per block.
    for block in entries.chunks(100) {
        let _ = writeln!(cmap, "{} beginbfchar", block.len());
        for (glyph, (c, _)) in block {
            let mut units = [0u16; 2];
            let hex: String = c
                .encode_utf16(&mut units)
                .iter()
                .map(|unit| format!("{unit:04X}"))
                .collect();
            let _ = writeln!(cmap, "<{glyph:04X}> <{hex}>");
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    cmap
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_unicode_map_names_each_glyph_and_skips_notdef() {
        let mut used = Used::default();
        for (c, glyph) in [('A', 36), ('Ա', 5), ('😀', 9)] {
            let new = used.remapper.remap(glyph);
            used.glyphs.insert(new, (c, 600));
        }
        used.glyphs.insert(0, ('\u{FFFD}', 0));
        let cmap = to_unicode(&used);
        assert!(cmap.contains("3 beginbfchar"), "{cmap}");
        assert!(cmap.contains("<0001> <0041>"), "{cmap}");
        assert!(cmap.contains("<0002> <0531>"), "{cmap}");
        assert!(cmap.contains("<0003> <D83DDE00>"), "{cmap}");
        assert!(!cmap.contains("<0000>  "), "{cmap}");
    }
}
