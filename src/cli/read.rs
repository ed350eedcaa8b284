//! `gazette`: opens the three-pane reader.

use super::{Cli, CliError, CliResult};
use std::process::ExitCode;

pub fn run(cli: &Cli) -> CliResult {
    let notes = match &cli.notes {
        Some(path) => Ok(path.clone()),
        None => crate::notes::default_notes_path().map_err(|e| e.to_string()),
    };
    crate::ui::run(cli.archive.clone(), notes).map_err(CliError)?;
    Ok(ExitCode::SUCCESS)
}
