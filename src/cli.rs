//! The command line: subcommands over the same pure functions the app and the PDF use.

use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use serde::Serialize;

use crate::assessment::Assessment;
use crate::questionnaire::Questionnaire;
use crate::scoring::{self, Score};
use crate::storage::{self, FileError};
use crate::{figure, percent};

/// Exit code: every file is fine.
const OK: u8 = 0;
/// Exit code: a file is invalid or has findings.
const INVALID: u8 = 1;
/// Exit code: usage error, or a path that cannot be read.
const USAGE: u8 = 2;

#[derive(Parser, Debug)]
#[command(
    name = "rbr",
    version,
    about = "Assess national resilience against NATO's seven Resilience Baseline Requirements",
    long_about = "Assess national resilience against NATO's seven Resilience Baseline Requirements.\n\n\
        Without a subcommand, rbr opens the desktop app (with FILE, opens that file in it).",
    after_help = "Examples:\n  rbr                                   open the app\n  rbr national.rbr.json                 open a file in the app\n  rbr validate assessments/*.rbr.json   check files\n  rbr score national.rbr.json --json    figures as JSON",
    args_conflicts_with_subcommands = true
)]
struct Args {
    /// An assessment file to open in the app.
    file: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
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
    },
}

/// Runs the command line and returns the process exit code.
pub fn main() -> ExitCode {
    let args = match Args::try_parse() {
        Ok(args) => args,
        Err(e) => {
            // clap prints help and version to stdout with success; errors to stderr.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { USAGE } else { OK });
        }
    };
    match run(args) {
        Ok(code) => ExitCode::from(code),
        Err(Failure::ClosedOutput) => ExitCode::from(OK),
        Err(Failure::Message(message)) => {
            eprintln!("rbr: {message}");
            ExitCode::from(USAGE)
        }
    }
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
            Failure::Message(e.to_string())
        }
    }
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Message(message)
    }
}

fn run(args: Args) -> Result<u8, Failure> {
    match args.command {
        None => open_app(args.file),
        Some(Command::Validate {
            files,
            questionnaire,
        }) => validate(&files, &load_questionnaire(questionnaire.as_deref())?),
        Some(Command::Score {
            files,
            json,
            questionnaire,
        }) => score(&files, json, &load_questionnaire(questionnaire.as_deref())?),
        Some(Command::Questionnaire { json, file }) => {
            print_questionnaire(&load_questionnaire(file.as_deref())?, json)
        }
        Some(Command::Schema) => {
            let schema = schemars::schema_for!(Assessment);
            let text = serde_json::to_string_pretty(&schema).map_err(io::Error::from)?;
            writeln!(io::stdout().lock(), "{text}")?;
            Ok(OK)
        }
        Some(Command::Report {
            file,
            output,
            date,
            questionnaire,
        }) => {
            let questionnaire = load_questionnaire(questionnaire.as_deref())?;
            let bytes = match storage::read_limited(&file) {
                Ok(bytes) => bytes,
                Err(e) => {
                    eprintln!("rbr: {e}");
                    return Ok(load_failure(&e));
                }
            };
            let assessment = match Assessment::from_bytes(&bytes) {
                Ok(assessment) => assessment,
                Err(source) => {
                    let path = file.clone();
                    eprintln!("rbr: {}", FileError::Assessment { path, source });
                    return Ok(INVALID);
                }
            };
            let findings = assessment.findings(&questionnaire).len();
            if findings > 0 {
                eprintln!(
                    "rbr: {}: {findings} finding(s), listed in the report's annex; see `rbr validate {}`",
                    file.display(),
                    file.display()
                );
            }
            let pdf = crate::report::pdf_for(&questionnaire, &assessment, &bytes, date.as_deref())
                .map_err(|e| format!("{}: {e}", file.display()))?;
            storage::write_atomic(&output, &pdf).map_err(|e| e.to_string())?;
            writeln!(io::stdout().lock(), "wrote {}", output.display())?;
            Ok(OK)
        }
    }
}

fn open_app(file: Option<PathBuf>) -> Result<u8, Failure> {
    crate::app::run(file).map_err(|e| e.to_string())?;
    Ok(OK)
}

fn load_questionnaire(path: Option<&Path>) -> Result<Questionnaire, String> {
    match path {
        None => Ok(Questionnaire::built_in()),
        Some(path) => storage::load_questionnaire(path).map_err(|e| e.to_string()),
    }
}

/// The exit code for a file that could not be loaded.
fn load_failure(error: &FileError) -> u8 {
    if error.is_io() { USAGE } else { INVALID }
}

fn validate(files: &[PathBuf], questionnaire: &Questionnaire) -> Result<u8, Failure> {
    let mut code = OK;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for path in files {
        let result = storage::load_assessment(path);
        let line = match result {
            Err(e) => {
                code = code.max(load_failure(&e));
                format!("{e}")
            }
            Ok(assessment) => {
                let findings = assessment.findings(questionnaire);
                if findings.is_empty() {
                    format!("{}: valid", path.display())
                } else {
                    code = code.max(INVALID);
                    findings
                        .iter()
                        .map(|f| format!("{}: {f}", path.display()))
                        .collect::<Vec<_>>()
                        .join("\n")
                }
            }
        };
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    Ok(code)
}

#[derive(Serialize)]
struct ScoreLine<'a> {
    file: String,
    questionnaire: QuestionnaireId<'a>,
    #[serde(flatten)]
    score: &'a Score,
}

#[derive(Serialize)]
struct QuestionnaireId<'a> {
    id: &'a str,
    version: &'a str,
}

fn score(files: &[PathBuf], json: bool, questionnaire: &Questionnaire) -> Result<u8, Failure> {
    let mut code = OK;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for (i, path) in files.iter().enumerate() {
        let assessment = match storage::load_assessment(path) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("rbr: {e}");
                code = code.max(load_failure(&e));
                continue;
            }
        };
        let findings = assessment.findings(questionnaire);
        if !findings.is_empty() {
            eprintln!(
                "rbr: {}: {} finding(s); see `rbr validate {}`",
                path.display(),
                findings.len(),
                path.display()
            );
        }
        let score = scoring::score(questionnaire, &assessment);
        let written = if json {
            let line = ScoreLine {
                file: path.display().to_string(),
                questionnaire: QuestionnaireId {
                    id: &questionnaire.id,
                    version: &questionnaire.version,
                },
                score: &score,
            };
            serde_json::to_writer(&mut out, &line)
                .map_err(io::Error::from)
                .and_then(|()| writeln!(out))
        } else {
            if i > 0 {
                let _ = writeln!(out);
            }
            write_table(&mut out, path, questionnaire, &assessment, &score)
        };
        written?;
    }
    out.flush()?;
    Ok(code)
}

fn write_table(
    out: &mut impl Write,
    path: &Path,
    questionnaire: &Questionnaire,
    assessment: &Assessment,
    score: &Score,
) -> io::Result<()> {
    let meta = &assessment.meta;
    writeln!(out, "{}", path.display())?;
    writeln!(
        out,
        "{} | {} | {} | {} {}",
        meta.title_or_placeholder(),
        meta.organisation_or_placeholder(),
        assessment.meta.status.valid().map_or("?", |s| s.as_str()),
        questionnaire.id,
        questionnaire.version
    )?;
    writeln!(
        out,
        "{:<5} {:<58} {:>9} {:>9}  {:<16} {:>9}",
        "Area", "Requirement", "Readiness", "Complete", "Band", "Answered"
    )?;
    for (area, figures) in questionnaire.areas.iter().zip(&score.areas) {
        let title: String = area.title.get("en").chars().take(58).collect();
        if !figures.in_scope {
            writeln!(out, "{:<5} {:<58} {:>9}", area.id, title, "out of scope")?;
            continue;
        }
        let band = figures.band.map_or("-", |b| b.as_str());
        writeln!(
            out,
            "{:<5} {:<58} {:>9} {:>9}  {:<16} {:>9}",
            area.id,
            title,
            figure(figures.readiness),
            percent(figures.completeness),
            if figures.provisional {
                format!("{band}*")
            } else {
                band.to_owned()
            },
            format!(
                "{}/{}",
                figures.answered + figures.not_applicable,
                figures.questions
            )
        )?;
    }
    writeln!(
        out,
        "{:<5} {:<58} {:>9} {:>9}",
        "",
        "Overall",
        figure(score.overall.readiness),
        percent(score.overall.completeness)
    )?;
    if score.areas.iter().any(|a| a.provisional) {
        writeln!(
            out,
            "* provisional: not every question of the area is answered"
        )?;
    }
    if score.gaps.is_empty() {
        writeln!(out, "No gaps: every answered question meets its target.")?;
    } else {
        writeln!(out, "Gaps by priority ({}):", score.gaps.len())?;
        for gap in score.gaps.iter().take(10) {
            writeln!(
                out,
                "  {:<7} level {} -> target {}  gap {}  priority {:>2}{}",
                gap.question,
                gap.level,
                gap.target,
                gap.gap,
                gap.priority,
                if gap.critical { "  critical" } else { "" }
            )?;
        }
        if score.gaps.len() > 10 {
            writeln!(
                out,
                "  ... and {} more (use --json for all)",
                score.gaps.len() - 10
            )?;
        }
    }
    Ok(())
}

fn print_questionnaire(questionnaire: &Questionnaire, json: bool) -> Result<u8, Failure> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if json {
        serde_json::to_writer_pretty(&mut out, questionnaire)
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        write_questionnaire(&mut out, questionnaire)
    };
    result.and_then(|()| out.flush())?;
    Ok(OK)
}

fn write_questionnaire(out: &mut impl Write, q: &Questionnaire) -> io::Result<()> {
    writeln!(out, "{} ({} {})", q.title.get("en"), q.id, q.version)?;
    writeln!(out, "\nLevels:")?;
    for level in &q.levels {
        writeln!(
            out,
            "  {} {}: {}",
            level.level,
            level.name.get("en"),
            level.description.get("en")
        )?;
    }
    for area in &q.areas {
        writeln!(out, "\n{} {}", area.id, area.title.get("en"))?;
        writeln!(out, "  {}", area.description.get("en"))?;
        for question in &area.questions {
            writeln!(
                out,
                "\n  {} {}\n     weight {}, target {}, {}{}",
                question.id,
                question.text.get("en"),
                question.weight,
                question.target,
                question.poete.as_str(),
                if question.critical { ", critical" } else { "" }
            )?;
            for (level, entry) in question.rubric.iter().enumerate() {
                writeln!(out, "     {level}: {}", entry.get("en"))?;
            }
        }
    }
    Ok(())
}
