//! `gazette show`.

use super::{Cli, CliError, CliResult};

#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn run(_cli: &Cli, _args: &ShowArgs) -> CliResult {
    Err(CliError("`gazette show` is not built yet".into()))
}
