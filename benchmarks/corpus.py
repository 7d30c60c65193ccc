"""Access to the shared ANT corpus for benchmarks: select reports by id into a JSONL file (never committed)."""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "ant-2018.jsonl.gz"


def require_corpus() -> Path:
    if not CORPUS.exists():
        sys.exit(f"skipped: the shared corpus is not at {CORPUS} (benchmarks need ../shared)")
    return CORPUS


def iter_reports() -> Iterable[dict]:
    with gzip.open(require_corpus(), "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def write_reports(ids: set[str], out: Path) -> int:
    n = 0
    with open(out, "w", encoding="utf-8") as fh:
        for r in iter_reports():
            if r["id"] in ids:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
                n += 1
    return n


def analysed_mentions(gold_path: Path):
    """For a mention-level gold file (one JSON line per mention with article_id): each report, analysed by
    marsad, with its gold rows. Yields (AnalysedArticle, rows)."""
    from collections import defaultdict

    from marsad.models import Article
    from marsad.pipeline import analyse_article

    by_article = defaultdict(list)
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            by_article[row["article_id"]].append(row)
    reports = {r["id"]: r for r in iter_reports() if r["id"] in by_article}
    for aid, rows in by_article.items():
        r = reports[aid]
        yield analyse_article(Article(aid, r["text"], r.get("title"), r.get("published"), r.get("source"))), rows


def gold_hits(gold_path: Path, mentions_of, span) -> Iterable[tuple[str, dict, list]]:
    """Each gold row of a mention-level gold file with the mentions marsad found that overlap it:
    (article id, row, hits). `mentions_of(part)` lists a part's mentions, `span(m)` gives (start, end)."""
    for analysed, rows in analysed_mentions(gold_path):
        parts = {"text": analysed.body, "title": analysed.title}
        for g in rows:
            part = parts[g["field"]]
            found = mentions_of(part) if part is not None else []
            yield analysed.article.id, g, [m for m in found if span(m)[0] < g["end"] and g["start"] < span(m)[1]]
