//! `gazette entities [--kind K] [--sort S] [--limit N] [--json]`: the archive's entities with
//! their totals; and the index connection the other views' commands share.

use super::advice::{index_error, open_archive};
use super::output::{Output, label};
use super::store::usable_index;
use super::{Cli, CliError, CliResult};
use crate::facts::EntityKind;
use crate::views::{EntityRow, EntitySort, ViewsError, entities};
use rusqlite::Connection;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct EntitiesArgs {
    /// Only entities of this kind.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// The order: most articles first, by name, by first or by last appearance.
    #[arg(long, value_enum, default_value_t = SortArg::Count)]
    pub sort: SortArg,
    /// Show at most this many entities.
    #[arg(long, short = 'n', default_value_t = 50, value_name = "N")]
    pub limit: usize,
    /// Print a JSON array instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Read the index as it is, without bringing it up to date with the archive first.
    #[arg(long)]
    pub no_refresh: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug)]
pub enum KindArg {
    Person,
    Place,
    #[value(alias = "org")]
    Organization,
    Event,
}

impl From<KindArg> for EntityKind {
    fn from(kind: KindArg) -> Self {
        match kind {
            KindArg::Person => EntityKind::Person,
            KindArg::Place => EntityKind::Place,
            KindArg::Organization => EntityKind::Organization,
            KindArg::Event => EntityKind::Event,
        }
    }
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortArg {
    Count,
    Name,
    First,
    Last,
}

pub fn run(cli: &Cli, args: &EntitiesArgs) -> CliResult {
    let connection = views_connection(cli, args.no_refresh, "entities")?;
    let sort = match args.sort {
        SortArg::Count => EntitySort::Count,
        SortArg::Name => EntitySort::Name,
        SortArg::First => EntitySort::FirstSeen,
        SortArg::Last => EntitySort::LastSeen,
    };
    let rows =
        entities(&connection, args.kind.map(Into::into), sort, args.limit).map_err(views_error)?;
    let mut out = Output::stdout();
    if args.json {
        out.json(&rows)?;
    } else {
        writeln!(
            out,
            "{:>8}  {:>8}  {:<10}  {:<10}  {:<12}  name",
            "articles", "mentions", "first", "last", "kind"
        )?;
        for row in &rows {
            writeln!(out, "{}", entity_line(row))?;
        }
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}

fn entity_line(row: &EntityRow) -> String {
    let mut line = format!(
        "{:>8}  {:>8}  {:<10}  {:<10}  {:<12}  {}",
        row.articles,
        row.mentions,
        row.first
            .as_deref()
            .map(label)
            .unwrap_or_else(|| "-".into()),
        row.last.as_deref().map(label).unwrap_or_else(|| "-".into()),
        row.kind.label(),
        label(&row.name)
    );
    if let Some(role) = &row.role {
        line.push_str(&format!(" — {}", label(role)));
    }
    line
}

/// A read-only connection to the archive's index, refreshed first unless `no_refresh`.
pub fn views_connection(
    cli: &Cli,
    no_refresh: bool,
    command: &str,
) -> Result<Connection, CliError> {
    open_archive(&cli.archive)?;
    let Some((index, _)) = usable_index(cli, &cli.archive, no_refresh) else {
        return Err(CliError(format!("`gazette {command}` needs the index")));
    };
    index.read_only_connection().map_err(index_error)
}

pub fn views_error(error: ViewsError) -> CliError {
    match error {
        ViewsError::UnknownEntity { .. } => CliError(format!(
            "{}: `gazette entities` lists them, --kind narrows the name to one kind",
            label(&error.to_string())
        )),
        ViewsError::Sqlite(_) => CliError(format!(
            "{error}: `gazette index --rebuild` makes the index anew"
        )),
    }
}
