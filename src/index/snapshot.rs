//! The reader's start-up snapshot: the catalog and the in-memory search index as the index
//! last produced them, saved beside the index file (`<index>.reader`). Building them from the
//! tables takes about a second at 100,000 articles; reading them back, a fraction of that.
//!
//! The snapshot is a cache of a cache: it is used only when it was made from the index's
//! current generation (a token every writing transaction renews), and any doubt — another
//! format, a damaged file, a number out of range — means building from the tables again.

use super::queries::StoredCatalog;
use crate::catalog::Catalog;
use crate::search::{SearchIndex, SearchIndexParts, SearchIndexRef, exact_vec};
use serde::{Deserialize, Serialize};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The file's first bytes; the last two digits change whenever a saved structure does.
const MAGIC: &[u8; 8] = b"GZREAD05";

/// The longest string [`decode`] reads through its buffer.
const LONGEST_STRING: usize = 1 << 20;

/// The search index comes before the catalog, so that `gazette search`, which needs no
/// catalog, reads the file only that far ([`SearchOnly`]).
#[derive(Serialize)]
struct SnapshotRef<'a> {
    generation: &'a str,
    rows: &'a [i64],
    search: SearchIndexRef<'a>,
    catalog: &'a Catalog,
}

/// [`SnapshotRef`]'s fields, in its order, owned.
#[derive(Deserialize)]
struct Snapshot {
    generation: String,
    rows: Vec<i64>,
    search: SearchIndexParts,
    catalog: Catalog,
}

/// The first fields of [`SnapshotRef`], in its order.
#[derive(Deserialize)]
struct SearchOnly {
    generation: String,
    rows: Vec<i64>,
    search: SearchIndexParts,
}

/// Where the snapshot of the index at `index_path` lives.
pub(super) fn snapshot_path(index_path: &Path) -> PathBuf {
    let mut name = index_path.as_os_str().to_owned();
    name.push(".reader");
    PathBuf::from(name)
}

/// The catalog and search parts saved for `generation`, or None when the file is missing,
/// from another generation or format, or damaged.
pub(super) fn read(path: &Path, generation: &str) -> Option<(StoredCatalog, SearchIndexParts)> {
    // An out-of-date snapshot is told by its first bytes, not decoded whole to find out.
    if saved_generation(path)? != generation {
        return None;
    }
    let Snapshot {
        generation: saved,
        rows,
        search,
        mut catalog,
    } = decode(path)?;
    let usable = saved == generation && rows.len() == catalog.len() && catalog.restore_lookups();
    usable.then_some((StoredCatalog { catalog, rows }, search))
}

/// The search parts saved for `generation`, with each article's index row, read without the
/// catalog after them; None as for [`read`].
pub(super) fn read_search(path: &Path, generation: &str) -> Option<(Vec<i64>, SearchIndexParts)> {
    if saved_generation(path)? != generation {
        return None;
    }
    let SearchOnly {
        generation: saved,
        rows,
        search,
    } = decode(path)?;
    (saved == generation).then_some((rows, search))
}

/// The generation the snapshot at `path` was saved for, read from its first bytes.
pub(super) fn saved_generation(path: &Path) -> Option<String> {
    #[derive(Deserialize)]
    struct GenerationOnly {
        generation: String,
    }
    decode::<GenerationOnly>(path).map(|saved| saved.generation)
}

/// The snapshot (or its first fields, `T`) read in pieces through a small buffer, so that the
/// whole file is never in memory beside what it decodes to; a file holding a string longer
/// than the buffer (a headline of megabytes) is read whole instead.
fn decode<T: serde::de::DeserializeOwned>(path: &Path) -> Option<T> {
    let mut file = std::io::BufReader::with_capacity(1 << 16, std::fs::File::open(path).ok()?);
    let mut magic = [0u8; MAGIC.len()];
    file.read_exact(&mut magic).ok()?;
    if &magic != MAGIC {
        return None;
    }
    let size = file.get_ref().metadata().ok()?.len() as usize;
    exact_vec::with_limit(size, || {
        let mut scratch = vec![0u8; LONGEST_STRING];
        if let Ok((decoded, _)) = postcard::from_io::<T, _>((file, &mut scratch)) {
            return Some(decoded);
        }
        let bytes = std::fs::read(path).ok()?;
        postcard::from_bytes(bytes.strip_prefix(MAGIC.as_slice())?).ok()
    })
}

/// Saves the catalog and search index made from `generation`, replacing the file whole (a
/// reader never sees half of one).
pub(super) fn write(
    path: &Path,
    generation: &str,
    (catalog, rows): (&Catalog, &[i64]),
    search: &SearchIndex,
) -> std::io::Result<()> {
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(format!(".{}.tmp", std::process::id()));
    let temporary = PathBuf::from(temporary);
    let written = (|| {
        let mut file = std::io::BufWriter::new(std::fs::File::create(&temporary)?);
        file.write_all(MAGIC)?;
        let snapshot = SnapshotRef {
            generation,
            rows,
            search: search.parts(),
            catalog,
        };
        postcard::to_io(&snapshot, &mut file).map_err(std::io::Error::other)?;
        file.into_inner().map_err(|e| e.into_error())?.sync_data()?;
        std::fs::rename(&temporary, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written
}
