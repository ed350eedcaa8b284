//! `gazette search`.

use super::advice::{index_error, open_archive};
use super::output::{Output, label, warn};
use super::store::usable_index_with;
use super::{Cli, CliError, CliResult};
use crate::archive::default_threads;
use crate::search::{Query, load_archive};
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct SearchArgs {
    /// The query, in the reader's syntax: `a b` both, `a | b` either, `'exact`, `^prefix`,
    /// `suffix$`, `!exclude`, `person:`, `place:`, `org:`, `event:`, `date:`, `"a phrase"`.
    #[arg(required = true)]
    pub query: Vec<String>,

    /// Print JSON instead of text (with the matched fields and character positions).
    #[arg(long)]
    pub json: bool,

    /// Show at most this many results.
    #[arg(long, short = 'n', default_value_t = 20, value_name = "N")]
    pub limit: usize,

    /// Search the index as it is, without bringing it up to date with the archive first.
    #[arg(long)]
    pub no_refresh: bool,
}

#[derive(serde::Serialize)]
struct JsonHit<'a> {
    rank: usize,
    score: i64,
    id: &'a str,
    title: &'a str,
    matches: Vec<crate::search::FieldMatch>,
}

pub fn run(cli: &Cli, args: &SearchArgs) -> CliResult {
    let text = args.query.join(" ");
    let query = Query::parse(&text).map_err(|e| CliError(format!("invalid query: {e}")))?;
    let loader = open_archive(&cli.archive)?;
    let prefetch = |store: &crate::index::SqliteIndex| store.prefetch_search_index();
    let (index, skipped) = match usable_index_with(cli, &cli.archive, args.no_refresh, prefetch) {
        Some((store, summary, prefetched)) => {
            let index = prefetched.finish(&store).map_err(index_error)?;
            (index, summary.map(|s| s.skipped).unwrap_or_default())
        }
        None => {
            let archive = load_archive(&loader, default_threads());
            (archive.index, archive.skipped)
        }
    };
    for skipped in &skipped {
        warn(format!("skipped {}", label(&skipped.to_string())));
    }
    let index = &index;
    let hits = index.search(&query);
    let shown = hits.iter().take(args.limit).enumerate();
    let mut out = Output::stdout();
    if args.json {
        let rows: Vec<JsonHit> = shown
            .map(|(rank, hit)| JsonHit {
                rank: rank + 1,
                score: hit.score,
                id: index.article_id(hit.article).unwrap_or_default(),
                title: index.title(hit.article).unwrap_or_default(),
                matches: index.explain(hit.article, &query),
            })
            .collect();
        out.json(&rows)?;
    } else {
        for (rank, hit) in shown {
            let title = index.title(hit.article).unwrap_or_default();
            writeln!(
                out,
                "{:>3}  {:>6}  {}  {}",
                rank + 1,
                hit.score,
                label(index.article_id(hit.article).unwrap_or_default()),
                label(title)
            )?;
        }
        out.finish()?;
        if hits.is_empty() {
            warn(format!("no article matches `{}`", label(&text)));
        } else if hits.len() > args.limit && !out.is_closed() {
            warn(format!("{} of {} matches shown", args.limit, hits.len()));
        }
    }
    out.finish()?;
    Ok(if hits.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
