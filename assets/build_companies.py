#!/usr/bin/env python3
"""Regenerates assets/companies.tsv, the companies gazetteer, from public-domain listings and
openly licensed lists.

Usage: python3 assets/build_companies.py CONSTITUENTS_CSV OTHER_LISTED_CSV NASDAQ_LISTED_CSV STOCKS_YAML [COMPANIES_CSV [NSI_DATA_DIR [NEWSPAPERS_JSON]]]

CONSTITUENTS_CSV is data/constituents.csv of https://github.com/datasets/s-and-p-500-companies
(the S&P 500 constituents as listed on Wikipedia; ODC-PDDL-1.0, public domain).
OTHER_LISTED_CSV is data/other-listed.csv of https://github.com/datasets/nyse-other-listings and
NASDAQ_LISTED_CSV is data/nasdaq-listed-symbols.csv of https://github.com/datasets/nasdaq-listings
(the exchanges' symbol directories as NASDAQ Trader publishes them; both ODC-PDDL-1.0). Of these
only the New York Stock Exchange's own listings (Exchange N: where the big foreign companies
list their shares, Sony, Toyota Motor, Shell, Unilever, Nokia...) and NASDAQ's Global Select
Market (category Q, its largest companies) are read, and of their securities only common and
ordinary shares and depositary shares of them: no funds, trusts, ETFs, notes, warrants, units,
preferred shares or blank-cheque companies ("Acquisition Corp").
STOCKS_YAML is stocks.yaml of https://github.com/portfolioplus/pytickersymbols (MIT licence): the
constituents of European stock indices (DAX, MDAX, SDAX, TecDAX, FTSE 100, CAC 40, CAC Mid 60,
Euro Stoxx 50, IBEX 35, AEX, BEL 20, OMX Stockholm 30, OMX Helsinki 25, SMI, MOEX) under the
short name news prints ("Siemens", "Tesco", "Carrefour"); only the companies of a non-US index
are read (the S&P 500 and the listings cover the US ones), and of each only its name: the list's
other names ("akas") are read only where they begin with the name's first word, for some are
another company's ("Rostelecom" under "Deutsche Telekom"). PyYAML (Debian python3-yaml) reads it.
COMPANIES_CSV, optional, is data/companies.csv of https://github.com/boberle/random-items (commit
2b82ced, by Bruno Oberle, CC BY 3.0): 1,555 large companies of the world with a Wikipedia
article, under the article's title ("Deloitte", "Pirelli", "Vestas", "Red Bull GmbH", "Anglo
American plc", "Transnet Freight Rail"): the companies news names with no cue word, which no
listing read above holds. Only its name column is read. Without it the script builds the
gazetteer of the four other sources alone.
NSI_DATA_DIR, optional, is the data/ folder of https://github.com/osmlab/name-suggestion-index
(commit c8b272e, BSD-3-Clause): the brands OpenStreetMap tags shops, banks, insurers, fuel
stations, restaurants and hotels with ("Waitrose", "Lidl", "Aldi", "Primark", "Greggs"); only its
brands/ files are read, and of them a brand of a Wikidata item of Wikidata's first years or one
trading in three countries or more (nsi_brands).
NEWSPAPERS_JSON, optional, is full_list_of_newspapers.json of
https://github.com/patrickswickard/international_newspapers (commit 0d8b4a3): the results of a
Wikidata query for newspapers with a website; only their English labels are read, which are
Wikidata's and so CC0 1.0 (the repository itself states no licence).
Both are read the way COMPANIES_CSV is; without them the output is the same as before they were
added.

The English word list /usr/share/dict/american-english-large (Debian package wamerican-large)
must be installed.

Each line of the output is a name as news prints it, a tab, and the aliases separated by "|":
the listed name ("Apple Inc.") and its short form ("Apple"). A short form is kept only where it
cannot be taken for something else: not a given name or surname-like person's name ("Charles
Schwab"), not a place in the other gazetteers, not a common English word, not one or two letters,
and not the short form of two listed companies. A wrong name in a gazetteer does more harm than a
missing one, so the listings' names are held to more than the S&P 500's: a short form that is a
word of the English word list in any case, or whose words all are, is left out (the listed name,
"Southern Copper Corporation", is kept), and a name of more than four words is left out whole.
random-items' names are held to the same filters after the index list's fashion (legal endings,
"Group" among them, stripped: "Red Bull GmbH" -> "Red Bull", "Rio Tinto Group" -> "Rio
Tinto"), less the English-word test for a name of two words or more but for one of English
words only ("Life Insurance", "Country Road"), and skip names with a parenthesis, of more than
four words, with a lowercase word that is not a particle, and companies already present (their
names or another's short name, legal endings and case aside: "ABN AMRO" of "ABN Amro"); short
hand lists read from what the filters left out let through the companies' own names ("Audi",
"ZTE", "Network Rail"), names that open with a given name but are no person's ("Red Bull",
"Arla Foods"), and stop surnames, places and words ("Müller", "Krka", "Finning").
"""
import bisect
import csv
import re
import sys
import unicodedata
from collections import Counter

import yaml

from gazetteer_files import UNDECOMPOSED, aliased_names, lines, place_names, write_aliased

SUFFIXES = r"(?:,?\s+(?:Inc\.?|Corporation|Corp\.?|Company|Co\.|plc|PLC|Ltd\.?|Limited|Holdings|Group|N\.V\.|S\.A\.))+$"
COMMON = {
    "Target", "Ball", "Visa", "Progressive", "Southern", "Block", "Fair", "Match", "Equity",
    "Public", "General", "Global", "American", "United", "First", "Universal", "Digital",
    "Centene", "Intuit", "Snap", "Gap", "Oracle", "Ecolab", "Entergy", "Corning", "Crown",
    "Mosaic",
}
# Legal endings, share classes and listing noise after a listed company's name.
LEGAL = (
    r"Inc\.?|Incorporated|Corporation|Corp\.?|Company|Companies|Co\.?|plc|Plc|PLC|p\.l\.c\.|"
    r"Ltd\.?|LTD\.?|Limited|Holdings?|Group|N\.?V\.?|S\.?A\.?|S\.?E\.?|A\.?G\.?|AB|ASA|A/S|"
    r"Oyj|S\.p\.A\.|SpA|K\.K\.|L\.?P\.?|LLC|GmbH|Tbk|Berhad|S\.A\.B\. de C\.V\.|de C\.V\.|S\.A\.B\.|Sa|"
    r"S\.A\.A\.|Public Limited Company|Public Company|The|\(The\)|&|and"
)
LEGAL_END = re.compile(rf"(?:[,\s]+(?:{LEGAL}))+\s*$")
# Where the kind of security starts in a listed security's name.
SECURITY = re.compile(
    r"\s+(?:-\s|Common Stock|Common Shares|common stock|common shares|Ordinary Shares|"
    r"ordinary shares|American Depositary|American Depository|American depositary|"
    r"Sponsored|Sponsored ADR|ADSs?\b|ADRs?\b|Class [A-Z]\b|Series [A-Z0-9]|Units?\b|Warrants?|"
    r"Rights?\b|\d|Depositary|Depository|Preferred|Shares of Beneficial|Subordinated|Senior|"
    r"Notes?\b|Debentures?|Cumulative|Non-Cumulative|Fixed|Floating|New\b|Shares\b|"
    r"\(each|\(Netherlands|\(Bermuda|\(Canada|\(Cayman|\(Ireland|\(Jersey|\(UK|\(Switzerland)"
)
# The security kinds kept: common and ordinary shares, and depositary shares of them.
KEPT_SECURITY = re.compile(
    r"^(?:(?:Class [A-Z]\s+|Sponsored\s+|New\s+)*(?:Common Stock|Common Shares|common stock|"
    r"common shares|Ordinary Shares|ordinary shares|Ordinary Share|Shares|"
    r"American Depositary Shares?|American Depository Shares?|American depositary shares?|"
    r"American Depositary Receipts?|ADSs?|ADRs?)\b)"
)
NOT_COMPANY = re.compile(
    r"\b(?:Fund|Funds|Trust|ETF|ETN|Acquisition|Acquisitions|Income|Municipal|Portfolio|"
    r"Opportunit\w*|Dividend|Yield|Premium|Strategic|Closed|Tax|Bond|Bonds|Notes|Capital Corp|"
    r"SPAC|Merger|Investors|Investment|Investments|Credit|Lending|Finance|Royalty|BDC|"
    r"Partners|Bancorp|Bancorporation|Bancshares|BancShares|Bank|Savings|Financial|Realty|REIT|"
    r"Properties|Property|Mortgage|Insurance|Assurance|Capital)\b"
    # Blank-cheque companies listed in series ("SilverBox Corp IV").
    r"|\b(?:Corp\.?|Inc\.?|Limited|Ltd\.?)\s+(?:I{1,3}|IV|V|VI{1,3}|IX|X)\b"
)
# Generic last words whose dropping leaves the name news uses ("Palantir" of "Palantir
# Technologies", "Honda" of "Honda Motor").
GENERIC_LAST = {
    "Technologies", "Technology", "Systems", "Holdings", "Holding", "Group", "Industries",
    "International", "Motor", "Motors", "Enterprises", "Brands", "Worldwide", "Incorporated",
}
WORD_LIST = "/usr/share/dict/american-english-large"
# One-word short forms that the word list gives capitalised (as it gives surnames, "Williams",
# "Marsh", places, "Duluth", and myths, "Helios") are left out unless the capitalised word is the
# company's own name; these are those that are.
BRANDS = {
    "Sony", "Honda", "Nokia", "Novartis", "Unilever", "Ericsson", "Ferrari", "Xerox", "Mattel",
    "Honeywell", "Merck", "Baidu", "Dropbox", "Alcoa", "Marvell", "Valvoline", "Birkenstock",
    "Roku", "Macy's", "Kohl's", "Wendy's", "Dillard's",
}
# The same for the index companies' short names, read from the names the filters above leave out:
# names the word list gives ("Siemens", "Volkswagen", "Renault", "Philips": a company's own name
# there), word beginnings ("Eni", "Informa", "Sixt"), a town's shape ("Fraport", "Traton") and
# acronyms of three letters or fewer that are one company's ("BMW", "BP", "SAP"). Not among them: names
# that are also a surname news prints alone ("Bayer", "Pearson", "Wendel"), a word ("Orange",
# "Puma", "Sage", "Compass"), a given name ("Aviva", "Elisa") or a place ("Carrefour", a town in
# Haiti).
INDEX_BRANDS = {
    "Adidas", "Lufthansa", "Siemens", "Volkswagen", "Airbus", "Burberry", "Barclays", "HSBC",
    "Danone", "Michelin", "Renault", "Philips", "Heineken", "Porsche", "Nestle", "Aeroflot",
    "Fraport", "Traton", "Informa", "Publicis", "Magnit", "Sixt", "Eni", "Sartorius", "Roche",
    "Thales", "BMW", "BP", "E.ON", "SAP", "ABB", "RWE", "KPN", "H&M", "UBS", "ING", "SKF",
}
PLACE_ENDINGS = r"(?:wood|lake|way|ton|ville|burg|field|ford|land|port|mouth|ham|dale|bury|shire)$"
# Listings' short forms that are other things' names, or words the word list lacks ("Crocs",
# "Gogo", "Bullish"), found by reading the list and by trying ordinary news text.
# random-items' names that the filters would leave out but that are the company's own name, read
# from what they left out: names the word list gives capitalised ("Audi", "Mazda") and acronyms
# that are one company's ("ZTE", "YPF").
ITEMS_BRANDS = {
    "Audi", "Mazda", "Subaru", "Nikon", "Casio", "Opel", "Prada", "Aetna", "Novelis",
    "Synthes", "Hormel", "Swissport", "Starwood", "TUI", "ZTE", "TDK", "JVC", "YKK", "OMV", "YPF",
    "JCB", "AEG", "SFR", "DSV", "JLL", "K+S", "A2A",
    # Names of English words only that are the company's (the word list has them lower-case).
    "General Electric", "Red Bull", "Network Rail", "Rite Aid", "Food Lion", "Giant Eagle",
    "Standard Bank", "LG Electronics", "LG Chem", "LG Display", "DB Cargo", "De Beers",
    "Club Med", "Express Scripts", "First Data", "Fidelity Investments", "Impala Platinum",
    "Quicken Loans", "Sonic Healthcare", "Maple Leaf Foods", "US Foods", "Abbey National",
    "Alliance Boots", "Grand Metropolitan", "Coles Supermarkets", "Bank of Communications",
    "Quanta Computer", "Station Casinos", "Dimension Data", "Top Glove", "Guaranty Trust Bank",
    "Nuance Communications", "Advance Publications", "Affiliated Computer Services",
    "Gas Natural", "Placer Dome", "Sandals Resorts", "Pinnacle Entertainment",
}
# random-items' names that open with a word given_names.txt holds but are no person's, read from
# what that filter left out ("Arla Foods", "Novo Nordisk"; not "Louis Vuitton", "Thomas Cook",
# "Tommy Hilfiger", "John Deere": a founder's name that news prints for the person too).
ITEMS_NOT_PEOPLE = {
    "Red Bull", "Arla Foods", "Novo Nordisk", "Alfa Laval", "Assa Abloy", "Seiko Epson",
    "Taco Bell", "Tim Hortons", "Iran Khodro", "Liberty Mutual", "Magna Steyr", "Trina Solar",
    "Sun Microsystems", "Marine Harvest", "Tokio Marine", "Indra Sistemas", "Bharat Petroleum",
    "Bharti Airtel", "Royal Bank of Canada", "Royal Caribbean Cruises", "Royal BAM",
    "Royal Boskalis Westminster", "Apollo Tyres", "Bell Canada", "Avon Products", "Ashok Leyland",
    "Ingram Micro", "Campbell Soup", "Dean Foods", "Genesis HealthCare", "Cheng Shin Rubber",
    "Asia Commercial Bank", "Thai Life Insurance", "Vijaya Bank", "Sri Lanka Railways",
    "Kia Motors", "Wilmar International", "Yara International", "Magna International",
    "Bharti Enterprises", "Astra Agro Lestari", "Zamil Industrial", "Vienna Insurance",
}
# random-items' names that are other things' names: surnames news prints alone ("Müller",
# "Meijer", "Tomkins"), a family's before its group's ("Hinduja", "Godrej"), places ("Krka", a
# river; "Sapa", a town), words ("Finning", "Sonda", "Tiens"), found by reading the list and by
# comparing the extractor's output on news text before and after.
ITEMS_STOPS = {
    "Müller", "Meijer", "Myer", "Schott", "Schering", "Rinker", "Reitan", "Tomkins", "Amey",
    "Hyatt", "Hinduja", "Kirloskar", "Madhvani", "Bakrie", "Godrej", "Swire", "Mahindra", "Krka",
    "Sapa", "Tiens", "Sonda", "Finning", "Macquarie", "Desjardins", "Novotel", "Kempinski",
    "Peckham's", "Habib's", "Dreyer's",
}
# The same for the name-suggestion-index's brands, read from what that filter left out of the
# brands trading in five countries or more (not "Paul", "Douglas", "Penny", "Conrad", bakeries,
# perfumeries, supermarkets and hotels named as people are, nor founders' names, "Kate Spade").
NSI_NOT_PEOPLE = {
    "Aldi", "Marks & Spencer", "River Island", "Five Guys", "Din Tai Fung", "Jack Wolfskin",
    "Lotte Duty Free", "Tim Ho Wan", "Hui Lau Shan",
}
LISTED_STOPS = {"Maximus", "Karman", "Yalla", "Securitize", "Bullish", "Herc", "Loar", "Firy", "Gogo",
    "Crocs",
}
# The US indices of the index list (their companies are the S&P 500's and the listings').
US_INDICES = {"S&P 500", "S&P 100", "S&P 600", "NASDAQ 100", "DOW JONES"}
# Legal endings and share classes after an index company's name, besides LEGAL: the German,
# French, Nordic and Spanish forms ("KGaA", "SCA", "Oyj", "Abp", "SOCIMI") and share kinds
# ("Vz", preference shares; "St", ordinary; "vNa", registered).
INDEX_LEGAL = (
    rf"{LEGAL}|KGaA|Co\.?\s*KGaA|& Co\.? KGaA|SCA|SCS|Abp|NV|S\.A\.S\.|SAS|SOCIMI|"
    r"Aktiengesellschaft|Vz|St|vNa|R|Registered|SA/NV|N\.V\./S\.A\."
)
INDEX_LEGAL_END = re.compile(rf"(?:[,\s]+(?:{INDEX_LEGAL}))+\s*$")
# The same without "Group" and "Holdings": what tells one listed company from another of its
# first word ("Compass Group" from "Compass, Inc.", "NN Group" from "NN, Inc.").
INDEX_KEY_END = re.compile(
    rf"(?:[,\s]+(?:{INDEX_LEGAL.replace('Holdings?|Group|', '')}))+\s*$"
)
# Words that open an index company's listed name and are not part of the name news prints.
INDEX_LEGAL_START = re.compile(r"^(?:JSC|PJSC|PAO|OAO|The|Aktiebolaget)\s+")
# Lowercase words an index company's name may have ("Sberbank of Russia", "Industria de Diseño
# Textil"); a name with any other ("Solar power in Spain", a wrong row) is not read.
NAME_PARTICLES = {
    "of", "de", "des", "du", "la", "le", "del", "y", "et", "und", "and", "van", "der", "den", "am",
}
# The name-suggestion-index's brands read: those of a Wikidata item numbered below this (the items
# of Wikidata's first years, made from Wikipedia's articles), or trading in this many countries.
NSI_QID_LIMIT = 20_000_000
NSI_MIN_COUNTRIES = 3
SHARES_NOISE = re.compile(r"\s*\((?:Class [A-Z]|The)\)|\s*\([^)]*\)\s*$")



def row_of(shorts, longs, plain_first=False):
    """A row's name and aliases: the shortest short form, with its accents where both spellings
    pass (without them where PLAIN_FIRST), else the first listed name; None when neither
    passed."""
    if shorts:
        entry = min(
            shorts, key=lambda f: (len(f.split()), (f == folded(f)) != plain_first, len(f))
        )
        return entry, [f for f in shorts + longs if f != entry]
    if longs:
        return longs[0], longs[1:]
    return None

def add_row(rows, row_keys, taken, entry, aliases):
    """Adds a row, its names taken and each name's index key pointing at it."""
    rows[entry] = aliases
    for n in [entry] + aliases:
        taken.add(n)
        row_keys.setdefault(index_key(n), entry)


def english_words():
    """The lowercase entries of the system's large English word list, and its capitalised ones
    (given names, surnames, places, brands)."""
    with open(WORD_LIST, encoding="utf-8") as f:
        words = [w.strip() for w in f if w.strip()]
    return {w for w in words if w.islower()}, {w for w in words if w[:1].isupper()}


def listed_company(security):
    """The company's name of a listed security's name and whether the security is one kept, or
    None: "Sony Group Corporation American Depositary Shares" -> "Sony Group Corporation"."""
    security = re.sub(r"\s+", " ", security).strip()
    m = SECURITY.search(security)
    if not m:
        return None
    company, kind = security[: m.start()].strip(" ,-"), security[m.start():].strip(" ,-")
    if not KEPT_SECURITY.match(kind) or re.search(r"Preferred|Warrant|Unit|Right|Note|%", kind):
        return None
    company = SHARES_NOISE.sub("", company).strip(" ,")
    return company or None


def short_forms(listed):
    """The listed name without its legal ending, and without a generic last word after that:
    "Toyota Motor Corporation" -> ["Toyota Motor", "Toyota"]."""
    short = LEGAL_END.sub("", listed).strip(" ,")
    if not short:
        return []
    forms = [short]
    words = short.split()
    if len(words) >= 2 and words[-1] in GENERIC_LAST:
        forms.append(LEGAL_END.sub("", " ".join(words[:-1])).strip(" ,"))
    return [f for f in forms if f]


def folded(name):
    """NAME without its accents ("Nestlé" -> "Nestle", "Telefónica" -> "Telefonica")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def index_bare(name, ending=INDEX_LEGAL_END):
    """An index company's name or other name without its legal ending, share kind or opening
    legal form: "Fresenius Medical Care AG & Co. KGaA St" -> "Fresenius Medical Care"."""
    name = re.sub(r"\s+", " ", name.replace("/The", "")).strip()
    name = INDEX_LEGAL_START.sub("", name)
    return ending.sub("", name).strip(" ,")


def index_key(name):
    """NAME without its legal ending but with "Group" or "Holdings": "HSBC Holdings, plc." ->
    "HSBC Holdings"."""
    return index_bare(name, INDEX_KEY_END)


def index_companies(path):
    """The companies of the non-US indices of the index list, each as its name cleaned of a
    Wikipedia-style note ("Puma (brand)" -> "Puma") and the other names the list gives it that
    are the name with a legal ending or a generic last word: [("Siemens", ["Siemens AG"]), ...]. Names with a
    lowercase word that is not a particle, or a word of five letters or more in capitals (a
    register's spelling, "PFEIFFER VACUUM TECHNOLOGY AG", not the one news prints), are left out,
    as are investment trusts."""
    with open(path, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    companies = {}
    for company in data["companies"]:
        if not set(company.get("indices") or []) - US_INDICES:
            continue
        name = re.sub(r"\s*\([^)]*\)", "", company["name"]).strip()
        words = name.split()
        if not words or any(w[0].islower() and w not in NAME_PARTICLES for w in words):
            continue
        if any(re.fullmatch(r"[A-Z]{5,}", w) for w in re.split(r"[\s.&-]+", name)):
            continue
        if re.search(r"\b(?:Trust|Fund)\b", name):
            continue
        bare = index_bare(name).split()
        akas = [
            a.strip()
            for a in company.get("akas") or []
            if index_bare(a).split()[: len(bare)] == bare
            and all(w in GENERIC_LAST for w in index_bare(a).split()[len(bare):])
            and not re.search(r"[A-Z]{5,}", a)
        ]
        if name not in companies:
            companies[name] = akas
    return list(companies.items())


def random_items_companies(path):
    """The companies' names of random-items' companies.csv, without those with a parenthesis (a
    Wikipedia note or an abbreviation, "Bharat Heavy Electricals (BHEL)"), of more than four
    words ("China National Aero-Technology Import & Export Corporation"), with a lowercase word
    that is not a particle ("Asfour crystal", "Dm-drogerie markt": Wikipedia's capitalisation,
    not the one news prints) or a first letter Wikipedia capitalised ("EBay", "IHeartMedia"),
    or with a letter of no Latin script."""
    with open(path, encoding="utf-8") as f:
        return plain_names(row["name"] for row in csv.DictReader(f))


def plain_names(names):
    """NAMES in order, once each, less those random_items_companies leaves out."""
    kept = []
    for name in names:
        name = re.sub(r"\s+", " ", name).strip()
        words = name.split()
        if not words or re.search(r"[()]", name) or len(words) > 4:
            continue
        if any(w[0].islower() and w not in NAME_PARTICLES for w in index_bare(name).split()):
            continue
        if re.match(r"[EI][A-Z][a-z]", name) or any(unicodedata.category(c) == "Lo" for c in name):
            continue
        kept.append(name)
    return list(dict.fromkeys(kept))


def latin(name):
    """Whether every letter of NAME is a Latin one ("Żabka", not "Пятёрочка")."""
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name)


def nsi_brands(data_dir):
    """The brands of the name-suggestion-index (its data/brands/ folder: shops, banks,
    restaurants, fuel stations, hotels, insurers...) that a Wikidata item describes and that are
    more than a local chain: the item is one of the first NSI_QID_LIMIT (those of Wikidata's
    first years, made from Wikipedia's articles: "Waitrose", "Primark", "Greggs") or the brand
    trades in NSI_MIN_COUNTRIES countries or more ("Aldi"). The English name is
    read where the index gives one, and only names of Latin letters are kept."""
    import glob
    import json

    names = []
    for path in sorted(glob.glob(f"{data_dir}/brands/**/*.json", recursive=True)):
        with open(path, encoding="utf-8") as f:
            items = json.load(f).get("items", [])
        for item in items:
            tags = item.get("tags", {})
            qid = tags.get("brand:wikidata", "")
            name = tags.get("brand:en") or tags.get("brand")
            if not name or not re.fullmatch(r"Q\d+", qid) or not latin(name):
                continue
            # "001", the whole world, is not counted: the index gives it to new, small brands too.
            where = [c for c in (item.get("locationSet") or {}).get("include") or [] if c != "001"]
            wide = len(where) >= NSI_MIN_COUNTRIES
            if int(qid[1:]) < NSI_QID_LIMIT or wide:
                names.append(name)
    return plain_names(names)


def wikidata_newspapers(path):
    """The English labels of the newspapers of a Wikidata query's JSON results (items with no
    English label, whose label is their id, are left out), of Latin letters only."""
    import json

    with open(path, encoding="utf-8") as f:
        bindings = json.load(f)["results"]["bindings"]
    names = []
    for b in bindings:
        label = b.get("itemLabel", {}).get("value", "")
        if label and not re.fullmatch(r"Q\d+", label) and latin(label):
            names.append(label)
    return plain_names(names)


def add_random_items(
    names, rows, taken, row_keys, shared, unambiguous, lower_words, not_people=ITEMS_NOT_PEOPLE,
    other_sources=False,
):
    """Adds to ROWS the companies of random-items not already listed, each under the shortest of
    its names that passes the filters, with its other names as aliases, and returns how many
    rows it added. A name of one word, or one shortened by a generic last word, is held to all
    the listings' filters; one of two words or more to them less the English-word test, but for
    a name of English words only ("Life Insurance" of "Life Insurance Corporation", "Country
    Road"), which a short hand list of the companies' own names lets through ("Red Bull",
    "Network Rail"). A company whose short names all fail is kept under its listed name with its
    legal ending ("Sharp Corporation", "Schott AG") where that passes, but not one of English
    words with "Group" ("City Group", "Synergy Group")."""
    places = place_names() | set(lines("provinces.tsv"))
    known = aliased_names("organizations.tsv") | aliased_names("clubs.tsv")
    taken_all = taken | known
    known_keys = {index_key(n) for n in known} | {index_key(folded(n)) for n in known}
    # Every row's name and alias, legal endings aside and in any case ("Rio Tinto" of "Rio
    # Tinto Group", "eBay" of "EBay").
    present = {k.casefold() for k in set(row_keys) | known_keys}
    present_names = {n.casefold() for n in set(rows) | known}
    # The names of the rows of the sources read before this one.
    earlier_names = set(present_names)
    brands = BRANDS | INDEX_BRANDS | ITEMS_BRANDS

    def english(name):
        """Whether NAME is of English words only, places aside ("Network Rail", "Life
        Insurance", "Central"; not "China Post", "Bank of China")."""
        words = [w for w in re.split(r"[\s&-]+", name) if w and w not in NAME_PARTICLES]
        return all(w.lower() in lower_words and w not in places for w in words)

    candidates = []
    for name in names:
        bare = index_bare(name)
        if not bare:
            continue
        forms = [(bare, False)]
        words = bare.split()
        if len(words) >= 2 and words[-1] in GENERIC_LAST:
            forms.append((index_bare(" ".join(words[:-1])), True))
        # An accent-free spelling beside each ("Kärcher" -> "Karcher").
        forms = [
            (g, stripped) for f, stripped in forms if f
            for g in dict.fromkeys([f, folded(f.translate(UNDECOMPOSED))])
        ]
        candidates.append((name, forms))
    # A short name two of the list's companies share names neither.
    items_shared = Counter(f for _, forms in candidates for f in {g for g, _ in forms})
    added = 0
    for name, forms in candidates:
        names = [f for f, _ in forms]
        if any(
            n in taken_all or index_key(n).casefold() in present
            for n in [name, folded(name), *names]
        ):
            continue
        # A company listed under a shorter name ("Samsung" of "Samsung Electronics").
        words = names[0].split()
        if any(" ".join(words[:i]).casefold() in present_names for i in range(1, len(words))):
            continue
        # For the brands and newspapers, the same for a one-word name that ends the name of a
        # company of the sources before ("Telekom" of "Deutsche Telekom"): its short name, not
        # another company.
        if other_sources and len(words) == 1 and any(
            n.endswith(" " + names[0].casefold()) for n in earlier_names
        ):
            continue

        def passes(f, strict):
            if f in ITEMS_STOPS or f in places:
                return False
            if f in not_people:
                return f not in known
            if len(f.split()) > 1 and f not in ITEMS_BRANDS and english(f):
                return False
            # The letter test on the accent-free spelling ("Çalık").
            return unambiguous(f, strict, brands) or (
                f != folded(f.translate(UNDECOMPOSED))
                and unambiguous(folded(f.translate(UNDECOMPOSED)), strict, brands)
            )

        shorts = [
            f for f, stripped in forms
            if f not in taken_all and items_shared[f] == 1 and shared[f] <= 1
            and passes(f, stripped or len(f.split()) == 1)
        ]
        # The listed name with its legal ending ("Securitas AB"), but not a name of English
        # words whose only ending is "Group" or "Holdings" ("Central Group").
        ending = name[len(index_bare(name)):] if name.startswith(index_bare(name)) else name
        weak = not re.sub(r"\b(?:Group|Holdings?)\b|[\s,.]", "", ending)
        long_passes = (
            name not in names
            and name not in taken_all
            and not (weak and english(index_bare(name)))
            and name not in ITEMS_STOPS
            and unambiguous(name, False, brands)
        )
        longs = [name] if long_passes else []
        # A brand's or newspaper's name as English-language news prints it, without its
        # accents ("Skoda" of "Škoda"), the accented one an alias.
        row = row_of(shorts, longs, plain_first=other_sources)
        if row is None:
            continue
        entry, aliases = row
        if entry in rows or entry in taken_all:
            continue
        add_row(rows, row_keys, taken, entry, aliases)
        for n in [entry] + aliases:
            taken_all.add(n)
            present.add(index_key(n).casefold())
        present_names.add(entry.casefold())
        added += 1
    return added


def main():
    given = set(lines("given_names.txt"))
    places = place_names()
    known = set(lines("organizations.tsv")) | set(lines("clubs.tsv"))
    lower_words, capitalised = english_words()
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
    sp_rows = len(rows)

    # The listings: every kept company's listed name and short forms.
    listed_names = []
    with open(sys.argv[2], encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["Exchange"] == "N" and row["ETF"] == "N" and row["Test Issue"] == "N":
                listed_names.append(listed_company(row["Security Name"]))
    with open(sys.argv[3], encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["Market Category"] == "Q" and row["ETF"] == "N" and row["Test Issue"] == "N":
                listed_names.append(listed_company(row["Security Name"]))
    listed_names = [n for n in dict.fromkeys(listed_names) if n and not NOT_COMPANY.search(n)]
    forms = {n: short_forms(n) for n in listed_names}
    # A short form two companies share ("Yum" of two listings) names neither.
    shared = Counter(s for n in listed_names for s in set(forms[n]))
    taken = set(rows) | {a for aliases in rows.values() for a in aliases} | known
    # A listing of a company already listed, under its name with or without its legal ending
    # ("Williams Companies, Inc." of the S&P 500's "Williams Companies").
    sp_names = set(rows)
    taken_bare = {LEGAL_END.sub("", t).strip(" ,") for t in taken}

    sorted_words = sorted(lower_words)

    def starts(prefix):
        """How many words of the lowercase word list begin with PREFIX."""
        i = bisect.bisect_left(sorted_words, prefix)
        j = bisect.bisect_left(sorted_words, prefix + "\uffff")
        return j - i

    def unambiguous(name, strict, brands=BRANDS):
        words = name.split()
        if not name or len(words) > 4 or not re.search(r"[A-Za-z]{3}", name) and name not in brands:
            return False
        if name in given or name in places or name in COMMON or name in known:
            return False
        if words[0] in given:
            return False
        if strict and name not in brands:
            # A word of the English word list ("Target", "Shell", "Frontline"), or a name of
            # such words only; a one-word name the list gives capitalised (a surname, a place);
            # an acronym of three letters or fewer ("CRA", "ICF": other bodies' too).
            if all(w.lower() in lower_words for w in words):
                return False
            if len(words) == 1 and name in capitalised:
                return False
            if re.fullmatch(r"[A-Z0-9&]{1,3}", name):
                return False
            # A town's or a street's shape ("Westwood", "Kingsway", "Ashland").
            if len(words) == 1 and re.search(PLACE_ENDINGS, name) and not re.search(r"[A-Z]", name[1:]):
                return False
            if name in LISTED_STOPS:
                return False
            # A word's beginning ("Digi" of "digital", "Digi-destined"), which news prints
            # capitalised in compounds and names of other things.
            if len(words) == 1 and starts(name.lower()) >= 3:
                return False
        return True

    new = 0
    for listed in listed_names:
        if listed in taken or forms[listed][:1] and forms[listed][0] in taken_bare:
            continue
        # An S&P 500 company listed under a longer name ("Verizon Communications" of "Verizon").
        words = listed.split()
        if any(" ".join(words[:i]) in sp_names for i in range(1, len(words))):
            continue
        shorts = [s for s in forms[listed] if shared[s] == 1 and s not in taken and unambiguous(s, True)]
        # A listed name with no legal ending ("Bullish") is held to the short forms' filters.
        if not unambiguous(listed, forms[listed][:1] == [listed]):
            continue
        if shorts:
            name = shorts[-1]
            aliases = [a for a in dict.fromkeys([listed] + shorts[:-1]) if a != name]
        else:
            name, aliases = listed, []
        if name in rows:
            continue
        rows[name] = aliases
        taken.add(name)
        taken.update(aliases)
        new += 1

    # An S&P name's short form without its generic last word ("Palantir" of "Palantir
    # Technologies"), as an alias, where it passes the listings' filters and no other company is
    # so called.
    for name in list(rows)[:sp_rows]:
        words = name.split()
        if len(words) == 2 and words[-1] in GENERIC_LAST:
            short = words[0]
            if (
                re.fullmatch(r"[A-Z][A-Za-z'-]+", short)
                and short not in taken
                and shared[short] <= 1
                and unambiguous(short, True)
            ):
                rows[name] = rows[name] + [short]
                taken.add(short)
    # The European indices' companies: a new row under the shortest name that passes the
    # listings' filters, or, for a company already listed ("Unilever", "HSBC Holdings, plc."),
    # its short names as aliases of that row where they pass.
    row_keys = {}
    for name, aliases in rows.items():
        for n in [name] + aliases:
            row_keys.setdefault(index_key(n), name)
    index_new = index_aliases = 0
    brands = BRANDS | INDEX_BRANDS

    def index_unambiguous(name, stripped):
        """An index company's name of two words or more is held to the listings' filters less
        the English-word test ("Standard Chartered", "Delivery Hero": capitalised together, a
        big company's name); a name of one word, or one shortened by a generic last word
        ("International Airlines" of "International Airlines Group"), to all of them."""
        return unambiguous(name, stripped or len(name.split()) == 1, brands)

    for name, akas in index_companies(sys.argv[4]):
        bare = index_bare(name)
        # A name shortened by "Group" or "Holdings" among its legal endings is held as one
        # shortened by a generic last word.
        forms = [(bare, bool(re.search(r"\b(?:Group|Holdings?)\b", name[len(bare):])))]
        words = bare.split()
        if len(words) >= 2 and words[-1] in GENERIC_LAST:
            forms.append((index_bare(" ".join(words[:-1])), True))
        # An accent-free spelling beside each, as English-language news often prints it.
        forms = [(g, stripped) for f, stripped in forms if f for g in dict.fromkeys([f, folded(f)])]
        names = [f for f, _ in forms]
        # The company is a listed one where its name or other names are a row's, legal endings
        # aside.
        existing = next(
            (row_keys[index_key(n)] for n in [name, folded(name), *akas] if index_key(n) in row_keys),
            None,
        )
        shorts = [f for f, stripped in forms if f not in taken and index_unambiguous(f, stripped)]
        if existing is not None:
            added = [f for f in shorts if f != existing and f not in rows[existing]]
            if added:
                # The short name becomes the row's where the row was under its listed name with
                # a legal ending ("Barclays PLC" -> "Barclays").
                if index_bare(existing) != existing and added[0] not in rows:
                    rows[added[0]] = [existing] + rows.pop(existing) + added[1:]
                else:
                    rows[existing] = rows[existing] + added
                taken.update(added)
                index_aliases += 1
            continue
        # The listed names with a legal ending ("Barclays PLC", "Vinci SA").
        longs = [
            n for n in dict.fromkeys([name, *akas])
            if n not in names and n not in taken and unambiguous(n, False)
        ]
        row = row_of(shorts, longs)
        if row is None:
            continue
        entry, aliases = row
        if entry in rows or entry in taken:
            continue
        add_row(rows, row_keys, taken, entry, aliases)
        index_new += 1

    # The companies of random-items, where given: a new row under the shortest name that
    # passes the filters, as for the index list.
    items_new = 0
    if len(sys.argv) > 5:
        items_new = add_random_items(
            random_items_companies(sys.argv[5]), rows, taken, row_keys, shared, unambiguous,
            lower_words,
        )
    # The brands of the name-suggestion-index and Wikidata's newspapers, where given, the same
    # way.
    nsi_new = papers_new = 0
    if len(sys.argv) > 6:
        nsi_new = add_random_items(
            nsi_brands(sys.argv[6]), rows, taken, row_keys, shared, unambiguous, lower_words,
            ITEMS_NOT_PEOPLE | NSI_NOT_PEOPLE, other_sources=True,
        )
    if len(sys.argv) > 7:
        papers_new = add_random_items(
            wikidata_newspapers(sys.argv[7]), rows, taken, row_keys, shared, unambiguous,
            lower_words, other_sources=True,
        )
    print(
        f"{sp_rows} S&P 500 rows, {new} from the listings, {index_new} from the index list "
        f"(and {index_aliases} listed rows given its short names), {items_new} from random-items, "
        f"{nsi_new} from the name-suggestion-index, {papers_new} from Wikidata's newspapers, "
        f"{len(rows)} in all",
        file=sys.stderr,
    )
    items = (
        "companies of Wikipedia's articles, companies.csv of boberle/random-items by Bruno "
        "Oberle, CC BY 3.0; "
        if len(sys.argv) > 5
        else ""
    )
    if len(sys.argv) > 6:
        items += "brands of osmlab/name-suggestion-index, BSD-3-Clause; "
    if len(sys.argv) > 7:
        items += "newspapers of Wikidata, CC0 1.0; "
    write_aliased(
        "companies.tsv",
        "S&P 500 constituents, datasets/s-and-p-500-companies; NYSE and NASDAQ Global Select "
        "listings, datasets/nyse-other-listings and datasets/nasdaq-listings; all ODC-PDDL-1.0; "
        f"European index constituents, portfolioplus/pytickersymbols stocks.yaml, MIT; {items}"
        "rebuilt by build_companies.py",
        rows,
    )


if __name__ == "__main__":
    main()
