//! Making untrusted article text safe to put on a terminal.
//!
//! Article text may carry escape sequences (OSC 8 links, OSC 52 clipboard writes, CSI colour
//! changes), C0/C1 controls, and invisible bidi or zero-width characters that reorder or hide
//! what the reader sees. Every char is mapped to exactly one visible char, so char offsets in
//! the sanitised text are the article's own offsets and highlights stay aligned. The reader,
//! the CLI and the notes printers all go through here.

/// Shown for invisible formatting characters (bidi overrides, zero-width spaces, tag chars).
pub const INVISIBLE_STAND_IN: char = '\u{2370}'; // ⍰

/// The entries of a word list in `assets/`: one per line, trimmed; blank lines and `#`
/// comments left out.
/// `1 article`, `3 articles`: a count with its noun in the right number.
pub fn counted(count: u64, noun: &str) -> String {
    if count == 1 {
        format!("1 {noun}")
    } else {
        format!("{count} {noun}s")
    }
}

pub fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The visible stand-in for a char that must not reach a terminal, or `None` when it is safe.
pub fn visible_stand_in(ch: char) -> Option<char> {
    match ch {
        '\t' | '\n' | '\r' => Some(' '),
        // C0 controls map onto the Control Pictures block: ESC becomes ␛, BEL ␇.
        '\u{0}'..='\u{1f}' => {
            Some(char::from_u32(0x2400 + ch as u32).unwrap_or(INVISIBLE_STAND_IN))
        }
        '\u{7f}' => Some('\u{2421}'), // ␡
        '\u{80}'..='\u{9f}' => Some('\u{fffd}'),
        _ if is_invisible_format(ch) => Some(INVISIBLE_STAND_IN),
        _ => None,
    }
}

/// The char itself when it is safe to print, else its visible stand-in.
pub fn safe_char(ch: char) -> char {
    visible_stand_in(ch).unwrap_or(ch)
}

/// Bidi controls, zero-width and other invisible format characters. ZWJ is kept: it joins
/// emoji sequences and cannot reorder or hide text on its own.
pub fn is_invisible_format(ch: char) -> bool {
    matches!(ch,
        '\u{00ad}'
        | '\u{061c}'
        | '\u{115f}' | '\u{1160}'
        | '\u{180e}'
        | '\u{200b}' | '\u{200c}' | '\u{200e}' | '\u{200f}'
        | '\u{2028}'..='\u{202e}'
        | '\u{2060}'..='\u{206f}'
        | '\u{3164}'
        | '\u{feff}'
        | '\u{fff9}'..='\u{fffb}'
        | '\u{1d173}'..='\u{1d17a}'
        | '\u{e0000}'..='\u{e007f}')
}

/// The text with every char made safe; same number of chars as the input.
pub fn sanitize(text: &str) -> String {
    text.chars().map(safe_char).collect()
}

/// A one-line label (title, source, fact): sanitised, with runs of whitespace collapsed.
pub fn sanitize_label(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_space = true;
    for ch in text.chars().map(safe_char) {
        if ch.is_whitespace() {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            out.push(ch);
            last_space = false;
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Text laid out in lines (a report, an export): line breaks and tabs kept, every other char
/// made safe as [`sanitize`] does.
pub fn sanitize_lines(text: &str) -> String {
    text.chars()
        .map(|ch| match ch {
            '\n' | '\t' => ch,
            ch => safe_char(ch),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_and_keep_offsets() {
        let raw = "a\u{1b}]52;c;ZXZpbA==\u{7}b\u{1b}[31mc\u{9b}d\u{202e}e\u{200b}f\tg";
        let safe = sanitize(raw);
        assert_eq!(safe.chars().count(), raw.chars().count());
        assert!(safe.chars().all(|c| !c.is_control()), "{safe:?}");
        assert!(safe.contains('␛') && safe.contains('␇'));
        assert!(!safe.contains('\u{202e}') && !safe.contains('\u{200b}'));
    }

    #[test]
    fn zero_width_joiner_keeps_emoji_sequences_whole() {
        let family = "👩\u{200d}👩\u{200d}👧";
        assert_eq!(sanitize(family), family);
    }

    #[test]
    fn labels_collapse_whitespace() {
        assert_eq!(sanitize_label("  A\n\tB  "), "A B");
    }

    #[test]
    fn lines_keep_their_layout_and_nothing_else() {
        assert_eq!(
            sanitize_lines("a\tb\r\nc\u{1b}[2J\u{9b}\u{202e}"),
            "a\tb \nc␛[2J\u{fffd}\u{2370}"
        );
    }
}
