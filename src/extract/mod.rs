//! Fact extraction: people, places, organisations, events, dates and quotes.
//!
//! The engine reads an article zone by zone (title, byline, captions and their credits, headings,
//! paragraphs), finds names by capitalisation and the cues around them (titles, roles, speech
//! verbs, organisation and place cue words) and by gazetteers embedded from `assets/`, then merges
//! the mentions of each real-world entity. It knows nothing of the terminal.

mod assemble;
mod dates;
mod lexicon;
mod names;
mod quotes;
pub mod score;
mod text;

use crate::archive::{Article, BlockKind};
use crate::date::PartialDate;
use crate::facts::Facts;
use crate::span::CharIndex;
use names::ZoneKind;

/// A part of the text read as a unit, byte range into the text.
#[derive(Clone, Debug)]
pub(crate) struct Zone {
    pub start: usize,
    pub end: usize,
    pub kind: ZoneKind,
}

/// The facts in a parsed article: only its readable blocks (captions, headings, paragraphs)
/// and header fields are read, not boilerplate or comments.
pub fn extract_article(article: &Article) -> Facts {
    if article.blocks.is_empty() {
        return extract_text(&article.text);
    }
    let index = CharIndex::new(&article.text);
    let bytes = |span: crate::span::Span| index.bytes_of_span(span);
    let mut zones = Vec::new();
    let mut push = |range: std::ops::Range<usize>, kind: ZoneKind| {
        if range.start < range.end {
            zones.push(Zone {
                start: range.start,
                end: range.end,
                kind,
            });
        }
    };
    let covered = |span: crate::span::Span| article.blocks.iter().any(|b| b.span.covers(span));
    if let Some(title) = &article.title
        && !covered(title.span)
    {
        push(bytes(title.span), ZoneKind::Title);
    }
    if let Some(byline) = &article.byline
        && !covered(byline.span)
    {
        push(bytes(byline.span), ZoneKind::Byline);
    }
    if let Some(dateline) = &article.dateline
        && !covered(dateline.span)
    {
        push(bytes(dateline.span), ZoneKind::Dateline);
    }
    if let Some(published) = &article.published
        && !covered(published.span)
    {
        push(bytes(published.span), ZoneKind::Published);
    }
    for block in &article.blocks {
        let range = bytes(block.span);
        match (block.kind, block.credit) {
            (BlockKind::Caption, Some(credit)) => {
                let credit = bytes(credit);
                push(range.start..credit.start.max(range.start), ZoneKind::Body);
                push(credit.clone(), ZoneKind::Credit);
                push(credit.end.min(range.end)..range.end, ZoneKind::Body);
            }
            _ => push(range, ZoneKind::Body),
        }
    }
    zones.sort_by_key(|z| z.start);
    let published = article.published.as_ref().map(|p| p.date);
    assemble::extract(&article.text, &index, &zones, published)
}

/// The facts in any text, well-formed article or not.
pub fn extract_text(text: &str) -> Facts {
    let (zones, published) = raw_zones(text);
    assemble::extract(text, &CharIndex::new(text), &zones, published)
}

/// Zones of a text that has not been parsed: one per line, with bylines, bracketed credits and
/// "Images source:" credits told apart, and a line that is only a full date taken as the
/// publication date.
fn raw_zones(text: &str) -> (Vec<Zone>, Option<PartialDate>) {
    let mut zones = Vec::new();
    let mut published = None;
    let mut offset = 0;
    let mut first_line = true;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim_end();
        let lead = trimmed.len() - trimmed.trim_start().len();
        let content = trimmed.trim_start();
        if content.is_empty() {
            continue;
        }
        let start = start + lead;
        let end = start + content.len();
        let kind_of_first =
            if first_line && !content.ends_with('.') && content.split_whitespace().count() <= 20 {
                ZoneKind::Title
            } else {
                ZoneKind::Body
            };
        first_line = false;
        if let Some(rest) = content.strip_prefix("By ")
            && rest.split_whitespace().count() <= 5
            && !rest.ends_with('.')
        {
            zones.push(Zone {
                start: end - rest.len(),
                end,
                kind: ZoneKind::Byline,
            });
            continue;
        }
        if let Some(colon) = content.find("source:").or_else(|| content.find("Source:"))
            && colon < 20
        {
            zones.push(Zone {
                start: start + colon + 7,
                end,
                kind: ZoneKind::Credit,
            });
            continue;
        }
        if published.is_none()
            && content.len() <= 60
            && content.bytes().any(|b| b.is_ascii_digit())
            && let Some(date) = assemble::whole_line_date(text, start..end)
        {
            published = Some(date);
        }
        if content.ends_with(']')
            && let Some(open) = content.rfind('[')
        {
            zones.push(Zone {
                start,
                end: start + open,
                kind: kind_of_first,
            });
            zones.push(Zone {
                start: start + open + 1,
                end: end - 1,
                kind: ZoneKind::Credit,
            });
            continue;
        }
        zones.push(Zone {
            start,
            end,
            kind: kind_of_first,
        });
    }
    (zones, published)
}
