//! Spans marked in the open article — the selected fact's mentions, or the matches of a find —
//! and the one last stepped to with `n`/`N`.

use crate::span::Span;

/// What the marks are, for the counter: "mention 2/5", "match 3/11".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MarkKind {
    #[default]
    Mention,
    /// A find's matches.
    Match,
    /// The body words of the list filter's query.
    QueryWord,
}

impl MarkKind {
    pub fn label(self) -> &'static str {
        match self {
            MarkKind::Mention => "mention",
            MarkKind::Match | MarkKind::QueryWord => "match",
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marks {
    /// In text order.
    spans: Vec<Span>,
    current: usize,
    kind: MarkKind,
    /// The longest mark's length, for `touching`'s search window.
    longest: usize,
}

impl Marks {
    pub fn new(mut spans: Vec<Span>, kind: MarkKind) -> Self {
        spans.sort();
        let longest = spans.iter().map(Span::len).max().unwrap_or(0);
        Marks {
            spans,
            current: 0,
            kind,
            longest,
        }
    }

    pub fn spans(&self) -> &[Span] {
        &self.spans
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    pub fn kind(&self) -> MarkKind {
        self.kind
    }

    /// The index of the mark last stepped to.
    pub fn current_index(&self) -> usize {
        self.current
    }

    pub fn current(&self) -> Option<Span> {
        self.spans.get(self.current).copied()
    }

    /// Steps `step` marks on, wrapping around.
    pub fn step(&mut self, step: isize) {
        let count = self.spans.len() as isize;
        if count > 0 {
            self.current = (self.current as isize + step).rem_euclid(count) as usize;
        }
    }

    /// Makes the first mark at or after `char_offset` current (the first one if none is).
    pub fn go_to_first_from(&mut self, char_offset: usize) {
        let at = self.spans.partition_point(|s| s.start < char_offset);
        self.current = if at < self.spans.len() { at } else { 0 };
    }

    /// "match 3/11", for the status line.
    pub fn counter(&self) -> String {
        format!(
            "{} {}/{}",
            self.kind.label(),
            self.current + 1,
            self.spans.len()
        )
    }

    /// The marks that may touch `range`: a binary search, so a frame costs the marks it shows.
    pub fn touching(&self, range: Span) -> &[Span] {
        // No mark touching the range starts more than the longest mark before it.
        let from = self
            .spans
            .partition_point(|s| s.start + self.longest < range.start);
        let to = self.spans.partition_point(|s| s.start < range.end);
        &self.spans[from..to.max(from)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_wrap_and_the_first_from_a_position_is_found() {
        let spans = vec![Span::new(30, 35), Span::new(5, 8), Span::new(60, 70)];
        let mut marks = Marks::new(spans, MarkKind::Match);
        assert_eq!(marks.current(), Some(Span::new(5, 8)), "text order");
        marks.go_to_first_from(31);
        assert_eq!(marks.current(), Some(Span::new(60, 70)));
        assert_eq!(marks.counter(), "match 3/3");
        marks.step(1);
        assert_eq!(marks.current(), Some(Span::new(5, 8)), "wraps");
        marks.step(-1);
        assert_eq!(marks.current_index(), 2);
        marks.go_to_first_from(71);
        assert_eq!(marks.current_index(), 0, "none after: the first");
    }

    #[test]
    fn touching_returns_exactly_the_marks_that_can_overlap_a_range() {
        let spans: Vec<Span> = (0..100).map(|i| Span::new(i * 10, i * 10 + 4)).collect();
        let marks = Marks::new(spans, MarkKind::Match);
        let near: Vec<Span> = marks.touching(Span::new(42, 61)).to_vec();
        assert!(near.contains(&Span::new(50, 54)) && near.contains(&Span::new(60, 64)));
        assert!(near.iter().all(|s| s.start < 61 && s.start + 4 >= 42));
        assert!(marks.touching(Span::new(2000, 2100)).is_empty());
    }
}
