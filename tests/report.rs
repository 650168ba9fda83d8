//! The PDF gap report, read back as an official's PDF reader would: its text, its
//! figures (as `rbr score` computes them), its fingerprint, its pages and outline,
//! and that nothing is printed outside the page, however long the notes.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use lopdf::{Document, Object};
use rbr::assessment::Assessment;
use rbr::i18n::Language;
use rbr::questionnaire::Questionnaire;
use rbr::report::{Fonts, Report, SCORING_METHOD, SCORING_METHOD_HY, pdf_for, render_pdf};
use rbr::{scoring, tl};

fn one_decimal(value: f64) -> String {
    rbr::i18n::format::decimal(rbr::i18n::Language::En, value, 1)
}
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

/// A4 in points, and the side margin the report keeps.
const PAGE_WIDTH: f32 = 595.276;
const PAGE_HEIGHT: f32 = 841.89;
const MARGIN: f32 = 56.69;

/// How a fixture answers each question.
#[derive(Clone, Copy)]
enum Answers {
    /// Levels cycling through 0..=4, a few N/A.
    Mixed,
    /// Nothing answered.
    None,
    /// Everything not applicable.
    AllNotApplicable,
}

struct Fixture {
    organisation: &'static str,
    language: &'static str,
    scope: Option<Vec<&'static str>>,
    answers: Answers,
    /// Evidence, notes and justifications: this text, repeated to this length.
    text: &'static str,
    text_len: usize,
    modified: &'static str,
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
fn fixture(f: &Fixture) -> Vec<u8> {
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
fn questionnaire_1_0() -> Questionnaire {
    Questionnaire::from_json(include_str!("fixtures/nato-rbr-1.0.0.json")).expect("1.0.0")
}

/// Renders under the 1.0.0 questionnaire.
fn render_v1(bytes: &[u8]) -> Vec<u8> {
    let assessment = rbr::assessment::Assessment::from_bytes(bytes).expect("valid fixture");
    pdf_for(&questionnaire_1_0(), &assessment, bytes, None, None).expect("report renders")
}

fn render(bytes: &[u8]) -> Vec<u8> {
    let assessment = Assessment::from_bytes(bytes).expect("fixture loads");
    pdf_for(&Questionnaire::built_in(), &assessment, bytes, None, None).expect("report renders")
}

/// A text field of the PDF's document information dictionary (Title, Subject...).
fn info_field(doc: &Document, key: &[u8]) -> String {
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .expect("info dictionary");
    lopdf::decode_text_string(info.get(key).expect("info field")).expect("text string")
}

fn parse(pdf: &[u8]) -> Document {
    Document::load_mem(pdf).expect("the report is a PDF lopdf can read")
}

/// The text of every page, whitespace collapsed so that line breaks do not matter.
fn page_texts(doc: &Document) -> Vec<String> {
    doc.get_pages()
        .keys()
        .map(|&n| squash(&doc.extract_text(&[n]).expect("text extracts")))
        .collect()
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn all_text(doc: &Document) -> String {
    page_texts(doc).join(" ")
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn temp_file(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

/// Each area's readiness as `rbr score --json` prints it, with one decimal.
fn readiness_from_cli(path: &Path) -> Vec<(String, Option<String>, Option<String>)> {
    let output = Command::cargo_bin("rbr")
        .expect("binary")
        .args(["score", "--json"])
        .arg(path)
        .output()
        .expect("rbr score runs");
    assert!(output.status.success(), "{output:?}");
    let line: Value = serde_json::from_slice(&output.stdout).expect("score JSON");
    line["areas"]
        .as_array()
        .expect("areas")
        .iter()
        .map(|area| {
            (
                area["id"].as_str().expect("id").to_owned(),
                area["readiness"].as_f64().map(one_decimal),
                area["band"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

#[test]
fn the_report_shows_areas_organisation_readiness_and_fingerprint() {
    let dir = tempfile::tempdir().expect("temp dir");
    let cases = [
        Fixture::default(),
        Fixture {
            organisation: "Արտակարգ իրավիճակների նախարարություն",
            language: "hy",
            text: "Կառավարության շարունակականության պլանը հաստատվել է 2024 թվականին։ ",
            scope: Some(vec!["BR2", "BR5", "BR7"]),
            ..Fixture::default()
        },
    ];
    for (n, case) in cases.iter().enumerate() {
        let bytes = fixture(case);
        let path = temp_file(dir.path(), &format!("case-{n}.rbr.json"), &bytes);
        let doc = parse(&render(&bytes));
        let pages = page_texts(&doc);
        let text = pages.join(" ");
        assert!(
            text.contains(case.organisation),
            "organisation missing:\n{text}"
        );
        assert!(text.contains(&sha256_hex(&bytes)), "fingerprint missing");
        let questionnaire = Questionnaire::built_in();
        for area in &questionnaire.areas {
            // In the assessment's language: Armenian titles for an Armenian file; the
            // chart shortens a long title of an area out of scope.
            let title = squash(area.title.get(case.language));
            let start: String = title.chars().take(25).collect();
            assert!(
                text.contains(&title) || text.contains(&start),
                "{} title missing",
                area.id
            );
        }
        let lang = Language::from_code(case.language).expect("a language rbr speaks");
        for (id, readiness, band) in readiness_from_cli(&path) {
            let in_scope = case.scope.as_ref().is_none_or(|s| s.contains(&id.as_str()));
            let Some(readiness) = readiness else {
                assert!(!in_scope, "{id} has no readiness");
                continue;
            };
            // The figure as the report's language writes it, the band in its words.
            let readiness = readiness.replace('.', if lang == Language::Hy { "," } else { "." });
            let band = tl!(
                lang,
                &format!("band-{}", band.expect("a band with a readiness"))
            );
            // In the chart, beside the bar, and at the head of the area's section.
            assert!(
                text.contains(&format!("{readiness} {band}")),
                "{id}: {readiness} {band}"
            );
            let headline = tl!(
                lang,
                "report-readiness-value",
                value = readiness.as_str(),
                band = band.as_str()
            );
            let title = squash(
                questionnaire
                    .area(&id.as_str().into())
                    .expect("area")
                    .title
                    .get(case.language),
            );
            assert!(
                pages
                    .iter()
                    .any(|p| p.contains(&format!("{id} {title}")) && p.contains(&headline)),
                "{id}: no section page with {headline:?}"
            );
        }
    }
}

#[test]
fn figures_come_from_the_published_scoring() {
    let bytes = fixture(&Fixture::default());
    let assessment = Assessment::from_bytes(&bytes).expect("loads");
    let questionnaire = Questionnaire::built_in();
    let report =
        Report::build(&questionnaire, &assessment, &bytes, None, Language::En).expect("report");
    assert_eq!(report.score, scoring::score(&questionnaire, &assessment));
    let text = all_text(&parse(&render(&bytes)));
    let overall = one_decimal(report.score.overall.readiness.expect("overall"));
    assert!(text.contains(&format!("Overall readiness {overall} out of 100")));
    // The top gap of the summary is the first of the scoring's gaps.
    let first = &report.score.gaps[0];
    assert!(text.contains(&format!(
        "Priority Question Level Target POETE {} {}",
        first.priority, first.question
    )));
}

#[test]
fn every_page_has_its_marking_title_and_number() {
    let doc = parse(&render(&fixture(&Fixture::default())));
    let pages = page_texts(&doc);
    let count = pages.len();
    assert!(count > 10, "{count} pages");
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.contains(&format!("Page {} of {count}", i + 1)),
            "page {}",
            i + 1
        );
        assert!(
            page.matches("UNCLASSIFIED").count() >= 2,
            "page {}: marking top and bottom",
            i + 1
        );
        assert!(page.contains("Self-assessment report: National resilience self-assessment 2026"));
    }
}

#[test]
fn the_outline_and_metadata_name_every_section() {
    let bytes = fixture(&Fixture {
        answers: Answers::Mixed,
        scope: Some(vec!["BR1", "BR4"]),
        ..Fixture::default()
    });
    let doc = parse(&render(&bytes));
    let toc = doc.get_toc().expect("outline");
    let titles: Vec<&str> = toc.toc.iter().map(|t| t.title.as_str()).collect();
    for expected in [
        "Cover",
        "Executive summary",
        "BR1 Assured continuity of government and critical government services",
        "BR4 Resilient food and water resources",
        "Gap register",
        "Annex: the scale and the scoring method",
    ] {
        assert!(titles.contains(&expected), "{expected} not in {titles:?}");
    }
    assert!(
        !titles.iter().any(|t| t.starts_with("BR2")),
        "out of scope: {titles:?}"
    );
    // Pages of the outline entries only grow.
    let pages: Vec<usize> = toc.toc.iter().map(|t| t.page).collect();
    assert!(pages.windows(2).all(|w| w[0] < w[1]), "{pages:?}");

    let text = |key: &[u8]| info_field(&doc, key);
    assert_eq!(
        text(b"Title"),
        "Self-assessment report: National resilience self-assessment 2026"
    );
    assert_eq!(
        text(b"Author"),
        "Head of Resilience Planning, Ministry of Example Affairs"
    );
    assert!(text(b"Subject").contains("nato-rbr 1.1.0"));
    assert_eq!(text(b"CreationDate"), "D:20261127000000+00'00'");
}

#[test]
fn the_contents_on_the_cover_give_the_outline_pages() {
    let doc = parse(&render(&fixture(&Fixture::default())));
    // The title page closes with the place and year; the contents follow it.
    let cover = &page_texts(&doc)[1];
    let toc = doc.get_toc().expect("outline");
    assert!(toc.toc.len() > 8);
    for entry in toc.toc.iter().skip(1) {
        let line = format!("{} {}", entry.title, entry.page);
        assert!(cover.contains(&line), "cover lacks {line:?}");
    }
}

#[test]
fn findings_in_the_file_are_listed_in_the_annex() {
    let mut file: Value =
        serde_json::from_slice(&fixture(&Fixture::default())).expect("fixture JSON");
    file["answers"]["BR2.1"]["level"] = json!(7);
    file["answers"]["BR9.9"] = json!({"level": 1});
    let bytes = serde_json::to_vec(&file).expect("JSON");
    let text = all_text(&parse(&render(&bytes)));
    let annex = text
        .split("Findings in the assessment file")
        .nth(1)
        .expect("a findings section");
    assert!(
        annex.contains("BR2.1: level 7 is not a whole number"),
        "{annex}"
    );
    assert!(annex.contains("BR9.9: no such question"), "{annex}");
    // The unusable level leaves BR2.1 unanswered, as the scoring has it.
    assert!(text.contains("Unanswered questions"));
}

#[test]
fn tables_repeat_their_header_on_every_page() {
    // Every question in scope below target: a gap register over several pages.
    let doc = parse(&render(&fixture(&Fixture::default())));
    let pages = page_texts(&doc);
    let register: Vec<&String> = pages
        .iter()
        .skip_while(|p| !p.contains("Gap register Every question below its target"))
        .take_while(|p| !p.contains("Annex: the scale"))
        .filter(|p| !p.contains("Unanswered questions"))
        .collect();
    assert!(register.len() >= 2, "the register should span pages");
    for page in register {
        assert!(
            page.contains("Priority Question Action POETE Owner, due date, status"),
            "{page}"
        );
    }
}

#[test]
fn the_page_count_grows_with_content() {
    let pages = |f: Fixture| parse(&render(&fixture(&f))).get_pages().len();
    let one_area = pages(Fixture {
        scope: Some(vec!["BR6"]),
        ..Fixture::default()
    });
    let all_areas = pages(Fixture::default());
    let long_notes = pages(Fixture {
        text_len: 3_000,
        ..Fixture::default()
    });
    assert!(one_area < all_areas, "{one_area} < {all_areas}");
    assert!(all_areas < long_notes, "{all_areas} < {long_notes}");
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let bytes = fixture(&Fixture::default());
    let first = render(&bytes);
    let second = render(&bytes);
    assert!(first == second, "two renderings differ");
    // Rendering something else in between changes nothing either.
    let _ = render(&fixture(&Fixture {
        language: "hy",
        ..Fixture::default()
    }));
    assert!(render(&bytes) == first, "a third rendering differs");
    // But a different report date is a different document.
    let assessment = Assessment::from_bytes(&bytes).expect("loads");
    let other_day = pdf_for(
        &Questionnaire::built_in(),
        &assessment,
        &bytes,
        Some("2027-01-05"),
        None,
    )
    .expect("renders");
    assert!(other_day != first);
}

#[test]
fn the_annex_states_the_method_as_the_readme_does() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md exists");
    let section = readme
        .split("\n## ")
        .find(|s| s.starts_with("The scoring method"))
        .expect("README has a scoring method section");
    let section = section.trim_start_matches("The scoring method");
    assert_eq!(squash(section), squash(SCORING_METHOD));
    // And the annex prints it (Markdown marks aside).
    let text = all_text(&parse(&render(&fixture(&Fixture::default()))));
    let plain = squash(
        &SCORING_METHOD
            .replace("**", "")
            .replace('`', "")
            .replace("\n- ", "\n• "),
    );
    assert!(text.contains(&plain), "annex lacks the method");
}

#[test]
fn stress_cases_stay_inside_the_page() {
    let huge_word = "https://example.gov/".to_owned() + &"x".repeat(380);
    let mixed_text: &'static str =
        Box::leak(format!("Պլան {huge_word} evidence, Հայաստան and notes ").into_boxed_str());
    let cases = [
        (
            "long notes",
            Fixture {
                text: mixed_text,
                text_len: 10_000,
                ..Fixture::default()
            },
        ),
        (
            "all unanswered",
            Fixture {
                answers: Answers::None,
                ..Fixture::default()
            },
        ),
        (
            "all N/A",
            Fixture {
                answers: Answers::AllNotApplicable,
                text: mixed_text,
                text_len: 10_000,
                ..Fixture::default()
            },
        ),
        (
            "empty scope",
            Fixture {
                scope: Some(Vec::new()),
                ..Fixture::default()
            },
        ),
        (
            "no organisation",
            Fixture {
                organisation: "",
                ..Fixture::default()
            },
        ),
    ];
    for (name, case) in cases {
        let pdf = render(&fixture(&case));
        let doc = parse(&pdf);
        let pages = page_texts(&doc);
        assert!(!pages.is_empty(), "{name}");
        assert!(
            pages[0].contains("Report on the results of the resilience"),
            "{name}"
        );
        assert_inside(&doc, name);
    }
}

#[test]
fn table_rows_taller_than_a_page_are_split_inside_the_margins() {
    // A ministry's own questionnaire with very long recommendations.
    let mut raw: Value =
        serde_json::from_str(rbr::questionnaire::BUILT_IN_JSON).expect("questionnaire JSON");
    let long_text = "Set up a standing working group, name its chair and members, and report \
        progress to the cabinet each quarter; see https://example.gov/a/very/long/path/"
        .repeat(60);
    for area in raw["areas"].as_array_mut().expect("areas") {
        for question in area["questions"].as_array_mut().expect("questions") {
            question["recommendation"] = json!({"en": long_text});
        }
    }
    let questionnaire = Questionnaire::from_json(&raw.to_string()).expect("valid questionnaire");
    let bytes = fixture(&Fixture {
        scope: Some(vec!["BR3"]),
        ..Fixture::default()
    });
    let assessment = Assessment::from_bytes(&bytes).expect("loads");
    let report =
        Report::build(&questionnaire, &assessment, &bytes, None, Language::En).expect("report");
    assert!(!report.gaps.is_empty());
    let fonts = Fonts::bundled().expect("fonts");
    let doc = parse(&render_pdf(&report, &fonts));
    assert_inside(&doc, "long recommendations");
    let pages = page_texts(&doc);
    let register = pages
        .iter()
        .filter(|p| p.contains("Priority Question Action POETE Owner, due date, status"))
        .count();
    assert!(
        register >= 2 * report.gaps.len(),
        "{register} register pages"
    );
    // Every word of the recommendation is printed, none cut off.
    let text = pages.join(" ");
    assert!(text.matches("quarter;").count() >= 60 * report.gaps.len());
}

#[test]
fn a_questionnaire_with_many_areas_charts_them_over_pages() {
    let mut raw: Value =
        serde_json::from_str(rbr::questionnaire::BUILT_IN_JSON).expect("questionnaire JSON");
    let areas = raw["areas"].as_array().expect("areas").clone();
    for copy in 1..=4 {
        for area in &areas {
            let mut area = area.clone();
            area["id"] = json!(format!("{}x{copy}", area["id"].as_str().expect("id")));
            for question in area["questions"].as_array_mut().expect("questions") {
                question["id"] = json!(format!("{}x{copy}", question["id"].as_str().expect("id")));
            }
            raw["areas"].as_array_mut().expect("areas").push(area);
        }
    }
    let questionnaire = Questionnaire::from_json(&raw.to_string()).expect("valid questionnaire");
    assert_eq!(questionnaire.areas.len(), 35);
    let bytes = fixture(&Fixture::default());
    let assessment = Assessment::from_bytes(&bytes).expect("loads");
    let report =
        Report::build(&questionnaire, &assessment, &bytes, None, Language::En).expect("report");
    let fonts = Fonts::bundled().expect("fonts");
    let doc = parse(&render_pdf(&report, &fonts));
    assert_inside(&doc, "35 areas");
    let text = all_text(&doc);
    assert!(text.contains("BR7x4 Resilient transport systems no level given yet"));
}

#[test]
fn the_check_for_text_outside_the_page_can_fail() {
    // A page with a line of text running past the right margin.
    let mut doc = parse(&render(&fixture(&Fixture {
        scope: Some(Vec::new()),
        ..Fixture::default()
    })));
    let page = *doc.get_pages().get(&1).expect("page 1");
    let mut content = doc.get_and_decode_page_content(page).expect("content");
    content
        .operations
        .push(lopdf::content::Operation::new("BT", vec![]));
    content.operations.push(lopdf::content::Operation::new(
        "Td",
        vec![500.into(), 400.into()],
    ));
    content.operations.extend(
        doc.get_and_decode_page_content(page)
            .expect("content")
            .operations
            .into_iter()
            .filter(|op| op.operator == "Tf" || op.operator == "Tj")
            .take(2),
    );
    content
        .operations
        .push(lopdf::content::Operation::new("ET", vec![]));
    doc.change_page_content(page, content.encode().expect("encode"))
        .expect("replace content");
    let problems = outside(&doc);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with("page 1: text from (500, 400)"),
        "{problems:?}"
    );
}

fn assert_inside(doc: &Document, name: &str) {
    let problems = outside(doc);
    assert!(
        problems.is_empty(),
        "{name}: {} things outside the margins, the first: {:?}",
        problems.len(),
        &problems[..problems.len().min(5)]
    );
}

/// Every text or rectangle of `doc` that lies outside the page's margins.
fn outside(doc: &Document) -> Vec<String> {
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

#[test]
fn example_reports_render() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assessments/examples");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("examples folder") {
        let path = entry.expect("entry").path();
        if !path.to_string_lossy().ends_with(".rbr.json") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("read example");
        let assessment = Assessment::from_bytes(&bytes).expect("example loads");
        let doc = parse(&render(&bytes));
        let text = all_text(&doc);
        assert!(
            text.contains(&squash(&assessment.meta.organisation)),
            "{}: organisation missing",
            path.display()
        );
        assert!(text.contains(&sha256_hex(&bytes)), "{}", path.display());
        assert_inside(&doc, &path.display().to_string());
        seen += 1;
    }
    assert!(seen >= 3, "expected the three examples, found {seen}");
}

#[test]
fn the_command_line_writes_the_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bytes = fixture(&Fixture::default());
    let input = temp_file(dir.path(), "national.rbr.json", &bytes);
    let output = dir.path().join("national.pdf");
    Command::cargo_bin("rbr")
        .expect("binary")
        .arg("report")
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .assert()
        .code(0);
    let written = std::fs::read(&output).expect("PDF written");
    assert_eq!(
        written,
        render(&bytes),
        "the CLI and the library give the same bytes"
    );
    assert!(!dir.path().join("national.pdf.bak").exists());

    let fonts = Fonts::bundled().expect("fonts");
    let assessment = Assessment::from_bytes(&bytes).expect("loads");
    let report = Report::build(
        &Questionnaire::built_in(),
        &assessment,
        &bytes,
        Some("2026-12-01"),
        Language::En,
    )
    .expect("report");
    let dated = dir.path().join("dated.pdf");
    Command::cargo_bin("rbr")
        .expect("binary")
        .args(["report", "--date", "2026-12-01", "-o"])
        .arg(&dated)
        .arg(&input)
        .assert()
        .code(0);
    assert_eq!(
        std::fs::read(&dated).expect("written"),
        render_pdf(&report, &fonts)
    );
}

#[test]
fn the_command_line_refuses_what_it_cannot_use() {
    let dir = tempfile::tempdir().expect("temp dir");
    let good = temp_file(dir.path(), "good.rbr.json", &fixture(&Fixture::default()));
    let undated = temp_file(
        dir.path(),
        "undated.rbr.json",
        &fixture(&Fixture {
            modified: "",
            ..Fixture::default()
        }),
    );
    let not_assessment = temp_file(dir.path(), "other.rbr.json", br#"{"hello": 1}"#);
    let out = dir.path().join("out.pdf");
    let missing = dir.path().join("missing.rbr.json");
    let no_dir = dir.path().join("no/such/dir/out.pdf");
    let cases: Vec<(Vec<&Path>, i32, &str)> = vec![
        (vec![&missing, Path::new("-o"), &out], 2, "missing.rbr.json"),
        (
            vec![&not_assessment, Path::new("-o"), &out],
            1,
            "not an rbr assessment",
        ),
        (vec![&undated, Path::new("-o"), &out], 2, "--date"),
        (
            vec![
                &good,
                Path::new("--date"),
                Path::new("27/11/2026"),
                Path::new("-o"),
                &out,
            ],
            2,
            "YYYY-MM-DD",
        ),
        (vec![&good, Path::new("-o"), &no_dir], 2, "out.pdf"),
        (vec![&good], 2, "--output"),
    ];
    for (args, code, message) in cases {
        let output = Command::cargo_bin("rbr")
            .expect("binary")
            .arg("report")
            .args(&args)
            .output()
            .expect("runs");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(code), "{args:?}: {stderr}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
    assert!(!out.exists(), "nothing is written on failure");
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
fn hand_computed_assessment() -> Vec<u8> {
    hand_computed_in("en")
}

/// [`hand_computed_assessment`] with `meta.language` set to `language`.
fn hand_computed_in(language: &str) -> Vec<u8> {
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
fn between<'t>(text: &'t str, start: &str, end: &str) -> &'t str {
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
const BR1_SECTION: &str =
    "BR1 Assured continuity of government and critical government services This requirement";
const BR2_SECTION: &str = "BR2 Resilient energy supplies This requirement";

/// Asserts that `needles` occur in `haystack` in this order.
fn assert_in_order(haystack: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        let at = haystack[from..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} missing after byte {from} in:\n{haystack}"));
        from += at + needle.len();
    }
}

#[test]
fn the_summary_shows_hand_computed_figures() {
    let text = all_text(&parse(&render_v1(&hand_computed_assessment())));
    let summary = between(&text, "Overall readiness", BR1_SECTION);
    // BR1 readiness: levels over weights 2+3+3+3+2+1 = 14 (BR1.3 is N/A, BR1.8
    // unanswered): 100 x (2x3 + 3x1 + 3x4 + 3x2 + 2x0 + 1x2) / 4 / 14
    // = 100 x 29 / 56 = 51.79. BR2: 100 x (1x2 + 2x2 + 3x3) / 4 / 6 = 100 x 15 / 24
    // = 62.5. Overall: (51.79 + 62.5) / 2 = 57.14.
    assert!(
        summary.contains("Overall readiness 57.1 out of 100"),
        "{summary}"
    );
    // Completeness: BR1 7 of 8 (the N/A counts), BR2 3 of 8: 10 of 16 = 62.5%.
    assert!(
        summary.contains("Completeness 62.5% (10 of 16 questions answered or N/A)"),
        "{summary}"
    );
    assert!(summary.contains("Areas in scope 2 of 7"), "{summary}");
    assert!(
        summary.contains("Gaps 5 questions below target; 1 critical question below level 2"),
        "{summary}"
    );
    // The chart: BR1 is above 50 but capped by critical BR1.2 at level 1. Target
    // readiness uses the targets instead of the levels: BR1 100 x (2x3 + 3x4 + 3x3
    // + 3x3 + 2x3 + 1x4) / 4 / 14 = 100 x 46 / 56 = 82.14; BR2 100 x (1x2 + 2x3 +
    // 3x3) / 4 / 6 = 100 x 17 / 24 = 70.83. Both areas have unanswered questions.
    assert_in_order(
        summary,
        &[
            "51.8 not ready target 82.1, provisional",
            "62.5 partially ready target 70.8, provisional",
        ],
    );
    // Top gaps by priority; BR1.5 and BR1.6 tie at 6, BR1.7 and BR2.4 at 2, and
    // ties keep questionnaire order.
    let top = summary
        .split("The ten highest-priority gaps")
        .nth(1)
        .expect("top gaps table");
    assert_in_order(
        top,
        &[
            "18 BR1.2 critical",
            " 1 4 Organisation 6 BR1.5 critical",
            " 2 3 Equipment 6 BR1.6",
            " 0 3 Organisation 2 BR1.7",
            " 2 4 Training 2 BR2.4",
            " 2 3 Exercises",
        ],
    );
    let critical = top
        .split("Critical questions below level 2")
        .nth(1)
        .expect("critical questions table");
    assert!(critical.contains("BR1.2 critical"), "{critical}");
    assert!(
        !critical.contains("BR1.5"),
        "BR1.5 is at level 2: {critical}"
    );
}

#[test]
fn each_area_section_shows_hand_computed_figures() {
    let text = all_text(&parse(&render_v1(&hand_computed_assessment())));
    let br1 = between(&text, BR1_SECTION, BR2_SECTION);
    // Figures as worked out above; 6 levels + 1 N/A of 8 questions = 87.5%.
    assert_in_order(
        br1,
        &[
            "Readiness 51.8 out of 100, not ready",
            "Target readiness 82.1",
            "Completeness 87.5% (6 with a level, 1 not applicable, 1 unanswered, of 8)",
            "Provisional 1 of 8 questions are unanswered",
            "Band capped not ready because critical question BR1.2 is at level 0 or 1",
        ],
    );
    // Rows: level, target, gap; the N/A row points to its justification.
    let questionnaire = questionnaire_1_0();
    let question = |id: &str| {
        squash(
            questionnaire
                .question(&id.into())
                .expect("question")
                .text
                .get("en"),
        )
    };
    for row in [
        format!("BR1.1 {} 3 3 Evidence at level 3.", question("BR1.1")),
        format!(
            "BR1.2 critical {} 1 4 3 Evidence at level 1.",
            question("BR1.2")
        ),
        format!("BR1.3 {} N/A 3 see below", question("BR1.3")),
        format!(
            "BR1.4 critical {} 4 3 Evidence at level 4.",
            question("BR1.4")
        ),
        format!("BR1.7 {} 2 4 2 Evidence at level 2.", question("BR1.7")),
        format!("BR1.8 {} - 3", question("BR1.8")),
    ] {
        assert!(br1.contains(&row), "no row {row:?} in:\n{br1}");
    }
    assert!(br1.contains("Not applicable, and why BR1.3"), "{br1}");
    assert!(br1.contains("No federal level exists."), "{br1}");

    let br2 = between(&text, BR2_SECTION, "Gap register Every question");
    assert_in_order(
        br2,
        &[
            "Readiness 62.5 out of 100, partially ready",
            "Target readiness 70.8",
            "Completeness 37.5% (3 with a level, 0 not applicable, 5 unanswered, of 8)",
        ],
    );
    assert!(!br2.contains("Band capped"), "{br2}");
}

#[test]
fn the_gap_register_lists_hand_computed_gaps_by_priority() {
    let text = all_text(&parse(&render_v1(&hand_computed_assessment())));
    let register = between(
        &text,
        "Gap register Every question",
        "Unanswered questions 6",
    );
    assert_in_order(
        register,
        &[
            "18 BR1.2 critical level 1, target 4",
            "6 BR1.5 critical level 2, target 3",
            "6 BR1.6 level 0, target 3",
            "2 BR1.7 level 2, target 4",
            "2 BR2.4 level 2, target 3",
        ],
    );
    // No other gap: BR1.4 is above its target, BR1.1, BR2.1 and BR2.7 meet it.
    for met in ["BR1.1 level", "BR1.4 level", "BR2.1 level", "BR2.7 level"] {
        assert!(!register.contains(met), "{met} is not a gap");
    }
    let unanswered = between(&text, "Unanswered questions 6 in-scope", "Annex: the scale");
    assert_in_order(
        unanswered,
        &["BR1.8", "BR2.2", "BR2.3", "BR2.5", "BR2.6", "BR2.8"],
    );
}

/// Every heading, label and phrase of the report's own that the English report
/// prints (the questionnaire's texts, still English only, aside). An Armenian
/// report prints none of them.
const ENGLISH_WORDS: &[&str] = &[
    // Not "NATO Resilience Baseline Requirements": the questionnaire's title.
    "Report on the results of the resilience",
    "Self-assessment report:",
    "APPROVED",
    "(signature)",
    "Page ",
    "Cover",
    "Contents",
    "Organisation",
    "Assessor",
    "Classification",
    "Report date",
    "Assessment created",
    "Assessment last saved",
    "SHA-256 of the file",
    "Executive summary",
    "Overall readiness",
    "out of 100",
    "Completeness",
    "Areas in scope",
    "Readiness by area",
    "The ten highest-priority gaps",
    "Critical questions below level 2",
    "Target readiness",
    "Provisional",
    "provisional",
    "Band capped",
    "Not applicable, and why",
    "see below",
    "Evidence (excerpt)",
    "Gap register",
    "Recommendation",
    "Owner",
    "Target date",
    "Unanswered questions",
    "Annex: the scale and the scoring method",
    "The scoring method",
    "Meaning",
    "not ready",
    "partially ready",
    // Not "Planning": the fixtures' assessor is the Head of Resilience Planning.
    "Equipment",
    "Training",
    "Exercises",
    "Submitted",
    "report date",
    "page 1 of",
];

fn render_in(bytes: &[u8], language: Option<Language>) -> Vec<u8> {
    let assessment = Assessment::from_bytes(bytes).expect("fixture loads");
    pdf_for(
        &Questionnaire::built_in(),
        &assessment,
        bytes,
        None,
        language,
    )
    .expect("renders")
}

fn armenian_example() -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assessments/examples/hy-territorial-administration.rbr.json"),
    )
    .expect("the Armenian example")
}

fn assert_no_english(text: &str, name: &str) {
    let found: Vec<&&str> = ENGLISH_WORDS
        .iter()
        .filter(|w| text.contains(**w))
        .collect();
    assert!(
        found.is_empty(),
        "{name}: English in the Armenian report: {found:?}"
    );
}

#[test]
fn an_armenian_assessment_gives_an_armenian_report() {
    let bytes = armenian_example();
    let doc = parse(&render(&bytes));
    let pages = page_texts(&doc);
    let text = pages.join(" ");
    for heading in [
        "Դիմակայունության ինքնագնահատման արդյունքների վերաբերյալ հաշվետվություն",
        "ՀԱՍՏԱՏՈՒՄ ԵՄ",
        "Բովանդակություն",
        "Ամփոփագիր",
        "Պատրաստականությունն ըստ ոլորտների",
        "Առավել բարձր առաջնահերթությամբ տասը թերությունները",
        "Թերությունների ռեեստր",
        "Հավելված՝ սանդղակը և գնահատման մեթոդը",
        "Գնահատման մեթոդը",
        // The report date in words on the cover, in figures in every header.
        "Հաշվետվության ամսաթիվ 2026 թ. նոյեմբերի 27",
        "Կարգավիճակ Ստուգված",
        // Nobody has signed off the Armenian wording yet, and the cover says so.
        "թարգմանության նախագիծ",
    ] {
        assert!(text.contains(heading), "no {heading:?}");
    }
    for (i, page) in pages.iter().enumerate() {
        let number = format!("Էջ {} / {}", i + 1, pages.len());
        assert!(page.contains(&number), "page {}: no {number:?}", i + 1);
        assert!(page.contains("հաշվետվության ամսաթիվ՝ 27.11.2026"));
    }
    // The example sets no classification: no page carries a marking, and the
    // cover has no classification line either.
    for marking in [
        "ՈՉ ԳԱՂՏՆԻ",
        "ԱՌԱՆՑ ՆՇՄԱՆ",
        "UNCLASSIFIED",
        "Գաղտնիության աստիճան",
    ] {
        assert!(!text.contains(marking), "{marking:?} printed");
    }
    // Times in Yerevan time: meta.modified is 16:30 UTC.
    assert!(
        pages[0].contains("27.11.2026, 20:30, Երևանի ժամանակով"),
        "{}",
        pages[0]
    );
    assert!(!text.contains("Գրինվիչ"));
    // The method annex is the Armenian text, Markdown marks aside.
    let method = squash(
        &SCORING_METHOD_HY
            .replace("**", "")
            .replace('`', "")
            .replace("\n- ", "\n• "),
    );
    assert!(
        text.contains(&method),
        "the annex lacks the Armenian method"
    );
    assert!(!text.contains(&squash(&SCORING_METHOD.replace("**", ""))[..60]));
    assert_no_english(&text, "the Armenian example");
    // The outline and the metadata too.
    let toc = doc.get_toc().expect("outline");
    let titles: Vec<&str> = toc.toc.iter().map(|t| t.title.as_str()).collect();
    assert!(titles.starts_with(&["Շապիկ", "Ամփոփագիր"]), "{titles:?}");
    assert!(titles.contains(&"Թերությունների ռեեստր"), "{titles:?}");
    let field = |key: &[u8]| info_field(&doc, key);
    assert!(field(b"Title").starts_with("Ինքնագնահատման հաշվետվություն՝ "));
    assert!(
        field(b"Subject")
            .starts_with("Դիմակայունության ինքնագնահատման արդյունքների վերաբերյալ հաշվետվություն")
    );
    assert_inside(&doc, "the Armenian example");
}

#[test]
fn an_armenian_report_shows_hand_computed_figures_with_a_decimal_comma() {
    let text = all_text(&parse(&render_v1(&hand_computed_in("hy"))));
    // The figures worked out for hand_computed_assessment: overall 57.14,
    // completeness 10 of 16 = 62.5%, BR1 51.79 (capped), target 82.14; BR2 62.5,
    // target 70.83; BR1 completeness 7 of 8 = 87.5%.
    assert_in_order(
        &text,
        &[
            "Ամփոփագիր",
            // A two-line label reads back around its value's first line.
            "Ընդհանուր 57,1՝ 100-ից (գնահատվող ոլորտների միջինը) պատրաստականություն",
            "Ամբողջականություն 62,5% (16 հարցից 10-ն ունի մակարդակ կամ «կիրառելի չէ» նշում)",
            "Գնահատվող ոլորտներ 2՝ 7-ից",
            "5 հարց՝ թիրախից ցածր, 1 կրիտիկական հարց՝ 2-րդ մակարդակից ցածր",
            "51,8 պատրաստ չէ թիրախ՝ 82,1, նախնական",
            "62,5 մասամբ պատրաստ թիրախ՝ 70,8, նախնական",
            "18 BR1.2 կրիտիկական",
            " 1 4 Կազմակերպում 6 BR1.5 կրիտիկական",
            "Պատրաստականություն 51,8՝ 100-ից, պատրաստ չէ",
            "Թիրախային 82,1 պատրաստականություն",
            "Ամբողջականություն 87,5% (8 հարցից՝ 6-ը մակարդակով, 1-ը «կիրառելի չէ», 1-ն անպատասխան)",
            "Աստիճանի սահմանափակում պատրաստ չէ, քանի որ BR1.2 կրիտիկական հարցը 0 կամ 1 մակարդակում է",
            "«Կիրառելի չէ» պատասխանները և դրանց հիմնավորումը BR1.3",
            "Պատրաստականություն 62,5՝ 100-ից, մասամբ պատրաստ",
            "Թերությունների ռեեստր",
            "18 BR1.2 կրիտիկական մակարդակ՝ 1, թիրախ՝ 4",
            "Անպատասխան հարցեր",
            "Գնահատվող ոլորտների 6 հարց",
            "Հավելված՝ սանդղակը և գնահատման մեթոդը",
        ],
    );
    for english_figure in ["57.1", "62.5", "51.8", "82.1", "70.8", "87.5"] {
        assert!(
            !text.contains(english_figure),
            "{english_figure} has a point"
        );
    }
    assert_no_english(&text, "the hand-computed assessment in Armenian");
}

#[test]
fn the_language_can_be_chosen_over_the_assessments() {
    let armenian = armenian_example();
    let english = fixture(&Fixture::default());
    let cases = [
        (render_in(&armenian, Some(Language::En)), Language::En),
        (render_in(&armenian, Some(Language::Hy)), Language::Hy),
        (render_in(&english, Some(Language::Hy)), Language::Hy),
        (render_in(&english, Some(Language::En)), Language::En),
    ];
    for (n, (pdf, lang)) in cases.iter().enumerate() {
        let text = all_text(&parse(pdf));
        let (present, absent) = match lang {
            Language::En => (
                ["Executive summary", "Gap register"],
                ["Ամփոփագիր", "Թերությունների ռեեստր"],
            ),
            Language::Hy => (
                ["Ամփոփագիր", "Թերությունների ռեեստր"],
                ["Executive summary", "Gap register"],
            ),
        };
        for heading in present {
            assert!(text.contains(heading), "case {n}: no {heading}");
        }
        for heading in absent {
            assert!(!text.contains(heading), "case {n}: {heading}");
        }
        if *lang == Language::Hy {
            assert_no_english(&text, &format!("case {n}"));
        }
    }
    // None is the assessment's language: the same bytes as choosing it.
    assert!(render_in(&armenian, None) == cases[1].0);
    assert!(render_in(&english, None) == cases[3].0);
}

#[test]
fn the_same_armenian_input_gives_the_same_bytes() {
    let bytes = armenian_example();
    let first = render(&bytes);
    let _ = render(&fixture(&Fixture::default()));
    assert!(render(&bytes) == first, "two Armenian renderings differ");
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
fn commented() -> Assessment {
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
    rbr::review::resolve(&mut assessment, "c1").expect("c1 exists");
    assessment
}

/// A commented file taken through review to approval on 27 November 2026.
fn approved() -> Assessment {
    use rbr::review::{Action, act, resolve};
    let mut assessment = commented();
    resolve(&mut assessment, "c2").expect("c2 exists");
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

fn render_assessment(assessment: &Assessment, language: Language, all_comments: bool) -> Document {
    let bytes = assessment
        .to_json(&Questionnaire::built_in())
        .expect("saves");
    let pdf = rbr::report::pdf_for_with(
        &Questionnaire::built_in(),
        assessment,
        &bytes,
        None,
        Some(language),
        all_comments,
    )
    .expect("renders");
    parse(&pdf)
}

#[test]
fn an_approved_files_cover_says_who_approved_which_content_and_when() {
    let assessment = approved();
    let doc = render_assessment(&assessment, Language::En, false);
    let cover = &page_texts(&doc)[0];
    let hash = &assessment.review.as_ref().expect("trail").events[1].content_sha256;
    for expected in [
        "Last review event",
        "2. Approved: Irina Castell (approver, Office of the Government), 2026-11-27 14:00 (UTC)",
        hash.as_str(),
        "Approved by Irina Castell (approver, Office of the Government) on 27 November 2026.",
    ] {
        assert!(
            cover.contains(expected),
            "the cover lacks {expected:?}:\n{cover}"
        );
    }
    assert!(!cover.contains("has changed since"), "{cover}");

    let armenian = &page_texts(&render_assessment(&assessment, Language::Hy, false))[0];
    assert!(
        armenian.contains("Հաստատված է 2026 թ. նոյեմբերի 27-ին։ Հաստատող՝ Irina Castell"),
        "{armenian}"
    );
}

#[test]
fn a_change_after_approval_is_said_plainly_by_question() {
    let mut assessment = approved();
    assessment
        .answer_mut(&"BR2.1".into())
        .evidence
        .push_str(" Edited after approval.");
    let cover = &page_texts(&render_assessment(&assessment, Language::En, false))[0];
    assert!(
        cover.contains("The content has changed since it was approved: BR2.1."),
        "{cover}"
    );
    assert!(cover.contains("Approved by Irina Castell"), "{cover}");
}

#[test]
fn the_annex_lists_open_comments_and_resolved_ones_only_when_asked() {
    let assessment = commented();
    let open_only = all_text(&render_assessment(&assessment, Language::En, false));
    assert_in_order(
        &open_only,
        &[
            "Annex: review comments",
            "BR2.1",
            "Tomas Verin, 2026-11-20 13:40 (UTC) · open",
            "Is the dependency analysis of 2025 still current?",
        ],
    );
    assert!(!open_only.contains("Which decree names the deputies?"));
    assert!(
        !open_only.contains("Last review event"),
        "no events, no state"
    );

    let all = all_text(&render_assessment(&assessment, Language::En, true));
    assert_in_order(
        &all,
        &[
            "Annex: review comments",
            "BR1.1",
            "Which decree names the deputies?",
            "Lena Marsh, 2026-11-23 10:20 (UTC) — Decree 12-N of 2024, article 3.",
            "BR2.1",
            "Is the dependency analysis of 2025 still current?",
        ],
    );
}

#[test]
fn a_file_without_a_trail_shows_no_review_state_and_no_comments() {
    let text = all_text(&parse(&render(&fixture(&Fixture::default()))));
    for absent in ["Last review event", "Approved by", "review comments"] {
        assert!(
            !text.contains(absent),
            "{absent:?} in a file without a trail"
        );
    }
}

#[test]
fn the_command_line_lists_resolved_comments_with_all_comments() {
    let dir = tempfile::tempdir().expect("temp dir");
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assessments/examples/national-2026.rbr.json");
    let text = |all: bool| {
        let out = dir.path().join("national.pdf");
        let mut cmd = Command::cargo_bin("rbr").expect("binary");
        cmd.arg("report").arg(&example).arg("-o").arg(&out);
        if all {
            cmd.arg("--all-comments");
        }
        cmd.assert().success();
        all_text(&parse(&std::fs::read(&out).expect("written")))
    };
    let resolved_only = text(false);
    assert!(resolved_only.contains("Approved by Irina Castell"));
    assert!(!resolved_only.contains("Annex: review comments"));
    assert_in_order(
        &text(true),
        &["Annex: review comments", "BR1.7", "BR2.3", "BR4.8"],
    );
}

/// The national example's register line for a gap, with its plan, on a report date.
fn national_on(date: &str, language: Language) -> (Report, String) {
    let path = Path::new("assessments/examples/national-2026.rbr.json");
    let bytes = std::fs::read(path).expect("example");
    let questionnaire = Questionnaire::built_in();
    let assessment = Assessment::from_bytes(&bytes).expect("loads");
    let report =
        Report::build(&questionnaire, &assessment, &bytes, Some(date), language).expect("report");
    let fonts = Fonts::bundled().expect("fonts");
    let text = page_texts(&parse(&render_pdf(&report, &fonts))).join("\n");
    (report, text)
}

#[test]
fn the_gap_register_shows_the_plan_and_marks_overdue_actions_by_the_report_date() {
    // BR2.3 is due on 31 October 2026 and in progress; BR6.2 on 30 September 2026.
    let cases = [
        ("2026-09-30", 0, "0 overdue"),
        ("2026-10-01", 1, "1 overdue"),
        ("2026-10-31", 1, "1 overdue"),
        ("2026-11-01", 2, "2 overdue"),
    ];
    for (date, overdue, summary) in cases {
        let (report, text) = national_on(date, Language::En);
        assert_eq!(
            report.gaps.iter().filter(|g| g.overdue).count(),
            overdue,
            "{date}"
        );
        // Once in the register's introduction, then once per overdue row.
        assert_eq!(text.matches("OVERDUE").count(), 1 + overdue, "{date}");
        assert!(text.contains(summary), "{date}: {summary}");
    }
    let (report, text) = national_on("2026-11-28", Language::En);
    let br2_3 = report
        .gaps
        .iter()
        .find(|g| g.gap.question.as_str() == "BR2.3")
        .expect("a gap");
    assert_eq!(
        br2_3.owner,
        "Energy Security Directorate, Head of Critical Sites Unit"
    );
    assert_eq!(br2_3.due, "2026-10-31");
    assert_eq!(br2_3.status, "In progress");
    assert!(
        br2_3
            .action
            .starts_with("Fit generators at the 27 critical sites")
    );
    // A gap without a plan entry shows the questionnaire's recommendation.
    let unplanned = report
        .gaps
        .iter()
        .find(|g| g.owner.is_empty() && g.status.is_empty())
        .expect("an unplanned gap");
    assert_eq!(unplanned.action, unplanned.recommendation);
    assert!(text.contains(
        "6 of 50 gaps have an owner and a due date; 1 done; 2 overdue on 28 November 2026."
    ));
    assert!(text.contains("due 2026-10-31"));
}

#[test]
fn the_armenian_register_shows_the_plan_in_armenian() {
    let (report, text) = national_on("2026-11-28", Language::Hy);
    assert!(text.contains("ԺԱՄԿԵՏԱՆՑ"));
    assert!(
        text.contains("ժամկետը՝ 31.10.2026"),
        "Armenian figures for the date"
    );
    assert!(text.contains("Ընթացքում"));
    assert!(text.contains("2026 թ. նոյեմբերի 28-ի դրությամբ"));
    assert!(!text.contains("OVERDUE") && !text.contains("In progress"));
    assert_eq!(report.plan.overdue, 2);
}

#[test]
fn without_a_plan_the_summary_says_so() {
    let path = Path::new("assessments/examples/energy-transport-ministry.rbr.json");
    let bytes = std::fs::read(path).expect("example");
    let assessment = Assessment::from_bytes(&bytes).expect("loads");
    assert!(assessment.plan.is_empty());
    let report = Report::build(
        &Questionnaire::built_in(),
        &assessment,
        &bytes,
        None,
        Language::En,
    )
    .expect("report");
    let fonts = Fonts::bundled().expect("fonts");
    let text = page_texts(&parse(&render_pdf(&report, &fonts))).join("\n");
    assert!(text.contains("No action plan recorded"));
    assert_eq!(text.matches("OVERDUE").count(), 1, "the introduction only");
}

#[test]
fn a_combined_file_names_its_sources_on_the_cover() {
    let mut json: Value = serde_json::from_slice(
        &std::fs::read("assessments/examples/energy-transport-ministry.rbr.json").expect("example"),
    )
    .expect("JSON");
    let (energy, interior) = ("a".repeat(64), "b".repeat(64));
    json["meta"]["merged_from"] = json!([
        {"file": "energy.rbr.json", "sha256": energy},
        {"file": "interior.rbr.json", "sha256": interior}
    ]);
    let bytes = serde_json::to_vec_pretty(&json).expect("JSON");
    let pages = page_texts(&parse(&render(&bytes)));
    let cover = &pages[0];
    assert!(cover.contains("Combined from 2 files"), "{cover}");
    for (file, sha256) in [
        ("energy.rbr.json", &energy),
        ("interior.rbr.json", &interior),
    ] {
        assert!(cover.contains(file), "{cover}");
        assert!(cover.contains(&format!("SHA-256 {sha256}")), "{cover}");
    }
    // A file typed by hand names no sources.
    let plain = page_texts(&parse(&render(
        &std::fs::read("assessments/examples/energy-transport-ministry.rbr.json").expect("example"),
    )));
    assert!(!plain[0].contains("Combined from"));
}
