//! The full-text tables: titles and bodies as gazette's own word rules split them.
//!
//! FTS5 is given the words already split and lowercased by [`body_words`] (runs of
//! alphanumeric chars), joined by spaces, and reads them back with its `ascii` tokenizer,
//! which splits only on ASCII punctuation and spaces and keeps every non-ASCII char inside a
//! token. So FTS5's tokens are exactly gazette's words, whatever the script, and a phrase
//! matches exactly when the words stand side by side in one block. Between two blocks stands
//! the token `_` (a token char for this tokenizer), which no word and no query can be, so a
//! phrase never joins a paragraph's last word to the next one's first. Both tables are
//! contentless: the bodies stay in the archive's files.
//!
//! A refresh rewrites an article's rows here only when its file's content changed, not for a
//! new extractor: a change to how titles and bodies become words (here, in `body_words` or in
//! the layout of an article's blocks) must bump the index's `SCHEMA_VERSION`.

use crate::search::{BodySearch, body_words};
use rusqlite::Connection;
use std::collections::HashMap;
use std::sync::Mutex;

/// The token that stands between blocks.
const BLOCK_BREAK: &str = "_";

/// The text FTS5 indexes for a list of words, an empty word marking a block break.
pub(super) fn indexed_text(words: &[String]) -> String {
    let mut text = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
    for word in words {
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str(if word.is_empty() { BLOCK_BREAK } else { word });
    }
    text
}

/// The text FTS5 indexes for a title.
pub(super) fn title_text(title: &str) -> String {
    indexed_text(&body_words(title))
}

/// An FTS5 query for `words` side by side (the last one, with `prefix`, as the start of a
/// word), for either table. `None` when there is no word to find.
pub fn match_expression(words: &[String], prefix: bool) -> Option<String> {
    // Words as body_words makes them are alphanumeric only, so none needs quoting; anything
    // else could not be in the index, and could change the query's meaning.
    let words: Vec<&str> = words
        .iter()
        .map(String::as_str)
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || !words.iter().all(|w| w.chars().all(char::is_alphanumeric)) {
        return None;
    }
    let star = if prefix { " *" } else { "" };
    Some(format!("\"{}\"{star}", words.join(" ")))
}

/// The row ids matching an FTS5 query on `table`, ascending.
pub(super) fn matching_rows(
    connection: &Connection,
    table: &str,
    expression: &str,
) -> rusqlite::Result<Vec<i64>> {
    let mut statement = connection.prepare_cached(&format!(
        "SELECT rowid FROM {table} WHERE {table} MATCH ?1 ORDER BY rowid"
    ))?;
    let rows = statement.query_map([expression], |row| row.get(0))?;
    rows.collect()
}

/// Body phrases answered by the index's full-text table, for the search engine: its row ids
/// mapped to the catalog's article numbers.
pub struct FtsBodySearch {
    connection: Mutex<Connection>,
    article_of_row: HashMap<i64, u32>,
}

impl FtsBodySearch {
    /// `rows[i]` is the index row of the catalog's article `i`.
    pub(super) fn new(connection: Connection, rows: &[i64]) -> Self {
        let article_of_row = rows
            .iter()
            .enumerate()
            .map(|(article, &row)| (row, article as u32))
            .collect();
        FtsBodySearch {
            connection: Mutex::new(connection),
            article_of_row,
        }
    }
}

impl BodySearch for FtsBodySearch {
    fn articles_with_phrase(&self, words: &[String]) -> Vec<u32> {
        self.articles_matching(match_expression(words, false))
    }

    fn articles_with_prefix(&self, prefix: &str) -> Vec<u32> {
        self.articles_matching(match_expression(&[prefix.to_owned()], true))
    }
}

impl FtsBodySearch {
    /// The articles whose body rows match, ascending. A failed query (the index went away
    /// under us) finds nothing rather than stopping search.
    fn articles_matching(&self, expression: Option<String>) -> Vec<u32> {
        let Some(expression) = expression else {
            return Vec::new();
        };
        let rows = {
            let connection = self.connection.lock().unwrap_or_else(|e| e.into_inner());
            matching_rows(&connection, "article_text", &expression).unwrap_or_default()
        };
        let mut articles: Vec<u32> = rows
            .iter()
            .filter_map(|row| self.article_of_row.get(row).copied())
            .collect();
        articles.sort_unstable();
        articles.dedup();
        articles
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_breaks_become_a_token_no_word_can_be() {
        let words: Vec<String> = ["end", "", "start"].map(String::from).into();
        assert_eq!(indexed_text(&words), "end _ start");
    }

    #[test]
    fn match_expressions_quote_the_phrase_and_mark_a_prefix() {
        let words = body_words("Steppe eagle");
        assert_eq!(
            match_expression(&words, false).as_deref(),
            Some("\"steppe eagle\"")
        );
        assert_eq!(
            match_expression(&words, true).as_deref(),
            Some("\"steppe eagle\" *")
        );
        assert_eq!(match_expression(&[], false), None);
        assert_eq!(match_expression(&["a\"b".into()], false), None);
    }
}
