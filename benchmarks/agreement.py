"""Agreement between two coders: `python benchmarks/agreement.py A.jsonl B.jsonl [--json] [--km 50]` scores B's events as if
they were marsad's records against A's gold (and the reverse), on the reports both coded, with the same matching
rules as `marsad evaluate`. It tells how far human coders agree, the ceiling the extractor is measured against."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from marsad.arabic.normalize import normalize
from marsad.evaluate import MAX_KM, format_report, load_gold, score


def _actor(coded: dict | None, other_side: list[dict]) -> dict | None:
    """B's actor as a record: its name, and as mention whichever of its aliases A also lists, so that two coders
    naming one party with different canonical strings but the same words in the text agree."""
    if not coded:
        return None
    theirs = {normalize(a).lower() for e in other_side for k in ("actor1", "actor2") if e.get(k)
              for a in [e[k]["name"], *(e[k].get("aliases") or [])]}
    shared = [a for a in coded.get("aliases") or [] if normalize(a).lower() in theirs]
    return {"name": coded["name"], "mention": shared[0] if shared else ""}


def as_records(events: list[dict], other_side: list[dict]) -> list[dict]:
    return [{**e, "actor1": _actor(e.get("actor1"), other_side), "actor2": _actor(e.get("actor2"), other_side),
             "attribution": {"status": e.get("status")}} for e in events]


def agreement(gold: list[dict], other: list[dict], max_km: float = MAX_KM):
    theirs = {a["article_id"]: a["events"] for a in other}
    common = [a for a in gold if a["article_id"] in theirs]
    preds = {a["article_id"]: as_records(theirs[a["article_id"]], a["events"]) for a in common}
    return score(common, preds, max_km=max_km)


def main() -> None:
    argv = sys.argv[1:]
    km = float(argv.pop(argv.index("--km") + 1)) if "--km" in argv else MAX_KM
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    a, b = (load_gold(p) for p in args)
    for gold, other, name in ((a, b, f"{Path(args[1]).name} scored against {Path(args[0]).name}"),
                              (b, a, f"{Path(args[0]).name} scored against {Path(args[1]).name}")):
        report = agreement(gold, other, km)
        print(f"== {name}")
        print(json.dumps(report.as_dict(), ensure_ascii=False) if "--json" in sys.argv else format_report(report))


if __name__ == "__main__":
    main()
