//! The report as an official document a ministry signs: the classification only
//! when one is chosen, the issuing body in capitals, the approval block filled
//! from the approval (or empty lines to sign), the copy number, the place and
//! year, times in the assessment's zone, and a signature field a real PDF signer
//! (pyHanko) signs without breaking `rbr verify --report`.

use std::path::{Path, PathBuf};
use std::process::Command as Process;

use assert_cmd::Command;
use lopdf::{Document, Object};
use rbr::assessment::{Assessment, AssessmentFile, Lenient, Status};
use rbr::i18n::Language;
use rbr::questionnaire::Questionnaire;
use rbr::report::{ReportOptions, pdf_with_options};
use rbr::review::{Action, Actor, act};

fn example(name: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("assessments/examples")
            .join(name),
    )
    .expect("example file")
}

fn armenian() -> Assessment {
    Assessment::from_bytes(&example("hy-territorial-administration.rbr.json"))
        .expect("the Armenian example")
}

/// The PDF of `assessment` as saved, with the options given.
fn render(assessment: &Assessment, copy: Option<u32>) -> Vec<u8> {
    let questionnaire = Questionnaire::built_in();
    let bytes = assessment.to_json(&questionnaire).expect("saves");
    let options = ReportOptions {
        copy,
        ..ReportOptions::default()
    };
    let file = AssessmentFile::parse(bytes).expect("reads back");
    pdf_with_options(&questionnaire, &file, &options).expect("a report")
}

/// The text of every page, whitespace collapsed.
fn pages(pdf: &[u8]) -> Vec<String> {
    let doc = Document::load_mem(pdf).expect("a PDF");
    doc.get_pages()
        .keys()
        .map(|&n| {
            let text = doc.extract_text(&[n]).expect("text");
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

fn person(name: &str, position: &str) -> Actor {
    Actor {
        name: name.to_owned(),
        role: "approver".to_owned(),
        organisation: "Տարածքային կառավարման և ենթակառուցվածքների նախարարություն".to_owned(),
        position: position.to_owned(),
        ..Actor::default()
    }
}

/// The Armenian example taken to approval by a minister on 27 November 2026
/// at 21:15 UTC, which is already the 28th in Yerevan.
fn approved(position: &str) -> Assessment {
    let mut assessment = armenian();
    // The example is marked reviewed with no trail: start the trail from a draft.
    assessment.meta.status = Lenient::Valid(Status::Draft);
    let reviewer = person("Լիլիթ Հակոբյան", "");
    act(
        &mut assessment,
        Action::Submitted,
        reviewer.clone(),
        "",
        "2026-11-27T10:00:00Z",
    )
    .expect("submitted");
    act(
        &mut assessment,
        Action::Reviewed,
        reviewer,
        "",
        "2026-11-27T12:00:00Z",
    )
    .expect("reviewed");
    act(
        &mut assessment,
        Action::Approved,
        person("Արամ Սուրենի Պետրոսյան", position),
        "",
        "2026-11-27T21:15:00Z",
    )
    .expect("approved");
    assessment
}

#[test]
fn a_report_without_a_classification_prints_no_marking_anywhere() {
    for (lang, code) in [(Language::Hy, "hy"), (Language::En, "en")] {
        let mut assessment = armenian();
        assessment.meta.language = code.to_owned();
        assert_eq!(assessment.meta.classification, "");
        let text = pages(&render(&assessment, None)).join(" ");
        for marking in [
            "ՈՉ ԳԱՂՏՆԻ",
            "ԱՌԱՆՑ ՆՇՄԱՆ",
            "UNCLASSIFIED",
            "UNMARKED",
            "Գաղտնիության աստիճան",
            "Classification",
            "Օրինակ N",
            "Copy No.",
        ] {
            assert!(!text.contains(marking), "{lang:?}: {marking:?} printed");
        }
    }
}

#[test]
fn a_chosen_grade_is_on_every_page_and_the_cover_numbers_the_copy() {
    let mut assessment = armenian();
    assessment.meta.classification = "Ծառայողական օգտագործման համար".to_owned();
    let pages = pages(&render(&assessment, Some(3)));
    assert!(pages.len() > 5);
    for (i, page) in pages.iter().enumerate() {
        assert!(
            page.matches("Ծառայողական օգտագործման համար").count() >= 2,
            "page {}: the grade top and bottom",
            i + 1
        );
    }
    assert!(pages[0].contains("Օրինակ N 3"), "{}", pages[0]);
    assert!(pages[0].contains("Գաղտնիության աստիճան Ծառայողական օգտագործման համար"));
    // Without a number, a blank to number the copy by hand.
    let unnumbered = self::pages(&render(&assessment, None));
    assert!(
        unnumbered[0].contains("Օրինակ N ______"),
        "{}",
        unnumbered[0]
    );
}

#[test]
fn the_cover_is_headed_by_the_issuing_body_in_capitals_and_ends_with_place_and_year() {
    let mut assessment = armenian();
    assessment.meta.organisation =
        "Տարածքային կառավարման և ենթակառուցվածքների նախարարություն".to_owned();
    assessment.meta.place = "ք. Երևան".to_owned();
    let cover = &pages(&render(&assessment, None))[0];
    assert!(
        cover.starts_with("ՏԱՐԱԾՔԱՅԻՆ ԿԱՌԱՎԱՐՄԱՆ ԵՎ ԵՆԹԱԿԱՌՈՒՑՎԱԾՔՆԵՐԻ ՆԱԽԱՐԱՐՈՒԹՅՈՒՆ"),
        "{cover}"
    );
    assert!(!cover.contains("ԵՒ"), "the reformed capitals: {cover}");
    assert!(
        cover.contains("Դիմակայունության ինքնագնահատման արդյունքների վերաբերյալ հաշվետվություն")
    );
    assert!(cover.contains("Կազմող"));
    assert!(cover.contains("ք. Երևան, 2026 թ."), "{cover}");
    assert!(cover.contains("Էջ 1 / "));
}

#[test]
fn an_unapproved_report_has_empty_lines_to_sign() {
    let cover = &pages(&render(&armenian(), None))[0];
    for blank in [
        "ՀԱՍՏԱՏՈՒՄ ԵՄ",
        "(պաշտոն)",
        "(ստորագրություն)",
        "(անվան սկզբնատառ, ազգանուն)",
        "«____» ______________ 20____ թ.",
    ] {
        assert!(cover.contains(blank), "{blank:?} missing: {cover}");
    }
}

#[test]
fn an_approved_report_names_the_approver_with_position_initial_and_date() {
    let cover = &pages(&render(&approved("Նախարարի տեղակալ"), None))[0];
    assert!(cover.contains("ՀԱՍՏԱՏՈՒՄ ԵՄ Նախարարի տեղակալ"), "{cover}");
    assert!(cover.contains("Ա. Պետրոսյան"), "{cover}");
    // 21:15 UTC on the 27th is the 28th in Yerevan.
    assert!(cover.contains("2026 թ. նոյեմբերի 28"), "{cover}");
    assert!(
        !cover.contains("(պաշտոն)") && !cover.contains("«____»"),
        "{cover}"
    );
    assert!(
        cover.contains("28.11.2026, 01:15, Երևանի ժամանակով"),
        "{cover}"
    );
    // No position given: its line stays empty to fill in by hand.
    let cover = &pages(&render(&approved(""), None))[0];
    assert!(
        cover.contains("(պաշտոն)") && cover.contains("Ա. Պետրոսյան"),
        "{cover}"
    );
}

#[test]
fn an_approval_whose_content_changed_since_fills_no_block() {
    let mut assessment = approved("Նախարար");
    assessment.meta.title.push_str(" (փոփոխված)");
    let cover = &pages(&render(&assessment, None))[0];
    assert!(!cover.contains("Ա. Պետրոսյան"), "{cover}");
    assert!(cover.contains("«____» ______________ 20____ թ."), "{cover}");
}

/// The first page's signature fields: name, and rectangle.
fn signature_fields(pdf: &[u8]) -> Vec<(String, Vec<f32>)> {
    let doc = Document::load_mem(pdf).expect("a PDF");
    let first = *doc.get_pages().values().next().expect("a page");
    let form = doc
        .catalog()
        .and_then(|c| c.get(b"AcroForm"))
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .expect("an AcroForm");
    let fields = form
        .get(b"Fields")
        .and_then(Object::as_array)
        .expect("fields");
    fields
        .iter()
        .map(|field| {
            let field = doc
                .get_dictionary(field.as_reference().expect("a reference"))
                .expect("a field");
            assert_eq!(
                field.get(b"FT").and_then(Object::as_name).ok(),
                Some(&b"Sig"[..])
            );
            assert_eq!(
                field.get(b"P").and_then(Object::as_reference).ok(),
                Some(first)
            );
            let name = lopdf::decode_text_string(field.get(b"T").expect("a name")).expect("text");
            let rect = field
                .get(b"Rect")
                .and_then(Object::as_array)
                .expect("a rectangle")
                .iter()
                .map(|v| v.as_float().expect("a number"))
                .collect();
            (name, rect)
        })
        .collect()
}

#[test]
fn the_approval_block_holds_an_empty_signature_field_on_the_cover() {
    let pdf = render(&armenian(), None);
    let fields = signature_fields(&pdf);
    assert_eq!(fields.len(), 1);
    let (name, rect) = &fields[0];
    assert_eq!(name, "Approval");
    // In the top right quarter of an A4 page, where the block is drawn.
    assert!(
        rect[0] > 250.0 && rect[1] > 421.0 && rect[2] > rect[0] && rect[3] > rect[1],
        "{rect:?}"
    );
    // Not signed yet: no signature value anywhere.
    assert!(!String::from_utf8_lossy(&pdf).contains("/ByteRange"));
}

fn rbr() -> Command {
    let mut cmd = Command::cargo_bin("rbr").expect("the rbr binary");
    cmd.args(["--lang", "en"]);
    cmd
}

/// Python, which runs pyHanko (`.ci/run` installs it); the round trip is never
/// skipped: without Python the test fails and says what to install.
fn python() -> PathBuf {
    let python = PathBuf::from("python3");
    let found = Process::new(&python)
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success());
    assert!(
        found,
        "no python3 on this machine to run pyHanko: install Python 3 and `pip install pyhanko`"
    );
    python
}

#[test]
fn a_report_signed_with_pyhanko_validates_and_still_verifies() {
    let python = python();
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("national.rbr.json");
    std::fs::write(&file, example("national-2026.rbr.json")).expect("write");
    let report = dir.path().join("national.pdf");
    let signed = dir.path().join("national-signed.pdf");
    rbr()
        .arg("report")
        .arg(&file)
        .arg("-o")
        .arg(&report)
        .assert()
        .success();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools/pyhanko_sign.py");
    let out = Process::new(python)
        .arg(script)
        .arg(&report)
        .arg(&signed)
        .arg("Approval")
        .output()
        .expect("python runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "pyHanko could not sign the report (install it with `pip install pyhanko`):\n{stderr}"
    );
    let said = String::from_utf8_lossy(&out.stdout);
    for part in [
        "field=Approval",
        "intact=True",
        "valid=True",
        "coverage=ENTIRE_FILE",
        "first_page=True",
    ] {
        assert!(
            said.contains(part),
            "{part} not in pyHanko's answer: {said}"
        );
    }
    // Signing appended a revision: the report's bytes are kept as they were.
    let original = std::fs::read(&report).expect("report");
    let after = std::fs::read(&signed).expect("signed report");
    assert!(after.len() > original.len() && after.starts_with(&original));
    // rbr still finds its fingerprint, and says the one field is signed.
    let out = rbr()
        .args(["verify"])
        .arg(&file)
        .arg("--report")
        .arg(&signed)
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        stdout.contains("was made from exactly this file"),
        "{stdout}"
    );
    assert!(
        stdout.contains("Signature fields in the report: 1, signed: 1."),
        "{stdout}"
    );
    assert!(
        stdout.contains("does not judge the signatures' certificates"),
        "{stdout}"
    );
    // The unsigned report says none is signed yet.
    let out = rbr()
        .arg("verify")
        .arg(&file)
        .arg("--report")
        .arg(&report)
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(
        stdout.contains("Signature fields in the report: 1, signed: 0."),
        "{stdout}"
    );
}

#[test]
fn the_report_claims_no_pdf_standard_it_does_not_meet() {
    let pdf = render(&armenian(), None);
    let doc = Document::load_mem(&pdf).expect("a PDF");
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(Object::as_reference)
        .and_then(|id| doc.get_dictionary(id))
        .expect("document information");
    assert!(info.get(b"GTS_PDFXVersion").is_err(), "a PDF/X claim");
    assert!(info.get(b"Identifier").is_ok(), "the fingerprint stays");
    let text = String::from_utf8_lossy(&pdf);
    for claim in ["GTS_PDFX", "pdfaid", "pdfx:", "OutputIntent"] {
        assert!(!text.contains(claim), "{claim} in the PDF");
    }
}
