#!/usr/bin/env python3
"""Converts re3d's public-domain parts (CENTCOM, US State Department) into gazette gold files.

Usage: re3d_to_gold.py RE3D_CHECKOUT OUT_DIR

RE3D_CHECKOUT is a checkout of https://github.com/dstl/re3d (documents.json and entities.json per
source). Writes OUT_DIR/dev/ and OUT_DIR/test/: for each document an article NAME.txt (title,
blank line, text exactly as re3d stores it) and NAME.json in the tests/gold format.

re3d's annotators label descriptions as well as names ("U.S. service members", "commander of
U.S. Central Command", "We"), while tests/gold labels names only. The conversion applies the gold
README's rules mechanically:

- only Person, Location and Organisation annotations with confidence >= 0.5 are used (re3d keeps
  rejected machine suggestions at confidence 0);
- a leading "the" and a trailing possessive are dropped, then ranks and titles in front of a
  person's name ("Gen.", "Secretary") are dropped;
- what is left must be a proper name (every word capitalised, or a digit, or a connector such as
  "of" inside the name); a description is not labelled, and the capitalised runs inside it, with
  every low-confidence annotation, go to `ignore`: names the scorer neither credits nor counts
  as wrong;
- one kind per name per article (the kind most of its annotations give), and mentions grouped
  into entities: a person's surname with the full name, an acronym with the long form whose
  initials it spells or which it follows in brackets.

Only the public-domain sources are read. Nothing else of re3d is used (its BBC_Online part is
non-commercial and must not be read).
"""

import json
import os
import re
import sys
from collections import Counter, OrderedDict

from gold_lists import ASSETS, load_countries, split_of, write_gold

# Source part: (file-name tag, licence as the part's LICENSE file states it).
SOURCES = {
    "CENTCOM": ("centcom", "public domain"),
    "US State Department": ("state", "public domain"),
    "UK Government": ("ukgov", "Open Government Licence v3.0"),
    "Australian Department of Foreign Affairs": ("dfat", "CC BY 3.0 AU"),
}
KINDS = {"Person": "people", "Location": "places", "Organisation": "organizations"}
CONNECTORS = {"of", "and", "the", "for", "de", "du", "al", "bin", "on", "in", "&", "to",
              "el", "la", "der", "van", "von", "y", "da", "ibn", "at"}
TITLES = {
    "gen.", "gen", "lt.", "lt", "col.", "col", "maj.", "maj", "capt.", "capt", "sgt.", "sgt",
    "adm.", "adm", "cmdr.", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "sen.",
    "rep.", "gov.", "amb.", "president", "secretary", "minister", "prime", "ambassador",
    "general", "colonel", "lieutenant", "major", "captain", "sergeant", "admiral", "army",
    "marine", "air", "force", "spc.", "pfc.", "staff", "chief", "master", "brig.", "command",
    "sergeant", "spokesperson", "spokesman", "deputy", "assistant", "special", "envoy",
    "foreign", "defense", "state", "of", "vice", "pvt.", "cpl.", "1st", "2nd", "sgt.maj.",
    "petty", "officer", "class", "navy", "u.s.", "us", "king", "queen", "prince", "sheikh",
}
PRONOUNS = {"we", "us", "our", "they", "them", "their", "i", "he", "she", "it", "you", "its",
            "his", "her", "who", "which"}


HERE = os.path.dirname(os.path.abspath(__file__))
CARDINALS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "dozens", "hundreds", "thousands", "men", "women"}




def load_titles():
    """Office words (assets/titles.txt) and the script's own list: a person annotation's name
    starts after the last of them ("Iraqi Prime Minister Haider al-Abadi")."""
    words = {w.lower() for w in TITLES}
    with open(os.path.join(ASSETS, "titles.txt"), encoding="utf-8") as f:
        words.update(l.strip().lower() for l in f if l.strip() and not l.startswith("#"))
    words.update({"advisor", "adviser", "commander", "spc.", "pfc.", "airman", "senior"})
    return words


COUNTRIES = load_countries()
TITLE_WORDS = load_titles()


def load_lines(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def is_capitalised(word):
    return bool(word) and (word[0].isupper() or word[0].isdigit() or word[:3] in ("al-", "el-"))


def is_proper_name(text):
    words = text.split()
    if not words or not is_capitalised(words[0]) or not is_capitalised(words[-1]):
        return False
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return False
    return all(is_capitalised(w) or w.lower() in CONNECTORS for w in words)


def capitalised_runs(text, begin):
    """(text, begin) of each run of capitalised words inside a description."""
    runs = []
    for m in re.finditer(r"[A-Z0-9][\w.&'’-]*(?:\s+(?:(?:of|and|the|for)\s+)?[A-Z0-9][\w.&'’-]*)*", text):
        word = m.group(0)
        if word.lower() not in PRONOUNS and word.lower() not in {"the", "a", "an"}:
            runs.append((word, begin + m.start()))
    return runs


def is_common_word(name, body):
    """A capitalised common noun or a demonym ("Soldiers" opening a sentence, "Jordanians")."""
    if " " in name or name.isupper():
        return False
    return name.endswith(("ians", "ans", "ese")) or re.search(r"\b" + re.escape(name.lower()) + r"\b", body) is not None


def outermost(names, ignore):
    """Names sorted by position, without those nested inside a longer one (which are ignored)."""
    names = sorted(set(names), key=lambda n: (n[0], -len(n[1])))
    kept = []
    for start, name, kind in names:
        if kept and start < kept[-1][0] + len(kept[-1][1]):
            ignore.add(name)
            continue
        kept.append((start, name, kind))
    return kept


def every_occurrence(names, body):
    """re3d's annotators often label a name once and leave its repetitions ("Iraq" in every
    paragraph of a strike report): every other whole-word occurrence of a labelled name that
    overlaps no annotation is a mention too."""
    taken = [(start, start + len(name)) for start, name, _ in names]
    extra = []
    for _, name, kind in sorted(set(names), key=lambda n: -len(n[1])):
        for m in re.finditer(r"(?<![\w.-])" + re.escape(name) + r"(?![\w-])", body):
            span = (m.start(), m.end())
            if not any(a < span[1] and span[0] < b for a, b in taken):
                taken.append(span)
                extra.append((m.start(), name, kind))
    return sorted(names + extra)


def trim(value, begin, kind):
    """The name inside an annotation, with its start: articles, possessives, titles dropped."""
    text = value
    m = re.match(r"(?:the|The|THE)\s+", text)
    if m:
        text, begin = text[m.end():], begin + m.end()
    text = re.sub(r"(?:'s|’s|'|’)$", "", text).rstrip(" ,;:")
    text = text.replace("\u200e", " ")
    if kind == "Person":
        words = text.split()
        last_title = max((i for i, w in enumerate(words) if w.lower().rstrip(",") in TITLE_WORDS), default=-1)
        if last_title >= 0:
            skip = re.match(r"(?:\S+\s+){%d}" % (last_title + 1), text + " ")
            skip = skip.end() if skip else len(text)
            text, begin = text[skip:].strip(), begin + skip
    if text.split() and text.split()[0].lower() in CARDINALS | {w for w in [text.split()[0].lower()] if w.isdigit()}:
        return "", begin
    return text, begin


def initials(name):
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isupper())


def group(kind, mentions, text):
    """Mentions (in order of first appearance) grouped into entities."""
    entities = []  # list of lists of mentions
    for m in mentions:
        home = None
        for e in entities:
            for other in e:
                if kind == "Person" and len(m.split()) < len(other.split()) and \
                        other.split()[-len(m.split()):] == m.split():
                    home = e
                elif kind == "Person" and len(other.split()) < len(m.split()) and \
                        m.split()[-len(other.split()):] == other.split():
                    home = e
                elif kind == "Organisation":
                    acronym, long = (m, other) if len(m) < len(other) else (other, m)
                    compact = acronym.replace(".", "")
                    if compact.isupper() and len(compact) >= 2 and (
                            initials(long) == compact
                            or re.search(re.escape(long) + r"\s*\(\s*" + re.escape(acronym) + r"\s*\)", text)):
                        home = e
                if home:
                    break
            if home:
                break
        if home is None:
            entities.append([m])
        else:
            home.append(m)
    return [{"name": max(e, key=len), "mentions": e} for e in entities]


with open(os.path.join(HERE, "re3d_corrections.json"), encoding="utf-8") as f:
    CORRECTIONS = json.load(f)
LIST_KIND = {field: kind for kind, field in KINDS.items()}


def correct(name, names, ignore, body):
    """Applies re3d_corrections.json to one article's names."""
    fix = CORRECTIONS.get(name, {})
    renamed = []
    for start, text, kind in names:
        if text in fix.get("drop", []):
            ignore.add(text)
            continue
        new = fix.get("rename", {}).get(text)
        if new:
            start, text = start + text.index(new), new
        renamed.append((start, text, kind))
    for field, added in fix.get("add", {}).items():
        for text in added:
            m = re.search(r"(?<![\w.-])" + re.escape(text) + r"(?![\w-])", body)
            if m and not any(a < m.end() and m.start() < a + len(t) for a, t, _ in renamed):
                renamed.append((m.start(), text, LIST_KIND[field]))
    return sorted(renamed)


def convert(doc, annotations, article=""):
    title, body = doc["title"].strip(), doc["text"]
    text = f"{title}\n\n{body}\n"
    shift = len(title) + 2
    # Stand-off offsets index the body; check them before trusting them.
    names, ignore = [], set()
    for a in annotations:
        if a["type"] not in KINDS:
            continue
        value, begin = a["value"], a["begin"]
        if body[begin:a["end"]] != value:
            found = body.find(value, max(0, begin - 20))
            if found < 0:
                continue
            begin = found
        name, start = trim(value, begin, a["type"])
        if not name:
            continue
        if a["confidence"] < 0.5:
            if is_proper_name(name):
                ignore.add(name)
            continue
        if is_proper_name(name) and not is_common_word(name, body):
            # Two places in one annotation ("Vermillion, South Dakota") are two places.
            parts = name.split(", ") if a["type"] == "Location" else [name]
            offset = start
            for part in parts:
                names.append((offset, part, a["type"]))
                offset += len(part) + 2
        elif is_proper_name(name):
            ignore.add(name)
        else:
            for run, _ in capitalised_runs(value, begin):
                ignore.add(run)
    names = outermost(names, ignore)
    names = correct(article, names, ignore, body)
    names = every_occurrence(names, body)
    votes = {}
    for _, name, kind in names:
        votes.setdefault(name, Counter())[kind] += 1
    kind_of = {name: c.most_common(1)[0][0] for name, c in votes.items()}
    for name in kind_of:
        if name in COUNTRIES:
            kind_of[name] = "Location"
    gold = OrderedDict()
    gold["article"] = None
    gold["title"] = title
    gold["byline"] = None
    gold["source"] = None
    gold["dateline"] = None
    gold["published"] = None
    gold["labelled"] = ["people", "places", "organizations"]
    spans = []
    for kind, field in KINDS.items():
        mentions = []
        for start, name, _ in names:
            if kind_of[name] == kind:
                spans.append({"kind": field, "start": shift + start, "end": shift + start + len(name)})
                if name not in mentions:
                    mentions.append(name)
        entities = group(kind, mentions, body)
        for e in entities:
            if field == "people":
                e["role"] = None
        gold[field] = entities
    gold["events"] = []
    gold["dates"] = []
    gold["quotes"] = []
    labelled = {n for n in kind_of}
    gold["ignore"] = sorted(n for n in ignore if n not in labelled)
    gold["mention_spans"] = sorted(spans, key=lambda s: (s["start"], s["end"]))
    return text, gold


def convert_part(root, source, tag, licence):
    """Yields (re3d document id, article name, text, gold) for each document of one part."""
    folder = os.path.join(root, source)
    docs = load_lines(os.path.join(folder, "documents.json"))
    annotations = load_lines(os.path.join(folder, "entities.json"))
    by_doc = {}
    for a in annotations:
        by_doc.setdefault(a["documentId"], []).append(a)
    for doc in docs:
        name = f"re3d_{tag}_{doc['_id'][:12].lower()}"
        text, gold = convert(doc, by_doc.get(doc["_id"], []), name)
        gold["article"] = name + ".txt"
        gold["origin"] = {"corpus": "re3d", "source": source, "id": doc["_id"],
                          "url": doc.get("sourceUrl"), "licence": licence}
        yield doc["_id"], name, text, gold


def main():
    root, out = sys.argv[1], sys.argv[2]
    for source, (tag, licence) in SOURCES.items():
        for doc_id, name, text, gold in convert_part(root, source, tag, licence):
            split = split_of(doc_id)
            if split == "test" and name in CORRECTIONS:
                sys.exit(f"{name} is in the test split: only dev articles are corrected")
            write_gold(out, split, name, text, gold)


if __name__ == "__main__":
    main()
