//! `gazette list`: one article per line.

use super::{Cli, CliResult};
use crate::archive::{LoadReport, Loader};
use std::io::Write;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct ListArgs {
    /// Print a JSON array of the articles' metadata instead of the tab-separated columns
    /// id, date, source, byline, dateline, title (`-` where the article has none).
    #[arg(long)]
    pub json: bool,
}

pub fn run(cli: &Cli, args: &ListArgs) -> CliResult {
    let report = load_archive(cli)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        serde_json::to_writer_pretty(&mut out, &report.articles)?;
        writeln!(out)?;
    } else {
        for meta in &report.articles {
            let date = meta
                .published
                .map(|d| d.iso())
                .unwrap_or_else(|| "-".into());
            let or_dash = |field: &Option<String>| {
                field
                    .as_deref()
                    .map_or_else(|| "-".to_owned(), crate::text::sanitize_label)
            };
            writeln!(
                out,
                "{}\t{}\t{}\t{}\t{}\t{}",
                crate::text::sanitize_label(&meta.id),
                date,
                or_dash(&meta.source),
                or_dash(&meta.byline),
                or_dash(&meta.dateline),
                crate::text::sanitize_label(&meta.title)
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Loads the archive, reporting skipped files on stderr.
pub fn load_archive(cli: &Cli) -> Result<LoadReport, super::CliError> {
    let loader = Loader::new(&cli.archive)?;
    let report = loader.load_all();
    for skipped in &report.skipped {
        eprintln!("gazette: skipped {skipped}");
    }
    for meta in &report.articles {
        for warning in &meta.warnings {
            eprintln!("gazette: {}: {warning}", meta.id);
        }
    }
    if report.articles.is_empty() {
        eprintln!(
            "gazette: no articles in {} (it holds no readable .txt or .md files)",
            loader.root().display()
        );
    }
    Ok(report)
}
