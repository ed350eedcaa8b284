//! Opening one article file under the loader's rules, for every reader: the loader, the
//! reader's article pane, `show`, `facts` and the notes commands.

use super::load::is_symlink_loop;
use super::{Article, SkipReason, contain_panic, parse_article, path_of};
use std::fs::{File, Metadata};
use std::io::Read;
use std::path::Path;

/// Files larger than this are skipped: no news article is this long, and reading one would
/// hold the loader up for everyone else.
pub const MAX_ARTICLE_BYTES: u64 = 5 * 1024 * 1024;

/// Reads one article below `root` by id and parses it.
pub fn read_article_file(root: &Path, id: &str) -> Result<Article, SkipReason> {
    read_article_at(&path_of(root, id), id)
}

/// Reads the article file at `path` under the loader's rules and parses it as article `id`.
pub fn read_article_at(path: &Path, id: &str) -> Result<Article, SkipReason> {
    let bytes = read_article_bytes(path)?;
    let (text, warnings) = decode(&bytes)?;
    let mut article = contain_panic(|| parse_article(id, &text)).map_err(SkipReason::Failed)?;
    article.warnings = warnings;
    Ok(article)
}

/// The bytes of an article file: a regular file (links followed) of at most
/// [`MAX_ARTICLE_BYTES`], read by [`read_regular_file`].
pub fn read_article_bytes(path: &Path) -> Result<Vec<u8>, SkipReason> {
    read_regular_file(path, MAX_ARTICLE_BYTES).map_err(|error| match error {
        BoundedReadError::NotRegular => SkipReason::Unreadable("not a regular file".into()),
        BoundedReadError::TooLarge { bytes } => SkipReason::TooLarge { bytes },
        BoundedReadError::Io(error) if is_symlink_loop(&error) => SkipReason::SymlinkLoop,
        BoundedReadError::Io(error) => SkipReason::Unreadable(error.to_string()),
    })
}

/// Why [`read_regular_file`] read nothing.
#[derive(Debug)]
pub enum BoundedReadError {
    /// A named pipe, a device, a folder: reading it could block or never end.
    NotRegular,
    /// At least this many bytes, more than the limit.
    TooLarge {
        bytes: u64,
    },
    Io(std::io::Error),
}

/// The bytes of a regular file (links followed) of at most `limit` bytes. Anything else is
/// refused before it is opened, and the opened file is checked again (it may have been swapped
/// since); at most one byte past the limit is read, whatever size the file claims and however
/// it grows meanwhile.
pub fn read_regular_file(path: &Path, limit: u64) -> Result<Vec<u8>, BoundedReadError> {
    let check = |meta: &Metadata| {
        if !meta.is_file() {
            Err(BoundedReadError::NotRegular)
        } else if meta.len() > limit {
            Err(BoundedReadError::TooLarge { bytes: meta.len() })
        } else {
            Ok(())
        }
    };
    check(&std::fs::metadata(path).map_err(BoundedReadError::Io)?)?;
    let file = open_without_blocking(path).map_err(BoundedReadError::Io)?;
    let meta = file.metadata().map_err(BoundedReadError::Io)?;
    check(&meta)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(BoundedReadError::Io)?;
    if bytes.len() as u64 > limit {
        let bytes = meta.len().max(bytes.len() as u64);
        return Err(BoundedReadError::TooLarge { bytes });
    }
    Ok(bytes)
}

/// Opens for reading without waiting for a writer, should the path have become a named pipe
/// since it was checked.
fn open_without_blocking(path: &Path) -> std::io::Result<File> {
    let mut options = File::options();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

/// Turns a file's bytes into text, refusing binaries and decoding non-UTF-8 lossily.
pub fn decode(bytes: &[u8]) -> Result<(String, Vec<String>), SkipReason> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(SkipReason::Binary);
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(SkipReason::Empty);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_owned(), Vec::new())),
        Err(_) => Ok((
            String::from_utf8_lossy(bytes).into_owned(),
            vec!["not valid UTF-8: decoded lossily (invalid bytes shown as �)".to_owned()],
        )),
    }
}
