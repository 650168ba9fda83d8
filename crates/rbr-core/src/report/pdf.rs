//! The report as PDF bytes: its sections laid out on A4 pages, then the running
//! header and footer, the outline, the metadata and the empty signature field of
//! the approval block. No disk, no clock.

use printpdf::{Mm, PageAnnotId, PageAnnotation, PdfDocument, PdfFont, PdfPage, PdfSaveOptions};

use super::canvas::{Canvas, Furniture, Laid, SignatureSpot, page_furniture};
use super::fonts::Fonts;
use super::{Report, sections};
use crate::tl;

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
    let pages = pages
        .into_iter()
        .enumerate()
        .map(|(i, mut ops)| {
            ops.extend(page_furniture(fonts, &furniture, i + 1, count));
            PdfPage::new(Mm(210.0), Mm(297.0), ops)
        })
        .collect();
    let mut doc = PdfDocument::new(&report.title);
    for face in fonts.faces() {
        doc.resources
            .fonts
            .map
            .insert(face.id.clone(), PdfFont::new(face.parsed.clone()));
    }
    for (i, (title, page)) in bookmarks.iter().enumerate() {
        doc.bookmarks.map.insert(
            PageAnnotId(format!("outline-{i:04}")),
            PageAnnotation {
                name: title.clone(),
                page: *page,
            },
        );
    }
    let info = &mut doc.metadata.info;
    info.author = match (report.assessor.is_empty(), report.organisation.is_empty()) {
        (false, false) => format!("{}, {}", report.assessor, report.organisation),
        (false, true) => report.assessor.clone(),
        _ => report.organisation.clone(),
    };
    info.subject = tl!(
        lang,
        "report-subject",
        questionnaire = &report.questionnaire_id,
        version = &report.questionnaire_version,
    );
    info.creator = format!("rbr {}", env!("CARGO_PKG_VERSION"));
    info.producer = format!("rbr {} with printpdf", env!("CARGO_PKG_VERSION"));
    info.keywords = vec![
        "NATO".to_owned(),
        tl!(lang, "report-keyword-resilience"),
        tl!(lang, "report-keyword-baseline"),
    ];
    info.keywords.extend(report.classification.clone());
    let at = pdf_date(report.date);
    info.creation_date = at;
    info.modification_date = at;
    info.metadata_date = at;
    info.identifier = report.fingerprint.clone();
    let pages: Vec<PdfPage> = pages;
    doc.with_pages(pages);
    save(&doc, report, signature)
}

fn pdf_date(date: time::Date) -> printpdf::OffsetDateTime {
    printpdf::OffsetDateTime::new_in_offset(
        printpdf::Date {
            year: date.year(),
            month: u8::from(date.month()),
            day: date.day(),
        },
        printpdf::Time {
            hour: 0,
            minute: 0,
            second: 0,
            millisecond: 0,
        },
        printpdf::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    )
}

/// Serialises the document with a file identifier derived from its content:
/// printpdf draws the identifier from a process-wide counter, which would make
/// two renderings in one process differ.
fn save(doc: &PdfDocument, report: &Report, signature: Option<SignatureSpot>) -> Vec<u8> {
    let mut warnings = Vec::new();
    let mut pdf = doc.to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
    claim_no_standard(&mut pdf);
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
    let id = lopdf::Object::String(id.as_bytes()[..32].to_vec(), lopdf::StringFormat::Literal);
    pdf.trailer
        .set("ID", lopdf::Object::Array(vec![id.clone(), id]));
    pdf.compress();
    let mut bytes = Vec::new();
    // Writing to memory cannot fail.
    let _ = pdf.save_to(&mut bytes);
    bytes
}

/// Removes the PDF/X version key printpdf writes into the document information
/// (empty, but a claim all the same): the report conforms to no PDF/X or PDF/A
/// standard, so it claims none.
fn claim_no_standard(pdf: &mut lopdf::Document) {
    let info = pdf
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        .ok();
    if let Some(dict) = info.and_then(|id| pdf.get_dictionary_mut(id).ok()) {
        dict.remove(b"GTS_PDFXVersion");
    }
}

/// The name of the approval block's signature field, as PDF signers list it.
pub const SIGNATURE_FIELD: &str = "Approval";

/// Adds an empty signature field (AcroForm `/FT /Sig`) with its widget over
/// `spot`, so that an official signs the report in any PDF signer and the
/// signature lands in the approval block. Signing appends a revision and keeps
/// these bytes as they are.
fn add_signature_field(pdf: &mut lopdf::Document, spot: SignatureSpot, tooltip: &str) {
    use lopdf::{Dictionary, Object, StringFormat};
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
