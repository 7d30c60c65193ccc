"""Time expressions in a sentence resolved to calendar dates with ACLED time precision."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import Token
from marsad.extract import lexicon
from marsad.extract.matcher import PhraseMatcher
from marsad.knowledge import load_yaml


@dataclass(frozen=True)
class TimeMention:
    first: int  # token indexes
    last: int
    text: str
    date: dt.date | None
    precision: int | None
    future: bool = False
    relative: bool = False  # counted from publication ("أمس", "اليوم"), not named ("السبت", "7 نيسان")


@functools.cache
def _matcher() -> PhraseMatcher:
    data = load_yaml("time.yaml")
    m = PhraseMatcher()
    for group in data["relative"]:
        for w in group["words"]:
            m.add(w, ("relative", group["offset"], group["precision"]))
    for w in data["future"]:
        m.add(w, ("future",))
    for w, wd in data["weekdays"].items():
        m.add(w, ("weekday", wd))
        for part in data["day_parts"]:
            m.add(f"{part} {w}", ("weekday", wd))
            m.add(f"{part} يوم {w}", ("weekday", wd))
    for w, month in data["months"].items():
        m.add(w, ("month", month))
    for w, month in data["hijri_months"].items():
        m.add(w, ("hijri", month))
    return m


_PAST = ("الماضي", "الفائت", "المنصرم")  # "الأحد الماضي", "في تموز الماضي"

_PLAN_REACH = 6  # tokens back from a weekday where a plan's word governs it: "من المقرر أن تنطلق المسيرات الجمعة"


@functools.cache
def _future_cues() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_yaml("time.yaml").get("future_cues") or [])


@functools.cache
def _coming_words() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_yaml("time.yaml").get("coming") or [])


def _planned(tokens: list[Token], first: int) -> bool:
    """A weekday told after a word of plan or a future verb: the coming day; a relative pronoun between opens a
    clause of its own ("سيزور الموقع الذي قصف الأحد")."""
    for tok in reversed(tokens[max(0, first - _PLAN_REACH) : first]):
        norm = tok.norm.lstrip("و")
        if norm in lexicon.word_set("relative_pronouns"):
            return False
        if norm in _future_cues() or tok.norm in _future_cues():
            return True
    return False


def time_tokens(tokens: list[Token]) -> set[int]:
    """Indexes of tokens inside time expressions ("فجر السبت"), which are never event triggers."""
    return {i for m in _matcher().find(tokens) for i in range(m.first, m.last)}


@functools.cache
def _ordinals() -> dict[str, int]:
    from marsad.arabic.normalize import normalize

    return {" ".join(normalize(w) for w in k.split()): int(v) for k, v in load_yaml("time.yaml")["ordinal_days"].items()}


@functools.cache
def _night_words() -> tuple[frozenset[str], frozenset[str]]:
    from marsad.arabic.normalize import normalize

    data = load_yaml("time.yaml")["two_day_nights"]
    return frozenset(normalize(w) for w in data["starts"]), frozenset(normalize(w) for w in data["joiners"])


def _ordinal_before(tokens: list[Token], first: int) -> tuple[int, int] | None:
    """(day, index of the ordinal's first token) for "الرابع من مارس", "الحادي والعشرين من نيسان"."""
    if first < 2 or tokens[first - 1].norm != "من":
        return None
    for width in (2, 1):
        start = first - 1 - width
        if start >= 0:
            day = _ordinals().get(" ".join(t.norm for t in tokens[start : first - 1]))
            if day is not None:
                return day, start
    return None


def _int(token: Token | None) -> int | None:
    return int(token.norm) if token is not None and token.norm.isdigit() else None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def find_times(tokens: list[Token], text: str, published: dt.date | None) -> list[TimeMention]:
    """Every time expression among `tokens`, resolved against `published` when it is relative."""
    out = []
    kinds: list[tuple] = []
    for match in _matcher().find(tokens):
        first, last = match.first, match.last
        kind = match.payloads[0]
        date, precision, future = None, None, False
        before = tokens[first - 1] if first > 0 else None
        after = tokens[last] if last < len(tokens) else None
        if kind[0] == "future":
            future = True
        elif kind[0] == "relative" and published:
            date, precision = published - dt.timedelta(days=kind[1]), kind[2]
        elif kind[0] == "weekday" and published:
            back = (published.weekday() - kind[1]) % 7
            date, precision = published - dt.timedelta(days=back), 1
            past = after is not None and after.norm in _PAST
            # "الأحد الماضي" on a Sunday means a week back, not today
            if back == 0 and past:
                date = published - dt.timedelta(days=7)
            elif (after is not None and after.norm in _coming_words()) or (_planned(tokens, first) and not past):
                date, precision, future = None, None, True
        elif kind[0] in ("month", "hijri"):
            day = _int(before) if before is not None and before.norm.isdigit() and len(before.norm) <= 2 else None
            day_first = first - 1
            ordinal = _ordinal_before(tokens, first) if day is None else None
            if ordinal is not None:
                day, day_first = ordinal
            year = _int(after) if after is not None and after.norm.isdigit() and len(after.norm) == 4 else None
            if kind[0] == "hijri":
                if day and year:
                    from hijridate import Hijri

                    try:
                        g = Hijri(year, kind[1], day).to_gregorian()
                        date, precision = dt.date(g.year, g.month, g.day), 1
                    except (ValueError, OverflowError):
                        date = None
            else:
                if year is None and published:
                    year = published.year
                    # "25 ديسمبر" in a January report is last year's December
                    if kind[1] > published.month + 1:
                        year -= 1
                if year:
                    date = _safe_date(year, kind[1], day or 1)
                    precision = 1 if day else 3
            if day is not None:
                first = day_first
            if year is not None and after is not None and _int(after) == year:
                last += 1
        if date is None and not future:
            continue
        out.append(TimeMention(first, last, text[tokens[first].start : tokens[last - 1].end], date, precision, future,
                               kind[0] == "relative"))
        kinds.append(kind)
    out, kinds = _month_twins(tokens, text, out, kinds)
    out, kinds = _nights(tokens, text, out, kinds)
    if published:
        out = [_last_years(tokens, t, kind, published) for t, kind in zip(out, kinds, strict=True)]
    # "بحلول 15 أكتوبر" in a report of the 10th: a day to come, never the day of anything told
    out = [TimeMention(t.first, t.last, t.text, None, None, True, t.relative)
           if published and t.date is not None and t.date > published else t for t in out]
    # "أمس الجمعة": the weekday names the day; "أمس" only says it was recent (a report filed after midnight)
    return [t for n, t in enumerate(out)
            if not (kinds[n][0] == "relative" and n + 1 < len(out) and kinds[n + 1][0] == "weekday"
                    and out[n + 1].first == t.last)]


def _last_years(tokens: list[Token], t: TimeMention, kind: tuple, published: dt.date) -> TimeMention:
    """"في تموز/يوليو الماضي" in a June report is last year's July: a month told as past that the year has not yet
    reached, or that is this very month with no day or a day still to come ("في أيار الماضي" read in May), is the
    year before's; "في 3 أيار الماضي" on 20 May is this year's."""
    if kind[0] != "month" or t.date is None or t.last >= len(tokens) or tokens[t.last].norm not in _PAST \
            or tokens[t.last - 1].norm.isdigit() and len(tokens[t.last - 1].norm) == 4:
        return t
    if t.date.year == published.year and (t.date.month, t.date.day if t.precision == 1 else 32) > \
            (published.month, published.day):
        return TimeMention(t.first, t.last, t.text, _safe_date(t.date.year - 1, t.date.month, t.date.day) or t.date,
                           t.precision, t.future, t.relative)
    return t


def _month_twins(tokens: list[Token], text: str, out: list[TimeMention], kinds: list[tuple]):
    """"7 نيسان/أبريل 2018" names one day by the month's two names, Levantine then Egyptian: the day comes before the
    first name, the year after the second; the second name alone is no month-wide mention of its own."""
    merged: list[TimeMention] = []
    merged_kinds: list[tuple] = []
    for t, kind in zip(out, kinds, strict=True):
        prev = merged[-1] if merged else None
        if prev is not None and kind[0] == "month" and merged_kinds[-1] == kind and prev.last == t.first \
                and prev.date is not None and t.date is not None:
            date = _safe_date(t.date.year, prev.date.month, prev.date.day) if t.last > t.first + 1 else prev.date
            merged[-1] = TimeMention(prev.first, t.last, text[tokens[prev.first].start : tokens[t.last - 1].end],
                                     date or prev.date, prev.precision)
            continue
        merged.append(t)
        merged_kinds.append(kind)
    return merged, merged_kinds


def _nights(tokens: list[Token], text: str, out: list[TimeMention], kinds: list[tuple]):
    """"ليل الخميس الجمعة" is one night: the evening's day, or the morning's when it is "بعد منتصف" (after midnight);
    "ليل الأربعاء ويوم الخميس", "ليلة الاثنين وصباح الثلاثاء": a second day with a part of its own is a day of its own."""
    words, joiners = _night_words()
    merged: list[TimeMention] = []
    merged_kinds: list[tuple] = []
    n = 0
    while n < len(out):
        t = out[n]
        if n + 1 < len(out) and kinds[n][0] == "weekday" and kinds[n + 1][0] == "weekday" and t.date is not None \
                and kinds[n + 1][1] == (kinds[n][1] + 1) % 7 and tokens[t.first].norm in words \
                and out[n + 1].last - out[n + 1].first == 1 \
                and (out[n + 1].first == t.last
                     or (out[n + 1].first == t.last + 1 and tokens[t.last].norm in joiners)):
            after_midnight = any(tok.norm == "بعد" for tok in tokens[max(0, t.first - 2) : t.first])
            date = t.date + dt.timedelta(days=1) if after_midnight else t.date
            last = out[n + 1].last
            merged.append(TimeMention(t.first, last, text[tokens[t.first].start : tokens[last - 1].end], date, 1))
            merged_kinds.append(kinds[n])
            n += 2
            continue
        merged.append(t)
        merged_kinds.append(kinds[n])
        n += 1
    return merged, merged_kinds



def counted_from(t: TimeMention, day: dt.date, published: dt.date) -> TimeMention:
    """A relative day told in a speaker's words counted from the day they spoke ("قال الاثنين: ... يوم أمس" is
    Sunday), not from publication."""
    if not t.relative or t.date is None or t.precision != 1:
        return t
    return TimeMention(t.first, t.last, t.text, t.date + (day - published), t.precision, t.future, t.relative)


def parse_iso(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@functools.cache
def _topic_shifts() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(normalize(w) for w in p.split()) for p in load_yaml("time.yaml").get("topic_shifts") or [])


def shifts_topic(tokens) -> bool:
    """The sentence opens on another front or story ("وعلى جبهة ...", "من جهة أخرى")."""
    head = tuple(t.norm for t in tokens[:3])
    return any(head[: len(p)] == p for p in _topic_shifts())
