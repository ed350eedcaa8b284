//! Scoring extracted facts against hand-labelled gold files, with the matching rules of
//! tests/gold/README.md: normalised strings, one-to-one entity matching on any name or mention,
//! role word overlap, date texts without a leading preposition, quotes by their opening words.

use crate::archive::{Article, read_article_file};
use crate::extract::extract_article;
use crate::facts::{EntityKind, Facts};
use crate::span::CharIndex;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

#[derive(Clone, Debug, Deserialize)]
pub struct GoldEntity {
    pub name: String,
    #[serde(default)]
    pub mentions: Vec<String>,
    #[serde(default)]
    pub role: Option<String>,
    #[serde(default, rename = "type")]
    pub place_type: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct GoldDate {
    pub text: String,
    pub value: Option<String>,
    #[serde(default)]
    pub relative: bool,
}

/// One labelled mention's char range in the article, for the exact-span scores.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldSpan {
    /// `people`, `places` or `organizations`.
    pub kind: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, Deserialize)]
pub struct GoldQuote {
    pub speaker: String,
    pub text: String,
}

/// One gold file.
#[derive(Clone, Debug, Deserialize)]
pub struct Gold {
    pub article: String,
    #[serde(default)]
    pub people: Vec<GoldEntity>,
    #[serde(default)]
    pub places: Vec<GoldEntity>,
    #[serde(default)]
    pub organizations: Vec<GoldEntity>,
    #[serde(default)]
    pub events: Vec<GoldEntity>,
    #[serde(default)]
    pub dates: Vec<GoldDate>,
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    /// The lists the labeller filled in; absent means all of them. A list not labelled is
    /// not scored, so what the extractor finds there is neither a hit nor a miss.
    #[serde(default)]
    pub labelled: Option<Vec<String>>,
    /// Names the labeller left undecided (descriptions the source corpus annotated, rejected
    /// suggestions): extracting them is neither credited nor counted as a false positive.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Every labelled mention's char range, where the source corpus gives them.
    #[serde(default)]
    pub mention_spans: Vec<GoldSpan>,
}

impl Gold {
    fn is_labelled(&self, list: &str) -> bool {
        self.labelled
            .as_ref()
            .is_none_or(|lists| lists.iter().any(|l| l == list))
    }
}

/// Matches found, items extracted and items in the gold, for one category.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub matched: usize,
    pub extracted: usize,
    pub gold: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.matched, self.extracted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, other: Counts) {
        self.matched += other.matched;
        self.extracted += other.extracted;
        self.gold += other.gold;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// The scored categories, in table order.
pub const CATEGORIES: [&str; 10] = [
    "people",
    "places",
    "organizations",
    "events",
    "dates",
    "date values",
    "roles",
    "place types",
    "quotes",
    "quote speakers",
];

/// Exact-span mention scores: a mention counts when its char range and kind both equal a gold
/// mention's, as public NER benchmarks score. Only for gold files that carry `mention_spans`.
pub const SPAN_CATEGORIES: [&str; 3] = ["people spans", "places spans", "organizations spans"];

/// Counts per category (same order as [`CATEGORIES`] and [`SPAN_CATEGORIES`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Scores {
    pub counts: [Counts; 10],
    pub spans: [Counts; 3],
}

impl Scores {
    pub fn get(&self, category: &str) -> Counts {
        CATEGORIES
            .iter()
            .zip(self.counts.iter())
            .chain(SPAN_CATEGORIES.iter().zip(self.spans.iter()))
            .find(|(c, _)| **c == category)
            .map(|(_, counts)| *counts)
            .unwrap_or_default()
    }

    pub fn add(&mut self, other: &Scores) {
        for (mine, theirs) in self.counts.iter_mut().zip(other.counts.iter()) {
            mine.add(*theirs);
        }
        for (mine, theirs) in self.spans.iter_mut().zip(other.spans.iter()) {
            mine.add(*theirs);
        }
    }

    /// The table printed by `gazette eval`. Roles, place types and date values are accuracies
    /// over matched items, so there P = R = F1 where the denominators agree.
    pub fn table(&self) -> String {
        let mut out = format!(
            "{:<20} {:>9} {:>6} {:>6} {:>7} {:>9} {:>7}\n",
            "category", "precision", "recall", "F1", "matched", "extracted", "gold"
        );
        let rows = CATEGORIES.iter().zip(self.counts.iter()).chain(
            SPAN_CATEGORIES
                .iter()
                .zip(self.spans.iter())
                .filter(|(_, c)| c.gold > 0),
        );
        for (name, c) in rows {
            if c.gold == 0 && c.extracted == 0 {
                // Nothing labelled and nothing found: a row of 1.000 would be a claim.
                out.push_str(&format!(
                    "{:<20} {:>9} {:>6} {:>6} {:>7} {:>9} {:>7}\n",
                    name, "-", "-", "-", 0, 0, 0
                ));
                continue;
            }
            out.push_str(&format!(
                "{:<20} {:>9.3} {:>6.3} {:>6.3} {:>7} {:>9} {:>7}\n",
                name,
                c.precision(),
                c.recall(),
                c.f1(),
                c.matched,
                c.extracted,
                c.gold
            ));
        }
        out
    }
}

/// The README's normalisation: NFC, case-folded, straight quotes, no leading "the" or trailing
/// possessive, no surrounding quotation marks, single spaces, trimmed.
pub fn normalize(text: &str) -> String {
    let straight: String = text
        .nfc()
        .map(|c| match c {
            '‘' | '’' | 'ʼ' | '`' => '\'',
            '“' | '”' | '„' => '"',
            c => c,
        })
        .collect();
    let mut s = straight
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    loop {
        let before = s.clone();
        s = s
            .trim_matches(|c: char| c == '"' || c.is_whitespace())
            .to_owned();
        if let Some(rest) = s.strip_prefix("the ") {
            s = rest.to_owned();
        }
        if let Some(rest) = s.strip_suffix("'s") {
            s = rest.to_owned();
        }
        if s == before {
            return s;
        }
    }
}

fn date_key(text: &str) -> String {
    let n = normalize(text);
    for prefix in ["in ", "on ", "at ", "during "] {
        if let Some(rest) = n.strip_prefix(prefix) {
            return rest.to_owned();
        }
    }
    n
}

fn role_words(role: &str) -> HashSet<String> {
    normalize(role)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Whether an extracted role is right for a gold role: they share at least half of the gold
/// role's distinct words.
pub fn role_matches(extracted: &str, gold: &str) -> bool {
    let gold_words = role_words(gold);
    let extracted_words = role_words(extracted);
    let shared = gold_words.intersection(&extracted_words).count();
    !gold_words.is_empty() && shared * 2 >= gold_words.len()
}

struct Extracted {
    names: HashSet<String>,
    role: Option<String>,
    place_type: Option<String>,
}

fn extracted_entities(article: &Article, facts: &Facts, kind: EntityKind) -> Vec<Extracted> {
    let index = CharIndex::new(&article.text);
    facts
        .of_kind(kind)
        .map(|e| {
            let mut names: HashSet<String> = HashSet::new();
            names.insert(normalize(&e.canonical));
            for &span in &e.mentions {
                names.insert(normalize(index.slice(&article.text, span)));
            }
            Extracted {
                names,
                role: e.role.clone(),
                place_type: e.place_type.map(|t| format!("{t:?}").to_lowercase()),
            }
        })
        .collect()
}

fn gold_names(entity: &GoldEntity) -> HashSet<String> {
    std::iter::once(&entity.name)
        .chain(entity.mentions.iter())
        .map(|n| normalize(n))
        .collect()
}

/// Drops the extracted entities the gold leaves undecided (named in `ignore`), unless they
/// also carry a labelled name.
fn without_ignored(
    extracted: Vec<Extracted>,
    gold: &Gold,
    labelled: &[GoldEntity],
) -> Vec<Extracted> {
    if gold.ignore.is_empty() {
        return extracted;
    }
    let ignored: HashSet<String> = gold.ignore.iter().map(|n| normalize(n)).collect();
    let all_labelled: HashSet<String> = gold
        .people
        .iter()
        .chain(&gold.places)
        .chain(&gold.organizations)
        .chain(&gold.events)
        .chain(labelled)
        .flat_map(gold_names)
        .collect();
    extracted
        .into_iter()
        .filter(|e| e.names.is_disjoint(&ignored) || !e.names.is_disjoint(&all_labelled))
        .collect()
}

/// One-to-one matching in gold order: (gold index, extracted index) pairs.
fn match_entities(gold: &[GoldEntity], extracted: &[Extracted]) -> Vec<(usize, usize)> {
    let mut used = vec![false; extracted.len()];
    let mut pairs = Vec::new();
    for (g, entity) in gold.iter().enumerate() {
        let names = gold_names(entity);
        if let Some(e) =
            (0..extracted.len()).find(|&e| !used[e] && !extracted[e].names.is_disjoint(&names))
        {
            used[e] = true;
            pairs.push((g, e));
        }
    }
    pairs
}

/// Scores one article's extracted facts against its gold file.
pub fn score_article(gold: &Gold, article: &Article, facts: &Facts) -> Scores {
    let mut scores = Scores::default();
    let kinds = [
        (EntityKind::Person, &gold.people, "people"),
        (EntityKind::Place, &gold.places, "places"),
        (
            EntityKind::Organization,
            &gold.organizations,
            "organizations",
        ),
        (EntityKind::Event, &gold.events, "events"),
    ];
    for (slot, (kind, gold_list, list)) in kinds.iter().enumerate() {
        if !gold.is_labelled(list) {
            continue;
        }
        let extracted = without_ignored(extracted_entities(article, facts, *kind), gold, gold_list);
        let pairs = match_entities(gold_list, &extracted);
        scores.counts[slot] = Counts {
            matched: pairs.len(),
            extracted: extracted.len(),
            gold: gold_list.len(),
        };
        if *kind == EntityKind::Person {
            let judged: Vec<_> = pairs
                .iter()
                .filter(|(g, _)| gold_list[*g].role.is_some())
                .collect();
            let right = judged
                .iter()
                .filter(|(g, e)| {
                    let gold_role = gold_list[*g].role.as_deref().unwrap_or_default();
                    extracted[*e]
                        .role
                        .as_deref()
                        .is_some_and(|r| role_matches(r, gold_role))
                })
                .count();
            scores.counts[6] = Counts {
                matched: right,
                extracted: judged.len(),
                gold: judged.len(),
            };
        }
        if *kind == EntityKind::Place {
            let judged: Vec<_> = pairs
                .iter()
                .filter(|(g, _)| gold_list[*g].place_type.is_some())
                .collect();
            let right = judged
                .iter()
                .filter(|(g, e)| gold_list[*g].place_type == extracted[*e].place_type)
                .count();
            scores.counts[7] = Counts {
                matched: right,
                extracted: judged.len(),
                gold: judged.len(),
            };
        }
    }
    if !gold.mention_spans.is_empty() {
        scores.spans = span_counts(gold, article, facts);
    }
    if gold.is_labelled("dates") {
        [scores.counts[4], scores.counts[5]] = date_counts(gold, facts);
    }
    if gold.is_labelled("quotes") {
        [scores.counts[8], scores.counts[9]] = quote_counts(gold, article, facts);
    }
    scores
}

/// Dates: distinct texts; then their values over the matched ones.
fn date_counts(gold: &Gold, facts: &Facts) -> [Counts; 2] {
    let mut extracted_dates: Vec<(String, Option<String>)> = Vec::new();
    for d in &facts.dates {
        let key = date_key(&d.text);
        if !extracted_dates.iter().any(|(k, _)| *k == key) {
            extracted_dates.push((key, d.value.clone()));
        }
    }
    let mut used = vec![false; extracted_dates.len()];
    let (mut matched, mut right_values) = (0, 0);
    for g in &gold.dates {
        let key = date_key(&g.text);
        if let Some(e) =
            (0..extracted_dates.len()).find(|&e| !used[e] && extracted_dates[e].0 == key)
        {
            used[e] = true;
            matched += 1;
            if extracted_dates[e].1 == g.value {
                right_values += 1;
            }
        }
    }
    [
        Counts {
            matched,
            extracted: extracted_dates.len(),
            gold: gold.dates.len(),
        },
        Counts {
            matched: right_values,
            extracted: extracted_dates.len(),
            gold: gold.dates.len(),
        },
    ]
}

/// Quotes: by their opening words; speakers under the entity rule.
fn quote_counts(gold: &Gold, article: &Article, facts: &Facts) -> [Counts; 2] {
    let index = CharIndex::new(&article.text);
    let speaker_names = |speaker: &str| -> HashSet<String> {
        let mut names: HashSet<String> = HashSet::from([normalize(speaker)]);
        for e in facts.entities.iter().filter(|e| e.canonical == speaker) {
            for &span in &e.mentions {
                names.insert(normalize(index.slice(&article.text, span)));
            }
        }
        names
    };
    let gold_speaker = |speaker: &str| -> HashSet<String> {
        gold.people
            .iter()
            .chain(gold.organizations.iter())
            .find(|e| e.name == speaker)
            .map(gold_names)
            .unwrap_or_else(|| HashSet::from([normalize(speaker)]))
    };
    let mut used = vec![false; facts.quotes.len()];
    let (mut matched, mut right_speakers) = (0, 0);
    for g in &gold.quotes {
        let gold_text = normalize(&g.text);
        let found = (0..facts.quotes.len()).find(|&q| {
            !used[q] && {
                let text = normalize(&facts.quotes[q].text);
                text.trim_end_matches(',').starts_with(&gold_text)
            }
        });
        if let Some(q) = found {
            used[q] = true;
            matched += 1;
            let right = facts.quotes[q]
                .speaker
                .as_deref()
                .is_some_and(|s| !speaker_names(s).is_disjoint(&gold_speaker(&g.speaker)));
            if right {
                right_speakers += 1;
            }
        }
    }
    [
        Counts {
            matched,
            extracted: facts.quotes.len(),
            gold: gold.quotes.len(),
        },
        Counts {
            matched: right_speakers,
            extracted: facts.quotes.len(),
            gold: gold.quotes.len(),
        },
    ]
}

/// Exact-span mention counts for people, places and organisations: an extracted mention is
/// right when a gold mention has the same kind and char range. Mentions whose text the gold
/// leaves undecided are not counted.
fn span_counts(gold: &Gold, article: &Article, facts: &Facts) -> [Counts; 3] {
    let index = CharIndex::new(&article.text);
    let ignored: HashSet<String> = gold.ignore.iter().map(|n| normalize(n)).collect();
    let lists = [
        (EntityKind::Person, "people"),
        (EntityKind::Place, "places"),
        (EntityKind::Organization, "organizations"),
    ];
    lists.map(|(kind, list)| {
        let gold_spans: HashSet<(usize, usize)> = gold
            .mention_spans
            .iter()
            .filter(|s| s.kind == list)
            .map(|s| (s.start, s.end))
            .collect();
        let extracted: HashSet<(usize, usize)> = facts
            .of_kind(kind)
            .flat_map(|e| e.mentions.iter())
            .map(|span| (span.start, span.end))
            .filter(|&(start, end)| {
                gold_spans.contains(&(start, end))
                    || !ignored.contains(&normalize(
                        index.slice(&article.text, crate::span::Span { start, end }),
                    ))
            })
            .collect();
        Counts {
            matched: extracted.intersection(&gold_spans).count(),
            extracted: extracted.len(),
            gold: gold_spans.len(),
        }
    })
}

/// One article's scores in a whole evaluation.
#[derive(Clone, Debug, Serialize)]
pub struct ArticleScores {
    pub article: String,
    pub scores: Scores,
}

/// Scores every `*.json` gold file in `gold_dir` against the article of the same name in
/// `archive`: the micro-averaged total and each article's counts.
pub fn score_dir(gold_dir: &Path, archive: &Path) -> Result<(Scores, Vec<ArticleScores>), String> {
    let entries = std::fs::read_dir(gold_dir)
        .map_err(|e| format!("cannot read gold folder {}: {e}", gold_dir.display()))?;
    let mut files: Vec<_> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no .json gold files in {}", gold_dir.display()));
    }
    let mut total = Scores::default();
    let mut per_article = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file)
            .map_err(|e| format!("cannot read {}: {e}", file.display()))?;
        let gold: Gold = serde_json::from_str(&text)
            .map_err(|e| format!("{} is not a gold file: {e}", file.display()))?;
        // A gold folder may carry its own articles (the real-news splits do).
        let home = if gold_dir.join(&gold.article).is_file() {
            gold_dir
        } else {
            archive
        };
        let article = read_article_file(home, &gold.article).map_err(|reason| {
            format!("article {} of {}: {reason}", gold.article, file.display())
        })?;
        let facts = extract_article(&article);
        let scores = score_article(&gold, &article, &facts);
        total.add(&scores);
        per_article.push(ArticleScores {
            article: gold.article,
            scores,
        });
    }
    Ok((total, per_article))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation_follows_the_gold_rules() {
        assert_eq!(normalize("  The  Kremlin’s "), "kremlin");
        assert_eq!(normalize("“Birlestik-2024”"), "birlestik-2024");
        assert_eq!(normalize("Kazakhstan's"), "kazakhstan");
        assert_eq!(date_key("in late March"), "late march");
    }

    #[test]
    fn roles_need_half_the_gold_words() {
        assert!(role_matches(
            "border force commanders",
            "border force commander (Kazakhstan)"
        ));
        assert!(!role_matches("President", "president of Uzbekistan"));
        assert!(role_matches(
            "Then-Uzbekistani Defence Minister",
            "Uzbekistani Defence Minister"
        ));
    }

    #[test]
    fn unlabelled_lists_and_ignored_names_are_neither_hits_nor_misses() {
        let text = "Talks\n\nJohn Smith met Acme Corp officials in Paris on June 3.\n";
        let article = crate::archive::parse_article("talks.txt", text);
        let facts = extract_article(&article);
        let gold: Gold = serde_json::from_str(
            r#"{"article": "talks.txt", "labelled": ["people", "places"],
                "people": [{"name": "John Smith", "mentions": ["John Smith"]}],
                "places": [], "ignore": ["Paris"],
                "mention_spans": [{"kind": "people", "start": 7, "end": 17}]}"#,
        )
        .unwrap();
        let scores = score_article(&gold, &article, &facts);
        assert_eq!(
            scores.get("people"),
            Counts {
                matched: 1,
                extracted: 1,
                gold: 1
            }
        );
        // Paris is found but undecided: no false positive.
        assert_eq!(
            scores.get("places"),
            Counts {
                matched: 0,
                extracted: 0,
                gold: 0
            }
        );
        // Organisations and dates are not labelled: what was found there is not counted.
        assert_eq!(scores.get("organizations"), Counts::default());
        assert_eq!(scores.get("dates"), Counts::default());
        assert_eq!(
            scores.get("people spans"),
            Counts {
                matched: 1,
                extracted: 1,
                gold: 1
            }
        );
    }
}
