"""One record per event: records a report tells twice are merged, and contradicted claims linked."""

from __future__ import annotations

from collections import Counter

from marsad.arabic.tokenize import tokenize
from marsad.extract import lexicon
from marsad.extract.matcher import phrase_key
from marsad.models import EVENT_TYPE_OF, Event
from marsad.resolve.fatalities import death_words

_REMOTE = frozenset(s for s, t in EVENT_TYPE_OF.items() if t == "Explosions/Remote violence")


def type_generic_attacks(events: list[Event]) -> None:
    """"الهجوم على الحافلة" in a report whose other sentences tell an air strike is that air strike: an
    unspecific attack word takes the report's most told remote-violence type."""
    generic = lexicon.generic_attacks()

    def is_generic(e: Event) -> bool:
        if lexicon.names_generic_attack(e.evidence.trigger):
            return True
        # "وأدى الهجوم على السوق إلى مقتل سبعة": the toll word stands for the unspecific attack of its sentence
        return phrase_key(e.evidence.trigger)[0] in death_words() and any(
            r in generic for t in tokenize(e.evidence.text) for r in t.readings)

    unspecific = [is_generic(e) for e in events]
    told = Counter(e.sub_event_type for e, u in zip(events, unspecific, strict=True) if e.sub_event_type in _REMOTE and not u)
    if not told:
        return
    sub = told.most_common(1)[0][0]
    for e, u in zip(events, unspecific, strict=True):
        if u and e.sub_event_type in ("Attack", "Armed clash"):
            e.sub_event_type, e.event_type = sub, EVENT_TYPE_OF[sub]


_VIOLENT = {"Battles", "Explosions/Remote violence", "Protests", "Riots"}


def toll_joins_its_event(events: list[Event]) -> list[Event]:
    """"وأعلن الجيش مقتل أحد جنوده" after "إطلاق نار على الجنود" at that place that day: a bare killing word is the
    toll of the clash, strike or demonstration told there that day, not an attack of its own."""
    deaths = death_words()
    out = []
    for e in events:
        if e.sub_event_type == "Attack" and phrase_key(e.evidence.trigger)[0] in deaths:
            twins = [k for k in events if k is not e and k.event_type in _VIOLENT
                     and place_key(k) == place_key(e) and k.event_date == e.event_date]
            if twins:
                # ... the one told nearest to it
                twin = min(twins, key=lambda k: (k.evidence.field != e.evidence.field,
                                                 abs(k.evidence.start - e.evidence.start)))
                merge_into(twin, e)
                continue
        out.append(e)
    return out


_PROTEST_SEVERITY = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2}


def one_protest_per_place_and_day(events: list[Event]) -> list[Event]:
    """A demonstration that police dispersed is one event, coded by its most severe outcome (ACLED)."""
    best: dict[tuple, Event] = {}
    out = []
    for e in events:
        if e.sub_event_type not in _PROTEST_SEVERITY:
            out.append(e)
            continue
        key = (place_key(e), e.event_date)
        kept = best.get(key)
        if kept is None:
            best[key] = e
            out.append(e)
            continue
        if _PROTEST_SEVERITY[e.sub_event_type] > _PROTEST_SEVERITY[kept.sub_event_type]:
            kept.sub_event_type, kept.event_type = e.sub_event_type, e.event_type
            kept.actor2 = kept.actor2 or e.actor2
        merge_into(kept, e)
    return out


# one event told as two sub-types at a place on a day: ACLED codes the first, which absorbs the second
_ABSORBS = {"Violent demonstration": "Peaceful protest", "Suicide bomb": "Remote explosive/landmine/IED"}


def riot_absorbs_protest(events: list[Event]) -> list[Event]:
    """"اقتحم المحتجون القنصلية وأضرموا النار فيها": demonstrators who turn violent are one riot (ACLED), not a
    peaceful protest and a riot at the same place on the same day; "تفجيرات المدينة" in a report of its suicide
    bombings are those bombings."""
    strong = {(e.sub_event_type, place_key(e), e.event_date): e for e in events if e.sub_event_type in _ABSORBS}
    out = []
    for e in events:
        keys = [(s, place_key(e), e.event_date) for s, weak in _ABSORBS.items() if weak == e.sub_event_type]
        kept = next((strong[k] for k in keys if k in strong), None)
        if kept is not None:
            merge_into(kept, e)
            continue
        out.append(e)
    return out


def place_key(e: Event) -> str:
    loc = e.location
    if loc is None:
        return ""
    return str(loc.geonameid) if loc.geonameid else f"{loc.name}|{loc.latitude}|{loc.longitude}"


def merge_into(kept: Event, other: Event) -> None:
    """Two records of one event: the one told with more of its sources leads, the other fills gaps."""
    if len(other.attribution.reported_by) > len(kept.attribution.reported_by):
        for name in ("actor1", "actor2", "attribution", "evidence", "event_date", "time_precision", "location"):
            theirs, mine = getattr(other, name), getattr(kept, name)
            if theirs is not None:
                setattr(kept, name, theirs)
                setattr(other, name, mine)
    for name in ("actor1", "actor2", "fatalities", "fatalities_text"):
        if getattr(kept, name) is None and getattr(other, name) is not None:
            setattr(kept, name, getattr(other, name))
    if kept.actor1 is not None and kept.actor2 is not None and kept.actor1.name == kept.actor2.name:
        # one telling names the doer, another the same side as target ("أطلقت ميليشيات الحوثي صاروخا" and
        # "هجمات صاروخية حوثية"): a side is never both of an event's parties
        kept.actor2 = None
    kept.confidence = max(kept.confidence, other.confidence)


def link_contradictions(events: list[Event]) -> None:
    """A claim reported as false is linked to the records of the same report that contradict it."""
    denied = [e for e in events if e.attribution.status == "denied"]
    for d in denied:
        for e in events:
            if e is d or e.attribution.status == "denied":
                continue
            if e.evidence.start == d.evidence.start and e.event_type == d.event_type:
                d.attribution.contradicted_by.append(e.event_id)
                if e.attribution.status == "asserted":
                    e.attribution.status = "disputed"
