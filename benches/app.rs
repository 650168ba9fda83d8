//! Benchmark of the app's busiest screens rendered headless: target under 2 ms a frame.

use criterion::{Criterion, criterion_group, criterion_main};
use rbr::app::{App, Command, Prefs, ScriptedPicker};

fn frame(ctx: &egui::Context, app: &mut App) -> usize {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..egui::RawInput::default()
    };
    let output = ctx.run_ui(input, |ui| app.frame_ui(ui));
    ctx.tessellate(output.shapes, output.pixels_per_point).len()
}

fn screens(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let ctx = egui::Context::default();
    rbr::ui::fonts::install(&ctx);
    rbr::ui::theme::install_style(&ctx);
    let mut app = App::new(
        Prefs::default(),
        Box::new(ScriptedPicker::default()),
        Some(dir.path().to_owned()),
    );
    // The complete national example: every question answered.
    app.run(&ctx, Command::OpenExample(0));
    app.run(&ctx, Command::ShowQuestions);
    for _ in 0..3 {
        frame(&ctx, &mut app);
    }
    c.bench_function("questionnaire screen, full assessment, one frame", |b| {
        b.iter(|| frame(&ctx, &mut app));
    });
    app.run(&ctx, Command::ShowDashboard);
    for _ in 0..3 {
        frame(&ctx, &mut app);
    }
    c.bench_function("dashboard, full assessment, one frame", |b| {
        b.iter(|| frame(&ctx, &mut app));
    });
}

criterion_group!(benches, screens);
criterion_main!(benches);
