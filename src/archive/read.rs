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
/// [`MAX_ARTICLE_BYTES`]. A named pipe or device is refused before it is opened, as reading it
/// would block or never end; at most one byte past the limit is read, whatever size the file
/// claims and however it grows meanwhile.
pub fn read_article_bytes(path: &Path) -> Result<Vec<u8>, SkipReason> {
    let unreadable = |error: std::io::Error| match is_symlink_loop(&error) {
        true => SkipReason::SymlinkLoop,
        false => SkipReason::Unreadable(error.to_string()),
    };
    check_article_file(&std::fs::metadata(path).map_err(unreadable)?)?;
    let file = open_without_blocking(path).map_err(unreadable)?;
    // The file may have been swapped for another since it was checked.
    let meta = file.metadata().map_err(unreadable)?;
    check_article_file(&meta)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        let bytes = meta.len().max(bytes.len() as u64);
        return Err(SkipReason::TooLarge { bytes });
    }
    Ok(bytes)
}

fn check_article_file(meta: &Metadata) -> Result<(), SkipReason> {
    if !meta.is_file() {
        return Err(SkipReason::Unreadable("not a regular file".into()));
    }
    if meta.len() > MAX_ARTICLE_BYTES {
        return Err(SkipReason::TooLarge { bytes: meta.len() });
    }
    Ok(())
}

/// Opens for reading without waiting for a writer, should the path have become a named pipe
/// since it was checked.
pub(crate) fn open_without_blocking(path: &Path) -> std::io::Result<File> {
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
