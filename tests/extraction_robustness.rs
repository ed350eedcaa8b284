//! The extractor never panics, whatever the text, and every span it returns lies inside the text.

use gazette::archive::parse_article;
use gazette::extract::{extract_article, extract_text};
use gazette::facts::Facts;

fn check(text: &str) -> Facts {
    let facts = extract_text(text);
    let chars = text.chars().count();
    for e in &facts.entities {
        for m in &e.mentions {
            assert!(
                m.start <= m.end && m.end <= chars,
                "{m:?} outside {chars} chars"
            );
        }
        assert!(!e.canonical.is_empty());
    }
    for d in &facts.dates {
        assert!(d.span.end <= chars);
        let slice: String = text.chars().skip(d.span.start).take(d.span.len()).collect();
        assert_eq!(slice, d.text);
    }
    for q in &facts.quotes {
        assert!(q.span.end <= chars);
    }
    let article = parse_article("odd.txt", text);
    let from_article = extract_article(&article);
    for e in &from_article.entities {
        for m in &e.mentions {
            assert!(m.end <= chars);
        }
    }
    facts
}

#[test]
fn odd_inputs_never_panic() {
    let long_word = "A".repeat(100_000);
    let many_quotes = "\"".repeat(5_000);
    let many_caps = "Foo Bar ".repeat(20_000);
    let inputs = [
        "",
        " ",
        "\n\n\n",
        "\"",
        "“",
        "”“",
        "'s",
        "’",
        "-",
        "--",
        "Col.-Gen.",
        "Col.",
        "By",
        "By ",
        "[",
        "]",
        "[]",
        "()",
        "(KPE)",
        "Foo (",
        "Exercise",
        "Exercise 19",
        "June 17-",
        "June 31-1",
        "5:44",
        "5:44 PM",
        "5:44 PM EDT,",
        "Thursday (",
        "Thursday (September",
        "Monday,",
        "that day",
        "Two months",
        "since",
        "Since this",
        "9999 0000 1899 2100",
        "ASTANA --",
        "A -- B",
        "\u{0}\u{1}\u{1b}[31mRed\u{1b}[0m",
        "Zhasuzakov said. \"Yes,\" he said.",
        "\"Unclosed quote said Saken Zhasuzakov",
        "Kazakhstan's's's",
        "Kazakhstan'",
        "Ünïcödé Ñame said \"ça va\" à Almaty 😀 ☃ 東京 Москва",
        "e\u{301}e\u{301} Kazakh\u{301}stan",
        "\u{feff}Title\r\n\r\nBy Ann Lee\r\n\r\nText.\r\n",
        "ALL CAPS HEADLINE ABOUT NATO AND THE UN",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z",
        "Mr. Dr. Prof. Gen. Col. Lt. Sgt.",
        "The The The The",
        "of the of the of the",
        "Ministry of of of",
        "Security Council under the",
        "Islamic State of Iraq and the",
        &long_word,
        &many_quotes,
        &many_caps,
    ];
    for input in inputs {
        check(input);
    }
}

#[test]
fn binary_looking_garbage_never_panics() {
    // A deterministic pseudo-random byte soup, decoded lossily as the loader would.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    for round in 0..200 {
        let len = (round * 37) % 2_000;
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                // Mostly text-like bytes, with punctuation and high bytes mixed in.
                const ALPHABET: &[u8] =
                    b"AaBbKkZz \n\n\"'-.,:()[]0123456789\xe2\x80\x9c\x9d\xff\xc3\xa9";
                ALPHABET[(state % ALPHABET.len() as u64) as usize]
            })
            .collect();
        check(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn plain_token_soup_still_yields_known_names() {
    // Not an article: space-separated tokens with no sentences at all.
    let facts = check("Kazakhstan Uzbekistan NATO 2019 July 16 Tashkent");
    let names: Vec<&str> = facts
        .entities
        .iter()
        .map(|e| e.canonical.as_str())
        .collect();
    assert!(names.contains(&"Tashkent"), "{names:?}");
    assert!(
        names.contains(&"North Atlantic Treaty Organization"),
        "{names:?}"
    );
    assert!(facts.dates.iter().any(|d| d.text == "July 16"));
}

#[test]
fn a_name_that_is_only_of_does_not_underflow() {
    // Issue 9: "of" as the whole name made `words.len() - 2` underflow in debug builds.
    for input in ["e\nOF", "OF", "Of", "e\nOF\nOF", "The OF"] {
        check(input);
    }
}
