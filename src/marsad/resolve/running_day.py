"""The day a report is telling: the last day it named, which dates the undated events of the sentences after it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from marsad.resolve.dates import TimeMention, shifts_topic
from marsad.resolve.event_dates import MAX_AGE_DAYS, after_prior, when_it_happened

_LEAD_REACH = 1  # sentences after an undated lead where the day of its events may be told
# sentences after a named day whose undated events happened that day: the paragraphs right after a dated lead tell
# its details; an event told further on, with no day of its own, is dated by publication (ACLED's default), not by
# a day named for another matter paragraphs before ("انطلقت الأحد الماضي" ... "وقد اقتحم المتظاهرون")
_RUNNING_REACH = 2


@dataclass
class RunningDay:
    published: dt.date | None
    day: TimeMention | None = None  # the day the report last named
    at: int = -1  # the sentence that named it
    said: bool = False  # the day is only a statement's: a lead dated by it still awaits its own day
    # events of a lead that names no day of its own (only a statement's, or none): "قتل عشرون شخصا في غارة جوية"
    # then "وقالت فرق الإنقاذ إن ... في الهجوم الذي وقع أمس الأحد": the sentence after the lead tells when
    awaiting: list = field(default_factory=list)
    awaiting_since: int = -1

    def named_just_before(self, index: int) -> dt.date | None:
        """The day the sentence before named, from which a quoted speaker's yesterday counts."""
        return self.day.date if self.day is not None and self.at >= index - 1 else None

    def read(self, sent, times: list[TimeMention], own: list[TimeMention], said: list[int]) -> list[TimeMention]:
        """Move on past a sentence, given its times and those that are its events' own; returns its own named days.
        An undated event later in the report happened on the day last named before it: the lead tells the day, the
        paragraphs after it the details ("قصفت الطائرات فجر الأحد ..." then "وقتل في القصف ..."), unless a
        background date came between ("في مارس الماضي"), or only a statement's day was named."""
        named = [t for t in own if t.date is not None]
        shift = shifts_topic(sent.tokens)
        if shift:
            self.day, self.awaiting = None, []
        if named:
            self.at, self.said = sent.index, False
            # "غارات ... بعد ظهر السبت ... وذلك غداة احتجاجات الجمعة": a day told after the earlier matter a sentence
            # is measured by is that matter's, not the day that runs on
            last = next((t for t in reversed(named) if not after_prior(sent.tokens, t)), named[-1])
            self.day = last if self._recent(last) else None
            if self.day is not None and self.awaiting and sent.index - self.awaiting_since <= _LEAD_REACH \
                    and when_it_happened(sent, self.day):
                for ev in self.awaiting:
                    ev.event_date, ev.time_precision = self.day.date.isoformat(), self.day.precision
            self.awaiting = []
        elif self.day is None and not shift:
            # "أعلن الجيش، الجمعة، عن إحرازه تقدما" then "وقال في بيان إن قوات الجيش سيطرت على ...": what the
            # statement tells in the sentences after it happened by its day (precision 2), while they go on citing it
            stated = [t for t in times if t.date is not None and t not in own]
            if stated and self._recent(stated[-1]):
                self.day, self.at, self.said = stated[-1], sent.index, True
        elif self.said and said:
            self.at = sent.index
        return named

    def _recent(self, t: TimeMention) -> bool:
        return self.published is None or (self.published - t.date).days <= MAX_AGE_DAYS

    def date_at(self, index: int) -> tuple[str, int] | None:
        """(day, precision) for an undated event told in sentence `index`, if the running day reaches it."""
        if self.day is None or index - self.at > _RUNNING_REACH:
            return None
        return self.day.date.isoformat(), 2 if self.said else self.day.precision

    def await_day(self, ev, sent) -> None:
        """A record told with no day of its own, whose day the next sentence may tell."""
        if (self.day is None or self.said) and not shifts_topic(sent.tokens):
            self.awaiting.append(ev)
            self.awaiting_since = sent.index
