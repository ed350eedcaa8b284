#!/usr/bin/env python3
"""Regenerates assets/companies.tsv, the companies gazetteer, from a public-domain list.

Usage: python3 assets/build_companies.py CONSTITUENTS_CSV

CONSTITUENTS_CSV is data/constituents.csv of https://github.com/datasets/s-and-p-500-companies
(the S&P 500 constituents as listed on Wikipedia; ODC-PDDL-1.0, public domain).

Each line of the output is a name as news prints it, a tab, and the aliases separated by "|":
the listed name ("Apple Inc.") and its short form ("Apple"). A short form is kept only where it
cannot be taken for something else: not a given name or surname-like person's name ("Charles
Schwab"), not a place in the other gazetteers, not a common English word (a small stop list).
"""
import csv
import re
import sys

from gazetteer_files import lines, place_names, write_aliased

SUFFIXES = r"(?:,?\s+(?:Inc\.?|Corporation|Corp\.?|Company|Co\.|plc|PLC|Ltd\.?|Limited|Holdings|Group|N\.V\.|S\.A\.))+$"
COMMON = {
    "Target", "Ball", "Visa", "Progressive", "Southern", "Block", "Fair", "Match", "Equity",
    "Public", "General", "Global", "American", "United", "First", "Universal", "Digital",
    "Centene", "Intuit", "Snap", "Gap", "Oracle", "Ecolab", "Entergy", "Corning", "Crown",
    "Mosaic",
}


def main():
    given = set(lines("given_names.txt"))
    places = place_names()
    rows = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for row in csv.DictReader(f):
            # "Walt Disney Company (The)": the list puts a leading "The" last, where it hid the
            # corporate suffix before it from SUFFIXES.
            listed = re.sub(r"\s*\((?:Class [A-Z]|The)\)", "", row["Security"]).strip()
            short = re.sub(SUFFIXES, "", listed).strip()
            words = short.split()
            person_like = len(words) >= 2 and words[0] in given
            usable = (
                short
                and not person_like
                and short not in given
                and short not in places
                and short not in COMMON
                and not re.fullmatch(r"[A-Z]{1,2}", short)
            )
            name = short if usable else listed
            if name in places or name in given:
                continue
            aliases = [a for a in dict.fromkeys([listed]) if a != name]
            rows[name] = aliases
    write_aliased("companies.tsv", "S&P 500 constituents, datasets/s-and-p-500-companies, ODC-PDDL-1.0; rebuilt by build_companies.py", rows)


if __name__ == "__main__":
    main()
