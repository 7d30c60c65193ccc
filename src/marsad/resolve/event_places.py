"""Where an event happened: the places a frame takes, or the report's main place when it names none."""

from __future__ import annotations

import functools
import unicodedata
from collections import Counter

from marsad import geo
from marsad.arabic.document import Document
from marsad.arabic.normalize import normalize
from marsad.arabic.sentences import QUOTE_MARKS
from marsad.extract import lexicon
from marsad.extract.frames import Frame
from marsad.knowledge import load_yaml
from marsad.resolve.actors import witnessing
from marsad.resolve.places import PlaceMention, country_adjectives, country_part


def not_speakers(doc: Document, places: list[PlaceMention]) -> list[PlaceMention]:
    """"وأكد ديلون", "وقالت نويرت": a one-word name right after a reporting verb is who speaks; a small town abroad
    that shares it is no place of the report (countries and capitals that speak stay: they are places too)."""
    said = {(s.index, m.last) for s in doc.sentences for m in lexicon.reporting_verbs().find(s.tokens)
            if m.payloads[0][0] == "verb"}

    def person_like(m: PlaceMention) -> bool:
        return m.last - m.first == 1 and m.cue is None and bool(m.candidates) and all(
            c.kind not in ("country", "admin1", "region") and c.population < 100_000 for c in m.candidates)

    # ... and a name that speaks once is that person wherever the report names it ("ريان ديلون", "وفقا لديلون")
    speakers = {id(c) for m in places if (m.sentence, m.first) in said and person_like(m) for c in m.candidates}
    return [m for m in places if not (person_like(m) and any(id(c) in speakers for c in m.candidates))]


def main_place(places: list[PlaceMention], countries: list[str] = ()) -> PlaceMention | None:
    """The report's most mentioned specific place: where unplaced events of the report most likely happened. A
    small town outside the report's main countries is more often a person's name ("المتحدث ريان ديلون") than
    where its events were, and where the report was filed (its dateline) is no place of its events."""
    home = [m for m in places if m.resolved is not None and not m.dateline and not _small_abroad(m, countries)]
    places = home or places
    counts = Counter()
    first = {}
    for m in places:
        if m.resolved is not None and m.resolved.kind not in ("country",) and not m.dateline:  # "دبي (CNN) --"
            # a province and its seat are spelt apart ("Hajjah", "Ḩajjah"): one name without its diacritics
            r = m.resolved
            key = _folded(r.name)
            counts[key] += 1
            # ... named at its finest: the city rather than the province or strip filed at its point
            if key not in first or (first[key].resolved.kind in _COARSE_KINDS and r.kind not in _COARSE_KINDS):
                first[key] = m
    if not counts:
        return None

    # places a few km apart are one scene ("قاعدة حميميم" by "جبلة" in "اللاذقية"): a scene named in many words
    # outweighs a town named twice
    def scene(key: str) -> int:
        a = first[key].resolved
        return sum(n for k, n in counts.items()
                   if a.latitude is not None and first[k].resolved.latitude is not None
                   and geo.km(a.latitude, a.longitude, first[k].resolved.latitude, first[k].resolved.longitude)
                   <= _SCENE_KM)

    order = list(first)
    return first[max(order, key=lambda k: (scene(k), counts[k], -order.index(k)))]


_SCENE_KM = 25  # an event matches its place within 25 km


_COARSE_KINDS = ("admin1", "region", "area", "district")


def _folded(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if c.isalnum() or c == " ").lower()


def _small_abroad(m: PlaceMention, countries: list[str]) -> bool:
    r = m.resolved
    return bool(countries) and r.country not in countries and r.kind not in ("country", "admin1", "region") \
        and r.population < 100_000


_PART_REACH_KM = 300  # a country part is coded at its main city; the report's own place must lie that close


def within_part(m: PlaceMention | None, main: PlaceMention | None) -> PlaceMention | None:
    """"غارة جوية على شمال غربي اليمن" in a report about Hajjah: a part of a country named by direction is the
    vaguest place a report gives; the coder codes the event at the report's own place when it lies in that part."""
    if m is None or main is None or m is main or not country_part(m):
        return m
    r, p = m.resolved, main.resolved
    if p is None or p.country != r.country or p.kind in ("country", "region") or country_part(main) \
            or p.latitude is None or r.latitude is None \
            or geo.km(p.latitude, p.longitude, r.latitude, r.longitude) > _PART_REACH_KM:
        return m
    return main


def sentence_country(places: list[PlaceMention], ids: list[int], countries: list[str]) -> str | None:
    found = [places[i].resolved.country for i in ids if places[i].resolved is not None and places[i].resolved.country]
    if found:
        return Counter(found).most_common(1)[0][0]
    return countries[0] if countries else None


def heard_from(places: list[PlaceMention], ids: list[int], witness_ends: set[int]) -> set[int]:
    """The places that say where witnesses are ("سكان في إدلب", "سكان قرية طيبة في المحافظة نفسها"): the
    place right after a witness word, and the places that locate it in turn."""
    heard: set[int] = set()
    for i in sorted(ids, key=lambda k: places[k].first):
        if any(0 <= places[i].first - end <= 2 for end in witness_ends) \
                or any(0 <= places[i].first - places[k].last <= 2 for k in heard):
            heard.add(i)
    return heard


_WITNESS_REACH = 8  # words from the place that sees events to the event it sees ("بغداد، مساء السبت، تظاهرات")


def frame_places(frame: Frame, sent, places: list[PlaceMention], ids: list[int], others=()) -> list[int]:
    """Places of the trigger's clause, else of the rest of its sentence; finer places push out regions containing them."""
    ids = [i for i in ids if not places[i].dateline and not spoken_from(sent, places[i])]
    if not ids:
        return []
    lo, hi = sent.clause_range(frame.clause)
    scope = [i for i in ids if lo <= places[i].first < hi]
    if not scope and frame.clause > 0 and sent.tokens[lo].norm in _WHERE:
        # "... بينها حي الحجر الأسود ومخيم اليرموك، حيث اندلعت معارك": "where" points back to the places just named
        plo, phi = sent.clause_range(frame.clause - 1)
        scope = [i for i in ids if plo <= places[i].first < phi]
    if not scope and not frame.sense.verb and frame.clause > 0 and sent.tokens[lo].norm in _CAUSES:
        # "قتل القيادي ... في صعدة، في غارة لمقاتلات التحالف": a clause telling what a death was caused by
        # explains the clause before it, and happened where that death did
        plo, phi = sent.clause_range(frame.clause - 1)
        scope = [i for i in ids if plo <= places[i].first < phi]
    if not scope and not frame.sense.verb:
        nxt = sent.clause_range(frame.clause + 1)[1] if frame.clause + 1 < len(sent.clause_starts) else hi
        # ... but a clause opening with "كما" tells another event ("كما قتل آخرون في منطقة الصوح")
        if nxt > hi and sent.tokens[hi].norm in _ANOTHER:
            nxt = hi
        scope = [i for i in ids if hi <= places[i].first < nxt]
        if not scope and frame.clause > 0:
            # "وفي محافظة المثنى، دخل اعتصام المتظاهرين ...": a fronted place phrase before the comma
            plo, phi = sent.clause_range(frame.clause - 1)
            if sent.tokens[plo].norm in ("في", "وفي", "ففي"):
                scope = [i for i in ids if plo <= places[i].first < phi]
        if not scope:
            # "وشهدت بغداد، السبت، احتجاجات عارمة": the subject of a verb of seeing events, before the day's commas
            scope = [i for i in ids if places[i].first < frame.first <= places[i].first + _WITNESS_REACH
                     and witnessing(sent.tokens, places[i].first)][-1:]
    elif not scope:
        after = [i for i in ids if places[i].first >= hi]
        before = [i for i in ids if places[i].first < lo]
        scope = after[:1] if after else before[-1:]
        # a coordinated list continues into the next clause
        if after:
            first = places[after[0]]
            scope = [i for i in after if places[i].sentence == first.sentence
                     and sent.clause_of(places[i].first) == sent.clause_of(first.first)]
    located = [i for i in scope if not places[i].locator or _along(sent, places, scope, i)]
    if located:
        scope = located
    scope += _and_in(frame, sent, places, ids, scope, others)
    # "أطلقت قذائف من قطاع غزة على جنوب إسرائيل": a projectile's event is where it fell, not where it left
    if frame.event_type_is("Explosions/Remote violence") or frame.sub_event_type == "Disrupted weapons use":
        landed = [i for i in scope if not launched_from(sent, places[i])]
        if landed:
            scope = landed
    # "وسيطرت على مركز المديرية بعد قطع إمداد الميليشيات من مثلث البرح": what is taken comes before a
    # subordinate clause; places inside that clause are its circumstances
    if frame.sense.cls == "control":
        cut = next((k for k in range(frame.last, len(sent.tokens)) if sent.tokens[k].norm in _SUBORDINATORS), None)
        if cut is not None:
            main = [i for i in scope if places[i].first < cut]
            if main:
                scope = main
    # members of a coordinated list share its event, whatever clause a comma puts them in
    lists = {(places[i].sentence, places[i].list_last) for i in scope if places[i].list_last is not None}
    scope += [i for i in ids if i not in scope and (places[i].sentence, places[i].list_last) in lists]
    # a region pushes out only the finer places inside it: "في حرستا بريف دمشق" is Harasta, but in "رام الله
    # والخليل ... وفي قطاع غزة" the Strip is a scene of its own
    fine = [i for i in scope if not _coarse(places[i])]
    if fine:
        scope = [i for i in scope if i in fine or not any(_contains(places[i], places[k]) for k in fine)]
    # "مديرية موزع غرب تعز", "في محافظتي ديالى وذي قار في شرق وجنوب بغداد": a place given only to locate another
    # is not where the event was, unless a phrase of its own names it ("... ونابلس وفي مناطق شرقي قطاع غزة")
    located = [i for i in scope if not places[i].relative or _own_phrase(sent, places, scope, i)
               or _along(sent, places, scope, i)]
    if located:
        scope = located
    bounds = _bounding(sent, places, scope)
    if bounds and len(bounds) < len(scope):
        scope = [i for i in scope if i not in bounds]
    seen, out = set(), []
    for i in scope:
        key = places[i].resolved.name if places[i].resolved else places[i].text
        if key not in seen:
            seen.add(key)
            out.append(i)
    return out


def _and_in(frame: Frame, sent, places: list[PlaceMention], ids: list[int], scope: list[int], others) -> list[int]:
    """"معارك تدور في مديرية التحيتا جنوب محافظة الحديدة، وفي جبهة صرواح غرب محافظة مأرب": a clause that is only
    "and in" a place, with no event of its own, adds a place to the event before it."""
    if not scope or frame.clause + 1 >= len(sent.clause_starts):
        return []
    lo, hi = sent.clause_range(frame.clause + 1)
    if sent.tokens[lo].norm not in _CONJOINED_PREPOSITIONS or any(o.clause == frame.clause + 1 for o in others):
        return []
    return [i for i in ids if lo <= places[i].first < hi and not places[i].dateline]


def _along(sent, places: list[PlaceMention], scope: list[int], i: int) -> bool:
    """"قرب السياج الحدودي شرق خان يونس", "قرب السياج الفاصل بين غزة وإسرائيل شرق مدينة غزة": a place told by a
    relative word right after a long region (a border fence), or after the places it runs between, says where along
    it the event was; the finer place is the event's, and the line is left as what it lies by."""
    m = places[i]
    if m.relative is None or m.resolved is None or _coarse(m):
        return False
    covered = {k for j in scope if j != i for k in range(places[j].first, places[j].last)}
    k = m.first - 1
    # the relative word and the cue word stand right before the name ("شرق مدينة غزة")
    while k >= 0 and (k >= m.first - 3 or k in covered or sent.tokens[k].norm == "بين"):
        line = next((j for j in scope if j != i and places[j].last == k + 1 and _line(places[j])), None)
        if line is not None:
            return True
        k -= 1
    return False


def _line(m: PlaceMention) -> bool:
    """A region that runs along a border or a coast, named by a word of lines (cues.yaml: lines)."""
    return m.resolved is not None and not m.region and normalize(m.text).split(" ")[0] in _lines()


@functools.cache
def _lines() -> frozenset[str]:
    return frozenset(normalize(w) for w in load_yaml("places", "cues.yaml")["lines"])


def _own_phrase(sent, places: list[PlaceMention], scope: list[int], i: int) -> bool:
    """A relative place after another of the scope opens a phrase of its own when a conjoined preposition (وفي،
    وعلى) comes between them; right after the place, or with a bare في, it locates that place."""
    m = places[i]
    before = [places[k].last for k in scope if k != i and places[k].last <= m.first]
    if not before:
        return False
    return any(t.norm in _CONJOINED_PREPOSITIONS for t in sent.tokens[max(before) : m.first])


_CONJOINED_PREPOSITIONS = frozenset(normalize(w) for w in ("وفي", "وعلى", "وفى", "وعند", "وقرب", "وداخل", "وضمن"))


_REGION_REACH_KM = {"admin1": 100, "region": 150, "around": 60}  # how far a region's places may lie from its point


def _contains(coarse: PlaceMention, fine: PlaceMention) -> bool:
    """Whether a fine place may lie in a region (a province, a region, a country, "ريف X"); unknown either way,
    it may."""
    r, f = coarse.resolved, fine.resolved or fine.anchor
    # ... of its own country: a place abroad in the sentence ("لدى واشنطن معلومات عن الهجوم في غوطة دمشق") is
    # more often a speaker's than a second scene
    if r is None or f is None or r.kind == "country" or r.country != f.country:
        return True
        return True
    if r.latitude is None or f.latitude is None:
        return True
    km = geo.km(r.latitude, r.longitude, f.latitude, f.longitude)
    if r.kind == "admin1" and r.admin1 and f.admin1 and r.admin1 != f.admin1:
        return km < _SCENE_KM  # two provinces: only a place at their border is in doubt
    if coarse.region and r.kind not in ("admin1", "region"):
        return km <= _REGION_REACH_KM["around"]
    if r.kind == "region" and not r.admin1:
        return km <= 2 * _PART_REACH_KM  # a part of a country ("شمال اليمن") reaches far
    return km <= _REGION_REACH_KM.get(r.kind, _REGION_REACH_KM["admin1"])


def _bounding(sent, places: list[PlaceMention], scope: list[int]) -> set[int]:
    """"على السياج الحدودي الفاصل بين إسرائيل وقطاع غزة": the places a border lies between, named right after
    it, say where it runs; the event is at the border."""
    out: set[int] = set()
    for j in scope:
        k = places[j].last
        while k < min(len(sent.tokens), places[j].last + 3) and sent.tokens[k].norm != "بين":
            k += 1
        if k >= len(sent.tokens) or sent.tokens[k].norm != "بين":
            continue
        # the first place after "بين", and what is joined to it with و
        after = sorted((i for i in scope if places[i].first > k), key=lambda i: places[i].first)
        if after and places[after[0]].first - k <= 2:
            out.add(after[0])
            out.update(i for i in after[1:2] if places[i].conjoined)
    return out


_WHERE = frozenset(normalize(w) for w in ("حيث", "وحيث"))
_CAUSES = frozenset(normalize(w) for w in ("في", "إثر", "اثر", "جراء", "بسبب", "نتيجة", "بفعل"))
_ANOTHER = frozenset(normalize(w) for w in ("كما", "فيما", "بينما"))


_SUBORDINATORS = frozenset(normalize(w) for w in ("بعد", "عقب", "إثر", "قبل", "حيث", "مما", "ما", "بينما", "فيما"))


def spoken_from(sent, m: PlaceMention) -> bool:
    """"وقال ترودو في ليما إن ...", "وأضاف أردوغان، في مدينة طرابزون": the place a speaker speaks in, right
    after a verb of saying and the speaker's name, is where words were said, not where the event was. After a
    definite noun it says whose the speaker is ("أعلنت وزارة الصحة في غزة": the ministry of Gaza) and is left to
    the rules on sources; witnesses speak from the scene ("وقال سكان في قرية ..."), and what follows "إن" is
    what they tell."""
    cue_first = m.first - 1 if m.span_start < sent.tokens[m.first].start else m.first
    toks = sent.tokens
    prep = cue_first - 1
    if prep < 0 or toks[prep].norm not in _AT_PREPOSITIONS:
        return False
    verbs = _speaking_verbs()
    said = [k for k in range(max(0, prep - 1 - _SPEAKER_WORDS), prep) if toks[k].norm in verbs]
    if not said:
        return False
    between = toks[said[-1] + 1 : prep]
    if any(t.norm in _THAT for t in between):
        return False
    # ... nor in a quotation: "وقال المسؤول: \"ننتظر ... في\""
    gap = sent.span.text[toks[said[-1]].end - sent.span.start : toks[prep].start - sent.span.start]
    if any(c in gap for c in _QUOTING):
        return False
    comma = any(c in sent.span.text[toks[prep - 1].end - sent.span.start : toks[prep].start - sent.span.start]
                for c in "،,")
    # ("رئيس الوزراء الكندي في أوتاوا": a nationality describes the speaker, not the place)
    if between and not comma and ((between[-1].norm.startswith(("ال", "لل", "وال"))
                                   and between[-1].norm not in country_adjectives())
                                  or lexicon.sources().find(between)):
        return False
    return True


@functools.cache
def _speaking_verbs() -> frozenset[str]:
    return frozenset(f for stem in load_yaml("places", "cues.yaml")["speaking_verbs"] for v in lexicon.inflect(stem)
                     for f in (v, "و" + v))


_AT_PREPOSITIONS = frozenset(normalize(w) for w in ("في", "من"))
_SPEAKER_WORDS = 3  # the speaker's name between the verb and the place
_THAT = frozenset(normalize(w) for w in ("إن", "أن", "بأن", "إنه", "إنها", "أنه", "أنها", "بأنه", "بأنها", "إنهم", "أنهم"))
_QUOTING = QUOTE_MARKS | {":"}  # a quotation, opened with or without its marks



def launched_from(sent, m: PlaceMention) -> bool:
    """The place follows "من" (from) directly, or through its cue word ("من مدينة صعدة")."""
    cue_first = m.first - 1 if m.span_start < sent.tokens[m.first].start else m.first
    tok = sent.tokens[cue_first]
    before = sent.tokens[cue_first - 1] if cue_first > 0 else None
    clitic = tok.norm.startswith("من") and tok.start < m.span_start  # "منقطاع" is never written
    return clitic or (before is not None and before.norm in ("من", "ومن"))


def _coarse(m: PlaceMention) -> bool:
    return m.region or (m.resolved is not None and m.resolved.kind in ("country", "admin1", "region")) \
        or m.cue in ("admin1", "region")
