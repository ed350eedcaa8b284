//! Making untrusted article text safe to print: no control character or escape sequence of
//! the file ever reaches a terminal raw.
//!
//! Every replacement maps one char to one char, so char spans into the original text stay
//! valid on the sanitised text.

/// The visible stand-in for a char that must not reach a terminal, or `None` when it is safe.
///
/// C0 controls become their U+2400 "control picture" (ESC shows as ␛), DEL ␡, C1 controls and
/// invisible format characters (bidi overrides, zero-width joiners) a visible `�`-free marker.
pub fn visible_stand_in(c: char) -> Option<char> {
    match c {
        '\t' => Some(' '),
        '\u{0}'..='\u{1f}' => char::from_u32(0x2400 + c as u32),
        '\u{7f}' => Some('␡'),
        '\u{80}'..='\u{9f}' => Some('¿'),
        // Bidi embeddings, overrides and isolates can reorder what the terminal shows.
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{61c}' => {
            Some('¦')
        }
        // Zero-width and other invisible format characters.
        '\u{200b}'..='\u{200d}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{ad}' => Some('·'),
        _ => None,
    }
}

/// The text with every unsafe char replaced by its visible stand-in (line breaks included).
pub fn sanitize(text: &str) -> String {
    text.chars()
        .map(|c| visible_stand_in(c).unwrap_or(c))
        .collect()
}

/// The text as one safe line: runs of whitespace (line breaks included) become one space.
pub fn single_line(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    sanitize(&joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_and_keep_offsets() {
        let hostile = "a\u{1b}]52;c;ZXZpbA==\u{7}b\u{1b}[31mc\u{9b}d\u{202e}e\u{200b}f";
        let safe = sanitize(hostile);
        assert_eq!(safe.chars().count(), hostile.chars().count());
        assert!(!safe.chars().any(|c| c.is_control()));
        assert!(safe.contains('␛'));
        assert!(!safe.contains('\u{202e}'));
    }

    #[test]
    fn single_line_folds_line_breaks() {
        assert_eq!(single_line("Two\n  lines\r\n"), "Two lines");
    }
}
