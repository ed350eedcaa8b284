//! An article laid out for a pane of a given width: wrapped once per (article, width), each
//! line remembering the char range of the article text it shows, so a frame renders only the
//! visible slice and highlights map straight onto lines.

use super::sanitize::{sanitize, sanitize_label};
use crate::archive::{Article, BlockKind};
use crate::span::{CharIndex, Span};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Title,
    /// Byline · source · date: composed, so it has no single source range.
    Meta,
    Caption,
    Heading,
    Paragraph,
    Blank,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DocLine {
    pub kind: LineKind,
    /// Sanitised text; when `source` is set its chars correspond 1:1 to the source range.
    pub text: String,
    pub source: Option<Span>,
}

impl DocLine {
    fn blank() -> Self {
        DocLine {
            kind: LineKind::Blank,
            text: String::new(),
            source: None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Document {
    pub width: u16,
    pub lines: Vec<DocLine>,
    /// `(source start, line number)` of every line with a source range, ascending.
    starts: Vec<(usize, usize)>,
    /// Only the article's first blocks: shown while the whole is laid out off the UI thread.
    pub partial: bool,
}

impl Document {
    /// Lays the article out for `width` columns.
    pub fn layout(article: &Article, width: u16) -> Self {
        Document::layout_indexed(article, &CharIndex::new(&article.text), width)
    }

    /// [`Document::layout`] with the article's char index, built once when it was opened.
    pub fn layout_indexed(article: &Article, index: &CharIndex, width: u16) -> Self {
        Document::layout_first(article, index, width, usize::MAX)
    }

    /// Lays out the article's first blocks, up to about `chars` chars of text (whole blocks):
    /// a first screen of a long article at once.
    pub fn layout_first(article: &Article, index: &CharIndex, width: u16, chars: usize) -> Self {
        let width = width.max(1);
        let mut lines = Vec::new();
        let blocks = readable_blocks(article, index);
        let mut blocks = blocks.into_iter().peekable();

        let title_span = match &article.title {
            Some(title) => Some(title.span),
            // No parsed title: the first block stands in for it.
            None => blocks.next_if(|_| true).map(|(_, span)| span),
        };
        if let Some(span) = title_span {
            push_wrapped(
                &mut lines,
                &article.text,
                index,
                span,
                LineKind::Title,
                width,
            );
        }
        let meta = meta_line(article);
        if !meta.is_empty() {
            let byline = byline_source(article, index);
            for (n, piece) in wrap_ranges(&meta, width as usize).into_iter().enumerate() {
                let text: String = meta.chars().skip(piece.start).take(piece.len()).collect();
                // The byline opens the line as printed: it maps back to the text, so its
                // names are coloured and marked as the body's are.
                let source = byline.filter(|b| n == 0 && b.len() <= piece.len());
                lines.push(DocLine {
                    kind: LineKind::Meta,
                    text,
                    source,
                });
            }
        }
        let mut laid_out = 0usize;
        let mut partial = false;
        for (kind, span) in blocks {
            if laid_out >= chars {
                partial = true;
                break;
            }
            // One block may be megabytes: the preview takes its start only.
            let room = chars - laid_out;
            let span = if span.len() > room {
                partial = true;
                Span::new(span.start, span.start + room)
            } else {
                span
            };
            laid_out += span.len();
            lines.push(DocLine::blank());
            let kind = match kind {
                BlockKind::Caption => LineKind::Caption,
                BlockKind::Heading => LineKind::Heading,
                BlockKind::Paragraph => LineKind::Paragraph,
            };
            push_wrapped(&mut lines, &article.text, index, span, kind, width);
        }
        let mut starts: Vec<(usize, usize)> = lines
            .iter()
            .enumerate()
            .filter_map(|(n, line)| line.source.map(|s| (s.start, n)))
            .collect();
        starts.sort();
        Document {
            width,
            lines,
            starts,
            partial,
        }
    }

    /// The line showing char `offset`, or the nearest line before it.
    pub fn line_of(&self, offset: usize) -> Option<usize> {
        let after = self.starts.partition_point(|(start, _)| *start <= offset);
        after
            .checked_sub(1)
            .map(|i| self.starts[i].1)
            .or_else(|| self.starts.first().map(|(_, line)| *line))
    }

    /// The first source char shown at or after line `line`: a width-independent scroll anchor.
    pub fn anchor_of(&self, line: usize) -> Option<usize> {
        self.lines
            .iter()
            .skip(line)
            .find_map(|l| l.source.map(|s| s.start))
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }
}

/// The article's blocks, or, before the parser has found any, its blank-line-separated chunks.
fn readable_blocks(article: &Article, index: &CharIndex) -> Vec<(BlockKind, Span)> {
    if !article.blocks.is_empty() {
        return article.blocks.iter().map(|b| (b.kind, b.span)).collect();
    }
    let mut blocks = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in article.text.split_inclusive('\n') {
        let line_end = offset + line.len();
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                blocks.push((BlockKind::Paragraph, index.span_of_bytes(s..end)));
            }
        } else {
            start.get_or_insert(offset);
            end = offset + line.trim_end().len();
        }
        offset = line_end;
    }
    if let Some(s) = start {
        blocks.push((BlockKind::Paragraph, index.span_of_bytes(s..end)));
    }
    blocks
}

/// The byline's span, when the meta line shows it exactly as the text has it.
fn byline_source(article: &Article, index: &CharIndex) -> Option<Span> {
    let byline = article.byline.as_ref()?;
    let original = index.slice(&article.text, byline.span);
    (sanitize_label(&byline.text) == original).then_some(byline.span)
}

fn meta_line(article: &Article) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(byline) = &article.byline {
        parts.push(sanitize_label(&byline.text));
    }
    if let Some(source) = &article.source {
        parts.push(sanitize_label(&source.text));
    }
    if let Some(section) = &article.section {
        parts.push(sanitize_label(&section.text));
    }
    if let Some(published) = &article.published {
        let iso = published.date.iso();
        parts.push(if iso.is_empty() {
            sanitize_label(&published.text)
        } else {
            iso
        });
    }
    parts.join(" · ")
}

fn push_wrapped(
    lines: &mut Vec<DocLine>,
    text: &str,
    index: &CharIndex,
    span: Span,
    kind: LineKind,
    width: u16,
) {
    let safe = sanitize(index.slice(text, span));
    let safe_index = CharIndex::new(&safe);
    for range in wrap_ranges(&safe, width as usize) {
        let piece = Span::new(range.start, range.end);
        lines.push(DocLine {
            kind,
            text: safe_index.slice(&safe, piece).to_owned(),
            source: Some(Span::new(span.start + range.start, span.start + range.end)),
        });
    }
}

/// Greedy word wrap in terminal cells: breaks at spaces, splits words longer than a line at
/// grapheme boundaries, and drops the spaces at the break. Returns char ranges of `text`.
pub fn wrap_ranges(text: &str, width: usize) -> Vec<std::ops::Range<usize>> {
    struct Grapheme {
        start: usize,
        end: usize,
        width: usize,
        space: bool,
    }
    let width = width.max(1);
    let mut graphemes = Vec::new();
    let mut chars = 0;
    for g in text.graphemes(true) {
        let len = g.chars().count();
        graphemes.push(Grapheme {
            start: chars,
            end: chars + len,
            width: g.width(),
            space: g.chars().all(char::is_whitespace),
        });
        chars += len;
    }
    let mut lines = Vec::new();
    let mut i = 0;
    while i < graphemes.len() {
        while i < graphemes.len() && graphemes[i].space {
            i += 1;
        }
        if i == graphemes.len() {
            break;
        }
        let start = i;
        let mut used = 0;
        let mut last_space = None;
        let mut j = i;
        while j < graphemes.len() {
            if graphemes[j].space {
                last_space = Some(j);
            }
            if used + graphemes[j].width > width && j > start {
                break;
            }
            used += graphemes[j].width;
            j += 1;
        }
        let end = if j < graphemes.len() && !graphemes[j].space {
            last_space.filter(|&s| s > start).unwrap_or(j)
        } else {
            j
        };
        let mut trimmed = end;
        while trimmed > start && graphemes[trimmed - 1].space {
            trimmed -= 1;
        }
        lines.push(graphemes[start].start..graphemes[trimmed - 1].end);
        i = end;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrapped(text: &str, width: usize) -> Vec<String> {
        wrap_ranges(text, width)
            .into_iter()
            .map(|r| text.chars().skip(r.start).take(r.len()).collect())
            .collect()
    }

    #[test]
    fn wraps_at_spaces_and_splits_long_words() {
        assert_eq!(wrapped("the cat sat on", 7), ["the cat", "sat on"]);
        assert_eq!(wrapped("abcdefgh", 3), ["abc", "def", "gh"]);
        assert_eq!(wrapped("  ", 3), Vec::<String>::new());
    }

    #[test]
    fn wide_characters_count_two_cells() {
        for line in wrapped("日本語のテキスト 😀😀 e\u{301}e\u{301}", 5) {
            assert!(line.as_str().width() <= 5, "{line:?}");
        }
        assert_eq!(wrapped("日本語", 4), ["日本", "語"]);
    }

    #[test]
    fn lines_point_into_the_article_text() {
        let article = crate::archive::parse_article(
            "a.txt",
            "Headline here\n\nFirst para\u{1b}[31m text.\n\nSecond.",
        );
        let doc = Document::layout(&article, 12);
        for line in doc.lines.iter().filter(|l| l.source.is_some()) {
            let source = article.slice(line.source.unwrap());
            assert_eq!(sanitize(&source), line.text);
        }
        assert_eq!(doc.lines[0].kind, LineKind::Title);
        let second = article.text.find("Second").unwrap();
        let line = doc.line_of(second).unwrap();
        assert_eq!(doc.lines[line].text, "Second.");
    }
}
