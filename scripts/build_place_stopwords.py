"""Derive the gazetteer's stop-list from Arabic NER corpora: names that are usually not places.

A one-word gazetteer name (e.g. كيف "Kyiv", بيان "Bayan", الخبر "Khobar") that the corpora tag as a
location in fewer than a quarter of its occurrences is a common word first. Run from the project root:

    python scripts/build_place_stopwords.py ../shared/data/ner > src/marsad/data/places/stopwords.derived.yaml

With --vocabulary it lists instead the words seen at least three times and never inside any entity: ordinary
vocabulary, which a word after a place cue ("منطقة تبعد", "قاعدة بيانات") is then not the name of an unknown place:

    python scripts/build_place_stopwords.py --vocabulary ../shared/data/ner > src/marsad/data/places/vocabulary.derived.yaml
"""

from __future__ import annotations

import ast
import csv
import gzip
import sys
from collections import Counter
from pathlib import Path

from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import readings
from marsad.resolve.gazetteer import build

LOC_MARKERS = ("LOC", "GPE", "FAC", "Population", "Nation", "Province", "Region", "Continent", "City", "Country",
               "Water", "Land", "Celestial", "Address", "Building", "Airport", "Border")


def tagged_tokens(folder: Path):
    with gzip.open(folder / "newsfane-gold-2014.conll.gz", "rt", encoding="utf-8-sig") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2:
                yield parts[0].strip("\u200e\ufeff"), parts[1]
    with gzip.open(folder / "anercorp-camel-train.csv.gz", "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            words = row["sentence"].split()
            tags = ast.literal_eval(row["entities"])
            yield from zip(words, tags, strict=False)
    for part in ("train", "val", "test"):
        path = folder / f"wojood-sample-{part}.txt.gz"
        if path.exists():
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                for line in fh:
                    parts = line.split()
                    if len(parts) >= 2:
                        yield parts[0], " ".join(parts[1:])


def main(folder: str) -> None:
    names = {k for k in build(curated=False).names if " " not in k}
    loc: Counter = Counter()
    total: Counter = Counter()
    for word, tag in tagged_tokens(Path(folder)):
        for r in readings(normalize(word)):
            if r in names:
                total[r] += 1
                if any(m in tag for m in LOC_MARKERS):
                    loc[r] += 1
                break
    common = sorted(n for n, c in total.items() if c >= 3 and loc[n] / c < 0.25)
    print("# Derived by scripts/build_place_stopwords.py from NewsFANE (CC BY-SA 3.0), ANERcorp and Wojood (MIT).")
    print("# common: one-word gazetteer names tagged as a location in < 25% of >= 3 occurrences;")
    print("# they still name places, but only with a cue word or a matching country in the report.")
    print("common:")
    for n in common:
        print(f"  - {n}  # {loc[n]}/{total[n]}")


def vocabulary(folder: str) -> None:
    total: Counter = Counter()
    entity: Counter = Counter()
    for word, tag in tagged_tokens(Path(folder)):
        norm = normalize(word)
        if not norm or not all("\u0621" <= ch <= "\u064a" for ch in norm):
            continue
        total[norm] += 1
        if any(part != "O" for part in tag.split()):
            entity[norm] += 1
    words = sorted(w for w, c in total.items() if c >= 3 and not entity[w])
    print("# Derived by scripts/build_place_stopwords.py --vocabulary from NewsFANE (CC BY-SA 3.0), ANERcorp and")
    print("# Wojood (MIT): normalized words seen >= 3 times and never inside an entity. After a place cue such a word")
    print("# is not the name of a place missing from the gazetteer.")
    print("vocabulary: [" + ", ".join(words) + "]")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    (vocabulary if "--vocabulary" in sys.argv else main)(args[0] if args else "../shared/data/ner")
