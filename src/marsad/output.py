"""Writers for event records: JSON Lines, CSV (flat columns), GeoJSON and Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO, Any

from marsad.models import Event

FORMATS = ("jsonl", "csv", "geojson", "parquet")

CSV_COLUMNS = [
    "event_id", "article_id", "source", "published", "event_date", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor1_ar", "actor1_mention", "actor1_inter", "actor1_country", "actor1_framing",
    "actor2", "actor2_ar", "actor2_mention", "actor2_inter", "actor2_country", "actor2_framing",
    "assoc_actor_1", "assoc_actor_2",
    "location", "location_ar", "location_mention", "country", "admin1", "admin2", "latitude", "longitude",
    "geonameid", "geo_precision", "fatalities", "fatalities_text",
    "reported_by", "attribution_cue", "status", "contradicted_by",
    "evidence", "evidence_start", "evidence_end", "evidence_field", "trigger", "confidence",
]


def flat(event: Event) -> dict[str, Any]:
    """One flat row per event, for spreadsheets, pandas, R and QGIS (lists joined with "; ")."""
    d = event.to_dict()
    row: dict[str, Any] = {k: d[k] for k in ("event_id", "article_id", "source", "published", "event_date",
                                             "time_precision", "event_type", "sub_event_type")}
    for n in ("1", "2"):
        a = d[f"actor{n}"] or {}
        row[f"actor{n}"] = a.get("name")
        row[f"actor{n}_ar"] = a.get("name_ar")
        row[f"actor{n}_mention"] = a.get("mention")
        row[f"actor{n}_inter"] = a.get("inter")
        row[f"actor{n}_country"] = a.get("country")
        row[f"actor{n}_framing"] = a.get("framing")
        row[f"assoc_actor_{n}"] = "; ".join(x["name"] for x in d[f"assoc_actor_{n}"])
    loc = d["location"] or {}
    row.update(location=loc.get("name"), location_ar=loc.get("name_ar"), location_mention=loc.get("mention"),
               country=loc.get("country"), admin1=loc.get("admin1"), admin2=loc.get("admin2"),
               latitude=loc.get("latitude"), longitude=loc.get("longitude"), geonameid=loc.get("geonameid"),
               geo_precision=loc.get("geo_precision"))
    att, ev = d["attribution"], d["evidence"]
    row.update(fatalities=d["fatalities"], fatalities_text=d["fatalities_text"],
               reported_by="; ".join(att["reported_by"]), attribution_cue=att["cue"], status=att["status"],
               contradicted_by="; ".join(att["contradicted_by"]), evidence=ev["text"], evidence_start=ev["start"],
               evidence_end=ev["end"], evidence_field=ev["field"], trigger=ev["trigger"], confidence=d["confidence"])
    return row


class Writer:
    """Streams events to an open file in one format; call close() to finish (GeoJSON and Parquet write at the end)."""

    def __init__(self, fh: IO, fmt: str):
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
        self.fh, self.fmt, self.count = fh, fmt, 0
        self._rows: list[dict] = []
        self._csv = None
        if fmt == "csv":
            self._csv = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
            self._csv.writeheader()
        elif fmt == "geojson":
            fh.write('{"type": "FeatureCollection", "features": [\n')

    def write(self, events: Iterable[Event]) -> None:
        for e in events:
            if self.fmt == "jsonl":
                self.fh.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
            elif self.fmt == "csv":
                self._csv.writerow(flat(e))
            elif self.fmt == "geojson":
                loc = e.location
                geometry = None
                if loc is not None and loc.latitude is not None and loc.longitude is not None:
                    geometry = {"type": "Point", "coordinates": [loc.longitude, loc.latitude]}
                feature = {"type": "Feature", "geometry": geometry, "properties": flat(e)}
                self.fh.write(("," if self.count else "") + json.dumps(feature, ensure_ascii=False) + "\n")
            else:
                self._rows.append(flat(e))
            self.count += 1

    def close(self) -> None:
        if self.fmt == "geojson":
            self.fh.write("]}\n")
        elif self.fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pylist(self._rows or [], schema=None) if self._rows else \
                pa.table({c: pa.array([], pa.string()) for c in CSV_COLUMNS})
            pq.write_table(table, self.fh)
        self.fh.flush()
