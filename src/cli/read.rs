//! `gazette`: opens the three-pane reader.

use super::{Cli, CliError, CliResult};

pub fn run(_cli: &Cli) -> CliResult {
    Err(CliError(
        "the reader is not built yet: use `gazette list` or `gazette show ID`".into(),
    ))
}
