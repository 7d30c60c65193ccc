"""The Python API: text or articles in, event records out."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from marsad.models import Article, Event
from marsad.pipeline import extract_article


def extract(text: str, *, published: str | None = None, source: str | None = None,
            article_id: str | None = None, title: str | None = None) -> list[Event]:
    """Event records for one report."""
    return extract_article(Article(article_id or "article", text, title, published, source))


def extract_articles(articles: Iterable[Article]) -> Iterator[tuple[Article, list[Event]]]:
    """(article, its events) for each article, in order."""
    for article in articles:
        yield article, extract_article(article)
