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


def death_words() -> frozenset[str]:
    """Words that tell a death ("مقتل", "قتل", "مصرع"), normalized."""
    return _words()["death_words"]


def _reads(token, words: frozenset[str]) -> bool:
    return any(r in words for r in token.readings)


def fatalities(sent: Sentence, lo: int = 0, hi: int | None = None) -> tuple[int | None, str | None]:
    """(number killed, the phrase as written) among tokens [lo, hi) of a sentence; (None, None) if no toll is given."""
    toks = sent.tokens
    hi = len(toks) if hi is None else hi
    w = _words()
    by_start = {q.start: q for q in parse_quantities(sent.span.text, toks, sent.span.start)}
    found: list[tuple[Quantity, int, int]] = []
    for i in range(lo, hi):
        q = by_start.get(toks[i].start)
        if q is None:
            continue
        j = i
        while j < len(toks) and toks[j].end <= q.end:
            j += 1
        after = toks[j : j + 2]
        before = toks[max(0, i - 4) : i]
        if any(_reads(t, w["injured"]) for t in after[:1]):
            continue
        if any(_reads(t, w["dead_nouns"]) for t in after) or any(_reads(t, w["death_words"]) for t in before):
            found.append((q, i, j))
    if not found:
        return _counted_by_noun(sent, lo, hi)
    # the first stated figure; with a range ("بين 10 و15") that is the lower, conservative one
    exact = [f for f in found if f[0].value is not None]
    q, i, j = (exact or found)[0]
    text = sent.span.text[toks[i].start - sent.span.start : toks[min(j + 1, len(toks)) - 1].end - sent.span.start]
    return q.value, text


_NUMBER_FREE_DEATH = frozenset(normalize(w) for w in ("مقتل", "مصرع", "استشهاد", "قتل", "وفاة", "إعدام", "اغتيال"))


def _counted_by_noun(sent: Sentence, lo: int, hi: int) -> tuple[int | None, str | None]:
    """"مقتل جندي" is one death and "مقتل شخصين" two, though no number is written."""
    toks = sent.tokens
    w = _words()
    for i in range(lo, min(hi, len(toks)) - 1):
        if not set(toks[i].readings) & _NUMBER_FREE_DEATH:
            continue
        noun = toks[i + 1]
        count = None
        if set(noun.readings) & w["dual_person"]:
            count = 2
        elif set(noun.readings) & w["singular_person"] or _singular_nisba(noun):
            count = 1
        if count is not None:
            text = sent.span.text[toks[i].start - sent.span.start : noun.end - sent.span.start]
            return count, text
    return None, None


def _singular_nisba(token) -> bool:
    """A singular nationality noun ("فلسطيني", "سوري"), not its plural ("فلسطينيين") or feminine."""
    from marsad.resolve.actors import index  # the actor layer owns the nationality forms

    return token.norm.endswith("ي") and bool(index().demonyms.find([token], allow_clitics=False))
