//! `rbrw`: rbr without a console window, which the Windows Start menu and opening
//! an `.rbr.json` file start. The command line stays `rbr.exe`, which prints in
//! the console it is run from.

#![windows_subsystem = "windows"]

fn main() -> std::process::ExitCode {
    rbr::cli::main()
}
