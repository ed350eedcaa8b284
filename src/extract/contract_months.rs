//! Months that name a futures contract in a market report ("November robusta settled at
//! $1,542", "The December contract ended lower", "January closed $58 higher"): the delivery
//! month a contract is traded by, not a time the article places anything at.

use super::text::{Token, TokenKind};

/// What is traded by a delivery month: the contract itself or the commodity, bond or index.
const CONTRACT_WORDS: [&str; 6] = [
    "contract",
    "contracts",
    "future",
    "futures",
    "option",
    "options",
];

/// Commodities and securities a market report names by their delivery month ("November
/// robusta", "December Bund").
const TRADED: [&str; 30] = [
    "robusta",
    "arabica",
    "coffee",
    "cocoa",
    "sugar",
    "wheat",
    "corn",
    "maize",
    "soybeans",
    "soymeal",
    "soyoil",
    "cotton",
    "crude",
    "brent",
    "gasoil",
    "gold",
    "silver",
    "copper",
    "aluminium",
    "aluminum",
    "nickel",
    "zinc",
    "platinum",
    "palladium",
    "rubber",
    "bund",
    "bunds",
    "gilt",
    "gilts",
    "bond",
];

/// What a contract does in a session's report ("settled at", "closed $58 higher", "was up").
const SESSION_VERBS: [&str; 16] = [
    "settled", "closed", "ended", "finished", "opened", "traded", "was", "were", "stood", "rose",
    "fell", "eased", "firmed", "slipped", "gained", "lost",
];

/// Words before a month that make it a time: "in November", "for October shipment".
const TIME_PREPOSITIONS: [&str; 14] = [
    "in", "on", "by", "for", "since", "until", "till", "from", "to", "during", "before", "after",
    "through", "between",
];

/// Whether the month named by token `i` alone names a contract (see the module's doc): it
/// follows no preposition of time, and a contract's word comes within three words after it
/// ("the December notional bond future"), or a traded commodity, after up to two capitalised
/// words of its market ("December London cocoa"), that a session's verb or "on" follows, or,
/// opening its sentence, the month itself does a session's verb with a price ("January closed
/// $58 higher").
pub(crate) fn names_a_contract<'a>(
    tokens: &[Token],
    i: usize,
    word: &impl Fn(usize) -> &'a str,
) -> bool {
    // (Compared without case rather than lowered: each lowering would allocate.)
    let among = |k: usize, words: &[&str]| words.iter().any(|w| w.eq_ignore_ascii_case(word(k)));
    if i > 0 && among(i - 1, &TIME_PREPOSITIONS) {
        return false;
    }
    let is_word = |k: usize| tokens.get(k).is_some_and(Token::is_word);
    let contract_follows = (i + 1..i + 4)
        .take_while(|&k| is_word(k))
        .any(|k| among(k, &CONTRACT_WORDS));
    if contract_follows {
        return true;
    }
    let mut k = i + 1;
    while k < i + 3 && is_word(k) && tokens[k].cap && !among(k, &TRADED) {
        k += 1;
    }
    let traded = is_word(k) && among(k, &TRADED);
    let session = |k: usize| is_word(k) && (among(k, &SESSION_VERBS) || among(k, &["on"]));
    if traded && session(k + 1) {
        return true;
    }
    // "January closed $58 higher at $1,498", "January ended $35 down".
    let priced = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Number || matches!(t.kind, TokenKind::Punct('$' | '£' | '€'))
        }) || matches!(
            word(k),
            "at" | "up" | "down" | "higher" | "lower" | "unchanged"
        )
    };
    tokens[i].sentence_start
        && among(i + 1, &["settled", "closed", "ended", "finished", "opened"])
        && priced(i + 2)
}
