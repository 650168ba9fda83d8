//! Autosave: unsaved work goes to a recovery file a few seconds after each change,
//! never over the user's own file.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::app::App;
use crate::storage::recovery;

/// How long after the last change the app autosaves to the recovery folder.
pub const AUTOSAVE_AFTER: Duration = Duration::from_secs(3);

impl App {
    /// Writes unsaved changes to the recovery folder a few seconds after the last one.
    pub(super) fn autosave(&mut self, ctx: &egui::Context) {
        let Some(dir) = self.window.recovery_dir.clone() else {
            return;
        };
        let Some(doc) = self.doc.as_mut().filter(|d| d.has_unsaved_work()) else {
            return;
        };
        let Some(since) = doc.unsaved_since() else {
            return;
        };
        let waited = since.elapsed();
        if waited < AUTOSAVE_AFTER {
            ctx.request_repaint_after(AUTOSAVE_AFTER - waited);
            return;
        }
        let lang = crate::i18n::ui_language();
        let written = doc
            .to_json()
            .map_err(|e| e.message(lang))
            .and_then(|bytes| {
                recovery::write(&dir, doc.recovery_key(), doc.path(), &bytes)
                    .map_err(|e| e.message(lang))
            });
        // Either way, do not try again until the next change: a failing disk would
        // otherwise be hit every frame.
        doc.autosaved();
        if let Err(e) = written {
            self.notices
                .error(crate::t!("notice-autosave-failed", reason = e));
        }
    }

    /// Writes the autosave now (tests use this to simulate the idle timer).
    pub fn autosave_now(&mut self, ctx: &egui::Context) {
        if let Some(doc) = self.doc.as_mut().filter(|d| d.has_unsaved_work()) {
            doc.set_unsaved_since(Instant::now() - AUTOSAVE_AFTER);
        }
        self.autosave(ctx);
    }

    /// Removes the document's recovery file (its work is saved, or discarded).
    pub(super) fn remove_recovery(&mut self) {
        if let Some(file) = self
            .doc
            .as_ref()
            .and_then(|d| self.recovery_file(d.recovery_key()))
        {
            recovery::remove(&file);
        }
    }

    /// The recovery file of a document, if autosave has a folder.
    pub(super) fn recovery_file(&self, key: &str) -> Option<PathBuf> {
        self.window
            .recovery_dir
            .as_deref()
            .map(|dir| recovery::path(dir, key))
    }

    /// Whether the recovery folder holds work newer than the file with this key.
    pub(super) fn has_newer_autosave(&self, key: &str) -> bool {
        let (Some(dir), Some(file)) =
            (self.window.recovery_dir.as_deref(), self.recovery_file(key))
        else {
            return false;
        };
        recovery::list(dir)
            .iter()
            .any(|r| r.newer && r.path == file)
    }
}
