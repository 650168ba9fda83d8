//! The spreadsheets, opened as a user would open them: the workbook read back with
//! a reader (calamine) and its XML unzipped, the CSV parsed by a CSV reader. Rows in
//! priority order, real dates and numbers, the table, drop-down list, overdue rule
//! and data bar, the marking, Armenian text, hostile text kept as text, and the
//! command line end to end.

use std::fs;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use rbr::assessment::{Assessment, AssessmentFile, Meta, PlanStatus};
use rbr::i18n::Language;
use rbr::questionnaire::Questionnaire;
use rbr::tl;
use serde_json::{Value, json};
use time::Date;
use time::macros::date;

const HOSTILE: &str = "=HYPERLINK(\"http://x\",\"y\")";
const ACTION_HY: &str = "Գնել շարժական գեներատորներ և փորձարկել դրանք վարժանքում";
const EVIDENCE_HY: &str = "Հաստատված է Կառավարության 2025 թ. մարտի 12-ի որոշմամբ («Պլան»)";
const MARKING: &str = "NATO RESTRICTED & R&D";
const TODAY: &str = "2026-12-01";

/// Columns of the Plan sheet and the CSV.
const AREA: usize = 0;
const QUESTION: usize = 1;
const LEVEL: usize = 3;
const GAP: usize = 5;
const PRIORITY: usize = 6;
const FIGURE: usize = 9;
const ACTION: usize = 10;
const RECOMMENDATION: usize = 11;
const BODY: usize = 12;
const START: usize = 14;
const DUE: usize = 15;
const STATUS: usize = 16;
const MILESTONES: usize = 18;
const COLUMNS: usize = 20;

fn rbr() -> Command {
    let mut cmd = Command::cargo_bin("rbr").expect("binary built");
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C");
    cmd
}

/// The national example with a plan: the top gap overdue (in progress, due before
/// the export date) with a hostile action and milestones, the second done with an
/// Armenian action, and an entry for a question that is no longer a gap; an
/// Armenian evidence and a marking with ampersands.
struct Planned {
    json: Value,
    /// The plan's question ids in the order the spreadsheet must list them.
    order: Vec<String>,
    top: String,
    second: String,
    closed: String,
}

fn planned() -> Planned {
    let text = fs::read_to_string("assessments/examples/national-2026.rbr.json").expect("example");
    let mut json: Value = serde_json::from_str(&text).expect("JSON");
    let questionnaire = Questionnaire::built_in();
    let assessment = Assessment::from_bytes(text.as_bytes()).expect("loads");
    let score = rbr::scoring::score(&questionnaire, &assessment);
    let gaps: Vec<String> = score.gaps.iter().map(|g| g.question.to_string()).collect();
    let closed = questionnaire
        .questions()
        .find(|q| {
            let level = assessment.response(&q.id).level();
            level.is_some_and(|level| level >= assessment.target(q))
        })
        .map(|q| q.id.to_string())
        .expect("a question that meets its target");
    let (top, second) = (gaps[0].clone(), gaps[1].clone());
    json["meta"]["classification"] = json!(MARKING);
    json["answers"][&top]["evidence"] = json!(EVIDENCE_HY);
    json["plan"] = json!({
        &top: {
            "action": HOSTILE,
            "body": "Ministry of Health",
            "person": "A. Petrosyan",
            "start": "2026-01-15",
            "due": "2026-11-01",
            "status": "in-progress",
            "resources": "AMD 120 million",
            "milestones": [
                {"text": "Tender", "date": "2026-03-01", "done": true},
                {"text": "Delivery", "date": "2026-12-01"}
            ],
            "status_date": "2026-11-20"
        },
        &second: {"action": ACTION_HY, "body": "Առողջապահության նախարարություն", "due": "2027-06-30", "status": "done"},
        &closed: {"action": "Keep the stock", "due": "2026-01-01", "status": "done"}
    });
    let mut order = gaps;
    order.push(closed.clone());
    Planned {
        json,
        order,
        top,
        second,
        closed,
    }
}

fn write_json(dir: &Path, json: &Value) -> PathBuf {
    let path = dir.join("national.rbr.json");
    fs::write(&path, serde_json::to_vec_pretty(json).expect("serialises")).expect("writes");
    path
}

/// Runs `rbr export` and returns the workbook and the CSV it wrote.
fn export_with_cli(json: &Value, lang: &str) -> (Vec<u8>, Vec<u8>) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = write_json(dir.path(), json);
    let (xlsx, csv) = (dir.path().join("out.xlsx"), dir.path().join("plan.csv"));
    rbr()
        .args(["--lang", lang, "export"])
        .arg(&file)
        .arg("--xlsx")
        .arg(&xlsx)
        .arg("--csv")
        .arg(&csv)
        .args(["--date", TODAY])
        .assert()
        .success();
    (
        fs::read(&xlsx).expect("workbook written"),
        fs::read(&csv).expect("CSV written"),
    )
}

fn workbook(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("a workbook Excel can open")
}

fn sheet(bytes: &[u8], index: usize) -> calamine::Range<Data> {
    let mut book = workbook(bytes);
    let name = book.sheet_names()[index].clone();
    book.worksheet_range(&name).expect("sheet reads")
}

/// A part of the xlsx package, as text.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip package");
    let mut text = String::new();
    zip.by_name(name)
        .expect("the part exists")
        .read_to_string(&mut text)
        .expect("UTF-8 XML");
    text
}

fn text(cell: Option<&Data>) -> String {
    match cell {
        Some(Data::String(s)) => s.clone(),
        other => panic!("expected text, found {other:?}"),
    }
}

/// Excel's serial number of a date.
fn serial(day: Date) -> f64 {
    #[allow(clippy::cast_precision_loss)]
    let days = (day - date!(1899 - 12 - 30)).whole_days() as f64;
    days
}

fn is_date(cell: Option<&Data>, day: Date) -> bool {
    matches!(cell, Some(Data::DateTime(d)) if d.is_datetime() && (d.as_f64() - serial(day)).abs() < 1e-9)
}

#[test]
fn the_plan_sheet_lists_gaps_by_priority_with_real_dates_and_numbers() {
    let planned = planned();
    let (xlsx, _) = export_with_cli(&planned.json, "en");
    let book = workbook(&xlsx);
    assert_eq!(book.sheet_names(), ["Summary", "Answers", "Action plan"]);
    let plan = sheet(&xlsx, 2);
    let rows: Vec<&[Data]> = plan.rows().collect();
    assert_eq!(text(rows[0].get(AREA)), "Area");
    assert_eq!(text(rows[0].get(DUE)), "Due date");
    assert_eq!(rows[0].len(), COLUMNS);
    let ids: Vec<String> = rows[1..].iter().map(|r| text(r.get(QUESTION))).collect();
    assert_eq!(
        ids, planned.order,
        "gaps by priority, then the closed entry"
    );
    let priorities: Vec<f64> = rows[1..rows.len() - 1]
        .iter()
        .map(|r| {
            let Data::Float(p) = r[PRIORITY] else {
                panic!("priority is a number, found {:?}", r[PRIORITY]);
            };
            p
        })
        .collect();
    assert!(
        priorities.windows(2).all(|w| w[0] >= w[1]),
        "{priorities:?}"
    );

    let top = rows[1];
    assert!(matches!(top[LEVEL], Data::Float(_)), "level is a number");
    assert!(
        matches!(top[GAP], Data::Float(g) if g >= 1.0),
        "gap is a number"
    );
    assert!(
        is_date(top.get(DUE), date!(2026 - 11 - 01)),
        "{:?}",
        top[DUE]
    );
    assert!(
        is_date(top.get(START), date!(2026 - 01 - 15)),
        "{:?}",
        top[START]
    );
    assert_eq!(
        text(top.get(ACTION)),
        HOSTILE,
        "a formula in the file stays text"
    );
    assert_eq!(text(top.get(STATUS)), "In progress");
    assert_eq!(
        text(top.get(MILESTONES)),
        "✓ 2026-03-01 Tender; 2026-12-01 Delivery"
    );
    assert_eq!(text(rows[2].get(ACTION)), ACTION_HY, "Armenian survives");
    assert_eq!(text(rows[2].get(BODY)), "Առողջապահության նախարարություն");

    let closed = rows[rows.len() - 1];
    assert_eq!(text(closed.get(QUESTION)), planned.closed);
    assert_eq!(closed[GAP], Data::Empty, "no longer a gap: no gap figure");
    assert_eq!(closed[PRIORITY], Data::Empty);
    assert_eq!(text(closed.get(STATUS)), "Done");
    assert!(planned.top != planned.second);
}

#[test]
fn the_plan_sheet_has_a_table_a_status_list_an_overdue_rule_and_a_data_bar() {
    let planned = planned();
    let (xlsx, _) = export_with_cli(&planned.json, "en");
    let sheet = part(&xlsx, "xl/worksheets/sheet3.xml");
    let last = planned.order.len() + 1;
    assert!(sheet.contains("<tableParts count=\"1\">"), "an Excel table");
    let table = part(&xlsx, "xl/tables/table3.xml");
    assert!(table.contains(&format!("ref=\"A1:T{last}\"")), "{table}");
    assert!(table.contains(&format!("<autoFilter ref=\"A1:T{last}\"/>")));
    assert!(sheet.contains("state=\"frozen\"") && sheet.contains("ySplit=\"1\""));
    assert!(
        sheet.contains(&format!(
            "<dataValidation type=\"list\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" errorTitle=\"Status\" error=\"Choose one of the four statuses from the list.\" sqref=\"Q2:Q{last}\"><formula1>\"Planned,In progress,Done,Deferred\"</formula1>"
        )),
        "{sheet}"
    );
    assert!(sheet.contains(&format!(
        "<conditionalFormatting sqref=\"A2:T{last}\"><cfRule type=\"expression\" dxfId=\"0\" priority=\"1\"><formula>AND(ISNUMBER($P2),$P2&lt;TODAY(),$Q2&lt;&gt;\"Done\")</formula>"
    )));
    assert!(sheet.contains(&format!(
        "<conditionalFormatting sqref=\"F2:F{last}\"><cfRule type=\"dataBar\""
    )));
    let overdue_fill = part(&xlsx, "xl/styles.xml");
    assert!(overdue_fill.contains("FFFFC7CE"), "the overdue rows' fill");
    for n in 1..=3 {
        let xml = part(&xlsx, &format!("xl/worksheets/sheet{n}.xml"));
        assert!(!xml.contains("<f>"), "sheet {n} holds no formula");
        assert!(
            xml.contains("<oddHeader>&amp;CNATO RESTRICTED &amp;&amp; R&amp;&amp;D</oddHeader>"),
            "sheet {n}: the marking in the header, & escaped"
        );
        assert!(xml.contains("<oddFooter>&amp;L&amp;A&amp;CNATO RESTRICTED &amp;&amp; R&amp;&amp;D&amp;R&amp;P / &amp;N</oddFooter>"));
    }
    let note = part(&xlsx, "xl/comments1.xml");
    assert!(note.contains("Rows in red are overdue"), "{note}");
}

#[test]
fn the_summary_and_answers_sheets_show_the_details_the_areas_and_every_answer() {
    let planned = planned();
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = write_json(dir.path(), &planned.json);
    let bytes = fs::read(&file).expect("reads");
    let file = AssessmentFile::parse(bytes.clone()).expect("loads");
    let questionnaire = Questionnaire::built_in();
    let xlsx = rbr::export::xlsx(&questionnaire, &file, Language::En, date!(2026 - 12 - 01))
        .expect("a workbook");

    let summary = sheet(&xlsx, 0);
    let value = |label: &str| {
        summary
            .rows()
            .find(|row| row.first() == Some(&Data::String(label.to_owned())))
            .and_then(|row| row.get(1).cloned())
            .unwrap_or_else(|| panic!("no row {label}"))
    };
    assert_eq!(value("Classification"), Data::String(MARKING.to_owned()));
    assert_eq!(
        value("SHA-256 of the file"),
        Data::String(rbr::hash::fingerprint(&bytes))
    );
    assert!(is_date(Some(&value("Exported on")), date!(2026 - 12 - 01)));
    assert!(matches!(value("Assessment created"), Data::DateTime(_)));
    assert!(matches!(value("Overall readiness"), Data::Float(_)));
    assert_eq!(value("Gaps overdue on 1 December 2026"), Data::Float(1.0));
    let areas: Vec<String> = summary
        .rows()
        .filter_map(|row| match row.first() {
            Some(Data::String(id)) if id.starts_with("BR") => Some(id.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(areas, ["BR1", "BR2", "BR3", "BR4", "BR5", "BR6", "BR7"]);
    let chart = part(&xlsx, "xl/charts/chart1.xml");
    assert_eq!(chart.matches("<c:ser>").count(), 2, "readiness and target");
    assert!(chart.contains("<c:barDir val=\"col\"/>"));

    let answers = sheet(&xlsx, 1);
    assert_eq!(
        answers.rows().count(),
        1 + questionnaire.questions().count()
    );
    let top = answers
        .rows()
        .find(|row| text(row.get(1)) == planned.top)
        .expect("the top gap's answer");
    assert_eq!(text(top.get(7)), EVIDENCE_HY, "Armenian evidence survives");
    assert!(matches!(top[3], Data::Float(_)) && matches!(top[4], Data::Float(_)));
}

#[test]
fn the_csv_has_a_bom_the_same_rows_and_hostile_text_made_safe() {
    let planned = planned();
    let (_, csv) = export_with_cli(&planned.json, "en");
    assert!(csv.starts_with(b"\xEF\xBB\xBF"), "UTF-8 byte-order mark");
    assert!(
        String::from_utf8_lossy(&csv).contains("\r\n"),
        "CRLF line ends"
    );
    let mut reader = csv::Reader::from_reader(&csv[3..]);
    let headers = reader.headers().expect("a header row").clone();
    assert_eq!(headers.len(), COLUMNS);
    assert_eq!(&headers[DUE], "Due date");
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a record")).collect();
    let ids: Vec<&str> = records.iter().map(|r| &r[QUESTION]).collect();
    assert_eq!(ids, planned.order);
    let top = &records[0];
    assert_eq!(
        &top[ACTION],
        format!("'{HOSTILE}"),
        "starts with ', so it is text"
    );
    assert_eq!(&top[DUE], "2026-11-01");
    assert_eq!(&top[STATUS], "In progress");
    assert!(top[PRIORITY].parse::<u32>().is_ok(), "{}", &top[PRIORITY]);
    assert_eq!(&records[1][ACTION], ACTION_HY, "Armenian survives");
    assert_eq!(&records[records.len() - 1][GAP], "");
}

#[test]
fn with_lang_hy_the_headings_sheets_and_statuses_are_armenian() {
    let planned = planned();
    let (xlsx, csv) = export_with_cli(&planned.json, "hy");
    let hy = Language::Hy;
    let book = workbook(&xlsx);
    assert_eq!(
        book.sheet_names(),
        [
            tl!(hy, "export-sheet-summary"),
            tl!(hy, "export-sheet-answers"),
            tl!(hy, "export-sheet-plan")
        ]
    );
    assert_eq!(book.sheet_names()[2], "Գործողությունների ծրագիր");
    let plan = sheet(&xlsx, 2);
    let headings: Vec<String> = plan
        .rows()
        .next()
        .expect("headings")
        .iter()
        .map(|c| text(Some(c)))
        .collect();
    assert_eq!(headings[DUE], "Կատարման ժամկետ");
    assert_eq!(headings[AREA], "Ոլորտ");
    let in_progress = (PlanStatus::InProgress).name(hy);
    assert_eq!(
        text(plan.rows().nth(1).and_then(|r| r.get(STATUS))),
        in_progress
    );
    let statuses: Vec<String> = PlanStatus::ALL.iter().map(|s| s.name(hy)).collect();
    let sheet_xml = part(&xlsx, "xl/worksheets/sheet3.xml");
    assert!(sheet_xml.contains(&format!("<formula1>\"{}\"</formula1>", statuses.join(","))));
    assert!(
        sheet_xml.contains(&format!("$Q2&lt;&gt;\"{}\"", statuses[2])),
        "done, in Armenian"
    );

    let text = String::from_utf8(csv).expect("UTF-8");
    let header = text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .expect("a header row");
    assert!(header.starts_with("Ոլորտ,Հարց,Հարցի տեքստ,"), "{header}");
    assert!(header.contains(",Կատարման ժամկետ,"), "{header}");
}

#[test]
fn an_assessment_without_gaps_still_gives_a_plan_sheet_and_the_same_bytes_each_time() {
    let questionnaire = Questionnaire::built_in();
    let mut assessment = Assessment::new(&questionnaire, Meta::default());
    assessment.meta.language = "hy".to_owned();
    let file = AssessmentFile::parse(assessment.to_json(&questionnaire).expect("writes"))
        .expect("reads back");
    let make = || {
        rbr::export::xlsx(&questionnaire, &file, Language::Hy, date!(2026 - 12 - 01))
            .expect("a workbook")
    };
    let xlsx = make();
    assert_eq!(xlsx, make(), "same file, same day: same bytes");
    let plan = sheet(&xlsx, 2);
    assert_eq!(plan.rows().count(), 1, "the headings alone");
    let header = part(&xlsx, "xl/worksheets/sheet1.xml");
    // No classification chosen: no header, and a footer with no marking in it.
    assert!(!header.contains("<oddHeader>"), "{header}");
    assert!(
        header.contains("<oddFooter>&amp;L&amp;A&amp;C&amp;R&amp;P / &amp;N</oddFooter>"),
        "{header}"
    );
    let csv = rbr::export::csv(&questionnaire, &assessment, Language::En).expect("CSV");
    assert_eq!(String::from_utf8(csv).expect("UTF-8").lines().count(), 1);
}

#[test]
fn the_command_line_refuses_what_would_lose_work_and_says_what_to_do() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let file = write_json(dir.path(), &planned().json);
    let before = fs::read(&file).expect("reads");
    let out = rbr()
        .arg("export")
        .arg(&file)
        .arg("--xlsx")
        .arg(&file)
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.contains(&file.display().to_string()), "{stderr}");
    assert!(stderr.contains("choose another name"), "{stderr}");
    assert_eq!(
        fs::read(&file).expect("reads"),
        before,
        "the assessment is untouched"
    );

    let same = dir.path().join("same.out");
    rbr()
        .arg("export")
        .arg(&file)
        .arg("--xlsx")
        .arg(&same)
        .arg("--csv")
        .arg(&same)
        .assert()
        .code(2);
    rbr().arg("export").arg(&file).assert().code(2);
    let out = rbr()
        .arg("export")
        .arg(&file)
        .args(["--csv", "x.csv", "--date", "2026-13-01"])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(
        stderr.contains("--date \"2026-13-01\" is not a date"),
        "{stderr}"
    );
    assert!(!Path::new("x.csv").exists());
    let missing = dir.path().join("missing.rbr.json");
    rbr()
        .arg("export")
        .arg(&missing)
        .arg("--csv")
        .arg(dir.path().join("m.csv"))
        .assert()
        .code(2);

    let csv = dir.path().join("only.csv");
    let out = rbr()
        .arg("export")
        .arg(&file)
        .arg("--csv")
        .arg(&csv)
        .assert()
        .success();
    let stdout = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert_eq!(stdout.trim(), format!("wrote {}", csv.display()));
    assert!(csv.exists() && !dir.path().join("only.xlsx").exists());
}

#[test]
fn the_sheets_carry_the_measured_figures_the_step_and_the_recommendation() {
    let json: Value = serde_json::from_str(
        &fs::read_to_string("assessments/examples/national-2026.rbr.json").expect("example"),
    )
    .expect("JSON");
    let (xlsx, csv) = export_with_cli(&json, "en");
    let q = Questionnaire::built_in();

    // Answers: the indicator, the value as a number, its unit, date, source and
    // the level it supports, on the row of the question.
    let answers = sheet(&xlsx, 1);
    let rows: Vec<&[Data]> = answers.rows().collect();
    let column = |name: &str| {
        rows[0]
            .iter()
            .position(|c| c == &Data::String(name.to_owned()))
            .unwrap_or_else(|| panic!("no column {name}"))
    };
    let br22 = rows
        .iter()
        .find(|r| r.get(1) == Some(&Data::String("BR2.2".into())))
        .expect("BR2.2's row");
    assert_eq!(br22[column("Figure")], Data::Float(34.0));
    assert_eq!(text(br22.get(column("Unit"))), "days");
    assert!(is_date(br22.get(column("As of")), date!(2026 - 09 - 30)));
    assert!(text(br22.get(column("Source"))).starts_with("State Reserve Agency"));
    assert_eq!(br22[column("Level the figure supports")], Data::Float(2.0));
    assert!(text(br22.get(column("Indicator"))).starts_with("Days of average consumption"));

    // The plan: a gap with nothing planned has the step from its level as its
    // action, the recommendation beside it, and the figure where there is one.
    let mut reader = csv::Reader::from_reader(&csv[3..]);
    let headers = reader.headers().expect("a header row").clone();
    assert_eq!(&headers[FIGURE], "Measured figure");
    assert_eq!(&headers[RECOMMENDATION], "Recommendation (summary)");
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("a record")).collect();
    let row = |id: &str| {
        records
            .iter()
            .find(|r| &r[QUESTION] == id)
            .unwrap_or_else(|| panic!("no row for {id}"))
    };
    let br52 = row("BR5.2");
    let question = q.question(&"BR5.2".into()).expect("BR5.2");
    let steps = question.steps.as_ref().expect("steps");
    assert_eq!(&br52[ACTION], steps[2].get("en"), "from level 2 to 3");
    assert_eq!(&br52[RECOMMENDATION], question.recommendation.get("en"));
    assert_eq!(
        &br52[FIGURE],
        "6.6%, as of 21 May 2026, Ministry of Health after-action report on exercise TRIAGE 26: supports up to level 1"
    );
}
