//! `gazette eval GOLD_DIR...`: precision, recall and F1 of the fact extractor per category, one
//! table per gold folder (the bundled articles, the real-news dev and test splits).

use super::output::{Output, label};
use super::{Cli, CliError, CliResult};
use crate::extract::score::{CATEGORIES, SPAN_CATEGORIES, score_dir};
use serde_json::json;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct EvalArgs {
    /// Folders of gold files (one NAME.json per article NAME.txt, beside it or in the archive).
    #[arg(value_name = "GOLD_DIR", default_value = "tests/gold")]
    pub gold: Vec<PathBuf>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Also print each article's F1 per category.
    #[arg(long)]
    pub per_article: bool,
}

pub fn run(cli: &Cli, args: &EvalArgs) -> CliResult {
    let mut out = Output::stdout();
    for (n, gold) in args.gold.iter().enumerate() {
        let (total, per_article) = score_dir(gold, &cli.archive).map_err(CliError)?;
        if args.json {
            let rows: serde_json::Map<String, serde_json::Value> = CATEGORIES
                .iter()
                .zip(total.counts.iter())
                .chain(SPAN_CATEGORIES.iter().zip(total.spans.iter()))
                .map(|(name, c)| {
                    (
                        (*name).to_owned(),
                        json!({"precision": c.precision(), "recall": c.recall(), "f1": c.f1(),
                               "matched": c.matched, "extracted": c.extracted, "gold": c.gold}),
                    )
                })
                .collect();
            let folder = gold.display().to_string();
            out.json_line(&json!({"gold": folder, "total": rows, "articles": per_article}))?;
            continue;
        }
        if args.gold.len() > 1 {
            if n > 0 {
                writeln!(out)?;
            }
            writeln!(
                out,
                "{} ({} articles)",
                label(&gold.display().to_string()),
                per_article.len()
            )?;
        }
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
