//! `gazette eval GOLD_DIR`: precision, recall and F1 of the fact extractor per category.

use super::output::{Output, label};
use super::{Cli, CliError, CliResult};
use crate::extract::score::{CATEGORIES, score_dir};
use serde_json::json;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct EvalArgs {
    /// The folder of gold files (one NAME.json per article NAME.txt in the archive).
    #[arg(value_name = "GOLD_DIR", default_value = "tests/gold")]
    pub gold: PathBuf,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Also print each article's F1 per category.
    #[arg(long)]
    pub per_article: bool,
}

pub fn run(cli: &Cli, args: &EvalArgs) -> CliResult {
    let (total, per_article) = score_dir(&args.gold, &cli.archive).map_err(CliError)?;
    let mut out = Output::stdout();
    if args.json {
        let rows: serde_json::Map<String, serde_json::Value> = CATEGORIES
            .iter()
            .zip(total.counts.iter())
            .map(|(name, c)| {
                (
                    (*name).to_owned(),
                    json!({"precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
                           "matched": c.matched, "extracted": c.extracted, "gold": c.gold}),
                )
            })
            .collect();
        out.json_line(&json!({"total": rows, "articles": per_article}))?;
    } else {
        write!(out, "{}", total.table())?;
        if args.per_article {
            for article in &per_article {
                writeln!(out, "\n{}", label(&article.article))?;
                write!(out, "{}", article.scores.table())?;
            }
        }
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}
