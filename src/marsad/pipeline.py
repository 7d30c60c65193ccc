"""The stages wired together: Article -> Document -> mentions -> frames -> resolved Events."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from marsad import geo
from marsad.arabic.document import Document, analyse
from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import tokenize
from marsad.extract import lexicon
from marsad.extract.attribution import Claim, claims, disputes_claims, doubted
from marsad.extract.frames import DESCRIBED_REACH, Frame, find_frames, role_of
from marsad.extract.matcher import phrase_key
from marsad.models import EVENT_TYPE_OF, Article, Attribution, Event, Evidence
from marsad.resolve import actors as actor_res
from marsad.resolve.dates import TimeMention, find_times, parse_iso, shifts_topic, time_tokens
from marsad.resolve.fatalities import death_words, fatalities
from marsad.resolve.places import (
    PlaceMention,
    country_part,
    find_places,
    report_countries,
    resolve_places,
    to_place,
)
from marsad.resolve.roles import (
    PARTY_SOURCES,
    PROTEST_SUBS,
    assign_roles,
    claimant,
    default_actors,
    finalize_type,
    launched_by,
    repelled,
    resolved_for,
    tells_deaths,
)

_WAR_TOLL = 1000  # no single event the news tells kills thousands: such a toll sums a war or a campaign
_TALLY_TOLL = 100  # hundreds killed with no day named: the toll of many days ("قتل أكثر من 130 خلال الاحتجاجات")
_MAX_AGE_DAYS = 14  # older events in a report are background, not news
_LEAD_REACH = 1  # sentences after an undated lead where the day of its events may be told
# events that do not kill: a toll in their sentence belongs to the violence told with them
_UNARMED_OK = {"Arrests", "Disrupted weapons use"}
_NO_TOLL = {"Agreement", "Arrests", "Disrupted weapons use", "Headquarters or base established",
            "Non-violent transfer of territory", "Change to group/activity", "Peaceful protest", "Other"}


@dataclass
class _Analysed:
    doc: Document
    places: list[PlaceMention]
    actors: list[actor_res.ActorMention]
    frames: list[Frame]
    armed: bool = False  # the report names an armed actor (set once actors are resolved, title and body together)


def _analyse(text: str, field: str, protest_report: bool = False) -> _Analysed:
    doc = analyse(text, field)
    dateline = _dateline_end(text)
    # "دبي، الإمارات العربية المتحدة (CNN)": where the report was filed from is no party to what it tells
    actors = [a for a in actor_res.find_actors(doc, protest_report) if a.start >= dateline]
    blocked: dict[int, set[int]] = {}  # an actor's words are no place ...
    names: dict[int, set[int]] = {}  # ... and a name's words no event: "هيئة تحرير الشام", "جيش التحرير"
    for a in actors:
        if a.kind != "metonym":  # "واشنطن تعتقد": the name is still a place too
            blocked.setdefault(a.sentence, set()).update(range(a.first, a.last))
        if a.kind == "actor":
            names.setdefault(a.sentence, set()).update(range(a.first, a.last))
    places = _not_speakers(doc, find_places(doc, blocked))
    for p in places:
        p.dateline = p.span_start < dateline
    frames = [f for s in doc.sentences for f in find_frames(s, time_tokens(s.tokens) | names.get(s.index, set()))]
    return _Analysed(doc, places, actors, frames)


def _not_speakers(doc: Document, places: list[PlaceMention]) -> list[PlaceMention]:
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


_DATELINE = re.compile(r"^\s*[^\n(]{2,60}?\s*\([^()\n]{1,40}\)\s*[-–—:]")


def _dateline_end(text: str) -> int:
    """Where a dateline ends ("دبي، الإمارات (CNN)— "): the place a report was filed from is not an event's place."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


@dataclass
class AnalysedArticle:
    """An article after the mention stages: places and actors found and resolved, before event frames become records."""

    article: Article
    body: _Analysed
    title: _Analysed | None
    countries: list[str]  # the report's countries, most evidence first

    @property
    def parts(self) -> list[_Analysed]:
        return [self.body] + ([self.title] if self.title else [])


def analyse_article(article: Article) -> AnalysedArticle:
    """Find and resolve the places and actors of an article (title and body)."""
    body = _analyse(article.text, "text")
    # a headline is too short to tell a protest report by itself: its people are read with the body's
    title = _analyse(article.title, "title", actor_res.protest_report_of(body.doc)) if article.title else None
    parts = [body] + ([title] if title else [])
    # the report's countries: named places first, then the countries of named actors
    all_places = [m for p in parts for m in p.places]
    actor_countries = Counter()
    entries = actor_res.index().entries
    for p in parts:
        for a in p.actors:
            if a.kind == "actor":
                countries = {entries[x[1]].country for x in a.payloads if x[1] in entries}
                if len(countries) == 1 and None not in countries:
                    actor_countries[next(iter(countries))] += 0.5
    context = report_countries(all_places, actor_countries)
    ranked = [c for c, _ in context.most_common()]
    for p in parts:
        # an anaphor with nothing before it to refer to ("المدينة" in a headline) is no place
        p.places = [m for m in resolve_places(p.places, context) if not (m.anaphor and m.resolved is None)]
        _resolve_actors(p, ranked)
    armed = any(a.resolved is not None and a.resolved.inter in _ARMED_INTER and a.kind not in ("metonym", "person")
                and not (a.entry is not None and a.entry.role == "government") for p in parts for a in p.actors)
    for p in parts:
        p.armed = armed
    return AnalysedArticle(article, body, title, ranked)


_ARMED_INTER = {1, 2, 3, 4, 8}
_ARMED_GROUPS = {2, 3, 4, 8}  # rebels, political and identity militias, external forces: armed groups, not the state


_CARRIED = 2  # how many of the report's main countries a sentence with no place may take from the one before it


def _resolve_actors(part: _Analysed, countries: list[str]) -> None:
    """Each actor mention resolved where it stands: by the country of its sentence, anaphora by what came before."""
    history: list[actor_res.ActorMention] = []
    by_sentence: dict[int, list[int]] = {}
    for n, m in enumerate(part.places):
        by_sentence.setdefault(m.sentence, []).append(n)
    placed: dict[int, str] = {}  # sentence -> the country its places name
    for i in sorted(by_sentence):
        found = _sentence_country(part.places, by_sentence[i], [])
        if found:
            placed[i] = found
    for a in part.actors:
        # a sentence with no place goes on in the country of the one before it ("وأضرم متظاهرون النار" after
        # "قرب السياج في غزة"), when that is one of the report's main countries: a stray place ("القمر الصناعي")
        # should not lead the sentences after it
        country = placed.get(a.sentence)
        if country is None:
            before = placed.get(a.sentence - 1)
            country = before if before in countries[:_CARRIED] else (countries[0] if countries else None)
        a.resolved = actor_res.resolve(a, country, countries, history)
        if a.resolved is not None:
            history.append(a)


def extract_article(article: Article) -> list[Event]:
    """All event records of one article."""
    analysed = analyse_article(article)
    published = parse_iso(article.published)
    body, parts, ranked = analysed.body, analysed.parts, analysed.countries

    events: dict[tuple, Event] = {}
    found_by_part = [(part, _events(article, part, published, ranked)) for part in parts]
    _type_generic_attacks([e for _, found in found_by_part for e, _ in found])
    for part, found in found_by_part:
        explicit = {(e.sub_event_type, _place_key(e)) for e, dated in found if dated}
        # dated tellings first, so that an undated one (a headline, a recap) merges into its dated twin
        for event, dated in sorted(found, key=lambda x: not x[1]):
            twin = (event.sub_event_type, _place_key(event))
            if not dated and twin in explicit:
                _merge(next(kept for k, kept in events.items() if k[:2] == twin), event)
                continue
            # undated tellings of one type and place are one event, whichever day the report last named before each
            key = (event.sub_event_type, _place_key(event), event.event_date if part is body and dated else None)
            title_dup = part is not body and any(k[0] == key[0] and k[1] == key[1] for k in events)
            if part is not body and events and not title_dup:
                continue  # a headline names the body's events; one the body does not tell is a summary
            if key in events or title_dup:
                _merge(events.get(key) or next(e for k, e in events.items() if k[:2] == key[:2]), event)
                continue
            events[key] = event
    out = _riot_absorbs_protest(_one_protest_per_place_and_day(_toll_joins_its_event(list(events.values()))))
    _link_contradictions(out)
    return out


_REMOTE = frozenset(s for s, t in EVENT_TYPE_OF.items() if t == "Explosions/Remote violence")


def _type_generic_attacks(events: list[Event]) -> None:
    """"الهجوم على الحافلة" in a report whose other sentences tell an air strike is that air strike: an
    unspecific attack word takes the report's most told remote-violence type."""
    generic = lexicon.generic_attacks()

    def names_attack(text: str) -> bool:
        toks = tokenize(text)
        rest = [t.norm for t in toks[1:]]
        return bool(toks) and any(" ".join([r, *rest]) in generic for r in toks[0].readings)

    def is_generic(e: Event) -> bool:
        if names_attack(e.evidence.trigger):
            return True
        # "وأدى الهجوم على السوق إلى مقتل سبعة": the toll word stands for the unspecific attack of its sentence
        return phrase_key(e.evidence.trigger)[0] in death_words() and any(
            r in generic for t in tokenize(e.evidence.text) for r in t.readings)

    told = Counter(e.sub_event_type for e in events if e.sub_event_type in _REMOTE and not is_generic(e))
    if not told:
        return
    sub = told.most_common(1)[0][0]
    for e in events:
        if is_generic(e) and e.sub_event_type in ("Attack", "Armed clash"):
            e.sub_event_type, e.event_type = sub, EVENT_TYPE_OF[sub]


_VIOLENT = {"Battles", "Explosions/Remote violence", "Protests", "Riots"}


def _toll_joins_its_event(events: list[Event]) -> list[Event]:
    """"وأعلن الجيش مقتل أحد جنوده" after "إطلاق نار على الجنود" at that place that day: a bare killing word is the
    toll of the clash, strike or demonstration told there that day, not an attack of its own."""
    deaths = death_words()
    out = []
    for e in events:
        if e.sub_event_type == "Attack" and phrase_key(e.evidence.trigger)[0] in deaths:
            twins = [k for k in events if k is not e and k.event_type in _VIOLENT
                     and _place_key(k) == _place_key(e) and k.event_date == e.event_date]
            if twins:
                # ... the one told nearest to it
                twin = min(twins, key=lambda k: (k.evidence.field != e.evidence.field,
                                                 abs(k.evidence.start - e.evidence.start)))
                _merge(twin, e)
                continue
        out.append(e)
    return out


_PROTEST_SEVERITY = {"Peaceful protest": 0, "Protest with intervention": 1, "Excessive force against protesters": 2}


def _one_protest_per_place_and_day(events: list[Event]) -> list[Event]:
    """A demonstration that police dispersed is one event, coded by its most severe outcome (ACLED)."""
    best: dict[tuple, Event] = {}
    out = []
    for e in events:
        if e.sub_event_type not in _PROTEST_SEVERITY:
            out.append(e)
            continue
        key = (_place_key(e), e.event_date)
        kept = best.get(key)
        if kept is None:
            best[key] = e
            out.append(e)
            continue
        if _PROTEST_SEVERITY[e.sub_event_type] > _PROTEST_SEVERITY[kept.sub_event_type]:
            kept.sub_event_type, kept.event_type = e.sub_event_type, e.event_type
            kept.actor2 = kept.actor2 or e.actor2
        _merge(kept, e)
    return out


# one event told as two sub-types at a place on a day: ACLED codes the first, which absorbs the second
_ABSORBS = {"Violent demonstration": "Peaceful protest", "Suicide bomb": "Remote explosive/landmine/IED"}


def _riot_absorbs_protest(events: list[Event]) -> list[Event]:
    """"اقتحم المحتجون القنصلية وأضرموا النار فيها": demonstrators who turn violent are one riot (ACLED), not a
    peaceful protest and a riot at the same place on the same day; "تفجيرات المدينة" in a report of its suicide
    bombings are those bombings."""
    strong = {(e.sub_event_type, _place_key(e), e.event_date): e for e in events if e.sub_event_type in _ABSORBS}
    out = []
    for e in events:
        keys = [(s, _place_key(e), e.event_date) for s, weak in _ABSORBS.items() if weak == e.sub_event_type]
        kept = next((strong[k] for k in keys if k in strong), None)
        if kept is not None:
            _merge(kept, e)
            continue
        out.append(e)
    return out


def _place_key(e: Event) -> str:
    loc = e.location
    if loc is None:
        return ""
    return str(loc.geonameid) if loc.geonameid else f"{loc.name}|{loc.latitude}|{loc.longitude}"


def _merge(kept: Event, other: Event) -> None:
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
    kept.confidence = max(kept.confidence, other.confidence)


def _events(article: Article, part: _Analysed, published: dt.date | None,
            countries: list[str]) -> list[tuple[Event, bool]]:
    """Records of one part (body or title), each with whether its date came from the text itself."""
    doc = part.doc
    out: list[Event] = []
    history: list[actor_res.ActorMention] = []
    previous_chain: list[str] | None = None
    claimed_sources: set[str] = set()
    last_event_sentence = -1
    last_protest = -9  # the sentence of the last demonstration told
    last_actor1: tuple[int, actor_res.ActorMention] | None = None
    places_by_sentence: dict[int, list[int]] = {}
    for n, m in enumerate(part.places):
        places_by_sentence.setdefault(m.sentence, []).append(n)
    actors_by_sentence: dict[int, list[actor_res.ActorMention]] = {}
    for a in part.actors:
        actors_by_sentence.setdefault(a.sentence, []).append(a)
    frames_by_sentence: dict[int, list[Frame]] = {}
    for f in part.frames:
        frames_by_sentence.setdefault(f.sentence, []).append(f)
    fallback = _main_place(part.places, countries[:_CARRIED])
    protest_report = actor_res.protest_report_of(doc)
    running: TimeMention | None = None  # the day the report last named
    # events of a lead that names no day of its own (only a statement's, or none): "قتل عشرون شخصا في غارة جوية"
    # then "وقالت فرق الإنقاذ إن ... في الهجوم الذي وقع أمس الأحد": the sentence after the lead tells when
    awaiting: list[Event] = []
    awaiting_since = -1
    told_in: list[int] = []  # the sentence of each record in out

    disputed_at = -1  # the last sentence that denied a side's part in an event or answered a claim

    for sent in doc.sentences:
        _dispute(out, told_in, disputed_at)
        if disputes_claims(sent):
            disputed_at = sent.index
        s_actors = actors_by_sentence.get(sent.index, [])
        history.extend(a for a in s_actors if a.resolved is not None)
        party = [(a.first, a.last, a.text, a.resolved is not None and a.resolved.inter == 1)
                 for a in s_actors if a.resolved is not None and a.kind in ("actor", "generic")]
        sent_claims = claims(sent, party, previous_chain, article.source, claimed_sources)
        if any(c.chain for c in sent_claims):
            previous_chain = next(c.chain for c in reversed(sent_claims) if c.chain)
        times = find_times(sent.tokens, doc.text, published) if sent.tokens else []
        # "محافظة إب" is a place, not the month آب: a word a place cue names is no time
        cued = {k for i in places_by_sentence.get(sent.index, []) if part.places[i].cue
                for k in range(part.places[i].first, part.places[i].last)}
        times = [t for t in times if not any(k in cued for k in range(t.first, t.last))]
        # "أكد مسؤول لـCNN، الأحد، أن ...": a day right after a reporting verb dates the statement, not the event
        said = [c.last for c in lexicon.reporting_verbs().find(sent.tokens) if c.payloads[0][0] == "verb"]
        # ... unless the event has no time of its own: then the statement's day is the closest the report gives
        own = [t for t in times if not any(0 <= t.first - end <= 4 for end in said)]
        times = own or times
        # an undated event later in the report happened on the day last named before it: the lead tells the day,
        # the paragraphs after it the details ("قصفت الطائرات فجر الأحد ..." then "وقتل في القصف ...")
        # ... unless a background date came between ("في مارس الماضي"), or only a statement's day was named
        named = [t for t in own if t.date is not None]
        if shifts_topic(sent.tokens):
            running, awaiting = None, []
        if named:
            running = named[-1] if published is None or (published - named[-1].date).days <= _MAX_AGE_DAYS else None
            if running is not None and awaiting and sent.index - awaiting_since <= _LEAD_REACH \
                    and _when_it_happened(sent, running):
                for ev in awaiting:
                    ev.event_date, ev.time_precision = running.date.isoformat(), running.precision
            awaiting = []
        if not frames_by_sentence.get(sent.index):
            # "وبلغ عدد القتلى 39 مدنيا": a toll told in a sentence of its own completes the event told before
            last = out[-1][0] if out else None
            if last is not None and last.fatalities is None and last.sub_event_type not in _NO_TOLL \
                    and last_event_sentence >= sent.index - 2:
                killed, killed_text = fatalities(sent)
                if killed is not None:
                    last.fatalities, last.fatalities_text = killed, killed_text
            _credit_claim(sent, s_actors, out, told_in, countries, history)
            continue
        if lexicon.phrase_matcher("court").find(sent.tokens):
            frames_by_sentence[sent.index] = [f for f in frames_by_sentence[sent.index]
                                              if f.sub_event_type in _UNARMED_OK]
        killed, killed_text = fatalities(sent)
        if killed is not None and (killed >= _WAR_TOLL or killed >= _TALLY_TOLL and not named):
            # "وقتل نحو 10 آلاف شخص في القتال": a toll of thousands, or of hundreds with no day, sums a war
            _credit_claim(sent, s_actors, out, told_in, countries, history)
            continue
        deaths = tells_deaths(sent)
        toll_given = False  # a sentence's toll belongs to one of its events, not to each
        frames = frames_by_sentence.get(sent.index, [])
        # who reports is no party to the event, unless it is one of the parties speaking (a ministry of defence)
        sources = lexicon.sources().find(sent.tokens)
        source_tokens = {i for m in sources if m.payloads[0][1] not in PARTY_SOURCES
                         for i in range(m.first, m.last)}
        # a capital that speaks ("واشنطن تعتقد") is a government, and where a source sits ("مصادر في درعا")
        # is not where the event was: neither is an event place
        speaking = {i for a in s_actors if a.kind == "metonym" for i in range(a.first, a.last)}
        # ... in a sentence that reports speech: "وتظاهر العشرات من الأهالي في ناحية صفوان" is where they marched
        # (witnesses and residents are where it happened: "قال سكان قرية طيبة إن أربعة قتلوا في غارة")
        if said or any(c.cue for c in sent_claims):
            speaking |= {m.last + k for m in sources if m.payloads[0][1] != "witness" for k in (0, 1, 2)}
        speaking |= {i for m in sources for i in range(m.first, m.last)}  # "وكالة أنباء فارس": a name, not Fars
        speaking |= _at_venue(sent) | _campaign_name(sent)
        fought = _fought(sent)
        peaceful_entry = _entered(frames, sent) and not fought
        for frame in frames:
            claim = next((c for c in sent_claims if c.first <= frame.first < c.last), sent_claims[0])
            if claim.status == "asserted" and not frame.sense.verb and doubted(sent, frame.last):
                claim = Claim(claim.first, claim.last, claim.chain, claim.cue, "claimed")
            date, precision, skip, dated = _date(frame, sent, times, published)
            if skip:
                continue
            if not dated and running is not None:
                date, precision = running.date.isoformat(), running.precision
            place_ids = [i for i in _frame_places(frame, sent, part.places, places_by_sentence.get(sent.index, []),
                                                  frames)
                         if part.places[i].first not in speaking]
            a1, a2, assoc1 = assign_roles(frame, sent, s_actors, source_tokens)
            attacker_named = a1 is not None and a1 is repelled(frame, sent, s_actors)
            launch_countries = [part.places[i].resolved.country for i in places_by_sentence.get(sent.index, [])
                                if part.places[i].resolved is not None and _launched_from(sent, part.places[i])]
            if a1 is None and last_actor1 and last_actor1[0] >= sent.index - 2 and frame.sense.verb \
                    and (a2 is None or last_actor1[1].resolved != a2.resolved):
                a1 = last_actor1[1]  # Arabic drops a subject already named: "وواصل التقدم"
            if a1 is not None:
                last_actor1 = (sent.index, a1)
            if frame.sense.definite and not (dated or killed is not None or _occurs(frame, sent)
                                             or _conducted(frame, sent) or _told_indefinite(frame, sent)):
                continue  # "أنهكتهم الغارات": the definite noun recalls; with a day, a toll or "where it took
                # place" (تركزت المواجهات في) it reports
            if not (dated or killed is not None) and _campaign_construct(frame, sent, part.places,
                                                                         places_by_sentence.get(sent.index, [])):
                continue  # "في معركة عفرين", "عبر عملية الحديدة": a campaign named after its place
            if frame.sense.definite and killed is None and _recalled(frame, sent, times):
                continue  # "يتعلق بالهجوم الذي استهدف حافلة": the event the reader knows, described, not reported
                # (with a toll, "وقتل ثلاثة في القصف الذي استهدف البلدة", it reports)
            if not frame.sense.verb and frame.sub_event_type == "Armed clash" and (
                    last_protest >= sent.index - 2 and frame.sense.definite or protest_report):
                frame.sub_event_type = "Protest with intervention"  # "المواجهات" recalls the demonstration's clashes
            if frame.sense.cls == "control" and frame.sense.verb and not _object_place(frame, sent, part.places,
                                                                                      places_by_sentence):
                continue  # "استعاد الفريق نغمة الانتصارات": what is taken must be a place
            if frame.sense.cls == "control" and _abstract_object(frame, sent):
                continue  # "نجحت الجهود في استعادة الهدوء": what is taken is no ground
            if frame.event_type_is("Battles") or (frame.event_type_is("Strategic developments")
                                                   and frame.sub_event_type not in _UNARMED_OK):
                if not part.armed:
                    continue  # a battle or a deal needs armed actors somewhere in the report (sport has "معركة");
                    # an arrest needs none ("اعتقلت السلطات ناشطا"), nor a missile shot down (its needs name the weapon)
            if frame.sense.verb and frame.sub_event_type in ("Attack", "Armed clash") and _verbal(frame, sent):
                continue  # "هاجم رجل الدين في خطبته المعارضين": an attack in words
            if frame.sense.cls == "protest_force" and not place_ids:
                _intervene(out, sent.index, frame, [a1, a2, *s_actors], countries, history)
                continue
            # ... unless a verb tells it done: "ضربت القوات" or "نفذت المقاتلات 4 غارات" with the doer named,
            # or a deal is told reached ("تم التوصل إلى اتفاق")
            if not place_ids and not ((frame.sense.verb or _conducted(frame, sent, perfect=True)) and a1 is not None
                                      and fallback is not None) \
                    and not (fallback is not None and _concluded(frame, sent)):
                continue  # an event with no place of its own is a reference, not a report ("المعارك ضد ...")
            targets = [part.places[i] for i in place_ids] or [fallback]
            targets = [_within_part(pm, fallback) for pm in targets]
            for pm in targets:
                if pm is not None and pm.resolved is not None and pm.resolved.kind == "country":
                    continue  # "في اليمن": a country is no event location (ACLED codes the place, GDELT the centroid)
                loc = to_place(pm, fallback.resolved if fallback else None) if pm is not None else None
                ev_country = loc.country if loc and loc.country else (countries[0] if countries else None)
                actor1 = resolved_for(a1, ev_country, countries, history, frame.sub_event_type)
                actor2 = resolved_for(a2, ev_country, countries, history, frame.sub_event_type)
                if actor1 is None and frame.event_type_is("Explosions/Remote violence"):
                    actor1 = launched_by(launch_countries)
                if actor2 is None and frame.sub_event_type == "Disrupted weapons use":
                    actor2 = launched_by(launch_countries)  # "قذائف أطلقت من قطاع غزة تم اعتراض اثنتين منها"
                if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
                    actor2 = None
                if actor1 is not None and actor1.inter == 7 and frame.sub_event_type not in PROTEST_SUBS:
                    actor1, actor2 = actor2, actor1  # civilians are the ones violence is done to
                if frame.sense.cls == "control" and _lost(frame, sent):
                    actor1, actor2 = actor2, actor1  # "فقد الحوثيون السيطرة على المطار": who loses is taken from
                sub = finalize_type(frame, actor1, actor2, ev_country)
                if sub is None:
                    continue
                if sub in _TAKEOVERS and not fought and (peaceful_entry or frame.sense.sub_event_type == _HANDOVER):
                    sub = _HANDOVER  # "دخلت القوات أحياء ..." or "وقعت المدينة تحت سيطرة ..." with no fight told
                if (sub == "Shelling/artillery/missile attack" or sub == "Attack" and _generic(frame)) \
                        and actor1 is not None and actor1.name in lexicon.air_forces() and not _artillery(frame, sent):
                    sub = "Air/drone strike"  # an air force's bombardment or unspecific attack, no gun or rocket named
                if sub == "Armed clash" and _unarmed_side(actor1, actor2, s_actors):
                    # "اشتباكات مع الجيش" where the other side is townspeople, not an armed group: a crowd met
                    # by force, not a battle (ACLED's battles are between organised armed groups)
                    sub = "Excessive force against protesters" if killed or deaths else "Protest with intervention"
                elif sub == "Armed clash" and protest_report and not frame.sense.verb and not any(
                        a is not None and a.inter in _ARMED_GROUPS for a in (actor1, actor2)) \
                        and not (actor1 is not None and actor2 is not None and actor1.inter == actor2.inter == 1):
                    # "أصيب برصاصة خلال مواجهات شرق خانيونس" in a report on a demonstration, no armed group named:
                    # the clashes are the demonstration meeting force
                    sub = "Excessive force against protesters" if killed or deaths else "Protest with intervention"
                if sub == "Armed clash" and actor2 is not None and actor2.inter == 1 and \
                        (actor1 is None or actor1.inter != 1) and not attacker_named:
                    actor1, actor2 = actor2, actor1  # ACLED lists state forces first in a battle
                if sub == "Excessive force against protesters" and actor1 is not None and actor1.inter == 6:
                    actor1, actor2 = actor2, actor1  # the force acts, the demonstrators suffer it
                if sub in ("Peaceful protest", "Protest with intervention") and (killed or (
                        deaths and any(a is not None and a.inter == 1 for a in (actor1, actor2)))):
                    # lethal force on a demonstration: a toll, or a death told with the state's forces
                    # ("مظاهرات ... أسفرت عن مقتل فلسطينيين برصاص الجيش الإسرائيلي")
                    sub = "Excessive force against protesters"
                actor1, actor2 = default_actors(sub, actor1, actor2, ev_country)
                gets_toll = not toll_given and sub not in _NO_TOLL
                toll_given = toll_given or gets_toll
                ev = _make_event(article, doc, sent, frame, sub, loc, date, precision, actor1, actor2,
                                 [x for x in (resolved_for(a, ev_country, countries, history) for a in assoc1) if x],
                                 killed if gets_toll else None, killed_text if gets_toll else None, claim,
                                 pm is not None and pm is not fallback)
                out.append((ev, dated))
                if running is None and not (own and dated) and not shifts_topic(sent.tokens):
                    awaiting.append(ev)
                    awaiting_since = sent.index
                told_in.append(sent.index)
                last_event_sentence = sent.index
                if ev.event_type == "Protests":
                    last_protest = sent.index
        _credit_claim(sent, s_actors, out, told_in, countries, history)
    _dispute(out, told_in, disputed_at)
    return out


_VENUE_REACH = 8  # "زيارة رئيس وزراء إسرائيل بنيامين نتانياهو إلى موسكو": the place may come after the visitor


def _at_venue(sent) -> set[int]:
    """Tokens that follow a venue word in its clause: where people met or spoke. A venue that is attacked
    ("هجوم على اجتماع في ...") is the event's target, its place the event's place."""
    toks, venues, out = sent.tokens, lexicon.word_set("venues"), set()
    for k, t in enumerate(toks):
        if not set(t.readings) & venues or role_of(sent, k) == "patient":
            continue
        _, hi = sent.clause_range(sent.clause_of(k))
        out.update(range(k + 1, min(hi, k + 1 + _VENUE_REACH)))
    return out


_RELATIVE_REACH = 8  # tokens after the relative pronoun where the clause may give the event's own day


def _recalled(frame: Frame, sent, times) -> bool:
    """A definite event noun with a relative clause ("الهجوم الذي استهدف الحافلة", "المداهمة التي نفذتها قوات
    الأمن") names an event the reader knows by describing it; it is reported only when the clause gives its day
    ("الاستهداف الذي تم اليوم"), or a verb of taking place says where it broke out ("التظاهرات التي خرجت في")."""
    toks = sent.tokens
    if frame.last >= len(toks) or toks[frame.last].norm not in lexicon.word_set("relative_pronouns"):
        return False
    if any(t.date is not None and frame.last < t.first <= frame.last + _RELATIVE_REACH for t in times):
        return False
    nxt = toks[frame.last + 1] if frame.last + 1 < len(toks) else None
    return not (nxt is not None and set(nxt.readings) & (lexicon.trigger_words("occurrence_verbs") | lexicon.word_set("went_out")))


_DISPUTE_REACH = 3  # sentences before a denial of involvement whose claims it answers


def _dispute(out: list[tuple[Event, bool]], told_in: list[int], at: int) -> None:
    """"اتهم الحشد الشعبي القوات الأميركية بشن ضربة" then "ونفت الولايات المتحدة ضلوعها في الهجوم": one side claims,
    the other denies its part: the claim is disputed, and the event still told."""
    if at < 0:
        return
    # a denial told with an event of its own ("للمزيد: ضربات جوية تستهدف مطار التيفور وواشنطن تنفي تنفيذها") is
    # about that event, not about the claims before it
    start = at if at in told_in else at - _DISPUTE_REACH
    for (ev, _), where in zip(out, told_in, strict=False):
        if start <= where <= at and ev.attribution.status == "claimed":
            ev.attribution.status = "disputed"


_OCCURRED_REACH = 6  # tokens after a verb of taking place where its day is told: "وقع في وقت متأخر من يوم السبت"


def _when_it_happened(sent, t: TimeMention) -> bool:
    """The day follows a verb of taking place ("الهجوم الذي وقع أمس الأحد"): the sentence tells when an event
    the reader already knows happened."""
    return any(set(tok.readings) & lexicon.trigger_words("occurrence_verbs")
               for tok in sent.tokens[max(0, t.first - _OCCURRED_REACH) : t.first])


def _verbal(frame: Frame, sent) -> bool:
    lo, hi = sent.clause_range(frame.clause)
    return any(set(t.readings) & lexicon.word_set("verbal") for t in sent.tokens[lo:hi])


_QUOTES = "\"“”«»"


def _campaign_name(sent) -> set[int]:
    """Tokens of a quoted name right after a campaign word: عملية "عاصفة الحزم" is no place called الحزم."""
    toks, text, base, out = sent.tokens, sent.span.text, sent.span.start, set()
    for k in range(len(toks) - 1):
        if not set(toks[k].readings) & lexicon.word_set("campaigns"):
            continue
        gap = text[toks[k].end - base : toks[k + 1].start - base]
        if not any(q in gap for q in _QUOTES):
            continue
        j = k + 1
        while j < len(toks) and j - k <= 4:
            out.add(j)
            after = text[toks[j].end - base : toks[j + 1].start - base] if j + 1 < len(toks) else ""
            if any(q in after for q in _QUOTES):
                break
            j += 1
    return out


def _generic(frame: Frame) -> bool:
    """The trigger is an unspecific attack word ("لهجوم", "إلى هجوم إسرائيلي")."""
    toks = [t for t in tokenize(frame.trigger) if t.norm not in _TO]
    return bool(toks) and any(" ".join([r, *(t.norm for t in toks[1:])]) in lexicon.generic_attacks()
                              for r in toks[0].readings)


_TO = frozenset(normalize(w) for w in ("إلى", "الى"))  # "تعرض المطار إلى هجوم": the preposition is no part of it


def _artillery(frame: Frame, sent) -> bool:
    lo, hi = sent.clause_range(frame.clause)
    return any(set(t.readings) & lexicon.trigger_words("artillery_words") for t in sent.tokens[lo:hi])


def _unarmed_side(a1, a2, s_actors) -> bool:
    """A state force facing civilians: named as the other side, or, with no other side named, the only people
    the sentence names besides the force (no armed group among them)."""
    sides = [a for a in (a1, a2) if a is not None]
    if not any(a.inter == 1 for a in sides):
        return False
    if any(a.inter == 7 for a in sides):
        return True
    named = [a.resolved for a in s_actors if a.resolved is not None]
    return len(sides) == 1 and any(r.inter == 7 for r in named) and not any(r.inter in (2, 3, 4, 8) for r in named)


def _campaign_construct(frame: Frame, sent, places, in_sentence: list[int]) -> bool:
    """A campaign noun in construct with a place ("شركاء في معركة عفرين"), with no day, toll or verb of taking
    place or of carrying out, names the whole campaign, as analysis and comment speak of it, not a fight told."""
    if frame.sense.verb or not set(sent.tokens[frame.last - 1].readings) & lexicon.word_set("campaigns"):
        return False
    if not any(places[i].first == frame.last for i in in_sentence):
        return False
    return not (_occurs(frame, sent) or _conducted(frame, sent))


_HANDOVER = "Non-violent transfer of territory"
_TAKEOVERS = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
_FIGHTS = frozenset(s for s, t in EVENT_TYPE_OF.items() if t == "Explosions/Remote violence") | {"Armed clash"}


def _entered(frames: list[Frame], sent) -> bool:
    """A control verb of the sentence is one of entering a place ("دخلت القوات الأحياء")."""
    return any(f.sense.cls == "control" and f.sense.verb and set(sent.tokens[f.first].readings) & lexicon.trigger_words("entry_verbs")
               for f in frames)


def _fought(sent) -> bool:
    """The sentence names a fight or a bombardment (any trigger of a battle or of remote violence, needs or not):
    a place entered after one is taken, not handed over."""
    return any(p.sub_event_type in _FIGHTS for m in lexicon.triggers().find(sent.tokens) for p in m.payloads)


def _concluded(frame: Frame, sent) -> bool:
    """"تم التوصل مساء الجمعة إلى اتفاق لوقف إطلاق النار": a deal its needs tell reached (an indefinite noun) is news
    where the report is, place named or not, unless its clause tells it sought, refused, failed or denied
    ("جهود للمساعدة في التوصل إلى وقف لإطلاق النار", "إثر فشل القمة بالتوصل إلى اتفاق")."""
    if frame.sub_event_type != "Agreement" or frame.sense.definite:
        return False
    doubt = lexicon.word_set("future") | lexicon.word_set("threat") | lexicon.word_set("negation") \
        | lexicon.trigger_words("unconcluded")
    lo, _ = sent.clause_range(frame.clause)
    return not any(set(t.readings) & doubt for t in sent.tokens[lo:frame.first])


def _occurs(frame: Frame, sent) -> bool:
    """A verb of taking place governs the event noun: up to three words before it or two after, in its clause."""
    lo, hi = sent.clause_range(frame.clause)
    near = sent.tokens[max(lo, frame.first - 3): min(hi, frame.last + 2)]
    return any(set(t.readings) & lexicon.trigger_words("occurrence_verbs") for t in near)


def _conducted(frame: Frame, sent, perfect: bool = False) -> bool:
    """"كثفت طائرات التحالف غاراتها", "واصلت القوات قصفها": a verb of carrying out, before the event noun in its
    clause, makes the definite or possessed noun its object, an event being told. `perfect`: only a verb in the
    past ("نفذت"), not one of habit ("ما زالوا يشنون هجمات")."""
    lo, _ = sent.clause_range(frame.clause)
    verbs = lexicon.conduct_verbs(perfect)
    relative = lexicon.word_set("relative_pronouns") | lexicon.word_set("relative_words")
    for t in reversed(sent.tokens[lo:frame.first]):
        if t.norm in relative:
            return False  # "يواصل المدنيون الذين أنهكتهم المعارك فرارهم": the noun is in a clause of its own
        if set(t.readings) & verbs:
            return True
    return False




def _told_indefinite(frame: Frame, sent) -> bool:
    """"واستهدفت المقاتلات بغارات أخرى": a definite trigger that an indefinite one of its type follows in its clause
    (one frame is kept per clause and type) is told anew, not recalled."""
    lo, hi = sent.clause_range(frame.clause)
    context = {r for t in sent.tokens[lo:hi] for r in t.readings}
    return any(m.first >= frame.last and any(
        s.sub_event_type == frame.sense.sub_event_type and not s.definite and (not s.needs or s.needs & context)
        for s in m.payloads) for m in lexicon.triggers().find(sent.tokens) if m.first < hi)


_CLAIM_BACK = 2  # sentences back that a claim with no event of its own ("وتبنى التنظيم الهجوم") refers to
_CLAIMABLE = {"Explosions/Remote violence", "Violence against civilians", "Battles"}


def _credit_claim(sent, s_actors, out, told_in, countries, history) -> None:
    """"أعلنت حركة الشباب مسؤوليتها عن الهجوم": the claimant is actor1 of the attacks of its sentence, or of the
    sentences just before when it tells none of its own, where no one or an unidentified group was named."""
    who = claimant(sent, s_actors)
    if who is None:
        return
    first = sent.index if sent.index in told_in else sent.index - _CLAIM_BACK
    for (e, _), n in zip(out, told_in, strict=True):
        if first <= n <= sent.index and e.event_type in _CLAIMABLE and (
                e.actor1 is None or e.actor1.name.startswith("Unidentified Armed Group")):
            e.actor1 = resolved_for(who, e.location.country if e.location else None, countries, history,
                                    e.sub_event_type) or e.actor1


_OBJECT_CUES = frozenset({"بلده", "مدينه", "قريه", "حي", "منطقه", "مناطق", "مواقع", "مطار", "قاعده", "معبر", "مديريه", "قري",
            "بلدات", "تله", "مرتفعات", "جبل", "حقل", "المدينه", "البلده", "القريه", "المنطقه", "المطار", "المواقع"})


def _object_place(frame: Frame, sent, places: list[PlaceMention], by_sentence: dict[int, list[int]]) -> bool:
    """A place (named, or a cue word such as بلدة) within ten words after a control verb: its object (the subject
    and a time or support phrase may come between: "سيطر الجيش السوري أمس بمؤازرة الطيران على بلدة")."""
    for i in by_sentence.get(sent.index, []):
        if 0 <= places[i].first - frame.last <= 10:
            return True
    return any(set(t.readings) & _OBJECT_CUES for t in sent.tokens[frame.last : frame.last + 10])


_LOSS_REACH = 2  # a time word may come between the verb of losing and the control word


def _lost(frame: Frame, sent) -> bool:
    """A control word right after a verb of losing ("فقدوا السيطرة على", "فقدوا أمس السيطرة"): its subject is
    the side that loses the place."""
    losing = lexicon.trigger_words("loss_words")
    return any(set(t.readings) & losing for t in sent.tokens[max(0, frame.first - _LOSS_REACH) : frame.first])


_OBJECT_REACH = 3  # a verb's subject may come between it and what it takes: "استعاد الفريق لياقته"


def _abstract_object(frame: Frame, sent) -> bool:
    """The control word takes a thing that is no ground: the word right after a noun, or after a verb within a
    few words (its subject first)."""
    reach = _OBJECT_REACH if frame.sense.verb else 1
    return any(set(t.readings) & lexicon.trigger_words("abstract_objects") for t in sent.tokens[frame.last : frame.last + reach])


def _intervene(events: list[tuple[Event, bool]], sentence: int, frame: Frame, parties, countries, history) -> None:
    """Police firing tear gas in the sentence after a protest: that protest met intervention (one event, not two).
    The force is the first party of the sentence (its roles first) that is not the crowd ("لتفريق المحتجين")."""
    for e, _ in reversed(events):
        if e.event_type == "Protests" and e.evidence.start >= 0 and e.sub_event_type == "Peaceful protest":
            e.sub_event_type = frame.sub_event_type
            where = e.location.country if e.location else None
            forces = [r for r in (resolved_for(p, where, countries, history) for p in parties if p is not None)
                      if r is not None and r.inter not in (6, 7)]
            if e.actor2 is None and forces:
                e.actor2 = forces[0]
            return


def _main_place(places: list[PlaceMention], countries: list[str] = ()) -> PlaceMention | None:
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


def _within_part(m: PlaceMention | None, main: PlaceMention | None) -> PlaceMention | None:
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


def _sentence_country(places: list[PlaceMention], ids: list[int], countries: list[str]) -> str | None:
    found = [places[i].resolved.country for i in ids if places[i].resolved is not None and places[i].resolved.country]
    if found:
        return Counter(found).most_common(1)[0][0]
    return countries[0] if countries else None




def _date(frame: Frame, sent, times, published: dt.date | None) -> tuple[str | None, int | None, bool, bool]:
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
        if published and (published - chosen.date).days > _MAX_AGE_DAYS:
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


def _frame_places(frame: Frame, sent, places: list[PlaceMention], ids: list[int], others=()) -> list[int]:
    """Places of the trigger's clause, else of the rest of its sentence; finer places push out regions containing them."""
    ids = [i for i in ids if not places[i].dateline]
    if not ids:
        return []
    lo, hi = sent.clause_range(frame.clause)
    scope = [i for i in ids if lo <= places[i].first < hi]
    if not scope and frame.clause > 0 and sent.tokens[lo].norm in _WHERE:
        # "... بينها حي الحجر الأسود ومخيم اليرموك، حيث اندلعت معارك": "where" points back to the places just named
        plo, phi = sent.clause_range(frame.clause - 1)
        scope = [i for i in ids if plo <= places[i].first < phi]
    if not scope and not frame.sense.verb:
        nxt = sent.clause_range(frame.clause + 1)[1] if frame.clause + 1 < len(sent.clause_starts) else hi
        scope = [i for i in ids if hi <= places[i].first < nxt]
        if not scope and frame.clause > 0:
            # "وفي محافظة المثنى، دخل اعتصام المتظاهرين ...": a fronted place phrase before the comma
            plo, phi = sent.clause_range(frame.clause - 1)
            if sent.tokens[plo].norm in ("في", "وفي", "ففي"):
                scope = [i for i in ids if plo <= places[i].first < phi]
    elif not scope:
        after = [i for i in ids if places[i].first >= hi]
        before = [i for i in ids if places[i].first < lo]
        scope = after[:1] if after else before[-1:]
        # a coordinated list continues into the next clause
        if after:
            first = places[after[0]]
            scope = [i for i in after if places[i].sentence == first.sentence
                     and sent.clause_of(places[i].first) == sent.clause_of(first.first)]
    located = [i for i in scope if not places[i].locator]
    if located:
        scope = located
    scope += _and_in(frame, sent, places, ids, scope, others)
    # "أطلقت قذائف من قطاع غزة على جنوب إسرائيل": a projectile's event is where it fell, not where it left
    if frame.event_type_is("Explosions/Remote violence") or frame.sub_event_type == "Disrupted weapons use":
        landed = [i for i in scope if not _launched_from(sent, places[i])]
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
    located = [i for i in scope if not places[i].relative or _own_phrase(sent, places, scope, i)]
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
_SUBORDINATORS = frozenset(normalize(w) for w in ("بعد", "عقب", "إثر", "قبل", "حيث", "مما", "ما", "بينما", "فيما"))


def _launched_from(sent, m: PlaceMention) -> bool:
    """The place follows "من" (from) directly, or through its cue word ("من مدينة صعدة")."""
    cue_first = m.first - 1 if m.span_start < sent.tokens[m.first].start else m.first
    tok = sent.tokens[cue_first]
    before = sent.tokens[cue_first - 1] if cue_first > 0 else None
    clitic = tok.norm.startswith("من") and tok.start < m.span_start  # "منقطاع" is never written
    return clitic or (before is not None and before.norm in ("من", "ومن"))


def _coarse(m: PlaceMention) -> bool:
    return m.region or (m.resolved is not None and m.resolved.kind in ("country", "admin1", "region")) \
        or m.cue in ("admin1", "region")


def _make_event(article, doc, sent, frame, sub, loc, date, precision, a1, a2, assoc1, killed, killed_text,
                claim: Claim, placed: bool) -> Event:
    chain = ([article.source] if article.source else []) + claim.chain
    key = f"{article.id}|{sub}|{loc.name if loc else ''}|{loc.latitude if loc else ''}|{date}|{doc.field}"
    event_id = hashlib.sha1(key.encode()).hexdigest()[:16]
    confidence = frame.sense.weight * (0.55 + 0.25 * placed + 0.2 * (a1 is not None))
    return Event(
        event_id=event_id, article_id=article.id, source=article.source, published=article.published,
        event_date=date, time_precision=precision, event_type=EVENT_TYPE_OF[sub], sub_event_type=sub,
        actor1=a1, actor2=a2, assoc_actor_1=assoc1, assoc_actor_2=[], location=loc,
        fatalities=killed, fatalities_text=killed_text,
        attribution=Attribution(chain, claim.cue, claim.status),
        evidence=Evidence(sent.span.text, sent.span.start, sent.span.end, frame.trigger, doc.field),
        confidence=round(min(1.0, confidence), 3),
    )


def _link_contradictions(events: list[Event]) -> None:
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


def warm_up() -> None:
    """Load every piece of knowledge now (gazetteer, dictionaries, lexicons), as a worker does once at start."""
    extract_article(Article("warm-up", "قصفت طائرات حربية مدينة حلب أمس.", None, "2018-01-02", None))
