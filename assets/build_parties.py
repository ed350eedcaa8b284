#!/usr/bin/env python3
"""Regenerates assets/parties.tsv, the political parties gazetteer, from Party Facts.

Usage: python3 assets/build_parties.py CORE_PARTIES_CSV WIKIPEDIA_CSV

Both files come from https://github.com/hdigital/partyfactsdata (MIT licence; see
assets/README.md for the commit): CORE_PARTIES_CSV is import/elecglob/partyfacts-core-parties.csv
(the Party Facts core parties of every country: short, native and English names, vote share),
WIKIPEDIA_CSV is import/wikipedia/wikipedia.csv (the English Wikipedia name of each party that
has an article). The English word list /usr/share/dict/american-english-large (Debian package
wamerican-large) must be installed.

A party is listed under its English Wikipedia name (or its first English name), with its
native name and other English names as aliases ("Forza Italia", "Likud", "Fianna Fáil").
Parties' names are often common words or shared, so a name is kept only where a reader would
not take it for something else:
- one word: four letters or more, no English word (nor English words joined by hyphens), no
  name or adjective the word list gives ("Chinese", "Whigs"), given name, place or acronym, and the
  party of a notable size (2% of the vote or more at its best); a name in capitals gives its
  title-case form ("Syriza" of "SYRIZA");
- two words or more (six at most): not English words only unless one of them says it is a
  party ("Olive Tree", "Civic Platform" are left out; "Northern League" is kept);
- never a place, a name the other gazetteers list, nor a name with digits, brackets,
  slashes, quotation marks or a spaced dash ("Fidesz – Hungarian Civic Alliance"); a name two parties share is kept as its own row, not as one party's alias.
An accent-free alias is added ("Fianna Fail").
"""
import csv
from collections import Counter
import re
import sys
import unicodedata

from gazetteer_files import aliased_names, lines, place_names, write_aliased

WORD_LIST = "/usr/share/dict/american-english-large"

# Words that say a name is a party's, whatever the others are.
PARTY_WORDS = re.compile(
    r"\b(?:Party|Parties|Front|League|Alliance|Union|Movement|Congress|Democrats|Socialists|"
    r"Republicans|Liberals|Conservatives|Greens|Coalition|Bloc|Rally|Assembly|Federation|"
    r"Communists|Nationalists|Unionists|Labour|Labor)\b"
)


def latin(name):
    return all(
        not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name
    )


def accent_free(name):
    return "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    )


def share(row):
    try:
        return float(row["share"])
    except ValueError:
        return 0.0


def english(word, words):
    # British spellings too: "centre" of "center", "valour" of "valor".
    return (
        word in words
        or (word.endswith("re") and word[:-2] + "er" in words)
        or (word.endswith("our") and word[:-3] + "or" in words)
    )


def usable(name, row, words, proper, given, places, listed):
    parts = name.split()
    if (
        not name
        or not latin(name)
        or not name[0].isupper()
        or re.search(r"[\d()\[\]/,;:\"“”]| [–-] ", name)
        or not 1 <= len(parts) <= 6
        or name in places
        or name in listed
    ):
        return False
    if len(parts) == 1:
        letters = re.sub(r"[^\w]", "", name)
        pieces = [p for p in re.split(r"[-'’]", name.lower()) if p]
        return (
            len(letters) >= 4
            and not name.isupper()
            and not english(name.lower(), words)
            # "Left-wing", "Pro-government", "Shi'ite".
            and not all(english(p, words) for p in pieces)
            # "Chinese", "Whigs": names and their adjectives the list gives.
            and name not in proper
            # "Gaullists", "Carlism", "Peelite": a movement's followers or creed.
            and not re.search(r"(?:ism|ists?|ites?)$", name)
            and name not in given
            and share(row) >= 2.0
        )
    english_only = all(
        english(p.lower(), words) or english(p.lower().strip("'’s"), words) for p in parts
    )
    return not english_only or bool(PARTY_WORDS.search(name))


def main(core_csv, wikipedia_csv):
    with open(WORD_LIST, encoding="utf-8") as f:
        entries = [w.strip() for w in f if w.strip()]
    # Lowercase entries are words; "Georgian" is none, but neither a one-word party's name.
    words = {w for w in entries if w.islower()}
    proper = {w for w in entries if not w.islower()}
    given = set(lines("given_names.txt"))
    places = place_names()
    listed = set().union(
        *(
            aliased_names(name)
            for name in ("organizations.tsv", "companies.tsv", "clubs.tsv", "league_teams.tsv")
        )
    )
    with open(wikipedia_csv, encoding="utf-8") as f:
        wiki = {r["partyfacts_id"]: r["name"].strip() for r in csv.DictReader(f)}
    parties = []
    with open(core_csv, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["technical"].strip():
                continue
            english_names = [n.strip() for n in row["name_english"].split(" / ") if n.strip()]
            names = [wiki.get(row["partyfacts_id"], "")] + english_names + [row["name"].strip()]
            # "SYRIZA": a name in capitals is printed in title case too.
            names += [n.title() for n in names if n.isupper() and len(n) >= 5 and " " not in n]
            kept = []
            for name in names:
                for form in (name, accent_free(name)):
                    if form not in kept and usable(form, row, words, proper, given, places, listed):
                        kept.append(form)
            if kept:
                parties.append(kept)
    # A name two parties share is its own row, not one party's alias.
    seen = Counter(name for kept in parties for name in set(kept))
    rows = {}
    for kept in parties:
        unique = [n for n in kept if seen[n] == 1]
        rows.update((n, []) for n in kept if seen[n] > 1)
        if unique:
            rows[unique[0]] = unique[1:]
    write_aliased(
        "parties.tsv",
        "Party Facts core parties and their English Wikipedia names, MIT; "
        "built by assets/build_parties.py",
        rows,
    )
    print(f"{len(rows)} parties, {sum(len(a) for a in rows.values())} aliases")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
