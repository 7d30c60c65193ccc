"""Sentence and clause splitting for Arabic news text, with spans in original offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

_END = set(".!?؟؛\n")
QUOTES = {"«": "»", "“": "”", '"': '"'}  # opening mark -> closing mark
QUOTE_MARKS = frozenset(QUOTES) | frozenset(QUOTES.values())
_MAX_QUOTE = 600  # an opening quote not closed within this many characters is treated as stray
# one-letter abbreviations (د. for doctor, م. for engineer) and initials must not end a sentence
_ABBREV = re.compile(r"(?:^|[\s(«])(?:[\u0621-\u064A]|[A-Z]|د|م|أ|ج|ص|ت|ق)\.$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


def _strip_span(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start] in " \t\r\n|–-—•*":
        start += 1
    while end > start and text[end - 1] in " \t\r\n":
        end -= 1
    if start >= end:
        return None
    return Span(start, end, text[start:end])


def split_sentences(text: str) -> list[Span]:
    """Split at . ! ? ؟ ؛ and line breaks; not inside «quotes», not after abbreviations or inside decimals."""
    spans: list[Span] = []
    start = 0
    i = 0
    n = len(text)
    closing: str | None = None
    quote_limit = 0
    while i < n:
        ch = text[i]
        if closing is not None:
            if ch == closing or i > quote_limit or ch == "\n":
                closing = None if ch != "\n" else closing
                if ch == "\n":
                    closing = None
                    # a line break always ends the sentence, even inside a quote
                    span = _strip_span(text, start, i)
                    if span:
                        spans.append(span)
                    start = i + 1
            i += 1
            continue
        if ch in QUOTES and (ch != '"' or text.find('"', i + 1, i + _MAX_QUOTE) != -1):
            closing = QUOTES[ch]
            quote_limit = i + _MAX_QUOTE
            i += 1
            continue
        if ch in _END:
            if ch == "." and (
                (0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit())
                or _ABBREV.search(text[max(0, i - 3) : i + 1])
            ):
                i += 1
                continue
            end = i + 1
            # keep runs of terminal punctuation and a following closing quote with the sentence
            while end < n and text[end] in ".!?؟»”)\"":
                end += 1
            span = _strip_span(text, start, end if ch != "\n" else i)
            if span:
                spans.append(span)
            start = end
            i = end
            continue
        i += 1
    span = _strip_span(text, start, n)
    if span:
        spans.append(span)
    return spans


def split_clauses(text: str, sentence: Span) -> list[Span]:
    """Split one sentence further at the Arabic comma ، and at commas, keeping original offsets."""
    clauses: list[Span] = []
    start = sentence.start
    for i in range(sentence.start, sentence.end):
        if text[i] in "،,":
            span = _strip_span(text, start, i)
            if span:
                clauses.append(span)
            start = i + 1
    span = _strip_span(text, start, sentence.end)
    if span:
        clauses.append(span)
    return clauses


def quoted(text: str, start: int, at: int) -> bool:
    """Whether the character at `at` lies inside a quotation opened since `start` (a sentence's beginning)."""
    before = text[start:at]
    return any(before.count(o) % 2 == 1 if o == c else before.count(o) > before.count(c) for o, c in QUOTES.items())
