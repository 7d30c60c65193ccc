"""Score actor resolution on a gold part: `python benchmarks/evaluate_actors.py [dev|test|holdout] [--errors]`.

benchmarks/actors/actors-PART.jsonl hold actor mentions of real reports (article id, field, offsets, expected
canonical actor). dev was written first, test was held out for one round and is now used for development too;
holdout is the part kept unseen. The texts are read from ../shared. A gold mention counts as right when an actor
mention marsad found overlaps it and resolves to the expected actor (or one of its accepted aliases).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import gold_hits  # noqa: E402

from marsad.arabic.normalize import normalize  # noqa: E402

GOLDS = Path(__file__).resolve().parent / "actors"


def main() -> None:
    split = next((a for a in sys.argv[1:] if not a.startswith("-")), "dev")
    gold_file = GOLDS / f"actors-{split}.jsonl"
    counts: Counter = Counter()
    by_kind: Counter = Counter()
    right_by_kind: Counter = Counter()
    errors = []
    articles = set()
    for aid, g, hits in gold_hits(gold_file, lambda part: part.actors, lambda m: (m.start, m.end)):
        articles.add(aid)
        counts["gold"] += 1
        by_kind[g["kind"]] += 1
        hits = [m for m in hits if m.resolved]
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
    print(f"gold actor mentions {n} in {len(articles)} reports; found {counts['found']} ({counts['found'] / n:.1%})")
    print(f"accuracy: {counts['right'] / n:.1%} of all gold mentions, "
          f"{counts['right'] / max(counts['found'], 1):.1%} of those found")
    for kind, total in sorted(by_kind.items()):
        print(f"  {kind:<8} {right_by_kind[kind] / total:.1%} of {total}")
    if "--errors" in sys.argv:
        for e in errors:
            print("  ", " | ".join(e))


if __name__ == "__main__":
    main()
