//! `gazette timeline [--by week|month|year] [QUERY]`: articles per period over the whole
//! archive, or over the articles a query finds.

use super::advice::{index_error, open_archive};
use super::entities::{views_connection, views_error};
use super::output::{Output, label, warn};
use super::store::usable_index;
use super::{Cli, CliError, CliResult};
use crate::archive::default_threads;
use crate::search::{Query, load_archive};
use crate::views::chart;
use crate::views::{Period, Timeline, timeline, timeline_of_dates};
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct TimelineArgs {
    /// Only the articles this query finds (the reader's syntax, as `gazette search` takes it).
    pub query: Vec<String>,
    /// The length of a bar.
    #[arg(long, value_enum, default_value_t = PeriodArg::Month)]
    pub by: PeriodArg,
    /// Print JSON instead of a chart.
    #[arg(long)]
    pub json: bool,
    /// Read the index as it is, without bringing it up to date with the archive first.
    #[arg(long)]
    pub no_refresh: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodArg {
    Week,
    Month,
    Year,
}

pub fn run(cli: &Cli, args: &TimelineArgs) -> CliResult {
    let period = match args.by {
        PeriodArg::Week => Period::Week,
        PeriodArg::Month => Period::Month,
        PeriodArg::Year => Period::Year,
    };
    let found = if args.query.is_empty() {
        let connection = views_connection(cli, args.no_refresh, "timeline")?;
        timeline(&connection, period).map_err(views_error)?
    } else {
        of_query(cli, args, period)?
    };
    let mut out = Output::stdout();
    if args.json {
        out.json(&found)?;
    } else {
        write!(out, "{}", chart(&found))?;
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}

/// The timeline of the articles the query finds, searched as `gazette search` does.
fn of_query(cli: &Cli, args: &TimelineArgs, period: Period) -> Result<Timeline, CliError> {
    let text = args.query.join(" ");
    let query = Query::parse(&text).map_err(|e| CliError(format!("invalid query: {e}")))?;
    let loader = open_archive(&cli.archive)?;
    let (catalog, index) = match usable_index(cli, &cli.archive, args.no_refresh) {
        Some((store, _)) => store.load_search().map_err(index_error)?,
        None => {
            let archive = load_archive(&loader, default_threads());
            (archive.catalog, archive.index)
        }
    };
    let hits = index.search(&query);
    if hits.is_empty() {
        warn(format!("no article matches `{}`", label(&text)));
    }
    Ok(timeline_of_dates(
        hits.iter().map(|hit| {
            catalog
                .get(hit.article as usize)
                .and_then(|e| e.meta.published)
        }),
        period,
    ))
}

/// One line per period: its label, its articles and a bar.
fn chart(timeline: &Timeline) -> String {
    let most = chart::largest(timeline.buckets.iter().map(|b| b.articles));
    let mut text = String::new();
    for bucket in &timeline.buckets {
        let bar = chart::bar(bucket.articles, most, 40);
        text.push_str(&format!(
            "{:<10}  {:>6}  {bar}\n",
            bucket.label, bucket.articles
        ));
    }
    if timeline.unplaced > 0 {
        text.push_str(&format!("{:<10}  {:>6}\n", "undated", timeline.unplaced));
    }
    text
}
