//! The command line: subcommands over the same pure functions the app and the PDF use.
//!
//! It reads the arguments and runs subcommands; opening the app is left to `main`,
//! so the command line never starts a window. What it prints for a person is in the
//! interface language (`--lang`, else the system's, set by `main`); machine output
//! (`--json`, `schema`) is the same in every language, and so are clap's help texts.

mod args;
mod compare;
mod export;
mod merge;
mod questionnaire;
mod report;
mod review;
mod score;
mod validate;

use std::io::{self, Write};
use std::path::Path;
use std::process::ExitCode;

use crate::assessment::{Assessment, AssessmentFile};
use crate::i18n::{self, Language};
use crate::questionnaire::Questionnaire;
use crate::storage::{self, FileError};
use crate::t;

pub use args::{Action, Command, Invocation, parse};
use compare::compare;
use export::{Outputs, export};
use merge::{MergeArgs, merge};
use questionnaire::print_questionnaire;
use report::report;
use score::score;
use validate::validate;

/// Exit code: every file is fine.
const OK: u8 = 0;
/// Exit code: a file is invalid or has findings.
const INVALID: u8 = 1;
/// Exit code: usage error, or a path that cannot be read.
const USAGE: u8 = 2;

/// What both binaries do: a subcommand runs the command line; anything else
/// opens the app. `rbr` is the console program; on Windows, `rbrw` is the same
/// program without a console window, for the Start menu and opening files.
pub fn main() -> ExitCode {
    let invocation = match parse() {
        Ok(invocation) => invocation,
        Err(code) => return code,
    };
    crate::i18n::set_ui_language(invocation.ui_language());
    match invocation.action {
        Action::Run(command) => run(command, invocation.language),
        Action::OpenApp(file) => match crate::shell::run(file, invocation.language) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => fail(&e.message(i18n::ui_language())),
        },
    }
}

/// Runs a subcommand in the interface language set with
/// [`i18n::set_ui_language`] and returns the process exit code. `language` is
/// the `--lang` override, which `rbr report` also applies to the report.
pub fn run(command: Command, language: Option<Language>) -> ExitCode {
    match run_command(command, language) {
        Ok(code) => ExitCode::from(code),
        Err(Failure::ClosedOutput) => ExitCode::from(OK),
        Err(Failure::Message(message)) => fail(&message),
    }
}

/// Prints an error that ends the program, once, the way every rbr error is
/// printed (`rbr: ...`), and returns the exit code for it.
pub fn fail(message: &dyn std::fmt::Display) -> ExitCode {
    eprintln!("rbr: {message}");
    ExitCode::from(USAGE)
}

/// Why a command stopped early.
#[derive(Debug)]
enum Failure {
    /// The reader of our output went away (`rbr score ... | head`): stop quietly.
    ClosedOutput,
    /// Anything else, printed once.
    Message(String),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::BrokenPipe {
            Failure::ClosedOutput
        } else {
            let reason = storage::system_reason(i18n::ui_language(), &e);
            Failure::Message(t!("cli-output-failed", reason = reason))
        }
    }
}

impl From<FileError> for Failure {
    fn from(error: FileError) -> Self {
        Failure::Message(error.message(i18n::ui_language()))
    }
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Message(message)
    }
}

fn run_command(command: Command, language: Option<Language>) -> Result<u8, Failure> {
    match command {
        Command::Validate {
            files,
            questionnaire,
        } => validate(&files, &load_questionnaire(questionnaire.as_deref())?),
        Command::Score {
            files,
            json,
            questionnaire,
        } => score(&files, json, &load_questionnaire(questionnaire.as_deref())?),
        Command::Questionnaire { json, file } => {
            print_questionnaire(&load_questionnaire(file.as_deref())?, json)
        }
        Command::Schema => print_schema(),
        Command::Report {
            file,
            output,
            date,
            questionnaire,
            all_comments,
            compare: earlier,
            copy,
            signers,
        } => report(
            &file,
            &output,
            &report::Options {
                date: date.as_deref(),
                questionnaire: questionnaire.as_deref(),
                language,
                all_comments,
                compare: earlier.as_deref(),
                copy,
                signers: signers.as_deref(),
            },
        ),
        Command::Compare {
            old,
            new,
            json,
            questionnaire,
        } => compare(
            &old,
            &new,
            json,
            &load_questionnaire(questionnaire.as_deref())?,
        ),
        Command::Merge {
            files,
            output,
            title,
            organisation,
            prefer,
            questionnaire,
        } => merge(
            &MergeArgs {
                files: &files,
                output: &output,
                title: title.as_deref(),
                organisation: organisation.as_deref(),
                prefer: prefer.as_deref(),
            },
            &load_questionnaire(questionnaire.as_deref())?,
        ),
        Command::Export {
            file,
            xlsx,
            csv,
            date,
            questionnaire,
        } => {
            let outputs = Outputs {
                xlsx: xlsx.as_deref(),
                csv: csv.as_deref(),
                date: date.as_deref(),
            };
            export(&file, &outputs, questionnaire.as_deref())
        }
        Command::Trail(trail) => review::run(trail),
    }
}

fn print_schema() -> Result<u8, Failure> {
    let schema = schemars::schema_for!(Assessment);
    let text = serde_json::to_string_pretty(&schema).map_err(io::Error::from)?;
    writeln!(io::stdout().lock(), "{text}")?;
    Ok(OK)
}

fn load_questionnaire(path: Option<&Path>) -> Result<Questionnaire, FileError> {
    match path {
        None => Ok(Questionnaire::built_in()),
        Some(path) => storage::load_questionnaire(path),
    }
}

/// The exit code for a file that could not be loaded.
/// Reads an assessment file, keeping its bytes (for its SHA-256); on failure,
/// prints why, naming the file, and returns the exit code.
fn read_assessment(file: &Path) -> Result<AssessmentFile, u8> {
    storage::read_assessment(file).map_err(|e| {
        eprintln!("rbr: {}", e.message(i18n::ui_language()));
        load_failure(&e)
    })
}

fn load_failure(error: &FileError) -> u8 {
    if error.is_io() { USAGE } else { INVALID }
}
