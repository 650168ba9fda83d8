//! OpenSSH's `ssh-keygen`, which the signature tests check rbr against; they fail,
//! rather than skip, where it is missing.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Runs `ssh-keygen` with `args`, feeding it `stdin`; fails the test when it
/// cannot be run at all.
pub fn ssh_keygen(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new("ssh-keygen")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("these tests need ssh-keygen (Debian: apt install openssh-client): {e}")
        });
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin)
        .expect("ssh-keygen reads its input");
    child.wait_with_output().expect("ssh-keygen finishes")
}

/// What a command printed, standard output then standard error.
pub fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// A temporary path as the text an argument needs.
pub fn path(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 temporary path")
}
