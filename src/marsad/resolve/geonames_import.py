"""Import of a full GeoNames dump (allCountries.txt or a country file, optional alternateNamesV2.txt) into the gazetteer."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from marsad.resolve.gazetteer import imported_file

_ARABIC = re.compile(r"[\u0621-\u064A]")
CLASSES = {"P", "S", "L", "T", "H"}  # populated places, spots (camps, airports, bases), areas, terrain, water
_KINDS = {
    "PPLX": "neighbourhood", "AIRP": "airport", "AIRF": "airport", "AIRB": "base", "CMP": "camp", "CMPRF": "camp",
    "MLTY": "base", "INSM": "base", "PSTB": "crossing", "PSTC": "crossing", "MT": "mountain", "MTS": "mountain",
    "HLL": "mountain", "DAM": "dam", "OILF": "oil_field", "GASF": "gas_field", "PRT": "port", "PRN": "prison",
    "RGN": "region", "AREA": "region", "VAL": "region", "PLN": "region",
}


def _kind(feature_class: str, code: str, population: int) -> str:
    if code in _KINDS:
        return _KINDS[code]
    if feature_class == "P":
        return "city" if population >= 100_000 else "town" if population >= 5_000 else "village"
    return "landmark"


def _read(path: str | Path) -> Iterable[list[str]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line and not line.startswith("#"):
                yield line.rstrip("\n").split("\t")


def import_dump(dump: str | Path, alternate_names: str | Path | None = None,
                countries: set[str] | None = None, out: Path | None = None) -> int:
    """Read a GeoNames dump and write the places with an Arabic name to the import file; returns how many.

    Replaces any earlier import. The gazetteer index is rebuilt on next use (its cache key covers the file).
    """
    places: dict[int, dict] = {}
    for row in _read(dump):
        if len(row) < 15 or row[6] not in CLASSES:
            continue
        if countries and row[8] not in countries:
            continue
        population = int(row[14] or 0)
        names = [n for n in row[3].split(",") if _ARABIC.search(n)]
        places[int(row[0])] = {
            "geonameid": int(row[0]), "name": row[1], "names": names, "country": row[8],
            "admin1_code": row[10], "latitude": float(row[4]), "longitude": float(row[5]),
            "population": population, "kind": _kind(row[6], row[7], population),
        }
    if alternate_names:
        for row in _read(alternate_names):
            if len(row) >= 4 and row[2] == "ar":
                place = places.get(int(row[1]))
                if place is not None and row[3] not in place["names"]:
                    place["names"].append(row[3])
    out = out or imported_file()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    n = 0
    with open(tmp, "w", encoding="utf-8") as fh:
        for place in places.values():
            if not place["names"]:
                continue
            place["name_ar"] = place["names"][0]
            fh.write(json.dumps(place, ensure_ascii=False) + "\n")
            n += 1
    tmp.replace(out)
    return n
