//! Recovery files: what the app autosaves while there are unsaved changes.
//!
//! Each recovery is a complete assessment file, `KEY.rbr.json` (so rbr itself can
//! open or validate it), beside `KEY.origin`, which holds the path of the file it
//! belongs to (empty for an assessment never saved).

use super::{FileError, fs, io_error, modified, write_atomic};
use std::path::{Path, PathBuf};

/// One autosaved assessment found in the recovery folder.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovery {
    /// The recovery file itself.
    pub path: PathBuf,
    /// The file it belongs to; none for a new assessment never saved.
    pub original: Option<PathBuf>,
    /// Whether it holds work the original does not: newer than the original, or
    /// the original is missing or was never saved.
    pub newer: bool,
    /// When it was written.
    pub saved: std::time::SystemTime,
}

/// The platform's folder for recovery files.
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "rbr", "rbr").map(|d| d.data_local_dir().join("recovery"))
}

/// The recovery file for `key`.
pub fn path(dir: &Path, key: &str) -> PathBuf {
    dir.join(format!("{key}.rbr.json"))
}

/// The key of a recovery file (its name without `.rbr.json`).
pub fn key(recovery: &Path) -> String {
    let name = recovery.file_name().unwrap_or_default().to_string_lossy();
    name.strip_suffix(".rbr.json").unwrap_or(&name).to_owned()
}

fn origin_path(recovery: &Path) -> PathBuf {
    recovery.with_file_name(format!("{}.origin", key(recovery)))
}

/// Writes the recovery for `key`; returns its path.
pub fn write(
    dir: &Path,
    key: &str,
    original: Option<&Path>,
    assessment: &[u8],
) -> Result<PathBuf, FileError> {
    fs::create_dir_all(dir).map_err(io_error(dir))?;
    let path = path(dir, key);
    let origin = original
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    write_atomic(&origin_path(&path), origin.as_bytes())?;
    write_atomic(&path, assessment)?;
    Ok(path)
}

/// Removes a recovery (after a save, or when the user discards it).
pub fn remove(path: &Path) {
    // A recovery that is already gone is what we want.
    let _ = fs::remove_file(path);
    let _ = fs::remove_file(origin_path(path));
}

/// Every recovery in `dir`, newest first.
pub fn list(dir: &Path) -> Vec<Recovery> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<Recovery> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".rbr.json"))
        .filter_map(|path| {
            let saved = modified(&path)?;
            let origin = fs::read_to_string(origin_path(&path)).unwrap_or_default();
            let original = (!origin.trim().is_empty()).then(|| PathBuf::from(origin.trim()));
            let newer = original
                .as_deref()
                .and_then(modified)
                .is_none_or(|original_time| saved > original_time);
            Some(Recovery {
                path,
                original,
                newer,
                saved,
            })
        })
        .collect();
    found.sort_by_key(|r| std::cmp::Reverse(r.saved));
    found
}
