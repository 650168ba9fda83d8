//! Preferences kept between sessions in eframe's storage; never answers.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Language;
use crate::ui::theme::ThemeChoice;

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
