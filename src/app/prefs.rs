//! Preferences kept between sessions in eframe's storage; never answers.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Language;

/// How many recent files the start screen lists.
pub const MAX_RECENT: usize = 10;

/// The key under which preferences are stored.
pub const STORAGE_KEY: &str = "rbr-preferences";

/// What the app remembers between sessions.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Recently opened or saved files, most recent first.
    pub recent: Vec<PathBuf>,
    /// Light, dark or system theme.
    pub theme: ThemeChoice,
    /// The interface language chosen in the app; none follows the system.
    pub language: Option<Language>,
    /// Questionnaire files loaded for assessments, by questionnaire id.
    pub questionnaires: BTreeMap<String, PathBuf>,
    /// Who comments and acts in reviews; asked once, never kept in the answers.
    pub identity: Option<Identity>,
}

/// The person reviewing, as their comments and events name them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Identity {
    /// The person's name.
    pub name: String,
    /// Their role (author, reviewer, approver, or a title).
    pub role: String,
    /// Their organisation.
    pub organisation: String,
    /// Their position (`Minister`, `Նախարար`), which an approval prints in the
    /// report's approval block; optional.
    pub position: String,
    /// Their e-mail-like name in the coordinator's allowed-signers file
    /// (`a.petrosyan@gov.am`); used with a signing key.
    pub principal: String,
    /// The OpenSSH private key their steps are signed with; none: unsigned.
    pub key_file: Option<PathBuf>,
}

impl Identity {
    /// Whether every part is filled in.
    pub fn is_complete(&self) -> bool {
        [&self.name, &self.role, &self.organisation]
            .iter()
            .all(|s| !s.trim().is_empty())
    }

    /// The identity as an event records it.
    pub fn actor(&self) -> crate::review::Actor {
        crate::review::Actor {
            name: self.name.trim().to_owned(),
            role: self.role.trim().to_owned(),
            organisation: self.organisation.trim().to_owned(),
            position: self.position.trim().to_owned(),
            principal: String::new(),
            key: String::new(),
            extra: Default::default(),
        }
    }
}

impl Prefs {
    /// Puts `path` first in the recent list.
    pub fn remember(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_and_bounded() {
        let mut prefs = Prefs::default();
        for i in 0..15 {
            prefs.remember(Path::new(&format!("/tmp/{i}.rbr.json")));
        }
        prefs.remember(Path::new("/tmp/3.rbr.json"));
        assert_eq!(prefs.recent.len(), MAX_RECENT);
        assert_eq!(prefs.recent[0], Path::new("/tmp/3.rbr.json"));
        assert_eq!(
            prefs
                .recent
                .iter()
                .filter(|p| p.ends_with("3.rbr.json"))
                .count(),
            1
        );
    }
}

/// The user's theme choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the operating system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

impl ThemeChoice {
    /// The next choice, for a toggle button.
    pub fn next(self) -> Self {
        match self {
            ThemeChoice::System => ThemeChoice::Light,
            ThemeChoice::Light => ThemeChoice::Dark,
            ThemeChoice::Dark => ThemeChoice::System,
        }
    }

    /// The label of the toggle button.
    pub fn label(self) -> String {
        match self {
            ThemeChoice::System => crate::t!("app-theme-system"),
            ThemeChoice::Light => crate::t!("app-theme-light"),
            ThemeChoice::Dark => crate::t!("app-theme-dark"),
        }
    }

    /// The preference egui applies.
    pub fn preference(self) -> egui::ThemePreference {
        match self {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        }
    }
}
