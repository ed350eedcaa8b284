//! The query language: fzf's syntax plus field terms and body phrases.
//!
//! `a b` both; `a | b` either (binds tighter than the space); `'a` exact substring (and a whole
//! word of the body); `^a` prefix; `a$` suffix; `!a` must not contain; `person:a`, `place:a`,
//! `org:a`, `event:a`, `date:a` look only at that field; `"a b"` an exact phrase in the fields or
//! the body. A term with an uppercase letter is case-sensitive (smart case).
//!
//! A fuzzy term matches within one word of a field (`nazbyv` finds "Nazarbayev"; `kazdef` does
//! not join "Kazakh defence": type `kaz def`). That keeps scoring to one pass over the distinct
//! words of the archive. A term with an escaped space (`kazakh\ def`) matches across words.

use super::text::body_words;
use crate::date::PartialDate;
use std::fmt;

/// Which part of an article a term looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// Title, byline, source, section, dateline, publication date and entity names.
    Any,
    Person,
    Place,
    Organization,
    Event,
    /// The publication date and every date the article mentions (ISO 8601).
    Date,
    /// The publication's name.
    Source,
    /// The folder the article's file is in, below the archive (`in:politics`).
    Folder,
}

impl Field {
    fn from_name(name: &str) -> Option<Field> {
        Some(match name {
            "person" | "people" => Field::Person,
            "place" => Field::Place,
            "org" | "organization" | "organisation" => Field::Organization,
            "event" => Field::Event,
            "date" => Field::Date,
            "source" => Field::Source,
            "in" => Field::Folder,
            _ => return None,
        })
    }

    pub fn label(self) -> &'static str {
        match self {
            Field::Any => "any",
            Field::Person => "person",
            Field::Place => "place",
            Field::Organization => "org",
            Field::Event => "event",
            Field::Date => "date",
            Field::Source => "source",
            Field::Folder => "in",
        }
    }
}

/// How a term's text must occur in a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatchKind {
    Fuzzy,
    Exact,
    Prefix,
    Suffix,
    /// `^a$`: the whole field.
    Whole,
}

/// One search term.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub field: Field,
    pub kind: MatchKind,
    /// The text to look for, without its operators.
    pub text: String,
    pub negated: bool,
    /// Smart case: the text has an uppercase letter.
    pub case_sensitive: bool,
    /// Lowercased words the body must contain in this order (for `'word` and `"a phrase"`);
    /// empty when the term does not search the body.
    pub body_phrase: Vec<String>,
    /// For a plain word: the lowercased start of a body word it also finds (`tsun` finds
    /// "tsunami" while it is typed), ranked after every field match.
    pub body_prefix: Option<String>,
    /// For `date:A..B`, `date:>A`, `date:<A`: the days it admits, compared as dates.
    pub date_range: Option<DateRange>,
}

/// Days from `from` to `to`, both included; an open end is unbounded. Days are (year, month,
/// day) with a partial date's first or last day filled in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateRange {
    pub from: Option<(i32, u8, u8)>,
    pub to: Option<(i32, u8, u8)>,
}

impl DateRange {
    /// Whether any day of `date` (a partial date spans its month or year) is in the range.
    pub fn admits(&self, date: &PartialDate) -> bool {
        let (Some(first), Some(last)) = (first_day(date), last_day(date)) else {
            return false;
        };
        self.from.is_none_or(|from| last >= from) && self.to.is_none_or(|to| first <= to)
    }

    /// Reads `2004..2005-06`, `2004..`, `..2005`, `>2005-03`, `>=2005-03`, `<2005`, `<=2005`;
    /// `None` when `text` is no range (a plain `date:` term), an error for a bad bound.
    fn parse(text: &str) -> Result<Option<DateRange>, QueryError> {
        let bound = |part: &str| -> Result<PartialDate, QueryError> {
            PartialDate::parse_iso(part)
                .filter(|d| d.year.is_some())
                .ok_or_else(|| QueryError::BadDate {
                    text: part.to_owned(),
                })
        };
        let range = if let Some((from, to)) = text.split_once("..") {
            let from = (!from.is_empty()).then(|| bound(from)).transpose()?;
            let to = (!to.is_empty()).then(|| bound(to)).transpose()?;
            DateRange {
                from: from.as_ref().and_then(first_day),
                to: to.as_ref().and_then(last_day),
            }
        } else if let Some(rest) = text.strip_prefix(">=") {
            DateRange {
                from: first_day(&bound(rest)?),
                to: None,
            }
        } else if let Some(rest) = text.strip_prefix("<=") {
            DateRange {
                from: None,
                to: last_day(&bound(rest)?),
            }
        } else if let Some(rest) = text.strip_prefix('>') {
            DateRange {
                from: last_day(&bound(rest)?).map(next_day),
                to: None,
            }
        } else if let Some(rest) = text.strip_prefix('<') {
            DateRange {
                from: None,
                to: first_day(&bound(rest)?).map(previous_day),
            }
        } else {
            return Ok(None);
        };
        Ok(Some(range))
    }
}

fn first_day(date: &PartialDate) -> Option<(i32, u8, u8)> {
    Some((date.year?, date.month.unwrap_or(1), date.day.unwrap_or(1)))
}

fn last_day(date: &PartialDate) -> Option<(i32, u8, u8)> {
    // 31 for every month: ranges compare days, and no day of a month falls between its 28th
    // and its 31st in another month.
    Some((date.year?, date.month.unwrap_or(12), date.day.unwrap_or(31)))
}

fn next_day((y, m, d): (i32, u8, u8)) -> (i32, u8, u8) {
    (y, m, d.saturating_add(1))
}

fn previous_day((y, m, d): (i32, u8, u8)) -> (i32, u8, u8) {
    if d > 1 { (y, m, d - 1) } else { (y, m, 0) }
}

/// A parsed query: every group must match; within a group, any term.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Query {
    pub groups: Vec<Vec<Term>>,
}

/// Why a query could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QueryError {
    /// A `!`, `'`, `^` or `$` with nothing to apply it to.
    EmptyTerm {
        operator: String,
    },
    UnknownField {
        field: String,
    },
    EmptyField {
        field: String,
    },
    UnclosedQuote,
    /// A `|` with no term on one side.
    DanglingOr,
    /// More characters than anyone types: refused before it is read, so that pasted junk
    /// cannot stall the search.
    TooLong {
        chars: usize,
    },
    /// More terms than anyone types: each term costs a pass over the index.
    TooManyTerms {
        terms: usize,
    },
    /// A bound of a `date:` range that is no date.
    BadDate {
        text: String,
    },
}

/// The longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 1_000;
/// The most terms a query may have, alternatives (`a | b`) included.
pub const MAX_QUERY_TERMS: usize = 64;

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QueryError::EmptyTerm { operator } => {
                write!(
                    f,
                    "`{operator}` needs a word after it (e.g. `{operator}word`)"
                )
            }
            QueryError::UnknownField { field } => write!(
                f,
                "unknown field `{field}:`; use person:, place:, org:, event:, date:, source: or in:"
            ),
            QueryError::EmptyField { field } => {
                write!(f, "`{field}:` needs a value (e.g. `{field}:word`)")
            }
            QueryError::UnclosedQuote => write!(f, "unclosed quote: add the closing `\"`"),
            QueryError::DanglingOr => write!(f, "`|` needs a term on both sides (`a | b`)"),
            QueryError::TooLong { chars } => write!(
                f,
                "query too long: at most {MAX_QUERY_CHARS} characters (this one has {chars})"
            ),
            QueryError::TooManyTerms { terms } => write!(
                f,
                "query has too many terms: at most {MAX_QUERY_TERMS} (this one has {terms})"
            ),
            QueryError::BadDate { text } => write!(
                f,
                "`{text}` is not a date: use 2004, 2004-06 or 2004-06-27 (date:2004..2005-06, date:>2005-03)"
            ),
        }
    }
}

impl std::error::Error for QueryError {}

/// A raw token: its text and whether it was a double-quoted phrase.
struct Token {
    text: String,
    quoted: bool,
}

impl Query {
    pub fn parse(input: &str) -> Result<Query, QueryError> {
        if input.chars().nth(MAX_QUERY_CHARS).is_some() {
            return Err(QueryError::TooLong {
                chars: input.chars().count(),
            });
        }
        let tokens = tokenize(input)?;
        let terms = tokens.iter().filter(|t| t.quoted || t.text != "|").count();
        if terms > MAX_QUERY_TERMS {
            return Err(QueryError::TooManyTerms { terms });
        }
        let mut groups: Vec<Vec<Term>> = Vec::new();
        let mut pending_or = false;
        for token in tokens {
            if token.text == "|" && !token.quoted {
                if groups.is_empty() || pending_or {
                    return Err(QueryError::DanglingOr);
                }
                pending_or = true;
                continue;
            }
            let term = parse_term(&token)?;
            match groups.last_mut() {
                Some(group) if pending_or => group.push(term),
                _ => groups.push(vec![term]),
            }
            pending_or = false;
        }
        if pending_or {
            return Err(QueryError::DanglingOr);
        }
        Ok(Query { groups })
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Whether every article `self` matches is also matched by `previous`, so that `self` can
    /// be run over `previous`'s results alone: the usual case of one more character typed.
    pub fn narrows(&self, previous: &Query) -> bool {
        let Some((last, earlier)) = previous.groups.split_last() else {
            return true;
        };
        if self.groups.len() < previous.groups.len() || self.groups[..earlier.len()] != *earlier {
            return false;
        }
        let next = &self.groups[earlier.len()];
        next == last || matches!((next.as_slice(), last.as_slice()), ([n], [p]) if n.narrows(p))
    }
}

impl Term {
    /// Whether every field this term matches is also matched by `previous`.
    fn narrows(&self, previous: &Term) -> bool {
        if self.negated
            || previous.negated
            || self.field != previous.field
            || self.kind != previous.kind
            || !self.body_phrase.is_empty()
            || !previous.body_phrase.is_empty()
            || self.date_range.is_some()
            || previous.date_range.is_some()
            || (previous.case_sensitive && !self.case_sensitive)
            // A fuzzy term without a space matches within one word, with one across words.
            || self.text.contains(char::is_whitespace)
                != previous.text.contains(char::is_whitespace)
        {
            return false;
        }
        let (next, prev) = (self.text.as_str(), previous.text.as_str());
        let (next, prev) = if previous.case_sensitive {
            (next.to_owned(), prev.to_owned())
        } else {
            (next.to_ascii_lowercase(), prev.to_ascii_lowercase())
        };
        match self.kind {
            MatchKind::Fuzzy if self.field != Field::Date => is_subsequence(&prev, &next),
            MatchKind::Fuzzy | MatchKind::Exact => next.contains(&prev),
            MatchKind::Prefix => next.starts_with(&prev),
            MatchKind::Suffix => next.ends_with(&prev),
            MatchKind::Whole => next == prev,
        }
    }
}

fn is_subsequence(needle: &str, haystack: &str) -> bool {
    let mut rest = haystack.chars();
    needle.chars().all(|c| rest.any(|h| h == c))
}

/// Splits on unescaped spaces, keeping `"..."` together.
fn tokenize(input: &str) -> Result<Vec<Token>, QueryError> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut in_quote = false;
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&' ') => {
                current.push(' ');
                chars.next();
            }
            '"' => {
                in_quote = !in_quote;
                quoted = true;
                current.push('"');
            }
            c if c.is_whitespace() && !in_quote => {
                if !current.is_empty() {
                    tokens.push(Token {
                        text: std::mem::take(&mut current),
                        quoted,
                    });
                }
                quoted = false;
            }
            c => current.push(c),
        }
    }
    if in_quote {
        return Err(QueryError::UnclosedQuote);
    }
    if !current.is_empty() {
        tokens.push(Token {
            text: current,
            quoted,
        });
    }
    Ok(tokens)
}

fn parse_term(token: &Token) -> Result<Term, QueryError> {
    let mut rest = token.text.as_str();
    let negated = rest.starts_with('!');
    if negated {
        rest = &rest[1..];
        if rest.is_empty() {
            return Err(QueryError::EmptyTerm {
                operator: "!".into(),
            });
        }
    }
    let mut field = Field::Any;
    if let Some((name, value)) = rest.split_once(':') {
        let is_field_name = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphabetic());
        if is_field_name && !name.contains('"') {
            field = Field::from_name(&name.to_ascii_lowercase()).ok_or_else(|| {
                QueryError::UnknownField {
                    field: name.to_owned(),
                }
            })?;
            if value.is_empty() {
                return Err(QueryError::EmptyField {
                    field: name.to_owned(),
                });
            }
            rest = value;
        }
    }
    if token.quoted {
        return quoted_term(rest, field, negated);
    }
    if field == Field::Date
        && let Some(range) = DateRange::parse(rest)?
    {
        let mut term = make_term(field, MatchKind::Exact, rest.to_owned(), negated, false);
        term.date_range = Some(range);
        return Ok(term);
    }
    // fzf: `!foo` is an exact "does not contain"; `!'foo` negates a fuzzy match.
    let mut kind = if negated {
        MatchKind::Exact
    } else {
        MatchKind::Fuzzy
    };
    let mut searches_body = false;
    if let Some(stripped) = rest.strip_prefix('\'') {
        kind = if negated {
            MatchKind::Fuzzy
        } else {
            MatchKind::Exact
        };
        searches_body = !negated;
        rest = stripped;
        check_not_empty(rest, "'")?;
    }
    let prefix = rest.starts_with('^');
    if prefix {
        rest = &rest[1..];
        check_not_empty(rest, "^")?;
    }
    let suffix = rest.len() > 1 && rest.ends_with('$') && !rest.ends_with("\\$");
    if suffix {
        rest = &rest[..rest.len() - 1];
    } else if rest == "$" && (prefix || kind != MatchKind::Fuzzy) {
        return Err(QueryError::EmptyTerm {
            operator: "$".into(),
        });
    }
    let mut text = rest.replace("\\$", "$");
    // `politics/`, as a folder is written, means the folder `politics`.
    if kind == MatchKind::Fuzzy
        && matches!(field, Field::Any | Field::Folder)
        && !text.trim_end_matches('/').is_empty()
    {
        text.truncate(text.trim_end_matches('/').len());
    }
    kind = match (prefix, suffix) {
        (true, true) => MatchKind::Whole,
        (true, false) => MatchKind::Prefix,
        (false, true) => MatchKind::Suffix,
        (false, false) => kind,
    };
    // `'word` also looks for the whole word in the body; so does `!word`, so that it excludes
    // every article that mentions the word.
    searches_body = field == Field::Any && kind == MatchKind::Exact && (searches_body || negated);
    Ok(make_term(field, kind, text, negated, searches_body))
}

fn quoted_term(rest: &str, field: Field, negated: bool) -> Result<Term, QueryError> {
    let inner = rest
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .filter(|inner| !inner.contains('"'))
        .ok_or(QueryError::UnclosedQuote)?;
    if inner.trim().is_empty() {
        return Err(QueryError::EmptyTerm {
            operator: "\"\"".into(),
        });
    }
    Ok(make_term(
        field,
        MatchKind::Exact,
        inner.to_owned(),
        negated,
        field == Field::Any,
    ))
}

fn make_term(field: Field, kind: MatchKind, text: String, negated: bool, body: bool) -> Term {
    let body_phrase = if body { body_words(&text) } else { Vec::new() };
    let plain_word = field == Field::Any && kind == MatchKind::Fuzzy && !negated;
    let body_prefix = plain_word.then(|| body_words(&text)).and_then(|words| {
        let [word] = <[String; 1]>::try_from(words).ok()?;
        (word.chars().count() >= MIN_BODY_PREFIX_CHARS).then_some(word)
    });
    Term {
        field,
        kind,
        case_sensitive: text.chars().any(char::is_uppercase),
        text,
        negated,
        body_phrase,
        body_prefix,
        date_range: None,
    }
}

/// A plain word this short is not looked for in bodies: one or two letters start too many
/// words to mean anything there, and would cost a keystroke its budget.
pub const MIN_BODY_PREFIX_CHARS: usize = 3;

fn check_not_empty(rest: &str, operator: &str) -> Result<(), QueryError> {
    if rest.is_empty() {
        Err(QueryError::EmptyTerm {
            operator: operator.into(),
        })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(input: &str) -> Term {
        let query = Query::parse(input).unwrap();
        assert_eq!(query.groups.len(), 1, "{input}");
        assert_eq!(query.groups[0].len(), 1, "{input}");
        query.groups[0][0].clone()
    }

    #[test]
    fn operators_set_the_match_kind() {
        assert_eq!(one("foo").kind, MatchKind::Fuzzy);
        assert_eq!(one("'foo").kind, MatchKind::Exact);
        assert_eq!(one("^foo").kind, MatchKind::Prefix);
        assert_eq!(one("foo$").kind, MatchKind::Suffix);
        assert_eq!(one("^foo$").kind, MatchKind::Whole);
        let negated = one("!foo");
        assert!(negated.negated);
        assert_eq!(negated.kind, MatchKind::Exact);
        assert_eq!(one("!'foo").kind, MatchKind::Fuzzy);
        assert_eq!(one("^foo").text, "foo");
        assert_eq!(one("foo$").text, "foo");
    }

    #[test]
    fn smart_case_and_body_phrases() {
        assert!(!one("kaz").case_sensitive);
        assert!(one("Kaz").case_sensitive);
        assert_eq!(one("'Word").body_phrase, vec!["word"]);
        // A plain word looks in bodies by prefix, from three letters; fields and operators
        // keep it out.
        assert_eq!(one("Tsun").body_prefix.as_deref(), Some("tsun"));
        assert_eq!(one("ts").body_prefix, None);
        assert_eq!(one("person:tsunami").body_prefix, None);
        assert_eq!(one("!tsunami").body_prefix, None);
        assert_eq!(one("^tsunami").body_prefix, None);
        assert!(one("word").body_phrase.is_empty());
        assert!(one("person:'word").body_phrase.is_empty());
        let phrase = one("\"Steppe  eagle\"");
        assert_eq!(phrase.kind, MatchKind::Exact);
        assert_eq!(phrase.text, "Steppe  eagle");
        assert_eq!(phrase.body_phrase, vec!["steppe", "eagle"]);
    }

    #[test]
    fn or_binds_tighter_than_and() {
        let query = Query::parse("^core go$ | rb$").unwrap();
        assert_eq!(query.groups.len(), 2);
        assert_eq!(query.groups[0][0].text, "core");
        let texts: Vec<&str> = query.groups[1].iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["go", "rb"]);
    }

    #[test]
    fn field_terms() {
        let term = one("person:berdiyev");
        assert_eq!(
            (term.field, term.text.as_str()),
            (Field::Person, "berdiyev")
        );
        assert_eq!(one("date:2024").field, Field::Date);
        assert_eq!(one("org:^nato").kind, MatchKind::Prefix);
        assert_eq!(one("!place:russia").field, Field::Place);
        assert_eq!(one("10:30").field, Field::Any);
        assert_eq!(one("person:\"kabul berdiyev\"").text, "kabul berdiyev");
    }

    #[test]
    fn escaped_space_is_part_of_the_term() {
        assert_eq!(one("steppe\\ eagle").text, "steppe eagle");
    }

    #[test]
    fn invalid_queries_are_explained() {
        let error = |q: &str| Query::parse(q).unwrap_err();
        assert_eq!(
            error("!"),
            QueryError::EmptyTerm {
                operator: "!".into()
            }
        );
        assert_eq!(
            error("kaz ! x"),
            QueryError::EmptyTerm {
                operator: "!".into()
            }
        );
        assert_eq!(
            error("colour:red"),
            QueryError::UnknownField {
                field: "colour".into()
            }
        );
        assert_eq!(error("\"steppe eagle"), QueryError::UnclosedQuote);
        assert_eq!(error("| a"), QueryError::DanglingOr);
        assert_eq!(error("a |"), QueryError::DanglingOr);
        assert_eq!(error("a | | b"), QueryError::DanglingOr);
        assert_eq!(
            error("person:"),
            QueryError::EmptyField {
                field: "person".into()
            }
        );
        assert!(error("colour:red").to_string().contains("person:"));
        assert!(error("\"a").to_string().contains("unclosed quote"));
    }

    #[test]
    fn empty_query_matches_everything() {
        assert!(Query::parse("   ").unwrap().is_empty());
    }

    #[test]
    fn typing_one_more_character_narrows() {
        let parse = |q: &str| Query::parse(q).unwrap();
        assert!(parse("kaz").narrows(&parse("ka")));
        assert!(parse("ka x").narrows(&parse("ka")));
        assert!(parse("Kaz").narrows(&parse("ka")));
        assert!(parse("'kazak").narrows(&parse("'kazak")));
        assert!(!parse("ka").narrows(&parse("Ka")));
        assert!(!parse("!kaz").narrows(&parse("!ka")));
        assert!(
            !parse("'kazak").narrows(&parse("'kaz")),
            "body words are whole"
        );
        assert!(!parse("ka | x").narrows(&parse("ka")));
        assert!(!parse("kb").narrows(&parse("ka")));
        assert!(parse("anything").narrows(&parse("")));
        assert!(
            !parse("ab\\ c").narrows(&parse("ab")),
            "a space changes what a term spans"
        );
    }
}
