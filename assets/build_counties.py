#!/usr/bin/env python3
"""Regenerates assets/counties.tsv, the second-level divisions of the United Kingdom (the
counties of England, Scotland's council areas, Wales's principal areas: "Cumbria",
"Lancashire", "Fife", "Pembrokeshire"), from GeoNames, and the counties of the island of
Ireland ("County Kerry"), listed here. GeoNames' first level there is the four
nations, so provinces.tsv names none of them, though British news names them daily.

Usage: python3 assets/build_counties.py ADMIN2_CODES_TXT

ADMIN2_CODES_TXT is GeoNames' admin2Codes.txt (CC BY 4.0, geonames.org): a line per division,
its code ("GB.ENG.C9"), name, ASCII name and GeoNames id, tab-separated. The English word list
/usr/share/dict/american-english-large (Debian package wamerican-large) must be installed.

A name is read without the words of its kind of council ("Borough of Thurrock" is "Thurrock",
"County of Flintshire" "Flintshire", "Caerphilly County Borough" "Caerphilly", "Sir Powys" "Powys", "The Scottish Borders" "Scottish
Borders"; "County Durham" keeps its "County"). Left out as in build_provinces.py: names the
other place gazetteers list (the city keeps its type: "Barnsley", "Bradford"), common English
words in lower case ("Highland"), names that open with a given name ("Angus", "Devon"), names of
three letters or fewer, names that only say where a division lies, and "Trafford" (news means
Old Trafford, the grounds).
"""
import re
import sys

import build_provinces
from gazetteer_files import HERE, lines, place_names

COUNTRIES = {"GB"}

# The words of a council's kind before its name.
KIND_PREFIX = re.compile(
    r"^(?:City and Borough of |City and County of |Royal Borough of |Metropolitan Borough of |"
    r"Borough of |City of |County of |District of |Sir |The )"
)
# ... and after it ("Caerphilly County Borough", "Glasgow City").
KIND_SUFFIX = re.compile(r"(?: [Cc]ounty [Bb]orough| City)$")

# Names news means something else by: "Old Trafford", the football and cricket grounds.
ELSEWHERE = {"Trafford"}

# The 32 traditional counties of the island of Ireland, named with "County" ("County Kerry";
# "Co Kerry" and "Co. Kerry" are read as it): news of both Irelands names places so, and
# GeoNames has them under neither level. Public knowledge, the row's code the state's today.
IRISH_COUNTIES = {
    "GB": ["Antrim", "Armagh", "Down", "Fermanagh", "Londonderry", "Tyrone"],
    "IE": [
        "Carlow", "Cavan", "Clare", "Cork", "Donegal", "Dublin", "Galway", "Kerry", "Kildare",
        "Kilkenny", "Laois", "Leitrim", "Limerick", "Longford", "Louth", "Mayo", "Meath",
        "Monaghan", "Offaly", "Roscommon", "Sligo", "Tipperary", "Waterford", "Westmeath",
        "Wexford", "Wicklow",
    ],
}

# Britain's areas news names that are no division today, so GeoNames' second level lacks
# them, or that open with a given name: ceremonial and former counties ("Berkshire",
# "Merseyside", "Yorkshire", "Avon", "Devon"),
# Scotland's former regions and Wales's preserved counties ("Strathclyde", "Gwent"), and the
# areas England is spoken of in ("the Midlands", "East Anglia", "the Home Counties").
# Public knowledge. (The compass regions, "the North East", are left out with the other names
# that only say where a division lies.)
BRITISH_AREAS = [
    "Avon", "Bedfordshire", "Berkshire", "Cheshire", "Clwyd", "Cotswolds", "Cumberland",
    "Devon", "Dyfed", "East Anglia", "East Midlands", "Glamorgan", "Grampian", "Greater Manchester",
    "Gwent", "Gwynedd", "Highlands", "Home Counties", "Humberside", "Huntingdonshire",
    "Lothian", "Merseyside", "Mid Glamorgan", "Middlesex", "Midlands", "Scottish Highlands",
    "Somerset", "South Glamorgan", "South Yorkshire", "Strathclyde", "Sussex", "Tayside",
    "Tyne and Wear", "West Country", "West Glamorgan", "West Midlands", "West Yorkshire",
    "Westmorland", "Yorkshire",
]

# Words that only say where a division lies or what it is, as for the provinces.
GENERIC = build_provinces.GENERIC | {"county", "borough"}


def main():
    common = build_provinces.lowercase_words()
    given = set(lines("given_names.txt"))
    known = place_names(spellings=False) | set(lines("provinces.tsv"))
    rows = {}
    with open(sys.argv[1], encoding="utf-8") as f:
        for line in f:
            code, name, _ascii_name, _id = line.rstrip("\n").split("\t")
            if code.split(".")[0] not in COUNTRIES:
                continue
            name = KIND_SUFFIX.sub("", KIND_PREFIX.sub("", name))
            words = name.split()
            if (
                len(name) <= 3
                or re.search(r"[()\d,]", name)
                or not name[0].isupper()
                or name in known
                or name in ELSEWHERE
                or name.lower() in common
                or words[0] in given
                or all(w.lower() in GENERIC for w in re.split(r"[ -]", name))
            ):
                continue
            rows[name] = code.split(".")[0]
    for area in BRITISH_AREAS:
        rows[area] = "GB"
    for country, counties in IRISH_COUNTIES.items():
        for county in counties:
            rows[f"County {county}"] = country
    with open(HERE / "counties.tsv", "w", encoding="utf-8") as out:
        out.write(
            "# name\tiso2\taliases separated by |\ttype\t(second-level divisions of the UK in "
            "GeoNames' admin2Codes.txt, CC BY 4.0, Britain's former counties and areas, and the "
            "counties of Ireland; rebuilt by build_counties.py)\n"
        )
        for name in sorted(rows):
            out.write(f"{name}\t{rows[name]}\t\tregion\n")


if __name__ == "__main__":
    main()
