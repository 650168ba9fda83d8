//! The command line's arguments: clap's structs, and reading them into an
//! [`Invocation`] (a subcommand to run, or the app to open), refusing what is
//! neither.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

use super::{OK, USAGE};
use crate::i18n::{self, Language};

#[derive(Parser, Debug)]
#[command(
    name = "rbr",
    version,
    override_usage = "rbr [OPTIONS] [FILE]\n       rbr [OPTIONS] <COMMAND>",
    about = "Assess national resilience against NATO's seven Resilience Baseline Requirements",
    long_about = "Assess national resilience against NATO's seven Resilience Baseline Requirements.\n\n\
        Without a subcommand, rbr opens the desktop app (with FILE, opens that file in it).",
    after_help = "Examples:\n  rbr                                   open the app\n  rbr national.rbr.json                 open a file in the app\n  rbr validate assessments/*.rbr.json   check files\n  rbr score national.rbr.json --json    figures as JSON\n  rbr --lang hy score national.rbr.json the table in Armenian"
)]
struct Args {
    /// An assessment file to open in the app.
    file: Option<PathBuf>,
    /// Interface language for this run (default: the system's, from LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    lang: Option<LangArg>,
    #[command(subcommand)]
    command: Option<Command>,
}

/// The languages `--lang` accepts.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum LangArg {
    /// English.
    En,
    /// Armenian (Հայերեն).
    Hy,
}

impl From<LangArg> for Language {
    fn from(lang: LangArg) -> Self {
        match lang {
            LangArg::En => Language::En,
            LangArg::Hy => Language::Hy,
        }
    }
}

/// A subcommand, with its arguments as given.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check assessment files; print every finding, one a line.
    #[command(
        after_help = "Exit status: 0 when every file is valid, 1 when any is not, \
        2 for usage errors and paths that cannot be read.\n\n\
        Example:\n  rbr validate assessments/examples/*.rbr.json"
    )]
    Validate {
        /// Assessment files (.rbr.json).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Check against this questionnaire instead of the built-in one.
        #[arg(long, value_name = "PATH")]
        questionnaire: Option<PathBuf>,
    },
    /// Score assessment files with the published method.
    #[command(after_help = "Examples:\n  rbr score national.rbr.json\n  \
        rbr score municipalities/*.rbr.json --json > scores.jsonl")]
    Score {
        /// Assessment files (.rbr.json).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// One JSON object per file, one per line, numbers unrounded.
        #[arg(long)]
        json: bool,
        /// Score against this questionnaire instead of the built-in one.
        #[arg(long, value_name = "PATH")]
        questionnaire: Option<PathBuf>,
    },
    /// Show the questionnaire in use.
    #[command(after_help = "Examples:\n  rbr questionnaire\n  \
        rbr questionnaire --json > my-ministry.json")]
    Questionnaire {
        /// Print it as JSON, in the questionnaire file format.
        #[arg(long)]
        json: bool,
        /// Load and check this questionnaire instead of the built-in one.
        #[arg(long, value_name = "PATH")]
        file: Option<PathBuf>,
    },
    /// Print a JSON Schema of the assessment file.
    #[command(after_help = "Example:\n  rbr schema > rbr-assessment.schema.json")]
    Schema,
    /// Write the PDF gap report of an assessment.
    #[command(after_help = "Example:\n  rbr report national.rbr.json -o national.pdf")]
    Report {
        /// The assessment file.
        file: PathBuf,
        /// Where to write the PDF.
        #[arg(short, long, value_name = "OUT.pdf")]
        output: PathBuf,
        /// Report date (YYYY-MM-DD); defaults to the file's `meta.modified`.
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// Use this questionnaire instead of the built-in one.
        #[arg(long, value_name = "PATH")]
        questionnaire: Option<PathBuf>,
        /// List the resolved review comments too, not only the open ones.
        #[arg(long)]
        all_comments: bool,
        /// An earlier round of the assessment: adds a "Progress since" section.
        #[arg(long, value_name = "OLD")]
        compare: Option<PathBuf>,
        /// The copy number a classified report's cover carries ("Copy No. 1").
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        copy: Option<u32>,
        /// The coordinator's allowed-signers file: the cover says whether it
        /// confirms who signed the approval.
        #[arg(long, value_name = "ALLOWED_SIGNERS")]
        signers: Option<PathBuf>,
    },
    /// Compare two rounds of an assessment: what improved, what declined, which gaps closed.
    #[command(
        after_help = "Exit status: 0 when both files were compared, 1 when one is not an \
        assessment, 2 for usage errors and paths that cannot be read.\n\n\
        Examples:\n  rbr compare national-2025.rbr.json national-2026.rbr.json\n  \
        rbr compare national-2025.rbr.json national-2026.rbr.json --json"
    )]
    Compare {
        /// The earlier round (.rbr.json).
        old: PathBuf,
        /// The later round (.rbr.json).
        new: PathBuf,
        /// One JSON object, numbers unrounded, the same in every language.
        #[arg(long)]
        json: bool,
        /// Score both against this questionnaire instead of the built-in one.
        #[arg(long, value_name = "PATH")]
        questionnaire: Option<PathBuf>,
    },
    /// Combine several assessment files (a ministry's each) into a new draft.
    #[command(
        after_help = "The files are only read. Each contributes the answers of the areas in \
        its scope; a question answered differently in two files is a conflict, and nothing \
        is written until --prefer names the file that wins.\n\n\
        Exit status: 0 when the result was written, 1 for conflicts left unresolved or a \
        file that is not an assessment, 2 for usage errors and paths that cannot be read.\n\n\
        Example:\n  rbr merge energy.rbr.json health.rbr.json -o national.rbr.json \
        --title \"National assessment 2027\""
    )]
    Merge {
        /// The assessment files to combine (.rbr.json).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Where to write the combined assessment; never one of the files combined.
        #[arg(short, long, value_name = "OUT.rbr.json")]
        output: PathBuf,
        /// The combined assessment's title.
        #[arg(long, value_name = "TITLE")]
        title: Option<String>,
        /// The organisation the combined assessment is for.
        #[arg(long, value_name = "ORGANISATION")]
        organisation: Option<String>,
        /// Where files answer a question differently, this file's answer wins; the
        /// others' evidence is kept in the answer's notes.
        #[arg(long, value_name = "FILE")]
        prefer: Option<PathBuf>,
        /// Use this questionnaire instead of the built-in one.
        #[arg(long, value_name = "PATH")]
        questionnaire: Option<PathBuf>,
    },
    /// Write an assessment as an Excel workbook (summary, answers, action plan) and its action plan as CSV.
    #[command(
        group(clap::ArgGroup::new("outputs").args(["xlsx", "csv"]).required(true).multiple(true)),
        after_help = "The workbook's sheet names and headings, and the CSV's header row, are in the \
        interface language (--lang); the questions in the assessment's language. The CSV is \
        UTF-8 with a byte-order mark; text that would run as a formula starts with '.\n\n\
        Examples:\n  rbr export national.rbr.json --xlsx national.xlsx\n  \
        rbr export national.rbr.json --xlsx national.xlsx --csv plan.csv --date 2026-12-01"
    )]
    Export {
        /// The assessment file.
        file: PathBuf,
        /// Write the Excel workbook here.
        #[arg(long, value_name = "OUT.xlsx")]
        xlsx: Option<PathBuf>,
        /// Write the action plan as CSV here.
        #[arg(long, value_name = "OUT.csv")]
        csv: Option<PathBuf>,
        /// The date of the export (YYYY-MM-DD), for the plan's overdue count; defaults to today in the assessment's time zone.
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// Use this questionnaire instead of the built-in one.
        #[arg(long, value_name = "PATH")]
        questionnaire: Option<PathBuf>,
    },
    /// The review trail: history, verify and review steps.
    #[command(flatten)]
    Trail(TrailCommand),
}

/// The subcommands about the review trail.
#[derive(Debug, Subcommand)]
pub enum TrailCommand {
    /// Print the review events of an assessment and its comment counts.
    #[command(after_help = "Example:\n  rbr history national.rbr.json")]
    History {
        /// The assessment file.
        file: PathBuf,
    },
    /// Check the review trail of an assessment, and that a report was made from it.
    #[command(
        after_help = "Exit status: 0 when all holds (a file without a trail holds), \
        1 when anything does not, 2 for usage errors and paths that cannot be read.\n\n\
        Examples:\n  rbr verify national.rbr.json\n  \
        rbr verify national.rbr.json --report national.pdf"
    )]
    Verify {
        /// The assessment file.
        file: PathBuf,
        /// A PDF report that should have been made from exactly this file.
        #[arg(long, value_name = "REPORT.pdf")]
        report: Option<PathBuf>,
        /// An allowed-signers file in OpenSSH's format (the one `git` uses): each
        /// signature must be by a key it lists for the event's principal, and every
        /// approval must be signed.
        #[arg(long, value_name = "ALLOWED_SIGNERS")]
        signers: Option<PathBuf>,
    },
    /// Take a review step on an assessment, as the app does: submit, return,
    /// review, approve or reopen, signed when a key is given.
    #[command(
        after_help = "The rules are the app's: returning and reopening need a note, returning \
        an open comment, approving no open comment. An encrypted key's passphrase is read \
        from the environment variable RBR_KEY_PASSPHRASE.\n\n\
        Exit status: 0 when the step is taken and saved, 1 when the rules refuse it, 2 for \
        usage errors and files that cannot be read or written.\n\n\
        Examples:\n  rbr review energy.rbr.json submit --note \"First complete draft\" \\\n      \
        --name \"Lena Marsh\" --role assessor --organisation \"Ministry of Energy\"\n  \
        rbr review energy.rbr.json approve --note \"Approved\" --name \"Irina Castell\" \\\n      \
        --role approver --organisation \"Office of the Government\" --position Minister \\\n      \
        --principal i.castell@gov.example --key ~/.ssh/id_ed25519"
    )]
    Review {
        /// The assessment file; the step is saved into it.
        file: PathBuf,
        /// The step.
        #[arg(value_enum)]
        step: ReviewStep,
        /// Why, in your words (required to return or reopen).
        #[arg(long, default_value = "")]
        note: String,
        /// Your name.
        #[arg(long)]
        name: String,
        /// Your role (author, reviewer, approver, or a title).
        #[arg(long)]
        role: String,
        /// Your organisation.
        #[arg(long)]
        organisation: String,
        /// Your position, as an approval block prints it.
        #[arg(long, default_value = "")]
        position: String,
        /// Your e-mail-like name in the coordinator's allowed-signers file.
        #[arg(long, requires = "key")]
        principal: Option<String>,
        /// Your OpenSSH private key: the step is signed with it.
        #[arg(long, value_name = "KEYFILE", requires = "principal")]
        key: Option<PathBuf>,
    },
}

/// A review step, as the command line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ReviewStep {
    /// Hand the draft to a reviewer.
    Submit,
    /// Send it back to draft, with open comments.
    Return,
    /// Mark it reviewed.
    Review,
    /// Approve it.
    Approve,
    /// Take an approved file back to draft, with a reason.
    Reopen,
}

impl ReviewStep {
    /// The workflow's action.
    pub fn action(self) -> crate::review::Action {
        use crate::review::Action;
        match self {
            ReviewStep::Submit => Action::Submitted,
            ReviewStep::Return => Action::Returned,
            ReviewStep::Review => Action::Reviewed,
            ReviewStep::Approve => Action::Approved,
            ReviewStep::Reopen => Action::Reopened,
        }
    }
}

/// What the command line asks for, once its arguments are read.
#[derive(Debug)]
pub struct Invocation {
    /// The interface language `--lang` asks for; none means the system's.
    pub language: Option<Language>,
    /// What to do.
    pub action: Action,
}

impl Invocation {
    /// The interface language of this run: `--lang`, else the system's.
    pub fn ui_language(&self) -> Language {
        self.language.unwrap_or_else(i18n::system_language)
    }
}

/// What to do once the arguments are read.
#[derive(Debug)]
pub enum Action {
    /// Run a subcommand, then exit with its status.
    Run(Command),
    /// Open the desktop app; with a file, open that file in it.
    OpenApp(Option<PathBuf>),
}

/// Reads the process's arguments. Help, the version and usage errors are printed
/// here (in English, as clap writes them), and the exit code to end with is
/// returned as the error.
pub fn parse() -> Result<Invocation, ExitCode> {
    parse_from(std::env::args_os())
}

fn parse_from<I, T>(args: I) -> Result<Invocation, ExitCode>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    // Not clap's args_conflicts_with_subcommands: it would refuse the global
    // `--lang` before a subcommand too. Only FILE and a subcommand conflict.
    let parsed = Args::try_parse_from(args).and_then(|args| match (&args.file, &args.command) {
        (Some(file), Some(_)) => Err(Args::command().error(
            clap::error::ErrorKind::ArgumentConflict,
            format!(
                "a file to open ({}) cannot be given with a subcommand",
                file.display()
            ),
        )),
        (Some(file), None) => match mistyped_subcommand(file) {
            Some(message) => {
                Err(Args::command().error(clap::error::ErrorKind::InvalidSubcommand, message))
            }
            None => Ok(args),
        },
        _ => Ok(args),
    });
    match parsed {
        Ok(Args {
            command,
            file,
            lang,
        }) => Ok(Invocation {
            language: lang.map(Language::from),
            action: match command {
                Some(command) => Action::Run(command),
                None => Action::OpenApp(file),
            },
        }),
        Err(e) => {
            // clap prints help and version to stdout with success; errors to stderr.
            let _ = e.print();
            Err(ExitCode::from(if e.use_stderr() { USAGE } else { OK }))
        }
    }
}

/// What to say when the word given as a file to open is no file and reads as a
/// mistyped subcommand (`rbr valdate`): a bare word, with no folder or
/// extension, that names nothing on disk. None for anything that may be a file.
fn mistyped_subcommand(file: &std::path::Path) -> Option<String> {
    let word = file.to_str()?;
    if word.is_empty() || word.contains(['/', '\\', '.']) || file.exists() {
        return None;
    }
    let command = Args::command();
    let closest = command
        .get_subcommands()
        .map(clap::Command::get_name)
        .filter(|name| *name != "help")
        .map(|name| (edit_distance(word, name), name))
        .min();
    Some(match closest {
        Some((distance, name)) if distance <= 3 => format!(
            "`{word}` is neither a subcommand nor a file; did you mean `{name}`? (rbr --help lists the subcommands)"
        ),
        _ => {
            format!("`{word}` is neither a subcommand nor a file; rbr --help lists the subcommands")
        }
    })
}

/// The Levenshtein distance between two words, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = previous + usize::from(ca != *cb);
            previous = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(previous + 1);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(args: &[&str]) -> Option<Invocation> {
        parse_from(args).ok()
    }

    #[test]
    fn lang_is_global_before_or_after_the_subcommand() {
        let cases: [(&[&str], Option<Language>); 5] = [
            (
                &["rbr", "--lang", "hy", "validate", "a.rbr.json"],
                Some(Language::Hy),
            ),
            (
                &["rbr", "validate", "a.rbr.json", "--lang", "hy"],
                Some(Language::Hy),
            ),
            (
                &["rbr", "score", "--lang=en", "a.rbr.json"],
                Some(Language::En),
            ),
            (&["rbr", "--lang", "hy", "a.rbr.json"], Some(Language::Hy)),
            (&["rbr", "schema"], None),
        ];
        for (args, expected) in cases {
            let invocation = parsed(args).expect("parses");
            assert_eq!(invocation.language, expected, "{args:?}");
        }
        let app = parsed(&["rbr", "--lang", "hy", "a.rbr.json"]).expect("parses");
        assert!(matches!(app.action, Action::OpenApp(Some(_))));
        assert_eq!(app.ui_language(), Language::Hy);
        let report = parsed(&["rbr", "report", "a.rbr.json", "-o", "a.pdf", "--lang", "en"]);
        assert!(report.is_some_and(|i| matches!(i.action, Action::Run(Command::Report { .. }))));
    }

    #[test]
    fn a_mistyped_subcommand_is_refused_with_the_closest_one() {
        assert!(parsed(&["rbr", "valdate"]).is_none());
        assert!(parsed(&["rbr", "scroe"]).is_none());
        let message = mistyped_subcommand(std::path::Path::new("valdate")).expect("refused");
        assert!(message.contains("did you mean `validate`"), "{message}");
        let far = mistyped_subcommand(std::path::Path::new("frobnicate")).expect("refused");
        assert!(!far.contains("did you mean"), "{far}");
        // Anything that may be a file still opens the app (which says what is wrong).
        for file in ["national.rbr.json", "./national", "C:\\x", "dir/file"] {
            assert!(
                mistyped_subcommand(std::path::Path::new(file)).is_none(),
                "{file}"
            );
        }
        assert_eq!(edit_distance("valdate", "validate"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn a_file_and_a_subcommand_conflict_and_unknown_languages_are_refused() {
        for args in [
            &["rbr", "a.rbr.json", "validate", "b.rbr.json"][..],
            &["rbr", "--lang", "xx", "validate", "a.rbr.json"],
            &["rbr", "validate", "a.rbr.json", "--lang"],
        ] {
            assert!(parsed(args).is_none(), "{args:?}");
        }
    }
}
