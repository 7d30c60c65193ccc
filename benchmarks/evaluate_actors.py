"""Score marsad's actor resolution on the actor dev set: `python benchmarks/evaluate_actors.py [--errors]`.

benchmarks/actors/actors-dev.jsonl holds actor mentions of real reports (article id, field, offsets, expected
canonical actor); the texts are read from ../shared. A gold mention counts as right when an actor mention marsad
found overlaps it and resolves to the expected actor (or one of its accepted aliases).
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import iter_reports  # noqa: E402

from marsad.arabic.normalize import normalize  # noqa: E402
from marsad.models import Article  # noqa: E402
from marsad.pipeline import analyse_article  # noqa: E402

GOLD = Path(__file__).resolve().parent / "actors" / "actors-dev.jsonl"


def main() -> None:
    gold = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_article = defaultdict(list)
    for g in gold:
        by_article[g["article_id"]].append(g)
    reports = {r["id"]: r for r in iter_reports() if r["id"] in by_article}
    counts: Counter = Counter()
    by_kind: Counter = Counter()
    right_by_kind: Counter = Counter()
    errors = []
    for aid, rows in by_article.items():
        r = reports[aid]
        analysed = analyse_article(Article(aid, r["text"], r.get("title"), r.get("published"), r.get("source")))
        found = {"text": analysed.body.actors, "title": analysed.title.actors if analysed.title else []}
        for g in rows:
            counts["gold"] += 1
            by_kind[g["kind"]] += 1
            hits = [m for m in found[g["field"]] if m.start < g["end"] and g["start"] < m.end and m.resolved]
            if not hits:
                counts["missed"] += 1
                errors.append(("missed", aid, g["mention"], g["actor"], ""))
                continue
            counts["found"] += 1
            accepted = {normalize(g["actor"]).lower(), *(normalize(a).lower() for a in g.get("aliases") or [])}
            if any(normalize(m.resolved.name).lower() in accepted for m in hits):
                counts["right"] += 1
                right_by_kind[g["kind"]] += 1
            else:
                errors.append(("wrong", aid, g["mention"], g["actor"], hits[0].resolved.name))
    n = counts["gold"]
    print(f"gold actor mentions {n} in {len(by_article)} reports; found {counts['found']} ({counts['found'] / n:.1%})")
    print(f"accuracy: {counts['right'] / n:.1%} of all gold mentions, "
          f"{counts['right'] / max(counts['found'], 1):.1%} of those found")
    for kind, total in sorted(by_kind.items()):
        print(f"  {kind:<8} {right_by_kind[kind] / total:.1%} of {total}")
    if "--errors" in sys.argv:
        for e in errors:
            print("  ", " | ".join(e))


if __name__ == "__main__":
    main()
