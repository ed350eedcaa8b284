//! `gazette search`.

use super::{Cli, CliError, CliResult};

#[derive(clap::Args, Debug)]
pub struct SearchArgs {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn run(_cli: &Cli, _args: &SearchArgs) -> CliResult {
    Err(CliError("`gazette search` is not built yet".into()))
}
