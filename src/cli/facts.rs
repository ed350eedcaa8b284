//! `gazette facts`.

use super::{Cli, CliError, CliResult};

#[derive(clap::Args, Debug)]
pub struct FactsArgs {
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

pub fn run(_cli: &Cli, _args: &FactsArgs) -> CliResult {
    Err(CliError("`gazette facts` is not built yet".into()))
}
