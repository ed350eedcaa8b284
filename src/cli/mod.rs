//! The command line: `gazette [--archive DIR] [COMMAND]`. One file per subcommand.

mod advice;
mod comentions;
mod entities;
mod entity;
mod eval;
mod facts;
mod index;
mod list;
mod notes;
mod output;
mod read;
mod search;
mod show;
mod sql;
mod store;
mod timeline;

pub use output::usage_error;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// A terminal reader for news archives that understands what it reads.
///
/// Run without a command to open the three-pane reader on the archive: the article list,
/// the article, and the facts found in it (people, places, organisations, events, dates,
/// quotes). The commands below give the same model on the command line.
#[derive(Parser, Debug)]
#[command(name = "gazette", version, about, long_about)]
pub struct Cli {
    /// The archive folder: every .txt and .md file below it is an article.
    #[arg(
        long,
        short = 'a',
        global = true,
        env = "GAZETTE_ARCHIVE",
        default_value = "articles",
        value_name = "DIR"
    )]
    pub archive: PathBuf,

    /// The notes file (bookmarks and annotations). Defaults to
    /// $XDG_DATA_HOME/gazette/notes.json (~/.local/share/gazette/notes.json).
    #[arg(long, global = true, env = "GAZETTE_NOTES", value_name = "FILE")]
    pub notes: Option<PathBuf>,

    /// The archive's index file. Defaults to $XDG_CACHE_HOME/gazette/<archive name>-<hash>.sqlite
    /// (~/.cache/gazette/…), one per archive.
    #[arg(long, global = true, env = "GAZETTE_INDEX", value_name = "FILE")]
    pub index: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List the articles: id, date, source and title, one per line.
    List(list::ListArgs),
    /// Show one article's parsed structure (title, byline, blocks, with character ranges).
    Show(show::ShowArgs),
    /// Extract the facts (people, places, organisations, events, dates, quotes) from a file.
    Facts(facts::FactsArgs),
    /// Score the fact extractor against hand-labelled gold files.
    Eval(eval::EvalArgs),
    /// Search the archive with the reader's query syntax.
    Search(search::SearchArgs),
    /// Build or refresh the archive's index (only new and changed files are read).
    Index(index::IndexArgs),
    /// Run a read-only SQL query over the index and print a table or JSON.
    Sql(sql::SqlArgs),
    /// List, export and import bookmarks and annotations.
    #[command(subcommand)]
    Notes(notes::NotesCommand),
    /// List the archive's people, places, organisations and events with their totals.
    Entities(entities::EntitiesArgs),
    /// One entity across the archive: roles over time, quotes, co-mentions, articles per month.
    Entity(entity::EntityArgs),
    /// Articles per week, month or year, over the archive or what a query finds.
    Timeline(timeline::TimelineArgs),
    /// The entities one appears with, ranked by how much likelier than chance; or as a graph.
    Comentions(comentions::ComentionsArgs),
}

/// A failure to report on stderr: what went wrong and what to do about it.
#[derive(Debug)]
pub struct CliError(pub String);

impl<E: std::fmt::Display> From<E> for CliError {
    fn from(error: E) -> Self {
        CliError(error.to_string())
    }
}

pub type CliResult = Result<ExitCode, CliError>;

pub fn run(cli: Cli) -> ExitCode {
    let result = match &cli.command {
        None => read::run(&cli),
        Some(Command::List(args)) => list::run(&cli, args),
        Some(Command::Show(args)) => show::run(&cli, args),
        Some(Command::Facts(args)) => facts::run(&cli, args),
        Some(Command::Eval(args)) => eval::run(&cli, args),
        Some(Command::Search(args)) => search::run(&cli, args),
        Some(Command::Index(args)) => index::run(&cli, args),
        Some(Command::Sql(args)) => sql::run(&cli, args),
        Some(Command::Notes(command)) => notes::run(&cli, command),
        Some(Command::Entities(args)) => entities::run(&cli, args),
        Some(Command::Entity(args)) => entity::run(&cli, args),
        Some(Command::Timeline(args)) => timeline::run(&cli, args),
        Some(Command::Comentions(args)) => comentions::run(&cli, args),
    };
    match result {
        Ok(code) => code,
        Err(CliError(message)) => {
            output::warn(message);
            ExitCode::FAILURE
        }
    }
}
