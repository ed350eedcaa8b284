//! `gazette index [DIR]`: build or refresh the archive's index; `--status`, `--rebuild`.

use super::advice::open_archive;
use super::output::{Output, label, warn};
use super::store::{open_index, refresh};
use super::{Cli, CliResult};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct IndexArgs {
    /// The archive folder to index (default: --archive).
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
    /// Say where the index is, its size, how many articles it holds, when it was last
    /// refreshed and how many files changed since; change nothing.
    #[arg(long, conflicts_with = "rebuild")]
    pub status: bool,
    /// Empty the index and extract every article again.
    #[arg(long)]
    pub rebuild: bool,
}

pub fn run(cli: &Cli, args: &IndexArgs) -> CliResult {
    let archive = args.dir.clone().unwrap_or_else(|| cli.archive.clone());
    open_archive(&archive)?;
    let index = open_index(cli, &archive)?;
    let mut out = Output::stdout();
    if args.status {
        let status = index.status().map_err(super::advice::index_error)?;
        let refreshed = status.refreshed_at.map_or_else(
            || "never".to_owned(),
            |seconds| {
                jiff::Timestamp::from_second(seconds)
                    .map(|t| t.strftime("%Y-%m-%d %H:%M:%S UTC").to_string())
                    .unwrap_or_else(|_| seconds.to_string())
            },
        );
        writeln!(out, "index\t{}", label(&status.path.display().to_string()))?;
        writeln!(out, "archive\t{}", label(&archive.display().to_string()))?;
        writeln!(out, "size\t{:.1} MB", status.bytes as f64 / 1_048_576.0)?;
        writeln!(out, "articles\t{}", status.articles)?;
        writeln!(out, "skipped\t{}", status.skipped)?;
        writeln!(out, "refreshed\t{refreshed}")?;
        writeln!(out, "stale\t{}", status.stale)?;
        out.finish()?;
        return Ok(ExitCode::SUCCESS);
    }
    let (index, summary) = refresh(index, args.rebuild)?;
    for skipped in &summary.skipped {
        warn(format!("skipped {}", label(&skipped.to_string())));
    }
    // The next start reads what it needs back instead of building it; a cache, so a failure
    // costs only that.
    if let Err(error) = index.prepare_snapshot() {
        warn(format!(
            "could not save the reader's start-up snapshot: {error}"
        ));
    }
    writeln!(
        out,
        "{} new, {} changed, {} removed in {:.1} s ({} articles)",
        summary.added,
        summary.changed,
        summary.removed,
        summary.elapsed.as_secs_f64(),
        summary.articles
    )?;
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}
