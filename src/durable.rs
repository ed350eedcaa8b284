//! Writing a file so that a crash or a failure at any moment leaves either the old or the new
//! version whole: temp file in the same folder, fsync, rename over, fsync the folder. The notes
//! file also keeps its previous version as `.old` (KOReader's recipe), itself replaced by
//! rename so that a whole backup exists at every instant; the reading state does not need one.
//! Symbolic links are followed to the file they name, which is replaced (or created).

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

    /// Makes `link` a second name of the file `original`.
    fn hard_link(&self, original: &Path, link: &Path) -> io::Result<()> {
        fs::hard_link(original, link)
    }

    /// Copies `from` to `to`, for file systems without hard links.
    fn copy(&self, from: &Path, to: &Path) -> io::Result<()> {
        fs::copy(from, to).map(drop)
    }

    fn remove_file(&self, path: &Path) -> io::Result<()> {
        fs::remove_file(path)
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
    // A notes file linked from elsewhere (dotfiles) stays a link: the file it points at is
    // the one replaced, made if the link dangles.
    let path = resolve_links(path)?;
    let folder = parent_folder(&path);
    fs::create_dir_all(&folder)?;
    let temp = temp_path(&path);
    let result = write_temp_then_rename(fs_ops, &temp, &path, bytes, keep);
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result?;
    sync_folder(&folder);
    Ok(())
}

/// How many symbolic links in a row [`resolve_links`] follows before calling it a loop (as
/// Linux's MAXSYMLINKS).
const MAX_LINKS: usize = 40;

/// The file `path` names once symbolic links are followed: the file a save replaces, and the
/// one whose lock every process reaching it by any path must share. Unlike
/// [`fs::canonicalize`] it works when the link's target does not exist yet: a dangling link
/// names the file the first save creates.
pub fn resolve_links(path: &Path) -> io::Result<PathBuf> {
    let mut resolved = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&resolved) {
            Ok(meta) if meta.file_type().is_symlink() => {
                // A relative target is relative to the link's folder; an absolute one
                // replaces the whole path.
                resolved = parent_folder(&resolved).join(fs::read_link(&resolved)?);
            }
            _ => return Ok(with_canonical_folder(resolved)),
        }
    }
    Err(io::Error::other(format!(
        "{}: too many levels of symbolic links",
        path.display()
    )))
}

/// `path` with its folder spelled canonically (when the folder exists), so that two spellings
/// of one file agree.
fn with_canonical_folder(path: PathBuf) -> PathBuf {
    match (fs::canonicalize(parent_folder(&path)), path.file_name()) {
        (Ok(folder), Some(name)) => folder.join(name),
        _ => path,
    }
}

/// How old a temp file must be to be removed even though its writer's process seems to run
/// (process ids are reused, and other machines' processes cannot be seen). A save takes
/// seconds at most.
pub const STALE_TEMP_AGE: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// `folder/.notes.json.tmp-PID-N`: hidden, next to the file it will replace (a rename cannot
/// cross file systems), and naming its writer so that a dead writer's leftovers can be told
/// from a live one's.
fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    parent_folder(path).join(format!(
        "{}{}-{}",
        temp_prefix(path),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ))
}

fn temp_prefix(path: &Path) -> String {
    let file_name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    format!(".{file_name}.tmp-")
}

/// Removes the temp files that writers of `path` left behind when they died in the middle of
/// a save (a crash, a kill, a full disk): those of this process, of processes no longer
/// running, and any older than [`STALE_TEMP_AGE`]. Returns how many went.
///
/// Call it only while holding the file's lock: every writer holds it from before writing its
/// temp file until after renaming it, so no live writer can be half-way then.
/// `path` is the file itself, links already resolved ([`resolve_links`]).
pub fn remove_stale_temp_files(path: &Path) -> usize {
    let prefix = temp_prefix(path);
    let Ok(entries) = fs::read_dir(parent_folder(path)) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(writer) = name.to_str().and_then(|name| name.strip_prefix(&prefix)) else {
            continue;
        };
        let Some(pid) = writer
            .split('-')
            .next()
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        let too_old = entry
            .metadata()
            .and_then(|meta| meta.modified())
            .ok()
            .and_then(|modified| modified.elapsed().ok())
            .is_some_and(|age| age > STALE_TEMP_AGE);
        if (pid == std::process::id() || !process_is_running(pid) || too_old)
            && fs::remove_file(entry.path()).is_ok()
        {
            removed += 1;
        }
    }
    removed
}

/// Whether a process with this id runs on this machine. Where that cannot be told (no
/// `/proc`), it is assumed to run, and only age makes its temp files stale.
fn process_is_running(pid: u32) -> bool {
    let proc = Path::new("/proc");
    if !proc.join("self").exists() {
        return true;
    }
    proc.join(pid.to_string()).exists()
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
        keep_previous_version(fs_ops, path)?;
    }
    fs_ops.rename(temp, path)
}

/// Makes `path.old` the current content of `path`, such that at every instant `path.old` is a
/// whole version: the current file gets a second name (a hard link, instant and undisturbed
/// by the rename that follows; a copy where links are not allowed), which then replaces
/// `path.old` by rename.
fn keep_previous_version(fs_ops: &dyn FileSystem, path: &Path) -> io::Result<()> {
    let staged = temp_path(path);
    let result =
        stage_copy(fs_ops, path, &staged).and_then(|()| fs_ops.rename(&staged, &backup_path(path)));
    // Also when the rename did nothing: renaming a name onto another name of the same file
    // (a save that failed after this step last time) leaves both names.
    let _ = fs::remove_file(&staged);
    result
}

fn stage_copy(fs_ops: &dyn FileSystem, path: &Path, staged: &Path) -> io::Result<()> {
    if fs_ops.hard_link(path, staged).is_ok() {
        return Ok(());
    }
    fs_ops.copy(path, staged)?;
    fs_ops.sync_file(&File::open(staged)?)
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
    fn links_resolve_to_one_spelling_even_dangling_and_a_loop_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let real_dir = fs::canonicalize(dir.path()).unwrap();
        let link = dir.path().join("notes.json");
        std::os::unix::fs::symlink("sub/../data/notes.json", &link).unwrap();
        fs::create_dir_all(dir.path().join("sub")).unwrap();
        fs::create_dir_all(dir.path().join("data")).unwrap();
        let target = real_dir.join("data/notes.json");
        assert_eq!(resolve_links(&link).unwrap(), target, "dangling");
        assert_eq!(
            resolve_links(&dir.path().join("data/notes.json")).unwrap(),
            target
        );

        let (a, b) = (dir.path().join("a"), dir.path().join("b"));
        std::os::unix::fs::symlink(&b, &a).unwrap();
        std::os::unix::fs::symlink(&a, &b).unwrap();
        assert!(resolve_links(&a).is_err());
        assert!(write_durably(&StdFileSystem, &a, b"x").is_err());
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
