//! A reader's corrections to what the extractor gets wrong for their archive
//! (`$XDG_CONFIG_HOME/gazette/entities.toml`): a name's kind, aliases, names never to extract.
//!
//! ```toml
//! ignore = ["PM", "Five"]
//!
//! [kinds]
//! "Labour" = "organisation"
//! "Ant & Dec" = "person"
//!
//! [aliases]
//! "FA" = "Football Association"
//! ```
//!
//! They are applied to the facts an extraction produces, so the index's facts stay the
//! extractor's own and a changed file takes effect at once.

use crate::facts::{Entity, EntityKind, Facts, PlaceType};
use crate::span::{CharIndex, Span};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Why a corrections file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum CorrectionsError {
    #[error("cannot read {}", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}, line {line}: {message}", path.display())]
    Syntax {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error(
        "{}, line {line}: \"{value}\" is not a kind (person, place, organisation or event)",
        path.display()
    )]
    Kind {
        path: PathBuf,
        line: usize,
        value: String,
    },
    #[error("cannot write {}", path.display())]
    Write {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileForm {
    #[serde(default)]
    ignore: Vec<String>,
    #[serde(default)]
    kinds: BTreeMap<String, toml::Spanned<String>>,
    #[serde(default)]
    aliases: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct WrittenForm<'a> {
    ignore: &'a [String],
    kinds: BTreeMap<&'a str, &'static str>,
    aliases: &'a BTreeMap<String, String>,
}

/// The corrections: empty when the reader has none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Corrections {
    /// Names never extracted, as printed.
    pub ignore: Vec<String>,
    /// A name's kind in every article.
    pub kinds: BTreeMap<String, EntityKind>,
    /// A short form to the name it stands for.
    pub aliases: BTreeMap<String, String>,
}

fn kind_named(value: &str) -> Option<EntityKind> {
    match value.trim().to_lowercase().as_str() {
        "person" | "people" => Some(EntityKind::Person),
        "place" | "location" => Some(EntityKind::Place),
        "organisation" | "organization" | "org" => Some(EntityKind::Organization),
        "event" => Some(EntityKind::Event),
        _ => None,
    }
}

fn kind_word(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Place => "place",
        EntityKind::Organization => "organisation",
        EntityKind::Event => "event",
        EntityKind::Date => "date",
    }
}

fn line_of(text: &str, byte: usize) -> usize {
    text[..byte.min(text.len())].matches('\n').count() + 1
}

impl Corrections {
    /// `$XDG_CONFIG_HOME/gazette/entities.toml`, else `~/.config/gazette/entities.toml`.
    pub fn default_path() -> Option<PathBuf> {
        use etcetera::BaseStrategy;
        let xdg = etcetera::base_strategy::Xdg::new().ok()?;
        Some(xdg.config_dir().join("gazette").join("entities.toml"))
    }

    /// The corrections in a file; a file that does not exist holds none.
    pub fn load(path: &Path) -> Result<Corrections, CorrectionsError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Corrections::parse(&text, path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Corrections::default()),
            Err(source) => Err(CorrectionsError::Read {
                path: path.to_owned(),
                source,
            }),
        }
    }

    /// The corrections in a file's text; `path` names the file in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Corrections, CorrectionsError> {
        let form: FileForm = toml::from_str(text).map_err(|e| CorrectionsError::Syntax {
            path: path.to_owned(),
            line: e.span().map_or(1, |s| line_of(text, s.start)),
            message: e.message().trim_end().to_owned(),
        })?;
        let mut kinds = BTreeMap::new();
        for (name, value) in form.kinds {
            let kind = kind_named(value.get_ref())
                .filter(|k| *k != EntityKind::Date)
                .ok_or_else(|| CorrectionsError::Kind {
                    path: path.to_owned(),
                    line: line_of(text, value.span().start),
                    value: value.get_ref().clone(),
                })?;
            kinds.insert(name, kind);
        }
        Ok(Corrections {
            ignore: form.ignore,
            kinds,
            aliases: form.aliases,
        })
    }

    pub fn is_empty(&self) -> bool {
        self.ignore.is_empty() && self.kinds.is_empty() && self.aliases.is_empty()
    }

    /// The file's text for these corrections.
    pub fn to_toml(&self) -> String {
        let form = WrittenForm {
            ignore: &self.ignore,
            kinds: self
                .kinds
                .iter()
                .map(|(name, &kind)| (name.as_str(), kind_word(kind)))
                .collect(),
            aliases: &self.aliases,
        };
        toml::to_string(&form).unwrap_or_default()
    }

    /// Sets a name's kind in the file at `path`, keeping every correction it already holds
    /// (re-read first, written atomically).
    pub fn save_kind(path: &Path, name: &str, kind: EntityKind) -> Result<(), CorrectionsError> {
        let mut corrections = Corrections::load(path)?;
        corrections.ignore.retain(|n| n != name);
        corrections.kinds.insert(name.to_owned(), kind);
        corrections.save(path)
    }

    /// Adds a name never to extract to the file at `path`, keeping what it already holds.
    pub fn save_ignored(path: &Path, name: &str) -> Result<(), CorrectionsError> {
        let mut corrections = Corrections::load(path)?;
        if !corrections.ignore.iter().any(|n| n == name) {
            corrections.ignore.push(name.to_owned());
        }
        corrections.kinds.remove(name);
        corrections.save(path)
    }

    fn save(&self, path: &Path) -> Result<(), CorrectionsError> {
        let write_error = |source| CorrectionsError::Write {
            path: path.to_owned(),
            source,
        };
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(write_error)?;
        }
        crate::durable::write_atomically(path, self.to_toml().as_bytes()).map_err(write_error)
    }

    /// Applies the corrections to an article's facts: names with a kind the extractor missed
    /// are found in the text, aliases join the entity they stand for, kinds are set, then the
    /// names never to extract are dropped.
    pub fn apply(&self, text: &str, facts: &mut Facts) {
        if self.is_empty() {
            return;
        }
        let surface = |span: &Span, index: &CharIndex| {
            let bytes = index.bytes_of_span(*span);
            text.get(bytes).unwrap_or_default().to_owned()
        };
        let index = CharIndex::new(text);
        let names_of = |e: &Entity| -> Vec<String> {
            std::iter::once(e.canonical.clone())
                .chain(e.mentions.iter().map(|m| surface(m, &index)))
                .collect()
        };
        // Names the extractor missed, found in the text.
        for (name, &kind) in &self.kinds {
            if facts.entities.iter().any(|e| names_of(e).contains(name)) {
                continue;
            }
            let taken: Vec<Span> = facts
                .entities
                .iter()
                .flat_map(|e| e.mentions.iter().copied())
                .collect();
            let mentions: Vec<Span> = whole_word_matches(text, name)
                .map(|range| index.span_of_bytes(range))
                .filter(|s| !taken.iter().any(|t| t.overlaps(*s)))
                .collect();
            if !mentions.is_empty() {
                let mut entity = Entity {
                    kind,
                    canonical: name.clone(),
                    mentions,
                    role: None,
                    place_type: None,
                };
                set_kind(&mut entity, kind);
                facts.entities.push(entity);
            }
        }
        // Aliases: rename, then merge entities that now share a name.
        let mut renamed: BTreeMap<String, String> = BTreeMap::new();
        for entity in &mut facts.entities {
            if let Some(long) = names_of(entity)
                .iter()
                .find_map(|n| self.aliases.get(n))
                .filter(|long| **long != entity.canonical)
            {
                renamed.insert(entity.canonical.clone(), long.clone());
                entity.canonical = long.clone();
            }
        }
        merge_same_names(&mut facts.entities, &renamed);
        // Kinds.
        for entity in &mut facts.entities {
            if let Some(&kind) = names_of(entity).iter().find_map(|n| self.kinds.get(n)) {
                set_kind(entity, kind);
            }
        }
        // Names never to extract.
        let ignored = |n: &String| self.ignore.contains(n);
        let mut dropped: Vec<String> = Vec::new();
        facts.entities.retain_mut(|e| {
            if ignored(&e.canonical) {
                dropped.push(e.canonical.clone());
                return false;
            }
            e.mentions.retain(|m| !ignored(&surface(m, &index)));
            if e.mentions.is_empty() {
                dropped.push(e.canonical.clone());
            }
            !e.mentions.is_empty()
        });
        for quote in &mut facts.quotes {
            if let Some(speaker) = &quote.speaker {
                if let Some(long) = renamed.get(speaker) {
                    quote.speaker = Some(long.clone());
                } else if dropped.contains(speaker) {
                    quote.speaker = None;
                }
            }
        }
    }
}

fn set_kind(entity: &mut Entity, kind: EntityKind) {
    entity.kind = kind;
    if kind != EntityKind::Person {
        entity.role = None;
    }
    entity.place_type = match kind {
        EntityKind::Place => entity.place_type.or(Some(PlaceType::Other)),
        _ => None,
    };
}

/// Entities that share a canonical name after renaming become one, in the place (and with the
/// kind) of the one that had the name first.
fn merge_same_names(entities: &mut Vec<Entity>, renamed: &BTreeMap<String, String>) {
    if renamed.is_empty() {
        return;
    }
    let mut merged: Vec<Entity> = Vec::with_capacity(entities.len());
    for entity in entities.drain(..) {
        match merged.iter_mut().find(|m| m.canonical == entity.canonical) {
            Some(into) => {
                into.mentions.extend(entity.mentions);
                into.mentions.sort_by_key(|s| s.start);
                into.mentions.dedup();
                if into.role.is_none() {
                    into.role = entity.role;
                }
            }
            None => merged.push(entity),
        }
    }
    *entities = merged;
}

/// Where `name` stands in `text` as whole words, byte ranges.
fn whole_word_matches<'a>(
    text: &'a str,
    name: &'a str,
) -> impl Iterator<Item = std::ops::Range<usize>> + 'a {
    text.match_indices(name)
        .map(|(start, n)| start..start + n.len())
        .filter(move |r| {
            let before = text[..r.start].chars().next_back();
            let after = text[r.end..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
        .filter(move |_| !name.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Corrections, CorrectionsError> {
        Corrections::parse(text, Path::new("entities.toml"))
    }

    #[test]
    fn a_bad_file_is_named_with_its_line() {
        let error = parse("ignore = [\"PM\"]\n\n[kinds]\n\"Labour\" = \"party\"\n").unwrap_err();
        assert_eq!(
            error.to_string(),
            "entities.toml, line 4: \"party\" is not a kind (person, place, organisation or event)"
        );
        let error = parse("ignore = [\"PM\"\n[kinds]\n").unwrap_err();
        assert!(
            matches!(error, CorrectionsError::Syntax { line: 1 | 2, .. }),
            "{error}"
        );
        let error = parse("\n\nkind = 3\n").unwrap_err();
        assert!(
            error.to_string().starts_with("entities.toml, line 3:"),
            "{error}"
        );
    }

    #[test]
    fn the_written_form_reads_back_the_same() {
        let corrections = parse(
            "ignore = [\"PM\"]\n[kinds]\n\"Labour\" = \"Organization\"\n\
             [aliases]\n\"FA\" = \"Football Association\"\n",
        )
        .unwrap();
        assert_eq!(corrections.kinds["Labour"], EntityKind::Organization);
        assert_eq!(parse(&corrections.to_toml()).unwrap(), corrections);
    }
}
