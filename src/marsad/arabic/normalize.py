"""Normalization of Arabic for matching only, with a map back to original character offsets."""

from __future__ import annotations

import re

_DIACRITICS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"  # harakat, superscript alef, tatweel
_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ى": "ي", "ی": "ي", "ک": "ك",
    "ؤ": "و", "ئ": "ي",
    "\u200c": "", "\u200d": "", "\u200e": "", "\u200f": "", "\u061c": "",
}
_DIGITS = {**{chr(0x0660 + i): str(i) for i in range(10)}, **{chr(0x06F0 + i): str(i) for i in range(10)}}

_TABLE = str.maketrans({**_FOLD, **_DIGITS, **{c: "" for c in _DIACRITICS}})

ARABIC_LETTERS = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")


def normalize(text: str) -> str:
    """Fold alef/hamza forms, ta marbuta, alef maqsura, Arabic-Indic digits; drop diacritics and tatweel; lowercase Latin."""
    return text.translate(_TABLE).lower()


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalize and return, for each normalized character, the index of the original character it came from.

    The map has one extra final entry equal to len(text), so a normalized span [i, j) maps back to
    original[offsets[i]:offsets[j]] (for j == len(normalized) too).
    """
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        folded = ch.translate(_TABLE).lower()
        for piece in folded:
            out.append(piece)
            offsets.append(i)
    offsets.append(len(text))
    return "".join(out), offsets


def arabic_ratio(text: str) -> float:
    """Share of letters that are Arabic: used to reject non-Arabic input."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if ARABIC_LETTERS.match(c)) / len(letters)
