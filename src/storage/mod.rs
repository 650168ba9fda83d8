//! The only module that touches the file system: reading and atomically saving files.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

use crate::assessment::{Assessment, AssessmentFile, LoadError, MAX_FILE_BYTES};
use crate::i18n::Language;
use crate::questionnaire::{Questionnaire, QuestionnaireError};
use crate::tl;

/// A file that could not be read or written, with the path it concerns.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// The operating system refused (missing, no permission, a folder...).
    #[error("{}", self.message(Language::En))]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The file was read but is not an assessment.
    #[error("{}", self.message(Language::En))]
    Assessment {
        /// The file.
        path: PathBuf,
        /// Why it cannot be used.
        source: LoadError,
    },
    /// A file could not be written; whatever was there before is as it was.
    #[error("{}", self.message(Language::En))]
    Save {
        /// The file that was to be written.
        path: PathBuf,
        /// What the system said.
        source: io::Error,
    },
    /// The file was read but is not a valid questionnaire.
    #[error("{}", self.message(Language::En))]
    Questionnaire {
        /// The file.
        path: PathBuf,
        /// Why it cannot be used.
        source: QuestionnaireError,
    },
}

impl FileError {
    /// Whether the path itself could not be read (rather than its content being wrong).
    pub fn is_io(&self) -> bool {
        matches!(self, FileError::Io { .. })
    }

    /// What went wrong with which file, and what to do, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            FileError::Io { path, source } => tl!(
                lang,
                "error-file-io",
                file = path.display().to_string(),
                reason = system_reason(lang, source),
            ),
            FileError::Assessment { path, source } => tl!(
                lang,
                "error-file-assessment",
                file = path.display().to_string(),
                reason = source.message(lang),
            ),
            FileError::Save { path, source } => tl!(
                lang,
                "error-file-save",
                file = path.display().to_string(),
                reason = system_reason(lang, source),
            ),
            FileError::Questionnaire { path, source } => tl!(
                lang,
                "error-file-questionnaire",
                file = path.display().to_string(),
                reason = source.message(lang),
            ),
        }
    }
}

/// What the system said, in `lang` for the usual cases (a missing file, no
/// permission, a folder, a full disk) and in the system's own words otherwise.
#[expect(
    clippy::wildcard_enum_match_arm,
    reason = "io::ErrorKind is non-exhaustive: the rest is said in the system's own words"
)]
pub fn system_reason(lang: Language, error: &io::Error) -> String {
    if let Some(LinkLoop) = error.get_ref().and_then(|e| e.downcast_ref::<LinkLoop>()) {
        return tl!(lang, "error-io-link-loop", count = MAX_LINKS);
    }
    if held_open(error) {
        return tl!(lang, "error-io-held-open");
    }
    match error.kind() {
        io::ErrorKind::NotFound => tl!(lang, "error-io-not-found"),
        // Windows also says "access denied" when a file it would replace is open
        // in another program.
        io::ErrorKind::PermissionDenied if cfg!(windows) => {
            tl!(lang, "error-io-permission-denied-windows")
        }
        io::ErrorKind::PermissionDenied => tl!(lang, "error-io-permission-denied"),
        io::ErrorKind::IsADirectory => tl!(lang, "error-io-is-a-directory"),
        io::ErrorKind::NotADirectory => tl!(lang, "error-io-not-a-directory"),
        io::ErrorKind::StorageFull => tl!(lang, "error-io-storage-full"),
        io::ErrorKind::FileTooLarge => tl!(lang, "error-io-file-too-large"),
        io::ErrorKind::ReadOnlyFilesystem => tl!(lang, "error-io-read-only"),
        io::ErrorKind::InvalidData if error.get_ref().is_some_and(|e| e.is::<NotUtf8>()) => {
            tl!(lang, "error-io-not-utf8")
        }
        // The system's own words for the rest.
        _ => error.to_string(),
    }
}

/// Whether Windows refused because another program holds the file open
/// (`ERROR_SHARING_VIOLATION`, `ERROR_LOCK_VIOLATION`): Excel, or an antivirus
/// scanning it.
fn held_open(error: &io::Error) -> bool {
    cfg!(windows) && matches!(error.raw_os_error(), Some(32 | 33))
}

/// A chain of symbolic links too long to be anything but a loop.
#[derive(Debug, thiserror::Error)]
#[error("{}", tl!(Language::En, "error-io-link-loop", count = MAX_LINKS))]
struct LinkLoop;

/// A questionnaire file that is not UTF-8 text.
#[derive(Debug, thiserror::Error)]
#[error("{}", tl!(Language::En, "error-io-not-utf8"))]
struct NotUtf8;

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> FileError + '_ {
    move |source| FileError::Io {
        path: path.to_owned(),
        source,
    }
}

fn save_error(path: &Path) -> impl FnOnce(io::Error) -> FileError + '_ {
    move |source| FileError::Save {
        path: path.to_owned(),
        source,
    }
}

/// Reads a whole file, refusing one over the assessment size limit before reading it.
pub fn read_limited(path: &Path) -> Result<Vec<u8>, FileError> {
    let file = fs::File::open(path).map_err(io_error(path))?;
    let size = file.metadata().map_err(io_error(path))?.len();
    if size > MAX_FILE_BYTES {
        return Err(FileError::Assessment {
            path: path.to_owned(),
            source: LoadError::TooLarge { size },
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    // take() guards against a file that grows while it is read.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error(path))?;
    Ok(bytes)
}

/// Whether two paths name the same file: the same path, or, when both exist, the
/// same file on disk (through links and `..`).
pub fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || matches!(
            (fs::canonicalize(a), fs::canonicalize(b)),
            (Ok(a), Ok(b)) if a == b
        )
}

/// Reads an assessment file, keeping its bytes: the one way rbr reads one. The
/// report and the spreadsheets take what this returns, so the fingerprint they
/// print is of the bytes they render.
pub fn read_assessment(path: &Path) -> Result<AssessmentFile, FileError> {
    let bytes = read_limited(path)?;
    AssessmentFile::parse(bytes).map_err(|source| FileError::Assessment {
        path: path.to_owned(),
        source,
    })
}

/// Reads an assessment file for its content only (to open, compare or list it).
pub fn load_assessment(path: &Path) -> Result<Assessment, FileError> {
    read_assessment(path).map(AssessmentFile::into_assessment)
}

/// Reads and validates a questionnaire file.
pub fn load_questionnaire(path: &Path) -> Result<Questionnaire, FileError> {
    let bytes = read_limited(path)?;
    let text = String::from_utf8(bytes).map_err(|_| FileError::Io {
        path: path.to_owned(),
        source: io::Error::new(io::ErrorKind::InvalidData, NotUtf8),
    })?;
    Questionnaire::from_json(&text).map_err(|source| FileError::Questionnaire {
        path: path.to_owned(),
        source,
    })
}

/// The backup kept beside a file: `NAME.rbr.json.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Writes `bytes` to `path` atomically, keeping the previous version as `.bak`.
///
/// Writes a new file that only its owner can read (a private key), creating its
/// folder; refuses to replace a file that is already there.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    use std::io::Write;
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(save_error(path))?;
    }
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path).map_err(save_error(path))?;
    file.write_all(bytes)
        .and_then(|()| file.sync_all())
        .map_err(save_error(path))
}

/// A symbolic link is followed: the file it points to is replaced, the link stays a
/// link, and the `.bak` goes beside that file. The backup is written the same
/// atomic way, so a crash never leaves a half-written one over the last good copy.
pub fn save_atomic(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let target = resolve_links(path).map_err(save_error(path))?;
    match fs::read(&target) {
        Ok(previous) => {
            let permissions = fs::metadata(&target).ok().map(|m| m.permissions());
            let backup = backup_path(&target);
            replace(&backup, &previous, permissions).map_err(save_error(&backup))?;
        }
        // A first save has nothing to keep.
        Err(e) if e.kind() == io::ErrorKind::NotFound => {}
        Err(e) => return Err(save_error(&target)(e)),
    }
    let permissions = fs::metadata(&target).ok().map(|m| m.permissions());
    replace(&target, bytes, permissions).map_err(save_error(&target))
}

/// Writes `bytes` to `path` atomically, like [`save_atomic`] but keeping no backup:
/// for files made from others (a PDF report), which can always be made again.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    let target = resolve_links(path).map_err(save_error(path))?;
    let permissions = fs::metadata(&target).ok().map(|m| m.permissions());
    replace(&target, bytes, permissions).map_err(save_error(&target))
}

/// How many links are followed before giving up: the limit Linux uses for loops.
const MAX_LINKS: usize = 40;

/// The file a path ends at once symbolic links are followed (even to a file not
/// yet created). Replacing a link with a regular file would quietly cut the user's
/// file off from where they keep it.
fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_owned();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = fs::read_link(&current)?;
                // A relative link is relative to the folder holding the link.
                current = match current.parent() {
                    Some(dir) => dir.join(link),
                    None => link,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other(LinkLoop))
}

/// Replaces `path` with `bytes`: a temporary file in the same folder, flushed to
/// disk, renamed over the old file, then the folder flushed, so a crash at any
/// moment leaves either the old or the new file complete. On failure the
/// temporary file is removed and `path` is untouched.
fn replace(path: &Path, bytes: &[u8], permissions: Option<fs::Permissions>) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(TEMPORARY_PREFIX)
        .tempfile_in(dir)
        .map_err(without_temp_path)?;
    // tempfile names its temporary file in write errors too.
    temp.write_all(bytes).map_err(without_temp_path)?;
    // The temporary file is private (0600); the saved file keeps the permissions
    // of the one it replaces, or gets the usual ones, so colleagues can read it.
    if let Some(permissions) = permissions.or_else(default_permissions) {
        temp.as_file().set_permissions(permissions)?;
    }
    temp.as_file().sync_all()?;
    temp.persist(path).map_err(|e| without_temp_path(e.error))?;
    sync_dir(dir);
    remove_stale_temporaries(dir);
    Ok(())
}

/// The prefix of the temporary files saves write before renaming them into place.
const TEMPORARY_PREFIX: &str = ".rbr-save-";

/// How old a temporary file must be before a save takes it for one a crash left:
/// no save takes an hour, and clocks on a shared drive differ by minutes, not hours.
const STALE_TEMPORARY: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// Removes the temporary files that saves killed part way (a crash, a power cut)
/// left in `dir`: each is a copy, perhaps partial, of someone's assessment, which
/// should not linger on a shared drive. A colleague's save under way is minutes
/// old at most and is left alone. Best effort: what cannot be listed or removed
/// stays.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let now = std::time::SystemTime::now();
    for entry in entries.flatten() {
        if !entry
            .file_name()
            .to_string_lossy()
            .starts_with(TEMPORARY_PREFIX)
        {
            continue;
        }
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|modified| now.duration_since(modified).ok())
            .is_some_and(|age| age > STALE_TEMPORARY);
        if stale {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// tempfile adds the name of its temporary file to errors: a name the user never
/// chose and that is gone by the time they read it. What the system said stays.
fn without_temp_path(error: io::Error) -> io::Error {
    let message = error.to_string();
    match message.rfind(" at path ") {
        Some(at) => io::Error::new(error.kind(), &message[..at]),
        None => error,
    }
}

/// Flushes a folder, so that a rename in it survives a power cut.
///
/// Best effort: the new file is complete and in place whatever happens here, and
/// some file systems refuse to flush a folder.
#[cfg(unix)]
fn sync_dir(dir: &Path) {
    if let Ok(folder) = fs::File::open(dir) {
        let _ = folder.sync_all();
    }
}

/// Windows cannot open a folder as a file; its renames are journaled.
#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}

/// Permissions for a new file: what a user's usual umask gives on Unix.
#[cfg(unix)]
fn default_permissions() -> Option<fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(fs::Permissions::from_mode(0o644))
}

/// Elsewhere the temporary file's own permissions are already the usual ones.
#[cfg(not(unix))]
fn default_permissions() -> Option<fs::Permissions> {
    None
}

/// Whether the file cannot be written by us (so it opens read-only).
pub fn is_read_only(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| m.permissions().readonly())
}

/// Modification time of a file, if it exists.
pub fn modified(path: &Path) -> Option<std::time::SystemTime> {
    fs::metadata(path).and_then(|m| m.modified()).ok()
}

pub mod lock;
pub mod recovery;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_removes_temporary_files_a_crash_left_but_not_a_save_under_way() {
        let dir = tempfile::tempdir().expect("temp dir");
        let left = dir.path().join(".rbr-save-AbC123");
        let under_way = dir.path().join(".rbr-save-XyZ789");
        let theirs = dir.path().join(".rbr-notes");
        for path in [&left, &under_way, &theirs] {
            fs::write(path, b"{\"answers\":").expect("write");
        }
        let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
        for path in [&left, &theirs] {
            fs::File::options()
                .write(true)
                .open(path)
                .and_then(|f| f.set_modified(two_hours_ago))
                .expect("age it");
        }
        save_atomic(&dir.path().join("a.rbr.json"), b"{}").expect("save");
        assert!(!left.exists(), "the crash's leftover is removed");
        assert!(under_way.exists(), "a save under way is left alone");
        assert!(theirs.exists(), "other files are not touched");
    }

    #[test]
    fn save_keeps_the_previous_version_as_bak() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.rbr.json");
        save_atomic(&path, b"one").expect("first save");
        save_atomic(&path, b"two").expect("second save");
        assert_eq!(fs::read(&path).expect("read"), b"two");
        assert_eq!(
            fs::read(dir.path().join("a.rbr.json.bak")).expect("read bak"),
            b"one"
        );
        // No temporary files are left behind.
        assert_eq!(fs::read_dir(dir.path()).expect("list").count(), 2);
        // Colleagues can read the saved file (the temporary file was private).
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).expect("metadata").permissions().mode();
            assert_eq!(mode & 0o777, 0o644);
        }
    }

    #[test]
    fn oversized_files_are_refused_before_reading() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("big.rbr.json");
        let file = fs::File::create(&path).expect("create");
        file.set_len(MAX_FILE_BYTES + 1).expect("grow");
        let err = load_assessment(&path).expect_err("too large");
        assert!(err.to_string().contains("16 MiB"), "{err}");
        assert!(err.to_string().contains("big.rbr.json"), "{err}");
    }
}

#[cfg(test)]
mod message_tests {
    use super::*;

    #[test]
    fn system_errors_read_in_both_languages() {
        let path = PathBuf::from("national.rbr.json");
        let cases = [
            (
                io::ErrorKind::NotFound,
                "does not exist",
                "գոյություն չունի",
            ),
            (
                io::ErrorKind::PermissionDenied,
                "permission denied",
                "թույլտվություն չկա",
            ),
            (io::ErrorKind::IsADirectory, "a folder", "պանակ է"),
            (io::ErrorKind::StorageFull, "full", "լցված է"),
        ];
        for (kind, en, hy) in cases {
            let error = FileError::Io {
                path: path.clone(),
                source: io::Error::from(kind),
            };
            let (english, armenian) = (error.message(Language::En), error.message(Language::Hy));
            assert_eq!(error.to_string(), english);
            assert!(english.starts_with("national.rbr.json: ") && english.contains(en));
            assert!(armenian.starts_with("national.rbr.json: ") && armenian.contains(hy));
            assert!(armenian.ends_with('։'), "{armenian}");
        }
        let looped = FileError::Save {
            path,
            source: io::Error::other(LinkLoop),
        };
        assert!(looped.to_string().contains("symbolic links"));
        assert!(looped.message(Language::Hy).contains("խորհրդանշական հղում"));
    }
}
