"""Reading and writing the gazetteer files of assets/, shared by the build scripts."""
import re
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent


def full_lines(name):
    """Every entry of assets/NAME, without its line end (comments and blank lines skipped)."""
    with open(HERE / name, encoding="utf-8") as f:
        return [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]


def lines(name):
    """The first column of every entry of assets/NAME (comments and blank lines skipped)."""
    return [l.split("\t")[0].strip() for l in full_lines(name)]


def aliased_names(name):
    """Every name and alias of assets/NAME, a gazetteer of names and "|"-separated aliases."""
    names = set()
    with open(HERE / name, encoding="utf-8") as f:
        for l in f:
            if l.strip() and not l.startswith("#"):
                fields = l.rstrip("\n").split("\t")
                names.add(fields[0].strip())
                if len(fields) > 1:
                    names.update(a.strip() for a in fields[1].split("|") if a.strip())
    return names


def place_names(spellings=True):
    """Every city, country and region name the place gazetteers list, and (unless `spellings`
    is false) the ASCII spellings of accented city names."""
    names = set(lines("countries.tsv")) | set(lines("regions.tsv"))
    for l in full_lines("cities.tsv"):
        name, _, _, *ascii_spellings = l.split("\t")
        names.add(name.strip())
        if spellings:
            names.update(s for column in ascii_spellings for s in column.split("|"))
    return names


def write_aliased(name, source, rows):
    """Writes assets/NAME: each name, a tab, its aliases separated by "|", sorted by name, under
    a header that says where the list comes from."""
    with open(HERE / name, "w", encoding="utf-8") as out:
        out.write(f"# name\taliases separated by |\t({source})\n")
        for entry in sorted(rows):
            out.write(f"{entry}\t{'|'.join(rows[entry])}\n")


# Latin letters NFKD does not take apart.
UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                              "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i"})
GERMAN_DIGRAPHS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def ascii_forms(name, code, known=None):
    """How English copy writes an accented name: without its accents ("Sao Paulo", "Zurich"),
    and, for a name of a German-speaking country (`code` DE, AT or CH), with an umlaut's digraph
    ("Duesseldorf") where `known` spellings hold that form, or always when `known` is None."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name.translate(UNDECOMPOSED))
                    if not unicodedata.combining(c))
    forms = [plain]
    if code in ("DE", "AT", "CH"):
        digraphs = unicodedata.normalize("NFC", name).translate(GERMAN_DIGRAPHS).translate(UNDECOMPOSED)
        if known is None or digraphs in known:
            forms.append(digraphs)
    ascii_name = re.compile(r"[A-Za-z0-9][A-Za-z0-9' .&\-]*")
    return [f for f in dict.fromkeys(forms) if f != name and ascii_name.fullmatch(f)]
