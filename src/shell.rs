//! The window shell: the `eframe::App` that opens the window, routes each frame to
//! the screen shown and hands the screens' commands back to the app.
//!
//! The layers, top to bottom: this shell, the screens ([`crate::ui`]), the app's
//! state and commands ([`crate::app`]), then storage and the core. Each screen is
//! given only what it draws; none sees the whole [`App`].

use std::path::PathBuf;

use crate::app::{App, Command, Document, NativePicker, Prefs, STORAGE_KEY, Screen};
use crate::i18n::{self, Language};
use crate::storage::recovery;
use crate::ui;

/// The window could not be opened.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message(Language::En))]
pub struct WindowError(#[from] eframe::Error);

impl WindowError {
    /// Why, in `lang` (the graphics library's own words as detail).
    pub fn message(&self, lang: Language) -> String {
        crate::tl!(
            lang,
            "error-window",
            reason = self.0.to_string(),
            help = "rbr --help"
        )
    }
}

/// Draws one frame and runs the commands it produced.
pub fn frame_ui(app: &mut App, ui: &mut egui::Ui) {
    let ctx = ui.ctx().clone();
    let mut commands = app.begin_frame(&ctx);
    draw(app, ui, &mut commands);
    app.end_frame(&ctx, commands);
}

/// The top bar, the screen shown, and the dialogs over it.
fn draw(app: &mut App, ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    let bar = ui::top_bar::TopBar {
        screen: &app.view.screen,
        doc: app.doc.as_ref(),
        theme: app.prefs.theme,
        notices: &app.notices,
        exporting: app.exporting(),
    };
    ui::top_bar::top_bar_ui(ui, &bar, commands);
    if let Some(doc) = app.doc.as_ref()
        && matches!(app.view.screen, Screen::Questions)
    {
        ui::sidebar::sidebar_ui(ui, doc, &app.view.questions, commands);
    }
    let view = &mut app.view;
    let doc = app.doc.as_ref();
    let review = &mut app.dialogs.review;
    egui::CentralPanel::default().show(ui, |ui| match (&mut view.screen, doc) {
        (Screen::Start, _) => ui::start::start_ui(ui, &view.start, commands),
        (Screen::New(form), _) => ui::new_assessment::form_ui(ui, form, commands),
        (Screen::Combine(state), _) => ui::combine::combine_ui(ui, state, commands),
        (Screen::Questions, Some(doc)) => {
            ui::question::question_ui(ui, doc, &mut view.questions, review, commands);
        }
        (Screen::Dashboard, Some(doc)) => {
            let comparison = view
                .earlier
                .as_mut()
                .map(|earlier| (earlier.name.clone(), earlier.comparison(doc)));
            ui::dashboard::dashboard_ui(
                ui,
                doc,
                review,
                comparison.as_ref().map(|(name, c)| (name.as_str(), *c)),
                commands,
            );
        }
        (Screen::Plan, Some(doc)) => {
            ui::plan::plan_ui(ui, doc, &mut view.plan, doc.today(), commands);
        }
        (Screen::Questions | Screen::Dashboard | Screen::Plan, None) => {
            commands.push(Command::ShowStart);
        }
    });
    dialogs_ui(app, ui.ctx(), commands);
}

/// The windows over the screen: help, a typed path, the review and export
/// questions, "save changes?".
fn dialogs_ui(app: &mut App, ctx: &egui::Context, commands: &mut Vec<Command>) {
    if app.view.help_open {
        ui::help::help_ui(ctx, commands);
    }
    // The open signing key, as the identity dialog shows it: fingerprint and public line.
    let key = app
        .signing_key()
        .map(|k| (k.fingerprint(), k.public_openssh()));
    let dialogs = &mut app.dialogs;
    if let Some(prompt) = dialogs.prompt.as_mut() {
        ui::help::path_prompt_ui(ctx, prompt, commands);
    }
    if let Some(dialog) = dialogs.review.dialog.as_mut() {
        ui::review::dialog_ui(ctx, dialog, key.as_ref(), commands);
    }
    if let Some(conflict) = dialogs.conflict.as_mut() {
        ui::conflict::conflict_ui(ctx, conflict, commands);
    }
    if let Some(prompt) = dialogs.locked.as_ref() {
        ui::conflict::locked_ui(ctx, prompt, commands);
    }
    if let Some(dialog) = dialogs.export_check.dialog.as_mut() {
        ui::export_check::export_check_ui(ctx, dialog, commands);
    }
    if dialogs.pending.is_some() {
        let name = app.doc.as_ref().map(Document::name).unwrap_or_default();
        ui::help::unsaved_ui(ctx, &name, commands);
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        frame_ui(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, STORAGE_KEY, &self.prefs);
    }

    /// Keys typed ahead reach the window in the order typed, each after the focus
    /// they were meant for (see `app::typeahead`).
    fn raw_input_hook(&mut self, ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        self.hold_back_typed_ahead(ctx, raw_input);
    }

    /// The file open for editing is closed with the window: its lock goes.
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.release_lock();
    }
}

/// Opens the desktop app, with `file` if given. Returns when the window closes.
///
/// The interface speaks `lang` when given (`rbr --lang`, for this run only), else
/// the language last chosen in the app, else the system's.
pub fn run(file: Option<PathBuf>, lang: Option<Language>) -> Result<(), WindowError> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("rbr")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([800.0, 560.0]),
        // The bundled fonts render the same everywhere; no system font lookup at start.
        system_font_fallback: false,
        ..eframe::NativeOptions::default()
    };
    eframe::run_native(
        "rbr",
        options,
        Box::new(move |cc| {
            ui::fonts::install(&cc.egui_ctx);
            ui::theme::install_style(&cc.egui_ctx);
            let prefs: Prefs = cc
                .storage
                .and_then(|s| eframe::get_value(s, STORAGE_KEY))
                .unwrap_or_default();
            cc.egui_ctx.set_theme(prefs.theme.preference());
            i18n::set_ui_language(
                lang.or(prefs.language)
                    .unwrap_or_else(i18n::system_language),
            );
            let mut app = App::new(prefs, Box::new(NativePicker), recovery::default_dir());
            if let Some(path) = file {
                app.run(
                    &cc.egui_ctx,
                    Command::Open {
                        path,
                        read_only: false,
                    },
                );
            }
            Ok(Box::new(app))
        }),
    )?;
    Ok(())
}
