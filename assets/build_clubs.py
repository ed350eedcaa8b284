#!/usr/bin/env python3
"""Regenerates assets/clubs.tsv, the football clubs gazetteer, from a public-domain database.

Usage: python3 assets/build_clubs.py CLUBS_CHECKOUT

CLUBS_CHECKOUT is a checkout of https://github.com/openfootball/clubs (CC0 1.0): every
COUNTRY/*.clubs.txt file is read. Each club there is a line with its name (then its founding
year, ground and town after commas) and lines of its other names after "|".

Mostly names of two words or more are kept ("Manchester United", "Real Madrid", "Bayern
Munich"): a one-word club name is most often its town's ("Liverpool") or a common word
("Arsenal"), which the results-table reader (src/extract/teams.rs) types from its context
instead. A one-word other name is kept where it is the club's own word before its town's
("Feyenoord" of "Feyenoord Rotterdam") and nothing else a reader could take it for (see
distinctive()); the English word list /usr/share/dict/american-english-large (Debian package
wamerican-large) must be installed. Left out too:
reserve teams ("ii)"), abbreviated forms ("Atl. Madrid"), names that are places in the other
gazetteers or start like a person's name ("Jorge Wilstermann"), names already listed as
organisations, and other names that neither say they are a club's ("United", "Real", "FC") nor
are the club's name without "FC" (an alias can be the club's town: "ADO Den Haag", "Den Haag").
"""
import re
import sys
from pathlib import Path

from gazetteer_files import aliased_names, ascii_forms, lines, place_names, write_aliased

WORD_LIST = "/usr/share/dict/american-english-large"


# Words that say a name is a club's ("Manchester United", "Real Madrid", "FC Porto").
MARKERS = re.compile(
    r"\b(?:FC|AFC|CF|SC|SV|FK|SK|AC|AS|SS|CD|CA|SE|IF|BK|United|City|Club|Sporting|Real|"
    r"Athletic|Athletico|Atlético|Rovers|Wanderers|Albion|Town|County|Hotspur|Rangers|Celtic|"
    r"Dynamo|Dinamo|Spartak|Olympique|Olympic|Racing|Deportivo|Calcio|Futebol|Fútbol|Football|"
    r"Soccer|Juniors|Borussia|Eintracht|Bayern|Lokomotiv|Inter|Internazionale|Sparta|Slavia)\b"
)


# Offices and ranks: "General Caballero" reads as an officer's name.
TITLES = set(lines("titles.txt"))

# The towns the clubs' lines name: a club name that is one of them is kept out ("Canvey Island",
# "East Kilbride"), the town being what a news story means more often.
TOWNS = set()


def bare(name):
    """The name without its club abbreviations: "Aston Villa" of "Aston Villa FC"."""
    return re.sub(r"\s+", " ", re.sub(r"\b(?:FC|AFC|CF|SC)\b", "", name)).strip()


def usable(name, club, given, places, organisations, common):
    words = name.split()
    return (
        len(words) >= 2
        and "(" not in name
        and all(not w.endswith(".") and len(w.strip("&")) > 1 for w in words)
        and words[0][0].isupper()
        # "Sheffield United"; "Sheffield Wednesday" of "Sheffield Wednesday FC": a club's word,
        # or the club's own name opening with its town's or going on in English words that
        # are no names ("Crystal Palace", "River Plate"), outweighs a first word that is a given name too
        # ("Jorge Wilstermann", "Guillermo Brown" stay out).
        and (
            words[0] not in given
            or MARKERS.search(name)
            or (
                name == bare(club)
                and (
                    words[0] in places
                    # "Fortuna Düsseldorf": a given name before its town's.
                    or (len(words) == 2 and words[1] in places)
                    or (
                        words[0] not in TITLES
                        and all(w.lower() in common for w in words[1:])
                    )
                )
            )
        )
        and name not in places
        and name not in organisations
        and not re.search(r"\b(?:II|B|U\d+|Am)$", name)
    )


def clubs(path):
    """(name, other names) per club of one COUNTRY.clubs.txt file."""
    club = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"\s*#.*$", "", raw)
        if not line.strip() or line.lstrip().startswith("="):
            continue
        if line.lstrip().startswith("|"):
            if club is not None:
                for alias in line.split("|"):
                    # "Bayern Munich [en]": the English form, kept marked for main().
                    alias = re.sub(r"\s*\[(?!en\])[a-z]+\]", "", alias).strip()
                    if alias:
                        club[1].append(alias)
            continue
        if line[0].isspace() or line.startswith("ii)"):
            # An address line, or a reserve team (its aliases go with it, not with the club).
            if club is not None:
                yield club
            club = None
            continue
        if club is not None:
            yield club
        fields = [f.strip() for f in re.split(r",|\t|\s{2,}|›|\(|\)", line.strip())]
        TOWNS.update(f for f in fields[1:] if f and not f.startswith("@"))
        club = (fields[0], [])
    if club is not None:
        yield club


def shortened(alias, name):
    """Whether `alias` is `name` with words left out ("Bayer Leverkusen" of "Bayer 04
    Leverkusen", "Schalke" of "FC Schalke 04")."""
    rest = iter(name.split())
    return alias != name and all(any(w == r for r in rest) for w in alias.split())


def names_more_than_its_town(word, name):
    """Whether `word` is the club's own word before its town's in its full name ("Feyenoord"
    of "Feyenoord Rotterdam", "Hajduk" of "HNK Hajduk Split"): a club named only by a club word
    and one more ("NK Osijek") is most often named after its town."""
    own = [
        w
        for w in bare(name).split()
        if not MARKERS.fullmatch(w) and not w.isdigit() and not (w.isupper() and len(w) <= 4)
    ]
    return len(own) >= 2 and word in own[:-1]


def distinctive(word, given, places, organisations, english):
    """A one-word club name no reader takes for anything else: not a place, a town, a given
    name, a company's or body's first word, a club word, an English word in any case, an
    acronym or abbreviation."""
    return (
        len(word) >= 4
        and word[0].isupper()
        and not word.isupper()
        and word.isalpha()
        and word not in given
        and word not in places
        and word not in TOWNS
        and not MARKERS.fullmatch(word)
        and word.lower() not in english
        and not any(o == word or o.startswith(word + " ") for o in organisations)
    )


# How many clubs each one-word short name could stand for (filled in main()).
SHORT_COUNTS = {}


def main():
    given = set(lines("given_names.txt"))
    places = place_names()
    organisations = aliased_names("organizations.tsv") | aliased_names("companies.tsv")
    with open(WORD_LIST, encoding="utf-8") as f:
        entries = [w.strip() for w in f]
    words = {w.lower() for w in entries}
    # English words that are no names: in lower case only ("palace", not "Brown", "Stein").
    proper = set(entries)
    common = {w for w in entries if w.islower() and w.capitalize() not in proper}
    rows = {}
    seen = set()
    paths = [p for p in sorted(Path(sys.argv[1]).glob("**/*.clubs.txt")) if ".lang." not in p.name]
    # Each club with the country code its file's name opens with ("de" of de.clubs.txt).
    read = [(club, path.name.split(".")[0]) for path in paths for club in clubs(path)]
    # Japanese clubs put their town first ("Kashima Antlers", "Shimizu S-Pulse"): their first
    # word is no short name of the club.
    town_first = {name for (name, _), country in read if country == "jp"}
    for (name, marked), _ in read:
        for n in {a.removesuffix("[en]").strip() for a in marked}:
            if " " not in n and shortened(n, name):
                SHORT_COUNTS[n] = SHORT_COUNTS.get(n, 0) + 1
    for (name, marked), country in read:
        english = {a.removesuffix("[en]").strip() for a in marked if a.endswith("[en]")}
        aliases = [a.removesuffix("[en]").strip() for a in marked]
            # Another name must say it is a club's, or be the name without "FC": a bare alias
            # can be the club's town ("ADO Den Haag" | "Den Haag").
        names = [
            n
            for n in dict.fromkeys([name] + aliases)
            if usable(n, name, given, places, organisations, common)
            and n not in TOWNS
            and (n == name or MARKERS.search(n) or n == bare(name) or shortened(n, name))
        ]
        # A one-word short name news prints alone ("Feyenoord", "Hajduk"), where no reader
        # could take it for anything else.
        names += [
            n
            for n in dict.fromkeys(aliases)
            if " " not in n
            and shortened(n, name)
            and names_more_than_its_town(n, name)
            and name not in town_first
            and distinctive(n, given, places, organisations, words)
            and SHORT_COUNTS[n] == 1
            and n not in names
        ]
        # "Fortuna Duesseldorf", "Borussia Monchengladbach": as English copy spells them.
        names += [
            f
            for n in list(names)
            for f in ascii_forms(n, country.upper())
            if f not in names and (" " in f or distinctive(f, given, places, organisations, words))
        ]
        names = [n for n in names if n not in seen]
        # The name English news prints: "Bayern Munich" rather than "Bayern München", "Aston
        # Villa" rather than "Aston Villa FC".
        names.sort(key=lambda n: (n not in english, n != bare(name)))
        if not names:
            continue
        seen.update(names)
        rows[names[0]] = names[1:]
    write_aliased("clubs.tsv", "football clubs of openfootball/clubs, CC0 1.0; rebuilt by build_clubs.py", rows)


if __name__ == "__main__":
    main()
