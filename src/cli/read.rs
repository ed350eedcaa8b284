//! `gazette`: opens the three-pane reader.

use super::{Cli, CliResult};

#[cfg(feature = "tui")]
pub fn run(cli: &Cli) -> CliResult {
    // Checked here so that a bad folder is reported with the flag that picks another.
    super::advice::open_archive(&cli.archive)?;
    let notes = super::advice::notes_path(cli.notes.as_deref()).map_err(|error| error.0);
    crate::ui::run(cli.archive.clone(), notes, cli.index.clone()).map_err(super::CliError)?;
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
