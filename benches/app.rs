//! Benchmarks of the app rendered headless (egui's work and tessellation, not the GPU):
//! one frame of the busiest screens (target under 2 ms), one typed character against a
//! bare window with one text field (target: at most 1.5 times as much, with a short
//! evidence text and with 1 MB of it), and opening a 16 MiB file up to a drawn window
//! (target under 1 s). `benches/typing-window.sh` measures typing in a real window.

use std::path::Path;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use egui::{Event, Key, Modifiers, PointerButton, Pos2, RawInput, ViewportId};
use rbr::app::{App, Command, Prefs, ScriptedPicker};

const SIZE: egui::Vec2 = egui::vec2(1280.0, 800.0);
/// Where to start looking for the Evidence field on the questions screen at 1280x800.
const EVIDENCE: Pos2 = Pos2::new(1220.0, 500.0);

/// One frame with these events; returns whether egui asked for another at once.
fn frame(ctx: &egui::Context, events: Vec<Event>, ui: &mut impl FnMut(&mut egui::Ui)) -> bool {
    let input = RawInput {
        screen_rect: Some(egui::Rect::from_min_size(Pos2::ZERO, SIZE)),
        events,
        ..RawInput::default()
    };
    let output = ctx.run_ui(input, |ctx_ui| ui(ctx_ui));
    let again = output
        .viewport_output
        .get(&ViewportId::ROOT)
        .is_some_and(|v| v.repaint_delay.is_zero());
    std::hint::black_box(ctx.tessellate(output.shapes, output.pixels_per_point).len());
    again
}

/// Frames until egui asks for no immediate repaint (at most 8).
fn settle(ctx: &egui::Context, ui: &mut impl FnMut(&mut egui::Ui)) {
    for _ in 0..8 {
        if !frame(ctx, Vec::new(), ui) {
            break;
        }
    }
}

fn key(pressed: bool) -> Event {
    Event::Key {
        key: Key::A,
        physical_key: None,
        pressed,
        repeat: false,
        modifiers: Modifiers::NONE,
    }
}

/// One typed character as a window system delivers it: key down with its text, key up.
fn keystroke(ctx: &egui::Context, ui: &mut impl FnMut(&mut egui::Ui)) {
    frame(ctx, vec![key(true), Event::Text("a".into())], ui);
    frame(ctx, vec![key(false)], ui);
    settle(ctx, ui);
}

fn click(ctx: &egui::Context, at: Pos2, ui: &mut impl FnMut(&mut egui::Ui)) {
    let button = |pressed| Event::PointerButton {
        pos: at,
        button: PointerButton::Primary,
        pressed,
        modifiers: Modifiers::NONE,
    };
    frame(ctx, vec![Event::PointerMoved(at), button(true)], ui);
    frame(ctx, vec![button(false)], ui);
    settle(ctx, ui);
}

fn context() -> egui::Context {
    let ctx = egui::Context::default();
    rbr::ui::fonts::install(&ctx);
    rbr::ui::theme::install_style(&ctx);
    ctx
}

fn new_app(recovery: &Path) -> App {
    App::new(
        Prefs::default(),
        Box::new(ScriptedPicker::default()),
        Some(recovery.to_owned()),
    )
}

fn screens(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let ctx = context();
    let mut app = new_app(dir.path());
    // The complete national example: every question answered.
    app.run(&ctx, Command::OpenExample(0));
    app.run(&ctx, Command::ShowQuestions);
    let mut ui = |ui: &mut egui::Ui| rbr::shell::frame_ui(&mut app, ui);
    settle(&ctx, &mut ui);
    c.bench_function("questionnaire screen, full assessment, one frame", |b| {
        b.iter(|| frame(&ctx, Vec::new(), &mut ui));
    });
    app.run(&ctx, Command::ShowDashboard);
    let mut ui = |ui: &mut egui::Ui| rbr::shell::frame_ui(&mut app, ui);
    settle(&ctx, &mut ui);
    c.bench_function("dashboard, full assessment, one frame", |b| {
        b.iter(|| frame(&ctx, Vec::new(), &mut ui));
    });
}

/// The example with BR2.1's evidence replaced by `evidence`, saved in `dir`.
fn example_with_evidence(dir: &Path, name: &str, evidence: &str) -> std::path::PathBuf {
    let json = std::fs::read_to_string("assessments/examples/energy-transport-ministry.rbr.json")
        .expect("example");
    let mut value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    value["answers"]["BR2.1"]["evidence"] = evidence.into();
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_vec_pretty(&value).expect("JSON")).expect("write");
    path
}

/// Evidence as people paste it: numbered paragraphs, Armenian and Latin, `bytes` long.
fn long_evidence(bytes: usize) -> String {
    let paragraph = "Կառավարության 2025 թվականի որոշմամբ հաստատված կարգի համաձայն \
        fuel stock inspection report, depot 4, signed by the head of division. ";
    let mut text = String::with_capacity(bytes + 400);
    let mut n = 1;
    while text.len() < bytes {
        text.push_str(&format!("{n}. {paragraph}{paragraph}\n"));
        n += 1;
    }
    text
}

/// The app on the questions screen with the Evidence field focused.
fn typing_app(ctx: &egui::Context, dir: &Path, file: &Path) -> App {
    let mut app = new_app(dir);
    app.run(
        ctx,
        Command::Open {
            path: file.to_owned(),
            read_only: false,
        },
    );
    {
        let mut ui = |ui: &mut egui::Ui| rbr::shell::frame_ui(&mut app, ui);
        settle(ctx, &mut ui);
        // The field sits below the answer's notes, whose height depends on the
        // question: click down the right-hand column until the Evidence field has
        // the keyboard (nothing above it there changes the answer).
        let mut at = EVIDENCE;
        while !ctx.text_edit_focused() && at.y < SIZE.y {
            click(ctx, at, &mut ui);
            at.y += 20.0;
        }
    }
    assert!(
        ctx.text_edit_focused(),
        "the Evidence field has the keyboard"
    );
    app
}

fn evidence_len(app: &App) -> usize {
    app.doc
        .as_ref()
        .and_then(|d| d.assessment().answer(&"BR2.1".into()))
        .map_or(0, |a| a.evidence.len())
}

fn typing(c: &mut Criterion) {
    let mut group = c.benchmark_group("one typed character");
    // The yardstick: a bare window of the same size with one multi-line text field.
    let ctx = context();
    let mut text = String::new();
    let mut bare = |ui: &mut egui::Ui| {
        egui::CentralPanel::default().show(ui, |ui| {
            let label = ui.label("Evidence");
            ui.add(
                egui::TextEdit::multiline(&mut text)
                    .desired_rows(4)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        });
    };
    settle(&ctx, &mut bare);
    click(&ctx, Pos2::new(400.0, 40.0), &mut bare);
    assert!(ctx.text_edit_focused(), "the bare field has the keyboard");
    group.bench_function("bare window, one text field", |b| {
        b.iter(|| keystroke(&ctx, &mut bare));
    });

    let dir = tempfile::tempdir().expect("temp dir");
    for (name, evidence) in [
        (
            "questions screen, short evidence",
            "Fuel balance 2025.".to_owned(),
        ),
        ("questions screen, 1 MB of evidence", long_evidence(1 << 20)),
    ] {
        let ctx = context();
        let file = example_with_evidence(dir.path(), "typing.rbr.json", &evidence);
        let mut app = typing_app(&ctx, dir.path(), &file);
        let before = evidence_len(&app);
        {
            let mut ui = |ui: &mut egui::Ui| rbr::shell::frame_ui(&mut app, ui);
            group.bench_function(name, |b| b.iter(|| keystroke(&ctx, &mut ui)));
        }
        assert!(
            evidence_len(&app) > before,
            "{name}: the keys reached the evidence"
        );
    }
    group.finish();
}

/// 16 MiB in all: every question answered with long evidence.
fn huge_file(dir: &Path) -> std::path::PathBuf {
    let questionnaire = rbr::questionnaire::Questionnaire::built_in();
    let json =
        std::fs::read_to_string("assessments/examples/national-2026.rbr.json").expect("example");
    let mut value: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let ids: Vec<String> = questionnaire
        .questions()
        .map(|q| q.id.to_string())
        .collect();
    let evidence = long_evidence((16 << 20) / ids.len() - 4096);
    for id in &ids {
        value["answers"][id.as_str()]["evidence"] = evidence.as_str().into();
    }
    let path = dir.join("huge.rbr.json");
    std::fs::write(&path, serde_json::to_vec(&value).expect("JSON")).expect("write");
    let size = std::fs::metadata(&path).expect("size").len();
    assert!(size > 15 << 20 && size <= 16 << 20, "{size} bytes");
    path
}

fn opening(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = huge_file(dir.path());
    let mut group = c.benchmark_group("open");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));
    group.bench_function("a 16 MiB file, up to the first drawn frame", |b| {
        b.iter(|| {
            let ctx = context();
            let mut app = new_app(dir.path());
            app.run(
                &ctx,
                Command::Open {
                    path: file.clone(),
                    read_only: false,
                },
            );
            let mut ui = |ui: &mut egui::Ui| rbr::shell::frame_ui(&mut app, ui);
            frame(&ctx, Vec::new(), &mut ui);
            assert!(app.doc.is_some(), "the file opened");
        });
    });
    group.finish();
}

criterion_group!(benches, screens, typing, opening);
criterion_main!(benches);
