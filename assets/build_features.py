#!/usr/bin/env python3
"""Regenerates features.tsv, the gazetteer of major named physical features (rivers, lakes,
seas, gulfs, bays, straits, mountain ranges, deserts, plains, plateaus, peninsulas, valleys,
island groups and the highest peaks: "Danube", "Lake Victoria", "Adriatic Sea", "Strait of
Hormuz", "Pyrenees", "Sahara", "Mount Everest"), from Natural Earth's 1:10m physical layers.

Usage: python3 build_features.py NATURAL_EARTH_DIR [--dropped]

NATURAL_EARTH_DIR is Natural Earth vector data (public domain, naturalearthdata.com): either a
checkout of https://github.com/nvkelso/natural-earth-vector (its 10m_physical/*.dbf are read,
or its geojson/*.geojson) or any folder holding the layers' attribute tables as GeoJSON
(.geojson or .json, as https://github.com/martynafford/natural-earth-geojson ships them inside
10m/physical/*.7z: extract them with 7z first) or as dBase tables (.dbf, parsed here: no GIS
library is needed). The layers read, each found by file name anywhere under the folder:
ne_10m_rivers_lake_centerlines, ne_10m_lakes, ne_10m_geography_marine_polys,
ne_10m_geography_regions_polys, ne_10m_geography_regions_points and
ne_10m_geography_regions_elevation_points (the 50m layer of the same name where a 10m one is
missing). The other gazetteers and word lists of assets/ (countries.tsv, cities.tsv,
regions.tsv, provinces.tsv, counties.tsv, the organisation gazetteers, common_words.txt,
given_names.txt) say which names to leave out.

Only the major features are kept, by Natural Earth's own ranking ("scalerank", 0 the most
prominent; see RANK below): a river of rank 6 or less, a lake of 5 or less, a sea, gulf or
strait of 7 or less (so that "Bab el-Mandeb", "Dardanelles" and "Gulf of Aqaba" are in), a range, desert or plain of 5 or less, a peak of 3 or less. Natural Earth writes
many names as a map labels them: in capitals ("GOBI DESERT"), abbreviated ("CAUCASUS MTS.",
"BALKAN PEN."), in the local language ("APPENNINI", "Golfo de California") or with a
generic word news leaves off ("Amazon River"); each is read into the name English news
writes ("Gobi Desert", "Caucasus Mountains", "Balkan Peninsula", "Apennines", "Gulf of
California", "Amazon") through the rules and the table ENGLISH below. A name with accents is
listed both as written and folded to ASCII ("Yucatán Peninsula", "Yucatan Peninsula").

Left out, so that a name is safe to match anywhere in news text: names the other place
gazetteers already list (countries, cities, regions, provinces, counties: "Colorado",
"Congo", "Crimea"), one-word names that are common English words in lower case ("Orange",
"Snake", "Red") or given names ("Jordan", "Victoria"), names of three letters or fewer, the
rivers and others named for a person or that news uses for something else (SURNAME_OR_WORD:
"Churchill", "Mackenzie", "Grand"), names still abbreviated or transliterated past reading
("S. Dourada", "Bol'shoy Begichev I."), and the kinds that are not features news names (capes,
coasts, the poles, single islands, which provinces.tsv mostly lists). For a sea that news
calls by its first word alone ("the Adriatic", "the Aegean") that short form is a line of its
own (regions.tsv, whose loader this file is made for, has no alias column): see SHORT_FORMS.
What was left out, and why, is printed with --dropped (after the paths).
"""
import json
import re
import sys
import unicodedata
from pathlib import Path

from gazetteer_files import aliased_names, lines, place_names

OUT = Path(__file__).resolve().parent

# Natural Earth's rank ("scalerank") at or under which a feature is kept, by layer and class.
RANK = {
    "rivers": 6,
    "lakes": 5,
    "marine": 7,
    "regions_polys": 5,
    "regions_points": 4,
    "elevation": 3,
}

# Which classes ("featurecla") of each layer are read, and the kind each is listed under.
CLASSES = {
    "rivers": {"River": "river", "Lake Centerline": "lake"},
    "lakes": {"Lake": "lake", "Alkaline Lake": "lake", "Reservoir": "lake"},
    "marine": {
        "ocean": "sea", "sea": "sea", "gulf": "gulf", "bay": "bay", "strait": "strait",
        "channel": "strait", "sound": "bay", "fjord": "bay", "inlet": "bay", "lagoon": "bay",
        "reef": "reef",
    },
    "regions_polys": {
        "Range/mtn": "range", "Desert": "desert", "Plain": "plain", "Lowland": "plain",
        "Tundra": "plain", "Wetlands": "plain", "Plateau": "plateau", "Basin": "basin",
        "Depression": "basin", "Peninsula": "peninsula", "Pen/cape": "peninsula",
        "Isthmus": "peninsula", "Valley": "valley", "Gorge": "valley", "Delta": "delta",
        "Island group": "island group", "Geoarea": "area", "Lake": "lake",
    },
    "regions_points": {"plain": "plain", "island group": "island group", "waterfall": "waterfall"},
    "elevation": {"mountain": "peak", "depression": "basin", "pass": "pass", "plateau": "plateau"},
}

LAYERS = {
    "rivers": "rivers_lake_centerlines",
    "lakes": "lakes",
    "marine": "geography_marine_polys",
    "regions_polys": "geography_regions_polys",
    "regions_points": "geography_regions_points",
    "elevation": "geography_regions_elevation_points",
}

# Natural Earth's name (after the capitals and abbreviations are read) -> the name English
# news writes, or None where news has no use for it. Public knowledge.
ENGLISH = {
    # local-language names
    "Appennini": "Apennines", "Península Ibérica": "Iberian Peninsula",
    "Desierto de Atacama": "Atacama Desert", "Pen. de Yucatán": "Yucatán Peninsula",
    "Península de Yucatán": "Yucatán Peninsula", "Golfo de California": "Gulf of California",
    "Bahía de Campeche": "Bay of Campeche", "Golfe du Lion": "Gulf of Lion",
    "Golfo de Panamá": "Gulf of Panama", "Golfo de Guayaquil": "Gulf of Guayaquil",
    "Golfo de Tehuantepec": "Gulf of Tehuantepec", "Golfo San Jorge": "Gulf of San Jorge",
    "Golfo de Penas": "Gulf of Penas", "Río de la Plata": "Río de la Plata",
    "Baia de Maputo": "Maputo Bay", "Chaîne Annamitique": "Annamite Range",
    "Haut Atlas": "High Atlas", "Atlas Saharien": "Saharan Atlas", "Moyen Atlas": "Middle Atlas",
    "Atlas Tellien": "Tell Atlas", "Anti Atlas": "Anti-Atlas", "Kjølen Mountains": "Scandinavian Mountains",
    "Cord. Cantábrica": "Cantabrian Mountains", "Böhmerwald": "Bohemian Forest",
    "Erzgebirge": "Ore Mountains", "Er Rif": "Rif Mountains", "Elburz Mountains": "Alborz Mountains",
    "Alti-Planicie Mexicana": "Mexican Plateau", "Planalto do Mato Grosso": "Mato Grosso Plateau",
    "Planalto Central": "Brazilian Plateau", "Açores": "Azores", "Islas Canarias": "Canary Islands",
    "Ilhas de Cabo Verde": "Cape Verde Islands", "Archipel des Comores": "Comoro Islands",
    "Archipel des Tuamotu": "Tuamotu Islands", "Archipiélago de Colón": "Galápagos Islands",
    "Îles de la Société": "Society Islands", "Îles Marquesas": "Marquesas Islands",
    "Îles Gambier": "Gambier Islands", "Îles Tubuaï": "Austral Islands",
    "Îles Kerguelen": "Kerguelen Islands", "Îles Crozet": "Crozet Islands",
    "Îles Loyauté": "Loyalty Islands", "Føroyar": "Faroe Islands", "Nouvelle-Calédonie": "New Caledonia",
    "Ryükyü Islands": "Ryukyu Islands", "Nampö-Shotö": "Nanpo Islands", "Izu-Shotö": "Izu Islands",
    "Daitö Islands": "Daito Islands", "Ösumi Islands": "Osumi Islands",
    "Is. Revillagigedo": "Revillagigedo Islands", "Islas Juan Fernandez": "Juan Fernández Islands",
    "Islas Desventuradas": "Desventuradas Islands", "Arquipélago dos Bijagós": "Bijagós Islands",
    "Péninsule d'Ungava": "Ungava Peninsula", "Pén. de Gaspé": "Gaspé Peninsula",
    "Pen. de la Guajira": "Guajira Peninsula", "Pen. de Azuero": "Azuero Peninsula",
    "Pen. de Nicoya": "Nicoya Peninsula", "Pen. de Osa": "Osa Peninsula",
    "Península Valdés": "Valdés Peninsula", "Península de Taitao": "Taitao Peninsula",
    "Is. de Panamá": "Isthmus of Panama", "Istmo de Tehuantepec": "Isthmus of Tehuantepec",
    "Salto Angel": "Angel Falls", "Gora Elbrus": "Mount Elbrus", "Cerro Aconcagua": "Aconcagua",
    "Mt. Blanc": "Mont Blanc", "Denali": "Denali", "Rub' al Khali": "Rub' al Khali",
    "Les Laurentides": "Laurentian Mountains", "Garagum Desert": "Karakum Desert",
    "Qizilqum Desert": "Kyzylkum Desert", "Betpaqdala Desert": "Betpak-Dala",
    "Cord. de Mérida": "Cordillera de Mérida", "Hardanger-vidda": "Hardangervidda",
    "Finnmarks-vidda": "Finnmarksvidda", "Bjørnøya": "Bear Island", "Kopet Dag Mountains": "Kopet Dag",
    "Lake Centerline": None, "Caatingas": "Caatinga", "Karakoram Range": "Karakoram",
    "Sikhote-Alin' Range": "Sikhote-Alin", "Falkland Islands": "Falkland Islands",
    "Balearic Islands": "Balearic Islands", "Bo Hai": "Bohai Sea", "Bosporus": "Bosphorus",
    "Yangtze River": "Yangtze", "Columbia River": "Columbia River",
    "The North Western Passages": "Northwest Passage", "Straits of Florida": "Straits of Florida",
    "Marshall Isands": "Marshall Islands", "Solomon Isands": "Solomon Islands",
    "Mariana Isands": "Mariana Islands", "Ryükyü Isands": "Ryukyu Islands",
    "Samoa Islands": "Samoa Islands", "Palau Islands": "Palau Islands",
    "Honshü": "Honshu", "Hokkaidö": "Hokkaido", "Kyüshü": "Kyushu",
    "Tihāmah": "Tihamah", "Chota Nägpur Plateau": "Chota Nagpur Plateau",
    "Mt. Everest": "Mount Everest", "Plateau of Tibet": "Tibetan Plateau",
    "North Atlantic Ocean": "North Atlantic", "South Atlantic Ocean": "South Atlantic",
    "North Pacific Ocean": "North Pacific", "South Pacific Ocean": "South Pacific",
    "Caucasus Mountains": "Caucasus Mountains", "Great Rift Valley": "Great Rift Valley",
    "Estrecho de Magellanes": "Strait of Magellan", "Bab el Mandeb": "Bab el-Mandeb",
    "Waddenzee": "Wadden Sea", "Lago de Maracaibo": "Lake Maracaibo", "Golfo de Urabá": "Gulf of Urabá",
    "Mecklenburger Bucht": "Bay of Mecklenburg", "Prince Albert Sound": "Prince Albert Sound",
    "Bodensee": "Lake Constance", "Danau Toba": "Lake Toba", "Represa Itaipu": "Itaipu Reservoir",
    "Represa de Sobradinho": "Sobradinho Reservoir", "Lac Moeru": "Lake Mweru",
    "Lake Eyre North": "Lake Eyre", "Lake Eyre South": None, "Tajo": "Tagus", "Duero": "Douro",
    "Rhein": "Rhine", "Rhin": "Rhine", "Dnepre": "Dnieper", "Drau": "Drava", "Tisa": "Tisza",
    "Ertis": "Irtysh", "Firat": "Euphrates", "Al Furat": "Euphrates", "Khövsgöl Nuur": "Lake Khövsgöl",
    "Bretagne": "Brittany", "Normandie": "Normandy", "Sao Francisco": "São Francisco",
    "Prince ALbert Sound": "Prince Albert Sound", "Zalew Wislany": "Vistula Lagoon",
    "Kaliningradskiy Zaliv": None, "Buhayrat ath Tharthar": "Lake Tharthar",
    "Pskoyskoye Ozero": None, "Long Lake": None, "Po Lake": None, "La Grande": None, "Pend Orielle": None,
    "Lake Pend Oreille": "Lake Pend Oreille", "Irrawaddy Delta": None, "Dicle": "Tigris",
    "Cero Raya": None, "Bonaparte": None, "North Channel": None, "Grand Lake": None,
    "Lake Louise": None, "Grande": None, "Verde": None, "Sprague": None, "Saint John": None,
    "St. Clair": None, "Daly": None, "Buller": None, "Kayan": None, "Black Lake": None,
    "Bear Lake": None, "Cedar Lake": None, "Trout Lake": None, "Island Lake": None,
    "Goose Lake": None, "Split Lake": None, "Scott Lake": None, "Baker Lake": None,
    "Big Trout Lake": None, "Gods Lake": None, "Golfo Corcovado": None,
    # names the GeoJSON conversion mangled (letters with accents lost): the right spelling
    # is in another row of the layer, or the name is left out
    "Gta lv": None, "Pnuco": None, "Rhne": None, "Glma": None, "Inarijrvi": None,
    "Pijnne": None, "Pjrvi": None, "Pyhjrvi": None, "Ro Grande de Santiago": None,
    "Siletitengiz Kli": None,
    # map labels that are no feature's name news uses
    "Inner Sea": None, "Inner Seas": None, "Western Plateau": None, "Coastal Plain": None,
    "Central Lowland": None, "North Slope": None, "Western Desert": None, "Eastern Desert": None,
    "Central Highlands": None, "Coast Ranges": None, "Coast Mountains": None,
    "Cordillera Central": None, "Cordillera Occidental": None, "Cordillera Oriental": None,
    "Cordillera Real": None, "Crystal Mountains": None, "Southern Ghats": None,
    "Boca Grande": None, "Bahía Grande": None, "Big Bend": None, "Front Range": None,
    "Dome A": None, "Dome C": None, "Dome F": None, "Polar Plateau": None,
    "Central Makran": None, "Central Bruhui Range": None, "American Highland": None,
    "N.I. Volcanic Plateau": None, "Valle Longitudinal": None, "Sierra Chiapas": None,
    "Hawai'i": None, "Kiribati": None, "Japan": None, "New Zealand": None, "Philippines": None,
    "Fiji": None, "Tuvalu": None, "Vanuatu": None, "Seychelles": None, "Tokelau": None,
    "India": None, "Korea": None, "Florida": None, "Punjab": None, "Alaska": None,
}

# Short forms news writes for a sea ("the Adriatic"), listed as lines of their own; only
# where the short form is the sea's and nothing else's. Public knowledge.
SHORT_FORMS = {
    "Adriatic Sea": "Adriatic", "Aegean Sea": "Aegean", "Tyrrhenian Sea": "Tyrrhenian",
    "Ionian Sea": "Ionian", "Caribbean Sea": "Caribbean", "Mediterranean Sea": "Mediterranean",
    "Baltic Sea": "Baltic", "Caspian Sea": "Caspian", "Ligurian Sea": "Ligurian",
    "Sargasso Sea": "Sargasso", "Barents Sea": "Barents", "Bosporus": "Bosporus",
    "Kattegat": "Kattegat", "Arctic Ocean": "Arctic", "Indian Ocean": "Indian Ocean",
    "Strait of Gibraltar": "Straits of Gibraltar", "Strait of Malacca": "Malacca Strait",
    "Straits of Florida": "Florida Straits",
    "Persian Gulf": "Arabian Gulf", "Sea of Japan": "East Sea", "Black Sea": "Black Sea",
    "Himalayas": "Himalaya", "Appalachian Mountains": "Appalachians",
    "Carpathian Mountains": "Carpathians", "Rocky Mountains": "Rockies", "Andes": "Andes Mountains",
    "Atlas Mountains": "Atlas", "Zagros Mountains": "Zagros", "Pyrenees": "Pyrenees",
    "Apennines": "Apennines", "Dinaric Alps": "Dinarides", "Balkan Mountains": "Balkan Mountains",
    "Alborz Mountains": "Alborz", "Kalahari Desert": "Kalahari", "Taklimakan Desert": "Taklamakan",
    "Namib Desert": "Namib", "Rub' al Khali": "Empty Quarter", "Thar Desert": "Thar",
    "Negev Desert": "Negev", "Sinai": "Sinai Peninsula", "Great Plains": "Great Plains",
    "Pontic Steppe": "Pontic Steppe", "Korea Strait": "Tsushima Strait",
    "Denali": "Mount McKinley", "Mount Everest": "Everest", "Mount Kilimanjaro": "Kilimanjaro",
    "Mount Elbrus": "Elbrus", "Bosphorus": "Bosporus",
}

# Rivers and other features with a one-word name that news uses for a person, a company, a
# team or a thing more often than for the feature (public knowledge), besides those the
# word lists catch.
SURNAME_OR_WORD = {
    "Churchill", "Mackenzie", "Grand", "Jordan", "Nelson", "Fraser", "Thompson", "Hamilton",
    "Murray", "Darling", "Mitchell", "Gilbert", "Shannon", "Hudson", "Lewis", "Logan",
    "Marshall", "Jackson", "Ross", "Irwin", "Flinders", "Roper", "Victoria", "Albert",
    "Edward", "George", "Rupert", "Kent", "Avon", "Trent", "Tweed", "Colorado", "Congo",
    "Orange", "Snake", "Red", "Platte", "Pearl", "White", "Black", "Green", "Canadian",
    "Columbia", "Amazon", "Niger", "Senegal", "Gambia", "Don", "Main", "Inn", "Bug", "Peace",
    "Back", "Albany", "Madeira", "Negro", "Branco", "Salado", "Mary", "Grace", "Charlotte",
    "Lincoln", "Melville", "Palmer", "Wilson", "Darwin", "Stanley", "Kennedy", "Cook",
    "Baker", "Foster", "Barrow", "Anderson", "Burke", "Cooper", "Gregory", "Fitzroy", "Ord",
    "Tom", "Ural", "Hayes", "Grijalva", "Meta", "Beni", "Volta", "Magdalena", "Pecos",
    # "the Baltic states", "Baltic exchange": an adjective news uses for the three countries.
    "Baltic",
}

# Well-known features the word lists would take for a word or a given name ("seine", a
# fishing net; "Elbe", "Neva", "Anatolia", given names somewhere): kept. Public knowledge.
KEEP = {"Elbe", "Neva", "Seine", "Anatolia", "Altiplano", "Pampas", "Llanos", "Sudd", "Kailash"}

# Words that mark a river's branch, channel or canal, which news does not name.
PART_WORDS = re.compile(r"\b(?:Protoka|Bratul|Branch|Csatorna|Canal|Fork|Duna|Braco)\b|^Ozero ")

# Rivers left out under their one-word name that news also writes with "River" after it:
# that form is listed ("Jordan River", "Orange River", "Yellow River").
RIVER_FORM = {
    "Jordan", "Colorado", "Congo", "Orange", "Snake", "Red", "Churchill", "Mackenzie",
    "Murray", "Darling", "Amazon", "Columbia", "Niger", "Senegal", "Gambia", "Yellow",
    "Fraser", "Hudson", "Ottawa", "Missouri", "Mississippi", "Ohio", "Arkansas", "Tennessee",
    "Platte", "Paraguay", "Uruguay", "Nelson", "Yukon", "Saskatchewan", "Peace", "Pearl",
    "Don", "Ural", "Volta", "Magdalena", "Salado", "Negro", "Madeira", "Grijalva", "Pecos",
    "Flinders", "Gilbert", "Mitchell", "Victoria", "Albany", "Severn", "Shannon", "Trent",
    "Paraná", "Lena", "Ob", "Amur", "Indus", "Back", "Liard", "Canadian", "Kasai",
}

# Names of lakes in the local language: the word for "lake" before or after the name.
LAKE_WORDS = [(re.compile(r"^Lago (?:de )?(.+)$"), r"Lake \1"), (re.compile(r"^(.+) Hu$"), r"\1 Lake")]

# A multi-word map label whose generic word news leaves off a river ("Amazon River").
RIVER_SUFFIX = re.compile(r" (?:River|Rio|Río)$")

ABBREVIATIONS = [
    (r"\bMts\s*\.", "Mountains"), (r"\bMtns\.", "Mountains"), (r"\bRa\.", "Range"),
    (r"\bPen\.", "Peninsula"), (r"\bPlat\.", "Plateau"), (r"\bIs\.$", "Islands"),
    (r"\bIsands\b", "Islands"), (r"\bI\.$", "Island"), (r"\bArch\.", "Archipelago"),
    (r"\bStr\.", "Strait"), (r"\bSd\.", "Sound"), (r"^Mt\. ", "Mount "),
    (r"\bSt\. ", "St. "),
]

SMALL_WORDS = {"of", "the", "de", "del", "la", "las", "los", "and", "al", "ar", "an", "as",
               "do", "da", "dos", "das", "des", "du", "le", "les", "y", "el", "e", "di"}


def read_dbf(path):
    """The rows of a dBase III table, as dicts of field name to text (None where empty)."""
    data = path.read_bytes()
    count = int.from_bytes(data[4:8], "little")
    header_len = int.from_bytes(data[8:10], "little")
    record_len = int.from_bytes(data[10:12], "little")
    fields, pos = [], 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode("ascii").lower()
        fields.append((name, chr(data[pos + 11]), data[pos + 16]))
        pos += 32
    encoding = "utf-8"
    cpg = path.with_suffix(".cpg")
    if cpg.exists() and "1252" in cpg.read_text():
        encoding = "cp1252"
    rows = []
    for i in range(count):
        record = data[header_len + i * record_len:header_len + (i + 1) * record_len]
        if record[:1] == b"*":
            continue
        row, off = {}, 1
        for name, kind, length in fields:
            raw = record[off:off + length].decode(encoding, "replace").strip()
            off += length
            if not raw:
                row[name] = None
            elif kind in "NF":
                try:
                    row[name] = float(raw)
                except ValueError:
                    row[name] = None
            else:
                row[name] = raw
        rows.append(row)
    return rows


def read_layer(root, layer):
    """The attribute rows of ne_10m_<layer> (or ne_50m_<layer>) found anywhere under root."""
    for scale in ("10m", "50m"):
        stem = f"ne_{scale}_{layer}"
        for ext in (".geojson", ".json"):
            for path in sorted(root.rglob(stem + ext)):
                with open(path, encoding="utf-8") as f:
                    return [feat["properties"] for feat in json.load(f)["features"]], path
        for path in sorted(root.rglob(stem + ".dbf")):
            return read_dbf(path), path
    sys.exit(f"no ne_10m_{layer} (.geojson, .json or .dbf) under {root}")


def fold(text):
    """The name without its accents ("Yucatán" -> "Yucatan")."""
    text = text.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def title_word(word, first):
    if not first and word.lower() in SMALL_WORDS:
        return word.lower()
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def english(name):
    """Natural Earth's label read as English news writes the feature's name, or None."""
    name = re.sub(r"\s+", " ", name.replace("’", "'").replace("‘", "'")).strip()
    name = re.sub(r" \.", ".", name)
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        name = " ".join(title_word(w, i == 0) for i, w in enumerate(name.split()))
    if name in ENGLISH:
        return ENGLISH[name]
    for pattern, repl in ABBREVIATIONS:
        name = re.sub(pattern, repl, name)
    if name in ENGLISH:
        return ENGLISH[name]
    return name


def main():
    args = [a for a in sys.argv[1:] if a != "--dropped"]
    root = Path(args[0])

    known = {}
    for file_name in ("countries.tsv", "cities.tsv", "regions.tsv", "provinces.tsv", "counties.tsv"):
        for n in lines(file_name):
            known.setdefault(n, file_name)
    for n in place_names() - set(known):   # ASCII spellings of cities
        known[n] = "cities.tsv"
    # A body's name or alias is left to the body ("FC Tobol", "Everest Group").
    bodies = set().union(*(aliased_names(f) for f in (
        "organizations.tsv", "companies.tsv", "clubs.tsv", "league_teams.tsv")))
    common = set(lines("common_words.txt"))
    words = Path("/usr/share/dict/american-english-large")
    if words.exists():   # the word list the other build scripts use, lower-case words only
        common |= {w for w in words.read_text(encoding="utf-8").split() if w.islower()}
    given = set(lines("given_names.txt"))

    found = {}     # name -> (kind, rank)
    dropped = {}   # name -> reason
    sources = []
    for key, layer in LAYERS.items():
        rows, path = read_layer(root, layer)
        sources.append(str(path))
        for row in rows:
            kind = CLASSES[key].get((row.get("featurecla") or "").strip())
            rank = row.get("scalerank")
            raw = (row.get("name_en") or row.get("name") or "").strip()
            if not kind or rank is None or not raw:
                continue
            if float(rank) > RANK[key]:
                continue
            name = english(raw)
            if kind == "lake" and row.get("featurecla") == "Lake Centerline" and name and not re.search(
                    r"\b(?:Lake|Lac|Lago|Lagoa|Lough|Reservoir|Represa|Ozero|Hu|Nuur|Co|Sea)\b", name):
                kind = "river"
            if kind == "lake" and name:
                for pattern, repl in LAKE_WORDS:
                    name = pattern.sub(repl, name)
                if name in ENGLISH and ENGLISH[name] is None:
                    dropped.setdefault(name, "a map label news does not use, or the country's name")
                    continue
            if name is None:
                dropped.setdefault(raw, "a map label news does not use, or the country's name")
                continue
            if kind == "river" and RIVER_SUFFIX.search(name) and name not in ENGLISH.values():
                name = RIVER_SUFFIX.sub("", name)
            reason = None
            first = name.split()[0]
            if name not in ENGLISH.values():
                name = re.sub(r"(?<=[a-z])'(?=[a-z ]|$)", "", name)   # "Anadyr'", "O'ahu"
            if name in KEEP:
                reason = None
            elif PART_WORDS.search(name):
                reason = "a river's branch, channel or canal, or a Russian lake name news does not use"
            elif re.search(r"[.'()\d]", name.replace("St. ", "")) and name not in ENGLISH.values():
                reason = "abbreviated or transliterated past reading"
            elif name in known or fold(name) in known:
                reason = f"already in {known.get(name) or known.get(fold(name))}"
            elif " " not in name and len(name) <= 3:
                reason = "one word of three letters or fewer"
            elif name in bodies or fold(name) in bodies:
                reason = "a body's name or alias in the organisation gazetteers"
            elif name.lower() in common:
                reason = "a common English word"
            elif name in given or (" " not in name and fold(name) in given):
                reason = "a given name"
            elif name in SURNAME_OR_WORD or fold(name) in SURNAME_OR_WORD:
                reason = "a surname, or a word or name news uses for something else"
            elif kind in ("river", "lake") and " " not in name and first in given:
                reason = "a given name"
            if reason:
                dropped.setdefault(name, reason)
                if kind == "river" and name in RIVER_FORM and reason.startswith(("a ", "already")):
                    found.setdefault(name + " River", (kind, float(rank)))
                continue
            if name not in found or float(rank) < found[name][1]:
                found[name] = (kind, float(rank))

    rows = {}
    for name, (kind, _rank) in found.items():
        rows[name] = kind
        if fold(name) != name and fold(name) not in known:
            rows.setdefault(fold(name), kind)
    # Short forms, also of the seas regions.tsv lists ("Caspian Sea": "Caspian").
    kinds = {n: k for n, (k, _r) in found.items()}
    for name, short in SHORT_FORMS.items():
        kind = kinds.get(name) or (None if name not in known else "sea" if re.search(r"Sea|Ocean|Gulf|Strait", name) else "range")
        if not kind or short in rows:
            continue
        if short in known:
            dropped.setdefault(short, f"short form, already in {known[short]}")
        elif short in SURNAME_OR_WORD or short in bodies:
            dropped.setdefault(short, "short form news uses for something else")
        elif short.lower() in common or short in given:
            dropped.setdefault(short, "short form that is a common word or given name")
        else:
            rows[short] = kind

    order = ["sea", "gulf", "bay", "strait", "reef", "river", "lake", "range", "peak", "pass",
             "desert", "plain", "plateau", "basin", "valley", "delta", "peninsula", "area",
             "island group", "waterfall"]
    with open(OUT / "features.tsv", "w", encoding="utf-8") as out:
        out.write(
            "# name\ttype\t(major named physical features: rivers, lakes, seas, gulfs, bays, "
            "straits, ranges, peaks, deserts, plains, plateaus, peninsulas, valleys, island "
            "groups; Natural Earth 1:10m physical layers, public domain; rebuilt by "
            "build_features.py)\n"
        )
        for kind in order:
            names = sorted(n for n, k in rows.items() if k == kind)
            if names:
                out.write(f"# {kind}\n")
                for n in names:
                    out.write(f"{n}\tother\n")
    if "--dropped" in sys.argv:
        for n in sorted(dropped):
            print(f"{n}\t{dropped[n]}")
    for s in sources:
        print("read", s, file=sys.stderr)
    counts = {k: sum(1 for v in rows.values() if v == k) for k in order}
    print(len(rows), "names;", counts, ";", len(dropped), "dropped", file=sys.stderr)


if __name__ == "__main__":
    main()
