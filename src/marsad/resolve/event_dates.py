"""When an event happened: the time expression that dates a frame, resolved against the publication day."""

from __future__ import annotations

import datetime as dt

from marsad.extract import lexicon
from marsad.extract.frames import DESCRIBED_REACH, Frame
from marsad.resolve.dates import TimeMention

MAX_AGE_DAYS = 14  # older events in a report are background, not news

_OCCURRED_REACH = 6  # tokens after a verb of taking place where its day is told: "وقع في وقت متأخر من يوم السبت"


def when_it_happened(sent, t: TimeMention, once: bool = False) -> bool:
    """The day follows a verb of taking place ("الهجوم الذي وقع أمس الأحد"): the sentence tells when an event
    the reader already knows happened; `once`: a verb of one happening only ("وقع", not "تواصل" or "تصاعد")."""
    verbs = lexicon.trigger_words("took_place" if once else "occurrence_verbs")
    return any(set(tok.readings) & verbs for tok in sent.tokens[max(0, t.first - _OCCURRED_REACH) : t.first])


_PRIOR_REACH = 4  # tokens back from a day to a word of an earlier matter that governs it: "غداة مقتل 17 مدنيا الجمعة"


def after_prior(sent_tokens, t: TimeMention) -> bool:
    """The day dates the earlier matter told after a word of one ("غداة احتجاجات الجمعة", "عقب هجوم الخميس"), with a
    noun between: right after the word it is a part of the day itself ("بعد ظهر السبت")."""
    prior = lexicon.trigger_words("prior_event_words")
    return any(set(tok.readings) & prior for tok in sent_tokens[max(0, t.first - _PRIOR_REACH) : max(0, t.first - 1)])


def event_date(frame: Frame, sent, times, published: dt.date | None) -> tuple[str | None, int | None, bool, bool]:
    """The event's date and precision, whether the frame is background or future rather than news, and whether
    the date was stated (rather than assumed from publication)."""
    lo, hi = sent.clause_range(frame.clause)
    # "ووصلت إلى معبر نصيب الذي كانت الفصائل تسيطر عليه منذ 2015": a relative clause after the trigger tells the
    # history of what it names, not when the event was ("القصف الذي استهدف أمس البلدة", right after the trigger,
    # describes the event itself)
    relative = lexicon.word_set("relative_pronouns")
    upto = next((k for k in range(frame.last + DESCRIBED_REACH + 1, hi)
                 if sent.tokens[k].norm.lstrip("و") in relative), hi)
    times = [t for t in times if not upto <= t.first < hi]
    in_clause = [t for t in times if lo <= t.first < hi]
    # "طالبت روسيا الثلاثاء بتحقيق في الهجوم الكيميائي على دوما، السبت الماضي": a day set off by a comma right
    # after the event's clause is that event's; the day before the event noun is the verb's that governs it
    aside = [t for t in times if t.date is not None and sent.clause_range(frame.clause + 1)[0] <= t.first
             and _in_aside(sent, frame.clause, t)] if frame.clause + 1 < len(sent.clause_starts) else []
    near = lambda t: abs(t.first - frame.first)  # noqa: E731
    if aside and all(t.first < frame.first for t in in_clause):
        in_clause = aside[:1]
    chosen = min(in_clause, key=near) if in_clause else (min(times, key=near) if times else None)
    years = [int(t.norm) for t in sent.tokens[lo:upto] if t.norm.isdigit() and len(t.norm) == 4
             and 1900 < int(t.norm) < 2100]
    if published and years and max(years) < published.year:
        return None, None, True, False
    norms = [t.norm for t in sent.tokens[lo:hi]]
    if {" ".join(p) for p in zip(norms, norms[1:], strict=False)} & lexicon.word_set("past_years"):
        return None, None, True, False
    if chosen is not None and chosen.future:
        return None, None, True, False
    if chosen is not None and chosen.date is not None:
        if published and (published - chosen.date).days > MAX_AGE_DAYS:
            return None, None, True, False
        if frame.pluperfect and chosen not in in_clause and not _in_aside(sent, frame.clause, chosen):
            return None, None, True, False
        return chosen.date.isoformat(), chosen.precision, False, True
    if frame.pluperfect:
        return None, None, True, False
    if published:
        return published.isoformat(), 2, False, False
    return None, None, False, False


_ASIDE = 4  # a clause this short next to the trigger's is an aside of it: "وكان انفجار في ننكرهار، أمس السبت، أسفر"


def _in_aside(sent, clause: int, t: TimeMention) -> bool:
    for c in (clause - 1, clause + 1):
        if 0 <= c < len(sent.clause_starts):
            lo, hi = sent.clause_range(c)
            if hi - lo <= _ASIDE and lo <= t.first < hi:
                return True
    return False
