//! Finding the new id of an article whose file was renamed or moved, so its notes follow it
//! (a reader who tidies the archive must not lose notes, as readers keyed by file name do).

use super::Note;
use super::hash::text_hash;
use std::collections::{BTreeMap, HashMap};

/// Where the notes of missing articles should go.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RelinkPlan {
    /// Missing article id → the article that is the same text (same hash) or that contains
    /// every quote of its notes.
    pub moves: BTreeMap<String, String>,
    /// Missing articles for which no candidate was found: their notes stay as they are.
    pub unresolved: Vec<String>,
}

/// Matches the articles in `missing` (ids the notes point at that no longer exist) against
/// `candidates` (id and text of each article in the archive, read once, in any order): first
/// by the text hash saved with the notes, else by every live note's quote occurring in the
/// text, when exactly one article qualifies.
pub fn plan_relink(
    notes: &[&Note],
    missing: &[String],
    candidates: impl IntoIterator<Item = (String, String)>,
) -> RelinkPlan {
    let mut wanted_hashes: HashMap<&str, &str> = HashMap::new();
    let mut quotes: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for note in notes.iter().filter(|note| missing.contains(&note.article)) {
        if !note.article_hash.is_empty() {
            wanted_hashes.insert(&note.article_hash, &note.article);
        }
        quotes
            .entry(&note.article)
            .or_default()
            .push(&note.quote.exact);
    }
    let mut by_hash: BTreeMap<String, String> = BTreeMap::new();
    let mut by_quotes: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (id, text) in candidates {
        if let Some(article) = wanted_hashes.get(text_hash(&text).as_str()) {
            by_hash.entry(article.to_string()).or_insert(id.clone());
        }
        for (article, article_quotes) in &quotes {
            if article_quotes.iter().all(|quote| text.contains(quote)) {
                by_quotes
                    .entry(article.to_string())
                    .or_default()
                    .push(id.clone());
            }
        }
    }
    let mut plan = RelinkPlan::default();
    for article in missing {
        let found = by_hash.get(article).cloned().or_else(|| {
            by_quotes
                .get(article)
                .filter(|ids| ids.len() == 1)
                .map(|ids| ids[0].clone())
        });
        match found {
            Some(id) => {
                plan.moves.insert(article.clone(), id);
            }
            None => plan.unresolved.push(article.clone()),
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notes::NoteKind;
    use crate::span::Span;

    fn note(article: &str, text: &str, passage: &str) -> Note {
        let start = text.find(passage).unwrap();
        let span = Span::new(start, start + passage.len());
        Note::new(NoteKind::Bookmark, article, text, span, "").unwrap()
    }

    #[test]
    fn finds_renamed_articles_by_hash_then_by_quotes() {
        let dam = "Dam talks resume. Engineers met on Tuesday.";
        let vote = "The vote is on Sunday. Turnout was high.";
        let notes = [
            note("old/dam.txt", dam, "Engineers met"),
            note("old/vote.txt", vote, "Turnout was high"),
            note("old/gone.txt", "Nothing left of this.", "Nothing"),
        ];
        let refs: Vec<&Note> = notes.iter().collect();
        let missing = vec![
            "old/dam.txt".to_string(),
            "old/vote.txt".to_string(),
            "old/gone.txt".to_string(),
        ];
        let candidates = vec![
            ("new/dam.txt".to_string(), dam.to_string()),
            // Renamed and edited: the hash differs, the quote is still there.
            ("new/vote.txt".to_string(), format!("Update: {vote}")),
            ("other.txt".to_string(), "Unrelated.".to_string()),
        ];
        let plan = plan_relink(&refs, &missing, candidates);
        assert_eq!(plan.moves["old/dam.txt"], "new/dam.txt");
        assert_eq!(plan.moves["old/vote.txt"], "new/vote.txt");
        assert_eq!(plan.unresolved, vec!["old/gone.txt".to_string()]);
    }
}
