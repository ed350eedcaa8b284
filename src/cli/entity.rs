//! `gazette entity NAME [--kind K] [--json | --format md]`: one entity across the archive —
//! roles over time, quotes with their articles, co-mentions, articles per month.

use super::entities::{KindArg, views_connection, views_error};
use super::output::{Output, label};
use super::{Cli, CliResult};
use crate::text::counted;
use crate::views::chart;
use crate::views::entity_page::PageLimits;
use crate::views::export::dossier_markdown;
use crate::views::{EntityPage, entity_page, find_entity, seen_between};
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct EntityArgs {
    /// The entity's name, as `gazette entities` shows it (any letter case).
    #[arg(value_name = "NAME")]
    pub name: String,
    /// The entity's kind, when the name is several entities' (a place and an organisation).
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
    /// Print a Markdown dossier (roles, quotes with citations, co-mentions, timeline).
    #[arg(long, value_enum, default_value_t = PageFormat::Text)]
    pub format: PageFormat,
    /// Show at most this many quotes.
    #[arg(long, default_value_t = 500, value_name = "N")]
    pub quotes: usize,
    /// Show at most this many co-mentions.
    #[arg(long, default_value_t = 20, value_name = "N")]
    pub comentions: usize,
    /// Read the index as it is, without bringing it up to date with the archive first.
    #[arg(long)]
    pub no_refresh: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum PageFormat {
    Text,
    Md,
}

pub fn run(cli: &Cli, args: &EntityArgs) -> CliResult {
    let connection = views_connection(cli, args.no_refresh, "entity")?;
    let entity =
        find_entity(&connection, &args.name, args.kind.map(Into::into)).map_err(views_error)?;
    let limits = PageLimits {
        quotes: args.quotes,
        comentions: args.comentions,
    };
    let page = entity_page(&connection, &entity, limits).map_err(views_error)?;
    let mut out = Output::stdout();
    if args.json {
        out.json(&page)?;
    } else if args.format == PageFormat::Md {
        write!(out, "{}", dossier_markdown(&page))?;
    } else {
        write!(out, "{}", page_text(&page))?;
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}

fn page_text(page: &EntityPage) -> String {
    let entity = &page.entity;
    let mut text = format!(
        "{} ({}) — {}, {}, {}\n",
        label(&entity.name),
        entity.kind.label(),
        counted(entity.articles, "article"),
        counted(entity.mentions, "mention"),
        seen_between(entity.first.as_deref(), entity.last.as_deref()),
    );
    if !page.roles.is_empty() {
        text.push_str("Roles\n");
        for role in &page.roles {
            text.push_str(&format!(
                "  {} — {}, {}\n",
                label(&role.role),
                counted(role.articles, "article"),
                seen_between(role.first.as_deref(), role.last.as_deref()),
            ));
        }
    }
    if !page.quotes.is_empty() {
        text.push_str("Quotes\n");
        for quote in &page.quotes {
            let shown: String = quote.text.chars().take(100).collect();
            text.push_str(&format!(
                "  {}  {}  “{}”\n",
                quote.published.as_deref().unwrap_or("undated"),
                label(&quote.article),
                label(&shown)
            ));
        }
    }
    if !page.comentions.is_empty() {
        text.push_str("Appears with (articles together, lift)\n");
        for other in &page.comentions {
            text.push_str(&format!(
                "  {:>4}  {:>6.2}  {} ({})\n",
                other.together,
                other.lift,
                label(&other.name),
                other.kind.label()
            ));
        }
    }
    if !page.months.is_empty() || page.undated > 0 {
        text.push_str("Articles per month\n");
    }
    if !page.months.is_empty() {
        let most = chart::largest(page.months.iter().map(|m| m.articles));
        for month in &page.months {
            let bar = chart::bar(month.articles, most, 30);
            text.push_str(&format!(
                "  {}  {:>4}  {bar}\n",
                month.month, month.articles
            ));
        }
    }
    if page.undated > 0 {
        text.push_str(&format!("  undated  {:>4}\n", page.undated));
    }
    text
}
