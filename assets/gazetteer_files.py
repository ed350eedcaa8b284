"""Reading and writing the gazetteer files of assets/, shared by the build scripts."""
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


def place_names():
    """Every city, country and region name the place gazetteers list."""
    return set(lines("cities.tsv")) | set(lines("countries.tsv")) | set(lines("regions.tsv"))


def write_aliased(name, source, rows):
    """Writes assets/NAME: each name, a tab, its aliases separated by "|", sorted by name, under
    a header that says where the list comes from."""
    with open(HERE / name, "w", encoding="utf-8") as out:
        out.write(f"# name\taliases separated by |\t({source})\n")
        for entry in sorted(rows):
            out.write(f"{entry}\t{'|'.join(rows[entry])}\n")
