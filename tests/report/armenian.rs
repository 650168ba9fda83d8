//! The Armenian report: every section in Armenian with no English left, figures
//! with a decimal comma, the language chosen over the assessment's, and the same
//! bytes for the same input.

use std::path::Path;

use rbr::i18n::Language;
use rbr::questionnaire::Questionnaire;
use rbr::report::{SCORING_METHOD, SCORING_METHOD_HY, pdf_for};

use crate::support::{
    Fixture, all_text, assert_in_order, assert_inside, fixture, hand_computed_in, info_field,
    page_texts, parse, read, render, render_v1, squash,
};

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
    pdf_for(&Questionnaire::built_in(), &read(bytes), None, language).expect("renders")
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
    // The annex may run over a page break: read the pages' bodies without the
    // running header and footer, which each page's text ends with.
    let bodies: Vec<&str> = pages
        .iter()
        .map(|page| {
            page.rfind("Ինքնագնահատման հաշվետվություն՝")
                .map_or(page.as_str(), |at| &page[..at])
        })
        .collect();
    assert!(
        squash(&bodies.join(" ")).contains(&method),
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
