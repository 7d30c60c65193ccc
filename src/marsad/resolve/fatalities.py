"""Fatalities: stated death tolls near a trigger; vague tolls are kept as text with no number."""

from __future__ import annotations

import functools

from marsad.arabic.document import Sentence
from marsad.arabic.normalize import normalize
from marsad.arabic.numbers import Quantity, parse_quantities
from marsad.knowledge import load_yaml


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    data = load_yaml("fatalities.yaml")
    return {k: frozenset(normalize(w) for w in v) for k, v in data.items()}


def _reads(token, words: frozenset[str]) -> bool:
    return any(r in words for r in token.readings)


def fatalities(sent: Sentence, lo: int = 0, hi: int | None = None) -> tuple[int | None, str | None]:
    """(number killed, the phrase as written) among tokens [lo, hi) of a sentence; (None, None) if no toll is given."""
    toks = sent.tokens
    hi = len(toks) if hi is None else hi
    w = _words()
    quantities = parse_quantities(sent.span.text, toks)  # offsets relative to the sentence text
    by_start = {q.start: q for q in quantities}
    found: list[tuple[Quantity, int, int]] = []
    for i in range(lo, hi):
        rel = toks[i].start - sent.span.start
        q = by_start.get(rel)
        if q is None:
            continue
        j = i
        while j < len(toks) and toks[j].end - sent.span.start <= q.end:
            j += 1
        after = toks[j : j + 2]
        before = toks[max(0, i - 4) : i]
        if any(_reads(t, w["injured"]) for t in after[:1]):
            continue
        if any(_reads(t, w["dead_nouns"]) for t in after) or any(_reads(t, w["death_words"]) for t in before):
            found.append((q, i, j))
    if not found:
        return None, None
    # the first stated figure; with a range ("بين 10 و15") that is the lower, conservative one
    exact = [f for f in found if f[0].value is not None]
    q, i, j = (exact or found)[0]
    text = sent.span.text[toks[i].start - sent.span.start : toks[min(j + 1, len(toks)) - 1].end - sent.span.start]
    return q.value, text
