//! `gazette list`.

use super::{Cli, CliError, CliResult};

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn run(_cli: &Cli, _args: &ListArgs) -> CliResult {
    Err(CliError("`gazette list` is not built yet".into()))
}
