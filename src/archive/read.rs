//! Opening one article file under the loader's rules, for every reader: the loader, the
//! reader's article pane, `show`, `facts` and the notes commands.

use super::load::is_symlink_loop;
use super::mastheads::learnt_for;
use super::{
    Article, Mastheads, SkipReason, TextEncoding, contain_panic, parse_article_in, path_of,
};
use std::fs::{File, Metadata};
use std::io::Read;
use std::path::Path;

/// Files larger than this are skipped: no news article is this long, and reading one would
/// hold the loader up for everyone else.
pub const MAX_ARTICLE_BYTES: u64 = 5 * 1024 * 1024;

/// Reads one article below `root` by id and parses it, with the mastheads the archive's last
/// load learnt (see [`Mastheads`]).
pub fn read_article_file(root: &Path, id: &str) -> Result<Article, SkipReason> {
    read_article_in(&path_of(root, id), id, &learnt_for(root))
}

/// Reads the article file at `path` under the loader's rules and parses it as article `id`,
/// on its own (known mastheads only).
pub fn read_article_at(path: &Path, id: &str) -> Result<Article, SkipReason> {
    read_article_in(path, id, &Mastheads::default())
}

/// Reads the article file at `path` under the loader's rules and parses it as article `id` of
/// an archive whose repeated first lines are `mastheads`.
pub fn read_article_in(
    path: &Path,
    id: &str,
    mastheads: &Mastheads,
) -> Result<Article, SkipReason> {
    let bytes = read_article_bytes(path)?;
    let decoded = decode(&bytes)?;
    let mut article = contain_panic(|| parse_article_in(id, &decoded.text, mastheads))
        .map_err(SkipReason::Failed)?;
    article.warnings = decoded.warnings;
    article.decoded_as = decoded.encoding;
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

/// A file's content as text, and how it was decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// `None` for UTF-8; otherwise the encoding assumed.
    pub encoding: Option<TextEncoding>,
    pub warnings: Vec<String>,
}

/// Turns a file's bytes into text, refusing binaries. Bytes that are not UTF-8 are read as
/// Windows-1252, the encoding of nearly every old Western news archive (Latin-1 is its subset
/// but for 0x80–0x9F, which Latin-1 leaves to unprintable controls and CP1252 gives to € and
/// curly quotes); decoding every byte keeps `a £15.8m fee` instead of `a �15.8m fee`.
pub fn decode(bytes: &[u8]) -> Result<Decoded, SkipReason> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(SkipReason::Binary);
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(SkipReason::Empty);
    }
    Ok(match std::str::from_utf8(bytes) {
        Ok(text) => Decoded {
            text: text.to_owned(),
            encoding: None,
            warnings: Vec::new(),
        },
        Err(_) => Decoded {
            text: bytes.iter().map(|&b| windows_1252_char(b)).collect(),
            encoding: Some(TextEncoding::Windows1252),
            warnings: vec!["not valid UTF-8: decoded as Windows-1252 (CP1252 assumed)".to_owned()],
        },
    })
}

/// The char a Windows-1252 byte stands for. The five bytes CP1252 leaves undefined map to the
/// C1 controls of the same value, as browsers do; the sanitiser shows those visibly.
fn windows_1252_char(byte: u8) -> char {
    const CP1252_80_TO_9F: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => CP1252_80_TO_9F[usize::from(byte - 0x80)],
        // Latin-1: every other byte is the code point of the same value.
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_windows_1252_byte_decodes_to_its_table_char() {
        let all: Vec<u8> = (1..=255).collect();
        let decoded = decode(&all).unwrap();
        assert_eq!(decoded.encoding, Some(TextEncoding::Windows1252));
        let chars: Vec<char> = decoded.text.chars().collect();
        assert_eq!(chars.len(), 255);
        assert_eq!(chars[0x41 - 1], 'A');
        assert_eq!(chars[0x80 - 1], '€');
        assert_eq!(chars[0x93 - 1], '“');
        assert_eq!(chars[0x94 - 1], '”');
        assert_eq!(chars[0x9f - 1], 'Ÿ');
        assert_eq!(chars[0x81 - 1], '\u{81}');
        assert_eq!(chars[0xa3 - 1], '£');
        assert_eq!(chars[0xe9 - 1], 'é');
        assert_eq!(chars[0xff - 1], 'ÿ');
    }

    #[test]
    fn utf8_with_a_byte_order_mark_is_read_as_utf8() {
        let decoded = decode("\u{feff}a £5 fee".as_bytes()).unwrap();
        assert_eq!(decoded.text, "a £5 fee");
        assert_eq!(decoded.encoding, None);
    }
}
