//! The archive's index as the commands use it: found at `--index`, `GAZETTE_INDEX` or the
//! default path, refreshed with a progress bar, and never fatal: a command that cannot use it
//! says why and reads the archive's files as before.

use super::advice::index_error;
use super::output::{ProgressBar, label, warn};
use super::{Cli, CliError};
use crate::archive::default_threads;
use crate::index::{IndexError, RefreshEvent, RefreshSummary, SqliteIndex, default_index_path};
use std::path::{Path, PathBuf};

/// The index file of the archive at `archive`: the one given, else the default one.
pub fn index_path(cli: &Cli, archive: &Path) -> Result<PathBuf, CliError> {
    match &cli.index {
        Some(path) => Ok(path.clone()),
        None => default_index_path(archive).map_err(index_error),
    }
}

/// Opens the index, telling the user what had to be repaired.
pub fn open_index(cli: &Cli, archive: &Path) -> Result<SqliteIndex, CliError> {
    let path = index_path(cli, archive)?;
    let (index, notice) = SqliteIndex::open(archive, &path).map_err(index_error)?;
    if let Some(notice) = notice {
        warn(label(&notice.to_string()));
    }
    Ok(index)
}

/// Refreshes (or with `rebuild`, rebuilds) the index with a progress bar on a terminal. A file
/// found damaged on the way is moved aside and indexed anew.
pub fn refresh(
    mut index: SqliteIndex,
    rebuild: bool,
) -> Result<(SqliteIndex, RefreshSummary), CliError> {
    match run_refresh(&mut index, rebuild) {
        Ok(summary) => Ok((index, summary)),
        Err(error) if error.is_damage() => {
            let (mut index, notice) = index
                .replace_damaged(&error.to_string())
                .map_err(index_error)?;
            warn(label(&notice.to_string()));
            let summary = run_refresh(&mut index, false).map_err(index_error)?;
            Ok((index, summary))
        }
        Err(error) => Err(index_error(error)),
    }
}

fn run_refresh(index: &mut SqliteIndex, rebuild: bool) -> Result<RefreshSummary, IndexError> {
    let mut bar = ProgressBar::on_stderr();
    let observe = |event: RefreshEvent| {
        if let RefreshEvent::Read { done, to_read } = event {
            bar.update("indexing", done, to_read);
        }
    };
    if rebuild {
        index.rebuild(default_threads(), observe)
    } else {
        index.refresh(default_threads(), observe)
    }
}

/// The index of `archive`, refreshed unless `no_refresh`, with the refresh's summary; `None`
/// (after saying why) when it cannot be used, so the caller reads the files instead.
pub fn usable_index(
    cli: &Cli,
    archive: &Path,
    no_refresh: bool,
) -> Option<(SqliteIndex, Option<RefreshSummary>)> {
    usable_index_with(cli, archive, no_refresh, |_| ()).map(|(index, summary, ())| (index, summary))
}

/// [`usable_index`], with `before_refresh` run on the opened index first: work to overlap
/// with the refresh (reading the search snapshot on another core).
pub fn usable_index_with<T>(
    cli: &Cli,
    archive: &Path,
    no_refresh: bool,
    before_refresh: impl FnOnce(&SqliteIndex) -> T,
) -> Option<(SqliteIndex, Option<RefreshSummary>, T)> {
    let attempt = || -> Result<(SqliteIndex, Option<RefreshSummary>, T), CliError> {
        let index = open_index(cli, archive)?;
        let started = before_refresh(&index);
        if no_refresh {
            return Ok((index, None, started));
        }
        let (index, summary) = refresh(index, false)?;
        Ok((index, Some(summary), started))
    };
    match attempt() {
        Ok(found) => Some(found),
        Err(CliError(message)) => {
            warn(format!("{message}; reading the archive's files instead"));
            None
        }
    }
}
