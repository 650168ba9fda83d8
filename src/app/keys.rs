//! The key review steps are signed with: made here and kept in the
//! application-data folder, or an existing OpenSSH key chosen by its file; opened
//! for the session, with its passphrase when it has one.

use std::path::PathBuf;

use crate::app::App;
use crate::app::review::ReviewDialog;
use crate::i18n;
use crate::review::sign::{KeyError, SigningKey};
use crate::t;

/// The name of a key rbr makes; a number is added when it is taken.
const KEY_NAME: &str = "rbr-review-ed25519";

impl App {
    /// Shows the identity dialog to change the name, the principal or the key.
    pub(super) fn edit_identity(&mut self) {
        self.dialogs.review.dialog = Some(ReviewDialog::Identity {
            identity: self.prefs.identity.clone().unwrap_or_default(),
            then: None,
            passphrase: String::new(),
        });
    }

    /// The passphrase typed in the identity dialog, if any.
    fn typed_passphrase(&self) -> Option<String> {
        match &self.dialogs.review.dialog {
            Some(ReviewDialog::Identity { passphrase, .. }) if !passphrase.is_empty() => {
                Some(passphrase.clone())
            }
            Some(ReviewDialog::Identity { .. } | ReviewDialog::Act { .. }) | None => None,
        }
    }

    /// Records `path` as the identity's key, in the preferences and in the dialog.
    fn use_key_file(&mut self, path: Option<PathBuf>) {
        if let Some(ReviewDialog::Identity { identity, .. }) = &mut self.dialogs.review.dialog {
            identity.key_file.clone_from(&path);
        }
        let mut identity = self.prefs.identity.clone().unwrap_or_default();
        identity.key_file = path;
        self.prefs.identity = Some(identity);
    }

    /// Makes a new Ed25519 key, saves it (encrypted with the typed passphrase,
    /// if any) beside the autosaves, and uses it.
    pub(super) fn create_key(&mut self) {
        let lang = i18n::ui_language();
        let Some(dir) = self
            .window
            .recovery_dir
            .as_ref()
            .and_then(|d| d.parent())
            .map(|d| d.join("keys"))
        else {
            return self.notices.error(t!("notice-no-key-folder"));
        };
        let name = self
            .prefs
            .identity
            .as_ref()
            .map_or_else(String::new, |i| i.principal.trim().to_owned());
        let made = SigningKey::generate(&name).and_then(|key| {
            let text = key.to_openssh(self.typed_passphrase().as_deref())?;
            Ok((key, text))
        });
        let (key, text) = match made {
            Ok(made) => made,
            Err(e) => return self.notices.error(e.message(lang)),
        };
        let path = (1..)
            .map(|n| match n {
                1 => dir.join(KEY_NAME),
                n => dir.join(format!("{KEY_NAME}-{n}")),
            })
            .find(|p| !p.exists())
            .unwrap_or_else(|| dir.join(KEY_NAME));
        if let Err(e) = crate::storage::write_private(&path, text.as_bytes()) {
            return self.notices.error(e.message(lang));
        }
        self.notices.info(t!(
            "notice-key-created",
            path = path.display().to_string(),
            key = key.fingerprint()
        ));
        self.signing = Some(key);
        self.use_key_file(Some(path));
    }

    /// Chooses an existing OpenSSH private key and opens it with the typed passphrase.
    pub(super) fn choose_key(&mut self) {
        let Some(path) = self.picker.open_key() else {
            return;
        };
        self.use_key_file(Some(path));
        self.unlock_key();
    }

    /// Opens the identity's key with the typed passphrase; says why when it cannot.
    pub(super) fn unlock_key(&mut self) {
        let passphrase = self.typed_passphrase();
        self.open_key(passphrase.as_deref());
    }

    /// Signs no more.
    pub(super) fn forget_key(&mut self) {
        self.signing = None;
        self.use_key_file(None);
    }

    /// Opens the identity's key file with `passphrase`: whether it is now open.
    /// A key that needs a passphrase, when none was given, is not an error yet:
    /// the dialog asks for it.
    pub(super) fn open_key(&mut self, passphrase: Option<&str>) -> bool {
        let lang = i18n::ui_language();
        let Some(path) = self
            .prefs
            .identity
            .as_ref()
            .and_then(|i| i.key_file.clone())
        else {
            return false;
        };
        let text = match crate::storage::read_limited(&path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) => {
                self.notices.error(e.message(lang));
                return false;
            }
        };
        match SigningKey::from_openssh(&text, passphrase) {
            Ok(key) => {
                self.signing = Some(key);
                true
            }
            Err(KeyError::PassphraseNeeded) if passphrase.is_none() => false,
            Err(e) => {
                self.notices
                    .error(format!("{}: {}", path.display(), e.message(lang)));
                false
            }
        }
    }

    /// The key steps are signed with this session, if one is open.
    pub fn signing_key(&self) -> Option<&SigningKey> {
        self.signing.as_ref()
    }
}
