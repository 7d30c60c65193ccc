"""Scoring of extracted events against gold annotations (../shared/ANNOTATION.md format)."""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from marsad import geo
from marsad.arabic.normalize import normalize

MAX_KM = 25.0


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    articles: int = 0
    events: Scores = field(default_factory=Scores)
    strict: Scores = field(default_factory=Scores)
    field_hits: Counter = field(default_factory=Counter)  # on matched events
    matched: int = 0
    swapped: int = 0  # matched events whose actor1 and actor2 are the wrong way round
    by_type: dict[str, Scores] = field(default_factory=dict)
    # (tp, fp, fn) of each article, event then strict: what the confidence intervals resample
    per_article: dict[str, tuple[tuple[int, int, int], tuple[int, int, int]]] = field(default_factory=dict)

    def accuracy(self, name: str) -> float:
        return self.field_hits[name] / self.matched if self.matched else 0.0

    def as_dict(self) -> dict:
        out = {
            "articles": self.articles,
            "gold_events": self.events.tp + self.events.fn,
            "predicted_events": self.events.tp + self.events.fp,
            "event": _prf(self.events),
            "strict": _prf(self.strict),
            "matched": self.matched,
            "accuracy_on_matched": {k: round(self.accuracy(k), 3) for k in _FIELDS},
            "actor_swap_rate": round(self.swapped / self.matched, 3) if self.matched else 0.0,
            "by_event_type": {k: _prf(v) for k, v in sorted(self.by_type.items())},
        }
        for kind in ("event", "strict"):
            out[kind]["f1_ci95"] = [round(x, 3) for x in interval(self, kind)]
        return out


_FIELDS = ("sub_event_type", "actor1", "actor2", "date", "fatalities", "status")


_ROUNDS = 2000


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _resamples(ids: list[str], seed: int):
    """The same articles drawn with replacement, `_ROUNDS` times: a set of 36 reports scores anywhere from
    0.44 to 0.69 at one commit, so a figure without its spread says little."""
    rnd = random.Random(seed)
    for _ in range(_ROUNDS):
        yield [ids[rnd.randrange(len(ids))] for _ in ids]


def _f1_of(report: Report, ids: list[str], kind: int) -> float:
    tp = fp = fn = 0
    for i in ids:
        a, b, c = report.per_article[i][kind]
        tp, fp, fn = tp + a, fp + b, fn + c
    return _f1(tp, fp, fn)


def _percentiles(values: list[float]) -> tuple[float, float]:
    values.sort()
    return values[int(0.025 * len(values))], values[min(len(values) - 1, int(0.975 * len(values)))]


def interval(report: Report, kind: str = "event", seed: int = 0) -> tuple[float, float]:
    """95% bootstrap interval of event (or strict) F1, resampling articles."""
    ids = sorted(report.per_article)
    if not ids:
        return 0.0, 0.0
    k = 0 if kind == "event" else 1
    return _percentiles([_f1_of(report, sample, k) for sample in _resamples(ids, seed)])


def paired_difference(new: Report, old: Report, kind: str = "event", seed: int = 0) -> dict:
    """F1 of `new` minus F1 of `old` on the same gold, with a 95% interval from resampling the articles both
    were scored on, and how often the resampled difference is above zero."""
    ids = sorted(new.per_article.keys() & old.per_article.keys())
    k = 0 if kind == "event" else 1
    diffs = [_f1_of(new, s, k) - _f1_of(old, s, k) for s in _resamples(ids, seed)] if ids else [0.0]
    lo, hi = _percentiles(list(diffs))
    return {"difference": round(_f1_of(new, ids, k) - _f1_of(old, ids, k), 3), "ci95": [round(lo, 3), round(hi, 3)],
            "share_above_zero": round(sum(d > 0 for d in diffs) / len(diffs), 3)}


def _prf(s: Scores) -> dict:
    return {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "f1": round(s.f1, 3),
            "tp": s.tp, "fp": s.fp, "fn": s.fn}


def _km(a: dict, b: dict) -> float | None:
    try:
        return geo.km(a["latitude"], a["longitude"], b["latitude"], b["longitude"])
    except (TypeError, KeyError):
        return None


def _names(loc: dict | None) -> set[str]:
    if not loc:
        return set()
    return {normalize(str(loc.get(k))).strip() for k in ("name", "name_ar", "mention") if loc.get(k)}


def same_place(pred: dict | None, gold: dict | None, max_km: float = MAX_KM) -> bool:
    """Within 25 km (or `max_km`), or the same place name when a side has no coordinates."""
    if not pred or not gold:
        return False
    d = _km(pred, gold)
    if d is not None:
        return d <= max_km
    return bool(_names(pred) & _names(gold))


def same_actor(pred: dict | None, gold: dict | None) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    accepted = {normalize(gold["name"]).lower(), *(normalize(a).lower() for a in gold.get("aliases") or [])}
    return normalize(pred["name"]).lower() in accepted or normalize(pred.get("mention") or "").lower() in accepted


def _match(preds: list[dict], golds: list[dict], strict: bool, max_km: float = MAX_KM) -> list[tuple[int, int]]:
    """Greedy one-to-one matching; among candidates prefer same sub-event type, then same date."""
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            if p["event_type"] != g["event_type"] or not same_place(p.get("location"), g.get("location"), max_km):
                continue
            if strict and p["sub_event_type"] != g["sub_event_type"]:
                continue
            score = (p["sub_event_type"] == g["sub_event_type"]) * 2 + (p.get("event_date") == g.get("event_date"))
            pairs.append((-score, i, j))
    pairs.sort()
    used_p, used_g, out = set(), set(), []
    for _, i, j in pairs:
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((i, j))
    return out


def _count(scores: Scores, preds: list[dict], golds: list[dict], pairs: list[tuple[int, int]]) -> None:
    matched_g = {j for _, j in pairs}
    matched_p = {i for i, _ in pairs}
    scores.tp += sum(1 for j in matched_g if not golds[j].get("optional"))
    # a prediction matching an optional gold event is neither right nor wrong
    scores.fp += sum(1 for i in range(len(preds)) if i not in matched_p)
    scores.fn += sum(1 for j, g in enumerate(golds) if j not in matched_g and not g.get("optional"))


def score(gold_articles: Iterable[dict], predictions: dict[str, list[dict]], max_km: float = MAX_KM) -> Report:
    """gold_articles: gold lines ({article_id, events}); predictions: article_id -> event records. `max_km`
    widens or narrows the place criterion, to see how much of a score hangs on where a coder put a front."""
    report = Report()
    for article in gold_articles:
        report.articles += 1
        golds = article.get("events") or []
        preds = predictions.get(article["article_id"], [])
        pairs = _match(preds, golds, strict=False, max_km=max_km)
        one, one_strict = Scores(), Scores()
        _count(one, preds, golds, pairs)
        _count(one_strict, preds, golds, _match(preds, golds, strict=True, max_km=max_km))
        for total, part in ((report.events, one), (report.strict, one_strict)):
            total.tp, total.fp, total.fn = total.tp + part.tp, total.fp + part.fp, total.fn + part.fn
        report.per_article[article["article_id"]] = ((one.tp, one.fp, one.fn),
                                                     (one_strict.tp, one_strict.fp, one_strict.fn))
        for etype in {e["event_type"] for e in golds} | {e["event_type"] for e in preds}:
            sub_p = [p for p in preds if p["event_type"] == etype]
            sub_g = [g for g in golds if g["event_type"] == etype]
            _count(report.by_type.setdefault(etype, Scores()), sub_p, sub_g,
                   _match(sub_p, sub_g, strict=False, max_km=max_km))
        for i, j in pairs:
            p, g = preds[i], golds[j]
            report.matched += 1
            hits = report.field_hits
            hits["sub_event_type"] += p["sub_event_type"] == g["sub_event_type"]
            hits["actor1"] += same_actor(p.get("actor1"), g.get("actor1"))
            hits["actor2"] += same_actor(p.get("actor2"), g.get("actor2"))
            hits["date"] += p.get("event_date") == g.get("event_date")
            hits["fatalities"] += p.get("fatalities") == g.get("fatalities")
            hits["status"] += p.get("attribution", {}).get("status") == g.get("status")
            if p.get("actor1") and p.get("actor2") and g.get("actor1") and g.get("actor2") \
                    and same_actor(p["actor1"], g["actor2"]) and same_actor(p["actor2"], g["actor1"]) \
                    and not same_actor(p["actor1"], g["actor1"]):
                report.swapped += 1
    return report


def load_gold(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def format_report(r: Report) -> str:
    d = r.as_dict()
    lines = [
        f"articles {d['articles']}   gold events {d['gold_events']}   predicted {d['predicted_events']}",
        *(f"{label} P {d[k]['precision']:.3f}  R {d[k]['recall']:.3f}  F1 {d[k]['f1']:.3f}"
          f"  (95% interval {d[k]['f1_ci95'][0]:.3f}-{d[k]['f1_ci95'][1]:.3f})"
          for k, label in (("event", "event  (type + place)  "), ("strict", "strict (+ sub-type)    "))),
        f"on {d['matched']} matched events: "
        + "  ".join(f"{k} {v:.3f}" for k, v in d["accuracy_on_matched"].items())
        + f"  actor swaps {d['actor_swap_rate']:.3f}",
        "by event type:",
    ]
    for k, v in d["by_event_type"].items():
        lines.append(f"  {k:<28} P {v['precision']:.3f}  R {v['recall']:.3f}  F1 {v['f1']:.3f}  (tp {v['tp']}, fp {v['fp']}, fn {v['fn']})")
    return "\n".join(lines)


def format_difference(new: Report, old: Report) -> str:
    lines = []
    for kind in ("event", "strict"):
        d = paired_difference(new, old, kind)
        lines.append(f"{kind:<6} F1 against the baseline {d['difference']:+.3f}  (95% interval {d['ci95'][0]:+.3f} to "
                     f"{d['ci95'][1]:+.3f}; above zero in {d['share_above_zero']:.0%} of resamples)")
    return "\n".join(lines)
