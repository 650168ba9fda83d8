//! The dashboard: overall figures, a bar per area against its target, a radar chart,
//! the gaps by priority and the unanswered questions. Every figure comes from the
//! core's score.

use std::f32::consts::TAU;

use egui::{Align2, Color32, FontId, Pos2, RichText, Sense, Shape, Stroke, Ui, Vec2, pos2, vec2};

use crate::app::{Command, Document};
use crate::compare::Comparison;
use crate::scoring::AreaScore;
use crate::t;
use crate::ui::{figure, percent};
use crate::ui::{fonts, theme};

/// Draws the dashboard.
pub fn dashboard_ui(
    ui: &mut Ui,
    doc: &Document,
    review: &mut crate::app::ReviewState,
    comparison: Option<(&str, &Comparison)>,
    commands: &mut Vec<Command>,
) {
    let earlier = comparison.map(|(_, c)| c);
    let score = doc.score();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let meta = &doc.assessment().meta;
            ui.label(
                RichText::new(meta.title_or_placeholder())
                    .family(fonts::bold())
                    .strong()
                    .size(22.0),
            );
            // The classification only when there is one: no marking nobody chose.
            if meta.classification.trim().is_empty() {
                ui.label(&meta.organisation);
            } else {
                ui.label(format!("{} · {}", meta.organisation, meta.classification));
            }
            crate::ui::details::details_ui(ui, doc, commands);
            crate::ui::figures::planning_figures_ui(ui, doc, commands);
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                big_figure_ui(
                    ui,
                    &t!("dashboard-overall"),
                    &figure(score.overall.readiness),
                );
                ui.add_space(30.0);
                big_figure_ui(
                    ui,
                    &t!("dashboard-completeness"),
                    &percent(score.overall.completeness),
                );
                ui.add_space(30.0);
                big_figure_ui(ui, &t!("dashboard-gaps"), &score.gaps.len().to_string());
                ui.add_space(30.0);
                let (open, _) = doc
                    .assessment()
                    .review
                    .as_ref()
                    .map_or((0, 0), |r| r.comment_counts());
                big_figure_ui(ui, &t!("dashboard-open-comments"), &open.to_string());
            });
            crate::ui::review::history_ui(ui, doc, commands);
            // Comments on the assessment as a whole, not on one question.
            egui::CollapsingHeader::new(t!(
                "review-assessment-comments",
                open = doc.open_comments_on(None)
            ))
            .id_salt("assessment comments")
            .show(ui, |ui| {
                crate::ui::review::comments_ui(ui, doc, None, review, commands);
            });
            knock_on_ui(ui, doc);
            ui.add_space(10.0);
            comparison_ui(ui, doc, comparison, commands);
            ui.add_space(10.0);
            let wide = ui.available_width() > 980.0;
            if wide {
                ui.horizontal_top(|ui| {
                    ui.vertical(|ui| {
                        ui.set_width(ui.available_width() - 400.0);
                        bars_ui(ui, doc, earlier, commands);
                    });
                    radar_ui(ui, doc, earlier, 380.0);
                });
            } else {
                bars_ui(ui, doc, earlier, commands);
                radar_ui(ui, doc, earlier, 340.0);
            }
            ui.add_space(12.0);
            let today = doc.today();
            crate::ui::plan_progress::progress_ui(ui, doc, today, commands);
            ui.add_space(12.0);
            gaps_ui(ui, doc, commands);
            ui.add_space(12.0);
            unanswered_ui(ui, doc, commands);
        });
}

/// The comparison with an earlier round, or the button that starts one.
fn comparison_ui(
    ui: &mut Ui,
    doc: &Document,
    comparison: Option<(&str, &Comparison)>,
    commands: &mut Vec<Command>,
) {
    match comparison {
        Some(comparison) => crate::ui::compare::progress_ui(ui, doc, comparison, commands),
        None => {
            if ui
                .button(t!("compare-with"))
                .on_hover_text(t!("compare-with-hint"))
                .clicked()
            {
                commands.push(Command::CompareDialog);
            }
        }
    }
}

fn big_figure_ui(ui: &mut Ui, label: &str, value: &str) {
    ui.vertical(|ui| {
        ui.label(RichText::new(label).weak());
        ui.label(
            RichText::new(value)
                .family(fonts::bold())
                .strong()
                .size(28.0),
        );
    });
}

/// A weak area's knock-on effects: which in-scope areas depend on it.
fn knock_on_ui(ui: &mut Ui, doc: &Document) {
    let q = doc.questionnaire();
    let effects = doc.score().knock_on(q, |id| doc.assessment().in_scope(id));
    if effects.is_empty() {
        return;
    }
    ui.add_space(6.0);
    ui.label(
        RichText::new(t!("dashboard-knock-on-title"))
            .family(fonts::bold())
            .strong(),
    );
    let language = doc.language();
    for effect in effects {
        // The dependents by id: the bars below give their titles.
        let dependents: Vec<&str> = effect.dependents.iter().map(|a| a.id.as_str()).collect();
        let mut sentence = t!(
            "dashboard-knock-on",
            area = format!("{} {}", effect.area.id, effect.area.title.get(language)),
            dependents = dependents.join(", "),
            count = dependents.len()
        );
        if !effect.further.is_empty() {
            let further: Vec<&str> = effect.further.iter().map(|a| a.id.as_str()).collect();
            sentence.push(' ');
            sentence.push_str(&t!(
                "knock-on-further",
                areas = further.join(", "),
                count = further.len()
            ));
        }
        ui.label(sentence);
    }
}

fn bars_ui(ui: &mut Ui, doc: &Document, earlier: Option<&Comparison>, commands: &mut Vec<Command>) {
    crate::ui::heading_ui(ui, t!("dashboard-by-area"));
    let language = doc.language();
    let dark = ui.visuals().dark_mode;
    for (area, figures) in doc.questionnaire().areas.iter().zip(&doc.score().areas) {
        let title = format!("{} {}", area.id, area.title.get(language));
        if !figures.in_scope {
            ui.label(RichText::new(t!("dashboard-out-of-scope", title = title)).weak());
            continue;
        }
        let response = ui.add(egui::Button::new(RichText::new(&title).strong()).frame(false));
        if response.clicked()
            && let Some(first) = area.questions.first()
        {
            commands.push(Command::ShowQuestion(first.id.clone()));
        }
        let before = earlier
            .and_then(|c| c.area(&area.id))
            .map(|change| &change.old);
        bar_ui(ui, figures, dark);
        if let Some(before) = before {
            earlier_bar_ui(ui, before);
        }
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(
                theme::band_color(figures.band, dark),
                RichText::new(theme::band_label(figures.band)).strong(),
            );
            let mut text = t!(
                "dashboard-area-figures",
                readiness = figure(figures.readiness),
                target = figure(figures.target),
                done = figures.done(),
                total = figures.questions
            );
            if figures.provisional {
                text.push(' ');
                text.push_str(&t!("dashboard-provisional"));
            }
            if let Some(change) = earlier.and_then(|c| c.area(&area.id)) {
                text.push(' ');
                text.push_str(&t!(
                    "compare-area-figures",
                    old = figure(change.old.readiness),
                    change = crate::i18n::format::signed_figure(
                        crate::i18n::ui_language(),
                        change.readiness_change
                    )
                ));
            }
            ui.label(text);
        });
        ui.add_space(6.0);
    }
}

fn bar_ui(ui: &mut Ui, figures: &AreaScore, dark: bool) {
    let width = ui.available_width().min(620.0);
    let (rect, _) = ui.allocate_exact_size(vec2(width, 16.0), Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 3.0, ui.visuals().extreme_bg_color);
    let x = |value: f64| rect.left() + rect.width() * (value as f32 / 100.0).clamp(0.0, 1.0);
    if let Some(readiness) = figures.readiness {
        let filled = egui::Rect::from_min_max(rect.min, pos2(x(readiness), rect.bottom()));
        painter.rect_filled(filled, 3.0, theme::band_color(figures.band, dark));
    }
    if let Some(target) = figures.target {
        let tx = x(target);
        painter.line_segment(
            [pos2(tx, rect.top() - 3.0), pos2(tx, rect.bottom() + 3.0)],
            Stroke::new(3.0, theme::target_color(dark)),
        );
    }
    painter.rect_stroke(
        rect,
        3.0,
        Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
        egui::StrokeKind::Inside,
    );
}

/// The earlier round's readiness, as a thin grey bar under the current one.
fn earlier_bar_ui(ui: &mut Ui, figures: &AreaScore) {
    let width = ui.available_width().min(620.0);
    let (rect, _) = ui.allocate_exact_size(vec2(width, 6.0), Sense::hover());
    let painter = ui.painter();
    painter.rect_filled(rect, 2.0, ui.visuals().extreme_bg_color);
    if let Some(readiness) = figures.readiness {
        let x = rect.left() + rect.width() * (readiness as f32 / 100.0).clamp(0.0, 1.0);
        let filled = egui::Rect::from_min_max(rect.min, pos2(x, rect.bottom()));
        painter.rect_filled(filled, 2.0, theme::earlier_color(ui.visuals().dark_mode));
    }
}

/// The radar's geometry: one axis per area, 0 at the centre, 100 at `radius`.
struct Radar {
    center: Pos2,
    radius: f32,
    count: usize,
}

impl Radar {
    fn point(&self, i: usize, value: f64) -> Pos2 {
        let angle = TAU * i as f32 / self.count as f32 - TAU / 4.0;
        self.center + vec2(angle.cos(), angle.sin()) * self.radius * (value as f32 / 100.0)
    }
}

fn radar_ui(ui: &mut Ui, doc: &Document, earlier: Option<&Comparison>, size: f32) {
    ui.vertical(|ui| {
        crate::ui::heading_ui(ui, t!("dashboard-radar"));
        let (rect, _) = ui.allocate_exact_size(Vec2::splat(size), Sense::hover());
        let painter = ui.painter_at(rect);
        let dark = ui.visuals().dark_mode;
        let areas = &doc.score().areas;
        let radar = Radar {
            center: rect.center(),
            radius: size * 0.31,
            count: areas.len().max(3),
        };
        radar_axes_ui(ui, &painter, &radar, areas);
        if let Some(earlier) = earlier {
            let old: Vec<AreaScore> = earlier.areas.iter().map(|a| a.old.clone()).collect();
            radar_earlier_ui(&painter, &radar, &old, dark);
        }
        radar_shape_ui(&painter, &radar, areas, dark);
        ui.horizontal(|ui| {
            ui.colored_label(
                theme::band_color(Some(crate::scoring::Band::Ready), dark),
                t!("dashboard-radar-readiness"),
            );
            ui.colored_label(theme::target_color(dark), t!("dashboard-radar-target"));
        });
        if earlier.is_some() {
            ui.colored_label(theme::earlier_color(dark), t!("compare-radar-earlier"));
        }
    });
}

/// Rings at 25, 50, 75 and 100, an axis per area, and its label.
fn radar_axes_ui(ui: &Ui, painter: &egui::Painter, radar: &Radar, areas: &[AreaScore]) {
    let grid = ui.visuals().widgets.noninteractive.bg_stroke.color;
    for ring in [25.0, 50.0, 75.0, 100.0] {
        let ring_points: Vec<Pos2> = (0..radar.count).map(|i| radar.point(i, ring)).collect();
        painter.add(Shape::closed_line(ring_points, Stroke::new(1.0, grid)));
    }
    let text = ui.visuals().text_color();
    for (i, area) in areas.iter().enumerate() {
        painter.line_segment(
            [radar.center, radar.point(i, 100.0)],
            Stroke::new(1.0, grid),
        );
        let (label, color) = if area.in_scope {
            (format!("{}\n{}", area.id, figure(area.readiness)), text)
        } else {
            (
                // One word a line: a long label must not run off the chart.
                format!(
                    "{}\n{}",
                    area.id,
                    t!("dashboard-radar-out").replace(' ', "\n")
                ),
                ui.visuals().weak_text_color(),
            )
        };
        painter.text(
            radar.point(i, 122.0),
            Align2::CENTER_CENTER,
            label,
            FontId::proportional(12.0),
            color,
        );
    }
}

/// The earlier round's readiness: a dotted grey outline through the areas it scored.
fn radar_earlier_ui(painter: &egui::Painter, radar: &Radar, areas: &[AreaScore], dark: bool) {
    let points: Vec<Pos2> = areas
        .iter()
        .enumerate()
        .filter_map(|(i, a)| Some(radar.point(i, a.readiness?)))
        .collect();
    let stroke = Stroke::new(2.0, theme::earlier_color(dark));
    if points.len() >= 3 {
        let closed = [points.clone(), points[..1].to_vec()].concat();
        painter.add(Shape::dotted_line(&closed, stroke.color, 5.0, 1.5));
    }
    for &point in &points {
        painter.circle_stroke(point, 3.5, stroke);
    }
}

/// The readiness shape (solid, filled) and the target shape (dashed).
fn radar_shape_ui(painter: &egui::Painter, radar: &Radar, areas: &[AreaScore], dark: bool) {
    // Only areas with a readiness are drawn: an area out of scope or not yet
    // scored is not "0", so the shape joins the scored areas' axes only.
    let scored: Vec<(usize, f64, f64)> = areas
        .iter()
        .enumerate()
        .filter_map(|(i, a)| Some((i, a.readiness?, a.target?)))
        .collect();
    let readiness: Vec<Pos2> = scored.iter().map(|&(i, r, _)| radar.point(i, r)).collect();
    let targets: Vec<Pos2> = scored.iter().map(|&(i, _, t)| radar.point(i, t)).collect();
    let ready = theme::band_color(Some(crate::scoring::Band::Ready), dark);
    let target_stroke = Stroke::new(2.0, theme::target_color(dark));
    if scored.len() >= 3 {
        let closed = [targets.clone(), targets[..1].to_vec()].concat();
        painter.add(Shape::dashed_line(&closed, target_stroke, 6.0, 4.0));
        let fill = if dark {
            Color32::from_rgba_unmultiplied(120, 200, 140, 60)
        } else {
            Color32::from_rgba_unmultiplied(30, 130, 70, 50)
        };
        // The shape is not convex in general: fill it as triangles from the centre.
        for (i, &here) in readiness.iter().enumerate() {
            let next = readiness[(i + 1) % readiness.len()];
            painter.add(Shape::convex_polygon(
                vec![radar.center, here, next],
                fill,
                Stroke::NONE,
            ));
        }
        painter.add(Shape::closed_line(
            readiness.clone(),
            Stroke::new(2.0, ready),
        ));
    } else {
        for (&here, &target) in readiness.iter().zip(&targets) {
            painter.line_segment([radar.center, here], Stroke::new(3.0, ready));
            painter.circle_stroke(target, 4.0, target_stroke);
        }
    }
    for &here in &readiness {
        painter.circle_filled(here, 3.5, ready);
    }
}

fn gaps_ui(ui: &mut Ui, doc: &Document, commands: &mut Vec<Command>) {
    let language = doc.language();
    crate::ui::heading_ui(ui, t!("dashboard-gap-list", count = doc.score().gaps.len()));
    if doc.score().gaps.is_empty() {
        ui.label(RichText::new(t!("dashboard-no-gaps")).weak());
    }
    for gap in &doc.score().gaps {
        let Some(question) = doc.questionnaire().question(&gap.question) else {
            continue;
        };
        let text = question.text.get(language);
        let short: String = text.chars().take(110).collect();
        let ellipsis = if short.len() < text.len() { "…" } else { "" };
        let mut label = t!(
            "dashboard-gap",
            id = gap.question.to_string(),
            level = gap.level.to_string(),
            target = gap.target.to_string(),
            priority = gap.priority.to_string()
        );
        if gap.critical {
            label.push(' ');
            label.push_str(&t!("dashboard-gap-critical"));
        }
        let label = format!("{label} — {short}{ellipsis}");
        if ui
            .add(egui::Button::new(label).wrap())
            .on_hover_text(t!("dashboard-open-question"))
            .clicked()
        {
            commands.push(Command::ShowQuestion(gap.question.clone()));
        }
    }
}

fn unanswered_ui(ui: &mut Ui, doc: &Document, commands: &mut Vec<Command>) {
    let language = doc.language();
    let unanswered: Vec<_> = doc
        .in_scope_questions()
        .filter(|q| !doc.assessment().response_to(q).is_done())
        .collect();
    crate::ui::heading_ui(ui, t!("dashboard-unanswered", count = unanswered.len()));
    if unanswered.is_empty() {
        ui.label(RichText::new(t!("dashboard-all-answered")).weak());
    }
    for question in unanswered {
        let text: String = question.text.get(language).chars().take(110).collect();
        if ui
            .add(egui::Button::new(format!("{} — {text}", question.id)).wrap())
            .clicked()
        {
            commands.push(Command::ShowQuestion(question.id.clone()));
        }
    }
}
