"""Whether a frame tells an event: gates against venues, recollections, campaign names, comparisons and abstract
objects."""

from __future__ import annotations

from marsad.arabic.normalize import normalize
from marsad.arabic.numbers import NUMBER_WORDS
from marsad.extract import lexicon
from marsad.extract.frames import MEASURE_REACH, Frame, role_of
from marsad.models import EVENT_TYPE_OF
from marsad.resolve.fatalities import death_words
from marsad.resolve.places import PlaceMention

_VENUE_REACH = 8  # "زيارة رئيس وزراء إسرائيل بنيامين نتانياهو إلى موسكو": the place may come after the visitor


def at_venue(sent) -> set[int]:
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


def recalled(frame: Frame, sent, times) -> bool:
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


_SPORTED = frozenset({"Battles", "Protests"})  # what a match report's words can seem to tell ("مواجهات", "احتجاج")


def played(frame: Frame, sent) -> bool:
    """A fight told in a match report ("تقدم اللاعب للعين في الدقيقة الثانية", "المواجهة التي احتضنها استاد السيب")
    is play; one a game or film stages, named before it in its sentence ("وتجسد اللعبة مجموعة من المعارك", "فيلم
    حول مقاتلات كرديات"), is fiction. A bombing at a match ("تفجير خلال مباراة") is still news."""
    if any(set(t.readings) & lexicon.trigger_words("fiction_words") for t in sent.tokens[: frame.first]):
        return True
    if not (frame.sense.cls == "control" or any(frame.event_type_is(t) for t in _SPORTED)):
        return False
    return any(set(t.readings) & lexicon.trigger_words("sport_words") for t in sent.tokens)


def verbal(frame: Frame, sent) -> bool:
    lo, hi = sent.clause_range(frame.clause)
    return any(set(t.readings) & lexicon.word_set("verbal") for t in sent.tokens[lo:hi])


def generic_frame(frame: Frame) -> bool:
    """The trigger is an unspecific attack word ("لهجوم", "إلى هجوم إسرائيلي")."""
    return lexicon.names_generic_attack(frame.trigger)


def artillery(frame: Frame, sent) -> bool:
    lo, hi = sent.clause_range(frame.clause)
    return any(set(t.readings) & lexicon.trigger_words("artillery_words") for t in sent.tokens[lo:hi])


def campaign_construct(frame: Frame, sent, places, in_sentence: list[int]) -> bool:
    """A campaign noun in construct with a place ("شركاء في معركة عفرين"), with no day, toll or verb of taking
    place or of carrying out, names the whole campaign, as analysis and comment speak of it, not a fight told."""
    if frame.sense.verb or not set(sent.tokens[frame.last - 1].readings) & lexicon.word_set("campaigns"):
        return False
    if not any(places[i].first == frame.last for i in in_sentence):
        return False
    return not (occurs(frame, sent) or conducted(frame, sent))


def entry_told(frames: list[Frame], sent) -> bool:
    """A control verb of the sentence is one of entering a place ("دخلت القوات الأحياء")."""
    return any(f.sense.cls == "control" and f.sense.verb and set(sent.tokens[f.first].readings) & lexicon.trigger_words("entry_verbs")
               for f in frames)


_FIGHTS = frozenset(s for s, t in EVENT_TYPE_OF.items() if t == "Explosions/Remote violence") | {"Armed clash"}


def fight_told(sent) -> bool:
    """The sentence names a fight or a bombardment (any trigger of a battle or of remote violence, needs or not):
    a place entered after one is taken, not handed over."""
    return any(p.sub_event_type in _FIGHTS for m in lexicon.triggers().find(sent.tokens) for p in m.payloads)


def concluded(frame: Frame, sent) -> bool:
    """"تم التوصل مساء الجمعة إلى اتفاق لوقف إطلاق النار": a deal its needs tell reached (an indefinite noun) is news
    where the report is, place named or not, unless its clause tells it sought, refused, failed or denied
    ("جهود للمساعدة في التوصل إلى وقف لإطلاق النار", "إثر فشل القمة بالتوصل إلى اتفاق")."""
    if frame.sub_event_type != "Agreement" or frame.sense.definite:
        return False
    doubt = lexicon.word_set("future") | lexicon.word_set("threat") | lexicon.word_set("negation") \
        | lexicon.trigger_words("unconcluded")
    lo, _ = sent.clause_range(frame.clause)
    return not any(set(t.readings) & doubt for t in sent.tokens[lo:frame.first])


def first_person(frame: Frame, sent) -> bool:
    """"وقد قصفنا مواقع هذه المليشيات", "نستهدف تجمعاتهم": a verb in the first person is a speaker's own word for
    what his side does; it is told only where it names its place."""
    if not frame.sense.verb:
        return False
    norm = sent.tokens[frame.first].norm
    norm = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    forms = lexicon.verb_forms()
    return norm.endswith("نا") and norm[:-2] in forms or norm.startswith("ن") and "ي" + norm[1:] in forms


def unreached(frame: Frame, sent) -> bool:
    """"فشل القمة بالتوصل إلى اتفاق هدنة في إدلب", "انتهت المحادثات دون التوصل إلى اتفاق": a deal its sentence tells
    failed or not reached before it, even past an aside ("إثر فشل "قمة طهران"، والتي جمعت رؤساء روسيا وإيران
    وتركيا، بالتوصل إلى اتفاق"), is no agreement, place named or not."""
    if frame.sub_event_type != "Agreement":
        return False
    failed = lexicon.trigger_words("unconcluded")
    # a conjunction or preposition may lead ("وفشل", "بدون"); read no further in, or "كامل" would say "أمل"
    return any(t.norm in failed or t.norm[:1] in _LEADS and t.norm[1:] in failed for t in sent.tokens[: frame.first])


_LEADS = "وفبل"


def occurs(frame: Frame, sent) -> bool:
    """A verb of taking place governs the event noun: up to three words before it or two after, in its clause."""
    lo, hi = sent.clause_range(frame.clause)
    near = sent.tokens[max(lo, frame.first - 3): min(hi, frame.last + 2)]
    return any(set(t.readings) & lexicon.trigger_words("occurrence_verbs") for t in near)


def conducted(frame: Frame, sent, perfect: bool = False) -> bool:
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


def told_indefinite(frame: Frame, sent) -> bool:
    """"واستهدفت المقاتلات بغارات أخرى": a definite trigger that an indefinite one of its type follows in its clause
    (one frame is kept per clause and type) is told anew, not recalled."""
    lo, hi = sent.clause_range(frame.clause)
    context = {r for t in sent.tokens[lo:hi] for r in t.readings}
    return any(m.first >= frame.last and any(
        s.sub_event_type == frame.sense.sub_event_type and not s.definite and (not s.needs or s.needs & context)
        for s in m.payloads) for m in lexicon.triggers().find(sent.tokens) if m.first < hi)


_OBJECT_CUES = frozenset({"بلده", "مدينه", "قريه", "حي", "منطقه", "مناطق", "مواقع", "مطار", "قاعده", "معبر", "مديريه", "قري",
            "بلدات", "تله", "مرتفعات", "جبل", "حقل", "المدينه", "البلده", "القريه", "المنطقه", "المطار", "المواقع"})


def object_place(frame: Frame, sent, places: list[PlaceMention], by_sentence: dict[int, list[int]]) -> bool:
    """A place (named, or a cue word such as بلدة) within ten words after a control verb: its object (the subject
    and a time or support phrase may come between: "سيطر الجيش السوري أمس بمؤازرة الطيران على بلدة")."""
    for i in by_sentence.get(sent.index, []):
        if 0 <= places[i].first - frame.last <= 10:
            return True
    return any(set(t.readings) & _OBJECT_CUES for t in sent.tokens[frame.last : frame.last + 10])


_LOSS_REACH = 2  # a time word may come between the verb of losing and the control word


def lost_control(frame: Frame, sent) -> bool:
    """A control word right after a verb of losing ("فقدوا السيطرة على", "فقدوا أمس السيطرة"): its subject is
    the side that loses the place. What is lost is a noun: before a verb, "فقد" is the particle قد after ف ("فقد سيطر
    الجيش على": so the army took)."""
    if frame.sense.verb:
        return False
    losing = lexicon.trigger_words("loss_words")
    return any(set(t.readings) & losing for t in sent.tokens[max(0, frame.first - _LOSS_REACH) : frame.first])


_OBJECT_REACH = 3  # a verb's subject may come between it and what it takes: "استعاد الفريق لياقته"
_ON_REACH = 8  # "بسطت جماعة الحوثي أمس سيطرتها على": the subject, a day and the control noun before على


def abstract_object(frame: Frame, sent) -> bool:
    """The control word takes a thing that is no ground: the word right after a noun, or after a verb within a
    few words (its subject first), or the word after the على that brings in what is held ("سيطرت الجماعة أمس على
    قطاع الاتصالات")."""
    reach = _OBJECT_REACH if frame.sense.verb else 1
    toks, abstract = sent.tokens, lexicon.trigger_words("abstract_objects")
    if any(set(t.readings) & abstract for t in toks[frame.last : frame.last + reach]):
        return True
    _, hi = sent.clause_range(frame.clause)
    on = next((k for k in range(frame.last - 1, min(hi, frame.last + _ON_REACH)) if toks[k].norm in _ON), None)
    return on is not None and on + 1 < len(toks) and bool(set(toks[on + 1].readings) & abstract)


_ON = frozenset(normalize(w) for w in ("على", "علي"))


_SWEEP_REACH = 8  # "استعادة القوات الحكومية السورية المدعومة من روسيا كل المناطق": the doer of the noun between


def sweeping(frame: Frame, sent, places: list[PlaceMention], in_sentence: list[int]) -> bool:
    """The control word takes a quantifier over a country's lands ("على معظم مناطق شمال العراق", "كل المناطق التي
    كانت المعارضة تسيطر عليها"): a war's gains summed up, not a place taken. Lands a cue word names right after
    ("تحرير معظم مناطق مديريتي التحيتا والدريهمي") are a place taken."""
    lo, hi = sent.clause_range(frame.clause)
    quantifiers, lands = lexicon.trigger_words("sweeping_quantifiers"), lexicon.trigger_words("sweeping_lands")
    toks = sent.tokens
    for k in range(frame.last, min(hi, frame.last + _SWEEP_REACH) - 1):
        if set(toks[k].readings) & quantifiers and set(toks[k + 1].readings) & lands:
            return not any(places[i].cue and 0 < places[i].first - (k + 1) <= 2 for i in in_sentence)
    return False


_SINCE = normalize("منذ")


def measured_by(sent) -> set[int]:
    """Tokens of the past a superlative measures the news by, from its منذ to the end of the clause ("مواجهات السبت
    هي الأعنف منذ الحرب التي خلفت دمارا هائلا في قطاع غزة قبل أربعة أعوام"): a place there is the war's, not the
    event's."""
    toks, out = sent.tokens, set()
    superlatives = lexicon.word_set("superlatives")
    for k, t in enumerate(toks):
        if t.norm.lstrip("و") != _SINCE or not any(
                set(u.readings) & superlatives for u in toks[max(0, k - MEASURE_REACH) : k]):
            continue
        # "للمرة الأولى منذ أكثر من ثلاثة أعوام على نقطة": since a time, not an event; the clause goes on with the news
        if k + 1 < len(toks) and _time_word(toks[k + 1]):
            continue
        _, hi = sent.clause_range(sent.clause_of(k))
        out.update(range(k + 1, hi))
    return out


_ABOUT = frozenset(normalize(w) for w in ("أكثر", "نحو", "حوالي", "قرابة", "زهاء", "أقل", "عام", "العام", "سنة"))


def _time_word(tok) -> bool:
    """A number, a period or a word of approximation: what follows منذ is a time ("منذ 2014", "منذ أكثر من شهر")."""
    return tok.norm.isdigit() or tok.norm in NUMBER_WORDS or tok.norm in _ABOUT \
        or tok.norm in lexicon.word_set("period_units") or tok.norm in lexicon.word_set("span_units")


_DURING_REACH = 8  # words between a demonstration and the "during it" that tells its deaths ("احتجاجات على الحدود
# شرق القطاع الجمعة قتل خلالها")


def died_during(frame: Frame, sent) -> bool:
    """Deaths told as in the demonstration itself, a death word and "during it" right after the demonstration:
    "مظاهرات ... قتل خلالها فلسطينيان", "مسيرات سقط فيها قتلى"."""
    toks = sent.tokens
    its = lexicon.trigger_words("during_its")
    deaths = death_words()
    return any(set(toks[k].readings) & its and any(set(t.readings) & deaths for t in toks[max(0, k - 2) : k])
               for k in range(frame.last, min(len(toks), frame.last + _DURING_REACH)))
