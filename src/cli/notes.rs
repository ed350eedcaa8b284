//! `gazette notes ...`: list, export and import bookmarks and annotations.

use super::{Cli, CliError, CliResult};
use crate::archive::Loader;
use crate::notes::export::{self, ArticleContext};
use crate::notes::relink::plan_relink;
use crate::notes::{
    Anchor, Anchorer, Note, NotesStore, default_notes_path, one_line, parse_import,
};
use serde_json::json;
use std::collections::BTreeSet;
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

#[derive(clap::Subcommand, Debug)]
pub enum NotesCommand {
    /// List every bookmark and annotation: id, kind, date, where it anchors now, article,
    /// quoted passage and the note's first line.
    List {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Export every bookmark and annotation to stdout (or --output FILE).
    Export {
        /// md: Markdown grouped by article; json: gazette's own format (what import reads);
        /// w3c: a W3C Web Annotation collection (JSON-LD).
        #[arg(long, value_enum, default_value_t = ExportFormat::Md)]
        format: ExportFormat,
        /// Write to this file instead of stdout.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Merge notes from FILE (a notes file, a `--format json` or `--format w3c` export, or other
    /// W3C Web Annotations with a TextQuoteSelector) by id: new notes are added, and a note
    /// present in both keeps its more recently updated version.
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// Find articles that were renamed or moved in the archive (by the text hash saved with
    /// the notes, else by the quotes) and move their notes to the new id.
    Relink {
        /// Only say what would move.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Md,
    Json,
    W3c,
}

pub fn run(cli: &Cli, command: &NotesCommand) -> CliResult {
    let path = match &cli.notes {
        Some(path) => path.clone(),
        None => default_notes_path()?,
    };
    let mut store = NotesStore::open(&path);
    match command {
        NotesCommand::List { json } => {
            warn_if_read_only(&store);
            list(cli, &store, *json)
        }
        NotesCommand::Export { format, output } => {
            warn_if_read_only(&store);
            export_notes(cli, &store, *format, output.as_deref())
        }
        NotesCommand::Import { file } => import(&mut store, file),
        NotesCommand::Relink { dry_run } => relink(cli, &mut store, *dry_run),
    }
}

fn relink(cli: &Cli, store: &mut NotesStore, dry_run: bool) -> CliResult {
    // Refused up front, dry run too: the notes shown while read-only are not the file's, and
    // a plan that cannot be carried out would only mislead.
    if let Some(reason) = store.read_only_reason() {
        return Err(CliError(format!(
            "notes are read-only, so nothing can be relinked: {reason}"
        )));
    }
    let loader = Loader::new(&cli.archive)?;
    let (ids, _) = loader.discover();
    let present: BTreeSet<&str> = ids.iter().map(String::as_str).collect();
    let notes = store.notes();
    let missing: Vec<String> = notes
        .iter()
        .map(|note| note.article.as_str())
        .filter(|article| !present.contains(article))
        .collect::<BTreeSet<&str>>()
        .into_iter()
        .map(str::to_string)
        .collect();
    if missing.is_empty() {
        println!("every note's article is in {}", cli.archive.display());
        return Ok(ExitCode::SUCCESS);
    }
    let candidates = ids.iter().filter_map(|id| {
        loader
            .read(id)
            .ok()
            .map(|article| (id.clone(), article.text))
    });
    let plan = plan_relink(&notes, &missing, candidates);
    let count = |article: &str| notes.iter().filter(|n| n.article == article).count();
    let mut lines = Vec::new();
    for (from, to) in &plan.moves {
        lines.push(format!(
            "{} -> {} ({} notes)",
            one_line(from),
            one_line(to),
            count(from)
        ));
    }
    for article in &plan.unresolved {
        lines.push(format!(
            "{}: not found in the archive; its {} notes stay as they are",
            one_line(article),
            count(article)
        ));
    }
    if !dry_run {
        for (from, to) in &plan.moves {
            store.relink(from, to)?;
        }
    }
    let verb = if dry_run { "would move" } else { "moved" };
    println!("{verb}:\n{}", lines.join("\n"));
    Ok(ExitCode::SUCCESS)
}

fn warn_if_read_only(store: &NotesStore) {
    if let Some(reason) = store.read_only_reason() {
        eprintln!("gazette: {reason}");
    }
    if store.unreadable_count() > 0 {
        eprintln!(
            "gazette: {} entries of {} are not notes this gazette can read; they are kept as they are",
            store.unreadable_count(),
            store.path().display()
        );
    }
}

fn list(cli: &Cli, store: &NotesStore, as_json: bool) -> CliResult {
    let notes = store.notes();
    let context = article_context(&cli.archive, &notes);
    let mut out = String::new();
    if as_json {
        let items: Vec<serde_json::Value> = notes
            .iter()
            .map(|note| {
                let mut item = serde_json::to_value(note).unwrap_or_default();
                item["title"] = json!(context.titles.get(&note.article));
                item["anchor"] = match context.anchors.get(&note.id) {
                    Some(anchor) => json!({
                        "status": anchor.label(),
                        "start": anchor.span().map(|span| span.start),
                        "end": anchor.span().map(|span| span.end),
                    }),
                    None if context.missing_articles.contains(&note.article) => {
                        json!({ "status": "article_missing" })
                    }
                    None => json!({ "status": "unknown" }),
                };
                item
            })
            .collect();
        out = serde_json::to_string_pretty(&items)? + "\n";
    } else {
        if notes.is_empty() {
            eprintln!("gazette: no notes in {}", store.path().display());
        }
        for note in &notes {
            let status = match context.anchors.get(&note.id) {
                Some(anchor) => anchor.label(),
                None if context.missing_articles.contains(&note.article) => "article-missing",
                None => "unknown",
            };
            let title = context
                .titles
                .get(&note.article)
                .map_or(note.article.as_str(), String::as_str);
            let mut line = format!(
                "{}  {:<10}  {}  {:<8}  {}  \"{}\"",
                note.id,
                note.kind.label(),
                note.created.get(..10).unwrap_or(&note.created),
                status,
                one_line(title),
                one_line(&excerpt(&note.quote.exact, 80)),
            );
            let first = one_line(note.first_line());
            if !first.is_empty() {
                line.push_str(&format!("  {}", excerpt(&first, 80)));
            }
            out.push_str(&line);
            out.push('\n');
        }
    }
    print_out(&out)
}

fn export_notes(
    cli: &Cli,
    store: &NotesStore,
    format: ExportFormat,
    output: Option<&Path>,
) -> CliResult {
    let notes = store.notes();
    let text = match format {
        ExportFormat::Md => export::markdown(&notes, &article_context(&cli.archive, &notes)),
        ExportFormat::Json => export::json(&notes)?,
        ExportFormat::W3c => export::w3c(&notes)?,
    };
    match output {
        Some(path) => {
            std::fs::write(path, text)
                .map_err(|error| CliError(format!("cannot write {}: {error}", path.display())))?;
            eprintln!(
                "gazette: exported {} notes to {}",
                notes.len(),
                path.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        None => print_out(&text),
    }
}

fn import(store: &mut NotesStore, file: &Path) -> CliResult {
    let bytes = std::fs::read(file)
        .map_err(|error| CliError(format!("cannot read {}: {error}", file.display())))?;
    let imported = parse_import(&bytes).map_err(|error| {
        CliError(format!(
            "{}: {error} (import reads gazette notes files, `notes export --format json` and \
             W3C Web Annotation JSON)",
            file.display()
        ))
    })?;
    let report = store.import(imported.notes)?;
    let skipped = match imported.skipped {
        0 => String::new(),
        n => format!("; {n} annotations without a text quote skipped"),
    };
    println!(
        "imported into {}: {} added, {} updated, {} already up to date{skipped}",
        store.path().display(),
        report.added,
        report.updated,
        report.unchanged
    );
    Ok(ExitCode::SUCCESS)
}

/// Titles and current anchors for the articles the notes point at; reads only those
/// articles, never the whole archive.
fn article_context(archive: &Path, notes: &[&Note]) -> ArticleContext {
    let mut context = ArticleContext::default();
    let Ok(loader) = Loader::new(archive) else {
        return context;
    };
    let articles: BTreeSet<&str> = notes.iter().map(|note| note.article.as_str()).collect();
    for article_id in articles {
        // Article ids come from the notes file: never let one reach outside the archive.
        if !is_inside_archive(article_id) {
            context.missing_articles.insert(article_id.to_string());
            continue;
        }
        let Ok(article) = loader.read(article_id) else {
            context.missing_articles.insert(article_id.to_string());
            continue;
        };
        context
            .titles
            .insert(article_id.to_string(), article.meta().title);
        let anchorer = Anchorer::new(&article.text);
        for note in notes.iter().filter(|note| note.article == article_id) {
            let anchor: Anchor = anchorer.locate(note);
            context.anchors.insert(note.id.clone(), anchor);
        }
    }
    context
}

fn is_inside_archive(id: &str) -> bool {
    !id.is_empty()
        && Path::new(id)
            .components()
            .all(|component| matches!(component, Component::Normal(_)))
}

fn excerpt(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let mut short: String = text.chars().take(max_chars - 1).collect();
    short.push('…');
    short
}

/// Prints to stdout; a closed pipe (`| head`) is not an error.
fn print_out(text: &str) -> CliResult {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Ok(ExitCode::SUCCESS),
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Ok(ExitCode::SUCCESS),
        Err(error) => Err(error.into()),
    }
}
