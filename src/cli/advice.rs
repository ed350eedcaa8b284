//! The library's errors as the command line reports them: the library says what went wrong,
//! this adds what to do about it in terms of this program's flags and variables.

use super::CliError;
use crate::archive::{ArchiveError, Loader};
use crate::index::IndexError;
use crate::notes::NotesError;
use std::path::{Path, PathBuf};

/// The archive folder `path` opened, or an error saying which flag picks another.
pub fn open_archive(path: &Path) -> Result<Loader, CliError> {
    Loader::new(path).map_err(archive_error)
}

/// Where the notes are kept: the `--notes` path, else the default one.
pub fn notes_path(given: Option<&Path>) -> Result<PathBuf, CliError> {
    match given {
        Some(path) => Ok(path.to_path_buf()),
        None => crate::notes::default_notes_path().map_err(notes_error),
    }
}

pub fn archive_error(error: ArchiveError) -> CliError {
    CliError(format!("{error}: {}", archive_advice(&error)))
}

fn archive_advice(error: &ArchiveError) -> &'static str {
    match error {
        ArchiveError::Missing(_) => "pass one with --archive DIR or GAZETTE_ARCHIVE",
        ArchiveError::NotAFolder(_) => "pass the folder that holds the articles (--archive DIR)",
        ArchiveError::Unopenable { .. } => {
            "check its permissions, or pass another with --archive DIR"
        }
    }
}

pub fn notes_error(error: NotesError) -> CliError {
    let advice = match &error {
        NotesError::NoHome(_) => Some("pass --notes FILE or set GAZETTE_NOTES"),
        _ => None,
    };
    match advice {
        Some(advice) => CliError(format!("{error}: {advice}")),
        None => CliError(error.to_string()),
    }
}

pub fn index_error(error: IndexError) -> CliError {
    let advice = match &error {
        IndexError::NoCacheDir(_) | IndexError::Io { .. } => {
            "pass another index file with --index FILE or GAZETTE_INDEX"
        }
        IndexError::Locked { .. } => "another gazette is writing it; try again shortly",
        IndexError::Sqlite { .. } => "`gazette index --rebuild` makes it anew",
        IndexError::Archive(error) => archive_advice(error),
    };
    CliError(format!("{error}: {advice}"))
}
