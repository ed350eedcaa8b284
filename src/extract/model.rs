//! A small learned tagger over the rule features: an averaged perceptron that tags the tokens of
//! capitalised stretches B/I/O for people, places, organisations and other names (MISC), from
//! the word's shape, affixes, capitalisation, place in the sentence, gazetteer membership, cue
//! words and its neighbours. The rules ask it about names they have no strong cue for.
//!
//! Features are hashed into a fixed table, so the weights are one array (`assets/ner_model.bin`,
//! trained by `cargo run --release --example train_ner`, see `assets/README.md`). Only tokens
//! that can be part of a name are scored (capitalised words and the connectors and numbers
//! inside a name): everything else is O without a look, which keeps extraction fast.

use super::dates::with_lowercase;
use super::lexicon::{LEXICON, Lexicon};
use super::text::{Token, TokenKind, is_versus, tokenize};
use crate::facts::EntityKind;
use std::sync::LazyLock;

/// The kind of name the model tags; MISC (nationalities, titles of works, products) is learned
/// so that it is not taken for the others, and is never reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    Person,
    Place,
    Organization,
    Misc,
}

impl NameKind {
    const ALL: [NameKind; 4] = [
        NameKind::Person,
        NameKind::Place,
        NameKind::Organization,
        NameKind::Misc,
    ];

    /// The kind as the CoNLL tags write it ("PER", "LOC", "ORG", "MISC").
    pub fn from_tag(tag: &str) -> Option<NameKind> {
        match tag {
            "PER" | "PERSON" | "person" => Some(NameKind::Person),
            "LOC" | "GPE" | "place" => Some(NameKind::Place),
            "ORG" | "organization" => Some(NameKind::Organization),
            "MISC" => Some(NameKind::Misc),
            _ => None,
        }
    }

    pub(crate) fn entity_kind(self) -> Option<EntityKind> {
        match self {
            NameKind::Person => Some(EntityKind::Person),
            NameKind::Place => Some(EntityKind::Place),
            NameKind::Organization => Some(EntityKind::Organization),
            NameKind::Misc => None,
        }
    }
}

/// Labels: 0 is O, then B and I of each kind in `NameKind::ALL` order.
const LABELS: usize = 1 + 2 * NameKind::ALL.len();
const O: usize = 0;

fn begin(kind: NameKind) -> usize {
    1 + 2 * kind as usize
}

fn kind_of(label: usize) -> Option<NameKind> {
    (label != O).then(|| NameKind::ALL[(label - 1) / 2])
}

fn is_inside(label: usize) -> bool {
    label != O && (label - 1) % 2 == 1
}

const MAGIC: &[u8; 8] = b"GZNER01\n";

/// A name the model found: byte range into the text, its kind, and how far its best label
/// scored above the next best, averaged over its tokens (the model's confidence).
#[derive(Clone, Copy, Debug)]
pub(crate) struct ModelSpan {
    pub start: usize,
    pub end: usize,
    pub kind: NameKind,
    pub margin: f32,
}

/// The weights: `buckets` rows of `LABELS` scores, one row per hashed feature, quantised to
/// i16 (`scale` turns them back into perceptron units): half the memory of f32, so more of the
/// table stays in cache.
pub struct Model {
    buckets: usize,
    weights: Vec<i16>,
    scale: f32,
}

static MODEL: LazyLock<Option<Model>> =
    LazyLock::new(|| Model::from_bytes(include_bytes!("../../assets/ner_model.bin")));

/// The shipped model, if the asset holds one.
pub(crate) fn shipped() -> Option<&'static Model> {
    MODEL.as_ref()
}

impl Model {
    /// Quantises trained weights against the largest one.
    fn quantised(buckets: usize, weights: &[f32]) -> Model {
        let largest = weights.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if largest > 0.0 {
            largest / 32767.0
        } else {
            1.0
        };
        Model {
            buckets,
            weights: weights.iter().map(|w| (w / scale).round() as i16).collect(),
            scale,
        }
    }

    /// Reads the asset: the magic line, the bucket count, the scale, then the i16 weights.
    fn from_bytes(bytes: &[u8]) -> Option<Model> {
        let rest = bytes.strip_prefix(MAGIC)?;
        let buckets = u32::from_le_bytes(rest.get(..4)?.try_into().ok()?) as usize;
        let scale = f32::from_le_bytes(rest.get(4..8)?.try_into().ok()?);
        let data = rest.get(8..)?;
        if buckets == 0 || !buckets.is_power_of_two() || data.len() != buckets * LABELS * 2 {
            return None;
        }
        let weights = data
            .chunks_exact(2)
            .map(|b| i16::from_le_bytes([b[0], b[1]]))
            .collect();
        Some(Model {
            buckets,
            weights,
            scale,
        })
    }

    /// The asset form.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + self.weights.len() * 2);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(self.buckets as u32).to_le_bytes());
        out.extend_from_slice(&self.scale.to_le_bytes());
        for w in &self.weights {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out
    }

    fn scores(&self, features: &[u64], scores: &mut [f32; LABELS]) {
        let mut sums = [0i32; LABELS];
        let mask = self.buckets as u64 - 1;
        for &f in features {
            let row = (f & mask) as usize * LABELS;
            for (s, &w) in sums.iter_mut().zip(&self.weights[row..row + LABELS]) {
                *s += i32::from(w);
            }
        }
        for (score, sum) in scores.iter_mut().zip(sums) {
            *score = sum as f32 * self.scale;
        }
    }

    /// The names in a zone's tokens.
    pub(crate) fn tag(&self, text: &str, tokens: &[Token]) -> Vec<ModelSpan> {
        self.tag_where(text, tokens, &vec![true; tokens.len()])
    }

    /// The names in a zone's tokens that start at a wanted token (the rest are read as O
    /// without a look: the words the rules read already).
    pub(crate) fn tag_where(
        &self,
        text: &str,
        tokens: &[Token],
        wanted: &[bool],
    ) -> Vec<ModelSpan> {
        let lex = &*LEXICON;
        let context = Context::new(text, tokens, lex, wanted);
        let mut labels = vec![O; tokens.len()];
        let mut margins = vec![0f32; tokens.len()];
        let mut features = Vec::with_capacity(48);
        let mut scores = [0f32; LABELS];
        for i in 0..tokens.len() {
            if !context.eligible(i, &labels) {
                continue;
            }
            context.features(i, &labels, &mut features);
            self.scores(&features, &mut scores);
            let (label, margin) = best_allowed(&scores, i.checked_sub(1).map(|p| labels[p]));
            labels[i] = label;
            margins[i] = margin;
        }
        let mut found = spans(tokens, &labels, &margins);
        for span in &mut found {
            context.end_person_before_preposition(span);
        }
        let mut found = context.places_apart_at_and(found);
        found.retain(|s| context.plausible(s));
        found
    }
}

const MONTH_ABBREVIATIONS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
];

/// The best label that may follow the previous one (I-X only after B-X or I-X), and its margin
/// over the runner-up.
fn best_allowed(scores: &[f32; LABELS], previous: Option<usize>) -> (usize, f32) {
    let allowed = |label: usize| {
        !is_inside(label) || previous.is_some_and(|p| p != O && kind_of(p) == kind_of(label))
    };
    let mut best = (O, f32::MIN);
    let mut second = f32::MIN;
    for (label, &score) in scores.iter().enumerate() {
        if !allowed(label) {
            continue;
        }
        if score > best.1 {
            second = best.1;
            best = (label, score);
        } else if score > second {
            second = score;
        }
    }
    (best.0, best.1 - second)
}

/// Whether the number before token `i` opens a score: a dash, then a number, all written
/// together ("2-1", "23–10").
fn opens_a_score(tokens: &[Token], i: usize) -> bool {
    let dash = tokens
        .get(i)
        .is_some_and(|t| !t.space_before && matches!(t.kind, TokenKind::Punct('-' | '–')));
    dash && tokens
        .get(i + 1)
        .is_some_and(|t| !t.space_before && t.kind == TokenKind::Number)
}

fn spans(tokens: &[Token], labels: &[usize], margins: &[f32]) -> Vec<ModelSpan> {
    let mut out: Vec<ModelSpan> = Vec::new();
    let mut open: Option<(usize, NameKind)> = None;
    let mut close = |open: &mut Option<(usize, NameKind)>, mut end: usize| {
        if let Some((a, kind)) = open.take() {
            // A name ends in a capitalised word or a number, never in a connector the model
            // carried on over ("Rosneft and" of "Rosneft and Time Warner").
            while end > a + 1 && !tokens[end - 1].cap && tokens[end - 1].kind != TokenKind::Number {
                end -= 1;
            }
            // ("beat Chelsea 2-1": a score's first number is no part of the name before it.)
            if end > a + 1
                && tokens[end - 1].kind == TokenKind::Number
                && opens_a_score(tokens, end)
            {
                end -= 1;
            }
            let margin = margins[a..end].iter().sum::<f32>() / (end - a) as f32;
            out.push(ModelSpan {
                start: tokens[a].start,
                end: tokens[end - 1].end,
                kind,
                margin,
            });
        }
    };
    for (i, &label) in labels.iter().enumerate() {
        if label == O || !is_inside(label) {
            close(&mut open, i);
        }
        if label != O && !is_inside(label) {
            open = kind_of(label).map(|k| (i, k));
        }
    }
    close(&mut open, labels.len());
    out
}

/// FNV-1a over a template number and a string, lower-cased on the fly.
fn hash(template: u8, word: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ u64::from(template);
    h = h.wrapping_mul(0x0100_0000_01b3);
    let mut add = |b: u8| {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    };
    if word.is_ascii() {
        // The same bytes as below, without decoding and re-encoding each char.
        word.bytes().for_each(|b| add(b.to_ascii_lowercase()));
    } else {
        for c in word.chars().flat_map(char::to_lowercase) {
            let mut buf = [0u8; 4];
            c.encode_utf8(&mut buf).bytes().for_each(&mut add);
        }
    }
    // Mix the high bits down: the table index takes the low ones.
    h ^ (h >> 29) ^ (h >> 47)
}

fn hash_number(template: u8, value: u64) -> u64 {
    let mut h = (u64::from(template) << 56) ^ value.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    h ^= h >> 31;
    h.wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ (h >> 27)
}

/// A word's shape with runs collapsed: "Xx", "X.X.", "dd", "Xx-Xx".
fn shape(word: &str) -> u64 {
    let mut code: u64 = 0;
    let mut last = 0u64;
    for c in word.chars().take(12) {
        let class = if c.is_uppercase() {
            1
        } else if c.is_lowercase() {
            2
        } else if c.is_ascii_digit() {
            3
        } else if c == '.' {
            4
        } else if c == '-' {
            5
        } else {
            6
        };
        if class != last {
            code = code * 7 + class;
            last = class;
        }
    }
    code
}

/// The gazetteer entries a token's word is in, as bits. The name lists hold capitalised
/// entries only and the cue lists lowercase ones, so each word is looked up where it can be.
fn word_lists(word: &str, lex: &Lexicon) -> u64 {
    let mut bits = 0;
    let mut set = |bit: u32, on: bool| {
        if on {
            bits |= 1 << bit;
        }
    };
    let first = word.chars().next();
    if first.is_some_and(char::is_lowercase) {
        set(9, lex.role_nouns.contains_key(word));
        set(10, lex.speech_verbs.contains(word));
        set(11, lex.location_prepositions.contains(&word));
        return bits;
    }
    if !first.is_some_and(char::is_uppercase) {
        return bits;
    }
    set(0, lex.given_names.contains(word));
    set(
        1,
        lex.places.contains_key(word) || lex.places_upper.contains_key(word),
    );
    set(2, lex.organizations.contains_key(word));
    set(3, lex.demonyms.contains_key(word));
    set(4, lex.honorifics.contains(word.trim_end_matches('.')));
    set(5, lex.is_title(word));
    set(6, lex.org_cues.contains(word));
    set(7, lex.not_names.contains(word));
    set(8, lex.events.contains(word));
    with_lowercase(word, |lower| {
        set(12, lex.function_words.contains(lower));
        set(13, lex.role_nouns.contains_key(lower));
        set(
            14,
            lex.surname_suffixes
                .iter()
                .any(|s| lower.len() > s.len() + 2 && lower.ends_with(s)),
        );
    });
    bits
}

/// What the features of a zone's tokens are read from.
struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// Per token, what was looked up of it (only near a token the model is asked about).
    looked: Vec<Looked>,
    /// The zone has (almost) no lowercase words: a headline in capitals, a table.
    shouting: bool,
    /// The tokens the model is asked about.
    wanted: &'a [bool],
}

/// What the gazetteers and the word's form say of one token near a capitalised one.
#[derive(Clone, Copy, Default)]
struct Looked {
    /// The lists its word is in, as bits ([`word_lists`]).
    lists: u64,
    /// Its lower-cased word's hash.
    word_hash: u64,
    shape: u64,
    /// The gazetteer kind of the longest multi-word entry it is in, and whether it begins it
    /// (0 none; 1 place, 2 organisation, 3 event; +4 for inside).
    phrase: u8,
}

const CONNECTORS: [&str; 12] = [
    "of", "and", "de", "&", "for", "the", "du", "la", "von", "van", "der", "on",
];

impl<'a> Context<'a> {
    fn new(text: &'a str, tokens: &'a [Token], lex: &Lexicon, wanted: &'a [bool]) -> Context<'a> {
        let (mut words, mut lower) = (0usize, 0usize);
        for t in tokens.iter().filter(|t| t.is_word()) {
            words += 1;
            lower += usize::from(t.text(text).chars().any(char::is_lowercase));
        }
        let shouting = words >= 3 && lower * 5 < words;
        // Only the words a scored token or its neighbours are looked up: within two tokens of
        // one.
        let mut near = vec![false; tokens.len()];
        for (j, t) in tokens.iter().enumerate() {
            if wanted[j] && (shouting || t.cap) {
                let around = j.saturating_sub(2)..(j + 3).min(tokens.len());
                near[around].fill(true);
            }
        }
        let mut looked = vec![Looked::default(); tokens.len()];
        for (i, t) in tokens.iter().enumerate() {
            if near[i] {
                let word = t.text(text);
                looked[i].word_hash = hash(1, word);
                looked[i].shape = shape(word);
                if t.is_word() {
                    looked[i].lists = word_lists(word, lex);
                }
            }
        }
        let mut i = 0;
        while i < tokens.len() {
            let mut matched = 1;
            if tokens[i].cap && tokens[i].is_word() && near[i] {
                for n in (2..=4).rev() {
                    // Listed names end in a capitalised word or a number ("Channel 4").
                    let Some(last) = tokens
                        .get(i + n - 1)
                        .filter(|t| t.cap || t.kind == TokenKind::Number)
                    else {
                        continue;
                    };
                    let surface = &text[tokens[i].start..last.end];
                    let kind = if lex.places.contains_key(surface)
                        || (shouting && lex.places_upper.contains_key(surface))
                    {
                        1
                    } else if lex.organizations.contains_key(surface) {
                        2
                    } else if lex.events.contains(surface) {
                        3
                    } else {
                        continue;
                    };
                    looked[i].phrase = kind;
                    for inside in &mut looked[i + 1..i + n] {
                        inside.phrase = kind + 4;
                    }
                    matched = n;
                    break;
                }
            }
            i += matched;
        }
        Context {
            text,
            tokens,
            looked,
            shouting,
            wanted,
        }
    }

    /// "met Liam on Tuesday", "saw Sarah at Wembley": the model may carry a person's name on
    /// over a preposition to what follows it; no person's name holds one ("of" may: "Joan of
    /// Arc"), so the name ends before it.
    fn end_person_before_preposition(&self, span: &mut ModelSpan) {
        const PREPOSITIONS: [&str; 11] = [
            "on", "in", "at", "to", "for", "from", "with", "by", "near", "after", "before",
        ];
        if span.kind != NameKind::Person {
            return;
        }
        let a = self.tokens.partition_point(|t| t.start < span.start);
        let b = self.tokens.partition_point(|t| t.end <= span.end);
        if let Some(k) = (a + 1..b).find(|&k| {
            let t = &self.tokens[k];
            t.is_word() && !t.cap && PREPOSITIONS.contains(&self.word(k))
        }) {
            span.end = self.tokens[k - 1].end;
        }
    }

    /// "Fort Bragg and Camp Pendleton": two places the model carried on over "and", unless the
    /// places gazetteer lists the words as one ("Trinidad and Tobago").
    fn places_apart_at_and(&self, found: Vec<ModelSpan>) -> Vec<ModelSpan> {
        let mut out = Vec::with_capacity(found.len());
        for span in found {
            let a = self.tokens.partition_point(|t| t.start < span.start);
            let b = self.tokens.partition_point(|t| t.end <= span.end);
            let and = (a + 1..b.saturating_sub(1)).find(|&k| {
                self.tokens[k].is_word() && self.word(k) == "and" && self.tokens[k + 1].cap
            });
            let listed = || {
                LEXICON
                    .places
                    .contains_key(&self.text[span.start..span.end])
            };
            // ("Republic Windows and Doors Factory": one name; a place's opening word on
            // either side of "and" marks two.)
            let opener = |w: &str| {
                crate::extract::names::PLACE_NAME_OPENERS.contains(&w) || LEXICON.is_place_prefix(w)
            };
            let two = |k: usize| {
                let (first, second) = (self.word(a), self.word(k + 1));
                first == second || opener(first) || opener(second)
            };
            match and {
                Some(k) if span.kind == NameKind::Place && two(k) && !listed() => {
                    out.push(ModelSpan {
                        end: self.tokens[k - 1].end,
                        ..span
                    });
                    out.push(ModelSpan {
                        start: self.tokens[k + 1].start,
                        ..span
                    });
                }
                _ => out.push(span),
            }
        }
        out
    }

    /// What the rules know is no name is no name for the model either: pronouns and common
    /// acronyms ("We", "IED"), grammar words, nationalities, titles and ranks ("Col", "Army
    /// Lt"), months; nor is one unlisted capitalised word opening a sentence ("Throughout").
    fn plausible(&self, span: &ModelSpan) -> bool {
        let a = self.tokens.partition_point(|t| t.start < span.start);
        let b = self.tokens.partition_point(|t| t.end <= span.end);
        if a >= b {
            return false;
        }
        let lex = &*LEXICON;
        let word = |i: usize| self.word(i);
        let last = word(b - 1);
        // "Citizen Airmen", "Marines": people in the plural are a group, not a name.
        let singular = last
            .strip_suffix("men")
            .map(|stem| format!("{stem}man"))
            .or_else(|| last.strip_suffix('s').map(str::to_owned));
        if is_title_word(last)
            || is_title_word(word(a))
            || singular.is_some_and(|s| is_title_word(&s))
        {
            return false;
        }
        // "in Brown v. Board of Education": a party to a court case is no place.
        if span.kind == NameKind::Place && is_versus(self.tokens, self.text, b) {
            return false;
        }
        // "Fitch IBCA said": a name in its own case that goes on in capitals is a firm's (not
        // after a given name: "John Paul STEVENS").
        if span.kind == NameKind::Person && lex.goes_on_in_a_firms_capitals((a..b).map(word)) {
            return false;
        }
        // "Jones Industrial Average", "Smith Memorial Lecture": a person's name ends in no two
        // English words written with capitals.
        if span.kind == NameKind::Person
            && b - a >= 3
            && lex.is_capitalised_common_word(word(b - 1))
            && lex.is_capitalised_common_word(word(b - 2))
        {
            return false;
        }
        // "I'm A Celebrity... Get Me Out Of Here!": a title's grammar words are capitalised
        // too; a person's name holds none after its first word.
        if span.kind == NameKind::Person
            && (a + 1..b).any(|i| {
                matches!(
                    word(i),
                    "Of" | "The"
                        | "Me"
                        | "Out"
                        | "Here"
                        | "With"
                        | "And"
                        | "For"
                        | "From"
                        | "You"
                        | "We"
                        | "My"
                        | "Your"
                        | "Our"
                        | "Is"
                        | "Are"
                        | "Was"
                        | "Be"
                        | "Not"
                )
            })
        {
            return false;
        }
        // "featured Madonna and Coldplay": words joined by "and" are two names, never one
        // person's.
        if span.kind == NameKind::Person
            && (a + 1..b).any(|i| matches!(word(i), "and" | "or" | "&"))
        {
            return false;
        }
        // "Resolution 2254", "Order 13582": a numbered document, not a person.
        if span.kind == NameKind::Person && (a..b).any(|i| self.tokens[i].kind == TokenKind::Number)
        {
            return false;
        }
        // "Appendix S1", "L2": letters and digits in one word make a label or a code, no
        // person's or place's name.
        if span.kind != NameKind::Organization
            && (a..b).any(|i| {
                let w = word(i);
                w.contains(|c: char| c.is_ascii_digit()) && w.contains(char::is_alphabetic)
            })
        {
            return false;
        }
        // "her novel Angel Catbird": a title of a work; "Harry Potter DVD": a product.
        // ("The BBC's own drama, Bleak House, starring": in an apposition too.)
        let in_apposition = a >= 2
            && self.tokens[a - 1].is_punct(',')
            && self.tokens.get(b).is_some_and(|t| t.is_punct(','));
        let after_work_noun =
            crate::extract::names::after_a_work_noun(self.text, self.tokens, a, lex)
                || (in_apposition
                    && crate::extract::names::work_noun_at(self.text, self.tokens, a - 2, lex));
        let before_thing = self.tokens.get(b).is_some_and(|t| t.is_word() && t.cap)
            && lex.not_names.contains(word(b))
            && crate::extract::names::is_org_acronym(word(b));
        if span.kind != NameKind::Organization && (after_work_noun || before_thing) {
            return false;
        }
        // "Central Asian": a nationality, whatever precedes it; "Sri Lankan": one of two words.
        // ("Sierra Leoneans": its people.)
        if lex.demonyms.contains_key(last)
            || lex.demonyms.contains_key(&self.text[span.start..span.end])
            || lex.names_a_people(&self.text[span.start..span.end])
        {
            return false;
        }
        // "Project Labor Agreements", "Space Exploration": English words written with capitals
        // (a heading, a programme) are no person or unlisted place without a stronger cue.
        let listed =
            (a..b).any(|i| self.looked[i].lists & 0b110 != 0 || self.looked[i].phrase != 0);
        if matches!(span.kind, NameKind::Person | NameKind::Place)
            && !listed
            && crate::extract::names::only_common_words(
                lex,
                (a..b).map(|i| (self.tokens[i].cap, self.word(i))),
            )
        {
            return false;
        }
        if b - a > 1 {
            return true;
        }
        if span.kind != NameKind::Organization
            && self.looked[a].lists == 0
            && crate::extract::names::describes_the_noun_after(lex, self.text, self.tokens, a)
        {
            return false;
        }
        // A lone word as a person ("Arlan and Barys armoured vehicles") is too often a team
        // or a product; a surname after the full name is matched to it anyway.
        if span.kind == NameKind::Person {
            return false;
        }
        let bare = last.trim_end_matches('.');
        let lower = bare.to_lowercase();
        let listed = self.looked[a].lists & 0b111 != 0;
        !(lex.not_names.contains(bare)
            || lex.function_words.contains(lower.as_str())
            || lex.demonyms.contains_key(bare)
            || lex
                .demonyms
                .contains_key(bare.strip_suffix('s').unwrap_or(bare))
            || lex.names_a_people(bare)
            || MONTH_ABBREVIATIONS.contains(&lower.as_str())
            || crate::date::WEEKDAYS.contains(&lower.as_str())
            || lex.place_qualifiers.contains(&bare)
            || (self.tokens[a].sentence_start && !listed))
    }

    fn word(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    /// Whether a token can be part of a name: capitalised words, and connectors, numbers and
    /// dots that follow a name's token ("Bank of England", "Channel 4", "U.S.").
    fn eligible(&self, i: usize, labels: &[usize]) -> bool {
        let t = &self.tokens[i];
        if t.is_word() && (t.cap || self.shouting) {
            return self.wanted[i];
        }
        let after_name = i > 0 && labels[i - 1] != O;
        if !after_name {
            return false;
        }
        let next_cap = self.tokens.get(i + 1).is_some_and(|n| n.cap);
        match t.kind {
            TokenKind::Number => true,
            // "U.S.", "A.B. Jones": the dot after an initial; "Marks & Spencer".
            TokenKind::Punct('.') => {
                !t.space_before && self.word(i - 1).chars().count() == 1 && self.tokens[i - 1].cap
            }
            TokenKind::Punct('&') => next_cap,
            TokenKind::Word => next_cap && CONNECTORS.contains(&self.word(i)),
            _ => false,
        }
    }

    fn features(&self, i: usize, labels: &[usize], out: &mut Vec<u64>) {
        out.clear();
        let t = &self.tokens[i];
        let word = self.word(i);
        let word_hash = self.looked[i].word_hash;
        let previous = i.checked_sub(1).map_or(LABELS as u64, |p| labels[p] as u64);
        let previous2 = i.checked_sub(2).map_or(LABELS as u64, |p| labels[p] as u64);
        let shape = self.looked[i].shape;
        out.push(hash_number(0, 0));
        out.push(hash_number(1, word_hash));
        out.push(hash_number(2, shape));
        if let (Some((suffix3, _)), Some((suffix2, _)), Some((prefix, _))) = (
            word.char_indices().nth_back(2),
            word.char_indices().nth_back(1),
            word.char_indices().nth(3),
        ) {
            out.push(hash(3, &word[suffix3..]));
            out.push(hash(4, &word[..prefix]));
            out.push(hash(5, &word[suffix2..]));
        }
        let position = u64::from(t.sentence_start) | (u64::from(self.shouting) << 1);
        out.push(hash_number(6, position));
        out.push(hash_number(7, position << 32 | shape));
        let lists = self.looked[i].lists;
        out.push(hash_number(8, lists));
        out.push(hash_number(9, lists << 8 | position));
        out.push(hash_number(10, u64::from(self.looked[i].phrase)));
        out.push(hash_number(11, previous));
        out.push(hash_number(12, previous << 8 | previous2));
        out.push(hash_number(13, previous << 40 | shape));
        out.push(hash_number(14, word_hash ^ previous));
        for (template, offset) in [(20u8, -2isize), (30, -1), (40, 1), (50, 2)] {
            let Some(j) = i
                .checked_add_signed(offset)
                .filter(|&j| j < self.tokens.len())
            else {
                out.push(hash_number(template, 1));
                continue;
            };
            let other = self.looked[j].word_hash;
            out.push(hash_number(template + 1, other));
            if offset.abs() == 1 {
                out.push(hash_number(template + 2, self.looked[j].shape));
                out.push(hash_number(template + 3, self.looked[j].lists));
                out.push(hash_number(template + 4, u64::from(self.looked[j].phrase)));
                out.push(hash_number(template + 5, other ^ word_hash.rotate_left(17)));
            }
        }
    }
}

/// A title, honorific or rank that news writes before a name ("President", "Mr.", "Gen."): not
/// part of the person's name (for corpora that label "President Bush" as one name).
pub fn is_title_word(word: &str) -> bool {
    let lex = &*LEXICON;
    let bare = word.trim_end_matches('.');
    lex.is_title(word)
        || lex.honorifics.contains(bare)
        || with_lowercase(bare, |lower| {
            lex.office_words.contains(lower) || lex.role_nouns.contains_key(lower)
        })
}

/// One training sentence: its text, and the gold names as byte ranges with their kinds.
pub struct Example {
    pub text: String,
    pub names: Vec<(usize, usize, NameKind)>,
}

/// Trains a model on the sentences for a number of passes (an averaged perceptron, with the
/// features and the greedy left-to-right decoding `tag` uses). `seed` orders the passes.
pub fn train(examples: &[Example], buckets: usize, passes: usize, seed: u64) -> Model {
    assert!(buckets.is_power_of_two());
    let lex = &*LEXICON;
    let prepared: Vec<(Vec<Token>, Vec<usize>)> = examples
        .iter()
        .map(|e| {
            let tokens = tokenize(&e.text, 0..e.text.len(), &lex.ranks);
            let gold = tokens
                .iter()
                .map(|t| {
                    e.names
                        .iter()
                        .find(|(s, end, _)| t.start >= *s && t.start < *end)
                        .map_or(O, |&(s, _, kind)| begin(kind) + usize::from(t.start != s))
                })
                .collect();
            (tokens, gold)
        })
        .collect();
    let mut weights = vec![0f32; buckets * LABELS];
    let mut totals = vec![0f32; weights.len()];
    let mut stamps = vec![0u32; weights.len()];
    let mut step: u32 = 0;
    let mut order: Vec<usize> = (0..prepared.len()).collect();
    let mut state = seed | 1;
    let mask = buckets as u64 - 1;
    let mut features = Vec::new();
    for _ in 0..passes {
        for i in (1..order.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            order.swap(i, (state % (i as u64 + 1)) as usize);
        }
        for &e in &order {
            let (tokens, gold) = &prepared[e];
            let text = &examples[e].text;
            let wanted = vec![true; tokens.len()];
            let context = Context::new(text, tokens, lex, &wanted);
            let mut labels = vec![O; tokens.len()];
            for i in 0..tokens.len() {
                if !context.eligible(i, &labels) {
                    continue;
                }
                step += 1;
                context.features(i, &labels, &mut features);
                let mut scores = [0f32; LABELS];
                for &f in &features {
                    let row = (f & mask) as usize * LABELS;
                    for (s, w) in scores.iter_mut().zip(&weights[row..row + LABELS]) {
                        *s += w;
                    }
                }
                let (guess, _) = best_allowed(&scores, i.checked_sub(1).map(|p| labels[p]));
                let truth = gold[i];
                if guess != truth {
                    for &f in &features {
                        let row = (f & mask) as usize * LABELS;
                        for (label, delta) in [(truth, 1.0f32), (guess, -1.0)] {
                            let k = row + label;
                            totals[k] += (step - stamps[k]) as f32 * weights[k];
                            stamps[k] = step;
                            weights[k] += delta;
                        }
                    }
                }
                labels[i] = guess;
            }
        }
    }
    for k in 0..weights.len() {
        totals[k] += (step - stamps[k]) as f32 * weights[k];
        weights[k] = totals[k] / step.max(1) as f32;
    }
    Model::quantised(buckets, &weights)
}

/// Tags a text with a trained model: the names as byte ranges with their kinds (for scoring
/// a model outside the extractor).
pub fn tag_text(model: &Model, text: &str) -> Vec<(usize, usize, NameKind)> {
    let tokens = tokenize(text, 0..text.len(), &LEXICON.ranks);
    model
        .tag(text, &tokens)
        .into_iter()
        .map(|s| (s.start, s.end, s.kind))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example(text: &str, names: &[(&str, NameKind)]) -> Example {
        let names = names
            .iter()
            .map(|(name, kind)| {
                let start = text.find(name).expect("name in text");
                (start, start + name.len(), *kind)
            })
            .collect();
        Example {
            text: text.to_owned(),
            names,
        }
    }

    fn corpus() -> Vec<Example> {
        let people = ["Zorvan Quell", "Marta Vesk", "Ilo Brandt"];
        let places = ["Quoravia", "Ostmark", "Velund"];
        let mut out = Vec::new();
        for person in people {
            for place in places {
                out.push(example(
                    &format!("Yesterday {person} flew to {place} for talks ."),
                    &[(person, NameKind::Person), (place, NameKind::Place)],
                ));
            }
        }
        out
    }

    #[test]
    fn a_trained_model_tags_names_in_a_context_it_learned() {
        let model = train(&corpus(), 1 << 12, 5, 1);
        let found = tag_text(&model, "Yesterday Ilo Brandt flew to Velund for talks .");
        let text = "Yesterday Ilo Brandt flew to Velund for talks .";
        let found: Vec<(&str, NameKind)> =
            found.iter().map(|&(s, e, k)| (&text[s..e], k)).collect();
        assert_eq!(
            found,
            [
                ("Ilo Brandt", NameKind::Person),
                ("Velund", NameKind::Place)
            ]
        );
    }

    #[test]
    fn the_asset_form_keeps_the_weights() {
        let model = train(&corpus(), 1 << 12, 3, 1);
        let back = Model::from_bytes(&model.to_bytes()).expect("a model");
        let text = "Yesterday Marta Vesk flew to Ostmark for talks .";
        assert_eq!(tag_text(&model, text), tag_text(&back, text));
        assert!(Model::from_bytes(b"GZNER01\n\0\0\0\0\0\0\x80?").is_none());
        assert!(Model::from_bytes(b"not a model").is_none());
    }

    #[test]
    fn inside_labels_never_open_a_name() {
        let mut scores = [0f32; LABELS];
        scores[begin(NameKind::Place) + 1] = 5.0;
        scores[begin(NameKind::Person)] = 1.0;
        assert_eq!(best_allowed(&scores, Some(O)).0, begin(NameKind::Person));
        assert_eq!(
            best_allowed(&scores, Some(begin(NameKind::Place))).0,
            begin(NameKind::Place) + 1
        );
    }

    #[test]
    fn the_shipped_model_is_present() {
        assert!(shipped().is_some(), "assets/ner_model.bin holds no model");
    }
}
