"""Tokens with clitic analyses: proclitics (و ف ب ك ل ال لل) and pronoun suffixes, in original offsets."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from marsad.arabic.normalize import normalize

_TOKEN = re.compile(r"[\u0621-\u063A\u0640-\u065F\u0670-\u06D3\u0660-\u0669\u06F0-\u06F9A-Za-z0-9]+")  # "_" splits hashtags


def _proclitics() -> list[str]:
    found = set()
    for conj in ("", "و", "ف"):
        for prep in ("", "ب", "ك", "ل"):
            for art in ("", "ال"):
                found.add(conj + ("لل" if prep == "ل" and art else prep + art))
    found.discard("")
    return sorted(found, key=len, reverse=True)


PROCLITICS = _proclitics()
# attached pronouns, longest first; only stripped when the rest stays a plausible stem
SUFFIXES = ("هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه", "ك", "ي")
_MIN_STEM = 3
_MARKS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"


@dataclass(frozen=True)
class Segment:
    kind: str  # "proclitic", "stem" or "suffix"
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    norm: str
    # normalized forms this token may stand for once clitics are removed, most literal first
    readings: tuple[str, ...] = field(default=(), compare=False)

    def segments(self) -> list[Segment]:
        """The most likely split into proclitics, stem and suffix, each with original offsets."""
        return segment(self)


@functools.lru_cache(maxsize=200_000)
def readings(norm: str) -> tuple[str, ...]:
    """All normalized forms a token can stand for after clitic stripping, the token itself first."""
    out = [norm]
    for pre in PROCLITICS:
        if not norm.startswith(pre):
            continue
        rest = norm[len(pre) :]
        has_article = pre.endswith("ال") or pre.endswith("لل")
        if len(rest) < (2 if has_article else _MIN_STEM):
            continue
        if pre.endswith("لل"):
            # لل = ل + ال: the word carries the article
            out.append("ال" + rest)
            continue
        # with the article among the clitics the word keeps it: وبالميادين reads الميادين, never ميادين
        out.append("ال" + rest if has_article else rest)
    return tuple(dict.fromkeys(out))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end] with offsets into `text`."""
    end = len(text) if end is None else end
    tokens = []
    for m in _TOKEN.finditer(text, start, end):
        norm = normalize(m.group())
        if not norm:
            continue
        tokens.append(Token(m.group(), m.start(), m.end(), norm, readings(norm)))
    return tokens


def segment(token: Token) -> list[Segment]:
    """Split a token into proclitics, stem and suffix by rule (longest clitics leaving a stem of 3+ letters)."""
    surface = token.text
    letters = [i for i, c in enumerate(surface) if normalize(c)]  # indices of non-diacritic characters
    norm = token.norm
    pieces: list[tuple[str, int, int]] = []  # (kind, start, end) in normalized-letter indices
    pos = 0
    for pre in PROCLITICS:
        if norm.startswith(pre) and len(norm) - len(pre) >= (2 if pre.endswith("ال") else _MIN_STEM):
            # split a combined prefix into its clitics: و|ب|ال
            i = 0
            while i < len(pre):
                if pre.startswith("ال", i) or pre.startswith("لل", i):
                    if pre.startswith("لل", i):
                        pieces.append(("proclitic", i, i + 1))
                        pieces.append(("proclitic", i + 1, i + 2))
                    else:
                        pieces.append(("proclitic", i, i + 2))
                    i += 2
                else:
                    pieces.append(("proclitic", i, i + 1))
                    i += 1
            pos = len(pre)
            break
    stem_end = len(norm)
    for suf in SUFFIXES:
        if suf == "ه" and surface.rstrip(_MARKS).endswith("ة"):
            break  # ta marbuta, not the pronoun
        if norm.endswith(suf) and len(norm) - len(suf) - pos >= _MIN_STEM and not norm.endswith("يه"):
            stem_end = len(norm) - len(suf)
            break
    pieces.append(("stem", pos, stem_end))
    if stem_end < len(norm):
        pieces.append(("suffix", stem_end, len(norm)))
    if len(letters) != len(norm):  # a character folded to nothing or to several: no safe split
        return [Segment("stem", surface, token.start, token.end)]
    result = []
    for kind, a, b in pieces:
        s = letters[a] if a > 0 else 0
        e = letters[b] if b < len(letters) else len(surface)
        result.append(Segment(kind, surface[s:e], token.start + s, token.start + e))
    return result


def reading_start(token: Token, reading: str) -> int:
    """Original offset where `reading` (one of token.readings) begins inside the token: after its proclitics."""
    norm = token.norm
    if norm.endswith(reading):
        cut = len(norm) - len(reading)
    elif reading.startswith("ال") and norm.endswith(reading[2:]):
        cut = len(norm) - len(reading) + 1  # لل: the article's lam is the second lam
    else:
        return token.start
    seen = 0
    for i, ch in enumerate(token.text):
        if seen == cut:
            return token.start + i
        if normalize(ch):
            seen += 1
    return token.start
