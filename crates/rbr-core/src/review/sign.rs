//! SSH signatures over review events, in OpenSSH's SSHSIG format, so that rbr and `ssh-keygen -Y verify` agree on who signed what.
//!
//! A person signs with an Ed25519 key of their own ([`SigningKey`]), kept in an
//! OpenSSH private key file that a passphrase may protect; anyone checks a
//! signature ([`check`]) against the key an event names and, when they have one,
//! an allowed signers file ([`AllowedSigners`], the format `ssh-keygen -Y verify`
//! and git read) saying which principal owns which key. Every signature is made
//! in the [`NAMESPACE`] `rbr-review`, so a signature made for git or for a file
//! elsewhere cannot be passed off as a review's. Keys, signatures and signers
//! files come in and go out as text: the core reads no file itself.
//!
//! Decisions on the allowed signers format: lines marked `cert-authority` are
//! skipped without error (rbr does not check certificates; such lines are
//! listed by [`AllowedSigners::certificate_authority_lines`]); `valid-after` and
//! `valid-before` are read and their dates checked, but not honoured, since a
//! signature carries no time of its own and [`check`] takes none.

use std::fmt;
use std::str::FromStr;

use ssh_key::public::KeyData;
use ssh_key::rand_core::OsRng;
use ssh_key::{Algorithm, HashAlg, LineEnding, PrivateKey, PublicKey, SshSig};

use crate::i18n::Language;
use crate::tl;

/// The SSHSIG namespace of every review signature (`ssh-keygen -n rbr-review`).
pub const NAMESPACE: &str = "rbr-review";

/// The one key type rbr makes and signs with, as messages name it.
const SUPPORTED: &str = "Ed25519";

/// How to make a key rbr can use, as messages suggest it.
const KEYGEN_COMMAND: &str = "ssh-keygen -t ed25519";

/// The options an allowed signers line may carry, as messages list them.
const OPTIONS: &str = "cert-authority, namespaces, valid-after, valid-before";

/// The date forms `valid-after` and `valid-before` take, as messages list them.
const TIME_FORMATS: &str = "YYYYMMDD[Z], YYYYMMDDHHMM[Z], YYYYMMDDHHMMSS[Z]";

/// A person's Ed25519 signing key, decrypted and ready to sign.
pub struct SigningKey {
    key: PrivateKey,
    /// The public key line, made once so that showing it cannot fail.
    public: String,
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never the private half.
        f.debug_struct("SigningKey")
            .field("fingerprint", &self.fingerprint())
            .finish_non_exhaustive()
    }
}

impl SigningKey {
    /// A new Ed25519 key from the operating system's random numbers, with
    /// `comment` (an e-mail address, say) in its public line.
    pub fn generate(comment: &str) -> Result<Self, KeyError> {
        let mut key =
            PrivateKey::random(&mut OsRng, Algorithm::Ed25519).map_err(KeyError::crypto)?;
        key.set_comment(comment);
        Self::new(key)
    }

    /// The key in the text of an OpenSSH private key file (`-----BEGIN OPENSSH
    /// PRIVATE KEY-----`). An encrypted file needs its passphrase; an unencrypted
    /// one ignores any passphrase given. An empty passphrase counts as none.
    pub fn from_openssh(text: &str, passphrase: Option<&str>) -> Result<Self, KeyError> {
        let key = PrivateKey::from_openssh(text.trim()).map_err(|e| KeyError::Unreadable {
            reason: e.to_string(),
        })?;
        if !key.is_encrypted() {
            return Self::new(key);
        }
        let passphrase = passphrase
            .filter(|p| !p.is_empty())
            .ok_or(KeyError::PassphraseNeeded)?;
        let key = key.decrypt(passphrase).map_err(|e| {
            // A wrong passphrase decrypts to noise whose check numbers differ.
            if matches!(e, ssh_key::Error::Crypto) {
                KeyError::WrongPassphrase
            } else {
                KeyError::Unreadable {
                    reason: e.to_string(),
                }
            }
        })?;
        Self::new(key)
    }

    /// Whether `text` is an OpenSSH private key file that needs a passphrase
    /// (false for anything that is not such a file at all).
    pub fn is_encrypted(text: &str) -> bool {
        PrivateKey::from_openssh(text.trim()).is_ok_and(|key| key.is_encrypted())
    }

    /// The text of an OpenSSH private key file holding this key, encrypted
    /// (AES-256-CTR, bcrypt KDF, as `ssh-keygen` does) when a passphrase is given
    /// and not empty.
    pub fn to_openssh(&self, passphrase: Option<&str>) -> Result<String, KeyError> {
        let text = match passphrase.filter(|p| !p.is_empty()) {
            Some(passphrase) => self
                .key
                .encrypt(&mut OsRng, passphrase)
                .and_then(|encrypted| encrypted.to_openssh(LineEnding::LF)),
            None => self.key.to_openssh(LineEnding::LF),
        }
        .map_err(KeyError::crypto)?;
        Ok(text.as_str().to_owned())
    }

    /// The public key line, `ssh-ed25519 AAAA... comment`, as in a `.pub` file
    /// or an allowed signers line.
    pub fn public_openssh(&self) -> String {
        self.public.clone()
    }

    /// The key's SHA-256 fingerprint exactly as `ssh-keygen -l` prints it:
    /// `SHA256:` and unpadded base64.
    pub fn fingerprint(&self) -> String {
        self.key.fingerprint(HashAlg::Sha256).to_string()
    }

    /// An armoured SSHSIG signature (`-----BEGIN SSH SIGNATURE-----`) over
    /// `message` in the namespace [`NAMESPACE`], hashed with SHA-512, as
    /// `ssh-keygen -Y sign -n rbr-review` makes it.
    pub fn sign(&self, message: &[u8]) -> Result<String, KeyError> {
        self.key
            .sign(NAMESPACE, HashAlg::Sha512, message)
            .and_then(|signature| signature.to_pem(LineEnding::LF))
            .map_err(KeyError::crypto)
    }

    fn new(key: PrivateKey) -> Result<Self, KeyError> {
        if key.algorithm() != Algorithm::Ed25519 {
            return Err(KeyError::Unsupported {
                algorithm: key.algorithm().to_string(),
            });
        }
        let public = key.public_key().to_openssh().map_err(KeyError::crypto)?;
        Ok(Self { key, public })
    }
}

/// Why a key could not be made, read, written or used.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// The text is not an OpenSSH private key file, or it is damaged.
    #[error("{}", self.message(Language::En))]
    Unreadable {
        /// The cryptography library's words.
        reason: String,
    },
    /// The key file is encrypted and no passphrase was given.
    #[error("{}", self.message(Language::En))]
    PassphraseNeeded,
    /// The passphrase does not decrypt the key file.
    #[error("{}", self.message(Language::En))]
    WrongPassphrase,
    /// The key is not an Ed25519 key.
    #[error("{}", self.message(Language::En))]
    Unsupported {
        /// The key's type as OpenSSH names it (`ssh-rsa`).
        algorithm: String,
    },
    /// Making, encrypting, writing out or signing with the key failed.
    #[error("{}", self.message(Language::En))]
    Crypto {
        /// The cryptography library's words.
        reason: String,
    },
}

impl KeyError {
    fn crypto(error: ssh_key::Error) -> Self {
        KeyError::Crypto {
            reason: error.to_string(),
        }
    }

    /// What went wrong and what to do, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            KeyError::Unreadable { reason } => {
                tl!(
                    lang,
                    "sign-key-unreadable",
                    format = "OpenSSH",
                    reason = reason
                )
            }
            KeyError::PassphraseNeeded => tl!(lang, "sign-key-passphrase-needed"),
            KeyError::WrongPassphrase => tl!(lang, "sign-key-wrong-passphrase"),
            KeyError::Unsupported { algorithm } => tl!(
                lang,
                "sign-key-unsupported",
                algorithm = algorithm,
                supported = SUPPORTED,
                command = KEYGEN_COMMAND,
            ),
            KeyError::Crypto { reason } => tl!(lang, "sign-key-crypto", reason = reason),
        }
    }
}

/// The result of checking one signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureCheck {
    /// The signature verifies and was made with the key the event names; no
    /// allowed signers were given, so nobody vouched for whose key it is.
    Valid {
        /// The key's fingerprint (`SHA256:...`).
        key: String,
    },
    /// The signature verifies, and the allowed signers list the principal for
    /// this key in the namespace `rbr-review`.
    Allowed {
        /// The key's fingerprint.
        key: String,
        /// The principal the event names.
        principal: String,
    },
    /// The signature verifies, but no allowed signers line has this key.
    UnknownKey {
        /// The key's fingerprint.
        key: String,
    },
    /// The signature verifies and the allowed signers have this key, but not
    /// for the principal the event names.
    PrincipalNotAllowed {
        /// The key's fingerprint.
        key: String,
        /// The principal the event names.
        principal: String,
    },
    /// The allowed signers have this key for the principal, but only in other
    /// namespaces (their `namespaces` option leaves out `rbr-review`).
    NamespaceNotAllowed {
        /// The key's fingerprint.
        key: String,
        /// The principal the event names.
        principal: String,
    },
    /// The text is not an armoured SSH signature, or it is damaged.
    Malformed {
        /// The cryptography library's words.
        reason: String,
    },
    /// The signature was made for another namespace than `rbr-review`.
    WrongNamespace {
        /// The namespace it was made for.
        found: String,
    },
    /// The signature was made with another key than the one the event names.
    KeyMismatch {
        /// The fingerprint the event names.
        claimed: String,
        /// The fingerprint of the key in the signature.
        actual: String,
    },
    /// The signature does not verify: the content changed after signing, or
    /// the signature is not this key's.
    DoesNotVerify,
    /// The signature's key is of a type rbr cannot check.
    UnsupportedAlgorithm {
        /// The key's type as OpenSSH names it.
        algorithm: String,
    },
}

impl SignatureCheck {
    /// Whether the signature verifies and was made with the key the event
    /// names, whatever the allowed signers say.
    pub fn is_valid(&self) -> bool {
        match self {
            SignatureCheck::Valid { .. }
            | SignatureCheck::Allowed { .. }
            | SignatureCheck::UnknownKey { .. }
            | SignatureCheck::PrincipalNotAllowed { .. }
            | SignatureCheck::NamespaceNotAllowed { .. } => true,
            SignatureCheck::Malformed { .. }
            | SignatureCheck::WrongNamespace { .. }
            | SignatureCheck::KeyMismatch { .. }
            | SignatureCheck::DoesNotVerify
            | SignatureCheck::UnsupportedAlgorithm { .. } => false,
        }
    }

    /// Whether the signature is valid and the allowed signers vouch for the
    /// principal's key: the only fully trusted result.
    pub fn is_allowed(&self) -> bool {
        matches!(self, SignatureCheck::Allowed { .. })
    }

    /// What the check found, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        match self {
            SignatureCheck::Valid { key } => tl!(lang, "sign-check-valid", key = key),
            SignatureCheck::Allowed { key, principal } => {
                tl!(lang, "sign-check-allowed", key = key, principal = principal)
            }
            SignatureCheck::UnknownKey { key } => tl!(lang, "sign-check-unknown-key", key = key),
            SignatureCheck::PrincipalNotAllowed { key, principal } => tl!(
                lang,
                "sign-check-principal-not-allowed",
                key = key,
                principal = principal,
            ),
            SignatureCheck::NamespaceNotAllowed { key, principal } => tl!(
                lang,
                "sign-check-namespace-not-allowed",
                key = key,
                principal = principal,
                namespace = NAMESPACE,
            ),
            SignatureCheck::Malformed { reason } => {
                tl!(
                    lang,
                    "sign-check-malformed",
                    format = "SSH",
                    reason = reason
                )
            }
            SignatureCheck::WrongNamespace { found } => tl!(
                lang,
                "sign-check-wrong-namespace",
                found = found,
                namespace = NAMESPACE,
            ),
            SignatureCheck::KeyMismatch { claimed, actual } => tl!(
                lang,
                "sign-check-key-mismatch",
                claimed = claimed,
                actual = actual,
            ),
            SignatureCheck::DoesNotVerify => tl!(lang, "sign-check-does-not-verify"),
            SignatureCheck::UnsupportedAlgorithm { algorithm } => tl!(
                lang,
                "sign-check-unsupported",
                algorithm = algorithm,
                supported = SUPPORTED,
            ),
        }
    }
}

impl fmt::Display for SignatureCheck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

/// Checks the armoured SSHSIG signature `armored` over `message`: made in the
/// namespace `rbr-review`, with the key whose fingerprint is `claimed_key`, and
/// verifying. With `signers`, also whether they allow `principal` that key.
pub fn check(
    message: &[u8],
    armored: &str,
    claimed_key: &str,
    principal: &str,
    signers: Option<&AllowedSigners>,
) -> SignatureCheck {
    let signature = match SshSig::from_pem(armored.trim()) {
        Ok(signature) => signature,
        Err(e) => {
            return SignatureCheck::Malformed {
                reason: e.to_string(),
            };
        }
    };
    if signature.namespace() != NAMESPACE {
        return SignatureCheck::WrongNamespace {
            found: signature.namespace().to_owned(),
        };
    }
    let key_data = signature.public_key();
    let key = key_data.fingerprint(HashAlg::Sha256).to_string();
    if key != claimed_key.trim() {
        return SignatureCheck::KeyMismatch {
            claimed: claimed_key.trim().to_owned(),
            actual: key,
        };
    }
    if let Err(e) = PublicKey::from(key_data.clone()).verify(NAMESPACE, message, &signature) {
        return if matches!(
            e,
            ssh_key::Error::AlgorithmUnsupported { .. } | ssh_key::Error::AlgorithmUnknown
        ) {
            SignatureCheck::UnsupportedAlgorithm {
                algorithm: key_data.algorithm().to_string(),
            }
        } else {
            SignatureCheck::DoesNotVerify
        };
    }
    match signers {
        None => SignatureCheck::Valid { key },
        Some(signers) => signers.judge(key_data, key, principal),
    }
}

/// An allowed signers file (ssh-keygen(1), "ALLOWED SIGNERS"): which principals
/// may sign with which keys, in which namespaces.
#[derive(Debug, Clone, Default)]
pub struct AllowedSigners {
    signers: Vec<Signer>,
    authorities: Vec<usize>,
}

/// One line of an allowed signers file.
#[derive(Debug, Clone)]
struct Signer {
    /// The principals as a pattern list (`*`, `?`, `!` and commas).
    principals: String,
    /// The namespaces as a pattern list; none means any.
    namespaces: Option<String>,
    key: KeyData,
}

impl AllowedSigners {
    /// Reads the text of an allowed signers file: per line, principals
    /// (comma-separated, with `*` and `?` wildcards and `!` to exclude), options
    /// if any, the key type and base64 key, and an optional comment; blank lines
    /// and `#` comments are skipped. An error names the line (from 1).
    pub fn parse(text: &str) -> Result<Self, SignersError> {
        let mut signers = Self::default();
        for (index, line) in text.lines().enumerate() {
            let number = index + 1;
            match parse_line(line, number)? {
                Line::Blank => {}
                Line::Authority => signers.authorities.push(number),
                Line::Signer(signer) => signers.signers.push(signer),
            }
        }
        Ok(signers)
    }

    /// How many lines name a signer (not counting skipped certificate authorities).
    pub fn len(&self) -> usize {
        self.signers.len()
    }

    /// Whether no line names a signer.
    pub fn is_empty(&self) -> bool {
        self.signers.is_empty()
    }

    /// The numbers of the lines marked `cert-authority`, which rbr skips.
    pub fn certificate_authority_lines(&self) -> &[usize] {
        &self.authorities
    }

    /// What these signers say of a valid signature made with `key_data`.
    fn judge(&self, key_data: &KeyData, key: String, principal: &str) -> SignatureCheck {
        let with_key: Vec<&Signer> = self
            .signers
            .iter()
            .filter(|signer| signer.key == *key_data)
            .collect();
        if with_key.is_empty() {
            return SignatureCheck::UnknownKey { key };
        }
        let for_principal: Vec<&Signer> = with_key
            .into_iter()
            .filter(|signer| matches_list(principal, &signer.principals))
            .collect();
        let principal = principal.to_owned();
        if for_principal.is_empty() {
            return SignatureCheck::PrincipalNotAllowed { key, principal };
        }
        let in_namespace = for_principal.iter().any(|signer| {
            signer
                .namespaces
                .as_deref()
                .is_none_or(|namespaces| matches_list(NAMESPACE, namespaces))
        });
        if in_namespace {
            SignatureCheck::Allowed { key, principal }
        } else {
            SignatureCheck::NamespaceNotAllowed { key, principal }
        }
    }
}

/// Why an allowed signers file could not be read; every variant names the line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignersError {
    /// The principals are not followed by a key.
    #[error("{}", self.message(Language::En))]
    MissingKey {
        /// The line's number, from 1.
        line: usize,
    },
    /// The key cannot be read.
    #[error("{}", self.message(Language::En))]
    BadKey {
        /// The line's number, from 1.
        line: usize,
        /// The cryptography library's words.
        reason: String,
    },
    /// An option the format does not have.
    #[error("{}", self.message(Language::En))]
    UnknownOption {
        /// The line's number, from 1.
        line: usize,
        /// The option as written.
        option: String,
    },
    /// An option's value is missing or not in double quotes.
    #[error("{}", self.message(Language::En))]
    OptionValue {
        /// The line's number, from 1.
        line: usize,
        /// The option's name.
        option: String,
    },
    /// Two commas together, or a comma at the end of the options.
    #[error("{}", self.message(Language::En))]
    EmptyOption {
        /// The line's number, from 1.
        line: usize,
    },
    /// An option given twice.
    #[error("{}", self.message(Language::En))]
    RepeatedOption {
        /// The line's number, from 1.
        line: usize,
        /// The option's name.
        option: String,
    },
    /// A `valid-after` or `valid-before` value that is not a date.
    #[error("{}", self.message(Language::En))]
    BadTime {
        /// The line's number, from 1.
        line: usize,
        /// The option's name.
        option: String,
        /// The value as written.
        value: String,
    },
    /// `valid-before` is not later than `valid-after`.
    #[error("{}", self.message(Language::En))]
    ValidityReversed {
        /// The line's number, from 1.
        line: usize,
    },
    /// A quotation mark is not closed.
    #[error("{}", self.message(Language::En))]
    Unterminated {
        /// The line's number, from 1.
        line: usize,
    },
}

impl SignersError {
    /// The line's number, from 1.
    pub fn line(&self) -> usize {
        match self {
            SignersError::MissingKey { line }
            | SignersError::BadKey { line, .. }
            | SignersError::UnknownOption { line, .. }
            | SignersError::OptionValue { line, .. }
            | SignersError::EmptyOption { line }
            | SignersError::RepeatedOption { line, .. }
            | SignersError::BadTime { line, .. }
            | SignersError::ValidityReversed { line }
            | SignersError::Unterminated { line } => *line,
        }
    }

    /// What is wrong on which line and what to write instead, in `lang`.
    pub fn message(&self, lang: Language) -> String {
        let line = self.line().to_string();
        match self {
            SignersError::MissingKey { .. } => tl!(lang, "sign-signers-missing-key", line = line),
            SignersError::BadKey { reason, .. } => {
                tl!(lang, "sign-signers-bad-key", line = line, reason = reason)
            }
            SignersError::UnknownOption { option, .. } => tl!(
                lang,
                "sign-signers-unknown-option",
                line = line,
                option = option,
                options = OPTIONS,
            ),
            SignersError::OptionValue { option, .. } => tl!(
                lang,
                "sign-signers-option-value",
                line = line,
                option = option,
                example = format!("{option}=\"{NAMESPACE}\""),
            ),
            SignersError::EmptyOption { .. } => {
                tl!(lang, "sign-signers-empty-option", line = line)
            }
            SignersError::RepeatedOption { option, .. } => {
                tl!(
                    lang,
                    "sign-signers-repeated-option",
                    line = line,
                    option = option
                )
            }
            SignersError::BadTime { option, value, .. } => tl!(
                lang,
                "sign-signers-bad-time",
                line = line,
                option = option,
                value = value,
                formats = TIME_FORMATS,
            ),
            SignersError::ValidityReversed { .. } => tl!(
                lang,
                "sign-signers-validity-reversed",
                line = line,
                before = "valid-before",
                after = "valid-after",
            ),
            SignersError::Unterminated { .. } => {
                tl!(lang, "sign-signers-unterminated", line = line)
            }
        }
    }
}

/// What one line of an allowed signers file holds.
enum Line {
    /// Blank or a comment.
    Blank,
    /// A `cert-authority` line, skipped.
    Authority,
    /// A signer.
    Signer(Signer),
}

/// The options of one line.
#[derive(Default)]
struct Options {
    authority: bool,
    namespaces: Option<String>,
    valid_after: Option<Moment>,
    valid_before: Option<Moment>,
}

/// A `valid-after` or `valid-before` time: a civil time, in UTC when marked `Z`
/// and in the verifier's zone otherwise.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Moment {
    utc: bool,
    time: jiff::civil::DateTime,
}

fn parse_line(text: &str, line: usize) -> Result<Line, SignersError> {
    let text = text.trim();
    if text.is_empty() || text.starts_with('#') {
        return Ok(Line::Blank);
    }
    let (principals, rest) = split_token(text).ok_or(SignersError::Unterminated { line })?;
    let principals = principals
        .strip_prefix('"')
        .and_then(|p| p.strip_suffix('"'))
        .unwrap_or(principals);
    let (first, after) = split_token(rest).ok_or(SignersError::Unterminated { line })?;
    if first.is_empty() {
        return Err(SignersError::MissingKey { line });
    }
    // As OpenSSH reads it: a key type where a key may begin, otherwise options.
    let (options, key_text) = if looks_like_options(first) {
        (parse_options(first, line)?, after)
    } else {
        (Options::default(), rest)
    };
    let key = parse_key(key_text, line)?;
    if options.authority {
        return Ok(Line::Authority);
    }
    Ok(Line::Signer(Signer {
        principals: principals.to_owned(),
        namespaces: options.namespaces,
        key,
    }))
}

/// Whether a token is options rather than a key type: a key type has no `=`
/// or `,` and is never `cert-authority`.
fn looks_like_options(token: &str) -> bool {
    token.contains(['=', ',']) || token.eq_ignore_ascii_case("cert-authority")
}

/// The key type and base64 key at the start of `text` (a comment may follow).
fn parse_key(text: &str, line: usize) -> Result<KeyData, SignersError> {
    let mut words = text.split_whitespace();
    let (Some(kind), data) = (words.next(), words.next()) else {
        return Err(SignersError::MissingKey { line });
    };
    let key =
        PublicKey::from_openssh(&format!("{kind} {}", data.unwrap_or_default())).map_err(|e| {
            SignersError::BadKey {
                line,
                reason: e.to_string(),
            }
        })?;
    Ok(key.key_data().clone())
}

/// The first token of `text` and what follows it (trimmed), where a stretch in
/// double quotes (with `\"` inside) may hold blanks; none when a quote is open.
fn split_token(text: &str) -> Option<(&str, &str)> {
    let mut quoted = false;
    let mut escaped = false;
    for (at, c) in text.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ' ' | '\t' if !quoted => return Some((&text[..at], text[at..].trim_start())),
            _ => {}
        }
    }
    (!quoted).then_some((text, ""))
}

/// `text` split at the commas outside double quotes.
fn split_options(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut start, mut quoted, mut escaped) = (0, false, false);
    for (at, c) in text.char_indices() {
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ',' if !quoted => {
                parts.push(&text[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

fn parse_options(text: &str, line: usize) -> Result<Options, SignersError> {
    let mut options = Options::default();
    for option in split_options(text) {
        let (name, value) = match option.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (option, None),
        };
        let lower = name.to_ascii_lowercase();
        let repeated = || SignersError::RepeatedOption {
            line,
            option: lower.clone(),
        };
        let quoted = |value: &str| {
            dequote(value).ok_or_else(|| SignersError::OptionValue {
                line,
                option: lower.clone(),
            })
        };
        let time = |value: &str| {
            let value = quoted(value)?;
            parse_time(&value).ok_or_else(|| SignersError::BadTime {
                line,
                option: lower.clone(),
                value,
            })
        };
        match (lower.as_str(), value) {
            ("", None) => return Err(SignersError::EmptyOption { line }),
            ("cert-authority", None) => options.authority = true,
            ("namespaces", Some(value)) if options.namespaces.is_none() => {
                options.namespaces = Some(quoted(value)?);
            }
            ("valid-after", Some(value)) if options.valid_after.is_none() => {
                options.valid_after = Some(time(value)?);
            }
            ("valid-before", Some(value)) if options.valid_before.is_none() => {
                options.valid_before = Some(time(value)?);
            }
            ("namespaces" | "valid-after" | "valid-before", Some(_)) => return Err(repeated()),
            ("namespaces" | "valid-after" | "valid-before", None) => {
                return Err(SignersError::OptionValue {
                    line,
                    option: lower.clone(),
                });
            }
            _ => {
                return Err(SignersError::UnknownOption {
                    line,
                    option: option.to_owned(),
                });
            }
        }
    }
    if let (Some(after), Some(before)) = (options.valid_after, options.valid_before)
        && after.utc == before.utc
        && before <= after
    {
        return Err(SignersError::ValidityReversed { line });
    }
    Ok(options)
}

/// The text inside double quotes, with `\"` unescaped; none when `value` is
/// not wholly quoted.
fn dequote(value: &str) -> Option<String> {
    let inner = value.strip_prefix('"')?.strip_suffix('"')?;
    let mut unescaped = String::with_capacity(inner.len());
    let mut chars = inner.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'"') => {
                unescaped.push('"');
                chars.next();
            }
            '"' => return None,
            _ => unescaped.push(c),
        }
    }
    Some(unescaped)
}

/// `YYYYMMDD`, `YYYYMMDDHHMM` or `YYYYMMDDHHMMSS`, each with an optional `Z`
/// for UTC.
fn parse_time(value: &str) -> Option<Moment> {
    let (digits, utc) = match value.strip_suffix(['Z', 'z']) {
        Some(digits) => (digits, true),
        None => (value, false),
    };
    if !digits.bytes().all(|b| b.is_ascii_digit()) || ![8, 12, 14].contains(&digits.len()) {
        return None;
    }
    let field = |from: usize, to: usize| digits.get(from..to).and_then(|f| f.parse::<i16>().ok());
    let small = |from: usize| field(from, from + 2).and_then(|n| i8::try_from(n).ok());
    let year = field(0, 4)?;
    let (hour, minute, second) = match digits.len() {
        8 => (0, 0, 0),
        12 => (small(8)?, small(10)?, 0),
        _ => (small(8)?, small(10)?, small(12)?),
    };
    let time =
        jiff::civil::DateTime::new(year, small(4)?, small(6)?, hour, minute, second, 0).ok()?;
    Some(Moment { utc, time })
}

/// Whether `name` matches OpenSSH's pattern list `list`: comma-separated
/// patterns with `*` and `?`, where a match of a `!pattern` refuses outright.
fn matches_list(name: &str, list: &str) -> bool {
    let name: Vec<char> = name.chars().collect();
    let mut matched = false;
    for pattern in list.split(',') {
        match pattern.strip_prefix('!') {
            Some(negated) if wildcard(&name, &negated.chars().collect::<Vec<_>>()) => {
                return false;
            }
            Some(_) => {}
            None => matched |= wildcard(&name, &pattern.chars().collect::<Vec<_>>()),
        }
    }
    matched
}

/// Whether `text` matches `pattern`, where `*` is any run of characters and
/// `?` any one.
fn wildcard(text: &[char], pattern: &[char]) -> bool {
    match pattern.split_first() {
        None => text.is_empty(),
        Some(('*', rest)) => (0..=text.len()).any(|skip| wildcard(&text[skip..], rest)),
        Some(('?', rest)) => text
            .split_first()
            .is_some_and(|(_, tail)| wildcard(tail, rest)),
        Some((c, rest)) => text
            .split_first()
            .is_some_and(|(first, tail)| first == c && wildcard(tail, rest)),
    }
}

impl FromStr for AllowedSigners {
    type Err = SignersError;

    fn from_str(text: &str) -> Result<Self, SignersError> {
        Self::parse(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MESSAGE: &[u8] = b"{\"seq\":3,\"action\":\"approved\"}";
    const ALICE: &str = "alice@mfa.am";

    fn key() -> SigningKey {
        SigningKey::generate(ALICE).expect("a new key")
    }

    /// An allowed signers line for `key` with `principals` and `options`.
    fn line(principals: &str, options: &str, key: &SigningKey) -> String {
        format!("{principals} {options} {}", key.public_openssh())
    }

    fn signers(text: &str) -> AllowedSigners {
        AllowedSigners::parse(text).unwrap_or_else(|e| panic!("{e}\n{text}"))
    }

    #[test]
    fn a_signature_checks_as_valid_for_its_key() {
        let key = key();
        let armored = key.sign(MESSAGE).expect("signs");
        assert!(armored.starts_with("-----BEGIN SSH SIGNATURE-----\n"));
        assert!(armored.trim_end().ends_with("-----END SSH SIGNATURE-----"));
        let result = check(MESSAGE, &armored, &key.fingerprint(), ALICE, None);
        assert_eq!(
            result,
            SignatureCheck::Valid {
                key: key.fingerprint()
            }
        );
        assert!(result.is_valid() && !result.is_allowed());
        let allowed = signers(&line(ALICE, "", &key));
        let result = check(MESSAGE, &armored, &key.fingerprint(), ALICE, Some(&allowed));
        assert_eq!(
            result,
            SignatureCheck::Allowed {
                key: key.fingerprint(),
                principal: ALICE.to_owned()
            }
        );
        assert!(result.is_allowed());
    }

    #[test]
    fn the_key_shows_as_ssh_keygen_shows_it() {
        let key = key();
        let fingerprint = key.fingerprint();
        assert!(fingerprint.starts_with("SHA256:"), "{fingerprint}");
        // 32 bytes in unpadded base64.
        assert_eq!(fingerprint.len(), "SHA256:".len() + 43, "{fingerprint}");
        let public = key.public_openssh();
        assert!(public.starts_with("ssh-ed25519 AAAA"), "{public}");
        assert!(public.ends_with(" alice@mfa.am"), "{public}");
        assert!(!format!("{key:?}").contains("PRIVATE"));
    }

    #[test]
    fn a_changed_message_does_not_verify() {
        let key = key();
        let armored = key.sign(MESSAGE).expect("signs");
        let changed = b"{\"seq\":3,\"action\":\"returned\"}";
        let result = check(changed, &armored, &key.fingerprint(), ALICE, None);
        assert_eq!(result, SignatureCheck::DoesNotVerify);
        assert!(!result.is_valid());
    }

    #[test]
    fn a_signature_by_another_key_than_the_claimed_one_fails() {
        let (alice, mallory) = (key(), key());
        let armored = mallory.sign(MESSAGE).expect("signs");
        assert_eq!(
            check(MESSAGE, &armored, &alice.fingerprint(), ALICE, None),
            SignatureCheck::KeyMismatch {
                claimed: alice.fingerprint(),
                actual: mallory.fingerprint()
            }
        );
    }

    #[test]
    fn a_signature_for_another_namespace_or_no_signature_fails() {
        let key = key();
        let git = key
            .key
            .sign("git", HashAlg::Sha512, MESSAGE)
            .and_then(|s| s.to_pem(LineEnding::LF))
            .expect("signs for git");
        assert_eq!(
            check(MESSAGE, &git, &key.fingerprint(), ALICE, None),
            SignatureCheck::WrongNamespace {
                found: "git".to_owned()
            }
        );
        let result = check(
            MESSAGE,
            "signed, A. Petrosyan",
            &key.fingerprint(),
            ALICE,
            None,
        );
        assert!(
            matches!(result, SignatureCheck::Malformed { .. }),
            "{result:?}"
        );
    }

    #[test]
    fn a_key_file_round_trips_with_and_without_a_passphrase() {
        let key = key();
        let plain = key.to_openssh(None).expect("writes");
        assert!(plain.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----"));
        assert!(!SigningKey::is_encrypted(&plain));
        let back = SigningKey::from_openssh(&plain, Some("ignored")).expect("reads");
        assert_eq!(back.fingerprint(), key.fingerprint());
        assert_eq!(back.public_openssh(), key.public_openssh());

        let locked = key.to_openssh(Some("Երևան 2026")).expect("encrypts");
        assert!(SigningKey::is_encrypted(&locked));
        assert!(!SigningKey::is_encrypted("not a key"));
        for missing in [None, Some("")] {
            assert!(matches!(
                SigningKey::from_openssh(&locked, missing),
                Err(KeyError::PassphraseNeeded)
            ));
        }
        assert!(matches!(
            SigningKey::from_openssh(&locked, Some("Երևան 2025")),
            Err(KeyError::WrongPassphrase)
        ));
        let opened = SigningKey::from_openssh(&locked, Some("Երևան 2026")).expect("opens");
        assert_eq!(opened.fingerprint(), key.fingerprint());
        let armored = opened.sign(MESSAGE).expect("signs");
        assert!(check(MESSAGE, &armored, &key.fingerprint(), ALICE, None).is_valid());
    }

    #[test]
    fn text_that_is_no_key_says_so() {
        let error = SigningKey::from_openssh("ssh-ed25519 AAAA alice", None)
            .expect_err("a public key is not a private key");
        assert!(matches!(error, KeyError::Unreadable { .. }), "{error:?}");
        assert!(error.to_string().contains("OpenSSH"), "{error}");
        assert!(error.message(Language::Hy).contains("գաղտնի բանալի"));
    }

    #[test]
    fn allowed_signers_match_principals_with_wildcards_and_exclusions() {
        let key = key();
        let armored = key.sign(MESSAGE).expect("signs");
        let cases = [
            // (principals, principal asked, allowed)
            (ALICE, ALICE, true),
            ("*@mfa.am", ALICE, true),
            ("al?ce@mfa.am", ALICE, true),
            ("bob@mfa.am,alice@*", ALICE, true),
            ("\"alice@mfa.am\"", ALICE, true),
            ("*@mfa.am,!alice@mfa.am", ALICE, false),
            ("*@mod.am", ALICE, false),
            ("Alice@mfa.am", ALICE, false),
            ("alice@mfa.am", "alice@mfa.am.evil", false),
        ];
        for (principals, principal, allowed) in cases {
            let signers = signers(&line(principals, "", &key));
            let result = check(
                MESSAGE,
                &armored,
                &key.fingerprint(),
                principal,
                Some(&signers),
            );
            let expected = if allowed {
                SignatureCheck::Allowed {
                    key: key.fingerprint(),
                    principal: principal.to_owned(),
                }
            } else {
                SignatureCheck::PrincipalNotAllowed {
                    key: key.fingerprint(),
                    principal: principal.to_owned(),
                }
            };
            assert_eq!(result, expected, "{principals} for {principal}");
        }
    }

    #[test]
    fn allowed_signers_honour_the_namespaces_option() {
        let key = key();
        let armored = key.sign(MESSAGE).expect("signs");
        let cases = [
            ("namespaces=\"rbr-review\"", true),
            ("namespaces=\"git,rbr-*\"", true),
            ("NAMESPACES=\"file,rbr-review\"", true),
            ("valid-after=\"20260101\",namespaces=\"rbr-review\"", true),
            ("namespaces=\"git\"", false),
            ("namespaces=\"*,!rbr-review\"", false),
        ];
        for (options, allowed) in cases {
            let signers = signers(&line(ALICE, options, &key));
            let result = check(MESSAGE, &armored, &key.fingerprint(), ALICE, Some(&signers));
            assert_eq!(result.is_allowed(), allowed, "{options}: {result:?}");
            if !allowed {
                assert!(
                    matches!(result, SignatureCheck::NamespaceNotAllowed { .. }),
                    "{result:?}"
                );
            }
        }
    }

    #[test]
    fn allowed_signers_skip_comments_blanks_and_certificate_authorities() {
        let (alice, ca, stranger) = (key(), key(), key());
        let text = format!(
            "# The ministry's signers\n\n   \n{}  # Alice, deputy minister\n\
             *@mfa.am cert-authority {}\r\n# end\n",
            line(ALICE, "valid-before=\"20301231235959Z\"", &alice),
            ca.public_openssh()
        );
        let signers = signers(&text);
        assert_eq!(signers.len(), 1);
        assert_eq!(signers.certificate_authority_lines(), &[5]);
        let armored = alice.sign(MESSAGE).expect("signs");
        assert!(
            check(
                MESSAGE,
                &armored,
                &alice.fingerprint(),
                ALICE,
                Some(&signers)
            )
            .is_allowed()
        );
        // The CA's own key is not a signer's.
        let by_ca = ca.sign(MESSAGE).expect("signs");
        assert_eq!(
            check(MESSAGE, &by_ca, &ca.fingerprint(), ALICE, Some(&signers)),
            SignatureCheck::UnknownKey {
                key: ca.fingerprint()
            }
        );
        let by_stranger = stranger.sign(MESSAGE).expect("signs");
        let result = check(
            MESSAGE,
            &by_stranger,
            &stranger.fingerprint(),
            ALICE,
            Some(&signers),
        );
        assert!(result.is_valid() && !result.is_allowed(), "{result:?}");
        assert!(AllowedSigners::parse("").expect("empty is fine").is_empty());
    }

    /// Whether an error is the one a case expects.
    type Expected = fn(&SignersError) -> bool;

    #[test]
    fn a_bad_allowed_signers_line_is_named_by_number() {
        let key = key().public_openssh();
        let good = format!("{ALICE} {key}");
        let cases: [(String, Expected); 10] = [
            (format!("{good}\n\nbob@mfa.am"), |e| {
                matches!(e, SignersError::MissingKey { line: 3 })
            }),
            (
                format!("{good}\nbob@mfa.am ssh-ed25519 AAAAnot-a-key"),
                |e| matches!(e, SignersError::BadKey { line: 2, .. }),
            ),
            (
                format!("bob@mfa.am namespace=\"rbr-review\" {key}"),
                |e| matches!(e, SignersError::UnknownOption { line: 1, option } if option == "namespace=\"rbr-review\""),
            ),
            (
                format!("# one\nbob@mfa.am namespaces=rbr-review {key}"),
                |e| matches!(e, SignersError::OptionValue { line: 2, option } if option == "namespaces"),
            ),
            (format!("bob@mfa.am namespaces=\"git\", {key}"), |e| {
                matches!(e, SignersError::EmptyOption { line: 1 })
            }),
            (
                format!("bob@mfa.am namespaces=\"a\",namespaces=\"b\" {key}"),
                |e| matches!(e, SignersError::RepeatedOption { line: 1, .. }),
            ),
            (
                format!("bob@mfa.am valid-after=\"2026-01-01\" {key}"),
                |e| matches!(e, SignersError::BadTime { line: 1, value, .. } if value == "2026-01-01"),
            ),
            (format!("bob@mfa.am valid-after=\"20261301\" {key}"), |e| {
                matches!(e, SignersError::BadTime { line: 1, .. })
            }),
            (
                format!("bob@mfa.am valid-after=\"20270101\",valid-before=\"20260101\" {key}"),
                |e| matches!(e, SignersError::ValidityReversed { line: 1 }),
            ),
            (format!("bob@mfa.am namespaces=\"rbr review {key}"), |e| {
                matches!(e, SignersError::Unterminated { line: 1 })
            }),
        ];
        for (text, expected) in cases {
            let error = AllowedSigners::parse(&text).expect_err(&text);
            assert!(expected(&error), "{text}\n{error:?}");
            let line = format!("line {}:", error.line());
            assert!(error.to_string().contains(&line), "{error}");
            let hy = error.message(Language::Hy);
            assert!(hy.contains(&format!("տող {}՝", error.line())), "{hy}");
        }
    }

    #[test]
    fn results_read_in_both_languages() {
        let key = "SHA256:abc".to_owned();
        let principal = ALICE.to_owned();
        let en = SignatureCheck::PrincipalNotAllowed {
            key: key.clone(),
            principal: principal.clone(),
        };
        assert_eq!(
            en.to_string(),
            "the signature is valid, but the allowed signers do not list its key SHA256:abc for alice@mfa.am"
        );
        let hy = en.message(Language::Hy);
        assert!(hy.contains("SHA256:abc մատնահետքով բանալին"), "{hy}");
        assert!(hy.contains("alice@mfa.am նույնացուցիչի"), "{hy}");
        assert!(hy.ends_with('։'), "{hy}");
        let mismatch = SignatureCheck::KeyMismatch {
            claimed: key,
            actual: "SHA256:xyz".to_owned(),
        };
        assert!(mismatch.to_string().contains("not with the key SHA256:abc"));
        assert!(
            KeyError::WrongPassphrase
                .message(Language::Hy)
                .contains("Գաղտնաբառը")
        );
    }
}
