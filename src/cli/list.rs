//! `gazette list`: one article per line.

use super::advice::{index_error, open_archive};
use super::output::{Output, label, warn};
use super::store::usable_index;
use super::{Cli, CliResult};
use crate::archive::LoadReport;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Print a JSON array of the articles' metadata instead of the tab-separated columns
    /// id, date, source, byline, dateline, title (`-` where the article has none).
    #[arg(long)]
    pub json: bool,
    /// List the index as it is, without bringing it up to date with the archive first.
    #[arg(long)]
    pub no_refresh: bool,
}

pub fn run(cli: &Cli, args: &ListArgs) -> CliResult {
    let report = load_listing(cli, args.no_refresh)?;
    let mut out = Output::stdout();
    if args.json {
        out.json(&report.articles)?;
    } else {
        for meta in &report.articles {
            if out.is_closed() {
                break;
            }
            let date = meta
                .published
                .map(|d| d.iso())
                .unwrap_or_else(|| "-".into());
            let or_dash =
                |field: &Option<String>| field.as_deref().map_or_else(|| "-".to_owned(), label);
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}",
                label(&meta.id),
                date,
                or_dash(&meta.source),
                or_dash(&meta.byline),
                or_dash(&meta.dateline),
                label(&meta.title)
            )?;
        }
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}

/// The archive's articles from its index (refreshed unless `no_refresh`), or from its files
/// when the index cannot be used; skipped files and file warnings are reported on stderr.
fn load_listing(cli: &Cli, no_refresh: bool) -> Result<LoadReport, super::CliError> {
    let loader = open_archive(&cli.archive)?;
    let report = match usable_index(cli, &cli.archive, no_refresh) {
        Some((index, summary)) => LoadReport {
            articles: index.article_metas().map_err(index_error)?,
            skipped: summary.map(|s| s.skipped).unwrap_or_default(),
        },
        None => loader.load_all(),
    };
    for skipped in &report.skipped {
        warn(format!("skipped {}", label(&skipped.to_string())));
    }
    for meta in &report.articles {
        for warning in &meta.warnings {
            warn(format!("{}: {}", label(&meta.id), label(warning)));
        }
    }
    if report.articles.is_empty() {
        warn(format!(
            "no articles in {} (it holds no readable .txt or .md files)",
            label(&loader.root().display().to_string())
        ));
    }
    Ok(report)
}
