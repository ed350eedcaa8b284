#!/usr/bin/env python3
"""Converts GUM's Wikinews news documents into gazette gold files.

Usage: gum_to_gold.py GUM_CHECKOUT OUT_DIR

GUM_CHECKOUT is a checkout of https://github.com/amir-zeldes/gum (its `dep/GUM_news_*.conllu`
files: tokens with their spacing, part-of-speech tags, and nested entity annotations with
coreference). Writes OUT_DIR/dev/ and OUT_DIR/test/: for each document an article NAME.txt
(title, blank line, paragraphs separated by blank lines, rebuilt from the tokens and their
spacing) and NAME.json in the tests/gold format.

GUM annotates every mention of an entity, names and descriptions alike ("the Indonesian
military", "Major general Fuad Basya, spokesman for ..."), while tests/gold labels names only.
The conversion applies the gold README's rules mechanically:

- only person, place and organization mentions are read;
- a mention is a name when its syntactic head is a proper noun: the name is the run of proper
  nouns (with connectors such as "of" and "and" between them) around the head, without a leading
  "the", a possessive, or titles in front of a person's name ("Major general");
- a mention headed by a common noun is a description: its proper-noun runs go to `ignore`
  unless GUM annotates them as entities of their own;
- a name nested in a longer proper name of any GUM type ("FIFA" in "FIFA World Cup", "World" in
  it too) is not labelled on its own (it goes to `ignore`);
- one kind per name per article (the kind most of its mentions have), and mentions grouped into
  entities by GUM's coreference: mentions of one entity are one gold entry.

`gum_corrections.json` then corrects, by hand, the articles where GUM's annotation departs from
these rules (checked by reading the text and the converted labels only, before any article was
scored). The split is by a hash of the
document name, so it never moves.

Texts: Wikinews, CC BY 2.5; annotations: GUM (Zeldes 2017), CC BY 4.0. Only the news documents
are read.
"""

import json
import os
import re
import sys
from collections import Counter, OrderedDict

from gold_lists import ASSETS, load_countries, split_of, write_gold

KINDS = {"person": "people", "place": "places", "organization": "organizations"}
# Words that may join proper nouns into one name, by kind: a person's name takes particles
# only ("Kevin De Bruyne"), never "of" or "and" ("Michael Tien of NPP", "Ben Chan and ...").
PARTICLES = {"de", "du", "von", "van", "al", "bin", "-", "la", "da"}
CONNECTORS = {
    "person": PARTICLES,
    "place": PARTICLES | {"of", "&"},
    "organization": PARTICLES | {"of", "and", "&", "for", "the", "on"},
}
HERE = os.path.dirname(os.path.abspath(__file__))
EXTRA_TITLES = {"major", "general", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir",
                "president", "senator", "sen.", "rep.", "gov.", "governor", "judge", "justice",
                "captain", "coach", "prime", "minister", "secretary", "chancellor", "king",
                "queen", "prince", "pope", "lt.", "col.", "gen.", "sgt.", "officer", "detective",
                "professor", "prof.", "chairman", "ceo", "director", "spokesman", "spokeswoman",
                "administrator", "sheriff", "mp", "shadow", "home", "republican", "democrat",
                "senator", "state"}


def load_titles():
    words = set(EXTRA_TITLES)
    with open(os.path.join(ASSETS, "titles.txt"), encoding="utf-8") as f:
        words.update(l.strip().lower() for l in f if l.strip() and not l.startswith("#"))
    return words


TITLE_WORDS = load_titles()




COUNTRIES = load_countries()

with open(os.path.join(HERE, "gum_corrections.json"), encoding="utf-8") as f:
    CORRECTIONS = json.load(f)

ENTITY_ITEM = re.compile(r"\((\d+)-([a-z]+)([^()]*)(\))?|(\d+)\)")


class Token:
    def __init__(self, cols):
        self.id = int(cols[0])
        self.form = cols[1]
        self.upos = cols[3]
        self.xpos = cols[4]
        self.head = int(cols[6])
        self.deprel = cols[7]
        misc = dict(kv.split("=", 1) for kv in cols[9].split("|") if "=" in kv)
        self.space_after = misc.get("SpaceAfter") != "No"
        self.entity = misc.get("Entity", "")
        self.start = self.end = 0  # char offsets in the article, set when the text is built
        self.index = 0  # position in the document's token list


def read(path):
    """Title, meta and paragraphs (lists of sentences, each a list of tokens) of one document."""
    meta, paragraphs, sentence, sentence_text, left = {}, [], [], "", -1
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("# meta::"):
                key, _, value = line[len("# meta::"):].partition(" = ")
                meta[key] = value
            elif line.startswith("# newpar_block") or line == "# newpar":
                if line == "# newpar" or not paragraphs:
                    paragraphs.append([])
                counts = re.findall(r"\((\d+) s\)", line)
                if counts:
                    left = int(counts[-1])
            elif line.startswith("# text = "):
                sentence_text = line[len("# text = "):]
            elif not line:
                if sentence:
                    # A block holds as many sentences as its mark says; the sentences after
                    # it, up to the next mark, are a paragraph GUM left unmarked.
                    if left == 0:
                        paragraphs.append([])
                        left = -1
                    align(sentence, sentence_text)
                    paragraphs[-1].append(sentence)
                    left -= 1
                    sentence = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                sentence.append(Token(cols))
    if sentence:
        align(sentence, sentence_text)
        paragraphs[-1].append(sentence)
    return meta, [p for p in paragraphs if p]


def align(sentence, text):
    """Spacing from the sentence's original text (`# text`), which SpaceAfter does not always
    carry ("People 's")."""
    at = 0
    for t in sentence:
        found = text.find(t.form, at)
        if found < 0:
            return
        t.space_after = True
        at = found + len(t.form)
    at = 0
    for t in sentence:
        at = text.find(t.form, at) + len(t.form)
        t.space_after = at >= len(text) or text[at].isspace()


def build_text(title, paragraphs):
    """The article text and its tokens with their char offsets. The first paragraph is dropped
    when it is the headline (GUM keeps the headline as the document's first sentence)."""
    def join(tokens):
        return "".join(t.form + (" " if t.space_after else "") for t in tokens).strip()

    if paragraphs and join([t for s in paragraphs[0] for t in s]) == title:
        paragraphs = paragraphs[1:]
    text = title + "\n\n"
    tokens = []
    for p in paragraphs:
        para_tokens = [t for s in p for t in s]
        for i, t in enumerate(para_tokens):
            t.start = len(text)
            text += t.form
            t.end = len(text)
            if i + 1 < len(para_tokens) and t.space_after:
                text += " "
            t.index = len(tokens)
            tokens.append(t)
        text += "\n\n"
    return text.rstrip("\n") + "\n", tokens, paragraphs


def mentions(paragraphs, tokens):
    """(entity id, etype, first token index, end token index, sentence) of each mention."""
    out = []
    for p in paragraphs:
        for sentence in p:
            stack = []
            for t in sentence:
                for m in ENTITY_ITEM.finditer(t.entity):
                    if m.group(1):
                        etype = m.group(2)
                        if "_team" in m.group(3) and etype == "organization":
                            etype = "team"  # a national team, named by its country
                        if m.group(4):
                            out.append((int(m.group(1)), etype, t.index, t.index + 1, sentence))
                        else:
                            stack.append((int(m.group(1)), etype, t.index))
                    else:
                        ident = int(m.group(5))
                        for k in range(len(stack) - 1, -1, -1):
                            if stack[k][0] == ident:
                                eid, etype, a = stack.pop(k)
                                out.append((eid, etype, a, t.index + 1, sentence))
                                break
    return out


def head_of(a, b, sentence, tokens):
    """The token of [a, b) whose syntactic head lies outside it."""
    first = sentence[0].index
    for i in range(a, b):
        h = tokens[i].head
        if h == 0 or not (a <= first + h - 1 < b):
            return i
    return a


def is_proper(t):
    # GUM's UD tags call "United" a verb and "New" an adjective; its Penn tags say NNP.
    return t.xpos in {"NNP", "NNPS"} or (t.form[:1].isupper() and t.upos == "NUM")


def proper_run(a, b, at, tokens, etype="organization"):
    """The run of proper nouns, with connectors between them, around token `at` within [a, b)."""
    joins = CONNECTORS.get(etype, CONNECTORS["organization"])
    lo = hi = at
    while lo - 1 >= a and (is_proper(tokens[lo - 1]) or (
            tokens[lo - 1].form.lower() in joins and lo - 2 >= a and is_proper(tokens[lo - 2])
            and tokens[lo - 1].form.lower() != "the")):
        lo -= 1
    while hi + 1 < b and (is_proper(tokens[hi + 1]) or (
            tokens[hi + 1].form.lower() in joins and hi + 2 < b and is_proper(tokens[hi + 2]))):
        hi += 1
    # A hyphen joins ("Baden-Württemberg") only when it is written without spaces.
    return lo, hi + 1


def trim(lo, hi, etype, tokens, nested=()):
    """The name inside a proper-noun run: articles, possessives and, before a person's name,
    titles and the names of places or organisations it holds office in ("NASA Administrator
    Charles Bolden", "United States Ambassador Hamdullah Mohib") dropped."""
    if etype == "person":
        for s, e in nested:
            if s == lo and e < hi:
                lo = e
    while lo < hi and tokens[lo].form.lower() in {"the", "a", "an"}:
        lo += 1
    while hi > lo and tokens[hi - 1].form in {"'s", "’s", "'", "’"}:
        hi -= 1
    if etype == "person":
        last = max((i for i in range(lo, hi) if tokens[i].form.lower().rstrip(",") in TITLE_WORDS),
                   default=-1)
        if last >= 0:
            lo = last + 1
    return lo, hi


def capitalised_runs(a, b, tokens, text):
    runs, i = [], a
    while i < b:
        if is_proper(tokens[i]):
            lo, hi = proper_run(a, b, i, tokens)
            runs.append(text[tokens[lo].start:tokens[hi - 1].end])
            i = hi
        else:
            i += 1
    return runs


def convert(path, article):
    meta, paragraphs = read(path)
    title = meta.get("title", "").strip()
    text, tokens, paragraphs = build_text(title, paragraphs)
    names, ignore, others = [], set(), []
    found = mentions(paragraphs, tokens)
    teams = {eid for eid, etype, *_ in found if etype == "team"}
    spans_of = [(a, b) for _, etype, a, b, _ in found if etype in ("place", "organization", "team")]
    for eid, etype, a, b, sentence in found:
        etype = "organization" if etype == "team" else etype
        h = head_of(a, b, sentence, tokens)
        if etype not in KINDS:
            if is_proper(tokens[h]):
                lo, hi = proper_run(a, b, h, tokens)
                lo, hi = trim(lo, hi, etype, tokens)
                if lo < hi:
                    others.append((tokens[lo].start, tokens[hi - 1].end))
            continue
        if not is_proper(tokens[h]):
            # GUM heads "captain Andreas Granqvist" on the title, the name hanging from it.
            first = sentence[0].index
            flat = [i for i in range(a, b) if tokens[i].deprel == "flat" and is_proper(tokens[i])
                    and first + tokens[i].head - 1 == h]
            if flat:
                h = flat[0]
        if is_proper(tokens[h]):
            lo, hi = proper_run(a, b, h, tokens, etype)
            lo, hi = trim(lo, hi, etype, tokens, [(s, e) for s, e in spans_of if a <= s and e <= b])
            # A plural proper noun standing for a group ("Muslims", "Texans") is no name.
            group = hi - lo == 1 and tokens[lo].xpos == "NNPS" and etype == "person"
            if lo < hi and is_proper(tokens[hi - 1]) and not group:
                names.append((tokens[lo].start, tokens[hi - 1].end, etype, eid))
                continue
        ignore.update(capitalised_runs(a, b, tokens, text))
    # Names nested in a longer proper name (of any GUM type) are not labelled on their own.
    spans = sorted({(s, e) for s, e, _, _ in names} | set(others), key=lambda x: (x[0], -x[1]))
    kept = []
    for s, e, etype, eid in sorted(set(names)):
        if any(os_ <= s and e <= oe and (os_, oe) != (s, e) for os_, oe in spans):
            ignore.add(text[s:e])
            continue
        kept.append((s, e, etype, eid))
    names = correct(article, kept, ignore, text)
    # One kind per name per article.
    votes = {}
    for s, e, etype, _ in names:
        votes.setdefault(text[s:e], Counter())[etype] += 1
    kind_of = {n: c.most_common(1)[0][0] for n, c in votes.items()}
    # A country is a place, as in the re3d conversion, even where GUM calls the state acting
    # an organisation ("North Korea said"); a national team named by its country stays an
    # organisation (GUM links it to the team).
    team_names = {text[s:e] for s, e, _, eid in names if eid in teams}
    for n in kind_of:
        if n in COUNTRIES and n not in team_names:
            kind_of[n] = "place"
    fix = CORRECTIONS.get(article, {})
    kind_of.update({n: k for n, k in fix.get("kind", {}).items() if n in kind_of})
    gold = OrderedDict()
    for field in ("article", "title", "byline", "source", "dateline", "published"):
        gold[field] = None
    gold["title"] = title
    gold["labelled"] = list(KINDS.values())
    spans_out = []
    # Entities: by coreference id, and one name's mentions always in one entity.
    for etype, field in KINDS.items():
        groups = []  # lists of mention strings
        home = {}  # eid or name -> group index
        for s, e, _, eid in names:
            name = text[s:e]
            if kind_of[name] != etype:
                continue
            spans_out.append({"kind": field, "start": s, "end": e})
            g = home.get(("id", eid), home.get(("name", name)))
            if g is None:
                g = len(groups)
                groups.append([])
            home[("id", eid)] = home[("name", name)] = g
            if name not in groups[g]:
                groups[g].append(name)
        if etype == "person":
            groups = merge_surnames(groups)
        entities = []
        for g in groups:
            entity = {"name": max(g, key=len), "mentions": g}
            if field == "people":
                entity["role"] = None
            entities.append(entity)
        gold[field] = entities
    gold["events"] = []
    gold["dates"] = []
    gold["quotes"] = []
    gold["ignore"] = sorted(n for n in ignore if n not in kind_of)
    gold["mention_spans"] = sorted(spans_out, key=lambda s: (s["start"], s["end"]))
    return text, gold, meta


def merge_surnames(groups):
    """A group whose names are all the last words of another group's name ("Heald" and
    "Colette Heald", mentions GUM keeps apart when a correction adds one) joins that group."""
    merged = []
    for g in groups:
        home = next((m for m in merged for n in m for x in g
                     if n != x and (n.endswith(" " + x) or x.endswith(" " + n))), None)
        if home is None:
            merged.append(list(g))
        else:
            home.extend(x for x in g if x not in home)
    return merged


def correct(article, names, ignore, text):
    """Applies gum_corrections.json to one article's names: `drop` (to ignore), `rename` (a
    mention cut to the name inside it), `add` (every whole-word occurrence of a name GUM left
    unlabelled, with its kind); `kind` is applied after the vote."""
    fix = CORRECTIONS.get(article, {})
    out = []
    for s, e, etype, eid in names:
        if text[s:e] in fix.get("drop", []):
            ignore.add(text[s:e])
            continue
        new = fix.get("rename", {}).get(text[s:e])
        if new:
            s = s + text[s:e].index(new)
            e = s + len(new)
        out.append((s, e, etype, eid))
    for etype, added in fix.get("add", {}).items():
        for i, name in enumerate(added):
            for m in re.finditer(r"(?<![\w.-])" + re.escape(name) + r"(?![\w-])", text):
                if not any(s < m.end() and m.start() < e for s, e, _, _ in out):
                    out.append((m.start(), m.end(), etype, -1000 - i - 100 * len(etype)))
    return sorted(out)


def main():
    root, out = sys.argv[1], sys.argv[2]
    folder = os.path.join(root, "dep")
    for file in sorted(os.listdir(folder)):
        if not (file.startswith("GUM_news_") and file.endswith(".conllu")):
            continue
        doc = file[len("GUM_news_"):-len(".conllu")]
        name = f"gum_news_{doc}"
        split = split_of(doc)
        text, gold, meta = convert(os.path.join(folder, file), name)
        gold["article"] = name + ".txt"
        gold["origin"] = {"corpus": "GUM", "source": "Wikinews", "id": f"GUM_news_{doc}",
                          "url": meta.get("sourceURL"),
                          "licence": "text CC BY 2.5 (Wikinews); annotations CC BY 4.0 (GUM)"}
        write_gold(out, split, name, text, gold)
        print(split, name, meta.get("sourceURL"))


if __name__ == "__main__":
    main()
