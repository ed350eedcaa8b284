//! A first line is the masthead only when it is a known masthead or repeats as the first line
//! of several articles of the archive; a headline on the first line stays the title.

use gazette::archive::{LoadEvent, Loader, parse_article, read_article_file};
use std::collections::HashMap;
use std::fs;
use std::sync::Mutex;

const BODY: &str = "Alan Shearer scored twice as the home side came from behind at St James' Park.\n\n\
                    The win lifts them to sixth.\n";

#[test]
fn short_headlines_on_the_first_line_are_titles() {
    for headline in [
        "Newcastle 2-1 Bolton",
        "Profile: Gordon Brown",
        "Arsenal Sign Reyes",
    ] {
        let article = parse_article("sport/1.txt", &format!("{headline}\n\n{BODY}"));
        assert_eq!(article.title.map(|t| t.text).as_deref(), Some(headline));
        assert_eq!(article.source, None, "{headline}");
    }
}

#[test]
fn a_known_masthead_is_the_source() {
    let article = parse_article(
        "a.txt",
        "Reuters\n\nStocks rally as inflation cools sharply\n\nShares rose on Monday.\n",
    );
    assert_eq!(article.source.map(|s| s.text).as_deref(), Some("Reuters"));
    assert_eq!(
        article.title.map(|t| t.text).as_deref(),
        Some("Stocks rally as inflation cools sharply")
    );
}

#[test]
fn a_first_line_repeated_across_three_articles_is_the_masthead() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    for i in 0..3 {
        fs::write(
            root.join(format!("bugle{i}.txt")),
            format!("Daily Bugle\n\nSpider sighting number {i} reported downtown\n\nWitnesses said so.\n"),
        )
        .unwrap();
    }
    // Seen twice only: a headline both times.
    for i in 0..2 {
        fs::write(
            root.join(format!("match{i}.txt")),
            format!(
                "Newcastle 2-1 Bolton\n\nReport number {i} of the same match today\n\nIt rained.\n"
            ),
        )
        .unwrap();
    }
    let loader = Loader::new(root).unwrap();
    // Every article arrives once, on one thread as on many.
    for threads in [1, 4] {
        let seen = Mutex::new(HashMap::new());
        loader.load_with(threads, |event| {
            if let LoadEvent::Loaded(article) = event {
                let title = article.title.as_ref().map(|t| t.text.clone());
                let source = article.source.as_ref().map(|s| s.text.clone());
                let previous = seen
                    .lock()
                    .unwrap()
                    .insert(article.id.clone(), (title, source));
                assert!(previous.is_none(), "{} loaded twice", article.id);
            }
        });
        let seen = seen.into_inner().unwrap();
        assert_eq!(seen.len(), 5);
        for i in 0..3 {
            let (title, source) = &seen[&format!("bugle{i}.txt")];
            assert_eq!(
                title.as_deref(),
                Some(format!("Spider sighting number {i} reported downtown").as_str())
            );
            assert_eq!(source.as_deref(), Some("Daily Bugle"));
        }
        for i in 0..2 {
            let (title, source) = &seen[&format!("match{i}.txt")];
            assert_eq!(title.as_deref(), Some("Newcastle 2-1 Bolton"));
            assert_eq!(source, &None);
        }
    }
    // An article opened after the load agrees with the list.
    let article = read_article_file(root, "bugle1.txt").unwrap();
    assert_eq!(
        article.source.map(|s| s.text).as_deref(),
        Some("Daily Bugle")
    );
    let report = loader.load_all();
    assert_eq!(
        report.articles[0].title,
        "Spider sighting number 0 reported downtown"
    );
}
