//! The report as PDF bytes: its sections laid out on A4 pages, then the running
//! header and footer, the outline, the metadata and the empty signature field of
//! the approval block. No disk, no clock.
//!
//! The document is written directly with lopdf: each face embedded once as a
//! subset of the glyphs printed (typst's `subsetter`), text as glyph numbers with
//! a map back to Unicode, and nothing claimed that the file does not do (no PDF/A
//! or PDF/X metadata).

mod content;
mod font;

use lopdf::{Dictionary, Document, Object, ObjectId, Stream, StringFormat};

use super::canvas::{Canvas, Furniture, Laid, Op, SignatureSpot, page_furniture};
use super::fonts::Fonts;
use super::{Report, sections};
use crate::tl;

/// A4 in points.
const A4: [f32; 2] = [595.276, 841.89];

/// Lays out `report` and returns the PDF file's bytes. The same report and fonts
/// always give the same bytes.
pub fn render_pdf(report: &Report, fonts: &Fonts) -> Vec<u8> {
    let mut canvas = Canvas::new(fonts);
    sections::lay_out(&mut canvas, report);
    assemble(report, fonts, canvas.finish())
}

/// The PDF document: pages with their header and footer, outline, metadata.
fn assemble(report: &Report, fonts: &Fonts, laid: Laid) -> Vec<u8> {
    let Laid {
        pages,
        bookmarks,
        signature,
    } = laid;
    let count = pages.len();
    let lang = report.language;
    let date = tl!(lang, "report-running-date", date = report.date_numeric());
    let page_of =
        |number: usize, count: usize| tl!(lang, "report-page-of", number = number, count = count);
    let furniture = Furniture {
        marking: report.classification.as_deref(),
        title: &report.title,
        top_right: &date,
        bottom_left: &report.organisation,
        page_of: &page_of,
    };
    let pages: Vec<Vec<Op>> = pages
        .into_iter()
        .enumerate()
        .map(|(i, mut ops)| {
            ops.extend(page_furniture(fonts, &furniture, i + 1, count));
            ops
        })
        .collect();
    let mut doc = Document::with_version("1.7");
    let (pages_root, page_ids) = write_pages(&mut doc, fonts, &pages);
    let outline = write_outline(&mut doc, &bookmarks, &page_ids);
    let info = write_info(&mut doc, report);
    let mut catalog = Dictionary::new();
    catalog.set("Type", Object::Name(b"Catalog".to_vec()));
    catalog.set("Pages", Object::Reference(pages_root));
    catalog.set("Lang", Object::string_literal(lang.code()));
    if let Some(outline) = outline {
        catalog.set("Outlines", Object::Reference(outline));
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    }
    let catalog = doc.add_object(catalog);
    doc.trailer.set("Root", Object::Reference(catalog));
    doc.trailer.set("Info", Object::Reference(info));
    save(doc, report, signature)
}

/// The pages, their content streams and the fonts they use; returns the page
/// tree's root and the pages' ids in order.
fn write_pages(doc: &mut Document, fonts: &Fonts, pages: &[Vec<Op>]) -> (ObjectId, Vec<ObjectId>) {
    let mut writer = content::Writer::new(fonts);
    let streams: Vec<Vec<u8>> = pages.iter().map(|ops| writer.page(ops)).collect();
    let mut font_resources = Dictionary::new();
    for (face, used) in fonts.faces().iter().zip(&writer.used) {
        if let Some(used) = used {
            let id = font::embed(doc, face, used);
            font_resources.set(face.id.as_bytes().to_vec(), Object::Reference(id));
        }
    }
    let mut resources = Dictionary::new();
    resources.set("Font", Object::Dictionary(font_resources));
    let resources = doc.add_object(resources);
    let root = doc.new_object_id();
    let ids: Vec<ObjectId> = streams
        .into_iter()
        .map(|stream| {
            let contents = doc.add_object(Stream::new(Dictionary::new(), stream));
            let mut page = Dictionary::new();
            page.set("Type", Object::Name(b"Page".to_vec()));
            page.set("Parent", Object::Reference(root));
            page.set("Resources", Object::Reference(resources));
            page.set("Contents", Object::Reference(contents));
            doc.add_object(page)
        })
        .collect();
    let mut tree = Dictionary::new();
    tree.set("Type", Object::Name(b"Pages".to_vec()));
    tree.set(
        "Kids",
        Object::Array(ids.iter().map(|&id| Object::Reference(id)).collect()),
    );
    tree.set(
        "Count",
        Object::Integer(i64::try_from(ids.len()).unwrap_or(0)),
    );
    tree.set(
        "MediaBox",
        Object::Array(vec![
            Object::Integer(0),
            Object::Integer(0),
            Object::Real(A4[0]),
            Object::Real(A4[1]),
        ]),
    );
    doc.objects.insert(root, Object::Dictionary(tree));
    (root, ids)
}

/// The outline (bookmarks): one entry per section, each opening its page at the
/// top; none when there are no sections.
fn write_outline(
    doc: &mut Document,
    bookmarks: &[(String, usize)],
    pages: &[ObjectId],
) -> Option<ObjectId> {
    if bookmarks.is_empty() {
        return None;
    }
    let root = doc.new_object_id();
    let ids: Vec<ObjectId> = bookmarks.iter().map(|_| doc.new_object_id()).collect();
    for (i, (title, page)) in bookmarks.iter().enumerate() {
        let page = pages
            .get(page.saturating_sub(1))
            .or(pages.last())
            .copied()
            .unwrap_or((0, 0));
        let mut item = Dictionary::new();
        item.set("Title", lopdf::text_string(title));
        item.set("Parent", Object::Reference(root));
        if let Some(&previous) = i.checked_sub(1).and_then(|p| ids.get(p)) {
            item.set("Prev", Object::Reference(previous));
        }
        if let Some(&next) = ids.get(i + 1) {
            item.set("Next", Object::Reference(next));
        }
        item.set(
            "Dest",
            Object::Array(vec![
                Object::Reference(page),
                Object::Name(b"XYZ".to_vec()),
                Object::Null,
                Object::Real(A4[1]),
                Object::Null,
            ]),
        );
        doc.objects.insert(ids[i], Object::Dictionary(item));
    }
    let mut outline = Dictionary::new();
    outline.set("Type", Object::Name(b"Outlines".to_vec()));
    outline.set("First", Object::Reference(ids[0]));
    outline.set("Last", Object::Reference(ids[ids.len() - 1]));
    outline.set(
        "Count",
        Object::Integer(i64::try_from(ids.len()).unwrap_or(0)),
    );
    doc.objects.insert(root, Object::Dictionary(outline));
    Some(root)
}

/// The document information: title, author, subject, keywords, dates, and the
/// assessment file's fingerprint as its identifier.
fn write_info(doc: &mut Document, report: &Report) -> ObjectId {
    let lang = report.language;
    let author = match (report.assessor.is_empty(), report.organisation.is_empty()) {
        (false, false) => format!("{}, {}", report.assessor, report.organisation),
        (false, true) => report.assessor.clone(),
        _ => report.organisation.clone(),
    };
    let subject = tl!(
        lang,
        "report-subject",
        questionnaire = &report.questionnaire_id,
        version = &report.questionnaire_version,
    );
    let mut keywords = vec![
        "NATO".to_owned(),
        tl!(lang, "report-keyword-resilience"),
        tl!(lang, "report-keyword-baseline"),
    ];
    keywords.extend(report.classification.clone());
    let date = report.date;
    let at = format!(
        "D:{:04}{:02}{:02}000000+00'00'",
        date.year(),
        u8::from(date.month()),
        date.day()
    );
    let mut info = Dictionary::new();
    info.set("Title", lopdf::text_string(&report.title));
    info.set("Author", lopdf::text_string(&author));
    info.set("Subject", lopdf::text_string(&subject));
    info.set("Keywords", lopdf::text_string(&keywords.join(", ")));
    info.set(
        "Creator",
        lopdf::text_string(&format!("rbr {}", env!("CARGO_PKG_VERSION"))),
    );
    info.set(
        "Producer",
        lopdf::text_string(&format!("rbr {} with lopdf", env!("CARGO_PKG_VERSION"))),
    );
    info.set("CreationDate", Object::string_literal(at.clone()));
    info.set("ModDate", Object::string_literal(at));
    info.set("Identifier", lopdf::text_string(&report.fingerprint));
    doc.add_object(info)
}

/// Serialises the document with a file identifier derived from its content, so
/// that the same report always gives the same bytes.
fn save(mut pdf: Document, report: &Report, signature: Option<SignatureSpot>) -> Vec<u8> {
    if let Some(spot) = signature {
        let tooltip = tl!(report.language, "report-signature-field");
        add_signature_field(&mut pdf, spot, &tooltip);
    }
    let id = crate::hash::fingerprint(
        format!(
            "{}|{}|{}",
            report.fingerprint,
            report.date_text(),
            report.title
        )
        .as_bytes(),
    );
    let id = Object::String(id.as_bytes()[..32].to_vec(), StringFormat::Literal);
    pdf.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    pdf.compress();
    let mut bytes = Vec::new();
    // Writing to memory cannot fail.
    let _ = pdf.save_to(&mut bytes);
    bytes
}

/// The name of the approval block's signature field, as PDF signers list it.
pub const SIGNATURE_FIELD: &str = "Approval";

/// Adds an empty signature field (AcroForm `/FT /Sig`) with its widget over
/// `spot`, so that an official signs the report in any PDF signer and the
/// signature lands in the approval block. Signing appends a revision and keeps
/// these bytes as they are.
fn add_signature_field(pdf: &mut Document, spot: SignatureSpot, tooltip: &str) {
    let Some(&page) = pdf.get_pages().values().nth(spot.page) else {
        return;
    };
    let [left, bottom, right, top] = spot.rect;
    let mut widget = Dictionary::new();
    widget.set("Type", Object::Name(b"Annot".to_vec()));
    widget.set("Subtype", Object::Name(b"Widget".to_vec()));
    widget.set("FT", Object::Name(b"Sig".to_vec()));
    widget.set(
        "T",
        Object::String(SIGNATURE_FIELD.as_bytes().to_vec(), StringFormat::Literal),
    );
    widget.set("TU", lopdf::text_string(tooltip));
    widget.set(
        "Rect",
        Object::Array(
            [left, bottom, right, top]
                .into_iter()
                .map(Object::Real)
                .collect(),
        ),
    );
    // Printed, never hidden.
    widget.set("F", Object::Integer(4));
    widget.set("P", Object::Reference(page));
    let field = pdf.add_object(widget);
    if let Ok(page) = pdf.get_dictionary_mut(page) {
        match page.get_mut(b"Annots") {
            Ok(Object::Array(annots)) => annots.push(Object::Reference(field)),
            _ => page.set("Annots", Object::Array(vec![Object::Reference(field)])),
        }
    }
    let mut form = Dictionary::new();
    form.set("Fields", Object::Array(vec![Object::Reference(field)]));
    let form = pdf.add_object(form);
    if let Ok(catalog) = pdf.catalog_mut() {
        catalog.set("AcroForm", Object::Reference(form));
    }
}
