//! Archives written into temporary folders for the index tests.

#![allow(dead_code)]

use gazette::index::{RefreshSummary, SqliteIndex};
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// An archive folder and an index file beside it, both removed at the end.
pub struct Setup {
    pub dir: TempDir,
}

impl Setup {
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("archive")).unwrap();
        Setup { dir }
    }

    pub fn archive(&self) -> PathBuf {
        self.dir.path().join("archive")
    }

    pub fn index_path(&self) -> PathBuf {
        self.dir.path().join("cache").join("index.sqlite")
    }

    pub fn write(&self, id: &str, text: &str) {
        let path = self.archive().join(id);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(path, text).unwrap();
    }

    /// `n` articles `a0000.txt`… with varied titles, names and bodies.
    pub fn write_articles(&self, n: usize) {
        for i in 0..n {
            self.write(&format!("a{i:04}.txt"), &article(i));
        }
    }

    pub fn open(&self) -> SqliteIndex {
        let (index, _) = SqliteIndex::open(&self.archive(), &self.index_path()).unwrap();
        index
    }

    pub fn refresh(&self) -> RefreshSummary {
        self.open().refresh(2, |_| {}).unwrap()
    }
}

const PEOPLE: [&str; 6] = [
    "Saken Zhasuzakov",
    "Abdusalom Azizov",
    "Dilnoza Karimova",
    "Marat Tokayev",
    "Aigerim Nurlanova",
    "Rustam Yusupov",
];
const PLACES: [&str; 5] = ["Almaty", "Tashkent", "Astana", "Bishkek", "Samarkand"];

/// A news-like article, different for every `i`.
pub fn article(i: usize) -> String {
    let person = PEOPLE[i % PEOPLE.len()];
    let place = PLACES[i % PLACES.len()];
    let day = 1 + i % 28;
    format!(
        "Officials in {place} discuss water plan number {i}\n\nBy {person}\n\n\
         {upper} -- Officials met in {place} on March {day}, 2024 to discuss the regional water \
         plan, the ministry said.\n\n\"We have reached full understanding on the plan,\" said \
         Minister {person}. The talks will continue in June.\n\nRecord {i} closes the report.\n",
        upper = place.to_uppercase()
    )
}

/// Sets a file's modification time `seconds` into the future, as `touch` would.
pub fn touch(path: &Path, seconds: u64) {
    let file = std::fs::File::options().write(true).open(path).unwrap();
    let later = std::time::SystemTime::now() + std::time::Duration::from_secs(seconds);
    file.set_modified(later).unwrap();
}
