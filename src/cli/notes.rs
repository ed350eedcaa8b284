//! `gazette notes ...`.

use super::{Cli, CliError, CliResult};

#[derive(clap::Subcommand, Debug)]
pub enum NotesCommand {
    /// List every bookmark and annotation.
    List {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(_cli: &Cli, _command: &NotesCommand) -> CliResult {
    Err(CliError("`gazette notes` is not built yet".into()))
}
