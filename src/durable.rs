//! Writing a file so that a crash or a failure at any moment leaves either the old or the new
//! version whole: temp file in the same folder, fsync, rename over, fsync the folder. The notes
//! file also keeps its previous version as `.old` (KOReader's recipe); the reading state does
//! not need one.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The steps of a durable write that can fail, so that a test can make one fail and check
/// that nothing was lost.
pub trait FileSystem: Send + Sync {
    /// Moves `from` over `to` atomically.
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::rename(from, to)
    }

    /// Flushes a written file to the disk.
    fn sync_file(&self, file: &File) -> io::Result<()> {
        file.sync_all()
    }
}

/// The real file system.
#[derive(Clone, Copy, Debug, Default)]
pub struct StdFileSystem;

impl FileSystem for StdFileSystem {}

/// `notes.json` → `notes.json.old`.
pub fn backup_path(path: &Path) -> PathBuf {
    with_suffix(path, ".old")
}

/// `notes.json` → `notes.json.lock`.
pub fn lock_path(path: &Path) -> PathBuf {
    with_suffix(path, ".lock")
}

pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Replaces `path` with `bytes`, keeping the previous content as `path.old`. On error the
/// file at `path` is untouched.
pub fn write_durably(fs_ops: &dyn FileSystem, path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace(fs_ops, path, bytes, KeepPrevious::Yes)
}

/// Replaces `path` with `bytes` atomically, without a backup. On error the file at `path` is
/// untouched.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    replace(&StdFileSystem, path, bytes, KeepPrevious::No)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum KeepPrevious {
    Yes,
    No,
}

fn replace(
    fs_ops: &dyn FileSystem,
    path: &Path,
    bytes: &[u8],
    keep: KeepPrevious,
) -> io::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    // A notes file linked from elsewhere (dotfiles) stays a link: the file it points at is
    // the one replaced.
    let resolved;
    let path = match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            resolved = fs::canonicalize(path)?;
            resolved.as_path()
        }
        _ => path,
    };
    let folder = parent_folder(path);
    fs::create_dir_all(&folder)?;
    let file_name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    let temp = folder.join(format!(
        ".{file_name}.tmp-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = write_temp_then_rename(fs_ops, &temp, path, bytes, keep);
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result?;
    sync_folder(&folder);
    Ok(())
}

fn write_temp_then_rename(
    fs_ops: &dyn FileSystem,
    temp: &Path,
    path: &Path,
    bytes: &[u8],
    keep: KeepPrevious,
) -> io::Result<()> {
    let mut file = OpenOptions::new().write(true).create_new(true).open(temp)?;
    match fs::metadata(path) {
        // The new version keeps whatever permissions the reader gave the file.
        Ok(existing) => file.set_permissions(existing.permissions())?,
        Err(_) => make_private(&file)?,
    }
    file.write_all(bytes)?;
    fs_ops.sync_file(&file)?;
    drop(file);
    if keep == KeepPrevious::Yes && path.exists() {
        keep_previous_version(path)?;
    }
    fs_ops.rename(temp, path)
}

/// Makes `path.old` the current content of `path`: a hard link where the file system allows
/// it (instant, and the rename that follows cannot disturb it), a copy otherwise.
fn keep_previous_version(path: &Path) -> io::Result<()> {
    let backup = backup_path(path);
    match fs::remove_file(&backup) {
        Ok(()) => {}
        Err(error) if error.kind() == io::ErrorKind::NotFound => {}
        Err(error) => return Err(error),
    }
    if fs::hard_link(path, &backup).is_err() {
        fs::copy(path, &backup)?;
        File::open(&backup)?.sync_all()?;
    }
    Ok(())
}

/// What a reader writes and reads is theirs alone: a new file is readable by its owner only.
fn make_private(file: &File) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(fs::Permissions::from_mode(0o600))
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        Ok(())
    }
}

fn parent_folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Makes the rename itself durable. Only Unix can open a folder to fsync it; elsewhere the
/// rename is as durable as the OS makes it.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_and_keeps_previous_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.json");
        write_durably(&StdFileSystem, &path, b"one").unwrap();
        assert!(!backup_path(&path).exists());
        write_durably(&StdFileSystem, &path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        assert_eq!(fs::read(backup_path(&path)).unwrap(), b"one");
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.contains(".tmp-"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
    }

    #[test]
    fn an_atomic_write_replaces_the_file_and_keeps_no_backup() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state").join("reading.json");
        write_atomically(&path, b"one").unwrap();
        write_atomically(&path, b"two").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        let names: Vec<_> = fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["reading.json"]);
    }

    #[cfg(unix)]
    #[test]
    fn a_linked_notes_file_stays_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("dotfiles/notes.json");
        fs::create_dir_all(real.parent().unwrap()).unwrap();
        fs::write(&real, b"one").unwrap();
        let link = dir.path().join("notes.json");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_durably(&StdFileSystem, &link, b"two").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"two");
        assert_eq!(fs::read(backup_path(&real)).unwrap(), b"one");
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_is_private_and_an_existing_one_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.json");
        let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
        write_durably(&StdFileSystem, &path, b"one").unwrap();
        assert_eq!(mode(&path), 0o600);
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        write_durably(&StdFileSystem, &path, b"two").unwrap();
        assert_eq!(mode(&path), 0o640);
    }
}
