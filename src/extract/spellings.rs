//! One name written with and without its accents. Wires and results services drop them
//! ("Kjaergaard" in the results under a report on Kjærgaard, "KITZBUEHEL" over a story from
//! Kitzbühel), and a reader wants one fact for the one person or place.

use super::lexicon::FastMap as HashMap;
use super::lexicon::{ascii_folded, note_sole_value};
use std::borrow::Cow;

/// The plain forms of an accented word, lowercase: its letters without their accents
/// ("ivkovic" for "Ivković"), and spelled out the German and Nordic way ("bjoern" for "Bjørn",
/// "kitzbuehel" for "Kitzbühel").
fn plain_forms(word: &str) -> [Option<String>; 2] {
    let lower = word.to_lowercase();
    let mut stripped = String::with_capacity(lower.len());
    let mut spelled = String::with_capacity(lower.len() + 2);
    for c in lower.chars() {
        let (strip, spell): (&str, &str) = match c {
            'ä' => ("a", "ae"),
            'ö' | 'ø' => ("o", "oe"),
            'ü' => ("u", "ue"),
            'å' => ("a", "aa"),
            'æ' => ("ae", "ae"),
            'œ' => ("oe", "oe"),
            'ß' => ("ss", "ss"),
            c => {
                let mut buffer = [0u8; 4];
                let Some(plain) = ascii_folded(c.encode_utf8(&mut buffer)) else {
                    return [None, None];
                };
                stripped.push_str(&plain);
                spelled.push_str(&plain);
                continue;
            }
        };
        stripped.push_str(strip);
        spelled.push_str(spell);
    }
    let spelled = (spelled != stripped).then_some(spelled);
    [Some(stripped), spelled]
}

/// Each plain form of an accented word in the names, with the one accented word it stands for.
pub(crate) struct AccentedWords(HashMap<String, Option<String>>);

impl AccentedWords {
    pub(crate) fn of<'n>(names: impl Iterator<Item = &'n str>) -> Self {
        let mut by_plain = HashMap::default();
        for word in names.flat_map(str::split_whitespace) {
            if word.is_ascii() {
                continue;
            }
            for plain in plain_forms(word).into_iter().flatten() {
                note_sole_value(&mut by_plain, plain, word);
            }
        }
        AccentedWords(by_plain)
    }

    /// The name with each plain word the article also writes with accents written with them.
    pub(crate) fn respelled<'n>(&self, name: &'n str) -> Cow<'n, str> {
        if self.0.is_empty() || !name.is_ascii() {
            return Cow::Borrowed(name);
        }
        let mut respelled = false;
        let words: Vec<&str> = name
            .split(' ')
            .map(|word| {
                let accented = self
                    .0
                    .get(&word.to_ascii_lowercase())
                    .and_then(Option::as_deref);
                respelled |= accented.is_some();
                accented.unwrap_or(word)
            })
            .collect();
        if respelled {
            Cow::Owned(words.join(" "))
        } else {
            Cow::Borrowed(name)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_words_take_the_accents_the_article_gives_them() {
        let words =
            AccentedWords::of(["Jens Kjærgaard", "Bjørn Haugsrud", "Kitzbühel"].into_iter());
        assert_eq!(words.respelled("Kjaergaard"), "Kjærgaard");
        assert_eq!(words.respelled("Bjoern Haugsrud"), "Bjørn Haugsrud");
        assert_eq!(words.respelled("Bjorn"), "Bjørn");
        assert_eq!(words.respelled("KITZBUEHEL"), "Kitzbühel");
        assert_eq!(words.respelled("Kitzbuhel"), "Kitzbühel");
        assert_eq!(words.respelled("Haugsrud"), "Haugsrud");
        assert_eq!(words.respelled("Kitzbuel"), "Kitzbuel");
    }

    #[test]
    fn a_plain_word_two_accented_words_share_stays_as_written() {
        let words = AccentedWords::of(["Müller", "Muller", "Mùller"].into_iter());
        assert_eq!(words.respelled("Muller"), "Muller");
        assert_eq!(words.respelled("Mueller"), "Müller");
    }
}
