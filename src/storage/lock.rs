//! Who has a file open for editing, as LibreOffice says it: a small lock file next
//! to it (`.~lock.NAME#`) naming the person, the computer and the time, refreshed
//! while the file is open and removed when it is closed. A lock never stops
//! anyone reading the file, and a drive that refuses lock files changes nothing
//! else: the lock is a courtesy between colleagues, not a guard.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How long a lock is trusted after its last refresh: an rbr that crashed stops
/// refreshing, and its lock is taken over after this.
pub const STALE_AFTER_SECONDS: i64 = 5 * 60;

/// What a lock file says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LockInfo {
    /// Who has the file open (the review identity, else the system user).
    pub name: String,
    /// On which computer.
    pub computer: String,
    /// Since when (RFC 3339, UTC).
    pub since: String,
    /// When the app last said it still has the file open (RFC 3339, UTC).
    pub heartbeat: String,
}

impl LockInfo {
    /// Whether the lock was left by a crash: by this same person on this same
    /// computer (who cannot have it open twice), or not refreshed for
    /// [`STALE_AFTER_SECONDS`] before `now`.
    pub fn is_stale(&self, name: &str, computer: &str, now: time::OffsetDateTime) -> bool {
        let ours = self.name == name && self.computer == computer;
        let old = crate::assessment::parse_timestamp(&self.heartbeat)
            .is_none_or(|at| (now - at).whole_seconds() > STALE_AFTER_SECONDS);
        ours || old
    }
}

/// The lock file of `file`: `.~lock.NAME#` in the same folder.
pub fn path(file: &Path) -> PathBuf {
    let name = file.file_name().unwrap_or_default().to_string_lossy();
    file.with_file_name(format!(".~lock.{name}#"))
}

/// The lock on `file`, if there is one rbr can read.
pub fn read(file: &Path) -> Option<LockInfo> {
    let bytes = fs::read(path(file)).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Writes (or refreshes) the lock on `file`.
pub fn write(file: &Path, info: &LockInfo) -> std::io::Result<()> {
    let bytes = serde_json::to_vec_pretty(info)?;
    fs::write(path(file), bytes)
}

/// Removes the lock on `file`, if it is there.
pub fn remove(file: &Path) {
    let _ = fs::remove_file(path(file));
}

/// This computer's name, as the lock names it.
pub fn computer() -> String {
    let name = std::env::var("COMPUTERNAME")
        .or_else(|_| std::env::var("HOSTNAME"))
        .ok()
        .or_else(|| fs::read_to_string("/etc/hostname").ok())
        .map(|name| name.trim().to_owned())
        .unwrap_or_default();
    if name.is_empty() {
        "?".to_owned()
    } else {
        name
    }
}

/// The system user's name, for a lock when no review identity is set.
pub fn system_user() -> String {
    std::env::var("USERNAME")
        .or_else(|_| std::env::var("USER"))
        .unwrap_or_else(|_| "?".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_is_stale_when_it_is_ours_or_not_refreshed() {
        let now = time::macros::datetime!(2026-12-06 10:00 UTC);
        let lock = LockInfo {
            name: "Lena Marsh".into(),
            computer: "MIN-PC-12".into(),
            since: "2026-12-06T09:00:00Z".into(),
            heartbeat: "2026-12-06T09:58:00Z".into(),
        };
        assert!(
            !lock.is_stale("Tomas Verin", "MIN-PC-40", now),
            "fresh, someone else's"
        );
        assert!(
            lock.is_stale("Lena Marsh", "MIN-PC-12", now),
            "ours: left by a crash"
        );
        let old = LockInfo {
            heartbeat: "2026-12-06T09:50:00Z".into(),
            ..lock
        };
        assert!(
            old.is_stale("Tomas Verin", "MIN-PC-40", now),
            "not refreshed for 10 minutes"
        );
        assert_eq!(
            path(Path::new("/share/energy.rbr.json")),
            Path::new("/share/.~lock.energy.rbr.json#")
        );
    }
}
