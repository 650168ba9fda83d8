//! The `rbr` binary: a subcommand runs the command line; anything else opens the app.

use std::process::ExitCode;

use rbr::cli::{self, Action};
use rbr::i18n;

fn main() -> ExitCode {
    let invocation = match cli::parse() {
        Ok(invocation) => invocation,
        Err(code) => return code,
    };
    i18n::set_ui_language(invocation.ui_language());
    match invocation.action {
        Action::Run(command) => cli::run(command, invocation.language),
        Action::OpenApp(file) => match rbr::app::run(file, invocation.language) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => cli::fail(&e),
        },
    }
}
