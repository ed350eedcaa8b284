//! `gazette show ID`: an article's parsed structure.

use super::advice::open_archive;
use super::output::{Output, label, warn};
use super::{Cli, CliError, CliResult};
use crate::archive::{Article, BlockKind, path_of};
use crate::span::Span;
use serde::Serialize;
use std::process::ExitCode;

#[derive(clap::Args, Debug)]
pub struct ShowArgs {
    /// The article's id: its path relative to the archive folder (see `gazette list`).
    pub id: String,
    /// Print JSON: every field and block with its text and character range.
    #[arg(long)]
    pub json: bool,
}

pub fn run(cli: &Cli, args: &ShowArgs) -> CliResult {
    let loader = open_archive(&cli.archive)?;
    let article = loader.read(&args.id).map_err(|reason| {
        // The hint about ids helps only when there is no such file.
        let hint = if path_of(loader.root(), &args.id).exists() {
            String::new()
        } else {
            format!(
                " (ids are paths relative to {}; `gazette list` shows them)",
                label(&loader.root().display().to_string())
            )
        };
        CliError(format!("cannot show {}: {reason}{hint}", label(&args.id)))
    })?;
    for warning in &article.warnings {
        warn(format!("{}: {}", label(&article.id), label(warning)));
    }
    let mut out = Output::stdout();
    if args.json {
        out.json(&ShowJson::of(&article))?;
    } else {
        print_text(&mut out, &article)?;
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}

/// A piece of the article: its text and char range (end exclusive).
#[derive(Serialize)]
struct Piece {
    text: String,
    start: usize,
    end: usize,
}

impl Piece {
    fn of(article: &Article, span: Span) -> Self {
        Piece {
            text: article.slice(span),
            start: span.start,
            end: span.end,
        }
    }
}

#[derive(Serialize)]
struct BlockJson {
    kind: BlockKind,
    #[serde(flatten)]
    piece: Piece,
    #[serde(skip_serializing_if = "Option::is_none")]
    credit: Option<Piece>,
}

#[derive(Serialize)]
struct PublishedJson {
    #[serde(flatten)]
    piece: Piece,
    date: String,
}

#[derive(Serialize)]
struct ShowJson {
    id: String,
    title: Option<Piece>,
    source: Option<Piece>,
    section: Option<Piece>,
    byline: Option<Piece>,
    dateline: Option<Piece>,
    published: Option<PublishedJson>,
    blocks: Vec<BlockJson>,
    comments: Vec<Piece>,
    boilerplate: Vec<Piece>,
    warnings: Vec<String>,
}

impl ShowJson {
    fn of(article: &Article) -> Self {
        let piece = |span: Span| Piece::of(article, span);
        let field = |f: &Option<crate::archive::Field>| f.as_ref().map(|f| piece(f.span));
        ShowJson {
            id: article.id.clone(),
            title: field(&article.title),
            source: field(&article.source),
            section: field(&article.section),
            byline: field(&article.byline),
            dateline: field(&article.dateline),
            published: article.published.as_ref().map(|p| PublishedJson {
                piece: piece(p.span),
                date: p.date.iso(),
            }),
            blocks: article
                .blocks
                .iter()
                .map(|b| BlockJson {
                    kind: b.kind,
                    piece: piece(b.span),
                    credit: b.credit.map(piece),
                })
                .collect(),
            comments: article.comments.iter().map(|&s| piece(s)).collect(),
            boilerplate: article.boilerplate.iter().map(|&s| piece(s)).collect(),
            warnings: article.warnings.clone(),
        }
    }
}

fn print_text(out: &mut Output, article: &Article) -> std::io::Result<()> {
    let field = |f: &Option<crate::archive::Field>| {
        f.as_ref().map_or_else(
            || "-".to_owned(),
            |f| format!("{} [{}]", label(&f.text), f.span),
        )
    };
    writeln!(out, "id:        {}", label(&article.id))?;
    writeln!(out, "title:     {}", field(&article.title))?;
    writeln!(out, "source:    {}", field(&article.source))?;
    writeln!(out, "section:   {}", field(&article.section))?;
    writeln!(out, "byline:    {}", field(&article.byline))?;
    writeln!(out, "dateline:  {}", field(&article.dateline))?;
    let published = article.published.as_ref().map_or_else(
        || "-".to_owned(),
        |p| format!("{} ({}) [{}]", p.date, label(&p.text), p.span),
    );
    writeln!(out, "published: {published}")?;
    for block in &article.blocks {
        let kind = match block.kind {
            BlockKind::Caption => "caption",
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
        };
        writeln!(out, "\n{kind} [{}]", block.span)?;
        writeln!(out, "  {}", label(&article.slice(block.span)))?;
        if let Some(credit) = block.credit {
            writeln!(
                out,
                "  credit [{credit}]: {}",
                label(&article.slice(credit))
            )?;
        }
    }
    for comment in &article.comments {
        writeln!(out, "\ncomment [{comment}]")?;
        writeln!(out, "  {}", label(&article.slice(*comment)))?;
    }
    if !article.boilerplate.is_empty() {
        writeln!(out, "\nboilerplate removed:")?;
        for span in &article.boilerplate {
            writeln!(out, "  [{span}] {}", label(&article.slice(*span)))?;
        }
    }
    Ok(())
}
