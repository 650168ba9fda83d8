//! Bundled fonts, so Latin and Armenian text render the same on every machine.

use std::sync::Arc;

use egui::{FontData, FontDefinitions, FontFamily};

/// Noto Sans (Latin, Cyrillic, Greek).
pub const NOTO_SANS: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
/// Noto Sans Bold.
pub const NOTO_SANS_BOLD: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Bold.ttf");
/// Noto Sans Armenian (Armenian script only).
pub const NOTO_SANS_ARMENIAN: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansArmenian-Regular.ttf");
/// Noto Sans Armenian Bold.
pub const NOTO_SANS_ARMENIAN_BOLD: &[u8] =
    include_bytes!("../../assets/fonts/NotoSansArmenian-Bold.ttf");

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
