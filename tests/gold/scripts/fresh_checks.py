#!/usr/bin/env python3
"""Builds the fresh checks: openly licensed annotated text of other genres, converted like the
gold set's dev and test parts but kept outside this repository (some of it is share-alike).

Usage: fresh_checks.py RE3D_CHECKOUT GUM_CHECKOUT OUT_DIR

Writes OUT_DIR/re3d/ (re3d's Wikipedia part, CC BY-SA 3.0, and its EU Delegation to Syria
statements, EC legal notice) and OUT_DIR/gum_<genre>/ for GUM's biographies (Wikipedia, CC BY-SA
3.0), court transcripts, academic papers (CC BY 4.0), speeches, textbooks and interviews
(Wikinews, CC BY 2.5; the learned tagger trains on them, so only the rules' errors there are
news), each converted by
the same rules as re3d_to_gold.py and gum_to_gold.py, uncorrected. Score one with
`gazette eval tests/gold OUT_DIR/re3d`. Nothing here is scored by the tests: these are a place
to find errors a class at a time, on text the rules were not written for.
"""

import os
import sys

import gum_to_gold
import re3d_to_gold
from gold_lists import write_gold

RE3D_PARTS = {
    "Wikipedia": ("wiki", "CC BY-SA 3.0"),
    "Delegation of the European Union to Syria": ("eeas", "EC legal notice"),
}
GUM_GENRES = (
    "bio",
    "court",
    "academic",
    "speech",
    "textbook",
    "interview",
)
# Not GUM's essays, letters, podcasts, fiction, wikiHow or reddit: non-commercial licences
# (GUM's LICENSE.txt), which this project does not use.


def main():
    re3d_root, gum_root, out = sys.argv[1:4]
    for source, (tag, licence) in RE3D_PARTS.items():
        for _, name, text, gold in re3d_to_gold.convert_part(re3d_root, source, tag, licence):
            write_gold(out, "re3d", name, text, gold)
    folder = os.path.join(gum_root, "dep")
    for file in sorted(os.listdir(folder)):
        parts = file.split("_")
        if not (file.startswith("GUM_") and file.endswith(".conllu") and parts[1] in GUM_GENRES):
            continue
        name = file[: -len(".conllu")].lower()
        try:
            text, gold, _ = gum_to_gold.convert(os.path.join(folder, file), name)
        except (IndexError, KeyError, ValueError) as error:
            print(f"skipped {file}: {error}", file=sys.stderr)
            continue
        gold["article"] = name + ".txt"
        write_gold(out, f"gum_{parts[1]}", name, text, gold)


if __name__ == "__main__":
    main()
