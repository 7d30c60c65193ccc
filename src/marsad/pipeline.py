"""The stages wired together: Article -> Document -> mentions -> frames -> resolved Events."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass

from marsad.arabic.document import Document, analyse
from marsad.arabic.sentences import quoted
from marsad.arabic.tokenize import tokenize
from marsad.extract import lexicon
from marsad.extract.attribution import Claim, claims, disputes_claims, doubted
from marsad.extract.frames import Frame, campaign_name, find_frames
from marsad.extract.gates import (
    at_venue,
    concluded,
    conducted,
    entry_told,
    fight_told,
    first_person,
    measured_by,
)
from marsad.extract.merge import (
    link_contradictions,
    merge_into,
    one_protest_per_place_and_day,
    place_key,
    riot_absorbs_protest,
    toll_joins_its_event,
    type_generic_attacks,
)
from marsad.extract.reported import UNARMED_OK, no_event, only_recalled
from marsad.models import EVENT_TYPE_OF, Article, Attribution, Event, Evidence
from marsad.resolve import actors as actor_res
from marsad.resolve.dates import (
    TimeMention,
    counted_from,
    find_times,
    parse_iso,
    time_tokens,
)
from marsad.resolve.event_dates import event_date, when_it_happened
from marsad.resolve.event_places import (
    frame_places,
    heard_from,
    launched_from,
    main_place,
    not_speakers,
    sentence_country,
    within_part,
)
from marsad.resolve.fatalities import earlier_matter, fatalities
from marsad.resolve.places import (
    PlaceMention,
    find_places,
    known_after_cue,
    report_countries,
    resolve_places,
    to_place,
)
from marsad.resolve.roles import (
    PARTY_SOURCES,
    PROTEST_SUBS,
    assign_roles,
    claimant,
    launched_by,
    repelled,
    resolved_for,
    tells_deaths,
)
from marsad.resolve.running_day import RunningDay
from marsad.resolve.settle import Telling, settle

_WAR_TOLL = 1000  # no single event the news tells kills thousands: such a toll sums a war or a campaign
_TALLY_TOLL = 100  # hundreds killed with no day named: the toll of many days ("قتل أكثر من 130 خلال الاحتجاجات")
# events that do not kill: a toll in their sentence belongs to the violence told with them
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
        # "واشنطن تعتقد": the name is still a place too; so is one after a word of places ("ولاية بورنو"), but
        # never a person's ("ولاية دونالد ترامب": his term)
        if a.kind != "metonym" and (a.kind == "person" or not known_after_cue(doc.sentences[a.sentence].tokens, a.first)):
            blocked.setdefault(a.sentence, set()).update(range(a.first, a.last))
        if a.kind == "actor":
            names.setdefault(a.sentence, set()).update(range(a.first, a.last))
    places = not_speakers(doc, find_places(doc, blocked))
    for p in places:
        p.dateline = p.span_start < dateline
    frames = [f for s in doc.sentences for f in find_frames(s, time_tokens(s.tokens) | names.get(s.index, set()))]
    return _Analysed(doc, places, actors, frames)


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


_CARRIED = 2  # how many of the report's main countries a sentence with no place may take from the one before it


def _resolve_actors(part: _Analysed, countries: list[str]) -> None:
    """Each actor mention resolved where it stands: by the country of its sentence, anaphora by what came before."""
    history: list[actor_res.ActorMention] = []
    by_sentence: dict[int, list[int]] = {}
    for n, m in enumerate(part.places):
        by_sentence.setdefault(m.sentence, []).append(n)
    placed: dict[int, str] = {}  # sentence -> the country its places name
    for i in sorted(by_sentence):
        found = sentence_country(part.places, by_sentence[i], [])
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
    type_generic_attacks([e for _, found in found_by_part for e, _ in found])
    for part, found in found_by_part:
        explicit = {(e.sub_event_type, place_key(e)) for e, dated in found if dated}
        # dated tellings first, so that an undated one (a headline, a recap) merges into its dated twin
        for event, dated in sorted(found, key=lambda x: not x[1]):
            twin = (event.sub_event_type, place_key(event))
            if not dated and twin in explicit:
                merge_into(next(kept for k, kept in events.items() if k[:2] == twin), event)
                continue
            # undated tellings of one type and place are one event, whichever day the report last named before each
            key = (event.sub_event_type, place_key(event), event.event_date if part is body and dated else None)
            title_dup = part is not body and any(k[0] == key[0] and k[1] == key[1] for k in events)
            if part is not body and events and not title_dup:
                continue  # a headline names the body's events; one the body does not tell is a summary
            if key in events or title_dup:
                merge_into(events.get(key) or next(e for k, e in events.items() if k[:2] == key[:2]), event)
                continue
            events[key] = event
    out = riot_absorbs_protest(one_protest_per_place_and_day(toll_joins_its_event(list(events.values()))))
    link_contradictions(out)
    return out


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
    fallback = main_place(part.places, countries[:_CARRIED])
    # "أطلق صاروخ من محافظة صعدة باتجاه مدينة نجران": where projectiles left is no place of what they hit
    aimed = [m for m in part.places if not launched_from(doc.sentences[m.sentence], m)]
    landed_fallback = main_place(aimed, countries[:_CARRIED]) or fallback if len(aimed) < len(part.places) else fallback
    protest_report = actor_res.protest_report_of(doc)
    # a report whose lead is a verdict ("قضت محكمة بحبس ...") tells the arrest behind the trial as its history
    court_report = bool(doc.sentences) and bool(lexicon.phrase_matcher("court").find(doc.sentences[0].tokens))
    running = RunningDay(published)
    told_in: list[int] = []  # the sentence of each record in out
    # "هجوم كيمياوي وقع في وقت متأخر من يوم السبت": the day the report says an event of a sub-type took place,
    # wherever it tells it, dates that sub-type's records told with no day of their own (or only a statement's),
    # unless that telling is a record of another place
    occurred: list[tuple[Frame, dt.date]] = []
    placed_at: dict[int, set[str]] = {}  # id of a frame -> places of its records
    assumed: set[int] = set()  # ids of records whose day was not told for the event itself

    pending_toll = None  # a toll told in the sentence before with an event that had no place
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
        # "محافظة إب" is a place, not the month آب: a word a place cue names is no time
        cued = {k for i in places_by_sentence.get(sent.index, []) if part.places[i].cue
                for k in range(part.places[i].first, part.places[i].last)}
        said = _statement_ends(sent)
        times, own = _sentence_times(sent, doc.text, published, cued, said,
                                     running.named_just_before(sent.index))
        named = running.read(sent, times, own, said)
        if not frames_by_sentence.get(sent.index):
            # "وبلغ عدد القتلى 39 مدنيا": a toll told in a sentence of its own completes the event told before
            last = out[-1][0] if out else None
            if last is not None and last.fatalities is None and last.sub_event_type not in _NO_TOLL \
                    and last_event_sentence >= sent.index - 2:
                killed, killed_text = fatalities(sent)
                if killed is not None and killed < _WAR_TOLL:  # "أدت العملية العسكرية إلى مقتل أكثر من 1600"
                    last.fatalities, last.fatalities_text = killed, killed_text
            _credit_claim(sent, s_actors, out, told_in, countries, history)
            continue
        if lexicon.phrase_matcher("court").find(sent.tokens):
            frames_by_sentence[sent.index] = [f for f in frames_by_sentence[sent.index]
                                              if f.sub_event_type in UNARMED_OK]
        killed, killed_text = fatalities(sent)
        if killed is not None and (killed >= _WAR_TOLL or killed >= _TALLY_TOLL and not named):
            # "وقتل نحو 10 آلاف شخص في القتال": a toll of thousands, or of hundreds with no day, sums a war
            _credit_claim(sent, s_actors, out, told_in, countries, history)
            continue
        deaths = tells_deaths(sent)
        earlier = earlier_matter(sent) if killed is not None else None
        toll_given = False  # a sentence's toll belongs to one of its events, not to each
        unplaced: list[tuple[Frame, str | None, bool]] = []  # frames dropped for want of a place of their own
        forces: list[tuple[Frame, list]] = []  # the police's force told with no place, and the parties named with it
        frames = frames_by_sentence.get(sent.index, [])
        source_tokens, speaking, heard = _speakers(sent, s_actors, bool(said) or any(c.cue for c in sent_claims),
                                                   part.places, places_by_sentence.get(sent.index, []))
        measured = measured_by(sent)
        fought = fight_told(sent)
        peaceful_entry = entry_told(frames, sent) and not fought
        for frame in frames:
            claim = next((c for c in sent_claims if c.first <= frame.first < c.last), sent_claims[0])
            if claim.status == "asserted" and not frame.sense.verb and doubted(sent, frame.last):
                claim = Claim(claim.first, claim.last, claim.chain, claim.cue, "claimed")
            date, precision, skip, dated = event_date(frame, sent, times, published)
            if skip:
                continue
            if dated and published:
                occurred.extend(
                    (frame, t.date) for t in own if t.date is not None and date == t.date.isoformat()
                    and when_it_happened(sent, t, once=True) and t.date <= published)
            if not dated and (carried := running.date_at(sent.index)) is not None:
                date, precision = carried
            in_sentence = places_by_sentence.get(sent.index, [])
            # "نقلت رويترز عن سكان في إدلب أن طائرات قصفت ... خان شيخون": residents speak from where they live;
            # the bombed town is the one the reported clause names
            place_ids = [i for i in frame_places(frame, sent, part.places,
                                                  [i for i in in_sentence if i not in heard],
                                                  frames) or frame_places(frame, sent, part.places, in_sentence, frames)
                         if part.places[i].first not in speaking]
            if place_ids and all(part.places[i].first in measured for i in place_ids):
                continue  # "مواجهات السبت هي الأعنف منذ الحرب ... في قطاع غزة": the place of the past it is measured by
            a1, a2, assoc1 = assign_roles(frame, sent, s_actors, source_tokens)
            attacker_named = a1 is not None and a1 is repelled(frame, sent, s_actors)
            launch_countries = [part.places[i].resolved.country for i in places_by_sentence.get(sent.index, [])
                                if part.places[i].resolved is not None and launched_from(sent, part.places[i])]
            if a1 is None and last_actor1 and last_actor1[0] >= sent.index - 2 and frame.sense.verb \
                    and (a2 is None or last_actor1[1].resolved != a2.resolved):
                a1 = last_actor1[1]  # Arabic drops a subject already named: "وواصل التقدم"
            if a1 is not None:
                last_actor1 = (sent.index, a1)
            if only_recalled(frame, sent, times, dated, killed, part.places, in_sentence, part.frames, court_report):
                continue
            if not frame.sense.verb and frame.sub_event_type == "Armed clash" and (
                    last_protest >= sent.index - 2 and frame.sense.definite or protest_report):
                frame.sub_event_type = "Protest with intervention"  # "المواجهات" recalls the demonstration's clashes
            if no_event(frame, sent, part.places, places_by_sentence, in_sentence, part.armed):
                continue
            alone = False  # a force on a crowd that is its own record, at the report's place
            if frame.sense.cls == "protest_force" and not place_ids:
                doer = _crowd_force_doer(frame, s_actors)
                alone = dated and fallback is not None and doer is not None and not any(
                    e.sub_event_type == "Peaceful protest" for e, _ in out)
                if not alone:
                    forces.append((frame, [a1, a2, *s_actors]))  # met by the protest told in this sentence or before
                    continue
                # "أطلقت ميليشيات نيرانها على المحتجين الجمعة", its doer named just before it, its day told, and no
                # demonstration told before that it met: the force tells the demonstration, at the report's place
                a1 = doer
            if not place_ids and frame.sub_event_type in PROTEST_SUBS and not frame.sense.definite \
                    and fallback is not None and (killed is not None or deaths) and (dated or sent.index == 0) \
                    and not any(a.first <= frame.first < a.last and a.resolved is not None and a.resolved.inter == 6
                                for a in s_actors):
                alone = True  # "قتل فلسطينيان وأصيب 300 في مواجهات قرب السياج الجمعة": a demonstration with its dead
                # and its day (or a lead's) told is a report even with no place of its own; the report's place is its
                # place. Not the demonstrators named ("لتفريق المحتجين"): they are at the event the sentence places
            # ... unless a verb tells it done: "ضربت القوات" or "نفذت المقاتلات 4 غارات" with the doer named,
            # or a deal is told reached ("تم التوصل إلى اتفاق")
            if not place_ids and not alone and not ((frame.sense.verb and not first_person(frame, sent)
                                       or conducted(frame, sent, perfect=True)) and a1 is not None
                                      and fallback is not None) \
                    and not (fallback is not None and concluded(frame, sent)):
                unplaced.append((frame, date, dated))
                continue  # an event with no place of its own is a reference, not a report ("المعارك ضد ...")
            projectile = frame.event_type_is("Explosions/Remote violence") \
                or frame.sub_event_type == "Disrupted weapons use"
            told = Telling(fought, peaceful_entry, protest_report, attacker_named, bool(killed), bool(deaths))
            targets = [part.places[i] for i in place_ids] or [landed_fallback if projectile else fallback]
            targets = [within_part(pm, fallback) for pm in targets]
            for pm in targets:
                if pm is not None and pm.resolved is not None and pm.resolved.kind == "country":
                    unplaced.append((frame, date, dated))
                    continue  # "في اليمن": a country is no event location (ACLED codes the place, GDELT the centroid)
                loc = to_place(pm, fallback.resolved if fallback else None) if pm is not None else None
                ev_country = loc.country if loc and loc.country else (countries[0] if countries else None)
                actor1 = resolved_for(a1, ev_country, countries, history, frame.sub_event_type)
                actor2 = resolved_for(a2, ev_country, countries, history, frame.sub_event_type)
                if actor1 is None and frame.event_type_is("Explosions/Remote violence"):
                    actor1 = launched_by(launch_countries)
                if actor2 is None and frame.sub_event_type == "Disrupted weapons use":
                    actor2 = launched_by(launch_countries)  # "قذائف أطلقت من قطاع غزة تم اعتراض اثنتين منها"
                settled = settle(frame, sent, actor1, actor2, s_actors, ev_country, told)
                if settled is None:
                    continue
                sub, actor1, actor2 = settled
                toll, toll_text = killed, killed_text
                if earlier is not None and frame.last <= earlier and sub != "Excessive force against protesters":
                    # the deaths it came after are not its own but the earlier matter's, which may be told after it
                    # ("وتأتي الغارات بعد مقتل 7 خبراء في غارات التحالف على صعدة"); a demonstration read as met by
                    # force ("التظاهرات ... بعد مقتل متظاهر لدى إطلاق نار خلال تفريق التظاهرة") carries the force
                    toll, toll_text = fatalities(sent, 0, earlier)
                gets_toll = not toll_given and sub not in _NO_TOLL and (toll is not None or killed is None)
                toll_given = toll_given or gets_toll
                ev = _make_event(article, doc, sent, frame, sub, loc, date, precision, actor1, actor2,
                                 [x for x in (resolved_for(a, ev_country, countries, history) for a in assoc1) if x],
                                 toll if gets_toll else None, toll_text if gets_toll else None, claim,
                                 pm is not None and pm is not fallback and pm is not landed_fallback)
                out.append((ev, dated))
                if not (dated and own):
                    assumed.add(id(ev))
                placed_at.setdefault(id(frame), set()).add(place_key(ev))
                if not (own and dated):
                    running.await_day(ev, sent)
                told_in.append(sent.index)
                last_event_sentence = sent.index
                if ev.event_type == "Protests":
                    last_protest = sent.index
        for frame, parties in forces:
            _intervene(out, told_in, sent.index, frame, parties, countries, history)
        if pending_toll is not None and pending_toll[2] == sent.index - 1:
            # "مقتل 22 طفلا في غارة جوية على اليمن" then "عندما استهدفت الغارة حافلتهم في الدريهمي": the toll of
            # the lead goes to the event the next sentence places
            _toll_to_told(out, told_in, pending_toll, after=True)
        pending_toll = None
        if killed is not None and not toll_given and unplaced:
            # "وقتل ثمانية مدنيين في الغارات السبت": the toll of an event told before, recalled without its place
            toll_of = (killed, killed_text, sent.index, unplaced)
            if not _toll_to_told(out, told_in, toll_of):
                pending_toll = toll_of
        _credit_claim(sent, s_actors, out, told_in, countries, history)
    _dispute(out, told_in, disputed_at)
    for ev, _ in out:
        days = {day for f, day in occurred if f.sub_event_type == ev.sub_event_type
                and place_key(ev) in placed_at.get(id(f), {place_key(ev)})}
        if id(ev) in assumed and len(days) == 1:
            day = next(iter(days))
            ev.event_date, ev.time_precision = day.isoformat(), 1
    return out


def _speakers(sent, s_actors, reports_speech: bool, places, in_sentence) -> tuple[set[int], set[int], set[int]]:
    """Tokens of who reports (no party to the event, unless a party speaking, such as a ministry of defence), tokens
    no event place may be (who speaks and where it sits), and the places where witnesses are (the event's place
    only when the sentence names no other)."""
    sources = lexicon.sources().find(sent.tokens)
    source_tokens = {i for m in sources if m.payloads[0][1] not in PARTY_SOURCES for i in range(m.first, m.last)}
    # a capital that speaks ("واشنطن تعتقد") is a government, and where a source sits ("مصادر في درعا")
    # is not where the event was: neither is an event place
    speaking = {i for a in s_actors if a.kind == "metonym" for i in range(a.first, a.last)}
    # ... in a sentence that reports speech: "وتظاهر العشرات من الأهالي في ناحية صفوان" is where they marched
    # (witnesses and residents are where it happened: "قال سكان قرية طيبة إن أربعة قتلوا في غارة")
    heard: set[int] = set()
    if reports_speech:
        speaking |= {m.last + k for m in sources if m.payloads[0][1] != "witness" for k in (0, 1, 2)}
        heard = heard_from(places, in_sentence, {m.last for m in sources if m.payloads[0][1] == "witness"})
    speaking |= {i for m in sources for i in range(m.first, m.last)}  # "وكالة أنباء فارس": a name, not Fars
    speaking |= at_venue(sent) | campaign_name(sent)
    return source_tokens, speaking, heard


def _statement_ends(sent) -> list[int]:
    """Where each reporting verb of the sentence ends: a day right after one dates the statement, not the event
    ("أكد مسؤول لـCNN، الأحد، أن ...")."""
    said = [c.last for c in lexicon.reporting_verbs().find(sent.tokens) if c.payloads[0][0] == "verb"]
    # "بحسب ما ذكرته وسائل إعلام رسمية الثلاثاء", "وفق ما قاله مسؤول الأحد": the verb after ما carries its object
    said += [k + 1 for k in range(1, len(sent.tokens)) if sent.tokens[k - 1].norm == "ما"
             and sent.tokens[k].norm.endswith("ه") and any(c.payloads[0][0] == "verb" for c in
                                                           lexicon.reporting_verbs().find(tokenize(sent.tokens[k].norm[:-1])))]
    return said


def _sentence_times(sent, text: str, published: dt.date | None, cued: set[int], said: list[int],
                    running: dt.date | None) -> tuple[list[TimeMention], list[TimeMention]]:
    """The sentence's times, and those of them that are the events' own rather than a statement's. `running` is
    the day the sentence before named, from which a quoted speaker's yesterday counts."""
    times = find_times(sent.tokens, text, published) if sent.tokens else []
    times = [t for t in times if not any(k in cued for k in range(t.first, t.last))]
    own = _not_stated(times, said)
    times = own or times  # with no time of its own, the statement's day is the closest the report gives
    # "وقال العتيبي: «... الذي شهدناه يوم أمس»" after a lead that named Monday: the speaker's yesterday
    spoke = next((t.date for t in reversed(times) if t not in own and not t.relative), None) or running
    if published and spoke is not None and spoke < published:
        times = [counted_from(t, spoke, published) if quoted(text, sent.span.start, sent.tokens[t.first].start)
                 else t for t in times]
        own = _not_stated(times, said)
    return times, own


_SAID_REACH = 4  # words from a reporting verb to the day of the statement ("أكد مسؤول لـCNN، الأحد")


def _not_stated(times: list[TimeMention], said: list[int]) -> list[TimeMention]:
    """The times that do not date a statement (told right after its reporting verb)."""
    return [t for t in times if not any(0 <= t.first - end <= _SAID_REACH for end in said)]


_TOLL_REACH = 2  # sentences before a recalled event's toll where the event itself may be told


def _toll_to_told(out: list[tuple[Event, bool]], told_in: list[int], toll, after: bool = False) -> bool:
    """Give a toll told with an event noun that has no place of its own to the record of its sub-type told in the
    sentences before it (or, for a lead, in the sentence after), on the same day when both days are told; whether
    one took it."""
    killed, killed_text, at, unplaced = toll
    for (ev, ev_dated), where in reversed(list(zip(out, told_in, strict=False))):
        if (where != at + 1) if after else not at - _TOLL_REACH <= where < at:
            continue
        if ev.fatalities is not None or ev.sub_event_type in _NO_TOLL:
            continue
        if any(f.sub_event_type == ev.sub_event_type and not (dated and ev_dated and date != ev.event_date)
               for f, date, dated in unplaced):
            ev.fatalities, ev.fatalities_text = killed, killed_text
            return True
    return False


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


_DOER_REACH = 10  # tokens before a force on a crowd where the armed party that used it is named


def _crowd_force_doer(frame, s_actors):
    """The armed party named just before a force on a crowd ("أطلقت ميليشيات موالية لها نيرانها على المحتجين",
    "قيام فصيل مسلح تابع للحوثيين بضرب المتظاهرات"): a state's forces or an armed group, not a government speaking
    ("أدانت مصر ... فض الاعتصام") nor the crowd itself."""
    before = [a for a in s_actors if a.resolved is not None and a.resolved.inter in (1, 2, 3, 4)
              and a.kind not in ("metonym", "person") and not (a.entry is not None and a.entry.role == "government")
              and frame.first - _DOER_REACH <= a.first < frame.first]
    return before[-1] if before else None


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


def _intervene(events: list[tuple[Event, bool]], told_in: list[int], sentence: int, frame: Frame, parties, countries,
               history) -> None:
    """Police firing tear gas in the sentence after a protest: that protest met intervention (one event, not two).
    The force is the first party of the sentence (its roles first) that is not the crowd ("لتفريق المحتجين").
    A demonstration told in the force's own sentence is the one it met, whatever it already was: an earlier one is
    another ("خرج الآلاف في ذي قار" before "التظاهرات التي خرجت في البصرة ... لدى إطلاق النار خلال تفريق التظاهرة")."""
    told_here = any(n == sentence and e.event_type == "Protests" for (e, _), n in zip(events, told_in, strict=True))
    for (e, _), n in zip(reversed(events), reversed(told_in), strict=True):
        if told_here and n != sentence:
            return
        if e.event_type == "Protests" and e.evidence.start >= 0 and e.sub_event_type == "Peaceful protest":
            e.sub_event_type = frame.sub_event_type
            where = e.location.country if e.location else None
            forces = [r for r in (resolved_for(p, where, countries, history) for p in parties if p is not None)
                      if r is not None and r.inter not in (6, 7)]
            if forces and frame.sub_event_type == "Excessive force against protesters" and (
                    e.actor1 is None or e.actor1.inter == 6):
                e.actor1, e.actor2 = forces[0], e.actor1  # the force acts, the demonstrators suffer it
            elif e.actor2 is None and forces:
                e.actor2 = forces[0]
            return


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


def warm_up() -> None:
    """Load every piece of knowledge now (gazetteer, dictionaries, lexicons), as a worker does once at start."""
    extract_article(Article("warm-up", "قصفت طائرات حربية مدينة حلب أمس.", None, "2018-01-02", None))
