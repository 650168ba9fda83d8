//! A bare eframe window with one multi-line text field, the yardstick for what a typed
//! character should cost: `benches/typing-window.sh` types into it and into rbr.

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare text field")
            .with_inner_size([1280.0, 800.0]),
        system_font_fallback: false,
        ..eframe::NativeOptions::default()
    };
    let mut text = String::new();
    eframe::run_ui_native("bare text field", options, move |ui, _frame| {
        egui::CentralPanel::default().show(ui, |ui| {
            let label = ui.label("Evidence");
            ui.add(
                egui::TextEdit::multiline(&mut text)
                    .desired_rows(4)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        });
    })
}
