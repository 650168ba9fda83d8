//! The `rbr` binary: a subcommand runs the command line; anything else opens the app.

fn main() -> std::process::ExitCode {
    rbr::cli::main()
}
