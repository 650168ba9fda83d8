# SSH signatures over review events (rbr-core's review::sign): signing keys,
# allowed signers files, and what checking a signature found. Every message has
# its Armenian twin in hy/signatures.ftl. $reason is the cryptography library's
# own words, in English; $key, $claimed and $actual are key fingerprints as
# ssh-keygen -l prints them (SHA256:...); $principal is the e-mail-like name of
# the signer; $line is a line number, from 1.

## Signing keys.
# $format: OpenSSH.
sign-key-unreadable = this is not a private key in { $format } format, or the file is damaged: { $reason }
sign-key-passphrase-needed = the signing key is protected by a passphrase: enter it to use the key
sign-key-wrong-passphrase = the passphrase does not open this signing key: check it and try again
# $algorithm: the key's type (ssh-rsa); $supported: Ed25519; $command: ssh-keygen -t ed25519.
sign-key-unsupported = the key is of type { $algorithm }, and rbr signs with { $supported } keys only: make one with { $command }
sign-key-crypto = the signing key could not be used: { $reason }

## Allowed signers files (ssh-keygen's ALLOWED SIGNERS format).
sign-signers-missing-key = allowed signers, line { $line }: the principals are not followed by a key
sign-signers-bad-key = allowed signers, line { $line }: the key cannot be read ({ $reason })
# $option: as written; $options: the four options of the format.
sign-signers-unknown-option = allowed signers, line { $line }: "{ $option }" is not an option of this format; the options are { $options }
# $example: the option with a value, namespaces="rbr-review".
sign-signers-option-value = allowed signers, line { $line }: { $option } needs a value in double quotes, as in { $example }
sign-signers-empty-option = allowed signers, line { $line }: an option is empty (two commas together, or a comma at the end)
sign-signers-repeated-option = allowed signers, line { $line }: { $option } is given twice
# $formats: YYYYMMDD[Z], YYYYMMDDHHMM[Z], YYYYMMDDHHMMSS[Z] (Z: UTC).
sign-signers-bad-time = allowed signers, line { $line }: the { $option } value "{ $value }" is not a date; write it in one of these forms: { $formats }
# $before: valid-before; $after: valid-after.
sign-signers-validity-reversed = allowed signers, line { $line }: the { $before } time is not later than the { $after } time
sign-signers-unterminated = allowed signers, line { $line }: a quotation mark is not closed

## What checking one signature found.
sign-check-valid = the signature is valid: it was made with the key { $key }
sign-check-allowed = the signature is valid: it was made with the key { $key }, which the allowed signers list for { $principal }
sign-check-unknown-key = the signature is valid, but its key { $key } is not in the allowed signers
sign-check-principal-not-allowed = the signature is valid, but the allowed signers do not list its key { $key } for { $principal }
# $namespace: rbr-review.
sign-check-namespace-not-allowed = the signature is valid, but the allowed signers do not allow the namespace { $namespace } for the key { $key } of { $principal }
# $format: SSH.
sign-check-malformed = this is not a signature in { $format } format, or it is damaged: { $reason }
# $found: the namespace the signature was made in; $namespace: rbr-review.
sign-check-wrong-namespace = the signature was made in the namespace "{ $found }", not { $namespace }, so it does not sign an event of an assessment file
sign-check-key-mismatch = the signature was made with the key { $actual }, not with the key { $claimed } that the event names
sign-check-does-not-verify = the signature does not match the content: the content was changed after it was signed, or the signature was not made with this key
# $algorithm: the key's type (ecdsa-sha2-nistp256); $supported: Ed25519.
sign-check-unsupported = the signature was made with a key of type { $algorithm }, which rbr cannot check; rbr checks { $supported } signatures only
