"""Clitic-aware longest-match of dictionary phrases over tokens: a compiled token trie."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import Token, tokenize

_END = "\x00"


@dataclass(frozen=True)
class Match:
    first: int  # index of the first token
    last: int  # index after the last token
    key: str  # the normalized phrase that matched
    payloads: tuple[Any, ...]
    clitic: bool  # the first token matched only after clitic stripping


def phrase_key(phrase: str) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(phrase))


class PhraseMatcher:
    """Phrases are matched token by token; the first token may carry proclitics (وبالميادين -> الميادين)."""

    def __init__(self, variants: Callable[[str, str], list[tuple[str, Callable[[Any], Any]]]] | None = None) -> None:
        self._root: dict[str, Any] = {}
        # other words a first token may stand for ("غاراتها" for "غارات"), given its reading and its written text,
        # each with what its payloads become there (None drops one): they win only with a longer match
        self._variants = variants
        self.size = 0
        # the stages ask one matcher about the sentences of a report many times over (frames, actors, attribution,
        # roles, each sentence and its clauses): recent answers are kept, each with the token list itself so that
        # it is never mistaken for another sentence
        self._recent: dict[tuple[int, bool], tuple[Sequence[Token], list[Match]]] = {}

    def add(self, phrase: str | Sequence[str], payload: Any) -> None:
        key = phrase_key(phrase) if isinstance(phrase, str) else tuple(phrase)
        if not key:
            return
        node = self._root
        for part in key:
            node = node.setdefault(part, {})
        bucket = node.setdefault(_END, [])
        if payload not in bucket:
            bucket.append(payload)
            self.size += 1
        self._recent.clear()

    def add_all(self, items: Iterable[tuple[str, Any]]) -> None:
        for phrase, payload in items:
            self.add(phrase, payload)

    def __contains__(self, phrase: str) -> bool:
        node = self._root
        for part in phrase_key(phrase):
            node = node.get(part)
            if node is None:
                return False
        return _END in node

    def _longest_from(self, tokens: Sequence[Token], i: int, first: str) -> tuple[int, dict] | None:
        node = self._root.get(first)
        if node is None:
            return None
        best = (i + 1, node) if _END in node else None
        j = i + 1
        while j < len(tokens):
            node = node.get(tokens[j].norm)
            if node is None:
                break
            j += 1
            if _END in node:
                best = (j, node)
        return best

    def find(self, tokens: Sequence[Token], allow_clitics: bool = True) -> list[Match]:
        """Longest non-overlapping matches, left to right; the literal token wins over a clitic reading."""
        key = (id(tokens), allow_clitics)
        hit = self._recent.get(key)
        if hit is not None and hit[0] is tokens:
            return list(hit[1])
        out = self._find(tokens, allow_clitics)
        if len(self._recent) >= _RECENT:
            del self._recent[next(iter(self._recent))]  # the oldest: a report's sentences are read in order
        self._recent[key] = (tokens, out)
        return list(out)

    def _find(self, tokens: Sequence[Token], allow_clitics: bool) -> list[Match]:
        out: list[Match] = []
        starts = self._root.keys()
        i = 0
        while i < len(tokens):
            best: Match | None = None
            readings = tokens[i].readings if allow_clitics else tokens[i].readings[:1]
            if not self._variants and starts.isdisjoint(readings):
                i += 1  # most words begin no phrase of a dictionary: skip them without a call per reading
                continue
            for n, reading in enumerate(readings):
                hit = self._longest_from(tokens, i, reading)
                if hit is None:
                    continue
                end, node = hit
                if best is None or end > best.last:
                    key = " ".join([reading] + [t.norm for t in tokens[i + 1 : end]])
                    best = Match(i, end, key, tuple(node[_END]), n > 0)
            for n, reading in enumerate(readings if self._variants else ()):
                for alt, change in self._variants(reading, tokens[i].text):
                    hit = self._longest_from(tokens, i, alt)
                    if hit is None or (best is not None and hit[0] <= best.last):
                        continue
                    payloads = tuple(q for q in (change(p) for p in hit[1][_END]) if q is not None)
                    if payloads:
                        # the key keeps the word as written: later checks compare it with the token itself
                        key = " ".join([reading] + [t.norm for t in tokens[i + 1 : hit[0]]])
                        best = Match(i, hit[0], key, payloads, n > 0)
            if best is None:
                i += 1
                continue
            out.append(best)
            i = best.last
        return out


_RECENT = 64  # answers kept per matcher: more than the sentences and clauses of a long report's paragraph


def norm(text: str) -> str:
    return normalize(text)
