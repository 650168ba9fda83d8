//! The translations checked as an Armenian reviewer would check them, but on every
//! build: both languages have the same messages and variables, every id the code
//! uses exists, no Armenian message is a copy of the English or slips into Latin
//! letters or English punctuation, the glossary's terms are used, and the embedded
//! loader serves what the files say.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use fluent_syntax::parser;
use rbr::i18n::{self, Arg, Language};

/// Stands for a placeable (`{ $count }`, `{ -brand }`) in expanded text.
const PLACE: char = '\u{FFFC}';

/// Latin words an Armenian message may contain: names of formats, products,
/// keys and identifiers. A token matches with or without trailing digits (`BR3`,
/// `F1`, `SHA-256`).
mod common;

use common::{glossary, mentions, report};

const LATIN_ALLOWED: &[&str] = &[
    "PDF", "JSON", "CSV", "Excel", "rbr", "NATO", "Ctrl", "Shift", "Alt", "Cmd", "Enter", "Esc",
    "Tab", "F", "BR", "SHA", "UTF", "POETE", "A", "E", "N", "S", "zenity", "Windows",
];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn i18n_dir() -> PathBuf {
    root().join("assets").join("i18n")
}

/// One message value, attribute or term of one language.
#[derive(Debug)]
struct Entry {
    /// Every text the pattern can produce, one per combination of select variants,
    /// with placeables as [`PLACE`].
    expansions: Vec<String>,
    variables: BTreeSet<String>,
}

/// (file name, id or id.attribute or -term) -> entry, for one language.
type Catalogue = BTreeMap<(String, String), Entry>;

fn load(lang: &str, problems: &mut Vec<String>) -> Catalogue {
    let dir = i18n_dir().join(lang);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .ftl files in {}", dir.display());
    let mut catalogue = Catalogue::new();
    let mut seen_ids: BTreeMap<String, String> = BTreeMap::new();
    for path in files {
        let file = path
            .file_name()
            .expect("file name")
            .to_string_lossy()
            .into_owned();
        let source = std::fs::read_to_string(&path).expect("readable .ftl");
        let resource = match parser::parse(source.as_str()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    problems.push(format!("{lang}/{file}: syntax error {error:?}"));
                }
                resource
            }
        };
        for entry in &resource.body {
            let (id, value, attributes) = match entry {
                ast::Entry::Message(message) => (
                    message.id.name.to_owned(),
                    message.value.as_ref(),
                    &message.attributes,
                ),
                ast::Entry::Term(term) => (
                    format!("-{}", term.id.name),
                    Some(&term.value),
                    &term.attributes,
                ),
                ast::Entry::Junk { content } => {
                    problems.push(format!("{lang}/{file}: unparsable {content:?}"));
                    continue;
                }
                ast::Entry::Comment(_)
                | ast::Entry::GroupComment(_)
                | ast::Entry::ResourceComment(_) => continue,
            };
            if let Some(other) = seen_ids.insert(id.clone(), file.clone()) {
                problems.push(format!("{lang}: {id} is in both {other} and {file}"));
            }
            if let Some(pattern) = value {
                catalogue.insert((file.clone(), id.clone()), entry_of(pattern));
            }
            for attribute in attributes {
                let key = format!("{id}.{}", attribute.id.name);
                catalogue.insert((file.clone(), key), entry_of(&attribute.value));
            }
        }
    }
    catalogue
}

fn entry_of(pattern: &ast::Pattern<&str>) -> Entry {
    let mut variables = BTreeSet::new();
    let expansions = expand(pattern, &mut variables);
    Entry {
        expansions,
        variables,
    }
}

fn expand(pattern: &ast::Pattern<&str>, variables: &mut BTreeSet<String>) -> Vec<String> {
    let mut texts = vec![String::new()];
    for element in &pattern.elements {
        let alternatives = match element {
            ast::PatternElement::TextElement { value } => vec![(*value).to_owned()],
            ast::PatternElement::Placeable { expression } => {
                expand_expression(expression, variables)
            }
        };
        texts = texts
            .iter()
            .flat_map(|text| alternatives.iter().map(move |alt| format!("{text}{alt}")))
            .collect();
    }
    texts
}

fn expand_expression(
    expression: &ast::Expression<&str>,
    variables: &mut BTreeSet<String>,
) -> Vec<String> {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_text(selector, variables);
            variants
                .iter()
                .flat_map(|variant| expand(&variant.value, variables))
                .collect()
        }
        ast::Expression::Inline(inline) => vec![inline_text(inline, variables)],
    }
}

fn inline_text(inline: &ast::InlineExpression<&str>, variables: &mut BTreeSet<String>) -> String {
    let mut arguments = |call: &Option<ast::CallArguments<&str>>| {
        if let Some(call) = call {
            for positional in &call.positional {
                inline_text(positional, variables);
            }
            for named in &call.named {
                inline_text(&named.value, variables);
            }
        }
    };
    match inline {
        ast::InlineExpression::StringLiteral { value } => (*value).to_owned(),
        ast::InlineExpression::NumberLiteral { value } => (*value).to_owned(),
        ast::InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
            PLACE.to_string()
        }
        ast::InlineExpression::FunctionReference {
            arguments: call, ..
        } => {
            arguments(&Some(call.clone()));
            PLACE.to_string()
        }
        ast::InlineExpression::TermReference {
            arguments: call, ..
        } => {
            arguments(call);
            PLACE.to_string()
        }
        ast::InlineExpression::MessageReference { .. } => PLACE.to_string(),
        ast::InlineExpression::Placeable { expression } => expand_expression(expression, variables)
            .into_iter()
            .next()
            .unwrap_or_default(),
    }
}

fn catalogues() -> (Catalogue, Catalogue) {
    let mut problems = Vec::new();
    let en = load("en", &mut problems);
    let hy = load("hy", &mut problems);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    (en, hy)
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (c.is_alphabetic() && ('\u{00C0}'..='\u{024F}').contains(&c))
}

/// Latin words not on the allow-list.
fn stray_latin(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || is_latin_letter(c)))
        .filter(|token| token.chars().any(is_latin_letter))
        .filter(|token| {
            let stem = token.trim_end_matches(|c: char| c.is_ascii_digit());
            !LATIN_ALLOWED.contains(token) && !LATIN_ALLOWED.contains(&stem)
        })
        .map(str::to_owned)
        .collect()
}

/// Whether the text has a word in it, beyond placeables, figures, punctuation and
/// allow-listed identifiers.
fn has_words(text: &str) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|token| token.chars().any(char::is_alphabetic))
        .any(|token| {
            let stem = token.trim_end_matches(|c: char| c.is_ascii_digit());
            !LATIN_ALLOWED.contains(&token) && !LATIN_ALLOWED.contains(&stem)
        })
}

#[test]
fn both_languages_have_the_same_messages_attributes_and_variables() {
    let (en, hy) = catalogues();
    let mut problems = Vec::new();
    for ((file, id), entry) in &en {
        match hy.get(&(file.clone(), id.clone())) {
            None => problems.push(format!("{file}: {id} is in en but not in hy")),
            Some(other) if other.variables != entry.variables => problems.push(format!(
                "{file}: {id} has variables {:?} in en but {:?} in hy",
                entry.variables, other.variables
            )),
            Some(_) => {}
        }
    }
    for (file, id) in hy.keys() {
        if !en.contains_key(&(file.clone(), id.clone())) {
            problems.push(format!("{file}: {id} is in hy but not in en"));
        }
    }
    // The macros name variables as Rust identifiers: `t!("id", count = 3)`.
    for ((file, id), entry) in en.iter().chain(&hy) {
        for variable in &entry.variables {
            let snake = variable
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !snake || variable.starts_with(|c: char| c.is_ascii_digit()) {
                problems.push(format!("{file}: {id}: ${variable} is not snake_case"));
            }
        }
    }
    report(&problems);
}

#[test]
fn the_embedded_loader_serves_every_message_in_both_languages() {
    let (en, hy) = catalogues();
    let mut problems = Vec::new();
    for (lang, catalogue) in [(Language::En, &en), (Language::Hy, &hy)] {
        for ((file, id), entry) in catalogue {
            if id.starts_with('-') {
                continue; // Terms are only used inside messages.
            }
            let args: Vec<(&str, Arg)> = entry
                .variables
                .iter()
                .map(|name| (name.as_str(), Arg::Num(2.0)))
                .collect();
            let text = i18n::tr_args(lang, id, &args);
            if text == *id {
                problems.push(format!(
                    "{}/{file}: {id} is not served (rebuild? a format error?)",
                    lang.code()
                ));
            }
            if text.chars().any(|c| matches!(c, '\u{2066}'..='\u{2069}')) {
                problems.push(format!("{}/{file}: {id} has isolation marks", lang.code()));
            }
            let armenian = text.chars().any(|c| ('\u{0531}'..='\u{058F}').contains(&c));
            let expected_armenian = entry
                .expansions
                .iter()
                .any(|t| t.chars().any(|c| ('\u{0531}'..='\u{058F}').contains(&c)));
            if armenian != expected_armenian {
                problems.push(format!(
                    "{}/{file}: {id} came back as {text:?}, not from its own file",
                    lang.code()
                ));
            }
        }
    }
    report(&problems);
}

#[test]
fn no_armenian_message_is_a_copy_of_the_english() {
    let (en, hy) = catalogues();
    let mut problems = Vec::new();
    for (key, entry) in &en {
        let Some(other) = hy.get(key) else { continue };
        let same = entry.expansions == other.expansions;
        if same && entry.expansions.iter().any(|t| has_words(t)) {
            problems.push(format!("{}: {} is the same in hy as in en", key.0, key.1));
        }
    }
    report(&problems);
}

#[test]
fn armenian_messages_use_armenian_punctuation_and_script() {
    let (en, hy) = catalogues();
    let mut problems = Vec::new();
    for ((file, id), entry) in &hy {
        let where_ = format!("hy/{file}: {id}");
        let english = en.get(&(file.clone(), id.clone()));
        let ends = |suffix: &str| {
            english.is_some_and(|e| {
                e.expansions.iter().any(|t| {
                    let t = t.trim_end();
                    t.ends_with(suffix) && !t.ends_with("...")
                })
            })
        };
        let (sentence, question) = (ends(".") || ends("?"), ends("?"));
        for text in &entry.expansions {
            let trimmed = text.trim_end();
            if text.contains('?') {
                problems.push(format!(
                    "{where_}: ASCII '?' (write ՞ on the questioned word)"
                ));
            }
            for quote in ['"', '“', '”', '„', '\'', '`'] {
                if text.contains(quote) {
                    problems.push(format!(
                        "{where_}: {quote} (quotes are «», emphasis ՛, pause ՝)"
                    ));
                }
            }
            if sentence && !trimmed.ends_with('։') {
                problems.push(format!("{where_}: a sentence ends with ։, not {trimmed:?}"));
            }
            if question && !text.contains('՞') {
                problems.push(format!("{where_}: a question has ՞ on the questioned word"));
            }
            if !sentence && trimmed.ends_with(':') && !ends(":") {
                problems.push(format!(
                    "{where_}: ends with ASCII ':' (the full stop is ։)"
                ));
            }
            let latin = stray_latin(&text.replace(PLACE, " "));
            if !latin.is_empty() {
                problems.push(format!("{where_}: Latin words {latin:?}"));
            }
        }
    }
    report(&problems);
}

#[test]
fn the_glossary_is_well_formed_and_names_the_domain() {
    let terms = glossary();
    let names: BTreeSet<&str> = terms.iter().map(|t| t.en.as_str()).collect();
    for required in [
        "readiness",
        "completeness",
        "gap",
        "target level",
        "evidence",
        "critical",
        "not applicable",
        "ready",
        "partially ready",
        "not ready",
        "planning",
        "organisation",
        "equipment",
        "training",
        "exercise",
        "continuity of government",
        "resilient energy supplies",
        "uncontrolled movement of people",
        "food and water",
        "mass casualties",
        "civil communications",
        "transport",
        "assessment",
        "self-assessment",
        "questionnaire",
        "reviewer",
        "assessor",
        "recommendation",
        "weight",
        "priority",
        "draft",
        "submitted",
        "reviewed",
        "approved",
        "resilience",
        "classification marking",
        "finding",
        "recovery",
        "autosave",
        "report",
    ] {
        assert!(names.contains(required), "glossary lacks {required}");
    }
    assert!(mentions("Three gaps remain.", "gap"));
    assert!(mentions("Exercises", "exercise"));
    assert!(mentions("the self-assessment", "assessment"));
    assert!(!mentions("Readiness", "ready"));
    assert!(!mentions("reported", "report"));
}

#[test]
fn armenian_messages_use_the_glossary_terms() {
    let (en, hy) = catalogues();
    let terms = glossary();
    let mut problems = Vec::new();
    for (key, entry) in &en {
        let Some(other) = hy.get(key) else { continue };
        let english = entry.expansions.join("\n");
        let armenian = other.expansions.join("\n").to_lowercase();
        for term in &terms {
            if mentions(&english, &term.en) && !term.stems.iter().any(|s| armenian.contains(s)) {
                problems.push(format!(
                    "hy/{}: {} says {:?} in en but lacks {:?} ({}) in hy",
                    key.0, key.1, term.en, term.stems[0], term.hy
                ));
            }
        }
    }
    report(&problems);
}

/// Message ids used in Rust source: `t!("id"`, `tl!(lang, "id"`, `tr(lang, "id"`,
/// `tr_args(lang, "id"`. Ids that are not string literals are not seen.
fn ids_in_source(source: &str) -> Vec<String> {
    let code: String = source
        .lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut ids = Vec::new();
    for (call, skip_first) in [
        ("t!(", false),
        ("tl!(", true),
        ("tr(", true),
        ("tr_args(", true),
    ] {
        for (at, _) in code.match_indices(call) {
            let preceded_by_ident = code[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
            if preceded_by_ident {
                continue;
            }
            let mut rest = &code[at + call.len()..];
            if skip_first {
                match after_first_argument(rest) {
                    Some(after) => rest = after,
                    None => continue,
                }
            }
            if let Some(id) = rest
                .trim_start()
                .strip_prefix('"')
                .and_then(|s| s.split_once('"'))
            {
                ids.push(id.0.to_owned());
            }
        }
    }
    ids
}

/// The text after the first top-level comma of an argument list.
fn after_first_argument(args: &str) -> Option<&str> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in args.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' if in_string => escaped = true,
            '"' => in_string = !in_string,
            _ if in_string => {}
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return None,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => return Some(&args[i + 1..]),
            _ => {}
        }
    }
    None
}

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable directory") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn the_id_scanner_finds_ids_in_every_call_form() {
    let source = r#"
        let a = t!("one");
        let b = crate::tl!(
            lang,
            "two",
            count = 3,
        );
        let c = i18n::tr(pick(lang, other), "three");
        let d = tr_args(Language::Hy, "four", &[("x", Arg::Num(1.0))]);
        let e = t!("five", name = "not-an-id");
        // t!("commented-out")
        let f = assert!(x);
        let g = tl!(lang, computed_id);
        let h = attr("not-a-call");
    "#;
    assert_eq!(
        ids_in_source(source).into_iter().collect::<BTreeSet<_>>(),
        ["one", "two", "three", "four", "five"]
            .map(str::to_owned)
            .into_iter()
            .collect()
    );
}

#[test]
fn every_message_id_used_in_the_source_exists() {
    let (en, _) = catalogues();
    let known: BTreeSet<&str> = en.keys().map(|(_, id)| id.as_str()).collect();
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    rust_files(&root().join("crates/rbr-core/src"), &mut files);
    let mut problems = Vec::new();
    let mut used = 0;
    for file in files {
        let source = std::fs::read_to_string(&file).expect("readable source");
        for id in ids_in_source(&source) {
            used += 1;
            if !known.contains(id.as_str()) {
                let name = file.strip_prefix(root()).unwrap_or(&file).display();
                problems.push(format!("{name}: {id:?} is not a message in assets/i18n/en"));
            }
        }
    }
    assert!(used > 0, "the scanner found no message id in the sources");
    report(&problems);
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

const HY_METHOD_HEADING: &str = "Գնահատման մեթոդը (հայերեն)";

fn hy_method() -> String {
    std::fs::read_to_string(root().join("crates/rbr-core/src/report/scoring-method.hy.md"))
        .expect("crates/rbr-core/src/report/scoring-method.hy.md exists")
}

#[test]
fn the_armenian_method_text_is_the_readmes() {
    let readme = std::fs::read_to_string(root().join("README.md")).expect("README.md exists");
    let section = readme
        .split("\n## ")
        .find(|s| s.starts_with(HY_METHOD_HEADING))
        .expect("README has the Armenian scoring method section");
    let section = section.trim_start_matches(HY_METHOD_HEADING);
    assert_eq!(squash(section), squash(&hy_method()));
}

#[test]
fn the_armenian_method_text_reads_as_armenian() {
    let method = hy_method();
    assert!(method.contains("62,5") && !method.contains("62.5"));
    assert!(!method.contains('?') && !method.contains('"'));
    let mut problems = Vec::new();
    for block in method.split("\n\n").flat_map(|p| p.split("\n- ")) {
        let block = squash(block);
        if !block.is_empty() && !block.ends_with('։') && !block.ends_with('․') {
            problems.push(format!("does not end with ։: {block:?}"));
        }
        // Outside `code`, no Latin words.
        let prose: String = block.split('`').step_by(2).collect::<Vec<_>>().join(" ");
        let latin = stray_latin(&prose);
        if !latin.is_empty() {
            problems.push(format!("Latin words {latin:?} in {block:?}"));
        }
    }
    report(&problems);
    let terms = glossary();
    for term in [
        "readiness",
        "completeness",
        "gap",
        "priority",
        "weight",
        "critical",
    ] {
        let row = terms
            .iter()
            .find(|t| t.en == term)
            .expect("in the glossary");
        assert!(
            method.to_lowercase().contains(&row.stems[0]),
            "the method text lacks {}",
            row.hy
        );
    }
}

#[test]
fn armenian_messages_follow_the_drafting_rules() {
    let (_, hy) = catalogues();
    let mut problems = Vec::new();
    for ((file, id), entry) in &hy {
        for text in &entry.expansions {
            problems.extend(common::armenian::problems(
                &format!("hy/{file}: {id}"),
                text,
            ));
        }
    }
    report(&problems);
}

#[test]
fn no_two_glossary_concepts_share_an_armenian_rendering() {
    let terms = glossary();
    let mut seen: std::collections::BTreeMap<String, &str> = std::collections::BTreeMap::new();
    for term in &terms {
        if let Some(other) = seen.insert(term.hy.to_lowercase(), &term.en) {
            panic!(
                "{:?} and {:?} are both rendered {:?}",
                other, term.en, term.hy
            );
        }
    }
    // The careful read's corrections stay made.
    let hy = |en: &str| {
        terms
            .iter()
            .find(|t| t.en == en)
            .map(|t| t.hy.as_str())
            .unwrap_or_else(|| panic!("glossary lacks {en}"))
    };
    for (en, want) in [
        ("gap", "թերություն"),
        ("reviewer", "ստուգող"),
        ("reviewed", "ստուգված"),
        ("evidence", "հավաստող նյութեր"),
        ("exercise", "ուսումնավարժություն"),
        ("classification marking", "գաղտնիության աստիճան"),
        ("baseline requirement", "ելակետային պահանջ"),
        ("requisition", "ռեկվիզիցիա"),
    ] {
        assert_eq!(hy(en), want, "{en}");
    }
}

#[test]
fn fixed_sets_name_themselves_in_the_language_asked_for() {
    use rbr::assessment::{PlanStatus, Status};
    use rbr::questionnaire::Poete;
    use rbr::scoring::Band;
    let names = |lang| {
        [
            Band::PartiallyReady.name(lang),
            Band::NotReady.title(lang),
            Poete::Exercises.name(lang),
            Status::Approved.name(lang),
        ]
    };
    assert_eq!(
        names(Language::Hy),
        [
            "մասամբ պատրաստ",
            "Պատրաստ չէ",
            "Ուսումնավարժություններ",
            "Հաստատված"
        ]
    );
    assert_eq!(
        names(Language::En),
        ["partially ready", "Not ready", "Exercises", "Approved"]
    );
    let plan = |lang| PlanStatus::ALL.map(|status| status.name(lang));
    assert_eq!(
        plan(Language::En),
        ["Planned", "In progress", "Done", "Deferred"]
    );
    assert_eq!(
        plan(Language::Hy),
        ["Պլանավորված", "Ընթացքում", "Կատարված", "Հետաձգված"]
    );
}
