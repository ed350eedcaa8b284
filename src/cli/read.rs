//! `gazette`: opens the three-pane reader.

use super::{Cli, CliResult};

#[cfg(feature = "tui")]
pub fn run(cli: &Cli) -> CliResult {
    let notes = match &cli.notes {
        Some(path) => Ok(path.clone()),
        None => crate::notes::default_notes_path().map_err(|e| e.to_string()),
    };
    crate::ui::run(cli.archive.clone(), notes).map_err(super::CliError)?;
    Ok(std::process::ExitCode::SUCCESS)
}

#[cfg(not(feature = "tui"))]
pub fn run(_cli: &Cli) -> CliResult {
    Err(super::CliError(
        "this gazette was built without the reader (the `tui` feature): use a command \
         such as `gazette list`, or rebuild with the default features"
            .into(),
    ))
}
