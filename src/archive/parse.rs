//! Turning an article's text into its structure: header fields, captions, headings,
//! paragraphs, with boilerplate and readers' comments set apart.
//!
//! Everything is recognised by general patterns (assets/boilerplate.txt, assets/sections.txt
//! and the shapes of lines), so unseen sites' articles parse as well as the bundled ones.

use super::header::{
    all_capitalised, breadcrumb, byline_name, outlet_after_byline, sender, signs_with_a_beat,
    stamp_before_by, unmarked_byline_name,
};
use super::mastheads::{Mastheads, foot_credit, key_of};
use super::timestamp::parse_timestamp_line;
use super::{Article, Block, BlockKind, Field, Published};
use crate::date::PartialDate;
use crate::span::{CharIndex, Span};
use regex::{Regex, RegexSet};
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// Boilerplate patterns, by what a matching line means for the lines after it.
struct BoilerplateRules {
    drop: RegexSet,
    comments: RegexSet,
    end: RegexSet,
}

static RULES: LazyLock<BoilerplateRules> = LazyLock::new(|| {
    let mut sections: [Vec<String>; 3] = Default::default();
    let mut current = 0;
    for line in include_str!("../../assets/boilerplate.txt").lines() {
        let line = line.trim();
        match line {
            "" => {}
            _ if line.starts_with('#') => {}
            "[drop]" => current = 0,
            "[comments]" => current = 1,
            "[end]" => current = 2,
            pattern => sections[current].push(format!(r"^(?i:{pattern})$")),
        }
    }
    let set = |patterns: &[String]| RegexSet::new(patterns).expect("assets/boilerplate.txt");
    BoilerplateRules {
        drop: set(&sections[0]),
        comments: set(&sections[1]),
        end: set(&sections[2]),
    }
});

static SECTION_LABELS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    crate::text::data_lines(include_str!("../../assets/sections.txt"))
        .map(str::to_lowercase)
        .collect()
});

/// "TASHKENT --", "NUR-SULTAN --", "WASHINGTON (Reuters) —", "KYIV, Ukraine –", "SEATTLE/TOKYO -",
/// "MANAMA //" (a Gulf paper's slashes),
/// "LONDON 1996-08-30 -" (the wire's date, taken as the publication date), "KEY BISCAYNE,
/// Florida, March 27 (Reuters) -" (a day without its year: no publication date; a weekday may
/// come first, "LEEDS, England, Friday, July 19 -"), a release's
/// "GENEVA, Switzerland, 4 March 2025 –" (with its year: the publication date). The agency in
/// brackets, in capitals or in its own lower case ("(dpa)"), is the credit; the dateline is the
/// city alone ("KYIV", not "KYIV, Ukraine").
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?P<city>\p{{Lu}}[\p{{Lu}} .'’/-]*\p{{Lu}}\.?)(?:, \p{{Lu}}[\p{{L}} .]*?)?(?: (?P<date>\d{{4}}-\d{{2}}-\d{{2}})|{DATELINE_DAY})?(?: \((?P<credit>\p{{Lu}}[^)]{{0,39}}|\p{{Ll}}{{2,6}})\))?\s*(?:--|—|–| - | // )\s*\S"))
        .expect("dateline pattern")
});

/// The day a dateline may give after its place, perhaps with its weekday and year: ", March
/// 27", ", Friday, July 19", " 7 August 2005".
const DATELINE_DAY: &str = r",? (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?(?P<written>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}{0,6}\.? \d{1,2}(?:, \d{4})?|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}{0,6}\.?(?:,? \d{4})?)";

/// "Washington (CNN) —", "Bogotá, Colombia (Meridian) —": a dateline in the place's own case,
/// which only the agency's credit in brackets and the dash mark as one.
static CREDITED_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<city>\p{Lu}\p{Ll}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})(?:, \p{Lu}[\p{L} .]*?)? \((?P<credit>\p{Lu}[^)]{0,39})\)\s*(?:--|—|–| - )\s*\S")
        .expect("credited dateline pattern")
});

/// "ISLAMABAD: The Supreme Court on Thursday ...", "NEW DELHI, March 3: The regulator ...": a
/// dateline in capitals that a colon ends, perhaps after its day (a kicker in capitals,
/// "BREAKING:", "WATCH:", is a section label, not a place).
static COLON_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?P<city>\p{{Lu}}[\p{{Lu}} .'’-]*\p{{Lu}}\p{{Lu}})(?:{DATELINE_DAY})?(?: \((?P<credit>\p{{Lu}}[^)]{{0,39}})\))?:\s+[\p{{Lu}}“\x22]"))
        .expect("colon dateline pattern")
});

/// A dateline printed on a line of its own above the story: "GENEVA —", "HARARE/JOHANNESBURG
/// —", "SUTHERLAND, South Africa —", "BEIRUT (Globewire) -", "MANILA, March 9 -".
static LONE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?P<city>\p{{Lu}}[\p{{Lu}} .'’/-]*\p{{Lu}}\.?)(?:, \p{{Lu}}[\p{{L}} .]*?)?(?:{DATELINE_DAY})?(?: \((?P<credit>\p{{Lu}}[^)]{{0,39}}|\p{{Ll}}{{2,6}})\))?\s*(?:--|—|–|-)\s*$"))
        .expect("lone dateline pattern")
});

/// "Kabul, 12 March: Taliban fighters ...", "Arusha, 12 December:" on a line of its own: a
/// dateline in the place's own case, its day and month, and a colon.
static PLACE_DATE_COLON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<city>\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}), (?P<written>\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}{0,6}\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}{0,6}\.? \d{1,2}):(?:\s+[\p{Lu}“\x22]|\s*$)")
        .expect("place, date and colon pattern")
});

/// A wire dateline on a line of its own, ending in the date: "LONDON 1996-08-30",
/// "AL-AIN , United Arab Emirates 1996-12-06", "PARIS, March 3, 2005".
static DATED_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Lu}[\p{Lu} .'’-]*\p{Lu}\.?(?:\s?,\s?\p{Lu}[\p{L} .]*?)?)\s*,?\s+(\p{N}[\p{N}/-]*|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}{0,6}\.?\s+\p{N}.*)$")
        .expect("dated dateline pattern")
});

/// A release's place and date on a line of their own, in the place's own case ("Wellington, 6
/// November 2025", "Addis Ababa, Ethiopia, 14 April 2025").
static PLACE_DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\p{Lu}\p{L}*(?:[ '-]\p{Lu}\p{L}*){0,3}(?:,\s?\p{Lu}\p{L}*(?:[ -]\p{Lu}\p{L}*){0,3})?),\s+(\p{N}.*|\p{Lu}\p{L}+\s+\p{N}.*)$")
        .expect("place and date line pattern")
});

/// `text` as a release's place-and-date line, its place and date the first two groups; not a
/// stamp that opens with a weekday or a month ("Friday, July 21, 2017").
fn place_and_date_line(text: &str) -> Option<regex::Captures<'_>> {
    let found = PLACE_DATE_LINE.captures(text)?;
    let first = found[1].split([' ', ',']).next().unwrap_or_default();
    let names_a_day = crate::date::WEEKDAYS.contains(&first.to_lowercase().as_str())
        || crate::date::month_from_name(first).is_some();
    (!names_a_day).then_some(found)
}

/// A caption's trailing credit: "... shown July 16. [Kazakh Ministry of Defence]".
static BRACKET_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[.!?)”\x22]\s*\[([^\[\]]{1,150})\]\s*$").expect("credit pattern")
});

/// A credit printed on its own line under an image.
static CREDIT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i:images? source|image|images|photo|photos|photo credit|picture|credit|illustration)\s*:\s*(\S.{0,150})$")
        .expect("credit line pattern")
});

/// "Photo: Survivors queue for rice in Bogale on May 11. (Meridian/Thant Zin Myo)": a caption
/// under a label, a sentence and its credit in brackets at the end, or under a second label
/// ("Picture: Runners on the Royal Mile. Picture: Jon Savage"). "FILE - Police officers
/// patrol a road in Acapulco, May 3, 2009." labels an archive photo's caption the same way.
static LABELLED_CAPTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?i:photo|photos|picture|image|caption)\s*:|FILE\s+[-–—])\s*\S.*?(?:\(([^()]{1,80})\)|[.!?]\s+(?i:photo|picture|image|credit)\s*:\s*(\S.{0,79}?))?\s*$")
        .expect("labelled caption pattern")
});

/// A caption's sentence with its photo credit at the end of the line: "... in Nairobi. PHOTO |
/// FILE", "... on Sunday. Photo: Dario Pignatelli / Reuters", "... after the landing. (Photo:
/// ISRO)". (Not the wiki's "Image: user name.", which stays the caption's text.)
static TRAILING_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[.!?]\s+(?:\((?i:photo|photos|picture)\s*(?::|by)\s*([^()]{1,80})\)|(?i:photo|photos|picture)\s*[:|]\s*(\S.{0,79}?))\s*$")
        .expect("trailing credit pattern")
});

/// The label of a credit after a caption's sentence on the same line (". Picture: Jon Savage").
static SECOND_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[.!?]\s+(?i:photo|picture|image|credit)\s*:").expect("second label pattern")
});

/// The credit a credit line gives, where it reads as one: a few names ("Photo: Reuters/John
/// Smith", "Images source: © PAP"), not a sentence about the picture ("Photo: Survivors queue for
/// rice at a monastery in Bogale").
fn credit_of_line(text: &str) -> Option<regex::Match<'_>> {
    let credit = CREDIT_LINE.captures(text)?.get(1)?;
    let lowercase_words = credit
        .as_str()
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_lowercase))
        .filter(|w| !matches!(*w, "of" | "and" | "the" | "via" | "by" | "for" | "courtesy"))
        .count();
    // ("Picture: Professor Keith Moir at the Queen Elizabeth. Picture: NHS GGC": a caption
    // and its credit.)
    (lowercase_words < 3 && !SECOND_LABEL.is_match(credit.as_str())).then_some(credit)
}

/// One non-empty line, trimmed: its byte range in the text.
#[derive(Clone, Debug)]
struct Line<'t> {
    bytes: Range<usize>,
    text: &'t str,
}

fn lines_of(text: &str) -> Vec<Line<'_>> {
    let mut lines = Vec::new();
    let mut start = 0;
    for raw in text.split_inclusive('\n') {
        let content = raw.trim_end_matches(['\n', '\r']);
        let trimmed_start = content.len() - content.trim_start().len();
        let trimmed = content.trim();
        if !trimmed.is_empty() {
            let begin = start + trimmed_start;
            lines.push(Line {
                bytes: begin..begin + trimmed.len(),
                text: trimmed,
            });
        }
        start += raw.len();
    }
    lines
}

/// The words of `text`, counted up to one past `most`: enough to tell a short line from a
/// paragraph without counting the paragraph.
fn words_up_to(text: &str, most: usize) -> usize {
    text.split_whitespace().take(most + 1).count()
}

fn ends_sentence(text: &str) -> bool {
    text.ends_with(['.', '!', '?', ':', ';', ',', '"', '”', '’', '\'', ')', ']'])
}

/// A short line of capitalised words with no sentence punctuation: a masthead or section label.
fn is_label(text: &str) -> bool {
    let words = words_up_to(text, 3);
    (1..=3).contains(&words)
        && text.chars().count() <= 40
        && !ends_sentence(text)
        && text.split_whitespace().all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        })
}

/// The key of `text`'s first line when it has a masthead's shape but is not a known masthead
/// or a section label: a line the loader counts to tell a repeated masthead from a headline.
pub(super) fn undecided_first_line(text: &str) -> Option<String> {
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next()?;
    let undecided = is_label(first)
        && !is_section_label(first)
        && !Mastheads::default().contains(first)
        && !lines.next().is_some_and(is_section_label);
    undecided.then(|| key_of(first))
}

/// A label stacked on a section label ("The Daily Planet" over "Politics") is a masthead by
/// its place, known or not: a headline is not printed above the section it belongs to.
fn section_label_follows(lines: &[Line<'_>], at: usize) -> bool {
    lines
        .get(at + 1)
        .is_some_and(|next| is_section_label(next.text))
}

pub(crate) fn is_section_label(text: &str) -> bool {
    SECTION_LABELS.contains(&text.to_lowercase())
}

/// A line that could be a headline: a few words, not a sentence fragment of a paragraph.
fn is_title_like(text: &str) -> bool {
    let words = words_up_to(text, 30);
    (2..=30).contains(&words) && text.chars().count() <= 250
}

/// A section heading inside the body: a short line that is not a sentence.
fn is_heading(text: &str) -> bool {
    if ends_sentence(text) {
        return false;
    }
    let words = words_up_to(text, 12);
    (1..=12).contains(&words)
        && text.chars().count() <= 90
        && text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

fn markdown_heading(text: &str) -> Option<(usize, &str)> {
    let hashes = text.len() - text.trim_start_matches('#').len();
    if (1..=6).contains(&hashes) && text[hashes..].starts_with(' ') {
        let rest = text[hashes..].trim_start();
        return Some((text.len() - rest.len(), rest));
    }
    None
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Region {
    Body,
    Comments,
    RelatedLinks,
}

struct Builder<'t> {
    text: &'t str,
    index: CharIndex,
    article: Article,
}

impl<'t> Builder<'t> {
    fn span(&self, bytes: Range<usize>) -> Span {
        self.index.span_of_bytes(bytes)
    }

    fn field(&self, line: &Line<'t>, within: Range<usize>) -> Field {
        let bytes = line.bytes.start + within.start..line.bytes.start + within.end;
        Field {
            text: self.text[bytes.clone()].to_owned(),
            span: self.span(bytes),
        }
    }

    fn whole_field(&self, line: &Line<'t>) -> Field {
        self.field(line, 0..line.text.len())
    }

    /// Dates the article by `stamp`, the field its date is written in.
    fn publish(&mut self, stamp: Field, date: PartialDate) {
        self.article.published = Some(Published {
            text: stamp.text,
            span: stamp.span,
            date,
        });
    }

    fn boilerplate(&mut self, line: &Line<'t>) {
        let span = self.span(line.bytes.clone());
        self.article.boilerplate.push(span);
    }

    fn block(&mut self, kind: BlockKind, bytes: Range<usize>, credit: Option<Span>) {
        let span = self.span(bytes);
        self.article.blocks.push(Block { kind, span, credit });
    }
}

/// Parses one article on its own: of its first line's possible mastheads, only the known ones
/// (assets/mastheads.txt) are taken as such.
pub fn parse_article(id: &str, text: &str) -> Article {
    parse_article_in(id, text, &Mastheads::default())
}

/// Parses an article of an archive whose repeated first lines are `mastheads`.
pub fn parse_article_in(id: &str, text: &str, mastheads: &Mastheads) -> Article {
    let lines = lines_of(text);
    let mut builder = Builder {
        text,
        index: CharIndex::new(text),
        article: Article {
            id: id.to_owned(),
            text: text.to_owned(),
            title: None,
            source: None,
            section: None,
            byline: None,
            dateline: None,
            published: None,
            blocks: Vec::new(),
            comments: Vec::new(),
            boilerplate: Vec::new(),
            warnings: Vec::new(),
            decoded_as: None,
        },
    };
    let body_start = parse_masthead_and_title(&mut builder, &lines, mastheads);
    parse_body(&mut builder, &lines[body_start..]);
    builder.article
}

/// Reads the masthead, section label and headline at the top; returns the first body line.
fn parse_masthead_and_title<'t>(
    builder: &mut Builder<'t>,
    lines: &[Line<'t>],
    mastheads: &Mastheads,
) -> usize {
    let mut next = 0;
    // Mastheads and section labels: short capitalised lines above a longer headline. A short
    // headline ("Newcastle 2-1 Bolton") has the same shape, so only a known or repeated line
    // is a masthead.
    while let Some(line) = lines.get(next) {
        let headline_follows = lines[next + 1..]
            .iter()
            .take(3)
            .any(|l| is_title_like(l.text) && words_up_to(l.text, 4) >= 4);
        if !(is_label(line.text) && headline_follows) {
            break;
        }
        if is_section_label(line.text) && builder.article.section.is_none() {
            builder.article.section = Some(builder.whole_field(line));
        } else if builder.article.source.is_none()
            && (mastheads.contains(line.text) || section_label_follows(lines, next))
        {
            builder.article.source = Some(builder.whole_field(line));
        } else {
            break;
        }
        next += 1;
    }
    let Some(line) = lines.get(next) else {
        return next;
    };
    // A section label glued to the headline, with the headline printed again below:
    // "NewsCentral Asia's Bold Move" then "Central Asia's Bold Move".
    if let Some(repeat) = lines.get(next + 1)
        && let Some(prefix) = line.text.strip_suffix(repeat.text)
    {
        let prefix = prefix.trim();
        if !prefix.is_empty() && is_label(prefix) {
            let prefix_field = builder.field(line, 0..prefix.len());
            if is_section_label(prefix) && builder.article.section.is_none() {
                builder.article.section = Some(prefix_field);
            } else if builder.article.source.is_none() {
                builder.article.source = Some(prefix_field);
            }
            builder.boilerplate(line);
            next += 1;
        }
    }
    let line = &lines[next];
    if let Some((offset, rest)) = markdown_heading(line.text) {
        builder.article.title = Some(builder.field(line, offset..offset + rest.len()));
    } else if is_title_like(line.text) || words_up_to(line.text, 1) == 1 {
        if parse_timestamp_line(line.text).is_some() || byline_name(line.text).is_some() {
            return next;
        }
        builder.article.title = Some(builder.whole_field(line));
    } else {
        return next;
    }
    next += 1;
    // The headline printed twice.
    if lines.get(next).is_some_and(|l| l.text == line.text) {
        builder.boilerplate(&lines[next]);
        next += 1;
    }
    next
}

/// Whether `line` opens with the label of a publication stamp ("Published", "Updated:",
/// "First published on").
fn is_labelled_stamp(line: &str) -> bool {
    let lower = line.trim_start().to_ascii_lowercase();
    [
        "published",
        "updated",
        "posted",
        "first published",
        "last updated",
        "released",
        "filed",
    ]
    .iter()
    .any(|label| {
        lower
            .strip_prefix(label)
            .is_some_and(|rest| rest.starts_with([' ', ':']))
    })
}

/// Takes `line` as a header field when it is one: a byline (with "By", or without it right
/// above the publication stamp), the stamp, a breadcrumb or a sender (the source and section),
/// or a short label right above another header line. `next` is the line after it.
fn header_line<'t>(builder: &mut Builder<'t>, line: &Line<'t>, next: Option<&str>) -> bool {
    let text = line.text;
    let article = &builder.article;
    // ("Posted by Ana Rosa | March 12, 2025": a stamp that names its writer itself.)
    let stamp_follows =
        next.is_some_and(|n| parse_timestamp_line(n).is_some() && byline_name(n).is_none());
    // ("PRESS RELEASE" above "Date: 28 January 2025" is a label, no writer.)
    if article.byline.is_none()
        && !is_section_label(text)
        && let Some(name) = byline_name(text).or_else(|| {
            ((stamp_follows && article.published.is_none()) || signs_with_a_beat(text))
                .then(|| unmarked_byline_name(text))
                .flatten()
        })
    {
        if builder.article.source.is_none()
            && let Some(outlet) = outlet_after_byline(text, name.end)
        {
            builder.article.source = Some(builder.field(line, outlet));
        }
        builder.article.byline = Some(builder.field(line, name));
        // "By Tomasz Wierzbicki | 21 June 2025 | 09:40 BST": the stamp after the bar.
        if builder.article.published.is_none()
            && let Some(bar) = text.find(" | ")
            && let Some(date) = parse_timestamp_line(&text[bar + 3..])
        {
            let stamp = builder.field(line, bar + 3..text.len());
            builder.publish(stamp, date);
        }
        // "Posted on 3 October 2024 by Niamh O'Dea": the stamp before "by".
        if builder.article.published.is_none()
            && let Some((range, date)) = stamp_before_by(text)
        {
            let stamp = builder.field(line, range);
            builder.publish(stamp, date);
        }
        return true;
    }
    if article.published.is_none()
        && let Some(date) = parse_timestamp_line(text)
    {
        let stamp = builder.whole_field(line);
        builder.publish(stamp, date);
        return true;
    }
    if let Some(parts) = breadcrumb(text) {
        // "Peter Okello | Kampala": the reporter and where they file from, as broadcasters'
        // sites print them under the headline.
        if let [writer, place] = parts.as_slice()
            && builder.article.byline.is_none()
            && builder.article.dateline.is_none()
            && reporter_and_place(&text[writer.clone()], &text[place.clone()])
        {
            builder.article.byline = Some(builder.field(line, writer.clone()));
            builder.article.dateline = Some(builder.field(line, place.clone()));
            return true;
        }
        let mut parts = parts.into_iter().peekable();
        // ("WORLD | EUROPE": a section and its part, no site's name.)
        let section_first = parts
            .peek()
            .is_some_and(|first| is_section_label(&text[first.clone()]));
        if builder.article.source.is_none()
            && !section_first
            && let Some(first) = parts.next()
        {
            builder.article.source = Some(builder.field(line, first));
        }
        if builder.article.section.is_none()
            && let Some(second) = parts.next()
        {
            builder.article.section = Some(builder.field(line, second));
        }
        builder.boilerplate(line);
        return true;
    }
    if let Some(name) = sender(text) {
        if builder.article.source.is_none() {
            builder.article.source = Some(builder.field(line, name));
        } else {
            builder.boilerplate(line);
        }
        return true;
    }
    // "Brecon & Wye Advertiser" above "By Siân Prosser", "Press release" above "From: ...": a
    // masthead or a kind of page printed under the headline.
    let header_follows = next.is_some_and(|n| {
        byline_name(n).is_some() || parse_timestamp_line(n).is_some() || sender(n).is_some()
    });
    let label = words_up_to(text, 5) <= 5
        && !ends_sentence(text)
        && text.chars().next().is_some_and(char::is_uppercase);
    if header_follows && label && builder.article.blocks.is_empty() {
        if all_capitalised(text) && !is_section_label(text) && builder.article.source.is_none() {
            builder.article.source = Some(builder.whole_field(line));
        } else if builder.article.section.is_none() {
            builder.article.section = Some(builder.whole_field(line));
        } else {
            builder.boilerplate(line);
        }
        return true;
    }
    false
}

/// Whether a breadcrumb's two parts are a person's name (a listed given name and one to three
/// more words) and a listed place: a reporter's line, not a site's name and section ("Somerset
/// Courier | Sport").
fn reporter_and_place(writer: &str, place: &str) -> bool {
    let lexicon = &*crate::extract::lexicon::LEXICON;
    let mut words = writer.split_whitespace();
    let given = words
        .next()
        .is_some_and(|w| lexicon.given_names.contains(w));
    let more = words.count();
    given
        && (1..=3).contains(&more)
        && !is_section_label(place)
        && lexicon.places.contains_key(place)
}

/// Whether a line is the heading of an article's list of sources ("Sources", "Source:").
fn is_sources_heading(line: &str) -> bool {
    let heading = line.strip_suffix(':').unwrap_or(line);
    heading.eq_ignore_ascii_case("sources") || heading.eq_ignore_ascii_case("source")
}

fn parse_body<'t>(builder: &mut Builder<'t>, lines: &[Line<'t>]) {
    let rules = &*RULES;
    let mut region = Region::Body;
    let mut body_started = false;
    let mut previous_caption: Option<String> = None;
    // The index in `lines` of the latest caption.
    let mut caption_line: Option<usize> = None;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        let text = line.text;
        i += 1;
        if rules.comments.is_match(text) {
            region = Region::Comments;
            builder.boilerplate(line);
            continue;
        }
        if rules.end.is_match(text) {
            if region == Region::Body {
                region = Region::RelatedLinks;
            }
            builder.boilerplate(line);
            continue;
        }
        if rules.drop.is_match(text) {
            builder.boilerplate(line);
            continue;
        }
        match region {
            Region::Comments => {
                let span = builder.span(line.bytes.clone());
                builder.article.comments.push(span);
                continue;
            }
            // "Related news" above "Sources", as wiki news sites print them: the sources are
            // the article's own list of what it was written from, not more links.
            Region::RelatedLinks if is_sources_heading(text) => region = Region::Body,
            Region::RelatedLinks => {
                builder.boilerplate(line);
                continue;
            }
            Region::Body => {}
        }
        // A wire dateline may follow the writer's name, printed without "By".
        if builder.article.dateline.is_none()
            && builder.article.blocks.len() <= 2
            && !is_labelled_stamp(text)
            && let Some(found) = DATED_DATELINE
                .captures(text)
                .or_else(|| place_and_date_line(text))
            && let (Some(city), Some(when)) = (found.get(1), found.get(2))
            && let Some(date) = parse_timestamp_line(when.as_str()).filter(|d| d.day.is_some())
        {
            builder.article.dateline = Some(builder.field(line, city.range()));
            if builder.article.published.is_none() {
                let stamp = builder.field(line, when.range());
                builder.publish(stamp, date);
            }
            continue;
        }
        // A labelled stamp ("Published Thursday, October 10, 2024") is the article's date
        // wherever the site prints it, at its foot too.
        if body_started
            && builder.article.published.is_none()
            && is_labelled_stamp(text)
            && let Some(date) = parse_timestamp_line(text)
        {
            let stamp = builder.whole_field(line);
            builder.publish(stamp, date);
            continue;
        }
        // The header lines may come after a standfirst and a label or two ("Press release").
        if !body_started || builder.article.blocks.len() <= 2 {
            if builder.article.dateline.is_none()
                && let Some(found) = LONE_DATELINE
                    .captures(text)
                    .filter(|found| !is_section_label(&found["city"]))
            {
                if let Some(city) = found.name("city") {
                    builder.article.dateline = Some(builder.field(line, city.range()));
                }
                if let Some(credit) = found.name("credit")
                    && builder.article.source.is_none()
                {
                    builder.article.source = Some(builder.field(line, credit.range()));
                }
                // ("MANILA, March 9, 2021 -": a day with its year is the publication date.)
                if let Some(when) = found.name("written")
                    && builder.article.published.is_none()
                    && let Some(date) =
                        parse_timestamp_line(when.as_str()).filter(|d| d.year.is_some())
                {
                    let stamp = builder.field(line, when.range());
                    builder.publish(stamp, date);
                }
                continue;
            }
            let next = lines.get(i).map(|l| l.text);
            if header_line(builder, line, next) {
                continue;
            }
        }
        if !body_started {
            let is_source_credit = builder
                .article
                .source
                .as_ref()
                .is_some_and(|s| s.text.eq_ignore_ascii_case(text));
            if is_source_credit {
                builder.boilerplate(line);
                continue;
            }
        }
        // A wire service's credit on the last line: the source where the top named none. The
        // source's own name there signs the story off, known or not ("GLOBEWIRE" under
        // "FRANKFURT (Globewire) -").
        let names_the_source = || {
            builder
                .article
                .source
                .as_ref()
                .is_some_and(|source| text.eq_ignore_ascii_case(&source.text))
        };
        if body_started && i == lines.len() && names_the_source() {
            builder.boilerplate(line);
            continue;
        }
        if body_started
            && i == lines.len()
            && let Some(name) = foot_credit(text)
        {
            if builder.article.source.is_none() {
                builder.article.source = Some(builder.field(line, name));
            } else {
                builder.boilerplate(line);
            }
            continue;
        }
        // A caption printed a second time.
        if previous_caption.as_deref() == Some(text) {
            builder.boilerplate(line);
            continue;
        }
        // A credit on its own line belongs to the caption on the line above, whose span then
        // runs on to the end of the credit line.
        let caption_above = caption_line.is_some_and(|c| c + 2 == i);
        if caption_above
            && let Some(credit) = credit_of_line(text)
            && let Some(caption) = builder
                .article
                .blocks
                .last_mut()
                .filter(|b| b.kind == BlockKind::Caption && b.credit.is_none())
        {
            let bytes = line.bytes.start + credit.start()..line.bytes.start + credit.end();
            caption.credit = Some(builder.index.span_of_bytes(bytes));
            caption.span.end = builder.index.char_at(line.bytes.end);
            continue;
        }
        let printed_twice = lines.get(i).is_some_and(|l| l.text == text);
        let credit_follows = lines
            .get(i)
            .is_some_and(|l| credit_of_line(l.text).is_some());
        // A caption printed twice above its credit line is kept as its second printing, so
        // that one span holds the caption and its credit line.
        if printed_twice
            && lines
                .get(i + 1)
                .is_some_and(|l| credit_of_line(l.text).is_some())
        {
            builder.boilerplate(line);
            continue;
        }
        let bracket_credit = BRACKET_CREDIT.captures(text).and_then(|c| c.get(1));
        if printed_twice || credit_follows || bracket_credit.is_some() {
            let credit = bracket_credit.map(|m| {
                let inner = m.as_str();
                let lead = inner.len() - inner.trim_start().len();
                let start = line.bytes.start + m.start() + lead;
                builder
                    .index
                    .span_of_bytes(start..start + inner.trim().len())
            });
            builder.block(BlockKind::Caption, line.bytes.clone(), credit);
            caption_line = Some(i - 1);
            previous_caption = Some(text.to_owned());
            continue;
        }
        if credit_of_line(text).is_none()
            && let Some(found) = LABELLED_CAPTION.captures(text)
        {
            let credit = found.get(1).or_else(|| found.get(2)).map(|m| {
                let start = line.bytes.start + m.start();
                builder.index.span_of_bytes(start..start + m.len())
            });
            builder.block(BlockKind::Caption, line.bytes.clone(), credit);
            caption_line = Some(i - 1);
            previous_caption = Some(text.to_owned());
            continue;
        }
        if let Some(found) = TRAILING_CREDIT.captures(text) {
            let credit = found.get(1).or_else(|| found.get(2)).map(|m| {
                let start = line.bytes.start + m.start();
                builder.index.span_of_bytes(start..start + m.len())
            });
            builder.block(BlockKind::Caption, line.bytes.clone(), credit);
            caption_line = Some(i - 1);
            previous_caption = Some(text.to_owned());
            continue;
        }
        previous_caption = None;
        if let Some((offset, rest)) = markdown_heading(text) {
            let start = line.bytes.start + offset;
            builder.block(BlockKind::Heading, start..start + rest.len(), None);
            continue;
        }
        let is_last = i >= lines.len();
        if body_started && !is_last && is_heading(text) {
            builder.block(BlockKind::Heading, line.bytes.clone(), None);
            continue;
        }
        // A hard-wrapped paragraph continues on a line that starts in lower case.
        if let Some(paragraph) = builder.article.blocks.last_mut() {
            let previous_text = &builder.text[builder.index.bytes_of_span(paragraph.span)];
            let continues = paragraph.kind == BlockKind::Paragraph
                && !ends_sentence(previous_text)
                && text.chars().next().is_some_and(char::is_lowercase);
            if continues {
                paragraph.span.end = builder.index.char_at(line.bytes.end);
                continue;
            }
        }
        // ("PRESS RELEASE" over "GENEVA, Switzerland, 4 March 2025 –": a label is no body.)
        let only_labels_before = || {
            builder.article.blocks.len() <= 2
                && builder.article.blocks.iter().all(|block| {
                    let label = &builder.text[builder.index.bytes_of_span(block.span)];
                    !ends_sentence(label) && words_up_to(label, 5) <= 4
                })
        };
        // "FRANKFURT 1996-09-04" over "FRANKFURT (Reuters) - The dollar ...": the opener
        // repeats the dated dateline's city, and its brackets credit the wire.
        if builder.article.source.is_none()
            && builder.article.blocks.len() <= 3
            && let Some(dateline) = &builder.article.dateline
            && let Some(found) = DATELINE.captures(text)
            && found["city"] == dateline.text
            && let Some(credit) = found.name("credit")
        {
            builder.article.source = Some(builder.field(line, credit.range()));
        }
        // ("Council backs levy / Voters will decide on a 2.5-mill request / By Jo Park /
        // Published: ... / READING — The council voted.": a deck above the byline and date
        // lines is no body yet.)
        let deck_only_before = || {
            if builder.article.blocks.len() != 1 {
                return false;
            }
            let header_start = [
                builder.article.byline.as_ref().map(|f| f.span.start),
                builder.article.published.as_ref().map(|p| p.span.start),
            ]
            .into_iter()
            .flatten()
            .min();
            header_start.is_some_and(|start| builder.article.blocks[0].span.end <= start)
        };
        if (!body_started || only_labels_before() || deck_only_before())
            && builder.article.dateline.is_none()
            && let Some(found) = DATELINE
                .captures(text)
                .or_else(|| {
                    COLON_DATELINE
                        .captures(text)
                        .filter(|found| !is_section_label(&found["city"]))
                })
                .or_else(|| PLACE_DATE_COLON.captures(text))
                .or_else(|| CREDITED_DATELINE.captures(text))
            && let Some(city) = found.name("city")
        {
            builder.article.dateline = Some(builder.field(line, city.range()));
            if let Some(credit) = found.name("credit")
                && builder.article.source.is_none()
            {
                builder.article.source = Some(builder.field(line, credit.range()));
            }
            // ("PARIS, March 3 (Reuters) —": a date with no year is no publication date.)
            if let Some(when) = found.name("date").or_else(|| found.name("written"))
                && builder.article.published.is_none()
                && let Some(date) = parse_timestamp_line(when.as_str()).filter(|d| d.year.is_some())
            {
                let stamp = builder.field(line, when.range());
                builder.publish(stamp, date);
            }
            // ("ABUJA, Nigeria — 23 October 2025": the date alone after the dash.)
            let rest_at = found
                .get(0)
                .and_then(|all| text[..all.end()].char_indices().next_back())
                .map_or(text.len(), |(at, _)| at);
            if builder.article.published.is_none()
                && let Some(date) =
                    parse_timestamp_line(&text[rest_at..]).filter(|d| d.day.is_some())
            {
                let stamp = builder.field(line, rest_at..text.len());
                builder.publish(stamp, date);
            }
        }
        body_started = true;
        builder.block(BlockKind::Paragraph, line.bytes.clone(), None);
    }
}
