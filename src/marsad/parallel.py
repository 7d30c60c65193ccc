"""Extraction over many articles, in this process or in a pool of worker processes, results in input order."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from marsad.ingest import IngestError
from marsad.models import Article, Event


@dataclass
class Failure:
    """An article whose extraction raised: reported, never fatal to the batch."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: extraction failed ({self.reason})"


Result = tuple[Article, list[Event]] | IngestError | Failure


def _extract_one(item: Article | IngestError) -> Result:
    from marsad.pipeline import extract_article

    if isinstance(item, IngestError):
        return item
    try:
        return item, extract_article(item)
    except Exception as exc:  # one article's failure must not lose the batch
        return Failure(item.origin or item.id, f"{type(exc).__name__}: {exc}")


def _warm() -> None:
    from marsad.pipeline import warm_up

    warm_up()


def extract_all(items: Iterable[Article | IngestError], jobs: int = 1) -> Iterator[Result]:
    """Each input's result in order; with jobs > 1 the work is spread over that many processes."""
    if jobs <= 1:
        yield from map(_extract_one, items)
        return
    _warm()  # build the gazetteer cache once, before workers start, so they only load it
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(jobs, initializer=_warm) as pool:
        yield from pool.imap(_extract_one, items, chunksize=8)
