"""What the gold converters share: lists from assets/, the dev/test split, the output files."""

import json
import os
import zlib

ASSETS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "assets")


def load_countries():
    """Country names, codes and aliases (assets/countries.tsv): in the gold rules a country is a
    place even where a corpus calls the government it stands for an organisation."""
    names = {"U.S.", "US", "U.S.A.", "USA", "UK", "U.K."}
    with open(os.path.join(ASSETS, "countries.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            names.add(cols[0])
            if len(cols) > 4:
                names.update(a for a in cols[4].split(",") if a)
    return names


def split_of(key):
    """A stable split that does not depend on the order of the files: half dev, half test."""
    return "dev" if zlib.crc32(key.encode()) % 2 == 0 else "test"


def write_gold(out, split, name, text, gold):
    """Writes the article's text and its gold file into OUT/SPLIT."""
    os.makedirs(os.path.join(out, split), exist_ok=True)
    with open(os.path.join(out, split, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(out, split, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, indent=2, ensure_ascii=False)
        f.write("\n")
