//! Vessels and aircraft: "HMAS Adelaide", "USS Carney", "JS Osumi" after a navy's prefix;
//! "F-15E Strike Eagle", "P-8A Poseidon" after a type's designation. None is a person, place
//! or body, nor is the town a ship is named after a place there.

use super::Reader;

/// The prefixes navies write before a ship's name ("HMAS Adelaide", "USS Carney"); not those
/// that are also a body's initials ("SS Lazio", "RSS").
const SHIP_PREFIXES: [&str; 22] = [
    "HMS", "HMAS", "HMCS", "HMNZS", "USS", "USNS", "USCGC", "INS", "JS", "FGS", "BRP", "FNS",
    "ROKS", "PNS", "KRI", "TCG", "HNLMS", "HDMS", "HSwMS", "NRP", "ESPS", "KD",
];

/// Whether `word` is an aircraft's or a weapon's type designation ("F-15E", "P-8A", "MV-22",
/// "CP-140", "Su-35"): up to three letters, a hyphen, and a number with perhaps a letter.
fn is_type_designation(word: &str) -> bool {
    let Some((letters, number)) = word.split_once('-') else {
        return false;
    };
    (1..=3).contains(&letters.len())
        && letters.starts_with(|c: char| c.is_ascii_uppercase())
        && letters.chars().all(|c| c.is_ascii_alphabetic())
        && number.starts_with(|c: char| c.is_ascii_digit())
        && number.len() <= 5
        && number.chars().all(|c| c.is_ascii_alphanumeric())
}

impl Reader<'_> {
    /// Whether the name at `a..b` is a vessel's or an aircraft's: a prefix or a designation
    /// and a name after it ("the G-20 Interfaith Conference": a listed body's short name of
    /// the same shape is none).
    pub(super) fn names_a_vehicle(&self, a: usize, b: usize) -> bool {
        let first = self.word(a);
        b - a >= 2
            && (SHIP_PREFIXES.contains(&first)
                || (is_type_designation(first) && !self.lex.organizations.contains_key(first)))
    }
}
