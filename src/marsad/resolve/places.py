"""Place mentions in a document and their resolution to gazetteer places, with disambiguation and precision."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass, field

from marsad import geo
from marsad.arabic.document import Document, Sentence
from marsad.arabic.normalize import normalize
from marsad.arabic.numbers import NUMBER_WORDS
from marsad.arabic.tokenize import reading_start
from marsad.extract import lexicon
from marsad.extract.matcher import PhraseMatcher
from marsad.knowledge import load_yaml
from marsad.models import Place
from marsad.resolve.gazetteer import Gazetteer, GazPlace, load

_SETTLEMENT_PRECISION_3 = {"admin1", "region", "country", "area", "district"}


@dataclass
class PlaceMention:
    sentence: int
    first: int  # token indexes within the sentence (the name itself, without cue words)
    last: int
    text: str  # the name as written
    candidates: list[GazPlace]
    cue: str | None = None  # settlement kind named by a cue word ("village")
    region: bool = False  # "ريف X": the region around X
    relative: str | None = None  # "شمال", "قرب", ... : the event is near this place
    span_start: int = 0  # original offsets of the whole mention including cues ("ريف حماة الشرقي")
    span_end: int = 0
    common: bool = False  # the name is usually an ordinary word
    anaphor: bool = False  # "المدينة", "هذه المنطقة": the place named before
    dateline: bool = False  # where the report was filed ("دبي (CNN) --"), not where anything happened
    list_last: int | None = None  # for members of a coordinated list ("قرى X وY وZ"): where the list ends
    clitic: bool = False  # found only after stripping proclitics
    conjoined: bool = False  # the name follows the conjunction و ("والرقة")
    stated_country: str | None = None  # "رفح المصرية", "العاصمة الأردنية عمان": the text says which country
    in_phrase: bool = True  # bare or after في/ب, not after another preposition (على، من، إلى)
    locator: bool = False  # a region right after another place, saying where that lies ("خوست بشرق أفغانستان")
    # a word joined by و stands between the place before and this one ("الرياض وواحد باتجاه نجران"): a new
    # conjunct, which never says where the place before it lies
    new_conjunct: bool = False
    resolved: GazPlace | None = field(default=None, repr=False)
    anchor: GazPlace | None = field(default=None, repr=False)  # for unknown places: a known place they lie in

    @property
    def known(self) -> bool:
        return self.resolved is not None


@functools.cache
def _cues() -> dict:
    data = load_yaml("places", "cues.yaml")
    return {
        "settlement": {normalize(k): v for k, v in data["settlement"].items()},
        "region": {normalize(w) for w in data["region"]},
        "directions": {normalize(w) for w in data["directions"]},
        "heads": {normalize(w) for w in data["compound_heads"]},
        "not_names": {normalize(w) for w in data["not_names"]},
        "known_only": {normalize(w) for w in data["known_only"]},
        "adjectives": {normalize(w) for w in data["adjective_anaphors"]},
        "relative_words": data["relative"],
        "seats": [tuple(normalize(w) for w in phrase.split()) for phrase in data["national_seats"]],
        "seat_places": {normalize(w) for w in data["seat_places"]},
        "seat_speech": {normalize(w) for w in data["seat_speech"]},
    }


@functools.cache
def country_adjectives() -> dict[str, str]:
    """Singular nationality adjectives, bare and definite (مصري، المصرية) -> country code, from countries.yaml."""
    out: dict[str, str] = {}
    for row in load_yaml("places", "countries.yaml") or []:
        for d in row.get("demonyms_ar") or []:
            form = normalize(d)
            bare = form[2:] if form.startswith("ال") else form
            for f in (bare, "ال" + bare, bare + "ه" if bare.endswith("ي") else None, "ال" + bare + "ه" if bare.endswith("ي") else None):
                if f:
                    out.setdefault(f, row["code"])
    return out


def _stated_country(sent: Sentence, m: PlaceMention) -> str | None:
    """The country an adjective gives the place: after it ("رفح المصرية") or between a place noun and it
    ("العاصمة الأردنية عمان")."""
    adjectives = country_adjectives()
    toks = sent.tokens
    if m.last < len(toks) and toks[m.last].norm in adjectives:
        return adjectives[toks[m.last].norm]
    if m.first >= 2 and toks[m.first - 1].norm in adjectives and toks[m.first - 1].norm.startswith("ال") \
            and any(r in _PLACE_NOUNS for r in toks[m.first - 2].readings):
        return adjectives[toks[m.first - 1].norm]
    return None


_ANAPHORS = {normalize(w): k for w, k in (("المدينة", "city"), ("البلدة", "town"), ("القرية", "village"),
                                            ("المنطقة", "area"), ("الحي", "neighbourhood"), ("المخيم", "camp"),
                                            ("المطار", "airport"), ("المحافظة", "admin1"), ("المديرية", "district"))}


def _anaphor(toks, i: int, cues, after_cue: bool = False) -> str | None:
    """A definite place noun not followed by a name refers back: "وسط المدينة", "في هذه المنطقة"; after a cue
    word it does even before an adjective ("مطار المدينة الاستراتيجي": the city's airport)."""
    kind = next((_ANAPHORS[r] for r in toks[i].readings if r in _ANAPHORS), None)
    if kind is None:
        return None
    # "الرصاص الحي": a word that is also an adjective qualifies the definite noun before it
    if i > 0 and toks[i].norm in cues["adjectives"] and any(r.startswith("ال") for r in toks[i - 1].readings):
        return None
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and nxt.norm.startswith("ال") and nxt.norm not in cues["directions"] and not after_cue:
        return None  # "المدينة المنورة", "المنطقة الخضراء": a name, or an adjective phrase we cannot place
    return kind


_FACILITIES = frozenset({"airport", "camp"})
_AREA_WORDS = frozenset(normalize(w) for w in ("منطقة", "المنطقة"))
_PLACE_NOUNS = frozenset({*_ANAPHORS, normalize("العاصمة")})


@functools.cache
def _relative() -> PhraseMatcher:
    m = PhraseMatcher()
    for w in _cues()["relative_words"]:
        m.add(w, w)
    return m


@functools.cache
def _matcher() -> PhraseMatcher:
    gaz = load()
    m = PhraseMatcher()
    for key in gaz.names:
        m.add(tuple(key.split(" ")), key)
    return m


def _word_in(token, words: set[str]) -> str | None:
    for r in token.readings:
        if r in words:
            return r
    return None


def known_after_cue(tokens, first: int) -> bool:
    """Whether the words of a name at `first` are a place: a word of places ("ولاية", "مدينة") and a name the
    gazetteer knows after it, the cue being the name's own first word ("ولاية بورنو", not "ولاية الفقيه") or the
    word before it ("مدينة الحراك": the town, not the movement)."""
    return any(i >= 0 and _word_in(tokens[i], _cues()["settlement"].keys()) is not None
               and any(m.first == 0 for m in _matcher().find(tokens[i + 1 : i + 4])) for i in (first, first - 1))


def find_places(doc: Document, blocked: dict[int, set[int]] | None = None) -> list[PlaceMention]:
    """Every place mention in the document. `blocked` maps sentence -> token indexes already taken by actors/sources."""
    gaz = load()
    cues = _cues()
    out: list[PlaceMention] = []
    for sent in doc.sentences:
        taken = (blocked or {}).get(sent.index, set())
        toks = sent.tokens
        matches = {m.first: m for m in _matcher().find(toks) if not any(i in taken for i in range(m.first, m.last))}
        i = 0
        while i < len(toks):
            if i in taken:
                i += 1
                continue
            cue = _word_in(toks[i], cues["settlement"].keys())
            region = _word_in(toks[i], cues["region"]) is not None
            if (cue or region) and i in matches and matches[i].last > i + 1:
                cue = region = None  # the cue word is part of a known name: "حي القدم", "مطار الملك خالد"
            if (cue or region) and (i + 1) in taken:
                i += 1  # "مدينة" before an actor's words is a word of places, never Medina
                continue
            if cue in cues["known_only"] and (i + 1) not in matches:
                i += 1  # "ولاية ثانية": a term of office
                continue
            if (cue or region) and i + 1 < len(toks) and (i + 1) not in taken:
                kind = cues["settlement"].get(cue) if cue else "region"
                plural = cue in _PLURAL_CUES
                j = i + 1
                members = []
                while j < len(toks):
                    mention = _name_at(sent, j, matches, gaz, cues, taken, continued=j > i + 1, kind=kind)
                    if mention is None:
                        break
                    mention.cue, mention.region = kind, region
                    mention.span_start = toks[i].start if j == i + 1 else toks[mention.first].start
                    out.append(mention)
                    members.append(mention)
                    for member in members:
                        member.list_last = mention.last
                    j = mention.last
                    # a coordinated list: "قرى أبو حكفا وأبو كهف ومكسر الشمالي"; a quoted name leaves its و
                    # standing apart ("قرى \"المدب\" و\"الغرزة\"")
                    if plural and j + 1 < len(toks) and toks[j].norm == "و" and _adjacent(sent, j):
                        j += 1
                    elif not (plural and j < len(toks) and toks[j].norm.startswith("و") and len(toks[j].norm) > 2):
                        break
                i = max(j, i + 1)
                continue
            # "البلدة" alone points back to a town, but "البلدة القديمة في القدس" is a name the index knows
            # (two words, "المحافظة الجنوبية", still point back: the southern province just named)
            after_cue = i > 0 and _word_in(toks[i - 1], cues["settlement"].keys()) is not None
            anaphor = None if i in matches and matches[i].last > i + 1 + (not after_cue) \
                else _anaphor(toks, i, cues, after_cue)
            if anaphor:
                out.append(PlaceMention(sent.index, i, i + 1, toks[i].text, [], cue=anaphor, anaphor=True,
                                        span_start=toks[i].start, span_end=toks[i].end))
                i += 1
                continue
            seat = _national_seat(sent, i, cues)
            if seat is not None:
                out.append(seat)
                i = seat.last
                continue
            if i in matches:
                m = matches[i]
                # "الذكرى السبعين", "الخمسين": a number word is a place (ميدان السبعين) only after a cue word
                number = " " not in m.key and m.key.removeprefix("ال") in NUMBER_WORDS
                mention = None if number else _known(sent, m.first, m.last, m.key, gaz, cues)
                if mention is not None:
                    mention.common = m.key in gaz.common
                    mention.clitic = m.clitic
                    out.append(mention)
                i = m.last
                continue
            i += 1
    _relations(doc, out)
    by_sentence: dict[int, list[PlaceMention]] = {}
    for m in out:
        by_sentence.setdefault(m.sentence, []).append(m)
    not_conjuncts = _direction_words() | _cues()["not_names"]  # "وسط"
    openers = _cues()["settlement"].keys() | _cues()["heads"]
    for m in out:
        sent = doc.sentences[m.sentence]
        m.stated_country = _stated_country(sent, m)
        tok = sent.tokens[m.first]
        m.conjoined = m.span_start > tok.start and tok.text.startswith("و")
        head = next((i for i in range(m.first, -1, -1) if sent.tokens[i].start <= m.span_start), m.first)
        prev = sent.tokens[head - 1].norm if head > 0 else ""
        m.in_phrase = prev.lstrip("و") not in _OTHER_PREPOSITIONS
        before = max((o.last for o in by_sentence[m.sentence] if o.last <= head), default=None)
        m.new_conjunct = before is not None and any(
            t.norm.startswith("و") and len(t.norm) > 2 and t.norm not in not_conjuncts
            and not _word_in(t, openers) for t in sent.tokens[before:head])
    # "إلى مشارف مديريتي التحيتا وزبيد": a place joined to one a relation binds is bound by it too
    ends = {(m.sentence, m.last): m for m in out}
    for m in out:
        before = ends.get((m.sentence, m.first))
        if m.relative is None and before is not None and before.relative \
                and (m.conjoined or (m.list_last is not None and m.list_last == before.list_last)):
            m.relative = before.relative
    return _drop_construct_heads(_drop_person_names(doc, out))


@functools.cache
def _person_names() -> tuple[frozenset[str], frozenset[str]]:
    data = load_yaml("places", "given_names.derived.yaml") or {}
    return frozenset(data.get("given_names") or []), frozenset(data.get("family_names") or [])


def _drop_person_names(doc: Document, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """"نعمت باراك", "جيرار كولومب", "قيصر خان": a small town abroad that shares a word of a person's name is no
    place: one right after a given name, or a given name itself right before a family name. Words of places
    (countries, provinces, curated towns) stay: "عمران" is the Yemeni province before it is a man's name."""
    given, family = _person_names()
    taken = {(m.sentence, i) for m in mentions for i in range(m.first, m.last)}

    def abroad(m: PlaceMention, clitic: bool = False) -> bool:
        # a name read only once a clitic is stripped ("نعمت باراك": ب + Arak, a city and a gas field) may be
        # any place but a country, a province, a capital or a city of millions ("محمد بن سلمان لواشنطن")
        return m.cue is None and not m.region and not m.anaphor and bool(m.candidates) and not any(
            (c.kind in ("country", "admin1", "region") or c.population >= 1_000_000 or c == _capital(c.country))
            if clitic else _trusted(c) or c.population >= 100_000 for c in m.candidates)

    def surname(tok) -> bool:
        # a family name, or a word no list knows (a foreign surname: "كولومب")
        return tok.norm in given or tok.norm in family or not (
            tok.norm.startswith("ال") or tok.norm in _vocabulary() or tok.norm in _function_words()
            or any(r in gaz.names for r in tok.readings))

    def person(m: PlaceMention) -> bool:
        sent = doc.sentences[m.sentence]
        toks, k = sent.tokens, m.last
        if m.first > 0 and (m.sentence, m.first - 1) not in taken and _adjacent(sent, m.first) \
                and toks[m.first - 1].norm in given and not _word_in(toks[m.first - 1], cues):
            return abroad(m, m.clitic)
        return k - m.first == 1 and normalize(m.text) in given and k < len(toks) and (m.sentence, k) not in taken \
            and _adjacent(sent, k) and surname(toks[k]) and abroad(m)

    gaz = load()
    cues = _cues()["settlement"].keys() | _cues()["region"]  # "مدينة" is a woman's name too
    return [m for m in mentions if not person(m)]


def _national_seat(sent: Sentence, i: int, cues) -> PlaceMention | None:
    """"تظاهر الآلاف أمام البرلمان التونسي": a seat of state named with its nationality, after a word of place,
    is in that country's capital."""
    toks = sent.tokens
    if i == 0 or _word_in(toks[i - 1], cues["seat_places"]) is None:
        return None
    for phrase in cues["seats"]:
        end = i + len(phrase)
        if end < len(toks) and all(w in toks[i + k].readings for k, w in enumerate(phrase)) \
                and (country := country_adjectives().get(toks[end].norm)) and (capital := _capital(country)):
            break
    else:
        return None
    # "وأضافت أمام البرلمان البريطاني أن ..."، "في كلمة أمام البرلمان": where a speech is given, not an event
    # (read only once a seat is found: the words of place before it are common)
    if any(_word_in(t, cues["seat_speech"]) for t in toks[max(0, i - 5) : i]) \
            or any(i - 6 <= m.last < i for m in lexicon.reporting_verbs().find(toks)):
        return None
    start = reading_start(toks[i], phrase[0])
    text = sent.span.text[start - sent.span.start : toks[end].end - sent.span.start]
    return PlaceMention(sent.index, i, end + 1, text, [capital], span_start=start, span_end=toks[end].end,
                        stated_country=country)


@functools.cache
def _capital(country: str) -> GazPlace | None:
    gaz = load()
    names = (load_yaml("places", "capitals.yaml") or {}).get(country) or []
    found = [gaz.places[k] for name in names for k in gaz.names.get(normalize(name), ())
             if gaz.places[k].country == country and gaz.places[k].kind not in ("country", "admin1", "region")]
    return max(found, key=lambda p: p.population, default=None)


def _drop_construct_heads(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """In "مفرق المخا" (the Mocha junction) the first word is a common noun that a small town abroad happens to
    share: a one-word GeoNames hit right before another place name is dropped."""
    starts = {(m.sentence, m.first): m for m in mentions}
    out = []
    for m in mentions:
        nxt = starts.get((m.sentence, m.last))
        # "جبهة صرواح غرب محافظة مأرب": a direction word after the name (Għarb of Malta) is no place
        if nxt is not None and normalize(nxt.text) in _direction_words():
            nxt = None
        # ... but two places of one country side by side are a pair: "جبهة كتاف البقع" (Kitaf and al-Buqa)
        if (m.last - m.first == 1 and m.cue is None and nxt is not None and m.candidates
                and all(c.source == "geonames" and c.population < 500_000 for c in m.candidates)
                and not {c.country for c in m.candidates} & {c.country for c in nxt.candidates}):
            continue
        out.append(m)
    return out


@functools.cache
def _direction_words() -> frozenset[str]:
    cues = _cues()
    return frozenset(cues["directions"] | {normalize(w) for w in cues["relative_words"]})


def _known(sent: Sentence, first: int, last: int, key: str, gaz: Gazetteer, cues) -> PlaceMention | None:
    toks = sent.tokens
    cands = [gaz.places[k] for k in gaz.names.get(key, ())]
    if not cands:
        return None
    # direction adjectives stay with the name: "ريف حماة الشرقي"
    while last < len(toks) and toks[last].norm in cues["directions"]:
        last += 1
    start = reading_start(toks[first], key.split(" ")[0])
    text = sent.span.text[start - sent.span.start : toks[last - 1].end - sent.span.start]
    return PlaceMention(sent.index, first, last, text, cands, span_start=start, span_end=toks[last - 1].end)


def _name_at(sent: Sentence, j: int, matches, gaz: Gazetteer, cues, taken, continued: bool = False,
             kind: str | None = None) -> PlaceMention | None:
    """The place name starting at token j after a cue word, known to the gazetteer or not.

    `continued`: j follows an earlier name of a coordinated list, so a leading و is the conjunction.
    """
    toks = sent.tokens
    # a list goes on across commas: "مناطق جوبر، وعربين، وعين ترما"
    if j in taken or j >= len(toks) or not _adjacent(sent, j, allow_comma=continued):
        return None
    if toks[j].norm in cues["not_names"]:
        return None  # "مدن جديدة" (new cities), "قرية صغيرة": an adjective, even when a hamlet bears its name
    if toks[j].norm == "ال":
        return None  # "وادي ال جبارة": an article typed apart from its noun (GeoNames knows "ال" as Halle)
    # "مطار مدينة الحديدة", "منطقة وادي جبارة": the second cue names the place (مدينة is no Medina, وادي no
    # El Oued); "مطار المدينة" is the city's airport, the city named before
    if _word_in(toks[j], cues["settlement"].keys() | cues["region"]) \
            or (_anaphor(toks, j, cues, after_cue=True) and not (j in matches and matches[j].last > j + 1)):
        return None
    # "منطقة خور العميرة", "قرية عين الحمراء": a name's first word alone is a homonym elsewhere (Khūr of Iran)
    word = toks[j].norm[1:] if continued and toks[j].norm.startswith("و") and len(toks[j].norm) > 2 else toks[j].norm
    headed = j in matches and matches[j].last == j + 1 and word in cues["heads"] \
        and j + 1 < len(toks) and j + 1 not in taken and _adjacent(sent, j + 1) \
        and toks[j + 1].norm not in cues["not_names"] and toks[j + 1].norm not in _function_words()
    if j in matches and not headed:
        return _known(sent, j, matches[j].last, matches[j].key, gaz, cues)
    tok = toks[j]
    # "تحرير عدة مناطق ومرتفعات والتقدم نحو": a cue word stands in construct with its name, so a word joined by
    # و right after it ("والتقدم") begins another phrase, never the unknown name
    if not continued and tok.norm.startswith("وال"):
        return None
    reading = tok.norm[1:] if continued and tok.norm.startswith("و") and len(tok.norm) > 2 else tok.norm
    # Kurdish and Turkish names are written joined or split: "كوي سنجق" is GeoNames' "كويسنجق"
    if j + 1 < len(toks) and j + 1 not in taken and _adjacent(sent, j + 1) \
            and (joined := reading + toks[j + 1].norm) in gaz.names:
        start = reading_start(tok, reading)
        text = sent.span.text[start - sent.span.start : toks[j + 1].end - sent.span.start]
        return PlaceMention(sent.index, j, j + 2, text, [gaz.places[k] for k in gaz.names[joined]],
                            span_start=start, span_end=toks[j + 1].end)
    stop_listed = reading in gaz.cue_only  # "محافظة إب": a name the stop-list keeps from bare matching
    if not stop_listed and (reading in cues["not_names"] or len(reading) < 2 or reading.isdigit()
            or _word_in(tok, cues["settlement"].keys()) or reading in _function_words()
            or (reading in _vocabulary() and not (kind in _WORD_NAMES and reading.startswith("ال")))):
        return None
    # an indefinite word in -ية after a cue is an adjective ("مدينة تاريخية"), and a word with an attached
    # pronoun is a common noun ("مناطق سيطرتها"); names are definite or bare ("بلدة الحسينية", "قرية حطلة")
    if not reading.startswith("ال") and (reading.endswith(("يه", "يا")) or reading.endswith(("ها", "هم", "هما"))):
        return None
    last = j + 1
    if reading in cues["heads"] and last < len(toks) and last not in taken:
        last += 1
    while last < len(toks) and toks[last].norm in cues["directions"]:
        last += 1
    start = reading_start(tok, reading)
    text = sent.span.text[start - sent.span.start : toks[last - 1].end - sent.span.start]
    known = [gaz.places[k] for k in gaz.cue_only.get(reading, ())] if last == j + 1 else []
    return PlaceMention(sent.index, j, last, text, known, span_start=start, span_end=toks[last - 1].end)


_OTHER_PREPOSITIONS = frozenset(normalize(w) for w in ("على", "من", "الى", "إلى", "عن", "نحو", "باتجاه", "صوب", "مع"))

# streets, squares and roundabouts are named with ordinary definite words: "شارع النضال", "ساحة العروض"
# (but not "شارع بدت عليه آثار المعارك": a street the text describes)
_WORD_NAMES = {"landmark", "roundabout"}

_PLURAL_CUES = {normalize(w) for w in ("قرى", "بلدات", "مدن", "أحياء", "مخيمات", "حقول", "مزارع", "محافظات", "مناطق",
                                      "تلال", "تباب", "جبال", "مرتفعات", "محافظتي", "محافظتين", "مديريتي", "مديريتين", "مدينتي", "مدينتين",
                                      "بلدتي", "بلدتين", "قريتي", "قريتين")}


def _adjacent(sent: Sentence, j: int, allow_comma: bool = False) -> bool:
    """Token j follows the previous token with only spaces between (no comma or stop crosses a name)."""
    if j == 0:
        return True
    gap = sent.span.text[sent.tokens[j - 1].end - sent.span.start : sent.tokens[j].start - sent.span.start]
    return gap.strip(" \u00a0«»\"#" + ("،," if allow_comma else "")) == ""


@functools.cache
def _vocabulary() -> frozenset[str]:
    """Ordinary words (never part of a named entity in the NER corpora): not the name of an unknown place."""
    return frozenset((load_yaml("places", "vocabulary.derived.yaml") or {}).get("vocabulary") or [])


@functools.cache
def _function_words() -> frozenset[str]:
    data = load_yaml("places", "stopwords.yaml") or {}
    return frozenset(normalize(w) for w in data.get("function_words", []))


def _plausible(p: GazPlace, m: PlaceMention, context: Counter, anchors: _Anchors | None = None,
               neighbours: list[GazPlace] | None = None, others: Counter | None = None) -> bool:
    """Whether a candidate is believable for a mention, given the report's countries, the places it names
    without doubt (`anchors`) and those its own sentence names without doubt (`neighbours`)."""
    in_context = context.get(p.country, 0) > 0
    trusted = _trusted(p)
    if m.cue and not m.region and not any(_trusted(c) for c in m.candidates):
        # a cue says a place is meant, not which: "منطقة خور الزبير" in a report on Basra is no Khūr of Iran,
        # and "جبال شيفان والطويلة" beside Karish no village 230 km off; the unknown name is then placed by
        # the places around it (a name the curated files or the provinces know is left to the score)
        if p.population < 100_000 and context and not in_context:
            return False
        # ... nor of a country only such names vouch for, often this very one, when other words name the
        # report's countries ("جبل الإشارة" in a report on Yemen: a village of Deir ez-Zor named nowhere else)
        if p.population < 100_000 and others and not others[p.country]:
            return False
        if p.population < 100_000 and neighbours and all(_km(p, n) > _SENTENCE_REACH_KM for n in neighbours):
            return False
    # a neighbourhood is named beside its city: one far from every place its sentence names surely is a homonym
    # ("منطقة الصافية سرق الملاحيط" beside Sa'dah is no quarter of Sanaa)
    if p.kind == "neighbourhood" and neighbours and all(_km(p, n) > _SENTENCE_REACH_KM for n in neighbours):
        return False
    if m.cue or m.region or m.relative:
        return True
    near_anchor = anchors is not None and _within(p, anchors, 150)
    if m.common and not (in_context and (p.population >= 100_000 or p.kind == "country"
                                         or (near_anchor and p.population >= 5_000))):
        return False
    single = m.last - m.first == 1
    if single and len(normalize(m.text)) <= 3 and not trusted and p.population < 500_000 and not in_context:
        return False
    if single and not trusted and p.population < 20_000 and not in_context:
        return False
    if not trusted and p.population < 100_000 and context and not in_context:
        return False  # a small town abroad named in a report about elsewhere is most likely a homonym
    return True


def _trusted(p: GazPlace) -> bool:
    return p.kind in ("country", "admin1", "region") or p.source in ("curated", "admin1", "countries")


def _relations(doc: Document, mentions: list[PlaceMention]) -> None:
    """Mark mentions preceded by a relative description (شمال شرق X، قرب X، على بعد 12 كم من X)."""
    taken = {(o.sentence, k) for o in mentions for k in range(o.first, o.last)}
    for m in mentions:
        toks = doc.sentences[m.sentence].tokens
        window = toks[max(0, m.first - 6) : m.first]
        found = _relative().find(window)
        if found:
            last = found[-1]
            # the relative word must be close to the name: "شمال شرق الميادين", "على بعد 12 كم من الميادين"
            gap = len(window) - last.last
            between = window[last.last:]
            distance = any(t.norm in _UNITS for t in window)
            # "نحو 15 ألفا", "قرابة 40 عاما بشأن": before a number the word means "about"; and a relation binds
            # the first place after it ("شرقي غزة دون تسجيل"), not a word beyond that place
            if not distance and any(t.norm.isdigit() or t.norm in NUMBER_WORDS for t in between):
                continue
            if any((m.sentence, m.first - k) in taken for k in range(1, gap + 1)):
                continue
            sent = doc.sentences[m.sentence]
            if gap and _PUNCT.search(sent.span.text[window[last.last - 1].end - sent.span.start:
                                                    toks[m.first].start - sent.span.start]):
                continue  # "القريبة من الإصلاحيين، إنه": a comma ends the description
            if gap <= 2 or (gap <= 4 and distance):
                m.relative = last.payloads[0]
                if m.cue is None:
                    m.span_start = window[last.first].start


_SENTENCE_REACH_KM = 150  # places one sentence names together lie within this of each other

_PUNCT = re.compile(r"[،,.:;؛()\"«»]")
_UNITS = frozenset(normalize(w) for w in ("كم", "كيلومتر", "كيلومترا", "كيلو", "متر", "مترا", "ميل"))


def report_countries(mentions: list[PlaceMention], extra: Counter | None = None, cue_only: bool = False) -> Counter:
    """Countries the report is about: named countries and unambiguous, non-trivial places, plus `extra` (actors');
    with `cue_only`, those only small names after a word of places vouch for ("قرية X")."""
    context: Counter = Counter(extra or {})
    for m in mentions:
        countries = {c.country for c in m.candidates}
        if len(countries) != 1 or (m.common and not m.cue):
            continue
        best = max(m.candidates, key=lambda p: p.population)
        if best.kind in ("country", "admin1", "region") or best.source != "geonames" or best.population >= 100_000:
            context[best.country] += not cue_only
        elif m.cue:
            context[best.country] += 1
    return +context


def resolve_places(mentions: list[PlaceMention], context_countries: Counter) -> list[PlaceMention]:
    """Choose one candidate per mention using the report's countries, admin context, distances and population.

    Mentions whose every candidate is implausible (an ordinary word, a homonym abroad) are dropped.
    """
    kept = []
    sure = [max(m.candidates, key=lambda p: p.population) for m in mentions
            if m.candidates and not m.common and len({c.country for c in m.candidates}) == 1]
    sure = _Anchors(p for p in sure if p.latitude is not None and p.kind != "country")
    in_sentence: dict[int, list[tuple[PlaceMention, GazPlace]]] = {}
    # the report's countries as words other than small names after a word of places name them
    others = context_countries - report_countries(mentions, cue_only=True)
    top = max(context_countries.values(), default=0)  # a country named a fifth as often as the main one is a main one
    for m in mentions:
        if m.candidates and not m.common and len(m.candidates) == 1 and m.candidates[0].kind not in ("country", "region") \
                and m.candidates[0].latitude is not None:
            in_sentence.setdefault(m.sentence, []).append((m, m.candidates[0]))
    for m in mentions:
        if m.stated_country and m.candidates:
            m.candidates = [c for c in m.candidates if c.country == m.stated_country]
        if not m.candidates:
            kept.append(m)
            continue
        # a neighbour abroad is itself most likely a homonym ("مساكن" is dwellings, not Msaken of Tunisia;
        # "العريش بمديرية موزع" no Arish of Egypt): only places of the report's main countries vouch for distance
        # ... and a small place far from every other place of the report vouches for nothing ("مديرية برط العنان
        # ... وصولا إلى منطقة بروم" beside a Burum of Hadramawt 500 km off: the two would drop each other)
        neighbours = [p for o, p in in_sentence.get(m.sentence, ())
                      if o is not m and (not context_countries or context_countries.get(p.country, 0) * 5 >= top)
                      and (_trusted(p) or p.population >= 100_000 or _within(p, sure, _SENTENCE_REACH_KM))]
        plausible = [p for p in m.candidates if _plausible(p, m, context_countries, sure, neighbours, others)]
        if plausible:
            m.candidates = plausible
            kept.append(m)
        elif m.cue:
            m.candidates = []
            kept.append(m)
    mentions = kept
    _within_stated_region(mentions)
    admin_context: set[tuple[str, str]] = set()
    anchors: list[GazPlace] = []
    for m in mentions:
        if len(m.candidates) == 1 or len({c.country for c in m.candidates}) == 1:
            best = max(m.candidates, key=lambda p: p.population) if m.candidates else None
            if best is not None and best.kind in ("admin1", "region"):
                admin_context.add((best.country or "", best.admin1 or best.name))
            if best is not None and best.latitude is not None and best.kind not in ("country", "admin1"):
                anchors.append(best)
    unique_anchors = _Anchors(anchors)
    # one sense per report: a place another mention names without ambiguity ("إقليم كردستان العراق") is the
    # likelier reading of a short, ambiguous mention of it later ("كردستان")
    named = {id(m.candidates[0]) for m in mentions if len(m.candidates) == 1}
    for m in mentions:
        if not m.candidates:
            continue
        m.resolved = max(m.candidates, key=lambda p: _score(p, m, context_countries, admin_context, unique_anchors)
                         + (3 if id(p) in named and len(m.candidates) > 1 else 0))
    _coordinated_kinds(mentions)
    _mark_locators(mentions)
    _resolve_anaphors(mentions)
    _short_back_references(mentions)
    # unknown places take the nearest known place of their sentence, else of the two sentences before, as anchor
    known: dict[int, list[PlaceMention]] = {}
    for o in mentions:
        if o.resolved is not None and o.resolved.kind != "country":
            known.setdefault(o.sentence, []).append(o)
    for m in mentions:
        if m.resolved is None and not m.anaphor:
            for back in (0, 1, 2):
                near = known.get(m.sentence - back)
                # "منطقة الزريجي (35 كم شمال غرب البصرة)": a place said to lie near a landmark is by it
                landmark = [o for o in near or () if back == 0 and o.relative and 0 <= o.first - m.last <= 4]
                if landmark:
                    m.anchor = landmark[0].resolved
                    break
                if near:
                    # a landmark given only to locate another place ("مديرية نهم شرق العاصمة صنعاء") is no anchor
                    located = [o for o in near if not o.relative] or near
                    m.anchor = min(located, key=lambda o: abs(o.first - m.first)).resolved
                    break
    return mentions


def _coordinated_kinds(mentions: list[PlaceMention]) -> None:
    """Names coordinated in a list are of one kind: "السعودية والبحرين وعمان" are countries (Oman), "الرياض
    والقدس وعمان" cities (Amman)."""
    by_position = {(m.sentence, m.first): m for m in mentions}
    by_end = {(m.sentence, m.last): m for m in mentions}
    for m in mentions:
        kinds = {c.kind == "country" for c in m.candidates}
        if len(kinds) < 2:
            continue
        neighbours = [o for o in (by_end.get((m.sentence, m.first)), by_position.get((m.sentence, m.last)))
                      if o is not None and o.resolved is not None and len({c.kind == "country" for c in o.candidates}) == 1]
        if not neighbours:
            continue
        countries = sum(o.resolved.kind == "country" for o in neighbours)
        want = countries * 2 > len(neighbours)
        if countries * 2 == len(neighbours) or (m.resolved is not None and (m.resolved.kind == "country") == want):
            continue
        m.resolved = max((c for c in m.candidates if (c.kind == "country") == want), key=lambda p: p.population)


def _resolve_anaphors(mentions: list[PlaceMention]) -> None:
    """An anaphor takes the last specific place named before it, preferring one named with the same cue
    ("مديرية موزع غرب تعز ... المديرية" is Mawza, not Taiz) and one that is not only a landmark of another
    ("غرب تعز"); with none, it is dropped from use."""
    named: list[PlaceMention] = []
    provinces: list[PlaceMention] = []  # "المحافظة" points back to a province, not to a village of it
    areas: list[PlaceMention] = []  # regions named with "منطقة"
    for m in mentions:
        if m.anaphor:
            # "مطار الحديدة" ... "المطار": a facility named whole is of its kind too (a town's kind is its size)
            same_kind = [o for o in named if o.cue == m.cue or (o.resolved.kind == m.cue and m.cue in _FACILITIES)]
            # "منطقة عفرين" ... "60 بالمئة من المنطقة": an area points back to the region named as one, not to a
            # city named since (a capital that speaks: "تقول أنقرة")
            if m.cue == "area":
                same_kind = sorted(same_kind + areas, key=lambda o: (o.sentence, o.first))
            plain = [o for o in named if not o.relative]
            chosen = ((provinces if m.cue == "admin1" else []) or same_kind or plain or named or [None])[-1]
            if chosen is not None:
                m.resolved, m.candidates = chosen.resolved, chosen.candidates
            continue
        if m.resolved is not None and m.resolved.kind not in ("country", "admin1", "region"):
            named.append(m)
        elif m.resolved is not None and m.resolved.kind == "admin1" and not m.locator:
            provinces.append(m)
        if m.resolved is not None and m.resolved.kind in ("region", "area") and not country_part(m) \
                and (m.cue == "area" or normalize(m.text).split()[0] in _AREA_WORDS):
            areas.append(m)


def _short_back_references(mentions: list[PlaceMention]) -> None:
    """"عقبة القنذع ... في العقبة", "سد الموصل ... السد": the first word of a name told before, made definite, points
    back to that place, not to a homonym elsewhere (Aqaba, a Qatari district)."""
    named: dict[str, PlaceMention] = {}
    for m in mentions:
        words = normalize(m.text).split()
        if m.anaphor:
            continue
        if len(words) == 1 and words[0].startswith("ال") and len(words[0]) > 3:
            before = named.get(words[0][2:])
            if before is not None and before.resolved is not m.resolved:
                m.resolved, m.candidates = before.resolved, before.candidates
        elif len(words) > 1 and m.resolved is not None and not words[0].startswith("ال"):
            named[words[0]] = m


def _mark_locators(mentions: list[PlaceMention]) -> None:
    """A region or country named right after a place, bare or after في/ب, locates it ("إقليم خوست بشرق
    أفغانستان", "مدن أبها وجيزان جنوبي السعودية"); an event of that sentence is at the place, not also at the
    region. After على or من it is another place ("من صعدة على مدينة نجران")."""
    ends = {(m.sentence, m.list_last or m.last) for m in mentions}
    for o in mentions:
        r = o.resolved
        coarse = o.region or o.cue in ("admin1", "region", "district") or (r is not None and r.kind in ("country", "admin1", "region")) \
            or any(c.kind in ("country", "admin1", "region") for c in o.candidates)
        if coarse and o.in_phrase and not o.conjoined and not o.new_conjunct and any((o.sentence, o.first - gap) in ends for gap in (0, 1, 2)):
            o.locator = True


def _within_stated_region(mentions: list[PlaceMention]) -> None:
    """A place said to lie in a region ("قرية X في ريف حماة") must be in or near it; a homonym elsewhere is dropped,
    and the place is then located by the region (see to_place)."""
    by_sentence: dict[int, list[PlaceMention]] = {}
    for o in mentions:
        by_sentence.setdefault(o.sentence, []).append(o)
    for m in mentions:
        if not m.candidates or m.region or any(c.kind in ("country", "admin1", "region") for c in m.candidates):
            continue
        # the region must locate this very place: "قرية X في ريف حماة", "X بمحافظة إدلب" (a few words after it)
        end = m.list_last or m.last
        # ... but "الموصل وإقليم كردستان" coordinates two places: the second does not locate the first
        # (a district locates too: "منطقة العريش بمديرية موزع" is a place of Mawza, not Arish of Egypt)
        regions = [o for o in by_sentence[m.sentence] if o is not m and 0 <= o.first - end <= 3 and not o.conjoined
                   and not o.new_conjunct
                   and (o.region or o.cue in ("admin1", "district")
                        or any(c.kind in ("admin1", "region") for c in o.candidates))]
        if not regions:
            continue
        anchor_places = [(c, o.relative) for o in regions for c in o.candidates if c.latitude is not None]
        if not anchor_places:
            continue
        # a region spanning provinces ("إقليم كردستان", "جنوب السعودية") reaches farther than a province's seat;
        # a place said to lie by a region ("مديرية الراهدة شمالي محافظة لحج") may lie beyond its border
        near = [c for c in m.candidates
                if any(not beside and c.admin1 and c.admin1 == a.admin1
                       or _km(c, a) < (300 if a.kind == "region" and not a.admin1 else 75) * (2 if beside else 1)
                       for a, beside in anchor_places)]
        if len(near) != len(m.candidates):
            m.candidates = near


def _score(p: GazPlace, m: PlaceMention, countries: Counter, admin: set, anchors: _Anchors) -> float:
    # a city of millions is rarely a village's homonym; a province (no population in the index) counts as a city
    s = 1.5 * math.log10((p.population or (300_000 if p.kind == "admin1" else 0)) + 10)
    if p.kind == "country":
        s += 8  # "لبنان" is the country, not Lebanon, Pennsylvania
    elif p.kind == "admin1":
        s += 3.5 if m.cue == "admin1" or m.region else -1
        if not (m.cue == "admin1" or m.region) and any(
                c.kind != "admin1" and c.country == p.country
                and (c.admin1 == p.admin1 or (c.geonameid is not None and c.geonameid == p.geonameid))
                for c in m.candidates):
            s -= 3  # a province and its seat share the name ("نجران"): without "محافظة" the city is meant (the
            # index may file the seat under another province, but the province's point is the seat's own)
    if p.source == "curated":
        s += 1.5
    total = sum(countries.values()) or 1
    s += 5 * countries.get(p.country, 0) / total
    if any(c == p.country and a == p.admin1 for c, a in admin):
        s += 2
    if p.latitude is not None and not anchors.empty:
        if _within(p, anchors, 100):
            s += 2
        elif p.population < 100_000 and not _within(p, anchors, 1500):
            s -= 2
    if m.cue in ("village", "town") and p.kind in ("village", "town"):
        s += 0.5
    return s


class _Grid:
    """Places bucketed by degree cells, so "is another place within N km" looks at a few cells, not every place
    (long reports name thousands)."""

    def __init__(self, places, cell: float):
        self.cell = cell
        self.cells: dict[tuple[int, int], list[GazPlace]] = {}
        for a in places:
            if a.latitude is not None:
                self.cells.setdefault(self._key(a.latitude, a.longitude), []).append(a)

    def _key(self, lat: float, lon: float) -> tuple[int, int]:
        return int(math.floor(lat / self.cell)), int(math.floor(lon / self.cell))

    def within(self, p: GazPlace, km: float) -> bool:
        if p.latitude is None:
            return False
        reach = int(math.ceil((km / 111) / self.cell / max(math.cos(math.radians(p.latitude)), 0.2)))
        ki, kj = self._key(p.latitude, p.longitude)
        return any(a is not p and _km(p, a) < km
                   for di in range(-reach, reach + 1) for dj in range(-reach, reach + 1)
                   for a in self.cells.get((ki + di, kj + dj), ()))


class _Anchors:
    """The report's places named without doubt, indexed for distance questions."""

    def __init__(self, places):
        unique = list(dict.fromkeys(places))  # a place named a hundred times is one anchor
        self.fine, self.coarse = _Grid(unique, 1.0), _Grid(unique, 15.0)
        self.empty = not unique

    def within(self, p: GazPlace, km: float) -> bool:
        return (self.coarse if km > 300 else self.fine).within(p, km)


def _within(p: GazPlace, anchors: _Anchors, km: float) -> bool:
    return anchors.within(p, km)


def _km(a: GazPlace, b: GazPlace) -> float:
    if a.latitude is None or b.latitude is None:
        return 9999.0
    return geo.km(a.latitude, a.longitude, b.latitude, b.longitude)


def country_part(m: PlaceMention) -> bool:
    """A part of a country named by direction ("شمال اليمن", "جنوبي سوريا", "الشمال السوري")."""
    r = m.resolved
    if r is None or r.kind != "region" or r.admin1 is not None or m.cue or m.region or m.anaphor:
        return False
    words = normalize(m.text).split()
    directions = _cues()["directions"] | {normalize(w) for w in _cues()["relative_words"]}
    return words[0] in directions or words[-1] in directions or (len(words) > 1 and words[1] in directions)


def to_place(m: PlaceMention, fallback: GazPlace | None = None) -> Place:
    """The record's Place for a mention, with the precision a careful coder would give."""
    p = m.resolved
    if p is None:
        anchor = m.anchor or fallback
        if anchor is None:
            return Place(m.text, m.text, m.text, None, None, None, None, None, None, 3)
        precision = 3 if anchor.kind in ("country", "admin1", "region") else 2
        # an unknown village of a region most likely lies near its centre, not at its main town
        lat, lon = anchor.area or (anchor.latitude, anchor.longitude)
        return Place(m.text, m.text, m.text, anchor.country, anchor.admin1, anchor.admin2, lat, lon, None, precision)
    if m.region or p.kind in _SETTLEMENT_PRECISION_3 or m.cue in ("admin1", "region"):
        precision = 3
    elif m.relative:
        precision = 2
    else:
        precision = 1
    admin1 = p.admin1 if p.kind != "country" else None
    return Place(p.name, p.name_ar, m.text, p.country, admin1, p.admin2, p.latitude, p.longitude,
                 p.geonameid, precision)


def reload() -> None:
    """Forget the loaded index and matcher (after `marsad gazetteer import`)."""
    from marsad.resolve import gazetteer

    gazetteer.load.cache_clear()
    _matcher.cache_clear()
    _capital.cache_clear()
