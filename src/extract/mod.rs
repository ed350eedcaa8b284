//! Fact extraction: people, places, organisations, events, dates and quotes. (Stub: the engine
//! lands in its own change; this keeps the contract other modules build against.)

use crate::archive::Article;
use crate::facts::Facts;

/// The facts in a parsed article: only its readable blocks (captions, headings, paragraphs)
/// and header fields are read, not boilerplate or comments.
pub fn extract_article(_article: &Article) -> Facts {
    Facts::default()
}

/// The facts in any text, well-formed article or not.
pub fn extract_text(_text: &str) -> Facts {
    Facts::default()
}
