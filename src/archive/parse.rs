//! Turning an article's text into its structure. (Stub: the real parser lands next.)

use super::Article;

pub fn parse_article(id: &str, text: &str) -> Article {
    Article {
        id: id.to_owned(),
        text: text.to_owned(),
        title: None,
        source: None,
        section: None,
        byline: None,
        dateline: None,
        published: None,
        blocks: Vec::new(),
        comments: Vec::new(),
        boilerplate: Vec::new(),
        warnings: Vec::new(),
    }
}
