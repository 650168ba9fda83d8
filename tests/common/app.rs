//! Driving the desktop app headless, as a person would: by its accessible labels.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use rbr::app::{App, Prefs, ScriptedPicker};
use serde_json::Value;

pub fn harness(app: App) -> Harness<'static, App> {
    // The start screen's lists arrive from a worker thread, which asks for a repaint
    // whenever it finishes: a few more steps than egui's default may be needed.
    Harness::builder()
        .with_size(egui::vec2(1280.0, 1000.0))
        .with_max_steps(16)
        .with_context_setup(rbr::ui::fonts::install)
        .build_ui_state(|ui, app: &mut App| rbr::shell::frame_ui(app, ui), app)
}

pub fn app(picks: Vec<Option<PathBuf>>, recovery: &Path) -> App {
    App::new(
        Prefs::default(),
        Box::new(ScriptedPicker::new(picks)),
        Some(recovery.to_owned()),
    )
}

/// A copy of an example assessment, named `name`, in `dir`: tests work on copies.
pub fn example_copy(dir: &Path, example: &str, name: &str) -> PathBuf {
    let file = dir.join(name);
    std::fs::copy(Path::new("assessments/examples").join(example), &file)
        .expect("copy the example");
    file
}

/// Selects what the in-window path prompt holds and types `path` over it, by
/// keyboard.
pub fn type_path(h: &mut Harness<'_, App>, path: &Path) {
    h.get_by_label("File path").focus();
    h.run();
    h.key_combination_modifiers(egui::Modifiers::COMMAND, &[egui::Key::A]);
    h.run();
    h.get_by_label("File path")
        .type_text(&path.display().to_string());
    h.run();
}

pub fn type_into(h: &mut Harness<'_, App>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

/// Waits until the start screen has read its lists (on a worker thread) and shows them.
pub fn settle_start(h: &mut Harness<'_, App>) {
    h.state_mut().finish_start();
    h.run();
}

pub fn click(h: &mut Harness<'_, App>, label: &str) {
    h.get_by_label(label).click();
    h.run();
}

pub fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&std::fs::read(path).expect("file on disk")).expect("JSON")
}

/// Every accessible label and value in the window.
pub fn all_text(h: &Harness<'_, App>) -> Vec<String> {
    fn walk(node: &egui_kittest::kittest::AccessKitNode<'_>, out: &mut Vec<String>) {
        out.extend(node.label());
        out.extend(node.value());
        for child in node.children() {
            walk(&child, out);
        }
    }
    let mut out = Vec::new();
    walk(&h.kittest_state().root(), &mut out);
    out
}

/// What may stay Latin in an Armenian window: the questionnaire's own texts (English
/// until they are translated; screen readers get them line by line, so word by word
/// here), identifiers, file names, keycaps and product names.
pub struct LatinAllowed {
    words: std::collections::HashSet<String>,
    english_ui: Vec<String>,
}

impl LatinAllowed {
    pub fn new(extra: &[&str]) -> Self {
        let q = rbr::questionnaire::Questionnaire::built_in();
        let mut texts: Vec<String> = extra.iter().map(|s| (*s).to_owned()).collect();
        texts.push(q.title.get("en").to_owned());
        for level in &q.levels {
            texts.push(level.name.get("en").to_owned());
            texts.push(level.description.get("en").to_owned());
        }
        for area in &q.areas {
            texts.push(area.title.get("en").to_owned());
            for question in &area.questions {
                texts.push(question.text.get("en").to_owned());
                texts.push(question.guidance.get("en").to_owned());
                texts.extend(question.rubric.iter().map(|r| r.get("en").to_owned()));
            }
        }
        let keys = [
            "Ctrl", "Shift", "Alt", "Page", "Up", "Down", "Left", "Right", "Plus", "Minus", "Esc",
            "F1", "E", "N", "S", "O", "rbr", "PDF", "Excel", "CSV", "zenity", "UTC",
            // The questionnaire's id (nato-rbr).
            "nato", // egui's own accessible name for a panel's resize handle.
            "Resize", "panel",
            // The assessment's time zone, by its international (IANA) name: a value,
            // like a file name, not interface text.
            "Asia", "Yerevan",
        ];
        texts.extend(keys.iter().map(|k| (*k).to_owned()));
        // A new assessment takes this computer's zone (Europe/Berlin on a machine
        // in Berlin): a value too.
        texts.extend(rbr::zone::system_zone_name());
        let words = texts.iter().flat_map(|t| latin_words(t)).collect();
        // Every English interface text without placeables: none may be shown as is.
        let ftl = std::fs::read_to_string("assets/i18n/en/app.ftl").expect("app.ftl");
        let english_ui = ftl
            .lines()
            .filter_map(|line| line.split_once(" = "))
            .filter(|(id, text)| !id.starts_with('#') && !text.contains('{'))
            .map(|(_, text)| text.trim().to_owned())
            .filter(|text| text.len() > 3)
            .collect();
        Self { words, english_ui }
    }

    /// What in `text` is English that should not be.
    pub fn stray(&self, text: &str) -> Vec<String> {
        if self.english_ui.iter().any(|e| e == text.trim()) {
            return vec![text.to_owned()];
        }
        latin_words(text)
            .into_iter()
            .filter(|w| !self.words.contains(w))
            // A word the dashboard cut short ("evacu…") of a questionnaire text.
            .filter(|w| {
                !(text.contains(&format!("{w}…")) && self.words.iter().any(|v| v.starts_with(w)))
            })
            // Identifiers: BR3, BR3.4.
            .filter(|w| !(w.starts_with("BR") && w[2..].chars().all(|c| c.is_ascii_digit())))
            .collect()
    }
}

pub fn latin_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .map(str::to_owned)
        .collect()
}

pub fn assert_armenian(h: &Harness<'_, App>, allowed: &LatinAllowed, screen: &str) {
    let mut problems = Vec::new();
    for text in all_text(h) {
        let stray = allowed.stray(&text);
        if !stray.is_empty() {
            problems.push(format!("{text:?}: {stray:?}"));
        }
    }
    assert!(
        problems.is_empty(),
        "{screen}: English left in the Armenian window:\n{}",
        problems.join("\n")
    );
}
