//! The lock file of the assessment open for editing: taken when it is opened,
//! refreshed while it stays open, released when another file replaces it or the
//! app closes; and the question asked when someone else holds it.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::app::App;
use crate::storage::lock::{self, LockInfo};

/// How often the lock is refreshed while the file stays open.
const HEARTBEAT: Duration = Duration::from_secs(60);

/// The lock this app holds.
#[derive(Debug, Clone)]
pub(super) struct HeldLock {
    file: PathBuf,
    since: String,
    refreshed: Instant,
}

/// Someone else, or this person in another window, has the file open for editing:
/// what the lock says, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct LockPrompt {
    /// The file asked for.
    pub path: PathBuf,
    /// The lock found.
    pub info: LockInfo,
    /// The lock is this person's, on this computer: another rbr window has the file.
    pub own_window: bool,
}

fn now() -> String {
    crate::assessment::format_timestamp(time::OffsetDateTime::now_utc())
}

/// The lock `name` holds on this computer since `since`, refreshed now.
fn lock_info(name: String, since: String) -> LockInfo {
    LockInfo {
        name,
        computer: lock::computer(),
        since,
        heartbeat: now(),
        pid: Some(std::process::id()),
    }
}

impl App {
    /// The name a lock gives: the review identity's, else the system user's.
    fn lock_name(&self) -> String {
        self.prefs
            .identity
            .as_ref()
            .map(|i| i.name.trim().to_owned())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(lock::system_user)
    }

    /// A live lock on `path` held by someone else or by another window of ours, if
    /// any; a lock left by a crash (ours from a process that is gone, or not
    /// refreshed for five minutes) is none.
    pub(super) fn live_lock(&self, path: &Path) -> Option<LockPrompt> {
        let info = lock::read(path)?;
        let (name, computer) = (self.lock_name(), lock::computer());
        if info.is_stale(&name, &computer, time::OffsetDateTime::now_utc()) {
            return None;
        }
        Some(LockPrompt {
            path: path.to_owned(),
            own_window: info.is_ours(&name, &computer),
            info,
        })
    }

    /// Takes the lock on `path`; a drive that refuses it changes nothing else.
    pub(super) fn take_lock(&mut self, path: &Path) {
        self.release_lock();
        let info = lock_info(self.lock_name(), now());
        if lock::write(path, &info).is_ok() {
            self.window.lock = Some(HeldLock {
                file: path.to_owned(),
                since: info.since,
                refreshed: Instant::now(),
            });
        }
    }

    /// Removes the lock this app holds, if any.
    pub fn release_lock(&mut self) {
        if let Some(held) = self.window.lock.take() {
            lock::remove(&held.file);
        }
    }

    /// Refreshes the lock when a minute has passed (or `force`), so that
    /// another rbr can tell a live lock from one left by a crash.
    pub fn refresh_lock(&mut self, force: bool) {
        let name = self.lock_name();
        let Some(held) = self.window.lock.as_mut() else {
            return;
        };
        if !force && held.refreshed.elapsed() < HEARTBEAT {
            return;
        }
        held.refreshed = Instant::now();
        let _ = lock::write(&held.file, &lock_info(name, held.since.clone()));
    }

    /// The file whose lock this app holds.
    pub fn held_lock(&self) -> Option<&Path> {
        self.window.lock.as_ref().map(|h| h.file.as_path())
    }
}
