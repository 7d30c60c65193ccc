"""Fatalities: stated death tolls near a trigger; vague tolls are kept as text with no number."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from marsad.arabic.document import Sentence
from marsad.arabic.normalize import normalize
from marsad.arabic.numbers import parse_quantities
from marsad.arabic.tokenize import tokenize
from marsad.knowledge import load_yaml


@functools.cache
def _words() -> dict[str, frozenset[str]]:
    data = load_yaml("fatalities.yaml")
    words = {k: frozenset(normalize(w) for w in v) for k, v in data.items()}
    # "استشهاد الشاب" and "قتلت الشرطة شابا" count one as "استشهاد شاب" does
    one = words["singular_person"] | words["person_roles"]
    # "12 إرهابيا"، "5 مهندسين"، "مهاجمون": after a number any form of a person noun counts people
    forms = one | words["person_kinds"]
    words["person_nouns"] = words["person_nouns"] | words["person_plurals"] | forms \
        | {w + end for w in forms if not w.endswith(("ه", "ا")) for end in ("ا", "ين", "ون")}
    words["singular_person"] = one | {"ال" + w for w in one}
    words["singular_person_acc"] = frozenset(w + "ا" for w in one if not w.endswith(("ه", "ي", "ا")))
    # the nominative dual is two, whatever the noun ("قتل جنديان", "مقتل امرأتين" is listed); the -ين form is left to
    # the list, since "مدنيين" is far more often the plural
    words["dual_person"] = words["dual_person"] | {(w[:-1] + "ت" if w.endswith("ه") else w) + "ان" for w in one} \
        | {w[:-1] + "تين" for w in one if w.endswith("ه")}  # "طفلتين": a feminine plural would be طفلات
    return words


def death_words() -> frozenset[str]:
    """Words that tell a death ("مقتل", "قتل", "مصرع"), normalized."""
    return _words()["death_words"]


def _reads(token, words: frozenset[str]) -> bool:
    return any(r in words for r in token.readings)


def _nationality(token) -> bool:
    from marsad.resolve.actors import index  # the actor layer owns the nationality forms

    return bool(index().demonyms.find([token], allow_clitics=False))


def _person(token) -> bool:
    return _reads(token, _words()["person_nouns"]) or _nationality(token)


@dataclass(frozen=True)
class _Toll:
    first: int  # token range of the phrase
    last: int
    value: int | None
    total: bool = False  # a running total ("ارتفعت الحصيلة إلى 40"), not the event's own toll


def earlier_matter(sent: Sentence) -> int | None:
    """Where a death told as the earlier matter an event came after begins ("شنت المقاتلات غارات على القطاع إثر مقتل
    جندي", "ردا على مقتل مستوطن", "بعد وفاة شاب"): a word of an earlier matter right before a death word, or before
    a preposition and one."""
    from marsad.extract import lexicon  # the trigger layer owns the words of an earlier matter

    prior = lexicon.trigger_words("prior_event_words")
    toks = sent.tokens
    for k, tok in enumerate(toks):
        if set(tok.readings) & prior:
            after = toks[k + 1 : k + 3]
            if after and (_reads(after[0], _words()["count_death_words"])
                          or len(after) == 2 and after[0].norm in _ON_ABOUT
                          and _reads(after[1], _words()["count_death_words"])):
                return k
    return None


_ON_ABOUT = frozenset(normalize(w) for w in ("على", "عن"))  # "ردا على مقتل", "فضلا عن مقتل"


def fatalities(sent: Sentence, lo: int = 0, hi: int | None = None) -> tuple[int | None, str | None]:
    """(number killed, the phrase as written) among tokens [lo, hi) of a sentence; (None, None) if no toll is given."""
    toks = sent.tokens
    hi = len(toks) if hi is None else min(hi, len(toks))
    spans = _quantity_spans(sent)
    found = _stated(sent, spans, lo, hi) + _counted_by_noun(sent, spans, lo, hi)
    if not found:
        return None, None
    # the event's own toll before a running total; the first stated figure, so with a range ("بين 10 و15") the
    # lower, conservative one; a number before vague words
    toll = min(found, key=lambda t: (t.value is None, t.total, t.first))
    toll = _and_others(sent, spans, toll)
    toll = _with_companions(sent, spans, toll)
    toll = _in_addition(sent, found, toll)
    text = sent.span.text[toks[toll.first].start - sent.span.start : toks[toll.last - 1].end - sent.span.start]
    if _over_a_span(sent, spans, toll):
        return None, text  # a running total over days or since a date is no toll of one event
    return toll.value, text


def _stated(sent: Sentence, spans: list, lo: int, hi: int) -> list[_Toll]:
    """Tolls given as a number: "مقتل 12 شخصا", "سقط سبعون قتيلا", "قتل ...، 60 شخصا على الأقل"."""
    toks = sent.tokens
    w = _words()
    death = w["death_words"] - w["weak_death_words"]
    starts = {s for s, _, _ in spans}
    found = []
    for i, j, q in spans:
        if not lo <= i < hi:
            continue
        nxt = toks[j] if j < len(toks) else None
        if nxt is not None and (_reads(nxt, w["time_units"]) or _reads(nxt, w["injured"])
                                or _reads(nxt, w["counted_things"])):
            continue  # "خلال 48 ساعة", "(27 عاما)", "20 جريحا", "سقوط 3 قذائف"
        if i > 0 and _reads(toks[i - 1], w["year_words"]):
            continue
        # the nearest cue before the number decides: in "مقتل شخص وإصابة 11 آخرين" the 11 are wounded
        # ... counted from before a hedge ("مقتل ما لا يقل عن 20 عنصرا")
        back = i - _phrase_ending(toks, i, "hedges_before")
        cue = next((t for t in reversed(toks[max(0, back - 4) : i]) if _reads(t, death) or _reads(t, w["injured"])),
                   None)
        by_cue = cue is not None and _reads(cue, death)
        if q.value is None and not by_cue:
            # "مقتل وجرح العشرات": a vague amount of dead and wounded still tells of deaths
            by_cue = any(_reads(t, death) for t in toks[max(0, back - 4) : i])
        ok = by_cue or any(_reads(t, w["dead_nouns"]) for t in toks[j : j + 2]) \
            or (nxt is not None and _person(nxt) and (_verb_before(sent, i, starts) or _verb_after(toks, j + 1, starts)))
        if ok:
            total = any(_reads(t, w["total_words"]) for t in toks[max(0, i - 5) : i])
            found.append(_Toll(i, min(j + 1, len(toks)), q.value, total))
    return found


def _and_others(sent: Sentence, spans: list, toll: _Toll) -> _Toll:
    """"مقتل 4 جنود و3 مدنيين" is seven deaths: counts of several groups joined by "و" add up (ACLED codes
    the event's total). A range ("بين 10 و15 شخصا") has no noun after its first number and stays as it is."""
    toks = sent.tokens
    if toll.value is None:
        return toll
    by_start = {i: (j, q) for i, j, q in spans}
    value, last = toll.value, toll.last
    while True:
        # "مقتل 22 طفلا على الأقل وأربع نساء": a hedge on the first count does not end the list
        nxt = last + _hedge_at(toks, last)
        if nxt < len(toks) and nxt not in by_start and _nationality(toks[nxt]):
            nxt += 1  # "لقي نائب أردني و7 أشخاص آخرين", "مقتل 4 جنود أمريكيين و3 مدنيين"
        if not (nxt < len(toks) and _person(toks[last - 1]) and nxt in by_start and toks[nxt].norm.startswith("و")):
            break
        j, q = by_start[nxt]
        # "و3 مدنيين بجروح" are wounded; "و3 أطفال وإصابة 20" still dead, the injuries start a clause of their own
        wounded = j + 1 < len(toks) and _reads(toks[j + 1], _words()["injured"]) and not toks[j + 1].norm.startswith("و")
        if q.value is None or j >= len(toks) or not _person(toks[j]) or wounded:
            break
        value, last = value + q.value, j + 1
    return _Toll(toll.first, last, value, toll.total)


_COMPANIONS_REACH = 16  # tokens from a named victim to "مع N من مرافقيه", across his titles and place


def _with_companions(sent: Sentence, spans: list, toll: _Toll) -> _Toll:
    """"قتل الصماد مع 6 من مرافقيه" is seven dead: the one named and those killed with him; "مع عدد من
    مرافقيه" leaves the toll vague."""
    toks = sent.tokens
    if toll.value is None:
        return toll
    w = _words()
    if toll.first > 0 and _reads(toks[toll.first - 1], w["along_with"]) \
            and any(t.norm == "من" or _reads(t, w["others"]) for t in toks[toll.last - 1 : toll.last + 1]):
        return _Toll(toll.first, toll.last, toll.value + 1, toll.total)  # "قتل مع 6 من مرافقيه": he and six
    by_start = {i: (j, q) for i, j, q in spans}
    starts = set(by_start)
    for k in range(toll.last, min(len(toks) - 1, toll.last + _COMPANIONS_REACH)):
        if k in starts or _reads(toks[k], w["injured"]):
            return toll
        if _reads(toks[k], w["along_with"]) and k + 1 in by_start:
            j, q = by_start[k + 1]
            if j >= len(toks) or not (toks[j].norm == "من" or _reads(toks[j], w["others"])):
                return toll
            value = None if q.value is None else toll.value + q.value
            return _Toll(toll.first, j + _reads(toks[j], w["others"]), value, toll.total)
    return toll


def _in_addition(sent: Sentence, found: list[_Toll], toll: _Toll) -> _Toll:
    """"مقتل عنصر وإصابة 14 آخرين، إضافة إلى مقتل مدني" is two dead: a stated toll told after a phrase of
    addition and its death word adds to the toll before it; a vague one ("إضافة إلى مقتل آخرين") adds nothing."""
    toks = sent.tokens
    if toll.value is None:
        return toll
    value, last, seen = toll.value, toll.last, set()
    for t in sorted(found, key=lambda t: t.first):
        if t.first < last or t.value is None or t.total:
            continue
        # the phrase ends right before the toll ("مقتل مدني" starts at its death word) or before its death word
        k = t.first if _phrase_ending(toks, t.first, "in_addition") else t.first - 1
        if k in seen or not (k < t.first and _reads(toks[k], _words()["death_words"]) or k == t.first) \
                or not _phrase_ending(toks, k, "in_addition"):
            continue
        seen.add(k)
        value, last = value + t.value, max(last, t.last)
    return _Toll(toll.first, last, value, toll.total)


def _phrase_ending(toks, k: int, key: str) -> int:
    """The number of words of a phrase of list `key` ("hedges_before", "in_addition") that ends right before token
    k, or 0."""
    return next((len(words) for words in _phrases(key)
                 if k >= len(words) and tuple(t.norm for t in toks[k - len(words) : k]) == words), 0)


def _hedge_at(toks, i: int) -> int:
    """The number of tokens of a hedge ("على الأقل") starting at token i, or 0."""
    return next((len(words) for words in _phrases("hedges")
                 if tuple(t.norm for t in toks[i : i + len(words)]) == words), 0)


@functools.cache
def _phrases(key: str) -> tuple[tuple[str, ...], ...]:
    """A list of fatalities.yaml as phrases of words, split once."""
    return tuple(tuple(phrase.split()) for phrase in _words()[key])


def _quantity_spans(sent: Sentence) -> list:
    """(first token, token after the last, Quantity) of every number phrase of a sentence."""
    toks = sent.tokens
    out = []
    for q in parse_quantities(sent.span.text, toks, sent.span.start):
        # a number may start inside its token ("و15")
        i = next((n for n, t in enumerate(toks) if t.start <= q.start < t.end), None)
        if i is None:
            continue
        j = i
        while j < len(toks) and toks[j].end <= q.end:
            j += 1
        if normalize(q.text) in _words()["one_words"] and not q.text.startswith("وأ") and i > 0 \
                and not _reads(toks[i - 1], _words()["death_words"]):
            continue  # "أربعة أشخاص من عائلة واحدة قتلوا": the adjective of the noun before it ("وأحد المارة" counts)
        out.append((i, j, q))
    return out


def _clear(toks, a: int, b: int, starts: set[int]) -> bool:
    """No other number and no injury between tokens a and b: they belong to one clause about the dead."""
    return not any(k in starts or _reads(toks[k], _words()["injured"]) for k in range(a, b))


def _verb_before(sent: Sentence, i: int, starts: set[int]) -> bool:
    """"وقتل في معركة المطار، الثلاثاء، أكثر من 250 عنصرا": the subject follows the circumstances, set off by a
    comma (without one, a number far after the verb is of something else: "قتل في هجوم شارك فيه 300 مسلح")."""
    toks = sent.tokens
    before = sent.span.text[toks[max(0, i - 3)].end - sent.span.start : toks[i].start - sent.span.start]
    if "،" not in before and "," not in before:
        # "قتلت القوات الإسرائيلية 19 فلسطينيا": the verb, its subject (two or three words, no preposition nor
        # verb among them), then the number of its victims
        k = next((k for k in range(i - 1, max(-1, i - 5), -1) if _reads(toks[k], _words()["death_verbs"])), None)
        return k is not None and 2 <= i - k <= 4 and toks[k].norm.startswith(("قتل", "وقتل")) and not any(
            _reads(t, _words()["not_subject"]) for t in toks[k + 1 : i]) and _clear(toks, k + 1, i, starts)
    for k in range(i - 1, max(-1, i - 16), -1):
        if _reads(toks[k], _words()["death_verbs"]):
            return _clear(toks, k + 1, i, starts)
    return False


def _prefixed(token, clitics: tuple[str, ...]) -> bool:
    """The token is one of its readings with a clitic in front ("لقتل" is ل + قتل)."""
    return any(token.norm != r and token.norm.endswith(r) and token.norm[: len(token.norm) - len(r)] in clitics
               for r in token.readings)


def _joined(token) -> bool:
    return _prefixed(token, ("و", "ف"))


def _verb_after(toks, j: int, starts: set[int]) -> bool:
    """"27 شخصا بينهم رضيع لقوا حتفهم": the subject comes first."""
    for k in range(j, min(len(toks), j + 6)):
        if _reads(toks[k], _words()["plural_death_verbs"]):
            # "بيت أحد قادة طالبان ... وقتلوا 15 شخصا": a verb joined by و opens a clause of its own
            return not _joined(toks[k]) and _clear(toks, j, k, starts)
    return False


def _over_a_span(sent: Sentence, spans: list, toll: _Toll) -> bool:
    """"قتل 1000 خلال 3 أسابيع", "ومنذ اندلاع الاحتجاجات، قتل 45": the toll counts a stretch of time."""
    toks = sent.tokens
    w = _words()
    starts = {i for i, _, _ in spans}
    for k in range(max(0, toll.first - 10), min(len(toks), toll.last + 12)):
        if toll.first <= k < toll.last:
            continue
        if _reads(toks[k], w["span_words"]):
            return True
        if not _reads(toks[k], w["span_preps"]) or k + 1 >= len(toks):
            continue
        nxt = toks[k + 1]
        if _reads(nxt, w["spans"]):
            return True
        if k + 1 in starts and k + 2 < len(toks) and _reads(toks[k + 2], w["time_units"]):
            return True
    return False


def _counted_by_noun(sent: Sentence, spans: list, lo: int, hi: int) -> list[_Toll]:
    """"مقتل جندي" is one death and "مقتل شخصين" two, though no number is written."""
    toks = sent.tokens
    w = _words()
    starts = {i for i, _, _ in spans}
    ends = {j for _, j, _ in spans}
    singular = w["singular_person"] | w["singular_person_acc"]
    found = []

    def adjacent(a: int, b: int) -> bool:
        return not sent.span.text[toks[a].end - sent.span.start : toks[b].start - sent.span.start].strip()

    for i in range(lo, hi):
        tok = toks[i]
        if i in ends:
            pass  # the noun of a number ("10 آلاف قتيل") is counted by the number
        elif _reads(tok, w["dead_count_2"]) or _reads(tok, w["dead_pronoun_2"]):
            found.append(_Toll(i, i + 1, 2))
        elif _reads(tok, w["dead_count_1"]) or _reads(tok, w["dead_pronoun_1"]):
            found.append(_Toll(i, i + 1, 1))
        if _reads(tok, singular) and i not in ends:
            # "إن شخصا قُتل", "رجلا واحدا على الأقل قتل": one person, then a verb of death in the singular
            for k in range(i + 1, min(hi, i + 5)):
                if k in starts or _reads(toks[k], w["injured"]):
                    break
                if _reads(toks[k], w["singular_death_verbs"]):
                    # "أقدم مسلح على قتل مدنيين", "أرسل قناصا لقتل القذافي": after a preposition the word is the
                    # deed's noun, not his death
                    if not _reads(toks[k - 1], w["not_subject"]) and not _prefixed(toks[k], ("ل", "ب")) \
                            and not _own_count_after(toks, k, starts):
                        found.append(_Toll(i, k + 1, 1))
                    break
        if i + 1 >= hi or not _reads(tok, w["count_death_words"]):
            continue
        if i > 0 and (_reads(toks[i - 1], w["attempt_words"])
                      or i > 1 and toks[i - 1].norm == "في" and _reads(toks[i - 2], w["attempt_words"])):
            continue  # "محاولة اغتيال وزير", "الشروع في قتل ضابط": he lived
        if any(_reads(t, w["dead_pronoun_2"]) for t in toks[i + 2 : min(hi, i + 10)]):
            continue  # "لقي سائق قطار وراكبة مصرعهما": the pronoun counts them
        noun = toks[i + 1]
        if not adjacent(i, i + 1) or i + 1 in starts:
            continue
        if _reads(noun, w["dual_person"]) or _dual_nisba(noun) or _two_by_third(toks, i + 1, hi):
            found.append(_Toll(i, i + 2, 2))
        elif _reads(noun, w["singular_person"]) or _reads(noun, w["given_names"]) or _singular_nisba(noun):
            found.append(_Toll(i, i + 2, 1))
        elif _reads(tok, w["death_verbs"]):
            # "قتلت الشرطة الإسرائيلية فلسطينيا", "اغتال مسلحون القيادي": a verb, its subject, then one person
            for k in range(i + 2, min(hi, i + 5)):
                if k in starts:
                    break
                obj = toks[k]
                if _reads(obj, w["singular_person_acc"]) or (obj.norm.endswith("يا") and _nationality(obj)) \
                        or any(r.startswith("ال") and r in w["singular_person"] for r in obj.readings):
                    found.append(_Toll(i, k + 1, 1))
                    break
    return found


def _own_count_after(toks, k: int, starts: set[int]) -> bool:
    """"وبحسب نائب بالبرلمان، قتل ما لا يقل عن 25 شخصا": a number right after the verb, no injury between, is its
    own subject; the person before it is someone else."""
    return any(s in starts and _clear(toks, k + 1, s, starts) for s in range(k + 1, min(len(toks), k + 7)))


def _two_by_third(toks, i: int, hi: int) -> bool:
    """"قتل مدنيين وإصابة ثالث": a plural in -ين whose wounded one is 'the third' was a dual."""
    w = _words()
    noun = toks[i]
    if not (noun.norm.endswith("ين") and (_person(noun) or _nationality(noun))):
        return False
    return i + 2 < hi and _reads(toks[i + 1], w["injured"]) and _reads(toks[i + 2], w["third"])


def _dual_nisba(token) -> bool:
    """Two of a nationality ("قتل فلسطينيان", "مقتل عراقيين اثنين" is left to the list)."""
    if not token.norm.endswith("يان"):
        return False
    return _nationality(tokenize(token.norm[:-2])[0])


def _singular_nisba(token) -> bool:
    """A singular nationality noun ("فلسطيني", "الفلسطيني"), not its plural ("فلسطينيين") or feminine."""
    return token.norm.endswith("ي") and _nationality(token)
