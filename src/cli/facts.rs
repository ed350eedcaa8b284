//! `gazette facts FILE_OR_ID [--json] [--byte-offsets] [--explain]`, and `gazette facts --json
//! DIR`.

use super::advice::open_archive;
use super::output::{Output, label, warn};
use super::store::index_path;
use super::{Cli, CliError, CliResult};
use crate::archive::default_threads;
use crate::archive::{
    Article, SkipReason, Skipped, contain_panic, name_id, read_article_at, read_article_file,
};
use crate::extract::corrections::Corrections;
use crate::extract::{Explained, explain_article_with, extract_article};
use crate::facts::{EntityKind, Facts};
use crate::index::SqliteIndex;
use crate::span::{CharIndex, Span};
use serde_json::{Value, json};
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

#[derive(clap::Args, Debug)]
pub struct FactsArgs {
    /// A text file, an article id within the archive, or (with --json) a folder of text files.
    #[arg(value_name = "FILE_OR_ID")]
    pub target: String,
    /// Print JSON instead of text; for a folder, one JSON object per line with a "file" field.
    #[arg(long)]
    pub json: bool,
    /// Give start/end as byte offsets instead of Unicode character offsets.
    #[arg(long)]
    pub byte_offsets: bool,
    /// For an article of the archive: extract its facts again instead of reading those the
    /// index keeps for it.
    #[arg(long)]
    pub fresh: bool,
    /// Say for each entity why it got its kind: the gazetteer, cue or context that decided.
    #[arg(long)]
    pub explain: bool,
    /// Your corrections to the extracted names (kinds, aliases, names never to extract).
    /// Defaults to $XDG_CONFIG_HOME/gazette/entities.toml (~/.config/gazette/entities.toml).
    #[arg(long, value_name = "FILE", env = "GAZETTE_ENTITIES")]
    pub entities: Option<std::path::PathBuf>,
}

/// The reader's corrections: the file given, else the default one if it exists.
fn corrections(args: &FactsArgs) -> Result<Corrections, CliError> {
    let Some(path) = args.entities.clone().or_else(Corrections::default_path) else {
        return Ok(Corrections::default());
    };
    if args.entities.is_some() && !path.exists() {
        return Err(CliError(format!(
            "{}: no such corrections file",
            label(&path.display().to_string())
        )));
    }
    Corrections::load(&path).map_err(|e| CliError(label(&e.to_string())))
}

pub fn run(cli: &Cli, args: &FactsArgs) -> CliResult {
    let corrections = corrections(args)?;
    let path = Path::new(&args.target);
    if path.is_dir() {
        if !args.json {
            return Err(CliError(format!(
                "{} is a folder: add --json to tag every text file in it, one JSON object per line",
                label(&path.display().to_string())
            )));
        }
        return run_dir(path, args, &corrections);
    }
    // Anything at the path, pipes and devices too, is the file meant: it is refused there
    // with its reason rather than looked up in the archive.
    let (article, facts) = if path.exists() {
        let name = path.file_name().map(name_id).unwrap_or_default();
        let article = read_article_at(path, &name).map_err(|reason| {
            CliError(format!("{}: {reason}", label(&path.display().to_string())))
        })?;
        let facts = extract_article(&article);
        (article, facts)
    } else {
        let article = read_article_file(&cli.archive, &args.target).map_err(|reason| {
            CliError(format!(
                "{} is neither a file nor an article in the archive {}: {reason}",
                label(&args.target),
                label(&cli.archive.display().to_string())
            ))
        })?;
        let cached = if args.fresh {
            None
        } else {
            indexed_facts(cli, &args.target)
        };
        let facts = cached.unwrap_or_else(|| extract_article(&article));
        (article, facts)
    };
    // Why each entity got its kind is worked out as it is extracted: --explain extracts anew.
    let (facts, explained) = if args.explain {
        let (facts, explained) = explain_article_with(&article, &corrections);
        (facts, Some(explained))
    } else {
        let mut facts = facts;
        corrections.apply(&article.text, &mut facts);
        (facts, None)
    };
    let mut out = Output::stdout();
    if args.json {
        let mut value = facts_json(&article, &facts, args.byte_offsets, None);
        if let Some(explained) = &explained {
            add_reasons(&mut value, explained);
        }
        out.json_line(&value)?;
    } else {
        write!(
            out,
            "{}",
            facts_text(&article, &facts, explained.as_deref())
        )?;
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}

/// The facts the index keeps for an archive article, if they are current; a missing or
/// unusable index is no error here (the facts are extracted instead).
fn indexed_facts(cli: &Cli, id: &str) -> Option<Facts> {
    let path = index_path(cli, &cli.archive).ok()?;
    if !path.exists() {
        return None;
    }
    let (index, _) = SqliteIndex::open(&cli.archive, &path).ok()?;
    index.current_facts(id).ok().flatten()
}

/// One JSON line per article, found and read as the loader does; what cannot be read (a
/// file or a whole subfolder) is reported on stderr like `list` reports it.
fn run_dir(dir: &Path, args: &FactsArgs, corrections: &Corrections) -> CliResult {
    let loader = open_archive(dir)?;
    let (ids, skipped_by_walk) = loader.discover();
    for skipped in &skipped_by_walk {
        warn(format!("skipped {}", label(&skipped.to_string())));
    }
    let mut out = Output::stdout();
    let tag = |id: &String| {
        loader.read(id).and_then(|article| {
            let mut facts =
                contain_panic(|| extract_article(&article)).map_err(SkipReason::Failed)?;
            corrections.apply(&article.text, &mut facts);
            Ok(facts_json(&article, &facts, args.byte_offsets, Some(id)))
        })
    };
    // Chunk by chunk on every core, printed in id order.
    for chunk in ids.chunks(CHUNK) {
        if out.is_closed() {
            break;
        }
        for (id, tagged) in chunk
            .iter()
            .zip(parallel_map(chunk, default_threads(), &tag))
        {
            match tagged {
                Ok(value) => out.json_line(&value)?,
                Err(reason) => warn(format!(
                    "skipped {}",
                    label(
                        &Skipped {
                            id: id.clone(),
                            reason
                        }
                        .to_string()
                    )
                )),
            }
        }
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}

/// Articles tagged at once: enough to keep every core busy, few enough to hold in memory.
const CHUNK: usize = 256;

/// `f` of every item, on `threads` threads, in the items' order.
fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: &(impl Fn(&T) -> R + Sync),
) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.clamp(1, items.len().max(1)))
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let at = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(at) else { break };
                        done.push((at, f(item)));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    results.sort_by_key(|(at, _)| *at);
    results.into_iter().map(|(_, result)| result).collect()
}

/// The facts as the JSON object documented in the README: mentions with offsets, grouped
/// entities, dates and quotes.
pub fn facts_json(
    article: &Article,
    facts: &Facts,
    byte_offsets: bool,
    file: Option<&str>,
) -> Value {
    let index = CharIndex::new(&article.text);
    let offsets = |span: Span| -> (usize, usize) {
        if byte_offsets {
            let bytes = index.bytes_of_span(span);
            (bytes.start, bytes.end)
        } else {
            (span.start, span.end)
        }
    };
    let mut entities: Vec<(usize, Value)> = Vec::new();
    for entity in &facts.entities {
        for &span in &entity.mentions {
            let (start, end) = offsets(span);
            entities.push((
                span.start,
                json!({"kind": entity.kind.label(), "text": index.slice(&article.text, span),
                       "start": start, "end": end, "canonical": entity.canonical}),
            ));
        }
    }
    for date in &facts.dates {
        let (start, end) = offsets(date.span);
        entities.push((
            date.span.start,
            json!({"kind": "date", "text": date.text, "start": start, "end": end,
                   "canonical": date.value.clone().unwrap_or_else(|| date.text.clone())}),
        ));
    }
    entities.sort_by_key(|(start, _)| *start);
    let group = |kind: EntityKind| -> Vec<Value> {
        facts
            .of_kind(kind)
            .map(|e| {
                let mut mentions: Vec<String> = Vec::new();
                for &span in &e.mentions {
                    let text = index.slice(&article.text, span).to_owned();
                    if !mentions.contains(&text) {
                        mentions.push(text);
                    }
                }
                let mut value = json!({"name": e.canonical, "mentions": mentions});
                if kind == EntityKind::Person {
                    value["role"] = json!(e.role);
                }
                if kind == EntityKind::Place {
                    value["type"] = json!(e.place_type);
                }
                value
            })
            .collect()
    };
    let dates: Vec<Value> = facts
        .dates
        .iter()
        .map(|d| {
            let (start, end) = offsets(d.span);
            let mut value = json!({"text": d.text, "value": d.value, "relative": d.relative, "start": start, "end": end});
            if let Some(range) = d.days {
                value["from"] = json!(range.start.iso());
                value["to"] = json!(range.end.iso());
            }
            value
        })
        .collect();
    let quotes: Vec<Value> = facts
        .quotes
        .iter()
        .map(|q| {
            let (start, end) = offsets(q.span);
            json!({"speaker": q.speaker, "text": q.text, "start": start, "end": end})
        })
        .collect();
    let mut value = json!({
        "entities": entities.into_iter().map(|(_, v)| v).collect::<Vec<_>>(),
        "people": group(EntityKind::Person),
        "places": group(EntityKind::Place),
        "organizations": group(EntityKind::Organization),
        "events": group(EntityKind::Event),
        "dates": dates,
        "quotes": quotes,
    });
    if let Some(file) = file {
        value["file"] = json!(file);
    }
    value
}

/// Adds each grouped entity's reasons ("why") to the facts JSON: the groups list the entities
/// of their kind in the same order as the facts.
fn add_reasons(value: &mut Value, explained: &[Explained]) {
    let groups = [
        (EntityKind::Person, "people"),
        (EntityKind::Place, "places"),
        (EntityKind::Organization, "organizations"),
        (EntityKind::Event, "events"),
    ];
    for (kind, key) in groups {
        let reasons = explained.iter().filter(|e| e.kind == kind);
        if let Some(list) = value[key].as_array_mut() {
            for (entry, e) in list.iter_mut().zip(reasons) {
                entry["why"] = json!(e.why);
            }
        }
    }
}

/// Grouped, human-readable facts; every piece of article text is a sanitised label. With
/// reasons, each entity is followed by why it got its kind.
fn facts_text(article: &Article, facts: &Facts, explained: Option<&[Explained]>) -> String {
    let index = CharIndex::new(&article.text);
    let mut out = String::new();
    let sections = [
        (EntityKind::Person, "People"),
        (EntityKind::Place, "Places"),
        (EntityKind::Organization, "Organisations"),
        (EntityKind::Event, "Events"),
    ];
    for (kind, heading) in sections {
        let entities: Vec<_> = facts.of_kind(kind).collect();
        if entities.is_empty() {
            continue;
        }
        out.push_str(heading);
        out.push('\n');
        let mut reasons = explained
            .unwrap_or_default()
            .iter()
            .filter(|e| e.kind == kind);
        for e in entities {
            let mut line = format!("  {}", label(&e.canonical));
            if let Some(role) = &e.role {
                line.push_str(&format!(" — {}", label(role)));
            }
            if let Some(kind) = e.place_type {
                line.push_str(&format!(" ({})", format!("{kind:?}").to_lowercase()));
            }
            let mut forms: Vec<String> = Vec::new();
            for &span in &e.mentions {
                let form = index.slice(&article.text, span);
                let shown = label(form);
                if form != e.canonical && !forms.contains(&shown) {
                    forms.push(shown);
                }
            }
            if !forms.is_empty() {
                line.push_str(&format!(" [also: {}]", forms.join(", ")));
            }
            line.push_str(&format!(" ×{}\n", e.mentions.len()));
            if let Some(why) = reasons.next() {
                line.push_str(&format!("    why: {}\n", why.why.join("; ")));
            }
            out.push_str(&line);
        }
    }
    if !facts.dates.is_empty() {
        out.push_str("Dates\n");
        let mut seen: Vec<&str> = Vec::new();
        for d in &facts.dates {
            if seen.contains(&d.text.as_str()) {
                continue;
            }
            seen.push(&d.text);
            let value = d.key().unwrap_or_else(|| "relative".to_owned());
            out.push_str(&format!("  {} = {}\n", label(&d.text), label(&value)));
        }
    }
    if !facts.quotes.is_empty() {
        out.push_str("Quotes\n");
        for q in &facts.quotes {
            let speaker = q.speaker.as_deref().unwrap_or("unknown");
            let text: String = q.text.chars().take(80).collect();
            out.push_str(&format!("  {}: “{}”\n", label(speaker), label(&text)));
        }
    }
    if out.is_empty() {
        out.push_str("No facts found.\n");
    }
    out
}
