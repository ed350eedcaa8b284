//! Article ids: a file's path relative to the archive folder, with `/` separators, and back.
//!
//! A name that is valid UTF-8 is its own id. A name that is not (Latin-1 from an old archive,
//! say) is shown lossily, invalid bytes as U+FFFD, and two such names could read alike; so its
//! id also carries a short hash of the raw bytes ("caf\u{fffd}~1b2c3d4e.txt"), which is stable,
//! printable and tells the names apart. Such an id is mapped back to the real name by looking
//! for the one entry of its folder that has that id.

use std::ffi::OsStr;
use std::path::{Component, Path, PathBuf};

/// The id of the file at `path`, relative to `root`.
pub fn id_of(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<String> = relative
        .components()
        .map(|c| name_id(c.as_os_str()))
        .collect();
    parts.join("/")
}

/// The id of one file or folder name.
pub fn name_id(name: &OsStr) -> String {
    if let Some(name) = name.to_str() {
        return name.to_owned();
    }
    let lossy = name.to_string_lossy();
    let hash = format!("~{:08x}", fnv1a_32(name.as_encoded_bytes()));
    // The hash goes before the extension, so that the id still ends in ".txt".
    match lossy.rfind('.').filter(|&dot| dot > 0) {
        Some(dot) => format!("{}{hash}{}", &lossy[..dot], &lossy[dot..]),
        None => format!("{lossy}{hash}"),
    }
}

/// The path of the article with this id below `root`.
pub fn path_of(root: &Path, id: &str) -> PathBuf {
    if !id.contains(char::REPLACEMENT_CHARACTER) {
        return root.join(id);
    }
    let mut path = root.to_path_buf();
    for component in Path::new(id).components() {
        let name = component.as_os_str();
        let literal = path.join(name);
        let is_lossy_name = matches!(component, Component::Normal(_))
            && name.to_string_lossy().contains(char::REPLACEMENT_CHARACTER);
        path = if is_lossy_name && std::fs::symlink_metadata(&literal).is_err() {
            entry_with_id(&path, name).unwrap_or(literal)
        } else {
            literal
        };
    }
    path
}

/// The entry of `dir` whose non-UTF-8 name has the id `wanted`.
fn entry_with_id(dir: &Path, wanted: &OsStr) -> Option<PathBuf> {
    std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .find(|entry| {
            let name = entry.file_name();
            name.to_str().is_none() && OsStr::new(&name_id(&name)) == wanted
        })
        .map(|entry| entry.path())
}

/// 32-bit FNV-1a: tiny, and fixed by its definition, so ids stay the same across versions.
fn fnv1a_32(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash, &byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

/// A name for an archive folder that files kept elsewhere (its index, its reading state) can
/// carry: `<last folder name>-<16 hex digits>`, the digits an FNV-1a hash of the canonical path,
/// so two folders of one name stay apart and the name says which folder it is.
pub fn archive_key(root: &Path) -> String {
    let canonical = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let stem: String = canonical
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "root".into())
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(48)
        .collect();
    let hash = crate::notes::hash::fnv1a64(canonical.as_os_str().as_encoded_bytes());
    format!("{stem}-{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn valid_names_are_their_own_ids_and_others_carry_a_hash_of_their_bytes() {
        assert_eq!(name_id(OsStr::new("plain.txt")), "plain.txt");
        #[cfg(unix)]
        {
            use std::os::unix::ffi::OsStrExt;
            let acute = name_id(OsStr::from_bytes(b"caf\xe9.txt"));
            let grave = name_id(OsStr::from_bytes(b"caf\xe8.txt"));
            assert!(
                acute.starts_with("caf\u{fffd}~") && acute.ends_with(".txt"),
                "{acute}"
            );
            assert_ne!(acute, grave);
            assert_eq!(
                name_id(OsStr::from_bytes(b"dir\xff")),
                format!("dir\u{fffd}~{:08x}", fnv1a_32(b"dir\xff"))
            );
        }
    }

    #[test]
    fn fnv1a_matches_its_reference_values() {
        assert_eq!(fnv1a_32(b""), 0x811c_9dc5);
        assert_eq!(fnv1a_32(b"a"), 0xe40c_292c);
        assert_eq!(fnv1a_32(b"foobar"), 0xbf9c_f968);
    }
}
