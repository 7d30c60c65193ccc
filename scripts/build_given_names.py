"""Derive the list of given names that tells a person's name from a place ("نعمت باراك", "جيرار كولومب").

Reads the name index of arabic-name-romanizer (MIT; its names are Wikidata labels, CC0) and keeps the given
names borne by at least MIN_PEOPLE people that are more often a given name than a surname; ordinary words
(the NER vocabulary), function words and stop-listed words are left out. Family names (more often surnames
than given names) are kept beside them. The package is needed only to run
this script, never by marsad:

    pip install --target /tmp/anr arabic-name-romanizer
    python scripts/build_given_names.py /tmp/anr/arabic_name_romanizer/resources/names.sqlite3 \
        > src/marsad/data/places/given_names.derived.yaml
"""

from __future__ import annotations

import sqlite3
import sys
from collections import Counter

from marsad.arabic.normalize import normalize
from marsad.knowledge import load_yaml

MIN_PEOPLE = 3  # "جيرار" (Gérard) is borne by four


def main(db: str) -> None:
    con = sqlite3.connect(db)
    given: Counter = Counter()
    surname: Counter = Counter()
    for key, role, count in con.execute(
            "select arabic_key, role, sum(count) from units where source = 'wikidata' group by arabic_key, role"):
        name = normalize(key)
        if " " in name or len(name) < 3:
            continue
        (given if role == "given" else surname if role == "surname" else Counter())[name] += count
    vocabulary = set((load_yaml("places", "vocabulary.derived.yaml") or {}).get("vocabulary") or [])
    stop = load_yaml("places", "stopwords.yaml") or {}
    ordinary = vocabulary | {normalize(w) for key in ("stopwords", "function_words", "common") for w in stop.get(key, [])}
    names = sorted(n for n, c in given.items() if c >= MIN_PEOPLE and c >= surname[n] and n not in ordinary)
    family = sorted(n for n, c in surname.items() if c >= MIN_PEOPLE and c > given[n] and n not in ordinary)
    print("# Derived by scripts/build_given_names.py from arabic-name-romanizer's name index (code MIT; names from")
    print(f"# Wikidata, CC0 1.0). Given names (normalized) of at least {MIN_PEOPLE} people, more often given than surnames,")
    print("# without ordinary words: a small place named right after one is the rest of a person's name; and family")
    print("# names, more often surnames, which after a given name that is also a small place make it a person's.")
    print("# (the comment after each name: people bearing it as a given name / as a surname)")
    for key, rows in (("given_names", names), ("family_names", family)):
        print(f"{key}:")
        for n in rows:
            print(f"  - {n}  # {given[n]}/{surname[n]}")


if __name__ == "__main__":
    main(sys.argv[1])
