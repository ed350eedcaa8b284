//! `gazette comentions NAME [--kind K] [--limit N] [--json | --format dot|graphml]`: the
//! entities NAME appears with, ranked by how much likelier than chance; or that neighbourhood
//! as a graph for Graphviz or Gephi.

use super::entities::{KindArg, views_connection, views_error};
use super::output::{Output, label};
use super::{Cli, CliResult};
use crate::text::counted;
use crate::views::export::{dot, ego_graph, graphml};
use crate::views::{comentions, find_entity};
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct ComentionsArgs {
    /// The entity's name, as `gazette entities` shows it (any letter case).
    #[arg(value_name = "NAME")]
    pub name: String,
    /// The entity's kind, when the name is several entities' (a place and an organisation).
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Show at most this many (with --format dot or graphml: the graph's entities besides
    /// NAME).
    #[arg(long, short = 'n', default_value_t = 20, value_name = "N")]
    pub limit: usize,
    /// Print a JSON array instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Print the co-mention graph of NAME and the entities it appears with instead.
    #[arg(long, value_enum, default_value_t = GraphFormat::Text)]
    pub format: GraphFormat,
    /// Read the index as it is, without bringing it up to date with the archive first.
    #[arg(long)]
    pub no_refresh: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum GraphFormat {
    Text,
    Dot,
    Graphml,
}

pub fn run(cli: &Cli, args: &ComentionsArgs) -> CliResult {
    let connection = views_connection(cli, args.no_refresh, "comentions")?;
    let entity =
        find_entity(&connection, &args.name, args.kind.map(Into::into)).map_err(views_error)?;
    let mut out = Output::stdout();
    match args.format {
        GraphFormat::Dot | GraphFormat::Graphml => {
            let graph = ego_graph(&connection, &entity, args.limit).map_err(views_error)?;
            let text = if args.format == GraphFormat::Dot {
                dot(&graph)
            } else {
                graphml(&graph)
            };
            write!(out, "{text}")?;
        }
        GraphFormat::Text => {
            let found = comentions(&connection, entity.id, args.limit).map_err(views_error)?;
            if args.json {
                out.json(&found)?;
            } else {
                writeln!(
                    out,
                    "{} ({}, {}) appears with:",
                    label(&entity.name),
                    entity.kind.label(),
                    counted(entity.articles, "article")
                )?;
                writeln!(
                    out,
                    "{:>8}  {:>8}  {:>6}  {:<12}  name",
                    "together", "articles", "lift", "kind"
                )?;
                for other in &found {
                    writeln!(
                        out,
                        "{:>8}  {:>8}  {:>6.2}  {:<12}  {}",
                        other.together,
                        other.articles,
                        other.lift,
                        other.kind.label(),
                        label(&other.name)
                    )?;
                }
            }
        }
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}
