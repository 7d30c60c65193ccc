"""Where input comes from (files, directories, stdin, bytes; gzip) and which format reader gets it."""

from __future__ import annotations

import gzip
import io
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from marsad.ingest.decode import DecodeError, detect_encoding
from marsad.ingest.readers import (
    IngestError,
    Result,
    iso_date,
    read_csv,
    read_feed,
    read_html,
    read_jsonl,
    read_text,
)
from marsad.models import Article

HEAD_BYTES = 1 << 20  # what encoding detection and format sniffing look at
READERS = {"text": read_text, "html": read_html, "jsonl": read_jsonl, "csv": read_csv, "feed": read_feed}
EXTENSIONS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}  # fmt: skip
STDIN_NAME = "<stdin>"


@dataclass(frozen=True)
class _Options:
    published: str | None
    source: str | None
    fmt: str | None


def _options(published: str | None, source: str | None, fmt: str | None) -> _Options:
    """Check the caller's arguments (not the input): a bad one is a programming or command-line error."""
    if fmt is not None and fmt not in READERS:
        raise ValueError(f"unknown input format {fmt!r}; expected one of {', '.join(READERS)}")
    day = iso_date(published)
    if published is not None and day is None:
        raise ValueError(f"published must be an ISO date (YYYY-MM-DD), got {published!r}")
    return _Options(day, source or None, fmt)


def read_inputs(
    paths: Iterable[str], *, published: str | None = None, source: str | None = None, fmt: str | None = None
) -> Iterator[Result]:
    """Articles from files, directories (recursive, sorted, hidden skipped) and "-" (stdin); no raising."""
    options = _options(published, source, fmt)
    return _read_paths([paths] if isinstance(paths, str) else paths, options)


def read_bytes(
    data: bytes, *, name: str, published: str | None = None, source: str | None = None, fmt: str | None = None
) -> Iterator[Result]:
    """Articles from in-memory bytes; `name` gives the extension, the default id and the error origin."""
    return _read_stream(io.BytesIO(data), name, _options(published, source, fmt))


def _read_paths(paths: Iterable[str], options: _Options) -> Iterator[Result]:
    for path in paths:
        if path == "-":
            yield from _read_stream(sys.stdin.buffer, STDIN_NAME, options)
        elif os.path.isdir(path):
            for file in walk(path):
                yield from _read_file(file, options)
        else:
            yield from _read_file(path, options)


def walk(root: str) -> Iterator[str]:
    """Files under a directory, recursively, in sorted path order, skipping hidden files and directories."""
    try:
        names = sorted(name for name in os.listdir(root) if not name.startswith("."))
    except OSError:
        return
    for name in names:
        path = os.path.join(root, name)
        if os.path.isdir(path):
            if not os.path.islink(path):  # like os.walk: do not follow directory links (no loops)
                yield from walk(path)
        else:
            yield path


def _read_file(path: str, options: _Options) -> Iterator[Result]:
    try:
        stream = open(path, "rb")  # closed below, after the generator is done
    except FileNotFoundError:
        yield IngestError(path, "no such file or directory")
        return
    except OSError as exc:
        yield IngestError(path, f"cannot open ({exc.strerror or exc})")
        return
    with stream:
        yield from _read_stream(stream, path, options)


def _read_stream(stream: BinaryIO, name: str, options: _Options) -> Iterator[Result]:
    try:
        for item in _dispatch(stream, name, options.fmt, options.source):
            if isinstance(item, Article):  # fill missing metadata only, never override the input
                item.published = item.published or options.published
                item.source = item.source or options.source
            yield item
    except (OSError, EOFError, zlib.error) as exc:  # unreadable file, corrupt or truncated gzip
        yield IngestError(name, f"cannot read ({exc})")
    except Exception as exc:  # a reader bug must not stop a batch: report it and go on
        yield IngestError(name, f"internal error while reading ({type(exc).__name__}: {exc})")


def _dispatch(stream: BinaryIO, name: str, fmt: str | None, source: str | None) -> Iterator[Result]:
    head = stream.read(HEAD_BYTES)
    if head[:2] == b"\x1f\x8b":
        stream = gzip.GzipFile(fileobj=_joined(head, stream), mode="rb")
        head = stream.read(HEAD_BYTES)
    stream = _joined(head, stream)
    try:
        encoding = detect_encoding(head, final=len(head) < HEAD_BYTES)
    except DecodeError as exc:
        yield IngestError(name, exc.reason)
        return
    sample = head.decode(encoding, errors="replace")
    if len(head) < HEAD_BYTES and not sample.strip():
        yield IngestError(name, "empty file")
        return
    kind = fmt or format_of(name) or sniff(sample[:8192])
    yield from READERS[kind](stream, name=name, encoding=encoding, source=source)


def format_of(name: str) -> str | None:
    """The format a file name's extension says (".gz" looked through), or None."""
    base = name.lower()
    if base.endswith(".gz"):
        base = base[:-3]
    return EXTENSIONS.get(os.path.splitext(base)[1])


_FEED_TAG = re.compile(r"<(rss|feed|rdf:rdf)[\s>]")


def sniff(sample: str) -> str:
    """Guess the format from the start of the content: markup, JSON, a CSV header, or else plain text."""
    head = sample.lstrip("\ufeff \t\r\n").lower()
    if head.startswith("<"):
        if _FEED_TAG.search(head):
            return "feed"
        return "feed" if head.startswith("<?xml") and "<html" not in head else "html"
    if head.startswith(("{", "[")):
        return "jsonl"
    first_line = head.split("\n", 1)[0]
    columns = [c.strip(' "') for c in re.split(r"[,\t]", first_line)]
    if len(columns) > 1 and "text" in columns:
        return "csv"
    return "text"


class _Prefixed(io.RawIOBase):
    """Bytes already read, then the rest of the stream: lets us look at the start and still read it all."""

    def __init__(self, head: bytes, rest: BinaryIO):
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _joined(head: bytes, rest: BinaryIO) -> io.BufferedReader:
    return io.BufferedReader(_Prefixed(head, rest), buffer_size=1 << 16)
