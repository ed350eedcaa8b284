//! `gazette eval`.

use super::{Cli, CliError, CliResult};

#[derive(clap::Args, Debug)]
pub struct EvalArgs {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn run(_cli: &Cli, _args: &EvalArgs) -> CliResult {
    Err(CliError("`gazette eval` is not built yet".into()))
}
