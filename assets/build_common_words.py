#!/usr/bin/env python3
"""Rebuilds assets/common_words.txt: the lowercase English words of a SCOWL word list.

A capitalised phrase made only of such words ("Registered Apprenticeships", "Crime Act") is a
heading or a programme's name far more often than a person or a town, so the extractor asks
for stronger evidence than a preposition or the learned tagger before it calls one a name.

    python3 assets/build_common_words.py [WORD_LIST]

WORD_LIST defaults to /usr/share/dict/american-english-large (Debian's wamerican-large,
SCOWL 2020.12.07, size 70); its copyright and permission notice is assets/licenses/SCOWL.txt.
Entries with a capital letter (proper nouns), an apostrophe or a non-ASCII letter are left out,
and so is a lowercase word the list also holds capitalised ("Mecca", "Bush", "Bath"): a name too.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/dict/american-english-large"
with open(source, encoding="utf-8") as f:
    entries = {w.strip() for w in f}
# A word the list also holds capitalised is a name too ("Mecca", "Bush", "Bath", "Young").
words = sorted(
    w for w in entries if re.fullmatch(r"[a-z]{3,24}", w) and w.capitalize() not in entries
)
with open(HERE / "common_words.txt", "w", encoding="utf-8") as out:
    out.write("# Lowercase English words of SCOWL (wamerican-large 2020.12.07), by\n")
    out.write("# assets/build_common_words.py; notice in assets/licenses/SCOWL.txt\n")
    out.write("\n".join(words) + "\n")
print(f"{len(words)} words")
