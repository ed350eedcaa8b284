//! `gazette notes ...`: list, export and import bookmarks and annotations.

use super::advice::{notes_path, open_archive};
use super::output::{Output, label, safe_json, warn};
use super::{Cli, CliError, CliResult};
use crate::archive::{BoundedReadError, Loader, read_regular_file};
use crate::notes::export::{self, ArticleContext};
use crate::notes::relink::plan_relink;
use crate::notes::{Anchor, Anchorer, Note, NotesStore, clock, one_line, parse_import};
use serde_json::json;
use std::collections::BTreeSet;
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
    let path = notes_path(cli.notes.as_deref())?;
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
    let loader = open_archive(&cli.archive)?;
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
    let mut out = Output::stdout();
    if missing.is_empty() {
        writeln!(
            out,
            "every note's article is in {}",
            label(&cli.archive.display().to_string())
        )?;
        out.finish()?;
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
    writeln!(out, "{verb}:\n{}", lines.join("\n"))?;
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}

fn warn_if_read_only(store: &NotesStore) {
    if let Some(reason) = store.read_only_reason() {
        warn(label(reason));
    }
    if store.unreadable_count() > 0 {
        warn(format!(
            "{} entries of {} are not notes this gazette can read; they are kept as they are",
            store.unreadable_count(),
            label(&store.path().display().to_string())
        ));
    }
}

fn list(cli: &Cli, store: &NotesStore, as_json: bool) -> CliResult {
    let notes = store.notes();
    let context = article_context(&cli.archive, &notes);
    let mut out = Output::stdout();
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
        out.json(&items)?;
    } else {
        if notes.is_empty() {
            warn(format!(
                "no notes in {}",
                label(&store.path().display().to_string())
            ));
        }
        for note in &notes {
            if out.is_closed() {
                break;
            }
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
                one_line(&note.id),
                note.kind.label(),
                clock::day(note.created),
                status,
                one_line(title),
                one_line(&excerpt(&note.quote.exact, 80)),
            );
            let first = one_line(note.first_line());
            if !first.is_empty() {
                line.push_str(&format!("  {}", excerpt(&first, 80)));
            }
            writeln!(out, "{line}")?;
        }
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}

fn export_notes(
    cli: &Cli,
    store: &NotesStore,
    format: ExportFormat,
    output: Option<&Path>,
) -> CliResult {
    let notes = store.notes();
    // A JSON export is as safe to `cat` as gazette's own output: the same escaping.
    let text = match format {
        ExportFormat::Md => export::markdown(&notes, &article_context(&cli.archive, &notes)),
        ExportFormat::Json => safe_json(&export::json(&notes)?),
        ExportFormat::W3c => safe_json(&export::w3c(&notes)?),
    };
    match output {
        Some(path) => {
            std::fs::write(path, text).map_err(|error| {
                CliError(format!(
                    "cannot write {}: {error}",
                    label(&path.display().to_string())
                ))
            })?;
            warn(format!(
                "exported {} notes to {}",
                notes.len(),
                label(&path.display().to_string())
            ));
        }
        None => {
            let mut out = Output::stdout();
            match format {
                ExportFormat::Md => write!(out, "{text}")?,
                ExportFormat::Json | ExportFormat::W3c => out.json_text(&text)?,
            }
            out.finish()?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn import(store: &mut NotesStore, file: &Path) -> CliResult {
    let bytes = read_import_file(file).map_err(|error| {
        CliError(format!(
            "cannot read {}: {error}",
            label(&file.display().to_string())
        ))
    })?;
    let imported = parse_import(&bytes).map_err(|error| {
        CliError(format!(
            "{}: {error} (import reads gazette notes files, `notes export --format json` and \
             W3C Web Annotation JSON)",
            label(&file.display().to_string())
        ))
    })?;
    let report = store.import(imported.notes)?;
    let skipped = match imported.skipped {
        0 => String::new(),
        n => format!("; {n} annotations without a text quote skipped"),
    };
    let mut out = Output::stdout();
    writeln!(
        out,
        "imported into {}: {} added, {} updated, {} already up to date{skipped}",
        label(&store.path().display().to_string()),
        report.added,
        report.updated,
        report.unchanged
    )?;
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}

/// Far larger than a notes file a person writes: past it, the
/// path is more likely a device or a mistake than notes.
const MAX_IMPORT_BYTES: u64 = 256 * 1024 * 1024;

/// The import file's bytes, read as article files are, so that a named pipe cannot hang the
/// command nor `/dev/zero` fill the memory.
fn read_import_file(path: &Path) -> Result<Vec<u8>, String> {
    read_regular_file(path, MAX_IMPORT_BYTES).map_err(|error| match error {
        BoundedReadError::NotRegular => "not a regular file".to_owned(),
        BoundedReadError::TooLarge { .. } => format!(
            "larger than {} MB, more than a notes file holds",
            MAX_IMPORT_BYTES / (1024 * 1024)
        ),
        BoundedReadError::Io(error) => error.to_string(),
    })
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
