#!/usr/bin/env python3
"""Regenerates assets/venues.tsv, the football grounds gazetteer, from a public-domain database.

Usage: python3 assets/build_venues.py CLUBS_CHECKOUT

CLUBS_CHECKOUT is a checkout of https://github.com/openfootball/clubs (CC0 1.0), the database
clubs.tsv is built from: the ground after "@" on each club's line of COUNTRY/*.clubs.txt
("Liverpool FC, 1892, @ Anfield, Liverpool"), and each stadium with its other names in
COUNTRY/*.stadiums.txt. A ground is where a match is played ("at Anfield", "at Old Trafford"), a
facility, not the club that plays there.

Left out: names opening with "The" ("The Valley": the reader cannot tell it from the words),
names with a person's given name first and no word of a ground ("Giuseppe Meazza"), one-word
other names ("Amazônia" of "Arena Amazônia"), names that are places, organisations or clubs in
the other gazetteers ("Wembley" is a town's name first), and one-word names that are English
words or given names; the English word list /usr/share/dict/american-english-large (Debian
package wamerican-large) must be installed.
"""
import re
import sys
from pathlib import Path

from gazetteer_files import aliased_names, ascii_forms, lines, place_names, write_aliased

WORD_LIST = "/usr/share/dict/american-english-large"

# Words that say a name is a ground's ("Stadio Giuseppe Meazza", "Estadio Santiago Bernabéu").
GROUND_WORDS = re.compile(
    r"\b(?:Stadium|Stadion|Stadio|Estadio|Estádio|Stade|Stadionul|Arena|Park|Parque|Ground|"
    r"Road|Field|Lane|Bridge|Cottage|Meadow|Stadyumu|Stadyum)\b"
)


def clean(name):
    """The name without sponsors' marks ("$UPC$-Arena") and notes in brackets."""
    name = re.sub(r"\([^)]*\)", "", name.replace("$", ""))
    return re.sub(r"\s+", " ", name).strip()


def grounds(checkout):
    """(name, aliases) of every ground the checkout names."""
    for path in sorted(Path(checkout).rglob("*.clubs.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line[:1] in ("", " ", "\t", "|", "#", "="):
                continue
            found = re.search(r"@\s*([^,#]+)", line.split("##")[0])
            if found:
                yield clean(found.group(1)), []
    for path in sorted(Path(checkout).rglob("*.stadiums.txt")):
        current = None
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith("|") and current is not None:
                current[1].extend(clean(a) for a in stripped[1:].split("|") if a.strip())
                continue
            if current is not None:
                yield current
                current = None
            if line[:1] in ("", " ", "\t", "#", "=") or "," not in line:
                continue
            current = (clean(line.split(",")[0]), [])
        if current is not None:
            yield current


def main():
    checkout = sys.argv[1]
    with open(WORD_LIST, encoding="utf-8") as f:
        english = {w.strip().lower() for w in f}
    given = set(lines("given_names.txt"))
    given_ascii = {a for g in given for a in ascii_forms(g, "")}
    taken = (
        place_names()
        | aliased_names("organizations.tsv")
        | aliased_names("companies.tsv")
        | aliased_names("clubs.tsv")
    )

    def usable(name):
        words = name.split()
        if not words or words[0] == "The" or ":" in name or name in taken or not name[0].isupper():
            return False
        if len(words) == 1:
            return len(name) >= 5 and name.lower() not in english and name not in given
        # "Giuseppe Meazza", "Aldo Drosina": a ground named after a person, without a word that
        # says it is a ground, reads as the person.
        if (words[0] in given or words[0] in given_ascii) and not GROUND_WORDS.search(name):
            return False
        return all(w[0].isupper() or w in ("de", "del", "da", "do", "di", "la", "le") for w in words)

    rows = {}
    for name, aliases in grounds(checkout):
        # (A one-word other name is often the region's or the club's: "Amazônia".)
        forms = [n for n in [name, *(a for a in aliases if " " in a)] if usable(n)]
        forms += [a for n in list(forms) for a in ascii_forms(n, "") if usable(a)]
        if not forms:
            continue
        entry = rows.setdefault(forms[0], [])
        entry.extend(f for f in forms[1:] if f != forms[0] and f not in entry)
    # An alias that is another ground's name stays that ground's.
    for name in rows:
        rows[name] = [a for a in rows[name] if a not in rows]
    write_aliased(
        "venues.tsv",
        "football grounds of openfootball/clubs, CC0 1.0; rebuilt by build_venues.py",
        rows,
    )


if __name__ == "__main__":
    main()
