//! Fact extraction: people, places, organisations, events, dates and quotes.
//!
//! The engine reads an article zone by zone (title, byline, captions and their credits, headings,
//! paragraphs), finds names by capitalisation and the cues around them (titles, roles, speech
//! verbs, organisation and place cue words) and by gazetteers embedded from `assets/`, then merges
//! the mentions of each real-world entity. It knows nothing of the terminal.

mod assemble;
mod contract_months;
pub mod corrections;
mod dates;
mod holidays;
pub(crate) mod lexicon;
mod lineups;
mod lists;
pub mod model;
mod names;
mod quotes;
pub mod resolve;
mod results;
pub mod score;
mod spellings;
mod teams;
mod text;

use crate::archive::{Article, BlockKind};
use crate::date::PartialDate;
use crate::facts::Facts;
use crate::span::CharIndex;
use names::ZoneKind;

/// The version of what extraction produces: facts an older version stored (the persistent
/// index's) are stale and re-extracted. Bumped whenever the facts or the header fields read
/// from the same text change.
pub const EXTRACTOR_VERSION: u32 = 472;

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
    let zones = article_zones(article, &index);
    let published = article.published.as_ref().map(|p| p.date);
    assemble::extract(&article.text, &index, &zones, published)
}

/// After a byline's name ending at byte `end` of `text`, the rest of its line where it says
/// where the writer is: "in" or "at" and a capitalised name (", in Cannes", " at Lord's").
fn byline_place(text: &str, end: usize) -> Option<std::ops::Range<usize>> {
    let line = &text[end..text[end..].find('\n').map_or(text.len(), |n| end + n)];
    let lead = line.len() - line.trim_start_matches([',', ' ']).len();
    let rest = &line[lead..];
    let place = rest
        .strip_prefix("in ")
        .or_else(|| rest.strip_prefix("at "))?;
    (place.starts_with(char::is_uppercase) && place.split_whitespace().count() <= 4)
        .then(|| end + lead..end + line.trim_end().len())
}

/// "GANDHINAGAR, India, Jan 18 -" on a line of its own: the words after the dateline's city
/// (which ends at byte `end`) before its dash and any agency's credit, read as the body is.
fn dateline_rest(text: &str, end: usize) -> Option<std::ops::Range<usize>> {
    let line = &text[end..text[end..].find('\n').map_or(text.len(), |n| end + n)];
    // (Only a line that ends in its dash: "PARIS, March 3, 2005" is a publication stamp.)
    let before_dash = line
        .strip_prefix(", ")?
        .trim_end()
        .strip_suffix(['-', '—', '–'])?;
    let words = before_dash
        .split(" (")
        .next()
        .unwrap_or_default()
        .trim_end_matches([' ', ',', '-']);
    (!words.is_empty()).then(|| end + 2..end + 2 + words.len())
}

/// The zones of a parsed article's header fields and blocks, in text order.
fn article_zones(article: &Article, index: &CharIndex) -> Vec<Zone> {
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
        let name = bytes(byline.span);
        push(name.clone(), ZoneKind::Byline);
        // "By Lucie Marchetti, in Cannes": where the writer files from is read as a place.
        if let Some(place) = byline_place(&article.text, name.end) {
            push(place, ZoneKind::Body);
        }
    }
    if let Some(dateline) = &article.dateline
        && !covered(dateline.span)
    {
        let city = bytes(dateline.span);
        push(city.clone(), ZoneKind::Dateline);
        if let Some(rest) = dateline_rest(&article.text, city.end) {
            push(rest, ZoneKind::Body);
        }
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
                let before_credit = range.start..credit.start.max(range.start);
                // A credit on a line of its own ends the caption's text at the line before
                // it: the label ("Images source:") between them is not read.
                let caption_end = match article.text[before_credit.clone()].rfind('\n') {
                    Some(newline) => {
                        let caption = &article.text[range.start..range.start + newline];
                        range.start + caption.trim_end().len()
                    }
                    None => before_credit.end,
                };
                push(range.start..caption_end, ZoneKind::Body);
                push(credit.clone(), ZoneKind::Credit);
                push(credit.end.min(range.end)..range.end, ZoneKind::Body);
            }
            _ => push(range, ZoneKind::Body),
        }
    }
    zones.sort_by_key(|z| z.start);
    zones
}

/// An entity with why it got its kind: the gazetteer, cue or context that decided, strongest
/// first (`gazette facts --explain`).
#[derive(Clone, Debug, serde::Serialize)]
pub struct Explained {
    pub canonical: String,
    pub kind: crate::facts::EntityKind,
    pub why: Vec<&'static str>,
}

/// The facts of a parsed article with, for each entity in order, why it got its kind.
pub fn explain_article(article: &Article) -> (Facts, Vec<Explained>) {
    let (facts, reasons) = if article.blocks.is_empty() {
        let (zones, published) = raw_zones(&article.text);
        let index = CharIndex::new(&article.text);
        assemble::extract_explained(&article.text, &index, &zones, published)
    } else {
        let index = CharIndex::new(&article.text);
        let zones = article_zones(article, &index);
        let published = article.published.as_ref().map(|p| p.date);
        assemble::extract_explained(&article.text, &index, &zones, published)
    };
    let explained = facts
        .entities
        .iter()
        .zip(reasons)
        .map(|(e, why)| Explained {
            canonical: e.canonical.clone(),
            kind: e.kind,
            why,
        })
        .collect();
    (facts, explained)
}

/// Why an entity's kind, name or presence is what it is when the reader's corrections decided.
pub const CORRECTED_WHY: &str = "your corrections (entities.toml)";

/// The facts of a parsed article with the reader's corrections applied.
pub fn extract_article_with(article: &Article, corrections: &corrections::Corrections) -> Facts {
    let mut facts = extract_article(article);
    corrections.apply(&article.text, &mut facts);
    facts
}

/// `explain_article` with the reader's corrections applied: an entity they changed says so
/// first.
pub fn explain_article_with(
    article: &Article,
    corrections: &corrections::Corrections,
) -> (Facts, Vec<Explained>) {
    let (mut facts, explained) = explain_article(article);
    if corrections.is_empty() {
        return (facts, explained);
    }
    let before: Vec<(crate::facts::Entity, Vec<&'static str>)> = facts
        .entities
        .iter()
        .cloned()
        .zip(explained.into_iter().map(|e| e.why))
        .collect();
    corrections.apply(&article.text, &mut facts);
    let explained = facts
        .entities
        .iter()
        .map(|e| {
            let unchanged = before.iter().find(|(b, _)| {
                b.canonical == e.canonical && b.kind == e.kind && b.mentions == e.mentions
            });
            let why = match unchanged {
                Some((_, why)) => why.clone(),
                None => {
                    let earlier = before
                        .iter()
                        .find(|(b, _)| b.mentions.iter().any(|m| e.mentions.contains(m)));
                    std::iter::once(CORRECTED_WHY)
                        .chain(earlier.into_iter().flat_map(|(_, why)| why.iter().copied()))
                        .collect()
                }
            };
            Explained {
                canonical: e.canonical.clone(),
                kind: e.kind,
                why,
            }
        })
        .collect();
    (facts, explained)
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
        // ("source:" opens within 20 bytes: only those are searched, not the whole line.)
        let head = &content.as_bytes()[..content.len().min(26)];
        let label_at = |label: &[u8]| head.windows(label.len()).position(|w| w == label);
        if let Some(colon) = label_at(b"source:").or_else(|| label_at(b"Source:"))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_credit_line_label_is_read_as_neither_caption_nor_credit() {
        let text = "A headline long enough to be one\n\nFirst paragraph of the story.\n\n\
                    Soldiers at the border post on Monday.\nImages source: © PAP\n\n\
                    Last paragraph of the story.\n";
        let article = crate::archive::parse_article("c.txt", text);
        let zones: Vec<(&str, ZoneKind)> = article_zones(&article, &CharIndex::new(text))
            .iter()
            .map(|z| (&text[z.start..z.end], z.kind))
            .collect();
        assert!(
            zones.contains(&("Soldiers at the border post on Monday.", ZoneKind::Body)),
            "{zones:?}"
        );
        assert!(zones.contains(&("© PAP", ZoneKind::Credit)), "{zones:?}");
        assert!(
            zones
                .iter()
                .all(|(zone, _)| !zone.contains("Images source")),
            "{zones:?}"
        );
    }
}
