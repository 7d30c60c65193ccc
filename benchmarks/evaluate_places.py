"""Score marsad's geocoding on the place dev set: `python benchmarks/evaluate_places.py [--errors]`.

benchmarks/geocode/places-dev.jsonl holds place mentions of real reports (article id, field, offsets, expected
place with coordinates); the texts are read from ../shared. A gold mention counts as right when a place mention
marsad found overlaps it and lies within 25 km of the expected coordinates.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import gold_hits  # noqa: E402

from marsad import geo  # noqa: E402
from marsad.resolve.places import to_place  # noqa: E402

GOLD = Path(__file__).resolve().parent / "geocode" / "places-dev.jsonl"


def main() -> None:
    counts: Counter = Counter()
    errors = []
    articles = set()
    for aid, g, hits in gold_hits(GOLD, lambda part: part.places, lambda m: (m.span_start, m.span_end)):
        articles.add(aid)
        counts["gold"] += 1
        kind = "settlement or site" if g["kind"] not in ("country", "admin1", "region") else g["kind"]
        counts[f"gold:{kind}"] += 1
        place = next((p for p in (to_place(m) for m in hits) if p.latitude is not None), None)
        if place is None:
            counts["missed"] += 1
            errors.append(("missed", aid, g["mention"], g["name"], g["country"], kind))
            continue
        counts["found"] += 1
        d = geo.km(place.latitude, place.longitude, g["latitude"], g["longitude"])
        if d <= 25:
            counts["within_25km"] += 1
            counts[f"ok:{kind}"] += 1
        else:
            errors.append((f"{d:.0f} km", aid, g["mention"], g["name"], g["country"],
                           f"{place.name} {place.country} ({kind})"))
        if place.country != g["country"]:
            counts["wrong_country"] += 1
    n = counts["gold"]
    print(f"gold mentions {n} in {len(articles)} reports; found {counts['found']} ({counts['found'] / n:.1%})")
    print(f"accuracy within 25 km: {counts['within_25km'] / n:.1%} of all gold mentions, "
          f"{counts['within_25km'] / max(counts['found'], 1):.1%} of those found")
    print(f"wrong country: {counts['wrong_country'] / max(counts['found'], 1):.1%} of those found "
          f"({counts['wrong_country']} mentions)")
    for kind in ("settlement or site", "admin1", "region", "country"):
        if counts[f"gold:{kind}"]:
            print(f"  {kind:<20} {counts[f'ok:{kind}'] / counts[f'gold:{kind}']:.1%} within 25 km of "
                  f"{counts[f'gold:{kind}']}")
    if "--errors" in sys.argv:
        for e in errors:
            print("  ", " | ".join(e))


if __name__ == "__main__":
    main()
