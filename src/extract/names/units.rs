//! Military units named with the units they belong to: "3rd Battalion, 321st Field Artillery
//! Regiment", "Abel Battery, 3rd Battalion", "2nd Brigade Combat Team, 82nd Airborne
//! Division", "2nd Battalion, Royal Australian Regiment". The commas join one unit's
//! designation, from the smallest echelon up, so the chain is one organisation, not a list of
//! several.

use super::{Reader, ZoneNames};
use crate::extract::text::TokenKind;
use crate::facts::EntityKind;

/// Why a chain of units is one organisation.
const CHAIN_WHY: &str =
    "a military unit named with the units it belongs to (\"3rd Battalion, 6th Marines\")";

/// How high a unit's noun stands in the order of command, smallest first; none for a word
/// that names no unit. "Marines" after an ordinal is a regiment ("6th Marines").
fn echelon(word: &str) -> Option<u8> {
    Some(match word {
        "Team" | "Squad" | "Section" => 1,
        "Platoon" | "Detachment" | "Flight" => 2,
        "Company" | "Battery" | "Troop" => 3,
        "Battalion" | "Squadron" => 4,
        "Regiment" | "Group" | "Marines" => 5,
        "Brigade" | "Wing" => 6,
        "Division" => 7,
        "Corps" => 8,
        "Army" | "Fleet" | "Command" | "Force" => 9,
        _ => return None,
    })
}

/// One unit of a chain: its tokens and its echelon.
struct Piece {
    start: usize,
    end: usize,
    echelon: u8,
}

impl Reader<'_> {
    /// Replaces what the rules read inside each chain of units with one organisation.
    pub(super) fn military_unit_chains(&self, out: &mut ZoneNames) {
        // Most articles name no unit: one look at each word spares the rest.
        let any_unit =
            (0..self.tokens.len()).any(|k| self.tokens[k].cap && echelon(self.word(k)).is_some());
        if !any_unit {
            return;
        }
        let mut i = 0;
        while i < self.tokens.len() {
            let Some(first) = self.unit_piece(i, false) else {
                i += 1;
                continue;
            };
            let mut pieces = vec![first];
            while let Some(last) = pieces.last() {
                let next = last.end + 1;
                let joined = self.tokens.get(last.end).is_some_and(|t| t.is_punct(','));
                match self
                    .unit_piece(next, true)
                    .or_else(|| self.named_regiment(next))
                {
                    Some(piece) if joined && piece.echelon > last.echelon => pieces.push(piece),
                    _ => break,
                }
            }
            let (start, end) = (pieces[0].start, pieces[pieces.len() - 1].end);
            if pieces.len() >= 2 {
                self.replace_with_unit(out, start, end);
            }
            i = end.max(i + 1);
        }
    }

    /// The unit whose designation opens at token `i`: an ordinal, then capitalised words up to
    /// a unit's noun ("321st Field Artillery Regiment", "6th Marines"); or, opening a chain,
    /// one or two capitalised words before a company's noun ("Abel Battery", "Alpha Company").
    fn unit_piece(&self, i: usize, ordinal_only: bool) -> Option<Piece> {
        let numbered = self.tokens.get(i).is_some_and(|t| {
            t.kind == TokenKind::Number && super::is_ordinal(self.word(i)) && t.space_before
        });
        if ordinal_only && !numbered {
            return None;
        }
        let words_from = if numbered { i + 1 } else { i };
        let mut best = None;
        let mut rank = 0;
        for k in words_from..(words_from + 4).min(self.tokens.len()) {
            if !self.is_cap_word(k) {
                break;
            }
            if let Some(e) = echelon(self.word(k)) {
                // "2nd Brigade Combat Team": the unit is as high as its highest noun.
                rank = rank.max(e);
                best = Some(Piece {
                    start: i,
                    end: k + 1,
                    echelon: rank,
                });
            }
        }
        let piece = best?;
        let lettered_company = !numbered && piece.end - i <= 3 && piece.echelon <= 3;
        (numbered || lettered_company).then_some(piece)
    }

    /// A regiment named without a number, ending a chain ("2nd Battalion, Royal Australian
    /// Regiment"); not one of a list ("..., Parachute Regiment and the Royal Marines").
    fn named_regiment(&self, i: usize) -> Option<Piece> {
        let end = (i..(i + 4).min(self.tokens.len()))
            .take_while(|&k| self.is_cap_word(k))
            .find(|&k| self.word(k) == "Regiment")?
            + 1;
        let listed_on = self
            .tokens
            .get(end)
            .is_some_and(|t| t.is_word() && matches!(self.word(end), "and" | "or"));
        (!listed_on).then_some(Piece {
            start: i,
            end,
            echelon: 5,
        })
    }

    fn replace_with_unit(&self, out: &mut ZoneNames, a: usize, b: usize) {
        out.forget_inside(self.tokens[a].start, self.tokens[b - 1].end);
        let name = self.span_text(a, b).to_owned();
        self.push(out, a, b, EntityKind::Organization, name);
        Self::mark(out, super::CUE, CHAIN_WHY);
    }
}
