"""Lists from assets/ that the gold converters share."""

import os

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
