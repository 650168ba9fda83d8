//! Shared by every section's tests: the assessment fixtures (generated and worked
//! out by hand), rendering them, reading the PDF back as text, the check that
//! nothing lies outside the page, and a file taken through review.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use lopdf::{Document, Object};
use rbr::assessment::{Assessment, AssessmentFile};
use rbr::i18n::Language;
use rbr::questionnaire::Questionnaire;
use rbr::report::pdf_for;
use serde_json::json;
use sha2::{Digest, Sha256};

pub(crate) fn one_decimal(value: f64) -> String {
    rbr::i18n::format::decimal(rbr::i18n::Language::En, value, 1)
}

/// A4 in points, and the side margin the report keeps.
const PAGE_WIDTH: f32 = 595.276;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN: f32 = 56.69;

/// How a fixture answers each question.
#[derive(Clone, Copy)]
pub(crate) enum Answers {
    /// Levels cycling through 0..=4, a few N/A.
    Mixed,
    /// Nothing answered.
    None,
    /// Everything not applicable.
    AllNotApplicable,
}

pub(crate) struct Fixture {
    pub(crate) organisation: &'static str,
    pub(crate) language: &'static str,
    pub(crate) scope: Option<Vec<&'static str>>,
    pub(crate) answers: Answers,
    /// Evidence, notes and justifications: this text, repeated to this length.
    pub(crate) text: &'static str,
    pub(crate) text_len: usize,
    pub(crate) modified: &'static str,
}

impl Default for Fixture {
    fn default() -> Self {
        Self {
            organisation: "Ministry of Example Affairs",
            language: "en",
            scope: None,
            answers: Answers::Mixed,
            text: "Plan approved by order 41/2025; exercise report EX-7 (May 2026). ",
            text_len: 0,
            modified: "2026-11-27T16:30:00Z",
        }
    }
}

fn long(text: &str, len: usize) -> String {
    if len == 0 {
        return text.trim().to_owned();
    }
    text.chars().cycle().take(len).collect()
}

/// The bytes of an assessment file, as saved.
pub(crate) fn fixture(f: &Fixture) -> Vec<u8> {
    let questionnaire = Questionnaire::built_in();
    let text = long(f.text, f.text_len);
    let mut answers = serde_json::Map::new();
    for (i, question) in questionnaire.questions().enumerate() {
        let answer = match f.answers {
            Answers::None => continue,
            Answers::AllNotApplicable => {
                json!({"not_applicable": true, "justification": text, "notes": text})
            }
            Answers::Mixed if i % 11 == 5 => {
                json!({"not_applicable": true, "justification": text})
            }
            Answers::Mixed => json!({"level": i % 5, "evidence": text, "notes": text}),
        };
        answers.insert(question.id.to_string(), answer);
    }
    let mut meta = json!({
        "title": "National resilience self-assessment 2026",
        "organisation": f.organisation,
        "assessor": "Head of Resilience Planning",
        "created": "2026-11-02T09:00:00Z",
        "modified": f.modified,
        "language": f.language,
        "classification": "UNCLASSIFIED",
        "status": "submitted",
    });
    if let Some(scope) = &f.scope {
        meta["scope"] = json!(scope);
    }
    let file = json!({
        "format": "rbr-assessment",
        "format_version": 1,
        "questionnaire": {"id": "nato-rbr", "version": "1.0.0"},
        "meta": meta,
        "targets": {"BR2.3": 4},
        "answers": answers,
    });
    serde_json::to_vec_pretty(&file).expect("fixture serialises")
}

/// The questionnaire as it was at 1.0.0: the hand-computed figures below were worked
/// out with its weights, critical flags and targets.
pub(crate) fn questionnaire_1_0() -> Questionnaire {
    Questionnaire::from_json(include_str!("../fixtures/nato-rbr-1.0.0.json")).expect("1.0.0")
}

/// Renders under the 1.0.0 questionnaire.
pub(crate) fn render_v1(bytes: &[u8]) -> Vec<u8> {
    pdf_for(&questionnaire_1_0(), &read(bytes), None, None).expect("report renders")
}

/// The assessment file in `bytes`, as rbr reads it.
pub(crate) fn read(bytes: &[u8]) -> AssessmentFile {
    AssessmentFile::parse(bytes.to_vec()).expect("the file parses")
}

pub(crate) fn render(bytes: &[u8]) -> Vec<u8> {
    pdf_for(&Questionnaire::built_in(), &read(bytes), None, None).expect("report renders")
}

/// A text field of the PDF's document information dictionary (Title, Subject...).
pub(crate) fn info_field(doc: &Document, key: &[u8]) -> String {
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .expect("info dictionary");
    lopdf::decode_text_string(info.get(key).expect("info field")).expect("text string")
}

pub(crate) fn parse(pdf: &[u8]) -> Document {
    Document::load_mem(pdf).expect("the report is a PDF lopdf can read")
}

/// The text of every page, whitespace collapsed so that line breaks do not matter.
pub(crate) fn page_texts(doc: &Document) -> Vec<String> {
    doc.get_pages()
        .keys()
        .map(|&n| squash(&doc.extract_text(&[n]).expect("text extracts")))
        .collect()
}

pub(crate) fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

pub(crate) fn all_text(doc: &Document) -> String {
    page_texts(doc).join(" ")
}

pub(crate) fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub(crate) fn temp_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

/// A small assessment whose figures are worked out by hand below, in scope BR1
/// and BR2 of the built-in questionnaire (weights, criticality and default
/// targets as the questionnaire sets them):
///
/// | question | weight | critical | target | answer           | gap | priority      |
/// |----------|--------|----------|--------|------------------|-----|---------------|
/// | BR1.1    | 2      |          | 3      | level 3          |     |               |
/// | BR1.2    | 3      | yes      | 4      | level 1          | 3   | 3 x 3 x 2 = 18 |
/// | BR1.3    | 2      |          | 3      | N/A              |     |               |
/// | BR1.4    | 3      | yes      | 3      | level 4          |     |               |
/// | BR1.5    | 3      | yes      | 3      | level 2          | 1   | 3 x 1 x 2 = 6 |
/// | BR1.6    | 2      |          | 3      | level 0          | 3   | 2 x 3 = 6     |
/// | BR1.7    | 1      |          | 4 (file) | level 2        | 2   | 1 x 2 = 2     |
/// | BR1.8    | 2      |          | 3      | unanswered       |     |               |
/// | BR2.1    | 1      |          | 2      | level 2          |     |               |
/// | BR2.4    | 2      |          | 3      | level 2          | 1   | 2 x 1 = 2     |
/// | BR2.7    | 3      |          | 3      | level 3          |     |               |
/// | BR2.2, 2.3, 2.5, 2.6, 2.8 | |  |        | unanswered       |     |               |
pub(crate) fn hand_computed_assessment() -> Vec<u8> {
    hand_computed_in("en")
}

/// [`hand_computed_assessment`] with `meta.language` set to `language`.
pub(crate) fn hand_computed_in(language: &str) -> Vec<u8> {
    let level = |n: u8| json!({"level": n, "evidence": format!("Evidence at level {n}.")});
    let file = json!({
        "format": "rbr-assessment",
        "format_version": 1,
        "questionnaire": {"id": "nato-rbr", "version": "1.0.0"},
        "meta": {
            "title": "Hand-computed figures",
            "organisation": "Office of Worked Examples",
            "assessor": "Test",
            "created": "2026-11-02T09:00:00Z",
            "modified": "2026-11-27T16:30:00Z",
            "language": language,
            "classification": "UNCLASSIFIED",
            "status": "submitted",
            "scope": ["BR1", "BR2"],
        },
        "targets": {"BR1.7": 4},
        "answers": {
            "BR1.1": level(3),
            "BR1.2": level(1),
            "BR1.3": {"not_applicable": true, "justification": "No federal level exists."},
            "BR1.4": level(4),
            "BR1.5": level(2),
            "BR1.6": level(0),
            "BR1.7": level(2),
            "BR2.1": level(2),
            "BR2.4": level(2),
            "BR2.7": level(3),
        },
    });
    serde_json::to_vec_pretty(&file).expect("fixture serialises")
}

/// The text from `start` up to `end`, both of which must be there.
pub(crate) fn between<'t>(text: &'t str, start: &str, end: &str) -> &'t str {
    let from = text
        .find(start)
        .unwrap_or_else(|| panic!("no {start:?} in:\n{text}"));
    let length = text[from..]
        .find(end)
        .unwrap_or_else(|| panic!("no {end:?} after {start:?}"));
    &text[from..from + length]
}

/// The headings of the hand-computed report's area sections (with the start of
/// the description, which the contents and the chart do not print).
pub(crate) const BR1_SECTION: &str =
    "BR1 Assured continuity of government and critical government services This requirement";
pub(crate) const BR2_SECTION: &str = "BR2 Resilient energy supplies This requirement";

/// Asserts that `needles` occur in `haystack` in this order.
pub(crate) fn assert_in_order(haystack: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        let at = haystack[from..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} missing after byte {from} in:\n{haystack}"));
        from += at + needle.len();
    }
}

pub(crate) fn assert_inside(doc: &Document, name: &str) {
    let problems = outside(doc);
    assert!(
        problems.is_empty(),
        "{name}: {} things outside the margins, the first: {:?}",
        problems.len(),
        &problems[..problems.len().min(5)]
    );
}

/// Every text or rectangle of `doc` that lies outside the page's margins.
pub(crate) fn outside(doc: &Document) -> Vec<String> {
    let mut problems = Vec::new();
    for (&number, &page) in &doc.get_pages() {
        let widths = font_widths(doc, page);
        let content = doc
            .get_and_decode_page_content(page)
            .expect("content decodes");
        let (mut x, mut y, mut size, mut font) = (0.0f32, 0.0f32, 0.0f32, Vec::new());
        let inside_x = |from: f32, to: f32| from >= MARGIN - 0.5 && to <= PAGE_WIDTH - MARGIN + 0.5;
        let inside_y = |from: f32, to: f32| from >= 15.0 && to <= PAGE_HEIGHT - 15.0;
        for op in &content.operations {
            let number_at = |i: usize| {
                op.operands
                    .get(i)
                    .and_then(|o| o.as_float().ok())
                    .unwrap_or(0.0)
            };
            match op.operator.as_str() {
                "BT" => (x, y) = (0.0, 0.0),
                "Td" => (x, y) = (x + number_at(0), y + number_at(1)),
                "Tf" => {
                    font = op.operands[0].as_name().expect("font name").to_vec();
                    size = number_at(1);
                }
                "Tj" | "TJ" => {
                    let Some(Object::String(bytes, _)) = op.operands.first() else {
                        problems.push(format!("page {number}: unexpected text operands"));
                        continue;
                    };
                    let table = widths.get(&font).expect("font of the text");
                    let advance: f32 = bytes
                        .chunks(2)
                        .map(|g| {
                            let gid = u16::from_be_bytes([g[0], *g.get(1).unwrap_or(&0)]);
                            table.get(&gid).copied().unwrap_or(1000.0)
                        })
                        .sum::<f32>()
                        * size
                        / 1000.0;
                    let end = x + advance;
                    if !inside_x(x, end) || !inside_y(y, y) {
                        problems.push(format!("page {number}: text from ({x}, {y}) to x {end}"));
                    }
                    x = end;
                }
                "re" => {
                    let (rx, ry, w, h) = (number_at(0), number_at(1), number_at(2), number_at(3));
                    if !inside_x(rx, rx + w) || !inside_y(ry, ry + h) {
                        problems.push(format!(
                            "page {number}: rectangle {w} x {h} at ({rx}, {ry})"
                        ));
                    }
                }
                _ => {}
            }
        }
    }
    problems
}

/// Glyph widths (per 1000 em) of each font on a page, from the fonts' /W arrays.
fn font_widths(doc: &Document, page: lopdf::ObjectId) -> HashMap<Vec<u8>, HashMap<u16, f32>> {
    let resolve = |o: &Object| -> Object {
        if let Object::Reference(id) = o {
            doc.get_object(*id).expect("object").clone()
        } else {
            o.clone()
        }
    };
    let mut all = HashMap::new();
    for (name, font) in doc.get_page_fonts(page).expect("fonts") {
        let mut table = HashMap::new();
        let descendants = resolve(font.get(b"DescendantFonts").expect("CID font"));
        let descendant = resolve(&descendants.as_array().expect("array")[0]);
        let descendant = descendant.as_dict().expect("dict");
        if let Ok(w) = descendant.get(b"W") {
            let w = resolve(w);
            let items = w.as_array().expect("W array");
            let mut i = 0;
            while i < items.len() {
                let first = items[i].as_i64().expect("first cid") as u16;
                let next = resolve(&items[i + 1]);
                if let Object::Array(list) = &next {
                    for (k, width) in list.iter().enumerate() {
                        table.insert(first + k as u16, width.as_float().expect("width"));
                    }
                    i += 2;
                } else {
                    let last = next.as_i64().expect("last cid") as u16;
                    let width = items[i + 2].as_float().expect("width");
                    for gid in first..=last {
                        table.insert(gid, width);
                    }
                    i += 3;
                }
            }
        }
        all.insert(name, table);
    }
    all
}

// The review trail: the state on the cover, the comments in their annex.

fn person(name: &str, role: &str, organisation: &str) -> rbr::review::Actor {
    rbr::review::Actor {
        name: name.to_owned(),
        role: role.to_owned(),
        organisation: organisation.to_owned(),
        ..Default::default()
    }
}

/// The fixture with one open comment on BR2.1 and one resolved, with a reply, on BR1.1.
pub(crate) fn commented() -> Assessment {
    use rbr::questionnaire::QuestionId;
    let mut assessment = Assessment::from_bytes(&fixture(&Fixture::default())).expect("fixture");
    let (open, resolved) = (
        Some(QuestionId::from("BR2.1")),
        Some(QuestionId::from("BR1.1")),
    );
    let reviewer = "Tomas Verin";
    rbr::review::add_comment(
        &mut assessment,
        resolved,
        reviewer,
        "Which decree names the deputies?",
        "2026-11-20T13:05:00Z",
    );
    rbr::review::add_comment(
        &mut assessment,
        open,
        reviewer,
        "Is the dependency analysis of 2025 still current?",
        "2026-11-20T13:40:00Z",
    );
    rbr::review::reply(
        &mut assessment,
        "c1",
        "Lena Marsh",
        "Decree 12-N of 2024, article 3.",
        "2026-11-23T10:20:00Z",
    )
    .expect("c1 exists");
    rbr::review::resolve(&mut assessment, "c1", "Tomas Verin", "2026-11-23T11:00:00Z")
        .expect("c1 exists");
    assessment
}

/// A commented file taken through review to approval on 27 November 2026.
pub(crate) fn approved() -> Assessment {
    use rbr::review::{Action, act, resolve};
    let mut assessment = commented();
    resolve(&mut assessment, "c2", "Tomas Verin", "2026-11-24T15:00:00Z").expect("c2 exists");
    let reviewer = person("Tomas Verin", "reviewer", "Security Council Secretariat");
    let approver = person("Irina Castell", "approver", "Office of the Government");
    act(
        &mut assessment,
        Action::Reviewed,
        reviewer,
        "",
        "2026-11-24T16:00:00Z",
    )
    .expect("reviewed");
    act(
        &mut assessment,
        Action::Approved,
        approver,
        "",
        "2026-11-27T14:00:00Z",
    )
    .expect("approved");
    assessment
}

pub(crate) fn render_assessment(
    assessment: &Assessment,
    language: Language,
    all_comments: bool,
) -> Document {
    let bytes = assessment
        .to_json(&Questionnaire::built_in())
        .expect("saves");
    let pdf = rbr::report::pdf_for_with(
        &Questionnaire::built_in(),
        &read(&bytes),
        None,
        Some(language),
        all_comments,
    )
    .expect("renders");
    parse(&pdf)
}
