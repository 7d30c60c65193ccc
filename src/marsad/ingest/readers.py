"""Format readers: one input stream (text, HTML, RSS/Atom, JSON Lines, CSV) to Articles or IngestErrors."""

from __future__ import annotations

import csv
import email.utils
import io
import itertools
import json
import os
import re
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from html.parser import HTMLParser
from typing import BinaryIO

import feedparser
import htmldate
import trafilatura

from marsad.arabic.normalize import arabic_ratio
from marsad.ingest.decode import DecodeError, decode, iter_decode, normalize_newlines
from marsad.models import Article

MAX_ARTICLE_CHARS = 2_000_000
MAX_MARKUP_BYTES = 50_000_000  # HTML and feeds are parsed whole; refuse anything bigger
MIN_ARABIC_SHARE = 0.2
CHUNK_BYTES = 1 << 20


@dataclass
class IngestError:
    origin: str  # file name (and ":line N" for a record inside JSONL/CSV, ":entry N" inside a feed)
    reason: str  # one line, human readable

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


Result = Article | IngestError


def stem(name: str) -> str:
    """File name without directories, .gz and extension: the default article id."""
    base = os.path.basename(name).strip("<>")
    if base.lower().endswith(".gz"):
        base = base[:-3]
    return os.path.splitext(base)[0] or base


def iso_date(value: object) -> str | None:
    """An ISO date or datetime, or an RFC 822 date, as YYYY-MM-DD (the date as written, not moved to UTC)."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def check(article: Article, empty_reason: str) -> Result:
    """Strip the text and reject empty, oversized and non-Arabic articles."""
    article.text = article.text.strip()
    origin = article.origin or article.id
    if not article.text:
        return IngestError(origin, empty_reason)
    if len(article.text) > MAX_ARTICLE_CHARS:
        return _too_large(origin, len(article.text))
    share = arabic_ratio(article.text)
    if share < MIN_ARABIC_SHARE:
        return IngestError(origin, f"not Arabic text ({round(share * 100)}% Arabic letters)")
    return article


def _too_large(origin: str, size: int) -> IngestError:
    return IngestError(origin, f"article too large ({size:,} characters; limit {MAX_ARTICLE_CHARS:,})")


def _clean(value: object) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    return " ".join(str(value).split()) or None


def _chunks(stream: BinaryIO) -> Iterator[bytes]:
    return iter(lambda: stream.read(CHUNK_BYTES), b"")


def _read_markup(stream: BinaryIO, name: str) -> str | IngestError:
    """A whole HTML/XML file as text, size-capped."""
    data = stream.read(MAX_MARKUP_BYTES + 1)
    if len(data) > MAX_MARKUP_BYTES:
        return IngestError(name, f"file too large (over {MAX_MARKUP_BYTES:,} bytes)")
    try:
        text = decode(data)
    except DecodeError as exc:
        return IngestError(name, exc.reason)
    return text if text.strip() else IngestError(name, "empty file")


# --- plain text ---------------------------------------------------------------------------------


def read_text(stream: BinaryIO, *, name: str, encoding: str, source: str | None = None) -> Iterator[Result]:
    """The whole file is one article (id = file stem, no title), decoded piece by piece: bounded memory."""
    parts: list[str] = []
    size, blank = 0, True
    try:
        for piece in iter_decode(_chunks(stream), encoding):
            size += len(piece)
            blank = blank and not piece.strip()
            if size <= 2 * MAX_ARTICLE_CHARS:  # past that the article is refused anyway: only count
                parts.append(piece)
    except DecodeError as exc:
        yield IngestError(name, exc.reason)
        return
    if size > 2 * MAX_ARTICLE_CHARS:
        yield _too_large(name, size)
    elif blank:
        yield IngestError(name, "empty file")
    else:
        yield check(Article(id=stem(name), text="".join(parts), origin=name), "empty file")


# --- HTML ---------------------------------------------------------------------------------------


def read_html(stream: BinaryIO, *, name: str, encoding: str, source: str | None = None) -> Iterator[Result]:
    """Text by trafilatura, title from its metadata or <title>, date by htmldate, url canonical/og:url."""
    html = _read_markup(stream, name)
    if isinstance(html, IngestError):
        yield html
        return
    text = _quietly(
        trafilatura.extract, html, include_comments=False, include_tables=False, favor_precision=True
    )
    if not text or not text.strip():
        yield IngestError(name, "no article text found in HTML")
        return
    tree = _quietly(trafilatura.load_html, html)
    meta = _quietly(trafilatura.extract_metadata, tree, extensive=False) if tree is not None else None
    title = (meta.title if meta is not None else None) or (
        tree.findtext(".//title") if tree is not None else None
    )
    url = None
    if tree is not None:
        links = tree.xpath('//link[@rel="canonical"]/@href|//meta[@property="og:url"]/@content')
        url = next((u.strip() for u in links if u.strip()), None)
    day = _quietly(htmldate.find_date, html, extensive_search=False, outputformat="%Y-%m-%d")
    article = Article(
        id=stem(name), text=text, title=_clean(title), published=iso_date(day), url=url, origin=name
    )
    yield check(article, "no article text found in HTML")


def _quietly(func, *args, **kwargs):
    """Third-party parsers on malformed markup: an exception means "nothing found"."""
    try:
        return func(*args, **kwargs)
    except Exception:  # any parser failure is just missing data here
        return None


# --- RSS / Atom ---------------------------------------------------------------------------------


class _TextOnly(HTMLParser):
    """HTML fragment to plain text: block elements become line breaks, script/style are dropped."""

    BLOCKS = frozenset("p div br li tr h1 h2 h3 h4 h5 h6 blockquote section article".split())

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skipping += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(fragment: str) -> str:
    parser = _TextOnly()
    parser.feed(fragment)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _entry_text(entry) -> str:
    for detail in [*entry.get("content", []), entry.get("summary_detail")]:
        if detail and detail.get("value", "").strip():
            value = detail["value"]
            return html_to_text(value) if "html" in detail.get("type", "html") else value
    return ""


def _entry_date(entry) -> str | None:
    for key in ("published", "updated"):
        if day := iso_date(entry.get(key)):
            return day
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def read_feed(stream: BinaryIO, *, name: str, encoding: str, source: str | None = None) -> Iterator[Result]:
    """One article per entry. Source: the entry's own <source>, else the given source, else the feed title."""
    xml = _read_markup(stream, name)
    if isinstance(xml, IngestError):
        yield xml
        return
    # We decoded it ourselves (same detection as every other format): hand feedparser UTF-8 that says so.
    xml = re.sub(r"^\s*<\?xml[^>]*\?>", "", xml, count=1)
    parsed = feedparser.parse(io.BytesIO(('<?xml version="1.0" encoding="utf-8"?>\n' + xml).encode("utf-8")))
    if not parsed.entries:
        yield IngestError(name, "feed has no entries" if parsed.get("version") else "not an RSS/Atom feed")
        return
    feed_title = _clean(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, 1):
        origin = f"{name}:entry {number}"
        link = _clean(entry.get("link"))  # feedparser falls back to the entry id, which may be a URN
        article = Article(
            id=_clean(entry.get("id")) or link or f"{stem(name)}-{number}",
            text=_entry_text(entry),
            title=_clean(entry.get("title")),
            published=_entry_date(entry),
            source=_clean(entry.get("source", {}).get("title")) or source or feed_title,
            url=link if link and link.startswith(("http://", "https://")) else None,
            origin=origin,
        )
        yield check(article, f"no text in entry {number}")


# --- JSON Lines and CSV -------------------------------------------------------------------------


def _record(fields: object, *, origin: str, default_id: str, where: str) -> Result:
    """One JSONL/CSV record (id, text, title, published, source, url; other fields ignored) to an Article."""
    if not isinstance(fields, Mapping):
        return IngestError(origin, f"{where} is not a JSON object")
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        return IngestError(origin, f"no text on {where}")
    article = Article(
        id=_clean(fields.get("id")) or default_id,
        text=normalize_newlines(text),
        title=_clean(fields.get("title")),
        published=iso_date(fields.get("published")),
        source=_clean(fields.get("source")),
        url=_clean(fields.get("url")),
        origin=origin,
    )
    return check(article, f"no text on {where}")


def _lines(stream: BinaryIO, encoding: str) -> Iterator[str | None]:
    """Text lines of a stream, one at a time; None for a line that does not decode (the others go on)."""
    if encoding.startswith(("utf-16", "utf-32")):  # not line-splittable as bytes
        yield from io.TextIOWrapper(stream, encoding=encoding, newline=None)
        return
    for raw in stream:
        try:
            yield raw.decode(encoding).lstrip("\ufeff")
        except UnicodeDecodeError:
            yield None


def read_jsonl(stream: BinaryIO, *, name: str, encoding: str, source: str | None = None) -> Iterator[Result]:
    """One JSON object per line, streamed; a bad line is reported and skipped. A JSON array works too."""
    lines = _lines(stream, encoding)
    records = 0
    try:
        first = next(lines, "")
        if first is not None and first.lstrip().startswith("["):
            yield from _json_array(first + "".join(line or "" for line in lines), name)
            return
        for number, line in enumerate(itertools.chain([first], lines), 1):
            origin, where = f"{name}:line {number}", f"line {number}"
            if line is None:
                yield IngestError(origin, f"{where} is not valid {encoding} text")
                continue
            if not line.strip():
                continue
            records += 1
            try:
                fields = json.loads(line)
            except json.JSONDecodeError:
                yield IngestError(origin, f"invalid JSON on {where}")
                continue
            yield _record(fields, origin=origin, default_id=f"{stem(name)}-{number}", where=where)
    except UnicodeDecodeError as exc:
        yield IngestError(name, f"not valid {encoding} text ({exc.reason})")
        return
    if not records:
        yield IngestError(name, "empty file")


def _json_array(text: str, name: str) -> Iterator[Result]:
    try:
        items = json.loads(text)
    except json.JSONDecodeError as exc:
        yield IngestError(name, f"invalid JSON on line {exc.lineno}")
        return
    for number, fields in enumerate(items if isinstance(items, list) else [items], 1):
        where = f"item {number}"
        yield _record(fields, origin=f"{name}:{where}", default_id=f"{stem(name)}-{number}", where=where)


def read_csv(stream: BinaryIO, *, name: str, encoding: str, source: str | None = None) -> Iterator[Result]:
    """A header row naming the columns (id, text, title, published, source, url), then one article per row."""
    csv.field_size_limit(max(csv.field_size_limit(), 2 * MAX_ARTICLE_CHARS))
    lines = io.TextIOWrapper(stream, encoding=encoding, newline="")
    try:
        header_line = lines.readline().lstrip("\ufeff")
        tsv = ".tsv" in name.lower() or ("\t" in header_line and "," not in header_line)
        reader = csv.reader(itertools.chain([header_line], lines), delimiter="\t" if tsv else ",")
        header = [column.strip().lower() for column in next(reader, [])]
        if "text" not in header:
            yield IngestError(name, "CSV header has no 'text' column")
            return
        while True:
            number = reader.line_num + 1
            origin, where = f"{name}:line {number}", f"line {number}"
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield IngestError(origin, f"bad CSV row ({exc})")
                continue
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                yield IngestError(origin, f"row has {len(row)} fields, header has {len(header)}")
                continue
            yield _record(
                dict(zip(header, row, strict=True)),
                origin=origin,
                default_id=f"{stem(name)}-{number}",
                where=where,
            )
    except UnicodeDecodeError as exc:
        yield IngestError(name, f"not valid {encoding} text ({exc.reason})")
