//! The `rbr` binary: a subcommand runs the command line; anything else opens the app.

use std::process::ExitCode;

use rbr::cli::{self, Invocation};

fn main() -> ExitCode {
    match cli::parse() {
        Ok(Invocation::Run(command)) => cli::run(command),
        Ok(Invocation::OpenApp(file)) => match rbr::app::run(file, None) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => cli::fail(&e),
        },
        Err(code) => code,
    }
}
