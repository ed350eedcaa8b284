//! The archive model: header fields against the gold files, structure, and bad input.

use gazette::archive::{Article, BlockKind, Loader, SkipReason, parse_article, read_article_file};
use std::path::Path;

fn bundled(id: &str) -> Article {
    read_article_file(Path::new("articles"), id).expect("bundled article reads")
}

fn gold(id: &str) -> serde_json::Value {
    let path = Path::new("tests/gold").join(id.replace(".txt", ".json"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn gold_string(gold: &serde_json::Value, key: &str) -> Option<String> {
    gold[key].as_str().map(str::to_owned)
}

#[test]
fn header_fields_match_the_gold_files_for_every_bundled_article() {
    let report = Loader::new("articles").unwrap().load_all();
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    assert_eq!(report.articles.len(), 5);
    for meta in &report.articles {
        let gold = gold(&meta.id);
        let id = &meta.id;
        assert_eq!(
            Some(meta.title.clone()),
            gold_string(&gold, "title"),
            "{id} title"
        );
        assert_eq!(meta.byline, gold_string(&gold, "byline"), "{id} byline");
        assert_eq!(meta.source, gold_string(&gold, "source"), "{id} source");
        assert_eq!(
            meta.dateline,
            gold_string(&gold, "dateline"),
            "{id} dateline"
        );
        let published = meta.published.map(|d| d.iso());
        assert_eq!(published, gold_string(&gold, "published"), "{id} published");
    }
}

#[test]
fn every_span_points_at_its_text() {
    for id in ["000_721b475338128ad3.txt", "003_bfca926db83a5ef9.txt"] {
        let article = bundled(id);
        let title = article.title.as_ref().unwrap();
        assert_eq!(article.slice(title.span), title.text);
        for block in &article.blocks {
            let text = article.slice(block.span);
            assert_eq!(
                text.trim(),
                text,
                "{id}: block {} has untrimmed edges",
                block.span
            );
            assert!(!text.is_empty());
        }
    }
    let article = bundled("001_debd4f22ff665b1c.txt");
    let first_paragraph = article
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Paragraph)
        .unwrap();
    assert!(
        article
            .slice(first_paragraph.span)
            .starts_with("TASHKENT -- Uzbekistan and Kazakhstan")
    );
    let dateline = article.dateline.as_ref().unwrap();
    assert_eq!(article.slice(dateline.span), "TASHKENT");
}

#[test]
fn boilerplate_and_comments_stay_out_of_the_body() {
    let article = bundled("004_b7b415f8c511073a.txt");
    let body: Vec<String> = article
        .blocks
        .iter()
        .map(|b| article.slice(b.span))
        .collect();
    for junk in [
        "Do you like this article?",
        "Comment(s)",
        "Comment Policy",
        "Reply",
        "Caravanserai",
    ] {
        assert!(
            !body
                .iter()
                .any(|text| text == junk || text.starts_with(junk)),
            "{junk:?} is in the body"
        );
    }
    assert_eq!(article.comments.len(), 1);
    assert!(
        article
            .slice(article.comments[0])
            .starts_with("Kazakhstan will benefit")
    );
    assert!(
        body.last()
            .unwrap()
            .contains("Defence Ministry said in a statement on May 17")
    );

    let related = bundled("003_bfca926db83a5ef9.txt");
    assert!(
        related
            .blocks
            .iter()
            .all(|b| !related.slice(b.span).contains("Related content"))
    );
}

#[test]
fn captions_printed_twice_are_kept_once_with_their_credit() {
    let article = bundled("000_721b475338128ad3.txt");
    let captions: Vec<_> = article
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Caption)
        .collect();
    assert_eq!(captions.len(), 2);
    assert_eq!(
        article.slice(captions[0].credit.unwrap()),
        "Kazakh Ministry of Defence"
    );
    // A credit on its own line ("Images source: © PAP") belongs to the caption above it.
    let article = bundled("003_bfca926db83a5ef9.txt");
    let captions: Vec<_> = article
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Caption)
        .collect();
    assert_eq!(captions.len(), 1);
    // The caption is kept as its second printing, the one next to its credit line, and its
    // span runs on to the end of that line.
    assert_eq!(
        article.slice(captions[0].span),
        "Kazakhstan is distancing itself from Russia with such actions.\nImages source: © PAP"
    );
    assert_eq!(article.slice(captions[0].credit.unwrap()), "© PAP");
    assert!(
        article.boilerplate.iter().any(|&b| article.slice(b)
            == "Kazakhstan is distancing itself from Russia with such actions.")
    );
}

#[test]
fn a_caption_span_covers_its_credit_line() {
    let text = "A headline long enough to be one\n\nFirst paragraph of the story.\n\n\
                Soldiers at the border post on Monday.\nPhoto credit: Jan Kowalski\n\n\
                Last paragraph of the story.\n";
    let article = parse_article("c.txt", text);
    let caption = article
        .blocks
        .iter()
        .find(|b| b.kind == BlockKind::Caption)
        .expect("a caption");
    assert_eq!(
        article.slice(caption.span),
        "Soldiers at the border post on Monday.\nPhoto credit: Jan Kowalski"
    );
    assert_eq!(article.slice(caption.credit.unwrap()), "Jan Kowalski");
    for id in ["000_721b475338128ad3.txt", "003_bfca926db83a5ef9.txt"] {
        let article = bundled(id);
        for block in &article.blocks {
            if let Some(credit) = block.credit {
                assert!(block.span.covers(credit), "{id}: {block:?}");
            }
        }
    }
}

#[test]
fn section_headings_are_recognised() {
    let article = bundled("000_721b475338128ad3.txt");
    let headings: Vec<String> = article
        .blocks
        .iter()
        .filter(|b| b.kind == BlockKind::Heading)
        .map(|b| article.slice(b.span))
        .collect();
    assert_eq!(
        headings,
        ["Growing co-operation", "Facing threats together"]
    );
}

#[test]
fn an_unseen_site_layout_parses_by_general_patterns() {
    let text = "The Daily Planet\nPolitics\n\nMayor Jane Okafor wins second term in Lagos vote\n\nBY Tunde Bello\n\nPublished: 3 March 2025 | 14:20 WAT\n\nSupporters celebrate outside city hall. [Photo: Reuters]\n\nLAGOS -- Jane Okafor was re-elected mayor on Saturday after a\ncampaign dominated by flooding.\n\nWhat comes next\n\nShe takes office again in May.\n\nShare this article\n\nRelated articles\n\nFlooding hits the mainland\n\n2 comments\n\nCongratulations!\n";
    let article = parse_article("x.txt", text);
    let field = |f: &Option<gazette::archive::Field>| f.as_ref().map(|f| f.text.clone());
    assert_eq!(field(&article.source).as_deref(), Some("The Daily Planet"));
    assert_eq!(field(&article.section).as_deref(), Some("Politics"));
    assert_eq!(
        field(&article.title).as_deref(),
        Some("Mayor Jane Okafor wins second term in Lagos vote")
    );
    assert_eq!(field(&article.byline).as_deref(), Some("Tunde Bello"));
    assert_eq!(field(&article.dateline).as_deref(), Some("LAGOS"));
    assert_eq!(article.published.as_ref().unwrap().date.iso(), "2025-03-03");
    let kinds: Vec<(BlockKind, String)> = article
        .blocks
        .iter()
        .map(|b| (b.kind, article.slice(b.span)))
        .collect();
    assert_eq!(kinds[0].0, BlockKind::Caption);
    // The hard-wrapped paragraph is one block spanning both lines.
    assert_eq!(kinds[1].0, BlockKind::Paragraph);
    assert!(kinds[1].1.ends_with("campaign dominated by flooding."));
    assert_eq!(kinds[2], (BlockKind::Heading, "What comes next".into()));
    assert_eq!(
        kinds.len(),
        4,
        "related links and comments are not body: {kinds:?}"
    );
    assert_eq!(article.comments.len(), 1);
}

#[test]
fn header_lines_under_a_standfirst_or_a_label_are_read_as_header_fields() {
    let field = |f: &Option<gazette::archive::Field>| f.as_ref().map(|f| f.text.clone());
    // A broadsheet's standfirst, then a byline with no "By" and a stamp with a weekday cut
    // short and a time with a dot.
    let text = "Rebels defy the whips on housing bill\n\nTwenty-three MPs vote against the party \
                line on planning reforms.\n\nEleanor Vance Political correspondent\n\n\
                Wed 9 Oct 2024 18.42 BST\n\nThe bill passed on Tuesday.\n";
    let article = parse_article("g.txt", text);
    assert_eq!(field(&article.byline).as_deref(), Some("Eleanor Vance"));
    assert_eq!(article.published.as_ref().unwrap().date.iso(), "2024-10-09");
    assert_eq!(article.blocks.len(), 2, "standfirst and body");
    // A breadcrumb and a byline with the writer's beat.
    let text = "Bath edge Gloucester in a derby thriller\n\nSomerset Courier | Sport | Rugby \
                Union\n\nBy Gareth Pryce, Rugby Writer\n\nSaturday, 18 November 2023\n\n\
                Bath won on Friday night.\n";
    let article = parse_article("b.txt", text);
    assert_eq!(field(&article.source).as_deref(), Some("Somerset Courier"));
    assert_eq!(field(&article.section).as_deref(), Some("Sport"));
    assert_eq!(field(&article.byline).as_deref(), Some("Gareth Pryce"));
    assert_eq!(article.published.as_ref().unwrap().date.iso(), "2023-11-18");
    // A masthead under the headline, above the byline; the writer's whereabouts.
    let text = "Festival adds a film strand after a rescue deal\n\nBrecon & Wye Advertiser\n\n\
                By Rob Fenwick at Lord's\n\nPosted: Friday, February 7, 2025 - 4:15pm\n\n\
                The festival opens in May.\n";
    let article = parse_article("l.txt", text);
    assert_eq!(
        field(&article.source).as_deref(),
        Some("Brecon & Wye Advertiser")
    );
    assert_eq!(field(&article.byline).as_deref(), Some("Rob Fenwick"));
    assert_eq!(article.published.as_ref().unwrap().date.iso(), "2025-02-07");
    // A press release: the kind of page, the sender, then the date.
    let text = "Government backs a new furnace in Cardiff\n\nPress release\n\nFrom: Department \
                for Business and Trade\nPublished 14 March 2023\n\nSteel jobs will be \
                protected under a deal announced today.\n";
    let article = parse_article("p.txt", text);
    assert_eq!(
        field(&article.source).as_deref(),
        Some("Department for Business and Trade")
    );
    assert_eq!(field(&article.section).as_deref(), Some("Press release"));
    assert_eq!(article.published.as_ref().unwrap().date.iso(), "2023-03-14");
    assert_eq!(article.blocks.len(), 1);
}

#[test]
fn a_publication_date_found_under_a_standfirst_resolves_the_articles_weekdays() {
    let text = "England square the series at Lord's\n\nA five-wicket haul seals victory on a \
                tense final morning.\n\nBy Rob Fenwick at Lord's\n\nPublished: 3 July 2023\n\n\
                England won on Monday. The fourth Test starts on 19 July.\n";
    let article = parse_article("c.txt", text);
    let facts = gazette::extract::extract_article(&article);
    let value = |t: &str| {
        facts
            .dates
            .iter()
            .find(|d| article.slice(d.span) == t)
            .and_then(|d| d.value.clone())
    };
    assert_eq!(value("Monday").as_deref(), Some("2023-07-03"));
    assert_eq!(value("19 July").as_deref(), Some("2023-07-19"));
    // The stamp is one date, with its weekday cut short.
    let text = "Rebels defy the whips\n\nEleanor Vance Political correspondent\n\n\
                Wed 9 Oct 2024 18.42 BST\n\nThe bill passed.\n";
    let article = parse_article("g.txt", text);
    let facts = gazette::extract::extract_article(&article);
    let stamps: Vec<String> = facts.dates.iter().map(|d| article.slice(d.span)).collect();
    assert_eq!(stamps, ["Wed 9 Oct 2024 18.42 BST"]);
}

#[test]
fn markdown_headings_and_plain_token_files_parse() {
    let article = parse_article(
        "n.md",
        "# A Markdown Title\n\nSome text here.\n\n## A section\n\nMore.\n",
    );
    assert_eq!(article.title.unwrap().text, "A Markdown Title");
    assert_eq!(article.blocks[1].kind, BlockKind::Heading);

    let tokens = "alpha beta gamma ".repeat(200);
    let article = parse_article("tokens.txt", &tokens);
    assert!(article.title.is_none(), "a 600-word line is no headline");
    assert_eq!(article.meta().title, "tokens.txt");
    assert_eq!(article.blocks.len(), 1);
}

mod bad_input {
    use super::*;
    use std::fs;

    fn skipped_reason(dir: &Path, id: &str) -> Option<SkipReason> {
        let report = Loader::new(dir).unwrap().load_all();
        report
            .skipped
            .into_iter()
            .find(|s| s.id == id)
            .map(|s| s.reason)
    }

    #[test]
    fn a_missing_archive_folder_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let error = Loader::new(dir.path().join("nope")).err().unwrap();
        assert!(error.to_string().contains("does not exist"), "{error}");
        fs::write(dir.path().join("file.txt"), "x").unwrap();
        let error = Loader::new(dir.path().join("file.txt")).err().unwrap();
        assert!(error.to_string().contains("not a folder"), "{error}");
    }

    #[test]
    fn archive_errors_leave_command_line_advice_to_the_command_line() {
        // The library serves the reader and other front ends too: flags are the CLI's to name.
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("file.txt"), "x").unwrap();
        for path in [dir.path().join("nope"), dir.path().join("file.txt")] {
            let error = Loader::new(&path).err().unwrap();
            let message = error.to_string();
            assert!(message.contains(&path.display().to_string()), "{message}");
            assert!(
                !message.contains("--") && !message.contains("GAZETTE_"),
                "{message}"
            );
        }
    }

    #[test]
    fn an_empty_folder_loads_nothing_without_error() {
        let dir = tempfile::tempdir().unwrap();
        let report = Loader::new(dir.path()).unwrap().load_all();
        assert!(report.articles.is_empty() && report.skipped.is_empty());
    }

    #[test]
    fn bad_files_are_skipped_with_reasons_and_the_rest_still_load() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir(root.join("nested")).unwrap();
        fs::write(
            root.join("nested/good.txt"),
            "A good headline here\n\nBody.\n",
        )
        .unwrap();
        fs::write(root.join("binary.txt"), b"PK\x03\x04\x00\x00binary").unwrap();
        fs::write(root.join("empty.txt"), "  \n\n").unwrap();
        fs::write(
            root.join("latin1.txt"),
            b"Caf\xe9 society returns\n\nNa\xefve text.\n",
        )
        .unwrap();
        let big = fs::File::create(root.join("huge.txt")).unwrap();
        big.set_len(6 * 1024 * 1024).unwrap();
        fs::write(root.join("notes.pdf"), "not an article").unwrap();
        std::os::unix::fs::symlink(root.join("missing.txt"), root.join("dangling.txt")).unwrap();
        std::os::unix::fs::symlink(root.join("loop_b.txt"), root.join("loop_a.txt")).unwrap();
        std::os::unix::fs::symlink(root.join("loop_a.txt"), root.join("loop_b.txt")).unwrap();
        std::os::unix::fs::symlink(root, root.join("nested/back_to_root")).unwrap();

        let report = Loader::new(root).unwrap().load_all();
        let ids: Vec<&str> = report.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["latin1.txt", "nested/good.txt"]);
        let latin1 = &report.articles[0];
        assert!(latin1.warnings[0].contains("not valid UTF-8"));
        assert_eq!(latin1.title, "Café society returns");

        assert_eq!(skipped_reason(root, "binary.txt"), Some(SkipReason::Binary));
        assert_eq!(skipped_reason(root, "empty.txt"), Some(SkipReason::Empty));
        assert!(matches!(
            skipped_reason(root, "huge.txt"),
            Some(SkipReason::TooLarge { bytes }) if bytes == 6 * 1024 * 1024
        ));
        assert!(matches!(
            skipped_reason(root, "dangling.txt"),
            Some(SkipReason::Unreadable(_))
        ));
        assert_eq!(
            skipped_reason(root, "loop_a.txt"),
            Some(SkipReason::SymlinkLoop)
        );
        assert_eq!(
            skipped_reason(root, "nested/back_to_root"),
            Some(SkipReason::SymlinkLoop)
        );
        assert_eq!(report.skipped.len(), 7, "{:?}", report.skipped);
        let summary = report.skipped_summary().unwrap();
        assert!(summary.starts_with("7 files skipped: "), "{summary}");
    }

    #[test]
    fn a_folder_reached_by_two_links_is_walked_once_and_hidden_entries_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("real")).unwrap();
        fs::create_dir_all(root.join(".hidden")).unwrap();
        fs::write(
            root.join("real/story.md"),
            "A headline for the test\n\nBody.\n",
        )
        .unwrap();
        fs::write(
            root.join(".hidden/secret.txt"),
            "A hidden headline\n\nBody.\n",
        )
        .unwrap();
        fs::write(root.join(".draft.txt"), "A draft headline\n\nBody.\n").unwrap();
        std::os::unix::fs::symlink(root.join("real"), root.join("via_link")).unwrap();
        let (ids, skipped) = Loader::new(root).unwrap().discover();
        assert_eq!(ids, ["real/story.md"]);
        assert_eq!(skipped.len(), 1, "{skipped:?}");
        assert_eq!(skipped[0].id, "via_link");
        assert_eq!(skipped[0].reason, SkipReason::SymlinkLoop);
    }

    #[test]
    fn a_time_like_line_with_a_multibyte_character_parses_without_panicking() {
        // "5:" then an invalid byte decodes to "5:\u{fffd}", a 3-byte character.
        for line in ["10:€", "5:\u{fffd}", "7:é5 PM", "1:😀"] {
            let text = format!("A headline long enough to be one\n\n{line}\n\nBody text.\n");
            let article = parse_article("t.txt", &text);
            assert!(article.published.is_none(), "{line}");
            assert!(!article.blocks.is_empty(), "{line}");
        }
    }

    #[test]
    fn one_file_with_a_time_like_line_does_not_stop_the_archive_loading() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            dir.path().join("good.txt"),
            "A good headline here\n\nBody.\n",
        )
        .unwrap();
        fs::write(
            dir.path().join("odd.txt"),
            b"An odd headline here\n\n5:\xff\n\nBody.\n",
        )
        .unwrap();
        let report = Loader::new(dir.path()).unwrap().load_all();
        let ids: Vec<&str> = report.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["good.txt", "odd.txt"]);
    }

    #[test]
    fn a_panic_in_what_the_caller_does_with_one_article_skips_only_that_file() {
        use gazette::archive::{LoadEvent, Skipped};
        use std::sync::Mutex;
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.txt"), "First headline here\n\nBody.\n").unwrap();
        fs::write(dir.path().join("b.txt"), "Second headline here\n\nBody.\n").unwrap();
        fs::write(dir.path().join("c.txt"), "Third headline here\n\nBody.\n").unwrap();
        let loaded = Mutex::new(Vec::new());
        let skipped: Mutex<Vec<Skipped>> = Mutex::new(Vec::new());
        Loader::new(dir.path())
            .unwrap()
            .load_with(2, |event| match event {
                LoadEvent::Loaded(article) => {
                    // Stands for a bug in extraction or indexing that one article triggers.
                    assert!(article.id != "b.txt", "extraction bug on {}", article.id);
                    loaded.lock().unwrap().push(article.id.clone());
                }
                LoadEvent::Skipped(file) => skipped.lock().unwrap().push(file),
                LoadEvent::Discovered { .. } => {}
            });
        let mut loaded = loaded.into_inner().unwrap();
        loaded.sort();
        assert_eq!(loaded, ["a.txt", "c.txt"]);
        let skipped = skipped.into_inner().unwrap();
        assert_eq!(skipped.len(), 1);
        assert_eq!(skipped[0].id, "b.txt");
        assert!(
            matches!(&skipped[0].reason, SkipReason::Failed(message) if message.contains("extraction bug on b.txt")),
            "{:?}",
            skipped[0].reason
        );
    }

    #[test]
    fn non_utf8_file_names_get_distinct_stable_ids_that_open_them() {
        use std::ffi::OsStr;
        use std::os::unix::ffi::OsStrExt;
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        let name = |bytes: &[u8]| root.join(OsStr::from_bytes(bytes));
        // Both decode lossily to "caf\u{fffd}.txt".
        fs::write(name(b"caf\xe9.txt"), "Headline with an e acute\n\nBody.\n").unwrap();
        fs::write(name(b"caf\xe8.txt"), "Headline with an e grave\n\nBody.\n").unwrap();
        fs::create_dir(name(b"dir\xff")).unwrap();
        fs::write(
            name(b"dir\xff/inner.txt"),
            "Headline in a folder\n\nBody.\n",
        )
        .unwrap();
        fs::write(
            root.join("plain.txt"),
            "Headline of a plain name\n\nBody.\n",
        )
        .unwrap();

        let report = Loader::new(root).unwrap().load_all();
        assert!(report.skipped.is_empty(), "{:?}", report.skipped);
        let ids: Vec<&str> = report.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids.len(), 4, "{ids:?}");
        let distinct: std::collections::HashSet<&str> = ids.iter().copied().collect();
        assert_eq!(distinct.len(), 4, "ids collide: {ids:?}");
        assert!(
            ids.contains(&"plain.txt"),
            "valid names keep their ids: {ids:?}"
        );
        for meta in &report.articles {
            assert!(!meta.id.chars().any(char::is_control), "{:?}", meta.id);
            let article = read_article_file(root, &meta.id)
                .unwrap_or_else(|reason| panic!("{:?} does not open: {reason}", meta.id));
            assert_eq!(article.meta().title, meta.title);
        }
        let mut titles: Vec<&str> = report.articles.iter().map(|a| a.title.as_str()).collect();
        titles.sort();
        assert_eq!(
            titles,
            [
                "Headline in a folder",
                "Headline of a plain name",
                "Headline with an e acute",
                "Headline with an e grave"
            ]
        );
        let again = Loader::new(root).unwrap().load_all();
        let ids_again: Vec<&str> = again.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ids_again, "ids are stable across loads");
    }

    #[test]
    fn an_unreadable_file_is_skipped() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("secret.txt");
        fs::write(&path, "Secret headline\n\nBody.").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
        if fs::read(&path).is_ok() {
            // Running as root: permissions do not stop reads, so use a named pipe instead,
            // which must be skipped rather than read (a read would block forever).
            fs::remove_file(&path).unwrap();
            let status = std::process::Command::new("mkfifo")
                .arg(&path)
                .status()
                .unwrap();
            assert!(status.success());
        }
        let reason = skipped_reason(dir.path(), "secret.txt");
        assert!(
            matches!(reason, Some(SkipReason::Unreadable(_))),
            "{reason:?}"
        );
    }
}

#[test]
fn the_parser_survives_arbitrary_text_and_keeps_every_span_in_bounds() {
    const PIECES: [&str; 24] = [
        "\n",
        "\n\n",
        "\r\n",
        " ",
        "By ",
        "# ",
        "## ",
        "[",
        "]",
        " -- ",
        "TASHKENT",
        "Ünïcödé",
        "😀",
        "e\u{301}",
        "\u{1b}[31m",
        "\t",
        "Related content",
        "0 Comment(s)",
        "Images source: ",
        "April 27, 2024",
        ".",
        "\"",
        "Caravanserai",
        "word",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..3000 {
        let len = (next() % 40) as usize;
        let text: String = (0..len).map(|_| PIECES[(next() % 24) as usize]).collect();
        let article = parse_article("fuzz.txt", &text);
        let char_len = text.chars().count();
        let mut spans: Vec<gazette::span::Span> = article.blocks.iter().map(|b| b.span).collect();
        spans.extend(article.blocks.iter().filter_map(|b| b.credit));
        spans.extend(article.comments.iter().copied());
        spans.extend(article.boilerplate.iter().copied());
        for field in [
            &article.title,
            &article.source,
            &article.section,
            &article.byline,
            &article.dateline,
        ]
        .into_iter()
        .flatten()
        {
            assert_eq!(article.slice(field.span), field.text, "in {text:?}");
            spans.push(field.span);
        }
        for span in spans {
            assert!(
                span.start <= span.end && span.end <= char_len,
                "{span} out of {char_len} in {text:?}"
            );
        }
    }
}

#[test]
fn a_blogs_posted_line_gives_the_writer_and_the_date_under_the_masthead() {
    let field = |f: &Option<gazette::archive::Field>| f.as_ref().map(|f| f.text.clone());
    for (header, writer, date) in [
        (
            "Stage Door Dublin\n\nPosted on 3 October 2024 by Niamh O'Dea",
            "Niamh O'Dea",
            "2024-10-03",
        ),
        (
            "Stage Door Dublin\n\nPosted by Ana Rosa-Santos | March 12, 2025",
            "Ana Rosa-Santos",
            "2025-03-12",
        ),
        // A particle in the name, and a date with slashes whose day is past 12.
        (
            "Stage Door Dublin\nBy Katrina Mae dela Paz-Soriano\nPublished 16/05/2025",
            "Katrina Mae dela Paz-Soriano",
            "2025-05-16",
        ),
    ] {
        let text = format!("Review: a fine evening\n\n{header}\n\nThe play opened on Tuesday.\n");
        let article = parse_article("b.txt", &text);
        assert_eq!(
            field(&article.source).as_deref(),
            Some("Stage Door Dublin"),
            "{header}"
        );
        assert_eq!(field(&article.byline).as_deref(), Some(writer), "{header}");
        assert_eq!(
            article.published.as_ref().map(|p| p.date.iso()).as_deref(),
            Some(date)
        );
    }
}

#[test]
fn a_masthead_is_no_writer_and_a_wire_stamp_or_dateline_gives_the_date() {
    let field = |f: &Option<gazette::archive::Field>| f.as_ref().map(|f| f.text.clone());
    let published = |a: &gazette::archive::Article| a.published.as_ref().map(|p| p.date.iso());
    // A masthead above the stamp is the source; the writer is the "By" line after it.
    let text = "UN renews embargo\n\nThe Meridian Wire\nPublished Friday, 30 May 2025\n\nBy \
                Daniel Okafor\n\nThe UN Security Council on Thursday renewed an embargo.\n";
    let article = parse_article("a.txt", text);
    assert_eq!(field(&article.source).as_deref(), Some("The Meridian Wire"));
    assert_eq!(field(&article.byline).as_deref(), Some("Daniel Okafor"));
    for masthead in ["Western Echo", "WORLD IN BRIEF"] {
        let text = format!("Fiddler dies\n\n{masthead}\nSaturday 8 February 2025\n\nHe died.\n");
        let article = parse_article("b.txt", &text);
        assert_eq!(field(&article.byline), None, "{masthead}");
    }
    // A 24-hour time with its zone, and a date alone after a dateline's dash.
    let text = "Shelling\n\nBy Amira Hassan Idris\n\nUpdated 1430 GMT, Tuesday 10 June 2025\n\n\
                PORT SUDAN, Sudan — Shells hit the city on Monday.\n";
    let article = parse_article("c.txt", text);
    assert_eq!(published(&article).as_deref(), Some("2025-06-10"));
    assert_eq!(field(&article.dateline).as_deref(), Some("PORT SUDAN"));
    let text = "Offer\n\nBy Ibrahim Sani Maïga\nABUJA, Nigeria — 23 October 2025\n\nWest \
                African leaders on Wednesday offered the juntas a new deal.\n";
    let article = parse_article("d.txt", text);
    assert_eq!(published(&article).as_deref(), Some("2025-10-23"));
    assert_eq!(field(&article.dateline).as_deref(), Some("ABUJA"));
}

#[test]
fn a_dateline_on_its_own_line_a_filed_stamp_and_a_section_breadcrumb_are_header_fields() {
    let field = |f: &Option<gazette::archive::Field>| f.as_ref().map(|f| f.text.clone());
    let published = |a: &gazette::archive::Article| a.published.as_ref().map(|p| p.date.iso());
    let text = "Appeal\n\nWORLD | MIDDLE EAST\n\nGENEVA —\nFiled: Tuesday, 16 January 2007\n\n\
                The agency appealed on Tuesday for $60 million.\n";
    let article = parse_article("a.txt", text);
    assert_eq!(field(&article.dateline).as_deref(), Some("GENEVA"));
    assert_eq!(published(&article).as_deref(), Some("2007-01-16"));
    // A section and its part name no site.
    assert_eq!(field(&article.source), None);
    assert_eq!(field(&article.section).as_deref(), Some("WORLD"));
    assert_eq!(article.blocks.len(), 1, "{:?}", article.blocks);
    let text = "Cholera\n\nHARARE/JOHANNESBURG —\nFiled: December 4, 2008\n\nThe toll rose.\n";
    let article = parse_article("b.txt", text);
    assert_eq!(
        field(&article.dateline).as_deref(),
        Some("HARARE/JOHANNESBURG")
    );
    // A place in its own case, a day and month, and a colon, alone or opening the story.
    for opener in ["Arusha, 12 December:\n\nThe", "Kabul, 12 March: The"] {
        let text = format!("Verdict\n\n{opener} tribunal on Wednesday jailed him.\n");
        let article = parse_article("c.txt", &text);
        let city = opener.split(',').next();
        assert_eq!(field(&article.dateline).as_deref(), city, "{opener}");
    }
    // A sentence that opens with a place and a comma is no dateline.
    let text = "Trip\n\nParis, in May, is lovely: The tourists agree.\n";
    assert_eq!(field(&parse_article("d.txt", text).dateline), None);
}

#[test]
fn a_labelled_caption_is_a_caption_and_no_credit_of_the_paragraph_above() {
    let text = "Aid\n\nFour aid flights landed on Tuesday.\n\nPhoto: Survivors queue for rice at a \
                monastery in Bogale on May 11. (Meridian/Thant Zin Myo)\n\nThe toll rose.\n";
    let article = parse_article("a.txt", text);
    let kinds: Vec<BlockKind> = article.blocks.iter().map(|b| b.kind).collect();
    assert_eq!(
        kinds,
        [
            BlockKind::Paragraph,
            BlockKind::Caption,
            BlockKind::Paragraph
        ]
    );
    let credit = article.blocks[1].credit.expect("a credit");
    assert_eq!(article.slice(credit), "Meridian/Thant Zin Myo");
    // A credit line that reads as one still credits the caption above it.
    let text =
        "Aid\n\nFlights landed.\n\nSurvivors queue for rice\nPhoto: Reuters/Jo Tan\n\nMore.\n";
    let article = parse_article("b.txt", text);
    let caption = &article.blocks[1];
    assert_eq!(caption.kind, BlockKind::Caption);
    assert_eq!(
        article.slice(caption.credit.expect("a credit")),
        "Reuters/Jo Tan"
    );
}

#[test]
fn a_reporters_line_an_archive_photos_label_and_sources_under_related_news_are_read() {
    let field = |f: &Option<gazette::archive::Field>| f.as_ref().map(|f| f.text.clone());
    // "Name | City" under the headline: the reporter and where they file from.
    let text = "Opposition leader freed\nPeter Okello | Kampala\n\nA court freed him on bail.\n";
    let article = parse_article("a.txt", text);
    assert_eq!(field(&article.byline).as_deref(), Some("Peter Okello"));
    assert_eq!(field(&article.dateline).as_deref(), Some("Kampala"));
    assert_eq!(field(&article.source), None);
    assert_eq!(field(&article.section), None);
    // A site's name and its section stay what they were.
    let text = "Cup tie\nSomerset Courier | Sport\n\nThe club won.\n";
    let article = parse_article("b.txt", text);
    assert_eq!(field(&article.source).as_deref(), Some("Somerset Courier"));
    assert_eq!(field(&article.section).as_deref(), Some("Sport"));
    assert_eq!(field(&article.byline), None);
    // "FILE -" labels an archive photo's caption; it is no dateline.
    let text = "Weapons seized\n\nFILE - Federal Police officers patrol a road in Acapulco, \
                May 3, 2009.\n\nPolice said they found rifles.\n";
    let article = parse_article("c.txt", text);
    assert_eq!(field(&article.dateline), None);
    assert_eq!(article.blocks[0].kind, BlockKind::Caption);
    assert_eq!(article.blocks[1].kind, BlockKind::Paragraph);
    // The sources under a list of related news are the article's, not more links.
    let text = "Test won\nMonday, December 11, 2006\n\nNew Zealand won.\n\nRelated news\n\n \
                * Sri Lanka arrive in Auckland\n\nSources\n\n * Mark Fenwick. \"Black Caps \
                win\" — The New Zealand Herald, December 10, 2006\n";
    let article = parse_article("d.txt", text);
    let read: Vec<String> = article
        .blocks
        .iter()
        .map(|b| article.slice(b.span))
        .collect();
    assert!(read.iter().any(|b| b.contains("Mark Fenwick")), "{read:?}");
    assert!(!read.iter().any(|b| b.contains("Auckland")), "{read:?}");
}

#[test]
fn a_capitals_dateline_with_its_day_before_a_colon_is_read() {
    let text = "Budget gets nod\n\nUpdated: March 4, 2011 01:22 IST\n\nNEW DELHI, March 3: The \
                regulator cleared the hike on Monday.\n\nMore text.\n";
    let article = parse_article("x.txt", text);
    let field = |f: &Option<gazette::archive::Field>| f.as_ref().map(|f| f.text.clone());
    assert_eq!(field(&article.dateline).as_deref(), Some("NEW DELHI"));
    assert_eq!(article.published.as_ref().unwrap().date.iso(), "2011-03-04");
    // A kicker in capitals is still no place.
    let article = parse_article("x.txt", "Rates\n\nBREAKING: The bank cut rates.\n");
    assert_eq!(field(&article.dateline), None);
}

#[test]
fn a_byline_names_its_agency_after_a_slash() {
    let text = "Budget gets nod\n\nBy Tom Hale / The Canadian Press\n\nWINNIPEG — The \
                regulator cleared the hike on Monday.\n";
    let article = parse_article("x.txt", text);
    let field = |f: &Option<gazette::archive::Field>| f.as_ref().map(|f| f.text.clone());
    assert_eq!(field(&article.byline).as_deref(), Some("Tom Hale"));
    assert_eq!(
        field(&article.source).as_deref(),
        Some("The Canadian Press")
    );
    assert_eq!(field(&article.dateline).as_deref(), Some("WINNIPEG"));
    let facts = gazette::extract::extract_article(&article);
    assert!(
        !facts
            .entities
            .iter()
            .any(|e| e.canonical.contains("Canadian Press")),
        "{facts:#?}"
    );
}

#[test]
fn a_correspondents_from_line_is_the_byline_without_from() {
    let text = "Senate passes budget\n\nFrom Kunle Adeyemi, Abuja\n\nPublished on March 3, \
                2009\n\nThe Senate on Tuesday passed the budget.\n";
    let article = parse_article("x.txt", text);
    let field = |f: &Option<gazette::archive::Field>| f.as_ref().map(|f| f.text.clone());
    assert_eq!(field(&article.byline).as_deref(), Some("Kunle Adeyemi"));
    // A line that opens with "From" and names no one is no byline.
    let text = "Senate passes budget\n\nFrom the archive\n\nThe Senate passed the budget.\n";
    let article = parse_article("x.txt", text);
    assert_eq!(field(&article.byline), None);
}

#[test]
fn a_date_line_with_its_time_after_a_slash_is_the_publication_date() {
    let text = "Dockers end strike\n\nBy Tomas Vidal\n\nMay 6, 2011 / 10:20 AM\n\nVALPARAISO, \
                May 6 (Wire) - Dock workers voted on Thursday to return to work.\n";
    let article = parse_article("x.txt", text);
    let field = |f: &Option<gazette::archive::Field>| f.as_ref().map(|f| f.text.clone());
    let published = article.published.as_ref().expect("a publication date");
    assert_eq!(published.text, "May 6, 2011 / 10:20 AM");
    assert_eq!(published.date.iso(), "2011-05-06");
    assert_eq!(field(&article.dateline).as_deref(), Some("VALPARAISO"));
    let facts = gazette::extract::extract_article(&article);
    let thursday = facts.dates.iter().find(|d| d.text == "Thursday");
    assert_eq!(
        thursday.and_then(|d| d.value.as_deref()),
        Some("2011-05-05"),
        "{facts:#?}"
    );
}

#[test]
fn a_capitals_dateline_that_two_slashes_end_is_read() {
    let text = "Delegates meet\n\nKUWAIT CITY // Delegates met on Sunday to discuss oil.\n";
    let article = parse_article("x.txt", text);
    let field = |f: &Option<gazette::archive::Field>| f.as_ref().map(|f| f.text.clone());
    assert_eq!(field(&article.dateline).as_deref(), Some("KUWAIT CITY"));
    let facts = gazette::extract::extract_article(&article);
    let kinds: Vec<(&str, gazette::facts::EntityKind)> = facts
        .entities
        .iter()
        .map(|e| (e.canonical.as_str(), e.kind))
        .collect();
    assert_eq!(
        kinds,
        [("Kuwait City", gazette::facts::EntityKind::Place)],
        "{facts:#?}"
    );
}

#[test]
fn a_byline_names_its_paper_after_a_bar_even_past_the_writers_beat() {
    let field = |f: &Option<gazette::archive::Field>| f.as_ref().map(|f| f.text.clone());
    for (line, writer) in [
        ("By Dana Whitfield | The Courier-Ledger", "Dana Whitfield"),
        (
            "By Brent Sizemore, Staff Writer | The Courier-Ledger",
            "Brent Sizemore",
        ),
        (
            "By Marisa Kohler and staff | The Courier-Ledger",
            "Marisa Kohler",
        ),
    ] {
        let text = format!("Council votes\n\n{line}\n\nThe council met on Monday.\n");
        let article = parse_article("x.txt", &text);
        assert_eq!(field(&article.byline).as_deref(), Some(writer), "{line}");
        assert_eq!(
            field(&article.source).as_deref(),
            Some("The Courier-Ledger"),
            "{line}"
        );
    }
    // A beat or a town after the bar is no paper.
    for line in [
        "By Asad Farooq | Staff Reporter",
        "By Sports Desk | Kolkata",
    ] {
        let text = format!("Squad named\n\n{line}\n\nThe board met on Monday.\n");
        let article = parse_article("x.txt", &text);
        assert_eq!(field(&article.source), None, "{line}");
    }
}

#[test]
fn a_posted_and_updated_line_dates_the_article_by_its_first_stamp() {
    let text = "Council sets vote\n\nBy Dana Whitfield | The Courier-Ledger\nPosted Jan 8, \
                2019 at 6:00 AM; Updated Jan 8, 2019 at 11:47 AM\n\nINDIANAPOLIS — The \
                council met Monday and will vote on Feb. 4.\n";
    let article = parse_article("x.txt", text);
    let published = article.published.as_ref().expect("a publication date");
    assert_eq!(published.date.iso(), "2019-01-08");
    let facts = gazette::extract::extract_article(&article);
    let value = |text: &str| {
        facts
            .dates
            .iter()
            .find(|d| d.text == text)
            .and_then(|d| d.value.clone())
    };
    assert_eq!(value("Monday").as_deref(), Some("2019-01-07"), "{facts:#?}");
    assert_eq!(value("Feb. 4").as_deref(), Some("2019-02-04"), "{facts:#?}");
    assert_eq!(
        value("Jan 8, 2019 at 11:47 AM").as_deref(),
        Some("2019-01-08"),
        "{facts:#?}"
    );
}

#[test]
fn a_stamp_with_its_time_before_the_weekday_or_a_zone_in_words_is_one_date() {
    let text = "Chipmaker opens a plant\n\nUpdated 4:12 PM PT, Tue March 5, 2024\n\nThe \
                plant opened on Tuesday.\n";
    let facts = gazette::extract::extract_article(&parse_article("x.txt", text));
    let texts: Vec<&str> = facts.dates.iter().map(|d| d.text.as_str()).collect();
    assert!(
        texts.contains(&"4:12 PM PT, Tue March 5, 2024"),
        "{texts:?}"
    );
    let text = "Profit doubles\n\nUpdated 8:05 PM Taipei time, Thu August 8, 2024\n\nProfit \
                doubled, the company said on Thursday.\n";
    let article = parse_article("x.txt", text);
    let published = article.published.as_ref().expect("a publication date");
    assert_eq!(published.date.iso(), "2024-08-08");
    let facts = gazette::extract::extract_article(&article);
    let thursday = facts.dates.iter().find(|d| d.text == "Thursday");
    assert_eq!(
        thursday.and_then(|d| d.value.as_deref()),
        Some("2024-08-08"),
        "{facts:#?}"
    );
}

#[test]
fn a_caption_with_its_photo_credit_on_the_line_does_not_hide_the_dateline_below() {
    let field = |f: &Option<gazette::archive::Field>| f.as_ref().map(|f| f.text.clone());
    for (caption, credit) in [
        ("Voters queue at a school in Nairobi. PHOTO | FILE", "FILE"),
        (
            "Leaders pose for the family photo on Sunday. Photo: Dario Pignatelli / Reuters",
            "Dario Pignatelli / Reuters",
        ),
        (
            "Engineers celebrate in Bengaluru after the landing. (Photo: ISRO)",
            "ISRO",
        ),
    ] {
        let text = format!(
            "Leaders meet\n\nBy Jo Park\n\n{caption}\n\nNAIROBI, Kenya, Mar 4 \u{2014} The \
             talks opened on Monday.\n"
        );
        let article = parse_article("x.txt", &text);
        assert_eq!(
            field(&article.dateline).as_deref(),
            Some("NAIROBI"),
            "{caption}"
        );
        let block = &article.blocks[0];
        assert_eq!(block.kind, BlockKind::Caption, "{caption}");
        let read = block.credit.map(|span| article.slice(span));
        assert_eq!(read.as_deref(), Some(credit), "{caption}");
    }
}
