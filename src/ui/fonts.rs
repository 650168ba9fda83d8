//! Bundled fonts, so Latin and Armenian text render the same on every machine.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// The font files, compiled in once: the report sets its PDF in the same faces.
pub use crate::report::fonts::{
    NOTO_SANS, NOTO_SANS_ARMENIAN, NOTO_SANS_ARMENIAN_BOLD, NOTO_SANS_BOLD,
};

/// The family used for headings.
pub fn bold() -> FontFamily {
    FontFamily::Name("bold".into())
}

/// Installs the bundled fonts: Noto Sans first, Noto Sans Armenian for Armenian,
/// egui's own fonts last (for symbols).
pub fn install(ctx: &egui::Context) {
    let mut fonts = FontDefinitions::default();
    for (name, bytes) in [
        ("NotoSans", NOTO_SANS),
        ("NotoSans-Bold", NOTO_SANS_BOLD),
        ("NotoSansArmenian", NOTO_SANS_ARMENIAN),
        ("NotoSansArmenian-Bold", NOTO_SANS_ARMENIAN_BOLD),
    ] {
        fonts
            .font_data
            .insert(name.to_owned(), Arc::new(FontData::from_static(bytes)));
    }
    let defaults = fonts
        .families
        .get(&FontFamily::Proportional)
        .cloned()
        .unwrap_or_default();
    let regular = ["NotoSans", "NotoSansArmenian"].map(str::to_owned);
    let bold_faces = ["NotoSans-Bold", "NotoSansArmenian-Bold"].map(str::to_owned);
    let with_defaults =
        |faces: [String; 2]| faces.into_iter().chain(defaults.iter().cloned()).collect();
    fonts
        .families
        .insert(FontFamily::Proportional, with_defaults(regular));
    fonts.families.insert(bold(), with_defaults(bold_faces));
    // Monospace keeps egui's font but learns Armenian too.
    if let Some(mono) = fonts.families.get_mut(&FontFamily::Monospace) {
        mono.push("NotoSansArmenian".to_owned());
    }
    ctx.set_fonts(fonts);
}
