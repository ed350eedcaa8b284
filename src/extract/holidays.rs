//! Holidays on the same day every year ("Boxing Day", "the Fourth of July"): dates of a month
//! and a day, from `assets/holidays.tsv`.

use std::sync::LazyLock;

use super::lexicon::FastMap;
use super::text::{Token, TokenKind};

/// A holiday's words without spaces (apostrophes straight), with its month and day.
type Holiday = (String, u8, u8);

/// The holidays by their first word.
static HOLIDAYS: LazyLock<FastMap<&'static str, Vec<Holiday>>> = LazyLock::new(|| {
    let mut by_first: FastMap<&'static str, Vec<Holiday>> = FastMap::default();
    for line in crate::text::data_lines(include_str!("../../assets/holidays.tsv")) {
        let Some((name, day)) = line.split_once('\t') else {
            continue;
        };
        let Some((month, day)) = day.trim().split_once('-') else {
            continue;
        };
        let (Ok(month), Ok(day)) = (month.parse(), day.parse()) else {
            continue;
        };
        let first = name
            .split([' ', '\''])
            .next()
            .unwrap_or(name)
            .trim_end_matches('.');
        by_first
            .entry(first)
            .or_default()
            .push((name.replace(' ', ""), month, day));
    }
    by_first
});

/// The holiday whose name starts at token `i`: (its end token, exclusive; month; day).
pub(crate) fn holiday_at<'a>(
    tokens: &[Token],
    i: usize,
    word: &dyn Fn(usize) -> &'a str,
) -> Option<(usize, u8, u8)> {
    tokens
        .get(i)
        .filter(|t| t.cap && t.kind == TokenKind::Word)?;
    let candidates = HOLIDAYS.get(word(i).trim_end_matches('.'))?;
    candidates.iter().find_map(|(name, month, day)| {
        // The tokens' words, run together, must spell the name, and no word run on to its last
        // ("Christmas Day-long").
        let mut spelled = String::new();
        for j in i..tokens.len().min(i + 6) {
            spelled.extend(
                word(j)
                    .chars()
                    .map(|c| if c == '\u{2019}' { '\'' } else { c }),
            );
            if spelled == *name {
                let runs_on = tokens.get(j + 1).is_some_and(|t| {
                    !t.space_before
                        && matches!(
                            t.kind,
                            TokenKind::Word | TokenKind::Number | TokenKind::Punct('-')
                        )
                });
                return (!runs_on).then_some((j + 1, *month, *day));
            }
            if !name.starts_with(spelled.as_str()) {
                return None;
            }
        }
        None
    })
}
