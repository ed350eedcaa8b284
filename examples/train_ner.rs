//! Trains the extractor's name tagger (`src/extract/model.rs`) and writes its weights.
//!
//! Run: `cargo run --release --example train_ner -- OUT.bin CORPUS_FILE...`
//!
//! Corpus files are CoNLL-style (one token a line, the tag in the last column, a blank line
//! between sentences): `B-`/`I-` tags of PER, LOC, ORG and MISC (wikigold, SEC filings), or
//! GUM's plain entity types (person, place, organization, ...), of which only proper names are
//! kept. `assets/README.md` lists the files the shipped model was trained on. A tenth of the
//! sentences is held out and scored after training; set `NER_ALL=1` to train on everything
//! (with `--score`, to score every sentence of the files).

use gazette::extract::model::{Example, NameKind, is_title_word, tag_text, train};
use std::collections::HashMap;

/// Function words a GUM mention may open with ("the Indonesian Navy").
const LEADING: [&str; 8] = ["the", "a", "an", "The", "A", "An", "its", "their"];
const CONNECTORS: [&str; 7] = ["of", "and", "de", "&", "for", "the", "-"];

fn sentences(path: &str) -> Vec<Example> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    if path.ends_with(".csv") {
        return gmb_sentences(&text);
    }
    let mut out = Vec::new();
    let mut rows: Vec<(String, String)> = Vec::new();
    for line in text.lines().chain(std::iter::once("")) {
        let line = line.trim_end();
        if line.is_empty() || line.starts_with("-DOCSTART-") {
            if !rows.is_empty() {
                out.extend(example(&rows));
                rows.clear();
            }
            continue;
        }
        let mut fields = line.split_whitespace();
        let (Some(token), Some(tag)) = (fields.next(), line.split_whitespace().last()) else {
            continue;
        };
        rows.push((token.to_owned(), tag.to_owned()));
    }
    out
}

/// A sentence's text (tokens joined by spaces) and its names.
fn example(rows: &[(String, String)]) -> Option<Example> {
    let mut text = String::new();
    let mut ranges = Vec::new();
    for (token, _) in rows {
        if !text.is_empty() {
            text.push(' ');
        }
        ranges.push((text.len(), text.len() + token.len()));
        text.push_str(token);
    }
    // Runs of one kind: (first row, end row, kind).
    let mut runs: Vec<(usize, usize, Option<NameKind>)> = Vec::new();
    let mut gum = false;
    for (i, (_, tag)) in rows.iter().enumerate() {
        let (fresh, kind) = match tag.split_once('-') {
            Some(("B", k)) => (true, NameKind::from_tag(k)),
            Some(("I", k)) => (false, NameKind::from_tag(k)),
            _ if tag == "O" => (false, None),
            _ => {
                gum = true;
                (false, gum_kind(tag))
            }
        };
        match runs.last_mut() {
            Some(run) if !fresh && run.2 == kind && run.1 == i => run.1 = i + 1,
            _ => runs.push((i, i + 1, kind)),
        }
    }
    let mut names = Vec::new();
    for (mut a, b, kind) in runs {
        let Some(kind) = kind else { continue };
        if gum {
            while a < b && LEADING.contains(&rows[a].0.as_str()) {
                a += 1;
            }
            let proper = a < b
                && rows[a..b].iter().all(|(t, _)| {
                    t.chars().next().is_some_and(char::is_uppercase)
                        || t.chars().all(|c| c.is_ascii_digit())
                        || CONNECTORS.contains(&t.as_str())
                        || t == "'s"
                })
                && rows[a].0.chars().next().is_some_and(char::is_uppercase);
            if !proper {
                continue;
            }
        }
        // "President Bush", "Mr. Chavez": the title is not the name.
        if kind == NameKind::Person {
            while b - a > 1 && is_title_word(&rows[a].0) {
                a += 1;
            }
        }
        names.push((ranges[a].0, ranges[b - 1].1, kind));
    }
    Some(Example { text, names })
}

/// The GMB sample's CSV (`Sentence #,Word,POS,Tag`, a sentence number on its first row):
/// geo is a place, gpe a nationality (MISC) unless it names a country, tim is not a name.
fn gmb_sentences(text: &str) -> Vec<Example> {
    let mut out = Vec::new();
    let mut rows: Vec<(String, String)> = Vec::new();
    for line in text.lines().skip(1) {
        let Some((rest, tag)) = line.rsplit_once(',') else {
            continue;
        };
        let Some((rest, _pos)) = rest.rsplit_once(',') else {
            continue;
        };
        let Some((sentence, word)) = rest.split_once(',') else {
            continue;
        };
        if !sentence.is_empty() && !rows.is_empty() {
            out.extend(example(&rows));
            rows.clear();
        }
        let word = word.trim_matches('"');
        let word = if word.is_empty() { "\"" } else { word };
        let tag = match tag.split_once('-') {
            Some((bio, "geo")) => format!("{bio}-LOC"),
            Some((bio, "per")) => format!("{bio}-PER"),
            Some((bio, "org")) => format!("{bio}-ORG"),
            Some((bio, "gpe")) if is_demonym(word) => format!("{bio}-MISC"),
            Some((bio, "gpe")) => format!("{bio}-LOC"),
            Some((bio, "art" | "eve" | "nat")) => format!("{bio}-MISC"),
            _ => "O".to_owned(),
        };
        rows.push((word.to_owned(), tag));
    }
    out.extend(example(&rows));
    out
}

/// "British", "Iraqi", "Chinese", "Afghans": GMB's gpe tag covers nationalities and countries.
fn is_demonym(word: &str) -> bool {
    [
        "ian", "ians", "ean", "can", "ans", "ese", "ish", "i", "is", "ch", "ic",
    ]
    .iter()
    .any(|e| word.ends_with(e))
}

/// Scores the whole extractor (rules and the shipped model) on held-out blocks, exact spans.
fn score_extractor(held: &[Example]) {
    use gazette::facts::EntityKind;
    let mut counts: HashMap<String, (u32, u32, u32)> = HashMap::new();
    let mut wrong: Vec<String> = Vec::new();
    for block in held.chunks(40) {
        let mut text = String::new();
        let mut gold = Vec::new();
        for e in block {
            let base = text.chars().count();
            let chars = |b: usize| base + e.text[..b].chars().count();
            for &(s, end, kind) in &e.names {
                if kind != NameKind::Misc {
                    gold.push((chars(s), chars(end), format!("{kind:?}")));
                }
            }
            text.push_str(&e.text);
            text.push_str("\n\n");
        }
        let facts = gazette::extract::extract_text(&text);
        let mut found = Vec::new();
        for entity in &facts.entities {
            let kind = match entity.kind {
                EntityKind::Person => "Person",
                EntityKind::Place => "Place",
                EntityKind::Organization => "Organization",
                _ => continue,
            };
            for m in &entity.mentions {
                found.push((m.start, m.end, kind.to_owned()));
            }
        }
        let slice = |s: usize, e: usize| text.chars().skip(s).take(e - s).collect::<String>();
        for f in &found {
            let c = counts.entry(f.2.clone()).or_default();
            c.1 += 1;
            if gold.contains(f) {
                c.0 += 1;
            } else {
                wrong.push(format!("FP {} {}", f.2, slice(f.0, f.1)));
            }
        }
        for g in &gold {
            counts.entry(g.2.clone()).or_default().2 += 1;
            if !found.contains(g) {
                wrong.push(format!("FN {} {}", g.2, slice(g.0, g.1)));
            }
        }
    }
    if let Ok(path) = std::env::var("NER_ERRORS") {
        std::fs::write(path, wrong.join("\n")).expect("errors file");
    }
    report(counts);
}

fn report(counts: HashMap<String, (u32, u32, u32)>) {
    let mut kinds: Vec<_> = counts.into_iter().collect();
    kinds.sort();
    let (mut r_all, mut f_all, mut g_all) = (0, 0, 0);
    for (kind, (right, found, gold)) in kinds {
        let p = f64::from(right) / f64::from(found.max(1));
        let r = f64::from(right) / f64::from(gold.max(1));
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        eprintln!("{kind:<13} P {p:.3} R {r:.3} F1 {f:.3} ({gold} gold)");
        if kind != "Misc" {
            r_all += right;
            f_all += found;
            g_all += gold;
        }
    }
    let p = f64::from(r_all) / f64::from(f_all.max(1));
    let r = f64::from(r_all) / f64::from(g_all.max(1));
    eprintln!(
        "micro PER/LOC/ORG F1 {:.3}",
        2.0 * p * r / (p + r).max(1e-9)
    );
}

fn gum_kind(tag: &str) -> Option<NameKind> {
    match tag {
        "person" => Some(NameKind::Person),
        "place" => Some(NameKind::Place),
        "organization" => Some(NameKind::Organization),
        "event" | "object" | "abstract" => Some(NameKind::Misc),
        _ => None,
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out, files @ ..] = args.as_slice() else {
        eprintln!("usage: train_ner OUT.bin CORPUS_FILE...  |  train_ner --score CORPUS_FILE...");
        std::process::exit(2);
    };
    let all: Vec<Example> = files.iter().flat_map(|f| sentences(f)).collect();
    let everything = std::env::var("NER_ALL").is_ok();
    // Held out in blocks of 40 sentences, so that a block reads like an article's run of text.
    let (train_set, held): (Vec<_>, Vec<_>) = all
        .into_iter()
        .enumerate()
        .partition(|(i, _)| everything || (i / 40) % 10 != 7);
    if out == "--score" {
        // With NER_ALL the files are an evaluation set of their own: every sentence is scored.
        let scored = if everything { train_set } else { held };
        let held: Vec<Example> = scored.into_iter().map(|(_, e)| e).collect();
        score_extractor(&held);
        return;
    }
    let train_set: Vec<Example> = train_set.into_iter().map(|(_, e)| e).collect();
    let held: Vec<Example> = held.into_iter().map(|(_, e)| e).collect();
    let passes = std::env::var("NER_PASSES")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(8);
    eprintln!(
        "{} training sentences, {} held out",
        train_set.len(),
        held.len()
    );
    let buckets = std::env::var("NER_BUCKETS")
        .ok()
        .and_then(|p| p.parse().ok())
        .unwrap_or(1 << 17);
    let model = train(&train_set, buckets, passes, 0x5eed);
    // Exact-span scores per kind on the held-out sentences.
    let mut counts: HashMap<String, (u32, u32, u32)> = HashMap::new();
    for e in &held {
        let found = tag_text(&model, &e.text);
        for name in &found {
            let c = counts.entry(format!("{:?}", name.2)).or_default();
            c.1 += 1;
            if e.names.contains(name) {
                c.0 += 1;
            }
        }
        for name in &e.names {
            counts.entry(format!("{:?}", name.2)).or_default().2 += 1;
        }
    }
    report(counts);
    std::fs::write(out, model.to_bytes()).unwrap_or_else(|e| panic!("{out}: {e}"));
}
