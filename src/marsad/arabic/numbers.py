"""Numbers in Arabic text: digits (Western, Arabic-Indic, Eastern), number words, approximations and vague amounts."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import Token

_UNITS = {
    "واحد": 1, "واحده": 1, "احد": 1, "احدي": 1,
    "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "اثنا": 2, "اثنتا": 2, "اثني": 2, "اثنتي": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9, "تسعه": 9,
}
_TEN = {"عشر": 10, "عشره": 10}
_TENS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
_HUNDREDS = {"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200, "مائتين": 200, "مئات": 100, "مئتا": 200, "مائتا": 200,
             "مئتي": 200, "مائتي": 200}
for _w, _v in {"ثلاث": 3, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثمان": 8, "تسع": 9}.items():
    _HUNDREDS[_w + "مئه"] = _v * 100
    _HUNDREDS[_w + "مائه"] = _v * 100
_MULTIPLIERS = {"الف": 1000, "الفا": 1000, "الفان": 2000, "الفين": 2000, "الفي": 2000, "الاف": 1000, "مليون": 10**6, "ملايين": 10**6, "مليونا": 10**6}
_VAGUE = {
    "عشرات": "tens", "العشرات": "tens", "مئات": "hundreds", "المئات": "hundreds", "الاف": "thousands",
    "الالاف": "thousands", "بضع": "few", "بضعه": "few", "عده": "several", "عدد": "several", "اعداد": "several",
    "العديد": "several", "عديد": "several", "كثيرون": "many",
}
_APPROX = {"نحو", "حوالي", "قرابه", "زهاء", "اكثر", "يقارب", "اقل", "يزيد", "يقل", "قرابة", "ما", "حواليه"}


def _norm_keys(table: dict) -> dict:
    return {normalize(k): v for k, v in table.items()}


_UNITS, _TEN, _TENS, _HUNDREDS, _MULTIPLIERS, _VAGUE = map(_norm_keys, (_UNITS, _TEN, _TENS, _HUNDREDS, _MULTIPLIERS, _VAGUE))
_APPROX = {normalize(w) for w in _APPROX}
_HUNDRED = normalize("مئة"), normalize("مائة"), normalize("مئات")
_VAGUE_ADJ = {normalize(w) for w in ("كبيرة", "كثيرة", "غفيرة", "هائلة", "كبير")}
NUMBER_WORDS = {**_UNITS, **_TEN, **_TENS, **_HUNDREDS, **_MULTIPLIERS}


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    value: int | None  # None when the amount is vague (عشرات، أعداد كبيرة)
    approximate: bool = False
    vague: str | None = None


def _word_value(token: Token) -> tuple[str, int] | None:
    for reading in token.readings:
        if reading in NUMBER_WORDS:
            return reading, NUMBER_WORDS[reading]
    return None


def _digits(token: Token) -> int | None:
    return int(token.norm) if token.norm.isdigit() else None


def parse_quantities(text: str, tokens: list[Token], offset: int = 0) -> list[Quantity]:
    """Every number phrase in `tokens`, left to right, non-overlapping.

    `text` is the text the tokens' offsets point into, or a slice of it starting at `offset` (a sentence);
    quantities carry the tokens' own offsets.
    """
    def piece(start: int, end: int) -> str:
        return text[start - offset : end - offset]

    found: list[Quantity] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        approx = i > 0 and tokens[i - 1].norm in _APPROX
        value = _digits(tok)
        first = tok.start
        if value is None and tok.norm[:1] == "و" and tok.norm[1:].isdigit():
            # "و15" in "بين 10 و15", "و3 مدنيين": the conjunction is written onto the digits
            value = int(tok.norm[1:])
            first = tok.start + next(k for k, c in enumerate(tok.text) if c.isdigit())
        j = i + 1
        if value is not None:
            # thousands separators: 1,200 or 1٬200 come out as several digit tokens
            while j < len(tokens) and tokens[j].norm.isdigit() and len(tokens[j].norm) == 3 \
                    and piece(tokens[j - 1].end, tokens[j].start) in (",", "٬"):
                value = value * 1000 + int(tokens[j].norm)
                j += 1
            if j < len(tokens) and piece(tokens[j - 1].end, tokens[j].start) in (".", "٫") and tokens[j].norm.isdigit():
                j += 1  # a decimal part: keep the integer part
            if j < len(tokens) and (m := _word_value(tokens[j])) and m[0] in _MULTIPLIERS:
                value *= _MULTIPLIERS[m[0]]
                j += 1
            found.append(Quantity(first, tokens[j - 1].end, piece(first, tokens[j - 1].end), value, approx))
            i = j
            continue
        if tok.norm in _VAGUE or (tok.readings[-1] in _VAGUE and tok.readings[0] not in NUMBER_WORDS):
            key = tok.norm if tok.norm in _VAGUE else tok.readings[-1]
            end = tok.end
            i += 1
            if i < len(tokens) and tokens[i].norm in _VAGUE_ADJ:
                end = tokens[i].end
                i += 1
            found.append(Quantity(tok.start, end, piece(tok.start, end), None, True, _VAGUE[key]))
            continue
        word = _word_value(tok)
        if word is None:
            i += 1
            continue
        total, current, last_unit = 0, 0, False
        j = i
        while j < len(tokens):
            w = _word_value(tokens[j])
            if w is None:
                break
            name, v = w
            joined_by_wa = tokens[j].norm.startswith("و") and name != tokens[j].norm
            if j > i and not joined_by_wa and not (name in _TEN and last_unit) and name not in _MULTIPLIERS \
                    and not (name in _HUNDREDS and last_unit):
                break
            if name in _TEN and last_unit:
                current += 10
            elif name in _MULTIPLIERS:
                total += max(current, 1) * v
                current = 0
            elif name in _HUNDREDS and last_unit:
                current = current * 100 if name in _HUNDRED else current + v
            else:
                current += v
            last_unit = name in _UNITS
            j += 1
        value = total + current
        found.append(Quantity(tok.start, tokens[j - 1].end, piece(tok.start, tokens[j - 1].end), value, approx))
        i = j
    return found
