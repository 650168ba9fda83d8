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
    /// The process of the rbr that holds it, so that a second window of the same
    /// person on the same computer is told the file is open, not given it silently.
    /// Locks written before it was kept have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pid: Option<u32>,
}

impl LockInfo {
    /// Whether the lock was left by a crash: by this same person on this same
    /// computer, from a process that is gone, or not refreshed for
    /// [`STALE_AFTER_SECONDS`] before `now`.
    pub fn is_stale(&self, name: &str, computer: &str, now: time::OffsetDateTime) -> bool {
        let ours = self.is_ours(name, computer) && !self.held_by_another_process();
        let old = crate::assessment::parse_timestamp(&self.heartbeat)
            .is_none_or(|at| (now - at).whole_seconds() > STALE_AFTER_SECONDS);
        ours || old
    }

    /// Whether this person on this computer holds it.
    pub fn is_ours(&self, name: &str, computer: &str) -> bool {
        self.name == name && self.computer == computer
    }

    /// Whether another rbr on this computer still runs with it: the same person's
    /// second window. A lock that names no process (written by an older rbr) is not.
    pub fn held_by_another_process(&self) -> bool {
        self.pid
            .is_some_and(|pid| pid != std::process::id() && process_alive(pid))
    }
}

/// Whether process `pid` runs on this computer. A process that has ended but whose
/// parent has not yet collected it (a zombie) has ended.
#[cfg(target_os = "linux")]
fn process_alive(pid: u32) -> bool {
    // /proc/PID/stat: "PID (NAME) STATE ...", the name in parentheses may hold
    // anything, so the state is read after the last ')'.
    fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        stat.rsplit_once(')')
            .and_then(|(_, rest)| rest.split_whitespace().next())
            .is_some_and(|state| !matches!(state, "Z" | "X" | "x"))
    })
}

/// Whether process `pid` runs on this computer.
#[cfg(windows)]
fn process_alive(pid: u32) -> bool {
    use windows_sys::Win32::Foundation::{CloseHandle, STILL_ACTIVE};
    use windows_sys::Win32::System::Threading::{
        GetExitCodeProcess, OpenProcess, PROCESS_QUERY_LIMITED_INFORMATION,
    };
    // SAFETY: OpenProcess takes plain values and returns a handle or null; the
    // handle is used only while open, with a valid pointer to a local for the exit
    // code, and closed once.
    unsafe {
        let handle = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid);
        if handle.is_null() {
            return false;
        }
        let mut code = 0u32;
        let read = GetExitCodeProcess(handle, &raw mut code) != 0;
        CloseHandle(handle);
        read && code == STILL_ACTIVE.cast_unsigned()
    }
}

/// Elsewhere no second window is told apart from a crash.
#[cfg(not(any(target_os = "linux", windows)))]
fn process_alive(_pid: u32) -> bool {
    false
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
            pid: None,
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
            ..lock.clone()
        };
        assert!(
            old.is_stale("Tomas Verin", "MIN-PC-40", now),
            "not refreshed for 10 minutes"
        );
        // Ours, but another rbr of ours still runs with it: a second window.
        let mut other = std::process::Command::new("sleep")
            .arg("30")
            .spawn()
            .expect("a process");
        let in_another_window = LockInfo {
            pid: Some(other.id()),
            ..lock.clone()
        };
        assert!(in_another_window.held_by_another_process());
        assert!(!in_another_window.is_stale("Lena Marsh", "MIN-PC-12", now));
        other.kill().expect("kill");
        other.wait().expect("reaped");
        assert!(
            in_another_window.is_stale("Lena Marsh", "MIN-PC-12", now),
            "its process is gone: a crash"
        );
        let this_window = LockInfo {
            pid: Some(std::process::id()),
            ..lock.clone()
        };
        assert!(this_window.is_stale("Lena Marsh", "MIN-PC-12", now));
        assert_eq!(
            path(Path::new("/share/energy.rbr.json")),
            Path::new("/share/.~lock.energy.rbr.json#")
        );
    }
}
