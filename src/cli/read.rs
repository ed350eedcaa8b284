//! `gazette`: opens the three-pane reader.

use super::{Cli, CliError, CliResult};
use std::process::ExitCode;

pub fn run(cli: &Cli) -> CliResult {
    crate::ui::run(cli.archive.clone()).map_err(CliError)?;
    Ok(ExitCode::SUCCESS)
}
