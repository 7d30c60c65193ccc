"""Event frames: triggers found in a sentence, filtered for modality, with their clause and argument roles."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from marsad.arabic.document import Sentence
from marsad.arabic.normalize import normalize
from marsad.arabic.numbers import NUMBER_WORDS
from marsad.arabic.sentences import QUOTE_MARKS
from marsad.extract import lexicon
from marsad.extract.lexicon import TriggerSense
from marsad.knowledge import load_yaml
from marsad.models import EVENT_TYPE_OF

_REMOTE = frozenset(s for s, t in EVENT_TYPE_OF.items() if t == "Explosions/Remote violence")
_WINDOW = 4  # modality words act on a trigger within this many tokens before it
_KANA = {"كان", "كانت", "كانوا", "كنا"}
# a control noun after these names an operation, not its outcome: "معركة تحرير المطار" is a battle
_OPERATION = {normalize(w) for w in ("معركة", "معارك", "عملية", "عمليات", "حملة", "هجوم", "محاولة", "محاولات")}
# an event noun after these is one already told (هذه المعارك) or events in general (كل معركة)
_POINTING_BACK = {normalize(w) for w in ("هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين", "هؤلاء", "بهذه", "بهذا",
                                            "لهذه", "لهذا", "بتلك", "بذلك", "كل", "بكل", "لكل")}
_THREAT_REACH = 6  # "توعد الرئيس الأمريكي دونالد ترامب بشن": the subject between a threat and what it threatens
_ABILITY_REACH = 7  # "قدرة النظام السوري على شن هجمات بأسلحة كيميائية": the doer and على between
_OBJECTING_REACH = 4  # the subject between a verb of objecting and its على: "اعترض الرئيس الإيراني على"
_PERIOD_PREPOSITIONS = {normalize(w) for w in ("في", "خلال", "طيلة", "مدى", "طوال")}
_MARKS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"


@dataclass
class Frame:
    sentence: int
    first: int  # trigger tokens
    last: int
    trigger: str
    sense: TriggerSense
    sub_event_type: str
    clause: int
    place_ids: list[int] = field(default_factory=list)  # indexes into the document's place mentions
    actor1: int | None = None  # indexes into the document's actor mentions
    actor2: int | None = None
    assoc1: list[int] = field(default_factory=list)
    assoc2: list[int] = field(default_factory=list)
    pluperfect: bool = False  # told as background ("كانت ... قد"): an event only if dated recently

    def event_type_is(self, event_type: str) -> bool:
        return EVENT_TYPE_OF[self.sub_event_type] == event_type


@functools.cache
def _roles() -> dict[str, frozenset[str]]:
    data = load_yaml("roles.yaml")
    roles = {k: frozenset(" ".join(normalize(x).split()) for x in v) for k, v in data.items()}
    roles["relative"] |= lexicon.word_set("relative_pronouns")
    return roles


def _norms(sent: Sentence, lo: int, hi: int) -> set[str]:
    out = set()
    for t in sent.tokens[max(0, lo) : hi]:
        out.update(t.readings)
    return out


def _modal(sent: Sentence, first: int, verb: bool, blocked=frozenset(), phrased=frozenset()) -> bool:
    """Negated, future, threatened, conditional: the trigger does not report something that happened. `phrased`
    are the words of other event phrases: "لإطلاق" in "تبادل لإطلاق النار" or "وقف" in "وقف إطلاق النار" name an
    event, not a purpose or a stop ("في تبادل لإطلاق النار، فيما تم اعتقال 3")."""
    toks = sent.tokens
    before = [t for k, t in enumerate(toks[max(0, first - _WINDOW) : first], max(0, first - _WINDOW))
              if not _start_day(toks, k, first, blocked) and k not in phrased]
    norms = [t.norm for t in before]
    if any(n in lexicon.word_set("negation") for n in norms[-2:]):
        return True
    norm = toks[first].norm.lstrip("وف")
    if verb and norm.startswith("س") and norm[1:] in lexicon.verb_forms() and norm not in lexicon.verb_forms():
        return True  # سيشن، ستقصف: the future prefix
    words = set()
    for t in before:
        words.update(t.readings)
    norms_before = [t.norm for t in before]
    for n in (2, 3):  # phrases: "ما زالوا", "في حال"
        words.update(" ".join(norms_before[i : i + n]) for i in range(len(norms_before) - n + 1))
    for key in ("future", "threat", "conditional", "background", "averted"):
        if words & lexicon.word_set(key):
            return True
    lo, _ = sent.clause_range(sent.clause_of(first))
    clause = [t.norm for t in toks[lo:first]]
    pairs = {" ".join(p) for p in zip(clause, clause[1:], strict=False)}
    if (set(clause) | pairs | _norms(sent, lo, first)) & (lexicon.word_set("purpose_verbs") | lexicon.word_set("fears")
                                | lexicon.word_set("future_copulas") | lexicon.word_set("charges")
                                                          | lexicon.word_set("judging")):
        return True
    if _threatened(toks, lo, first):
        return True
    # "وتهدف العملية، التي تشن بإسناد التحالف، للسيطرة على مناطق جديدة واستكمال تحرير الساحل": a sentence opening
    # with a verb of aiming or seeking in the present tells its goal throughout, past its asides
    opener = toks[0].norm.lstrip("و") if toks else ""
    if opener in lexicon.word_set("purpose_verbs") and _imperfect(opener) and first > 0:
        return True
    # "قدرة النظام (السوري) على شن هجمات بأسلحة كيميائية": what one is able to do, not what one did
    if _able(toks[max(lo, first - _ABILITY_REACH) : first]):
        return True
    # "قد نرى معارك", "قد تستخدم فيه": قد before an imperfect verb says "may", a possibility (before a perfect,
    # "قد استعادت", it says "has")
    upto = toks[max(0, first - _WINDOW) : first + 1]
    for k in range(len(upto) - 1):
        if upto[k].norm.lstrip("وف") == "قد" and _imperfect(upto[k + 1].norm):
            return True
    return False


def _threatened(toks, lo: int, first: int) -> bool:
    """"توعد الرئيس الأمريكي دونالد ترامب بشن ضربات": a verb of threatening before the trigger in its clause, with the
    launching the trigger names told as its object (بشن، بتوجيه), past the subject; further on, the launching is
    another matter's ("تتوعد بـ"رد قوي" بعد اتهامات وجهت إلى دمشق بتنفيذ هجوم")."""
    if first == 0 or toks[first - 1].norm not in lexicon.trigger_words("threatened_launch"):
        return False
    return any(t.norm.lstrip("وف") in lexicon.trigger_words("threat_verbs")
               for t in toks[max(lo, first - 1 - _THREAT_REACH):first - 1])


def _able(before) -> bool:
    """An ability (قدرة ... على, قادرة على) or a present "can" (تستطيع، بإمكانها) among the words before a trigger."""
    for k, t in enumerate(before):
        if set(t.readings) & lexicon.word_set("able"):
            return True
        if set(t.readings) & lexicon.word_set("abilities") and any(u.norm in _AGAINST for u in before[k + 1 :]):
            return True
    return False


_SINCE = normalize("منذ")


def _start_day(toks, k: int, first: int, blocked) -> bool:
    """"صعدت القوات منذ الثلاثاء الماضي قصفها", "تكثف منذ أسبوع غاراتها": since a recent day or a few days or weeks,
    the event goes on now; it is news, not background as "منذ بدء الهجوم" is (months and years are history)."""
    if toks[k].norm.lstrip("و") != _SINCE or k + 1 >= first:
        return False
    nxt = k + 1
    if toks[nxt].norm.isdigit() or toks[nxt].norm in NUMBER_WORDS:
        nxt += 1
    if nxt >= first:
        return False
    return nxt in blocked or toks[nxt].norm in lexicon.word_set("period_units") and toks[nxt].norm not in _LONG_UNITS \
        and toks[nxt].norm not in _YEAR_UNITS


_YEAR_UNITS = {normalize(w) for w in ("عام", "سنة", "شهر")}


def _in_tenure(sent: Sentence, first: int) -> bool:
    """Someone's time in office is named before the trigger in its sentence: what follows is history."""
    norms = [t.norm for t in sent.tokens[:first]]
    grams = set(norms) | {" ".join(norms[i : i + 2]) for i in range(len(norms) - 1)} \
        | {" ".join(norms[i : i + 3]) for i in range(len(norms) - 2)}
    return bool(grams & lexicon.word_set("tenures"))


def _object_clauses(sent: Sentence, clause: int, after: int) -> set[str]:
    """A verb's object may follow past a comma: "أسقطت قوات الجيش، مساء الجمعة، طائرة استطلاع". The words of the
    next clause when the verb's own clause ends within six words of it, and of the one after when the next is a
    short aside (a time, a place)."""
    _, hi = sent.clause_range(clause)
    if hi - after > 6 or clause + 1 >= len(sent.clause_starts):
        return set()
    lo2, hi2 = sent.clause_range(clause + 1)
    if hi2 - lo2 <= 4 and clause + 2 < len(sent.clause_starts):
        hi2 = sent.clause_range(clause + 2)[1]
    return _norms(sent, lo2, hi2)


def _imperfect(norm: str) -> bool:
    """يستخدم، تستخدم (not تمكنت, تقدموا, nor تم: perfects that also begin with ت)."""
    return norm.startswith("ي") or (norm.startswith("ت") and norm != "تم" and not norm.endswith(("ت", "وا")))


_ACTIVITY = {normalize(w) for w in ("تعمل", "يعمل", "تقوم", "يقوم", "باشرت", "باشر", "بدأت", "بدأ", "تواصل", "يواصل",
                                     "واصلت", "واصل", "شرعت", "شرع")}


def _pluperfect(sent: Sentence, first: int) -> bool:
    """"وكانت القوات قد استعادت": كان ... قد + past tells what had happened before the news; it is an event of
    its own only with a recent date of its own (see resolve.event_dates.event_date)."""
    wide = [t.norm for t in sent.tokens[max(0, first - 6) : first]]
    if "قد" in wide and any(n.lstrip("وف") in _KANA for n in wide):
        return True
    # "وكانت الأمم المتحدة، قد بدأت ... بالتزامن مع تقدم القوات": a sentence opening with كان ... قد is told as
    # background throughout; "وكانت استعادة الغوطة هدفا": an event noun right after كان is what was, not news
    # ... up to a verb of saying: "وكان التحالف قد أفاد بأن الدفاعات اعترضت" tells an earlier statement, and
    # what it states may be news
    toks = sent.tokens
    qad = next((k for k in range(1, first) if toks[k].norm == "قد"), None)
    if toks and toks[0].norm.lstrip("وف") in _KANA and qad is not None and not any(
            qad <= m.first < first for m in lexicon.reporting_verbs().find(toks) if m.payloads[0][0] == "verb"):
        return True
    # "وكانت هذه المنطقة تعد منذ 2012 معقل الفصائل ... قبل أن يغادر نصفهم مع تقدم قوات النظام": a sentence opening
    # with كان that names a year looks back throughout
    if toks and toks[0].norm.lstrip("وف") in _KANA and any(
            t.norm.isdigit() and len(t.norm) == 4 and 1900 < int(t.norm) < 2100 for t in toks):
        return True
    return first > 0 and toks[first - 1].norm.lstrip("وف") in _KANA


def _state(sent: Sentence, first: int, last: int) -> bool:
    """A control verb in the present describing who holds an area ("التي تسيطر عليها"), not a takeover; so is a
    verb of holding in the present that opens its clause, alone or after a subordinator ("وتسيطر المعارضة على 70
    في المئة من المحافظة", "فيما تبسط الفصائل نفوذها على"): the narrative tells a takeover in the past (سيطرت),
    while a headline or a quote puts the verb after its subject ("قوات الجيش تسيطر على بلدة")."""
    toks = sent.tokens
    norm = toks[first].norm.lstrip("وف")
    if not norm.startswith(("ي", "ت")):
        return False
    lo, _ = sent.clause_range(sent.clause_of(first))
    if _imperfect(norm) and norm in lexicon.trigger_words("holding_verbs") and (
            first == lo or toks[first - 1].norm.lstrip("وف") in lexicon.trigger_words("holding_openers")):
        return True
    before = {r for t in toks[max(0, first - 2) : first] for r in t.readings}
    after = toks[last].norm if last < len(toks) else ""
    return bool(before & lexicon.word_set("state_before")) or after in lexicon.word_set("state_after")


def _ongoing(toks, first: int, last: int, holding: bool = False) -> bool:
    """"تختطف حالياً", "لا تزال تحتجز": a present verb next to "currently" or "still" tells a state. A verb of
    holding (detaining, besieging, controlling) may have its subject between: "فلا تزال إسرائيل تعتقل نحو 300 طفل"."""
    grams = set()
    reach = _HOLDING_REACH if holding else 2
    for side in (toks[max(0, first - reach) : first], toks[last : last + 2]):
        # "فلا تزال", "ولا يزال": the conjunction is no part of the phrase
        for norms in ([t.norm for t in side], [t.norm[1:] if t.norm[:1] in "وف" else t.norm for t in side]):
            grams |= set(norms) | {" ".join(p) for p in zip(norms, norms[1:], strict=False)}
    return bool(grams & lexicon.word_set("currently"))


_HOLDING_REACH = 4  # "لا تزال قوات الاحتلال الإسرائيلي تعتقل": still, the subject, the verb
_HOLDING = frozenset({"Arrests", "Abduction/forced disappearance"})


def _purpose(token, key: str, before=None) -> bool:
    """لـ + verbal noun expresses a purpose ("للسيطرة على": in order to take), not an event; after a verb of
    ongoing work ("تعمل لتفكيك الألغام") it is the work itself."""
    first = key.split(" ")[0]
    if before is not None and any(t.norm.lstrip("وف") in _ACTIVITY for t in before):
        return False
    # "هجمات لصواريخ": a weapon is no action to aim at; "تعرضت للقصف": the لـ marks what was suffered
    if first in lexicon.trigger_words("artillery_words") or before and set(before[-1].readings) & lexicon.word_set("object_lam"):
        return False
    return token.norm != first and (token.norm.startswith("ل") or token.norm.startswith("ول") or token.norm.startswith("فل")) \
        and token.norm.endswith(first[2:] if first.startswith("ال") else first) and first not in lexicon.verb_forms()


def _support(sent: Sentence, first: int) -> bool:
    """"بمؤازرة الطيران الحربي", "بغطاء جوي": support for the main event, not an event of its own."""
    toks = sent.tokens
    for width in (2, 1):
        if first - width >= 0 and " ".join(t.norm for t in toks[first - width : first]) in _roles()["support"]:
            return True
    return False


def _summary(sent: Sentence) -> int | None:
    """A tally over a period ("ومنذ اندلاع الاحتجاجات، قتل 45"، "مقتل 1433 مدنيا في 34 يوما"): many events summed.
    Where the summary starts: a period named after a subordinator ("استؤنفت الغارات على دوما حيث قتل 519 مدنيا
    خلال 7 أيام") sums what follows it, not the news told before it."""
    toks = sent.tokens
    if toks and toks[0].norm in lexicon.word_set("summary_openers"):
        return 0
    # "في العاصمة عمان ومناطق متفرقة": scattered places joined to a named one leave that one's event told
    if any(not toks[m.first].norm.startswith("و") or toks[m.first].norm[1:] not in lexicon.word_set("scattered_places")
           for m in lexicon.phrase_matcher("summary_phrases").find(toks)):
        return 0
    units = lexicon.word_set("period_units")
    for k in range(1, len(toks) - 1):
        if toks[k + 1].norm in units and (toks[k].norm.isdigit() or toks[k].norm in NUMBER_WORDS) \
                and toks[k - 1].norm in _PERIOD_PREPOSITIONS:
            return next((j for j in range(k - 1, 0, -1) if toks[j].norm.lstrip("و") in _TALLY_BREAKS), 0)
    spans = lexicon.word_set("span_units")
    for k in range(1, len(toks)):
        if toks[k].norm in spans and set(toks[k - 1].readings) & lexicon.word_set("span_prepositions") and not any(
                set(t.readings) & lexicon.word_set("superlatives") for t in toks[max(0, k - MEASURE_REACH) : k]):
            # "قتل 22 مقاتلا في بادية السويداء وهي من المناطق التي بقيت بمنأى عن المعارك خلال سنوات النزاع": a
            # relative clause may carry the span
            breaks = _TALLY_BREAKS | lexicon.word_set("relative_pronouns")
            return next((j for j in range(k - 1, 0, -1) if toks[j].norm.lstrip("و") in breaks), 0)
    return None


# "في أدمى يوم بالقطاع خلال سنوات", "الأكثر دموية في غزة منذ": the superlative a few words before the span or the past
# it measures the news by
MEASURE_REACH = 5
_TALLY_BREAKS = {normalize(w) for w in ("حيث", "فيما", "بينما", "إذ")}


_LONG_UNITS = {normalize(w) for w in ("سنوات", "سنة", "سنتين", "عاما", "عامين", "أعوام", "أشهر", "شهور", "شهرا", "شهرين")}


def _long_duration(toks) -> bool:
    """A span of months or years ("ثلاث سنوات", "عامين", "لأكثر من 4 أشهر")."""
    for k, t in enumerate(toks):
        if t.norm in _LONG_UNITS and (t.norm.endswith("ين") or k > 0 and (toks[k - 1].norm.isdigit()
                                                                            or toks[k - 1].norm in NUMBER_WORDS)):
            return True
    return False


def campaign_name(sent) -> set[int]:
    """Tokens of a quoted name right after a campaign word: عملية "عاصفة الحزم" is no place called الحزم."""
    toks, text, base, out = sent.tokens, sent.span.text, sent.span.start, set()
    for k in range(len(toks) - 1):
        if not set(toks[k].readings) & lexicon.word_set("campaigns"):
            continue
        gap = text[toks[k].end - base : toks[k + 1].start - base]
        if not any(q in gap for q in QUOTE_MARKS):
            continue
        j = k + 1
        while j < len(toks) and j - k <= 4:
            out.add(j)
            after = text[toks[j].end - base : toks[j + 1].start - base] if j + 1 < len(toks) else ""
            if any(q in after for q in QUOTE_MARKS):
                break
            j += 1
    return out


def find_frames(sent: Sentence, blocked: set[int] | frozenset[int] = frozenset()) -> list[Frame]:
    """Frames of a sentence; `blocked` token indexes (time expressions such as "فجر السبت") are not triggers."""
    toks = sent.tokens
    frames: list[Frame] = []
    summed = _summary(sent)
    if summed == 0:
        return frames
    # "ماضون في مسيرة العودة": a campaign's name is no event of its own
    # ... nor is a quoted one after a word of campaign: عملية "قطع رأس الأفعى" beheads no one
    named = {i for m in lexicon.phrase_matcher("campaign_names").find(toks) for i in range(m.first, m.last)}
    named |= campaign_name(sent)
    matches = lexicon.triggers().find(toks)
    triggered = {i for m in matches for i in range(m.first, m.last)}
    phrased = {i for m in matches if m.last - m.first > 1 for i in range(m.first, m.last)}
    for m in matches:
        if any(i in blocked or i in named for i in range(m.first, m.last)):
            continue
        if summed is not None and m.first >= summed:
            continue
        if m.key in lexicon.ta_marbuta_triggers() and toks[m.last - 1].text.rstrip(_MARKS).endswith("ه"):
            continue
        if _purpose(toks[m.first], m.key, toks[max(0, m.first - 4) : m.first]):
            continue
        if _support(sent, m.first):
            continue
        # "اعترض الرئيس الإيراني على الهجوم": على right after the verb's subject says objected (an interception
        # names its weapon first: "اعترضت الدفاعات الجوية صاروخا أطلق على جازان")
        if any(t.norm in _AGAINST for t in toks[m.last : m.last + _OBJECTING_REACH]) and any(
                o.first == m.first for o in lexicon.phrase_matcher("objecting").find(toks)):
            continue
        clause = sent.clause_of(m.first)
        lo, hi = sent.clause_range(clause)
        context = _norms(sent, lo, hi)
        for sense in m.payloads:
            if sense.needs and not (context & sense.needs) \
                    and not (sense.verb and _object_clauses(sent, clause, m.last) & sense.needs) \
                    and not (sense.verb and _antecedent(sent, m.first) & sense.needs):
                continue
            if _modal(sent, m.first, sense.verb, blocked, phrased) or _in_tenure(sent, m.first):
                continue
            if (sense.cls == "control" or sense.sub_event_type in _HOLDING) and sense.verb \
                    and _state(sent, m.first, m.last):
                continue
            if sense.verb and _imperfect(toks[m.first].norm.lstrip("و")) and _ongoing(
                    toks, m.first, m.last, sense.sub_event_type in _HOLDING or sense.cls == "control"):
                continue
            if sense.verb and _describes(toks, m.first, matches):
                continue
            if sense.cls == "control" and _long_duration(toks[lo:hi]):
                continue  # "سيطر التنظيم على المدينة ثلاث سنوات": holding ground for years is history
            # "مع هذه المعارك", "هذا الهجوم": a demonstrative points back to an event already told; "كل معركة"
            # (every battle) speaks of battles in general
            if not sense.verb and m.first > 0 and toks[m.first - 1].norm.lstrip("وف") in _POINTING_BACK:
                continue
            # "بالسيطرة على هذه المواقع": what is taken is pointed back to, a takeover already told
            if sense.cls == "control" and any(t.norm in _POINTING_BACK for t in toks[m.last : m.last + 2]):
                continue
            if not sense.verb and m.first > 0 and toks[m.first - 1].norm in lexicon.trigger_words("naming_words"):
                continue
            if not sense.verb and _against_abstraction(toks, m.last):
                continue
            if not sense.verb and _expected(sent, m.last):
                continue  # "قبل ساعات من احتجاجات مرتقبة": an event to come
            if not sense.verb and _not_begun(sent, m.last):
                continue  # "الهجوم البري على المحافظة لم يبدأ بعد"
            if not sense.verb and _equipment(toks, m.first, lo, triggered):
                continue
            if sense.sub_event_type == "Agreement" and any(
                    set(t.readings) & lexicon.word_set("diplomatic_deals") for t in toks[m.last : m.last + 2]):
                continue  # "وقعت الوزيرة اتفاقية تعاون ثقافي": diplomacy, not a truce
            # "وبالسيطرة على موزع، يقطع الجيش ...": a fronted "with the taking of" recalls a told takeover
            if sense.cls == "control" and not sense.verb and m.first == lo \
                    and toks[m.first].norm.startswith(("بال", "وبال")):
                if m.first == 0:
                    return []  # ... and a sentence so opening tells what the takeover brings ("تتم السيطرة على")
                continue
            sub = sense.sub_event_type
            if sense.cls == "control" and not sense.verb and m.first > 0 \
                    and set(toks[m.first - 1].readings) & _OPERATION:
                break  # "معركة تحرير الحديدة" names a campaign; its fighting has triggers of its own
            own = _norms(sent, m.first, m.last)
            # the words of an earlier event told after the trigger ("قصفت إسرائيل موقعا ... بعد زرعهم عبوات
            # ناسفة") say how that one was made, not this one; after a killing or an unspecific attack ("قتلوا إثر
            # غارات جوية") they tell what killed
            cut = hi if sub == "Attack" else _prior_event_at(sent, m.last, hi)
            told = _norms(sent, lo, cut) | _pairs(sent, lo, cut)
            for words, target, sources, keeps in lexicon.retype_rules():
                if sub in sources and told & words and not own & keeps:
                    sub = target
                    break
            text = sent.span.text[toks[m.first].start - sent.span.start : toks[m.last - 1].end - sent.span.start]
            frames.append(Frame(sent.index, m.first, m.last, text, sense, sub, clause,
                                pluperfect=_pluperfect(sent, m.first)))
            break
    return _prune(frames, sent)


def _pairs(sent: Sentence, lo: int, hi: int) -> set[str]:
    """Two-word phrases of the span, as the readings of each word join ("من الأجواء")."""
    toks = sent.tokens[max(0, lo) : hi]
    return {f"{a} {b}" for x, y in zip(toks, toks[1:], strict=False) for a in x.readings for b in y.readings}


def _prior_event_at(sent: Sentence, start: int, hi: int) -> int:
    """Where a clause telling an earlier event begins after `start` ("بعد تسلل ...", "ردا على"), or `hi`."""
    prior = lexicon.trigger_words("prior_event_words")
    return next((k for k in range(start, hi) if set(sent.tokens[k].readings) & prior), hi)


def _antecedent(sent: Sentence, first: int) -> set[str]:
    """"الهجمات الصاروخية، من داخل الأراضي اليمنية، من قبل الحوثيين، والتي استهدفت عدة مدن": a verb right after a
    relative pronoun describes a noun told before it, however many asides between; the words of the sentence before
    it say what the verb's doer is."""
    if first == 0 or sent.tokens[first - 1].norm.lstrip("و") not in lexicon.word_set("relative_pronouns"):
        return set()
    return _norms(sent, 0, first - 1)


DESCRIBED_REACH = 3  # words between an event noun and the relative pronoun that describes it ("الهجوم الكيميائي المفترض")


def _describes(toks, first: int, matches) -> bool:
    """"الهجوم الكيميائي المفترض الذي استهدف دوما": a verb right after a relative pronoun describes the event noun
    before it; the noun stands for the event, and the verb is no second one."""
    if first == 0:
        return False
    # "ضربات استهدفت مواقع للنظام", "غارات لطيران التحالف استهدفت": a verb after an indefinite noun and its
    # complements, no comma between, is its relative clause (no pronoun needed); after a definite one it is a new
    # sentence ("المحتجين فجرت قنبلة": subject, verb)
    # ... past its adjectives, day and place when a preposition governs the noun, so it is no subject ("في غارات
    # جوية إسرائيلية بعد ظهر السبت على قطاع غزة استهدفت"; "أن مقاتلات التحالف قصفت": the planes bomb), when no
    # verb, comma or subordinator comes between and no conjunction joins the verb to the story as a new step
    if not toks[first].norm.startswith(("و", "ف")) and any(
            0 <= first - m.last <= (_RELATIVE_REACH if _governed(toks, m) else 0)
            and not any(s.verb or s.definite for s in m.payloads)
            and not toks[m.first].norm.lstrip("وبلف").startswith("ال")
            and all(toks[k + 1].start - toks[k].end <= 1 for k in range(m.last - 1, first))
            and not any(t.norm.lstrip("و") in _SUBORDINATORS or t.norm in lexicon.verb_forms() for t in toks[m.last : first])
            for m in matches):
        return True
    # "بعض هذه الهجمات استهدف مواقع": what events already told (a demonstrative before the noun) did
    if any(m.last == first and m.first > 0 and toks[m.first - 1].norm.lstrip("وف") in _POINTING_BACK
           and not any(s.verb for s in m.payloads) for m in matches):
        return True
    if toks[first - 1].norm.lstrip("و") not in lexicon.word_set("relative_pronouns"):
        return False
    rel = first - 1
    return any(not any(s.verb for s in m.payloads) and 0 <= rel - m.last <= DESCRIBED_REACH for m in matches)


def _governed(toks, m) -> bool:
    """A preposition governs the matched noun: before it, or as its clitic ("بغارات", "لغارات")."""
    norm = toks[m.first].norm.lstrip("و")
    return m.first > 0 and toks[m.first - 1].norm in _PREPOSITIONS or norm[:1] in "بل" and norm[1:] == m.key.split(" ")[0]


_PREPOSITIONS = {normalize(w) for w in ("في", "من", "على", "إلى", "عن", "جراء", "إثر", "بعد", "خلال", "عقب")}
_RELATIVE_REACH = 10  # words between an indefinite event noun and the verb of its relative clause
_SUBORDINATORS = {normalize(w) for w in ("حيث", "فيما", "بينما", "إذ", "عندما", "حين", "بعدما")}
_AGAINST = {normalize(w) for w in ("ضد", "على", "علي")}
_COORDINATED_REACH = 3  # "منظومات الدفاع الجوي والاعتراض": the equipment word, its complement, the joined noun
_EQUIPPING_REACH = 7  # "نشر النظام الإيراني أنظمة صواريخ": the doer between the verb and the weapon


def _equipment(toks, first: int, lo: int, triggered: set[int]) -> bool:
    """An event noun that names a weapon as a thing: in construct after a word of equipment ("بطاريات صواريخ",
    "نظام اعتراض القذائف"), or a weapon deployed, supplied or owned ("نشر بطاريات", "تزويد الحوثيين بالصواريخ")."""
    equipment = lexicon.word_set("equipment")
    if first > lo and set(toks[first - 1].readings) & equipment:
        return True
    # "نظام اعتراض القذائف", "منصة إطلاق صواريخ": the weapon is the complement of the equipment's event word
    if first - 1 > lo and first - 1 in triggered and set(toks[first - 2].readings) & equipment:
        return True
    if toks[first].norm.startswith("و") and any(
            set(t.readings) & equipment for t in toks[max(lo, first - _COORDINATED_REACH) : first]):
        return True
    if not set(toks[first].readings) & lexicon.trigger_words("artillery_words"):
        return False
    return any(set(t.readings) & lexicon.word_set("equipping") for t in toks[max(lo, first - _EQUIPPING_REACH) : first])


_UNBEGUN_REACH = 7  # "الهجوم البري على المحافظة الواقعة شمال سوريا لم يبدأ": its complement before the negation


def _not_begun(sent: Sentence, after: int) -> bool:
    """A negated verb of happening or beginning after the event noun in its clause: it did not take place."""
    _, hi = sent.clause_range(sent.clause_of(after - 1))
    toks, verbs = sent.tokens, lexicon.trigger_words("took_place") | lexicon.trigger_words("begun_verbs")
    return any(toks[k].norm in lexicon.word_set("negation") and set(toks[k + 1].readings) & verbs
               for k in range(after, min(hi - 1, after + _UNBEGUN_REACH)))


_EXPECTED_REACH = 2  # the noun's own adjective may come first: "هجوم صاروخي محتمل"


def _expected(sent: Sentence, after: int) -> bool:
    """An adjective of expectation follows the event noun in its clause ("عملية عسكرية وشيكة")."""
    _, hi = sent.clause_range(sent.clause_of(after - 1))
    return any(set(t.readings) & lexicon.word_set("expected") for t in sent.tokens[after : min(hi, after + _EXPECTED_REACH)])


def _against_abstraction(toks, after: int) -> bool:
    """"معركة ضد الإرهاب": the noun is followed (past an adjective) by against + an abstraction."""
    for k in range(after, min(len(toks) - 1, after + 2)):
        if toks[k].norm in _AGAINST:
            return bool(set(toks[k + 1].readings) & lexicon.word_set("abstract_enemies"))
    return False


def _mentions_protesters(sent: Sentence) -> bool:
    return any(set(t.readings) & lexicon.trigger_words("protest_words") for t in sent.tokens)


_BOMBARDMENTS = ("Shelling/artillery/missile attack", "Air/drone strike", "Attack")
_WEAPON_REACH = 3  # the weapon of a bombardment, past its doer: "قصف النظام السوري بالغازات"


def _prune(frames: list[Frame], sent: Sentence | None = None) -> list[Frame]:
    """One frame per (clause, sub-event type); a territorial change absorbs the clashes of its sentence (ACLED codes
    the takeover), a bare killing word yields to any other trigger of the sentence (it is that event's toll), and
    "clashes" at a demonstration are the demonstration meeting force."""
    protest = any(f.event_type_is("Protests") for f in frames) or (sent is not None and _mentions_protesters(sent))
    if protest:
        for f in frames:
            if f.sub_event_type == "Armed clash" and not f.sense.verb:
                f.sub_event_type = "Protest with intervention"
    subs = {f.sub_event_type for f in frames}
    clause_subs = {(f.clause, f.sub_event_type) for f in frames}
    control = any(f.sense.cls == "control" for f in frames)
    # "ومنزل دمر في الانفجار": what a bombing destroyed is its damage, not a second event
    blast = any(f.event_type_is("Explosions/Remote violence") for f in frames) or (sent is not None and any(
        s.sub_event_type in _REMOTE for m in lexicon.triggers().find(sent.tokens) for s in m.payloads if not s.verb))
    kept: list[Frame] = []
    seen = set()
    for f in frames:
        if control and f.sub_event_type == "Armed clash":
            continue
        if blast and f.sub_event_type == "Looting/property destruction":
            continue
        # "شنت الميليشيات حملة اختطافات ومداهمات": raids told with abductions are how the people were taken
        if f.sub_event_type == "Arrests" and (f.clause, "Abduction/forced disappearance") in clause_subs:
            continue
        if f.sub_event_type == "Attack" and f.sense.weight < 0.8 and len(subs) > 1:
            continue
        # "قصف النظام بالغازات السامة على دوما", "غارات بغاز الكلور": a bombardment whose weapon is a gas is the
        # chemical attack, not a second event beside it
        if f.sub_event_type in _BOMBARDMENTS and any(
                g.sub_event_type == "Chemical weapon" and g.clause == f.clause
                and 0 <= g.first - f.last <= _WEAPON_REACH for g in frames):
            continue
        key = (f.clause, f.sub_event_type)
        if key in seen:
            continue
        seen.add(key)
        kept.append(f)
    return kept


def role_of(sent: Sentence, first: int) -> str | None:
    """The role a mention starting at token `first` takes from the words just before it: agent, patient or assoc."""
    roles = _roles()
    toks = sent.tokens
    if any(t.norm in roles["relative"] for t in toks[max(0, first - 2) : first]):
        return "relative"
    for width in (3, 2, 1):
        if first - width < 0:
            continue
        phrase = " ".join(t.norm for t in toks[first - width : first])
        for role in ("assoc", "agent", "patient", "between"):
            if phrase in roles[role]:
                return role
    # the preposition may be a clitic on the mention's own first word: "ضد داعش" vs "لداعش"
    if first > 0:
        prev = toks[first - 1]
        for role in ("assoc", "agent", "patient", "between"):
            if set(prev.readings) & roles[role]:
                return role
    return None
