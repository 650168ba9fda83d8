//! The dashboard's comparison with an earlier round: how comparable the two are,
//! what moved question by question, and which gaps closed or opened. The figures
//! come from the core's comparison, as in `rbr compare` and the PDF.

use egui::{RichText, Ui};

use crate::app::{Command, Document};
use crate::compare::{Comparison, Movement, QuestionChange};
use crate::i18n::{format, ui_language};
use crate::t;

/// The "Progress since" section: comparability, overall change, movements, gaps.
pub fn progress_ui(
    ui: &mut Ui,
    doc: &Document,
    (name, comparison): (&str, &Comparison),
    commands: &mut Vec<Command>,
) {
    let lang = ui_language();
    ui.horizontal_wrapped(|ui| {
        let heading = match comparison.old_round.date {
            Some(date) => t!(
                "compare-heading",
                date = format::date_long(lang, date),
                file = name
            ),
            None => t!("compare-heading-undated", file = name),
        };
        crate::ui::heading_ui(ui, heading);
        if ui.button(t!("compare-close")).clicked() {
            commands.push(Command::CloseComparison);
        }
    });
    let version = &doc.questionnaire().version;
    let weak = comparison.comparability.differs();
    for line in comparison.comparability_lines(lang, version) {
        let text = RichText::new(line);
        ui.label(if weak {
            text.color(ui.visuals().warn_fg_color)
        } else {
            text.weak()
        });
    }
    let overall = &comparison.overall;
    ui.label(t!(
        "compare-overall",
        old = format::figure(lang, overall.old.readiness),
        new = format::figure(lang, overall.new.readiness),
        change = format::signed_figure(lang, overall.readiness_change)
    ));
    ui.add_space(4.0);
    ui.columns(2, |columns| {
        movements_ui(&mut columns[0], doc, comparison, commands);
        gaps_ui(&mut columns[1], doc, comparison, commands);
    });
}

/// Improved, declined, newly answered... each question opens on a click.
fn movements_ui(ui: &mut Ui, doc: &Document, comparison: &Comparison, commands: &mut Vec<Command>) {
    if comparison.questions.is_empty() {
        ui.label(RichText::new(t!("cli-compare-no-moves")).weak());
        return;
    }
    for movement in Movement::ALL {
        let count = comparison.count(movement);
        if count == 0 {
            continue;
        }
        ui.label(RichText::new(movement.heading(ui_language(), count)).strong());
        for change in comparison.moved(movement) {
            question_button_ui(ui, doc, change, commands);
        }
        ui.add_space(4.0);
    }
}

/// A moved question: its id, old and new answer, and the start of its text.
fn question_button_ui(
    ui: &mut Ui,
    doc: &Document,
    change: &QuestionChange,
    commands: &mut Vec<Command>,
) {
    let text = doc
        .questionnaire()
        .question(&change.id)
        .map(|q| q.text.get(doc.language()))
        .unwrap_or_default();
    let short: String = text.chars().take(60).collect();
    let ellipsis = if short.len() < text.len() { "…" } else { "" };
    let mut label = t!(
        "compare-question",
        id = change.id.as_str(),
        old = crate::compare::response_text(ui_language(), change.old),
        new = crate::compare::response_text(ui_language(), change.new)
    );
    if change.meaning_changed {
        label.push_str(&format!(" ({})", t!("cli-compare-meaning-changed")));
    }
    if ui
        .add(egui::Button::new(format!("{label} — {short}{ellipsis}")).wrap())
        .on_hover_text(t!("dashboard-open-question"))
        .clicked()
    {
        commands.push(Command::ShowQuestion(change.id.clone()));
    }
}

/// Gaps closed and gaps opened since the earlier round.
fn gaps_ui(ui: &mut Ui, doc: &Document, comparison: &Comparison, commands: &mut Vec<Command>) {
    let lists = [
        (
            t!(
                "cli-compare-gaps-closed",
                count = comparison.gaps_closed.len()
            ),
            &comparison.gaps_closed,
        ),
        (
            t!(
                "cli-compare-gaps-opened",
                count = comparison.gaps_opened.len()
            ),
            &comparison.gaps_opened,
        ),
    ];
    for (heading, gaps) in lists {
        ui.label(RichText::new(heading).strong());
        if gaps.is_empty() {
            ui.label(RichText::new(t!("cli-compare-none")).weak());
        }
        for gap in gaps {
            let change = QuestionChange {
                id: gap.question.clone(),
                area: gap.area.clone(),
                critical: gap.critical,
                old: gap.old,
                new: gap.new,
                movement: Movement::Improved,
                meaning_changed: false,
            };
            question_button_ui(ui, doc, &change, commands);
        }
        ui.add_space(4.0);
    }
    if !comparison.figures.is_empty() {
        let lang = ui_language();
        ui.label(
            RichText::new(t!("cli-compare-figures", count = comparison.figures.len())).strong(),
        );
        for figure in &comparison.figures {
            ui.label(t!(
                "compare-figure",
                id = figure.question.as_str(),
                name = figure.indicator.name.get(doc.language()),
                old = figure.then(lang),
                new = figure.now(lang)
            ));
        }
    }
}
