//! The order of the article list, which a key cycles: the archive's own order (by file name),
//! newest first, or by title. While a query ranks the list, the first order is relevance.

use crate::archive::ArticleMeta;
use std::cmp::Ordering;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ListOrder {
    /// By id (file name); relevance while a query ranks the list.
    #[default]
    Archive,
    /// By publication date, newest first; undated articles last.
    Newest,
    Title,
}

impl ListOrder {
    pub fn next(self) -> Self {
        match self {
            ListOrder::Archive => ListOrder::Newest,
            ListOrder::Newest => ListOrder::Title,
            ListOrder::Title => ListOrder::Archive,
        }
    }

    /// How the list title names the order; `ranked` while a query ranks the list.
    pub fn label(self, ranked: bool) -> &'static str {
        match self {
            ListOrder::Archive if ranked => "by relevance",
            ListOrder::Archive => "by file name",
            ListOrder::Newest => "newest first",
            ListOrder::Title => "by title",
        }
    }

    /// Ties go by id, so the order is total and stable across loads.
    pub fn compare(self, a: &ArticleMeta, b: &ArticleMeta) -> Ordering {
        let by_id = || a.id.cmp(&b.id);
        match self {
            ListOrder::Archive => by_id(),
            ListOrder::Newest => {
                let key = |m: &ArticleMeta| m.published.map(|d| d.sort_key());
                // None is less than any Some: reversed, undated articles come last.
                key(b).cmp(&key(a)).then_with(by_id)
            }
            ListOrder::Title => {
                // Compared as it goes: no lowercased copy per comparison at 100,000 titles.
                let (x, y) = (&a.title, &b.title);
                x.chars()
                    .flat_map(char::to_lowercase)
                    .cmp(y.chars().flat_map(char::to_lowercase))
                    .then_with(by_id)
            }
        }
    }
}
