//! Opening the index file: where it lives, its connection settings, and what happens to a
//! damaged one (moved aside, rebuilt) or a locked one (the caller works without it).

use super::IndexError;
use super::schema;
use rusqlite::{Connection, ErrorCode, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// How long a writer waits for another process's transaction before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// What opening had to do besides opening, for the caller to tell the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenNotice {
    /// The file was not a usable database; it was moved to `moved_to` and a new index begun.
    RebuiltDamaged { moved_to: PathBuf, reason: String },
    /// The file was made by another version of gazette's schema; its tables were rebuilt.
    RebuiltSchema { found: i64 },
}

impl std::fmt::Display for OpenNotice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OpenNotice::RebuiltDamaged { moved_to, reason } => write!(
                f,
                "the index was damaged ({reason}): moved it to {} and rebuilt it",
                moved_to.display()
            ),
            OpenNotice::RebuiltSchema { found } => write!(
                f,
                "the index had schema version {found}, this gazette uses {}: rebuilt it",
                schema::SCHEMA_VERSION
            ),
        }
    }
}

/// The default index file of an archive: `$XDG_CACHE_HOME/gazette/<name>.sqlite`, the name
/// made from the archive's canonical path (its last folder name and a hash of the whole path).
pub fn default_index_path(archive_root: &Path) -> Result<PathBuf, IndexError> {
    use etcetera::base_strategy::{BaseStrategy, Xdg};
    let xdg = Xdg::new().map_err(IndexError::NoCacheDir)?;
    Ok(xdg
        .cache_dir()
        .join("gazette")
        .join(index_file_name(archive_root)))
}

/// `<last folder name>-<16 hex digits>.sqlite`: the archive's key ([`archive_key`]).
pub fn index_file_name(archive_root: &Path) -> String {
    format!("{}.sqlite", crate::archive::archive_key(archive_root))
}

/// FNV-1a, 64 bits: stable across builds and platforms, unlike the std hasher.
pub(super) use crate::notes::hash::fnv1a64 as fnv1a;

/// Opens (creating it and its folder if need be) the index at `path` for reading and writing.
pub(super) fn open_writable(path: &Path) -> Result<(Connection, Option<OpenNotice>), IndexError> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent).map_err(|source| IndexError::Io {
            path: parent.to_path_buf(),
            source,
        })?;
    }
    match connect_retrying(path) {
        Ok(opened) => Ok(opened),
        Err(error) if is_damage(&error) => {
            let moved_to = move_aside(path)?;
            let reason = error.to_string();
            let (connection, _) = connect(path).map_err(|e| IndexError::sqlite(path, e))?;
            Ok((
                connection,
                Some(OpenNotice::RebuiltDamaged { moved_to, reason }),
            ))
        }
        Err(error) => Err(IndexError::sqlite(path, error)),
    }
}

/// A connection that cannot write (`query_only`), for queries from `gazette sql` and search.
pub(super) fn open_read_only(path: &Path) -> Result<Connection, IndexError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let connection =
        Connection::open_with_flags(path, flags).map_err(|e| IndexError::sqlite(path, e))?;
    connection
        .busy_timeout(BUSY_TIMEOUT)
        .and_then(|()| connection.pragma_update(None, "query_only", true))
        .map_err(|e| IndexError::sqlite(path, e))?;
    Ok(connection)
}

/// [`connect`], again after a moment when it is refused at once as busy: two processes that
/// open a new index together can find each other switching it to WAL, which SQLite refuses
/// without waiting (a wait could deadlock). A lock really held still costs one busy timeout.
fn connect_retrying(path: &Path) -> rusqlite::Result<(Connection, Option<OpenNotice>)> {
    let mut attempt = 0;
    loop {
        let started = std::time::Instant::now();
        match connect(path) {
            Err(error)
                if is_busy(&error) && started.elapsed() < BUSY_TIMEOUT / 2 && attempt < 10 =>
            {
                attempt += 1;
                std::thread::sleep(Duration::from_millis(20 * attempt));
            }
            result => return result,
        }
    }
}

/// The page cache of a connection, in KiB: room for the pages a batch of writes keeps
/// returning to.
pub(super) const CACHE_KIB: u32 = 32_000;

fn connect(path: &Path) -> rusqlite::Result<(Connection, Option<OpenNotice>)> {
    let connection = Connection::open(path)?;
    connection.busy_timeout(BUSY_TIMEOUT)?;
    // Takes hold only in a file with no tables yet (a new index, or an old schema's emptied
    // by `schema::ensure`): what a refresh frees can then be handed back (`reclaim`).
    connection.pragma_update(None, "auto_vacuum", "incremental")?;
    // WAL: readers never block the one writer, and a killed writer's last transaction is
    // simply not there at the next open.
    connection.pragma_update(None, "journal_mode", "wal")?;
    connection.pragma_update(None, "synchronous", "normal")?;
    connection.pragma_update(None, "cache_size", -i64::from(CACHE_KIB))?;
    let notice = schema::ensure(&connection)?.map(|found| OpenNotice::RebuiltSchema { found });
    // A damaged page deep in the file shows only when read: read the catalog's pages once.
    connection.query_row("SELECT count(*) FROM meta", [], |_| Ok(()))?;
    Ok((connection, notice))
}

/// Whether the file is not a database, or a damaged one, rather than busy or unreadable.
pub(super) fn is_damage(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt)
    )
}

/// Whether another process holds the lock past the busy timeout.
pub(super) fn is_busy(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
    )
}

/// Moves a damaged index (and its WAL files) to `<file>.damaged`, replacing an older one.
pub(super) fn move_aside(path: &Path) -> Result<PathBuf, IndexError> {
    let moved_to = with_suffix(path, ".damaged");
    std::fs::rename(path, &moved_to).map_err(|source| IndexError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    for suffix in ["-wal", "-shm", ".reader"] {
        let _ = std::fs::remove_file(with_suffix(path, suffix));
    }
    Ok(moved_to)
}

fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}
