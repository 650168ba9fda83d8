//! Colours with meaning (bands, target markers) and the light/dark preference.

use egui::Color32;

use crate::scoring::Band;

/// Text sizes for long reading sessions: a little larger than egui's defaults.
pub fn install_style(ctx: &egui::Context) {
    use egui::{FontFamily, FontId, TextStyle};
    ctx.all_styles_mut(|style| {
        // A steady cursor: a blinking one redraws the whole window twice a second,
        // which costs a software-rendered remote desktop several percent of a core
        // while someone merely reads a question (and blinking hurts some readers).
        style.visuals.text_cursor.blink = false;
        style.text_styles = [
            (
                TextStyle::Small,
                FontId::new(12.0, FontFamily::Proportional),
            ),
            (TextStyle::Body, FontId::new(15.0, FontFamily::Proportional)),
            (
                TextStyle::Button,
                FontId::new(15.0, FontFamily::Proportional),
            ),
            (
                TextStyle::Heading,
                FontId::new(20.0, crate::ui::fonts::bold()),
            ),
            (
                TextStyle::Monospace,
                FontId::new(14.0, FontFamily::Monospace),
            ),
        ]
        .into();
        style.spacing.item_spacing = egui::vec2(8.0, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 4.0);
    });
}

/// The colour of a band; always shown beside its text label, never alone.
pub fn band_color(band: Option<Band>, dark: bool) -> Color32 {
    match (band, dark) {
        (Some(Band::Ready), false) => Color32::from_rgb(0x1b, 0x7f, 0x3b),
        (Some(Band::Ready), true) => Color32::from_rgb(0x4c, 0xc2, 0x6e),
        (Some(Band::PartiallyReady), false) => Color32::from_rgb(0xa3, 0x62, 0x00),
        (Some(Band::PartiallyReady), true) => Color32::from_rgb(0xf0, 0xb0, 0x40),
        (Some(Band::NotReady), false) => Color32::from_rgb(0xb3, 0x26, 0x1e),
        (Some(Band::NotReady), true) => Color32::from_rgb(0xf2, 0x6b, 0x5e),
        (None, _) => Color32::GRAY,
    }
}

/// The band as a person reads it, in the interface language.
pub fn band_label(band: Option<Band>) -> String {
    band.map_or_else(
        || crate::t!("band-none-title"),
        |b| b.title(crate::i18n::ui_language()),
    )
}

/// The accent used for the target marker.
pub fn target_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(0x8a, 0xb4, 0xf8)
    } else {
        Color32::from_rgb(0x1a, 0x56, 0xc4)
    }
}

/// The earlier round in a comparison: a grey that reads beside the band colours.
pub fn earlier_color(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(170)
    } else {
        Color32::from_gray(110)
    }
}
