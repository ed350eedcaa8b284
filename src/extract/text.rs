//! Splitting a zone of text into word, number and punctuation tokens with byte ranges.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    Word,
    Number,
    /// A possessive `'s` (or the lone `'` of "countries'") split off the word before it.
    Possessive,
    Punct(char),
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    /// First char upper case.
    pub cap: bool,
    /// Starts a sentence (or a zone).
    pub sentence_start: bool,
    /// Whitespace (or nothing) separates it from the previous token: `true` when there is some.
    pub space_before: bool,
    /// Part of a rank abbreviation such as "Col.-Gen.".
    pub rank: bool,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | '`' | 'ʼ')
}

/// Whether the ampersand at byte `at` of `word` joins initials: one to three capitals on each
/// side, and no lowercase letter or digit right after ("M&S", "AT&T"; not "Marks&Spencer").
fn ampersand_initials(word: &str, at: usize) -> bool {
    let capitals =
        |part: &str| (1..=3).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_uppercase());
    let after = &word[at + 1..];
    let right = after
        .find(|c: char| !c.is_alphanumeric())
        .map_or(after, |end| &after[..end]);
    capitals(&word[..at]) && capitals(right)
}

fn is_joiner(c: char) -> bool {
    c == '-' || c == '‑' || is_apostrophe(c)
}

/// Abbreviations whose period does not end a sentence.
fn is_abbreviation(word: &str) -> bool {
    (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || matches!(
            word,
            "Col"
                | "Gen"
                | "Lt"
                | "Maj"
                | "Capt"
                | "Sgt"
                | "Adm"
                | "Cmdr"
                | "Dr"
                | "Prof"
                | "Mr"
                | "Mrs"
                | "Ms"
                | "Sen"
                | "Rep"
                | "Gov"
                | "Pres"
                | "Amb"
                | "St"
                | "Jr"
                | "Sr"
                | "Brig"
                | "Rear"
                | "Vice"
                | "vs"
                | "etc"
                | "Inc"
                | "Ltd"
                | "Co"
                | "Corp"
                | "No"
                | "Jan"
                | "Feb"
                | "Aug"
                | "Sept"
                | "Sep"
                | "Oct"
                | "Nov"
                | "Dec"
        )
}

/// Where the sentence from byte `at` ends: at the first line break, '!', '?', one of `extra`,
/// or ". ", else at the text's end. One scan that stops there, so a text without those marks
/// never makes each caller read to its end; bytes, since every mark is ASCII.
pub(crate) fn sentence_end(text: &str, at: usize, extra: &[u8]) -> usize {
    let bytes = text.as_bytes();
    bytes[at..]
        .iter()
        .enumerate()
        .find(|&(i, &c)| {
            matches!(c, b'\n' | b'!' | b'?')
                || extra.contains(&c)
                || (c == b'.' && bytes.get(at + i + 1) == Some(&b' '))
        })
        .map_or(text.len(), |(i, _)| at + i)
}

/// Tokenises `text[range]`; token offsets are bytes into `text`.
pub(crate) fn tokenize(text: &str, range: std::ops::Range<usize>, ranks: &[&str]) -> Vec<Token> {
    let zone = &text[range.clone()];
    let base = range.start;
    let mut tokens: Vec<Token> = Vec::with_capacity(zone.len() / 5 + 1);
    let bytes = zone.as_bytes();
    // The char at byte `k`: read off the byte for ASCII, decoded otherwise.
    let char_at = |k: usize| -> Option<char> {
        match *bytes.get(k)? {
            b if b < 0x80 => Some(char::from(b)),
            _ => zone[k..].chars().next(),
        }
    };
    let mut pos = 0;
    let mut space_before = true;
    while let Some(c) = char_at(pos) {
        let i = pos;
        pos += c.len_utf8();
        // Invisible format marks (left-to-right marks, zero-width spaces) separate like spaces.
        if c.is_whitespace() || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}') {
            space_before = true;
            continue;
        }
        let start = i;
        let mut end = pos;
        let kind;
        // (Every initialism opens with a capital and its full stop.)
        let dotted = if c.is_ascii_uppercase() && bytes.get(i + 1) == Some(&b'.') {
            dotted_initials(&zone[i..], tokens.last().map(|t| &text[t.start..t.end]))
        } else {
            None
        };
        if let Some(len) = dotted {
            // "U.S.", "U.N.", a middle initial "J." inside a name: one word with its dots.
            end = i + len;
            kind = TokenKind::Word;
        } else if c.is_alphabetic() {
            // A word: letters and digits, joined by hyphens and apostrophes inside it.
            loop {
                end += ascii_alphanumeric_run(&bytes[end..]);
                match char_at(end) {
                    Some(d) if d.is_alphanumeric() || d == '\u{301}' => end += d.len_utf8(),
                    // ("Japan-U.S.", "anti-U.S.": initials after a hyphen are a word of their
                    // own, with their stops.)
                    // (Not a party's letter before a state's: "D-N.M.".)
                    Some('-')
                        if end - start >= 3
                            && bytes.get(end + 2) == Some(&b'.')
                            && dotted_initials(&zone[end + 1..], None)
                                .is_some_and(|len| len >= 4) =>
                    {
                        break;
                    }
                    Some(d)
                        if is_joiner(d)
                            && char_at(end + d.len_utf8()).is_some_and(char::is_alphanumeric) =>
                    {
                        end += d.len_utf8();
                    }
                    // "M&S", "AT&T", "P&O": initials an ampersand joins are one name.
                    Some('&') if ampersand_initials(&zone[start..], end - start) => end += 1,
                    // "Match.com", "Friendsreunited.co.uk": a site's name ends in its domain.
                    Some('.') if let Some(len) = web_domain_len(&zone[end..]) => {
                        end += len;
                        break;
                    }
                    _ => break,
                }
            }
            kind = TokenKind::Word;
        } else if c.is_ascii_digit() {
            loop {
                end += ascii_alphanumeric_run(&bytes[end..]);
                match char_at(end) {
                    Some(d) if d.is_ascii_digit() || d.is_alphabetic() => end += d.len_utf8(),
                    Some(',' | '.' | ':')
                        if char_at(end + 1).is_some_and(|a| a.is_ascii_digit()) =>
                    {
                        end += 1;
                    }
                    _ => break,
                }
            }
            kind = TokenKind::Number;
        } else {
            kind = TokenKind::Punct(c);
        }
        pos = end;
        let word = &zone[start..end];
        if kind == TokenKind::Word {
            // Split a possessive: "Kazakhstan's" -> "Kazakhstan" + "'s".
            let mut split = None;
            let ends_in_s = matches!(word.as_bytes().last(), Some(b's' | b'S'));
            for suffix in ["'s", "’s", "'S", "’S"].into_iter().filter(|_| ends_in_s) {
                if word.len() > suffix.len() + 1 && word.ends_with(suffix) {
                    split = Some(end - suffix.len());
                }
            }
            if let Some(at) = split {
                tokens.push(make(base + start, base + at, kind, word, space_before));
                tokens.push(make(
                    base + at,
                    base + end,
                    TokenKind::Possessive,
                    "",
                    false,
                ));
                space_before = false;
                continue;
            }
        }
        // "Germany 's Bundesbank": a possessive printed apart, as tokenised wire text has it.
        if let TokenKind::Punct(p) = kind
            && is_apostrophe(p)
            && space_before
            && tokens.last().is_some_and(Token::is_word)
            && let Some('s' | 'S') = char_at(pos)
            && char_at(pos + 1).is_none_or(|n| !n.is_alphanumeric())
        {
            let s_at = pos;
            pos += 1;
            tokens.push(make(
                base + start,
                base + s_at + 1,
                TokenKind::Possessive,
                "",
                false,
            ));
            space_before = false;
            continue;
        }
        if let TokenKind::Punct(p) = kind
            && is_apostrophe(p)
            && !space_before
            && tokens
                .last()
                .is_some_and(|t| t.is_word() && text[t.start..t.end].ends_with('s'))
            && char_at(pos).is_none_or(char::is_whitespace)
        {
            tokens.push(make(
                base + start,
                base + end,
                TokenKind::Possessive,
                "",
                false,
            ));
            space_before = false;
            continue;
        }
        tokens.push(make(base + start, base + end, kind, word, space_before));
        space_before = false;
    }
    mark_ranks(text, &mut tokens, ranks);
    mark_sentences(text, &mut tokens);
    tokens
}

/// Lowercase words and marks a person's name often follows ("with J. Atherton", "said R.
/// Preston", "(D. Cullinan 53; S. Warne 4-43)", "To bat: I. Healy"): a letter and its stop
/// there are an initial, not a sentence's end, as after a post's noun ([`is_role_noun`]).
const WORDS_BEFORE_A_NAME: [&str; 21] = [
    "by",
    "with",
    "and",
    "said",
    "told",
    "from",
    "against",
    "beat",
    "to",
    "of",
    "for",
    "at",
    "on",
    "as",
    "including",
    "over",
    "behind",
    "replaced",
    "(",
    ";",
    ":",
];

/// "UNP legislator K. Sivapalan-Fernando", "chief executive S. Gopalakrishnan": a lowercase
/// noun of a post, which a holder's name follows.
fn is_role_noun(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && crate::extract::lexicon::LEXICON
            .role_nouns
            .contains_key(word)
}

/// Words that open sentences and are no surnames.
const SENTENCE_OPENERS: [&str; 18] = [
    "The", "A", "An", "In", "It", "He", "She", "They", "This", "That", "These", "We", "But", "And",
    "His", "Her", "Its", "There",
];

/// The length of a dotted initialism at the start of `rest` ("U.S.", "U.N.", "D.C."), or of a
/// middle initial ("J." in "Stephen J. Townsend": after a capitalised word, before another).
fn dotted_initials(rest: &str, previous: Option<&str>) -> Option<usize> {
    let bytes = rest.as_bytes();
    let initial = |k: usize| {
        bytes.get(k).is_some_and(u8::is_ascii_uppercase) && bytes.get(k + 1) == Some(&b'.')
    };
    if !initial(0) {
        return None;
    }
    let mut len = 2;
    while initial(len) {
        len += 2;
    }
    if bytes.get(len).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    if len >= 4 {
        return Some(len);
    }
    // A name, or nothing a sentence could end with: the start of a line, a comma, a number
    // ("70 Tim Herron , D.A. Weibring", "M. Atherton b Waqar Younis 31").
    // "with J. Atherton", "said R. Preston": after a word that a name follows, before no word
    // that opens sentences, no sentence ends with the letter ("vitamin C. The", "repeated by
    // G. The term" do).
    let opens_a_sentence = || {
        let next = rest[len..].trim_start();
        let word = &next[..next
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(next.len())];
        SENTENCE_OPENERS.contains(&word)
    };
    let after_name = previous.is_none_or(|p| {
        (p.chars().next().is_some_and(char::is_uppercase) && p.chars().all(char::is_alphabetic))
            || p == ","
            || p.chars().all(|c| c.is_ascii_digit())
            || ((WORDS_BEFORE_A_NAME.contains(&p) || is_role_noun(p)) && !opens_a_sentence())
            // "... batted. M. Bradford and K. Leeds also": a name opening a sentence.
            || (matches!(p, "." | "?" | "!")
                && !matches!(bytes[0], b'A' | b'I')
                && !opens_a_sentence())
    });
    let before_name =
        bytes.get(len) == Some(&b' ') && bytes.get(len + 1).is_some_and(u8::is_ascii_uppercase);
    // "Miriam R. L. Petruck", "by W. W. Rouse Ball", "J. R. R. Tolkien": initials in a row.
    let after_initial = previous.is_some_and(is_initial);
    let before_initial = bytes.get(len) == Some(&b' ') && initial(len + 1);
    (((after_name || after_initial) && before_name) || before_initial).then_some(len)
}

/// Whether token `i` is "v", "vs" or "versus": between the parties of a court case ("Brown v.
/// Board of Education"), which are no places.
pub(crate) fn is_versus(tokens: &[Token], text: &str, i: usize) -> bool {
    tokens
        .get(i)
        .is_some_and(|t| t.is_word() && matches!(t.text(text), "v" | "vs" | "versus"))
}

/// The domains a company's site ends in ("Match.com", "Friendsreunited.co.uk"); the tokeniser
/// keeps ".org" on its word too.
pub(crate) const COMPANY_DOMAINS: [&str; 3] = [".co.uk", ".com", ".net"];

/// The length of the web domain `rest` opens with (".com", ".co.uk"), if a word ends there.
fn web_domain_len(rest: &str) -> Option<usize> {
    COMPANY_DOMAINS
        .into_iter()
        .chain([".org"])
        .find_map(|domain| {
            let after = rest.strip_prefix(domain)?;
            (!after.starts_with(char::is_alphanumeric)).then_some(domain.len())
        })
}

/// The runs of letters and digits in `text`, each joined through `joiner` as well ("semi-final"
/// with b'-'), as `text.split(|c| !(c.is_alphanumeric() || c == joiner))` gives them less the
/// empty ones. Whole-article scans call this: it decodes a character only past ASCII.
pub(crate) fn alphanumeric_words(text: &str, joiner: u8) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    // The width of the char at `i`, and whether it is a word's.
    let char_at = move |i: usize| {
        let b = bytes[i];
        if b < 0x80 {
            (ASCII_ALPHANUMERIC[usize::from(b)] || b == joiner, 1)
        } else {
            let c = text[i..].chars().next().unwrap_or_default();
            (c.is_alphanumeric(), c.len_utf8())
        }
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            if at >= bytes.len() {
                return None;
            }
            let (in_word, width) = char_at(at);
            if in_word {
                break;
            }
            at += width;
        }
        let start = at;
        loop {
            // (A run of ASCII letters and digits, the bulk of any text, is passed by the byte.)
            at += ascii_alphanumeric_run(&bytes[at..]);
            if at >= bytes.len() {
                return Some(&text[start..]);
            }
            let (in_word, width) = char_at(at);
            if !in_word {
                let word = &text[start..at];
                at += width;
                return Some(word);
            }
            at += width;
        }
    })
}

/// The length of the run of ASCII letters and digits `bytes` opens with.
fn ascii_alphanumeric_run(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .position(|&b| !ASCII_ALPHANUMERIC[usize::from(b)])
        .unwrap_or(bytes.len())
}

/// Whether each byte is an ASCII letter or digit (a table: whole-article scans test every byte).
const ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The word that ends right before `start`, past spaces and punctuation ("in" of "in
/// (Leeds"), or "" at the text's start.
pub(crate) fn word_before(text: &str, start: usize) -> &str {
    text[..start]
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default()
}

/// "the Hang Seng Index", "the Shanghai Composite", "the benchmark Kospi index", "the Nikkei
/// average": the name at `start..end` of `text` is a stock market index's, by its last word or
/// the word after it, and names no person, place or body.
pub(crate) fn names_a_market_index(text: &str, start: usize, end: usize) -> bool {
    const HEADS: [&str; 4] = ["index", "indices", "average", "composite"];
    let is_head = |word: &str| HEADS.iter().any(|h| h.eq_ignore_ascii_case(word));
    let head = text[start..end]
        .rsplit_once(' ')
        .is_some_and(|(_, last)| is_head(last));
    // ("the FTSE 100 index", "the Nikkei 225 average": the count of its shares comes between.)
    let after = text[end..].trim_start_matches(' ');
    let after = after
        .trim_start_matches(|c: char| c.is_ascii_digit())
        .trim_start_matches(' ');
    let next = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    head || HEADS.contains(&next)
}

/// "JORDAN", "NEW YORK": a name written in capitals as the body writes it ("Jordan", "New
/// York").
pub(crate) fn title_case(upper: &str) -> String {
    let mut out = String::with_capacity(upper.len());
    let mut start = true;
    for c in upper.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

/// "P", "AJ", "M.", "D.A.": initials written for given names: one to three capitals, dotted
/// when there are three ("ABC" is an acronym).
pub(crate) fn is_initials(word: &str) -> bool {
    let letters = word.chars().filter(|&c| c != '.').count();
    (1..=3).contains(&letters)
        && (letters <= 2 || word.contains('.'))
        && word.chars().all(|c| c.is_ascii_uppercase() || c == '.')
}

/// "R.", "J.": a single dotted initial.
pub(crate) fn is_initial(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() == 2 && bytes[0].is_ascii_uppercase() && bytes[1] == b'.'
}

/// The lowercase articles an Arabic name opens with, hyphen and all ("al-Abadi", "bin-Salman").
pub(crate) const ARABIC_ARTICLES: [&str; 7] = ["al-", "el-", "ad-", "as-", "ash-", "an-", "bin-"];

/// An Arabic surname with its lowercase article: "al-Abadi", "el-Sisi", "bin-Salman".
fn is_particle_name(word: &str) -> bool {
    // Every particle opens with one of these letters: most words are spared the list.
    if !matches!(word.as_bytes().first(), Some(b'a' | b'e' | b'b')) {
        return false;
    }
    ARABIC_ARTICLES.iter().any(|p| {
        word.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

/// A brand written with a small first letter and a capital inside: "eBay", "easyJet",
/// "iTunes". Read as capitalised, so that it can be a name.
fn is_lower_camel_brand(word: &str) -> bool {
    let bytes = word.as_bytes();
    bytes.len() >= 4
        && bytes[0].is_ascii_lowercase()
        && bytes.iter().all(u8::is_ascii_alphabetic)
        && (1..bytes.len().min(6) - 1)
            .find(|&i| bytes[i].is_ascii_uppercase())
            .is_some_and(|i| {
                bytes[..i].iter().all(u8::is_ascii_lowercase)
                    && bytes[i + 1..].iter().all(u8::is_ascii_lowercase)
            })
}

/// "d'Ivoire" of "Côte d'Ivoire", "d'Or" of "Palme d'Or": a French or Italian article elided
/// onto a capitalised word, which carries a name on.
pub(crate) fn is_elided_article_name(word: &str) -> bool {
    // (Asked of every token: the first byte rules out nearly all.)
    if !matches!(word.as_bytes().first(), Some(b'd' | b'l')) {
        return false;
    }
    ["d'", "d’", "l'", "l’"].iter().any(|article| {
        word.strip_prefix(article)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })
}

fn make(start: usize, end: usize, kind: TokenKind, word: &str, space_before: bool) -> Token {
    Token {
        start,
        end,
        kind,
        cap: word.chars().next().is_some_and(char::is_uppercase)
            || is_particle_name(word)
            || is_lower_camel_brand(word)
            || is_elided_article_name(word),
        sentence_start: false,
        space_before,
        rank: false,
    }
}

/// Marks the tokens of rank abbreviations ("Col.-Gen.", "Dr.") written before a capitalised word.
fn mark_ranks(text: &str, tokens: &mut [Token], ranks: &[&str]) {
    let mut i = 0;
    while i < tokens.len() {
        // Every rank ends in a period right after a word.
        let period_follows = tokens
            .get(i + 1)
            .is_some_and(|n| n.is_punct('.') && !n.space_before);
        if tokens[i].is_word() && tokens[i].cap && period_follows {
            let rest = &text[tokens[i].start..];
            if let Some(rank) = ranks.iter().find(|r| rest.starts_with(**r)) {
                let end = tokens[i].start + rank.len();
                let mut j = i;
                while j < tokens.len() && tokens[j].end <= end {
                    tokens[j].rank = true;
                    j += 1;
                }
                // ("actor Meera Sen. It returned": a surname like a rank, after a name and
                // before a word that opens sentences, ends its sentence.)
                let ends_a_name = i > 0
                    && tokens[i - 1].is_word()
                    && tokens[i - 1].cap
                    && tokens
                        .get(j)
                        .is_some_and(|t| SENTENCE_OPENERS.contains(&&text[t.start..t.end]));
                if j < tokens.len() && tokens[j].cap && !ends_a_name {
                    i = j;
                    continue;
                }
                for token in &mut tokens[i..j] {
                    token.rank = false;
                }
            }
        }
        i += 1;
    }
}

fn mark_sentences(text: &str, tokens: &mut [Token]) {
    let mut next_starts = true;
    for i in 0..tokens.len() {
        let token = tokens[i];
        if next_starts && !matches!(token.kind, TokenKind::Punct('"' | '“' | '‘' | '(' | '[')) {
            tokens[i].sentence_start = true;
            next_starts = false;
        }
        if let TokenKind::Punct(c) = token.kind {
            let ends = match c {
                '!' | '?' | ':' | '•' | '—' | '–' => true,
                // A doubled hyphen ends a clause, and so does one spaced as a dash ("SYDNEY
                // (AAP) - Fast bowler ...").
                '-' => {
                    (i > 0 && tokens[i - 1].is_punct('-'))
                        || (token.space_before
                            && tokens.get(i + 1).is_some_and(|next| next.space_before))
                }
                '.' => {
                    let after_abbreviation = i > 0
                        && !token.space_before
                        && tokens[i - 1].is_word()
                        && is_abbreviation(tokens[i - 1].text(text));
                    !token.rank && !after_abbreviation
                }
                _ => false,
            };
            if ends {
                next_starts = true;
            }
        }
    }
}

/// `range` widened by up to `by` bytes either side, within the text and on character
/// boundaries: a bounded look around a mention, so a long line is not read once per mention.
pub(crate) fn widened(
    text: &str,
    range: std::ops::Range<usize>,
    by: usize,
) -> std::ops::Range<usize> {
    let mut lo = range.start.saturating_sub(by);
    while !text.is_char_boundary(lo) {
        lo += 1;
    }
    let mut hi = (range.end + by).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    lo..hi
}

#[cfg(test)]
mod tests {
    use super::alphanumeric_words;

    #[test]
    fn alphanumeric_words_are_the_non_empty_pieces_of_a_split() {
        for text in [
            "",
            "semi-final",
            "  Zürich's 2–1 win—at São Paulo… “goal”, don't-stop ",
            "a",
            "中文 text, ½ and ß-end",
        ] {
            let split: Vec<&str> = text
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .filter(|w| !w.is_empty())
                .collect();
            assert_eq!(
                alphanumeric_words(text, b'-').collect::<Vec<_>>(),
                split,
                "{text:?}"
            );
        }
        assert_eq!(
            alphanumeric_words("don't stop", b'\'').collect::<Vec<_>>(),
            ["don't", "stop"]
        );
    }
}
