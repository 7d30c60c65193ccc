"""The trigger and reporting lexicons compiled into matchers, with verb inflections generated from stems."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace

from marsad.arabic.normalize import normalize
from marsad.arabic.tokenize import tokenize
from marsad.extract.matcher import PhraseMatcher, phrase_key
from marsad.knowledge import load_yaml
from marsad.models import EVENT_TYPE_OF


@dataclass(frozen=True)
class TriggerSense:
    sub_event_type: str
    weight: float
    cls: str | None  # "control", "protest_force" or None
    needs: frozenset[str]  # normalized words, one of which must be in the clause
    verb: bool
    definite: bool = False  # the definite form of a listed noun ("الغارات الجوية"): often a reference back


def inflect(stem: str) -> list[str]:
    """Common perfect and imperfect forms of a verb given as "PAST|PRESENT" (سيطر|يسيطر)."""
    past, _, present = stem.partition("|")
    past, present = normalize(past), normalize(present)
    forms = [past, past + "ت", past + "وا", past + "ا", past + "تا", past + "نا", past + "ن"]
    if past.endswith("ي"):  # ادعى/ادعي → ادعت, ادعوا
        forms += [past[:-1] + "ت", past[:-1] + "وا"]
    if present:
        body = present[1:]
        forms += [present, "ت" + body, "ن" + body, present + "ون", "ت" + body + "ون", present + "ان", "ت" + body + "ان"]
        if present.endswith("ي"):
            forms += [present[:-1] + "ون"]
    return list(dict.fromkeys(forms))


_MARKS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"
_PRONOUNS = ("هما", "هم", "ها", "ه")  # the attached pronouns a trigger takes (normalized: ة is written ه)
_NARRATIVE_CONJUNCTIONS = ("و", "ف")


def _as_possessed(sense: TriggerSense) -> TriggerSense | None:
    # "غاراتها" names the strikes of someone already named, like "الغارات": it reports only with a day, a toll or
    # a verb of carrying out. A verb with an object pronoun ("اعتقلوه") is left out: measured, it added as many
    # wrong records as right ones
    return None if sense.verb else replace(sense, definite=True)


def _noun_only(sense: TriggerSense) -> TriggerSense | None:
    return None if sense.verb else sense


def _accusative(sense: TriggerSense) -> TriggerSense | None:
    # "نفذ تفجيراً انتحارياً", "سمعوا انفجاراً": the indefinite noun as an object, told like the listed one; the
    # accusative of a demonstration is mostly the adverb "in protest at" ("استقال احتجاجاً على"), no protest told
    return None if sense.verb or EVENT_TYPE_OF[sense.sub_event_type] in _ADVERBIAL_TYPES else sense


_ADVERBIAL_TYPES = frozenset({"Protests", "Riots"})


@functools.lru_cache(maxsize=1 << 16)  # asked for every reading of every token: the same words recur
def trigger_variants(word: str, written: str) -> tuple[tuple[str, Callable[[TriggerSense], TriggerSense | None]], ...]:
    """The listed words a written one stands for: a noun with an attached pronoun ("غاراتها" → غارات, "ضربته" →
    ضربة, "قضائها" → قضاء) or in the dual ("بغارتين" → غارة, "انفجاران" → انفجار)."""
    out: list[tuple[str, Callable[[TriggerSense], TriggerSense | None]]] = []
    for suffix in _PRONOUNS:
        stem = word[: -len(suffix)]
        if suffix == "ه" and written.rstrip(_MARKS).endswith("ة"):
            break  # "سيطرة" is a noun, not "سيطر" with a pronoun: the normalized ه was a ة
        if word.endswith(suffix) and len(stem) >= 3:
            for alt in (stem, stem[:-1] + "ه" if stem.endswith("ت") else "",
                        stem[:-1] + "ء" if stem.endswith("اي") else ""):
                if alt:
                    out.append((alt, _as_possessed))
            break
    for suffix, restore in (("تين", "ه"), ("تان", "ه"), ("ين", ""), ("ان", "")):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            out.append((stem + restore, _noun_only))
            break
    # the accusative ending: a written alif after the noun ("تفجيراً" → تفجير), not a pronoun ("مصالحها") nor a
    # verb's dual ("انفجرتا")
    if word.endswith("ا") and len(word) >= 4 and not word.endswith(("ها", "تا")):
        out.append((word[:-1], _accusative))
    return tuple(out)


@functools.cache
def triggers() -> PhraseMatcher:
    data = load_yaml("triggers.yaml")
    m = PhraseMatcher(trigger_variants)
    for entry in data["triggers"]:
        sub = entry["sub"]
        assert sub in EVENT_TYPE_OF, sub
        needs = frozenset(normalize(w) for w in entry.get("needs") or ())
        subjects = [phrase_key(w) for w in entry.get("subjects") or ()] or [()]
        for verb in entry.get("verbs") or ():
            sense = TriggerSense(sub, float(entry.get("weight", 0.7)), entry.get("class"), needs, True)
            for form in inflect(verb):
                for subject in subjects:
                    m.add((form, *subject), sense)
                if entry.get("object_pronoun"):
                    # only joined by و or ف, the next step of the story ("أطلقوا صاروخا واعترضته الدفاعات"): right
                    # after the noun it points back to, the verb describes it ("طائرة أسقطتها إسرائيل قبل شهرين")
                    stem = form.removesuffix("وا") + ("و" if form.endswith("وا") else "")
                    for pronoun in _PRONOUNS:
                        for conjunction in _NARRATIVE_CONJUNCTIONS:
                            m.add(conjunction + stem + pronoun, sense)
        # a verb phrase as written ("ألقوا الحجارة"): told by a verb, like an inflected stem
        for phrase in entry.get("phrases") or ():
            for form in _with_object_pronoun(phrase):
                m.add(form, TriggerSense(sub, float(entry.get("weight", 0.7)), entry.get("class"), needs, True))
        sense = TriggerSense(sub, float(entry.get("weight", 0.7)), entry.get("class"), needs, False)
        definite = TriggerSense(sub, sense.weight, sense.cls, needs, False, definite=True)
        for noun in entry.get("nouns") or ():
            for form in _with_object_pronoun(noun)[1:]:
                m.add(form, sense)
            m.add(noun, sense)
            form = definite_form(noun)
            if form != noun and form not in m:
                m.add(form, definite)
    return m


def _with_object_pronoun(phrase: str) -> list[str]:
    """A phrase ending in "على" as written, then with the pronoun of its object attached ("أطلقوا النار عليه",
    "إطلاق النار عليهم"): news tells the victim already named by a pronoun."""
    words = phrase.split()
    if words[-1] != "على":
        return [phrase]
    return [phrase] + [" ".join(words[:-1] + ["علي" + p]) for p in _PRONOUNS]


_NOT_DEFINABLE = frozenset(normalize(w) for w in ("على", "من", "في", "عن", "إلى", "الى", "مع", "ضد", "بين", "لإطلاق"))


def definite_form(phrase: str) -> str:
    """A noun phrase with the article on each noun and adjective ("غارة جوية" -> "الغارة الجوية", "هجوم على" ->
    "الهجوم على"): the tokenizer never strips the article, so the definite form is listed apart."""
    return " ".join(w if w.startswith("ال") or normalize(w) in _NOT_DEFINABLE or not w[0].isalpha() else "ال" + w
                    for w in phrase.split())


@functools.cache
def ta_marbuta_triggers() -> frozenset[str]:
    """Normalized trigger phrases whose last letter is ة: "مظاهرة" must not match "مظاهره" (its manifestations)."""
    out = set()
    for entry in load_yaml("triggers.yaml")["triggers"]:
        for noun in entry.get("nouns") or ():
            if noun.rstrip().endswith("ة"):
                out.add(" ".join(phrase_key(noun)))
    return frozenset(out)


@functools.cache
def verb_forms() -> frozenset[str]:
    forms = set()
    for entry in load_yaml("triggers.yaml")["triggers"]:
        for verb in entry.get("verbs") or ():
            forms.update(inflect(verb))
    return frozenset(forms)


@functools.cache
def trigger_words(key: str) -> frozenset[str]:
    """A word list of triggers.yaml, normalized; a verb given as PAST|PRESENT stems comes in all its forms."""
    return frozenset(form for w in load_yaml("triggers.yaml").get(key) or []
                     for form in (inflect(w) if "|" in w else [normalize(w)]))


@functools.cache
def generic_attacks() -> frozenset[str]:
    return frozenset(" ".join(phrase_key(w)) for w in load_yaml("triggers.yaml").get("generic_attacks") or [])


TO = frozenset(normalize(w) for w in ("إلى", "الى"))  # "تعرض المطار إلى هجوم": the preposition is no part of it


@functools.lru_cache(maxsize=4096)
def names_generic_attack(phrase: str) -> bool:
    """The words are an unspecific attack word ("لهجوم", "إلى هجوم إسرائيلي", "الهجوم على"), clitics read off."""
    toks = [t for t in tokenize(phrase) if t.norm not in TO]
    generic = generic_attacks()
    return bool(toks) and any(" ".join([r, *(t.norm for t in toks[1:])]) in generic for r in toks[0].readings)


@functools.cache
def air_forces() -> frozenset[str]:
    return frozenset(load_yaml("triggers.yaml").get("air_forces") or [])


@functools.cache
def conduct_verbs(perfect: bool = False) -> frozenset[str]:
    """Forms of the verbs of carrying out; with `perfect`, only those of the past (نفذت, شنوا)."""
    stems = load_yaml("triggers.yaml").get("conduct_verbs") or []
    return frozenset(form for stem in stems for form in inflect(stem.partition("|")[0] if perfect else stem))


@functools.cache
def retype_rules() -> list[tuple[frozenset[str], str, frozenset[str], frozenset[str]]]:
    """(words, sub-type, the sub-types it re-types, trigger words it leaves as they are)."""
    return [
        (frozenset(" ".join(normalize(x) for x in w.split()) for w in r["words"]), r["sub"], frozenset(r["from"]),
         frozenset(normalize(w) for w in r.get("unless_trigger", [])))
        for r in load_yaml("triggers.yaml").get("retype", [])
    ]


@functools.cache
def reporting() -> dict:
    return load_yaml("reporting.yaml")


@functools.cache
def reporting_verbs() -> PhraseMatcher:
    """Reporting verbs and phrases -> ("verb" or "phrase", "asserted" or "claimed")."""
    data = reporting()
    m = PhraseMatcher()
    for strength, verbs in data["reporting_verbs"].items():
        for verb in verbs:
            for form in inflect(verb):
                m.add((form,), ("verb", strength))
    for strength, phrases in data["reporting_phrases"].items():
        for phrase in phrases:
            m.add(phrase, ("phrase", strength))
    return m


@functools.cache
def sources() -> PhraseMatcher:
    m = PhraseMatcher()
    for entry in reporting()["sources"]:
        for name in entry["names"]:
            m.add(name, (entry.get("canonical"), entry["kind"], bool(entry.get("claimed"))))
    for name in reporting()["anaphoric_sources"]:
        m.add(name, (None, "anaphora", False))
    return m


@functools.cache
def word_set(key: str) -> frozenset[str]:
    """A list from reporting.yaml as a set of normalized single words or phrases (joined by spaces)."""
    return frozenset(" ".join(phrase_key(w)) for w in reporting()[key])


@functools.cache
def phrase_matcher(key: str) -> PhraseMatcher:
    m = PhraseMatcher()
    for w in reporting()[key]:
        if "|" in w:
            for form in inflect(w):
                m.add((form,), key)
        else:
            m.add(w, key)
    return m
