"""Who did it to whom: the actor mentions of an event frame become actor1, actor2 and allies, and decide its type."""

from __future__ import annotations

import functools

from marsad.arabic.normalize import normalize
from marsad.extract import lexicon
from marsad.extract.frames import Frame, role_of
from marsad.knowledge import load_yaml
from marsad.models import EVENT_TYPE_OF, Actor
from marsad.resolve import actors as actor_res
from marsad.resolve import places

PARTY_SOURCES = {"official", "military", "party"}


def resolved_for(m: actor_res.ActorMention | None, country, countries, history, sub: str | None = None) -> Actor | None:
    """The mention's actor for an event in `country` (generic words such as الجيش depend on it)."""
    if m is None:
        return None
    if sub not in (None, "Agreement") and m.entry is not None and m.entry.role == "government" and m.entry.country:
        # "النظام السوري" bombs with its forces; "اعتقلت السلطات الإيرانية" arrests with its police
        e = actor_res.index().state_actor(m.entry.country, "police" if sub == "Arrests" else "military")
        return Actor(e.name, e.name_ar, m.text, e.inter, e.country, m.resolved.framing if m.resolved else None)
    if m.kind in ("anaphora", "cue"):
        return m.resolved
    if m.kind == "metonym" and sub not in (None, "Agreement"):
        e = actor_res.index().state_actor(m.country_hint, "military")  # "اعترضت الرياض صاروخا": its forces did
        return Actor(e.name, e.name_ar, m.text, e.inter, e.country)
    return actor_res.resolve(m, country, countries, history) or m.resolved


def assign_roles(frame: Frame, sent, mentions, source_tokens) -> tuple:
    """actor1, actor2 and actor1's allies among the sentence's actor mentions."""
    a1 = a2 = None
    assoc = []
    lo, hi = sent.clause_range(frame.clause)
    mentions = [m for m in mentions if not _reporter(sent, m)]
    usable = [m for m in mentions if (m.resolved is not None or m.kind == "cue")
              and (frame.sub_event_type == "Agreement" or not _bystander(m)) and not _spokesman_of(sent, m)
              and not _spared(sent, m) and not _place_name(sent, m)]
    # "قناص تابع لميليشيات الحوثي": the group stands where its unnamed member does, once
    groups = {id(m): _affiliated(m, sent, usable) for m in usable}
    moved = {id(g) for m in usable if (g := groups[id(m)]) is not m}
    usable = [groups[id(m)] for m in usable if id(m) not in moved]
    # the speaker of a headline acts only in news that names no one else ("الجيش الأردني: إسقاط طائرة مسيرة")
    headline = next((m for m in usable if _headline_speaker(sent, m)), None)
    usable = [m for m in usable if m is not headline]
    accused, accusers = _accused(frame, sent, usable)
    speakers = accusers or _speakers(frame, sent, usable)
    usable = [m for m in usable if m not in speakers and not _answers(frame, sent, m)]
    # prefer the trigger's clause, then the sentence up to the trigger
    scoped = [m for m in usable if lo <= m.first < hi] + [m for m in usable if m.first < lo]
    between = False
    patients = []
    people_act = frame.event_type_is("Protests") or frame.event_type_is("Riots")
    for m in scoped:
        if any(i in source_tokens for i in range(m.first, m.last)):
            continue  # a source of the report ("قال ناشطون") is not a party to the event
        role = role_of(sent, m.first)
        if role == "relative":
            continue
        if role == "agent" and _agent_of_description(frame, sent, m):
            role = "patient"
        if role in (None, "patient") and (_doer_after(frame, sent, m) or _defends(frame, sent, m)):
            role = "agent"
        if role is None and _dies(sent, m, scoped):
            role = "patient"
        elif frame.sub_event_type == "Disrupted weapons use" and m.first > 0 \
                and set(sent.tokens[m.first - 1].readings) & _cues()["launched"]:
            role = "patient"
        elif role == "patient" and _verb_subject(sent, m, lo):
            role = "agent"
        if m.kind == "metonym" and frame.sub_event_type != "Agreement" and \
                min(abs(m.first - frame.last), abs(frame.first - m.last)) > 2:
            continue  # a capital acts in violence only as the trigger's own subject ("اعترضت الرياض صاروخا")
        if role == "patient":
            patients.append(m)
        if role == "assoc":
            assoc.append(m)
        elif role == "between":
            between = True
            a1 = a1 or m
        elif role == "agent":
            if a1 is not None and a2 is None:
                a2 = a1
            a1 = m
        elif role == "patient" and a1 is None and a2 is not None and frame.event_type_is("Battles") \
                and _dies(sent, a2, scoped) and not _same_actor(a2, m):
            a1 = m  # "بمقتل العشرات من X في معارك مع Y": the side the dead fought with
        elif role == "patient":
            a2 = a2 or m
        elif between and a1 is not None and a2 is None:
            a2 = m
        elif a1 is None and (not frame.sense.verb or m.first < frame.first or m.first - frame.last <= 3):
            a1 = m  # a verb's subject stands before it or right after it (VSO); further on is its object
        elif a2 is None and (m.first > frame.first or _hit_people(frame, sent, m) and not _civilians(a1)):
            a2 = m
    if a1 is None:
        # "مقتل عناصر من X خلال مواجهات مع Y": the side not marked as the target acts
        rest = [m for m in scoped if m is not a2 and m not in assoc and m not in patients and m.kind != "template"
                and not any(i in source_tokens for i in range(m.first, m.last)) and role_of(sent, m.first) != "relative"]
        a1 = rest[0] if rest else None
    if (_civilians(a1) or _counted_people(sent, a1) and a2 not in patients
            and (a2 is not None or frame.event_type_is("Explosions/Remote violence"))) and not people_act:
        a1, a2 = a2, a1  # "وقتل 95 مدنيا": civilians are what violence is done to, never its doer
        if a1 in patients and _kept_target(frame, sent, a1):
            a1, a2 = None, a1
        if _civilians(a1):
            a1 = None  # people named twice ("المدنيين" ... "المناطق السكنية") are still no doer
        if a1 is None:
            # "أقدم قناص تابع لميليشيات الحوثي، الأحد، على قتل مدنيين": the doer named before the trigger's clause
            armed = [m for m in scoped if m.first < frame.first and m.kind in ("actor", "generic", "anaphora")
                     and m is not a2 and m not in patients and not (a2 is not None and _same_actor(m, a2))
                     and role_of(sent, m.first) not in ("relative", "patient")
                     and not any(i in source_tokens for i in range(m.first, m.last))]
            a1 = armed[-1] if armed else None
    dem = _demonym_agent(frame, sent, mentions)
    # a nationality right after the trigger makes it a noun, whatever its reading ("إثر قصف إسرائيلي مكثف")
    noun = not frame.sense.verb or (dem is not None and dem.first == frame.last)
    if dem is not None and (a1 is None or (noun and _forces_act(frame) and role_of(sent, a1.first) != "agent")):
        # "قمة طهران، ضربت غارة جوية روسية": the nationality on the attack names the doer, whoever else is named;
        # one named after the attack noun is its target ("الضربات الروسية ... نحو المجموعات المسلحة")
        if a1 is not None and a2 is None and a1.first > frame.last and not _civilians(a1):
            a2 = a1
        a1 = dem
    attacker = repelled(frame, sent, usable)
    if attacker is not None:
        # "صدت قوات الجيش هجوما للحوثيين": the attack repelled is the attacker's; the side that held is its target
        held = a1 if a1 is not None and a1 is not attacker else (a2 if a2 is not attacker else None)
        a1, a2 = attacker, held
    elif accused is not None:
        a1, a2 = accused, (None if a2 is accused else a2)
    elif a1 is None and speakers and _tells_of_itself(frame, sent, speakers) \
            and not _answers(frame, sent, speakers[-1]):
        a1 = speakers[-1]  # "أعلن الجيش أن طائراته قصفت": the speaker's own forces act
    elif a1 is None and a2 is None and headline is not None:
        a1 = headline
    if a2 is None:
        # "..., ما أدى إلى مقتل ستة مدنيين": the victims named after the event in its sentence are its target
        victims = [m for m in mentions if m.first > frame.last and m.kind == "template" and m.resolved is not None
                   and m.resolved.inter == 7 and not _spared(sent, m)]
        a2 = victims[0] if victims else None
    if a2 is None and frame.sub_event_type == "Disrupted weapons use":
        # (people named as its doer are no one's defences: they would swap with the owner)
        a2 = _launcher(frame, sent, usable, a1) or (None if _civilians(a1) else _weapon_owner(frame, sent, usable, a1))
    if a2 is None and _forces_act(frame):
        a2 = _site_owner(frame, sent, mentions, a1)
    if a2 is None and (frame.event_type_is("Battles") or frame.sense.cls == "control"):
        # who held the ground fought or lost it (a strike on a held town hits its people as often as its holder)
        a2 = _holder(frame, sent, usable, a1)
    if a2 is None and a1 is not None and frame.event_type_is("Battles"):
        # a battle has two sides: the opponent may be named further on ("... وقضت على إرهابيي داعش")
        later = [m for m in usable if m.first > frame.first and m is not a1 and m not in assoc
                 and m.kind != "template" and role_of(sent, m.first) not in ("relative", "assoc")
                 and not any(i in source_tokens for i in range(m.first, m.last))
                 and (m.resolved is None or a1.resolved is None or m.resolved.name != a1.resolved.name)]
        a2 = later[0] if later else None
    return a1, a2, assoc


@functools.cache
def _cues() -> dict[str, frozenset[str]]:
    data = load_yaml("roles.yaml")
    cues = {k: frozenset(" ".join(normalize(x).split()) for x in data[k])
            for k in ("complement", "complement_self", "accuse", "repel", "attack", "killed", "claim_verbs",
                      "claim_nouns", "claim_adopt", "affiliation", "dies", "hurt_after", "clause_verbs", "launched",
                      "spared", "held_by", "sites", "reporters", "described_by", "response", "doer_after",
                      "defences", "attack_adjectives", "accuse_nouns",
                      "launch_verbs", "counted", "projectiles", "targeting", "carriers")}
    cues["described_by"] |= lexicon.word_set("relative_pronouns")
    cues["harmed"] = cues["killed"] | cues["dies"] | cues["hurt_after"]
    return cues


_CLAIM_REACH = 6  # words from the claim verb to the claimant, and from the claimant to the noun of responsibility
_UNNAMED = {"unidentified-armed-group"}


def claimant(sent, mentions: list) -> actor_res.ActorMention | None:
    """"أعلنت حركة الشباب، مسؤوليتها عن الهجوم", "وتبنى تنظيم داعش التفجير": the group that claims an attack told in
    its sentence or just before. Not "لم تعلن أي جهة مسؤوليتها"."""
    toks = sent.tokens
    cues = _cues()
    negation = lexicon.word_set("negation")
    for k, t in enumerate(toks):
        if not set(t.readings) & cues["claim_verbs"] or any(x.norm in negation for x in toks[max(0, k - 2) : k]):
            continue
        named = [m for m in mentions if k < m.first <= k + _CLAIM_REACH and m.kind in ("actor", "anaphora", "cue")
                 and not _civilians(m) and not _bystander(m)]
        if not named:
            continue
        m = named[0]
        adopts = bool(set(t.readings) & cues["claim_adopt"])
        if adopts or any(set(x.readings) & cues["claim_nouns"] for x in toks[m.last : m.last + _CLAIM_REACH]):
            return m
    return None


def _affiliated(m: actor_res.ActorMention, sent, mentions: list) -> actor_res.ActorMention:
    """"قناص تابع لميليشيات الحوثي": an unnamed fighter followed by a word of belonging is the group named after it."""
    if m.kind not in ("template", "anaphora") or m.payloads[0][1] not in _UNNAMED | {"armed_group", "militia"}:
        return m
    toks = sent.tokens
    if m.last >= len(toks) or not set(toks[m.last].readings) & _cues()["affiliation"]:
        return m
    return next((g for g in mentions if g.first == m.last + 1 and g.kind == "actor"), m)


def tells_deaths(sent) -> bool:
    """The sentence tells that someone died ("مقتل", "استشهد"), whether or not it counts them."""
    killed = _cues()["killed"]
    toks = sent.tokens
    return any(set(t.readings) & killed for t in toks) or any(
        f"{a.norm} {b.norm}" in killed for a, b in zip(toks, toks[1:], strict=False))


_SPEECH_REACH = 24  # words from a reporting verb to the أن that opens what it says (a long title may stand between)


def _speakers(frame: Frame, sent, mentions: list) -> list:
    """"ومساء، أعلن الجيش الإسرائيلي في بيان أن ثلاث قذائف أطلقت": the subject of a reporting verb whose أن-clause
    holds the trigger speaks of the event; it is no party to it by saying so."""
    toks = sent.tokens
    cues = _cues()
    for v in reversed([m for m in lexicon.reporting_verbs().find(toks)
                       if m.payloads[0][0] == "verb" and m.last <= frame.first]):
        opener = next((k for k in range(v.last, min(frame.first, v.last + _SPEECH_REACH))
                       if set(toks[k].readings) & (cues["complement"] | cues["complement_self"])), None)
        if opener is None:
            continue
        return [m for m in mentions if v.last <= m.first < opener or 0 <= v.first - m.last <= 1]
    return []


def _tells_of_itself(frame: Frame, sent, speakers: list) -> bool:
    """The speaker's words are about its own action: "أنه قصف", or its forces named by a possessive ("طائراته")."""
    toks = sent.tokens
    start = max(m.last for m in speakers)
    cues = _cues()
    for t in toks[start : frame.first + 1]:
        if set(t.readings) & cues["complement_self"]:
            return True
        stem = next((t.norm[: -len(s)] for s in _POSSESSIVES if t.norm.endswith(s)), "")
        if len(stem) >= 4 and not set(t.readings) & cues["complement"]:
            return True
    return False


_REPELLED_REACH = 7  # words from the verb of repelling to the attack noun
_ATTACKER_REACH = 3  # words from the attack noun to the party whose attack it was ("هجوما شنه مسلحو التنظيم")


def repelled(frame: Frame, sent, mentions: list) -> actor_res.ActorMention | None:
    """"صدت القوات هجوما للمتمردين", "التصدي لهجوم شنه التنظيم": the party whose attack the trigger repels."""
    toks = sent.tokens
    cues = _cues()
    for k in range(frame.first, frame.last):
        if not set(toks[k].readings) & cues["repel"]:
            continue
        for j in range(k + 1, min(k + _REPELLED_REACH, len(toks))):  # the subject may stand between (VSO)
            if not set(toks[j].readings) & cues["attack"]:
                continue
            return next((m for m in mentions if j < m.first <= j + _ATTACKER_REACH
                         and role_of(sent, m.first) not in ("patient", "relative") and not _civilians(m)), None)
    return None


_POSSESSIVES = ("ها", "هم", "هما", "ه", "نا")
_ACCUSE_REACH = 16  # words from an accusation to the trigger it accuses someone of


def _accused(frame: Frame, sent, mentions: list) -> tuple:
    """"اتهم مركز المصالحة الروسي الولايات المتحدة بقصف مدينة": after a word of accusing, the last party named before
    the trigger is said to act; those named before it accuse. Returns (accused or None, accusers)."""
    toks = sent.tokens
    accuse = _cues()["accuse"]
    at = next((k for k in range(frame.first - 1, max(-1, frame.first - _ACCUSE_REACH), -1)
               if set(toks[k].readings) & accuse), None)
    if at is None:
        return None, []
    named = [m for m in mentions if at < m.first and m.last <= frame.first and not _civilians(m)]
    if len(named) == 1 and set(toks[at].readings) & _cues()["accuse_nouns"]:
        # "بعد اتهامات وجهت إلى دمشق بتنفيذ هجوم", "اتهامات للقوات الحكومية بشن هجوم": the one party named after a
        # noun of accusation is the accused (after a verb, "اتهمته دمشق بقصف", it is the accuser)
        return named[0], []
    if len(named) < 2:
        return None, []
    return named[-1], named[:-1]


def _verb_subject(sent, m: actor_res.ActorMention, clause_start: int) -> bool:
    """"واستهدفت المقاتلات ...": the armed party right after a verb of targeting that opens its clause is its subject."""
    if m.first == 0 or m.resolved is None or m.resolved.inter in (5, 6, 7, None):
        return False
    verb = sent.tokens[m.first - 1]
    if not set(verb.readings) & _cues()["clause_verbs"]:
        return False
    return m.first - 1 <= clause_start or verb.norm[:1] in ("و", "ف") and verb.norm not in _cues()["clause_verbs"]


_DIES_REACH = 2  # words from the word of death to the party: a rank or member word may stand between ("مقتل القيادي الحوثي")
_COUNT_WIDTH = 3  # words that count the party ("عدد كبير من")
_HURT_REACH = 4  # words from the party to a passive verb after it, over others joined to it ("جنديين وخمسة مقاتلين أصيبوا")


def _dies(sent, m: actor_res.ActorMention, mentions=()) -> bool:
    """An armed party whose death or wounding is told (people killed are already the target: civilians,
    demonstrators)."""
    if m.resolved is None or m.resolved.inter in (5, 6, 7, None):
        return False
    cues = _cues()
    toks = sent.tokens
    # "وأصيب عدد من رجال الأمن", "مقتل العشرات من عناصر التنظيم": the words that count them stand between too, and
    # its members named before it ("مقتل 16 مسلحا من ميليشيات الحوثي")
    members = {o.last: o.first for o in mentions if o is not m and o.resolved is not None
               and o.resolved.name == m.resolved.name}
    start, width = m.first, 0
    while start > 0:
        if start in members:
            start = members[start]
        elif width < _COUNT_WIDTH and (set(toks[start - 1].readings) & cues["counted"] or toks[start - 1].norm.isdigit()):
            start, width = start - 1, width + 1
        else:
            break
    if any(set(t.readings) & cues["dies"] for t in toks[max(0, start - _DIES_REACH) : m.first]):
        return True
    after = toks[m.last : m.last + _HURT_REACH]
    verb = next((k for k, t in enumerate(after) if set(t.readings) & cues["hurt_after"]), None)
    # only the party's own words or others joined to it by و stand between it and the verb; a verb with و of its own
    # opens a new clause ("قذائف ميليشيا الحوثي، وأصيب 4 آخرون برصاص قناصيها": others were hurt)
    return verb is not None and (verb == 0 and after[0].norm in cues["hurt_after"]
                                 or verb > 0 and after[0].norm.startswith("و"))


def _kept_target(frame: Frame, sent, m: actor_res.ActorMention) -> bool:
    """"لقي 12 شخصا مصرعهم في قصف استهدف مقر الحزب": an armed party marked as the target by the word before it stays
    the target when the people killed are moved out of the doer's place. Not after a word of targeting, whose
    genitive or subject may be the doer ("جراء استهداف الاحتلال الإسرائيلي منطقة الجعفراوي"), nor in a deal or a
    battle, where the party after مع or ضد is a side ("قتلوا في اشتباكات مع قوات التحالف")."""
    if m.first == frame.last or frame.sub_event_type == "Agreement" or frame.event_type_is("Battles") or m.resolved is None \
            or m.resolved.inter in (5, 6, 7, None):
        return False
    return not set(sent.tokens[m.first - 1].readings) & _cues()["targeting"]


def _hit_people(frame: Frame, sent, m: actor_res.ActorMention) -> bool:
    """"35 مدنيا، بينهم نساء وأطفال، قتلوا بغارات جوية، وبقصف صاروخي لقوات النظام": people counted as dead or
    wounded before the clause of a strike or a bomb are what it hit (in a battle they may be the place's people, not
    a side)."""
    if not (m.kind == "template" and m.payloads[0][1] == "civilians" and frame.event_type_is("Explosions/Remote violence")):
        return False
    return _told_harmed(sent, m)


def _same_actor(m: actor_res.ActorMention, o: actor_res.ActorMention) -> bool:
    return m.resolved is not None and o.resolved is not None and m.resolved.name == o.resolved.name


def _counted_people(sent, m: actor_res.ActorMention | None) -> bool:
    """"أسفرت غارات عن إصابة 15 فلسطينيا": people of a nation, read as the report's demonstrators, told killed or hurt
    are, outside a protest or a riot, hurt like civilians (not those the text calls demonstrators: "متظاهرين أسقطوا
    طائرة")."""
    if m is None or m.kind != "template" or m.country_hint is None or m.resolved is None or m.resolved.inter != 6:
        return False
    return _told_harmed(sent, m)


def _told_harmed(sent, m: actor_res.ActorMention) -> bool:
    """A word of killing, dying or wounding just before the people or just after them."""
    harmed = _cues()["harmed"]
    return any(set(t.readings) & harmed for t in sent.tokens[max(0, m.first - _DIES_REACH) : m.last + _HURT_REACH])


def _civilians(m: actor_res.ActorMention | None) -> bool:
    return m is not None and m.resolved is not None and m.resolved.inter == 7


_HELD_WIDTH = 3  # words of the longest phrase of holding ("الواقعة تحت سيطرة")


def _phrase_before(toks, end: int, phrases: frozenset[str], widths) -> int | None:
    """Where a phrase of `phrases`, of one of the word counts `widths` (longest first), ending right before token
    `end` begins, or None."""
    for w in widths:
        k = end - w
        if k >= 0 and " ".join(t.norm for t in toks[k:end]) in phrases:
            return k
    return None


def _holder(frame: Frame, sent, mentions: list, a1) -> actor_res.ActorMention | None:
    """"دخلت القوات أحياء الهلك الخاضعة لسيطرة الوحدات الكردية": the party a place is described as held by, other
    than the doer. Not the trigger's own words ("وقعت الأحياء تحت سيطرة النظام" names who took it)."""
    toks = sent.tokens
    held = _cues()["held_by"]
    for m in mentions:
        if m is a1 or (a1 is not None and m.resolved is not None and a1.resolved is not None
                       and m.resolved.name == a1.resolved.name) or _civilians(m):
            continue
        k = _phrase_before(toks, m.first, held, range(_HELD_WIDTH, 0, -1))
        if k is not None and not (frame.first < m.first and k < frame.last):
            return m
    return None


_ON_BEHALF = frozenset({"باسم"})
_SPARED_WIDTH = 5  # words of the longest phrase of sparing ("دون وقوع خسائر في صفوف")


def _spared(sent, m: actor_res.ActorMention) -> bool:
    """"يراعي الحفاظ على أرواح المدنيين", "دون خسائر في صفوف المدنيين": who an operation means to spare is not its
    target, nor who a party means to protect ("لحماية عناصرها") its doer."""
    toks = sent.tokens
    spared = _cues()["spared"]
    if m.first > 0 and set(toks[m.first - 1].readings) & spared:
        return True
    return _phrase_before(toks, m.first, spared, range(2, _SPARED_WIDTH + 1)) is not None


def _place_name(sent, m: actor_res.ActorMention) -> bool:
    """"على مدينة الحراك": a name the gazetteer knows right after a word of places is the town, not the group that
    shares it (a group named by such a word itself, "قصفت ولاية سيناء", still acts)."""
    return m.kind not in ("cue", "person", "metonym") and m.first > 0 \
        and places.known_after_cue(sent.tokens[m.first - 1 :], 0)  # the word right before it, not its own first


def _spokesman_of(sent, m: actor_res.ActorMention) -> bool:
    """"قال المتحدث باسم شرطة الإقليم إن ...": the body a spokesman speaks for is the report's source."""
    return m.first > 0 and sent.tokens[m.first - 1].norm in _ON_BEHALF


_DESCRIPTION_REACH = 6  # words from the description's opening word to the agent of its passive


def _agent_of_description(frame: Frame, sent, m: actor_res.ActorMention) -> bool:
    """"أغارت المقاتلات على مواقع يتم تشغيلها من قبل فيلق القدس": the agent of a passive that describes a noun after
    the trigger runs what was hit and suffers the event ("الهجوم الذي نفذ من قبل التنظيم", on the trigger itself,
    still names its doer)."""
    if m.first <= frame.last:
        return False
    toks = sent.tokens
    opening = _cues()["described_by"]
    for k in range(m.first - 1, max(frame.last - 1, m.first - 1 - _DESCRIPTION_REACH), -1):
        if set(toks[k].readings) & opening:
            return k > frame.last
    return False


_DOER_GAP = 2  # words between an attack noun and its doer: adjectives ("بغارات جوية مكثفة من طائرات التحالف")


def _doer_after(frame: Frame, sent, m: actor_res.ActorMention) -> bool:
    """"في غارة لمقاتلات التحالف", "بغارات من طائرات التحالف", "قصف مدفعي لميليشيات الحوثي": an armed party joined by
    ل or من to an attack noun, past its adjectives only, is whose attack it was."""
    if frame.sense.verb or m.first < frame.last or m.first - frame.last > _DOER_GAP or _civilians(m) \
            or m.resolved is None or m.resolved.inter in (5, 6, 7, None):
        return False
    toks = sent.tokens
    if not any(set(toks[k].readings) & _cues()["doer_after"] for k in range(frame.first, frame.last)):
        return False
    gap = toks[frame.last : m.first]
    if gap and (gap[-1].norm == "من"):
        gap = gap[:-1]
    elif gap and gap[-1].norm.startswith("ل") and set(gap[-1].readings) & _cues()["carriers"]:
        gap = gap[:-1]  # "بغارات لطائرات تحالف دعم الشرعية": the party's aircraft or guns stand between
    elif toks[m.first].start < m.start and \
            sent.span.text[toks[m.first].start - sent.span.start : m.start - sent.span.start] in ("ل", "ول", "فل"):
        pass
    else:
        return False
    # only adjectives stand between: nisba adjectives ("جوية", "مدفعي") or words of force ("عنيفة", "مكثف")
    return all(t.norm.endswith(_NISBA) or t.norm in _cues()["attack_adjectives"] for t in gap)


_NISBA = ("ي", "يه", "يا")


def _defends(frame: Frame, sent, m: actor_res.ActorMention) -> bool:
    """"دفاعات قوات التحالف اعترضت صاروخا": in an interception the party whose defences are named brings it down
    (elsewhere "تدمير دفاعات الحوثيين" names what was hit)."""
    if frame.sub_event_type != "Disrupted weapons use" or m.first == 0:
        return False
    return bool(set(sent.tokens[m.first - 1].readings) & _cues()["defences"])


_ON = normalize("على")
_LAUNCHER_REACH = 2  # words from a verb of launching to its subject ("أطلقت، اليوم، ميليشيات الحوثي")


def _launcher(frame: Frame, sent, mentions: list, a1) -> actor_res.ActorMention | None:
    """"أطلقت ميليشيات الحوثي صاروخا باتجاه مأرب، واعترضته صواريخ التحالف": who launched, earlier in the sentence, what
    the trigger brings down owns it and is its target."""
    toks = sent.tokens
    launch = _cues()["launch_verbs"]
    for k in range(frame.first - 1, -1, -1):
        if not set(toks[k].readings) & launch:
            continue
        return next((m for m in mentions if m is not a1 and not _civilians(m)
                     and (k < m.first <= k + 1 + _LAUNCHER_REACH or m.last == k)), None)
    return None


_OWNER_REACH = 10  # words from the trigger to the word of belonging, past its subject and an aside of time


def _weapon_owner(frame: Frame, sent, mentions: list, a1) -> actor_res.ActorMention | None:
    """"أسقطت قوات الجيش، مساء الجمعة، طائرة استطلاع تابعة لمليشيا الحوثي", "دمرت الدفاعات صاروخين إسرائيليين": the
    party what is brought down belongs to, or the nationality on it, told after it past any aside, owns it and is the
    target."""
    toks = sent.tokens
    idx = actor_res.index()
    cues = _cues()
    taken = {i for m in mentions for i in range(m.first, m.last)}
    for k in range(frame.last, min(len(toks) - 1, frame.last + _OWNER_REACH)):
        if set(toks[k].readings) & cues["affiliation"]:
            return next((m for m in mentions if m.first == k + 1 and not _civilians(m)
                         and not (a1 is not None and _same_actor(m, a1))), None)
        if not set(toks[k].readings) & cues["projectiles"] or k + 1 in taken:
            continue
        found = idx.demonyms.find(toks[k + 1 : k + 3], allow_clitics=False)
        if not found or found[0].first != 0:
            continue
        code = found[0].payloads[0]
        if a1 is not None and (a1.country_hint == code or a1.resolved is not None and a1.resolved.country == code):
            return None
        return _forces_of(sent, k + 1, k + 1 + found[0].last, code)
    return None


_RESPONSE_REACH = 8  # words from the word of response to the trigger of the event it answers


def _answers(frame: Frame, sent, m: actor_res.ActorMention) -> bool:
    """"الإجراء الذي ستقوم به الولايات المتحدة ردا على الهجوم الكيماوي": who responds, named before the word of response,
    is no party to the event it responds to, named after it."""
    toks = sent.tokens
    response = _cues()["response"]
    for k in range(max(m.last, frame.first - _RESPONSE_REACH), frame.first):
        if not set(toks[k].readings) & response:
            continue
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and (nxt.norm == _ON or nxt.norm.startswith("ل")):
            return True
    return False


def _reporter(sent, m: actor_res.ActorMention) -> bool:
    """"أفاد مراسل سكاي نيوز", "وبحسب مراسل الوكالة في دوما": a correspondent right after a reporting word speaks."""
    toks = sent.tokens
    if not set(toks[m.first].readings) & _cues()["reporters"]:
        return False
    base = max(0, m.first - _REPORTER_REACH)
    return any(base + r.last == m.first for r in lexicon.reporting_verbs().find(toks[base : m.first]))


_REPORTER_REACH = 3  # words of the longest reporting phrase before a correspondent ("كما ذكرت")


def _headline_speaker(sent, m: actor_res.ActorMention) -> bool:
    """"سوريا: إسرائيل قصفت مطار التيفور": who opens a headline before a colon says what follows it."""
    return m.first == 0 and sent.span.text[m.end - sent.span.start :].lstrip().startswith(":")


# a nationality on what is intercepted or seized ("أسقطت طائرة إسرائيلية") names its owner, the target
_OWNED_WEAPON = {"Disrupted weapons use", "Looting/property destruction"}


def _forces_act(frame: Frame) -> bool:
    """Violence done by armed forces, where a nationality on the event noun is the doer's."""
    forces_in = actor_res.index().forces_in
    sub = frame.sub_event_type
    return sub not in _OWNED_WEAPON and (sub in forces_in or EVENT_TYPE_OF[sub] in forces_in)


def _definite(tok) -> bool:
    return any(r.startswith("ال") for r in tok.readings)


def _demonym_agent(frame: Frame, sent, mentions=()) -> actor_res.ActorMention | None:
    """"الغارات الإسرائيلية", "القصف التركي", "عدد الهجمات الإسرائيلية ... 60 غارة": a nationality adjective on the
    trigger, or on an attack word before it in its clause, names whose forces act. An adjective agrees with its noun
    in definiteness: after an indefinite noun a definite nationality is people ("احتجاجات الفلسطينيين"), as is one
    already read as people ("مقتل فلسطيني")."""
    toks = sent.tokens
    idx = actor_res.index()
    lo, _ = sent.clause_range(frame.clause)
    generic = lexicon.generic_attacks()
    taken = {i for m in mentions for i in range(m.first, m.last)}
    ends = [frame.last] + [k + 1 for k in range(lo, frame.first) if set(toks[k].readings) & generic]
    for end in ends:
        found = idx.demonyms.find(toks[end : end + 2], allow_clitics=False)
        if found and found[0].first == 0 and end not in taken and _definite(toks[end]) == _definite(toks[end - 1]):
            break
    else:
        return None
    return _forces_of(sent, end, end + found[0].last, found[0].payloads[0])


def _forces_of(sent, first: int, last: int, code: str) -> actor_res.ActorMention:
    """The forces a nationality word (tokens first..last) names: the state's military, or, for a people without an
    army of its own ("صواريخ فلسطينية"), its unnamed armed factions."""
    toks = sent.tokens
    text = sent.span.text[toks[first].start - sent.span.start : toks[last - 1].end - sent.span.start]
    payload = ("template", "unidentified-armed-group", None) if code in actor_res.index().occupying \
        else ("generic", "military", None)
    return actor_res.ActorMention(sent.index, first, last, text, payload[0], (payload,), toks[first].start,
                                  toks[last - 1].end, code)


_SITE_REACH = 3  # words from a site to the nationality on it ("مطار التيفور العسكري السوري")


def _site_owner(frame: Frame, sent, mentions, a1) -> actor_res.ActorMention | None:
    """"بشن هجوم على قاعدة التيفور الجوية السورية": a nationality on a military site named after the trigger, in its
    clause, names whose forces were hit (not the doer's own: "قصف إسرائيلي" is on the trigger); so does one on the
    town the site stands in ("معسكر ببلدة جالكعيو الصومالية"): a camp no one else is named for is its state's."""
    toks = sent.tokens
    idx = actor_res.index()
    _, hi = sent.clause_range(frame.clause)
    sites = _cues()["sites"]
    taken = {i for m in mentions for i in range(m.first, m.last)}
    for k in range(frame.last, min(hi, len(toks))):
        if not set(toks[k].readings) & sites:
            continue
        for j in range(k + 1, min(k + 1 + _SITE_REACH, hi)):
            found = idx.demonyms.find(toks[j : j + 2], allow_clitics=False)
            if not found or found[0].first != 0 or j in taken:
                continue
            code = found[0].payloads[0]
            if code in idx.occupying or (a1 is not None and a1.country_hint == code):
                return None
            return _forces_of(sent, j, j + found[0].last, code)
        return None  # the first site after the trigger is what it hit
    return None


_BYSTANDER_KINDS = {"un", "political"}


def _bystander(m: actor_res.ActorMention) -> bool:
    """UN bodies, parties and officials comment on violence; ACLED codes them as actors only in agreements."""
    if m.kind == "person" or (m.kind == "generic" and m.payloads[0][1] == "government"):
        return True
    return m.entry is not None and m.entry.kind in _BYSTANDER_KINDS


def finalize_type(frame: Frame, a1: Actor | None, a2: Actor | None, where: str | None = None) -> str | None:
    """The sub-event type once the actors are known; `where` is the event's country."""
    sub = frame.sub_event_type
    if frame.sense.cls == "control" and sub != "Armed clash":
        if a1 is not None and a1.inter in (5, 6):
            return "Violent demonstration"  # protesters storming a building
        if a1 is not None and a1.inter not in (1, 8, None) and a1.name not in actor_res.index().state_affiliates:
            return "Non-state actor overtakes territory"
        if a1 is not None and a1.inter == 1 and a1.country and where and a1.country != where:
            return "Non-state actor overtakes territory"  # a foreign army taking ground is not the government regaining it
        if a1 is None and a2 is not None and a2.inter == 1:
            return "Non-state actor overtakes territory"
        return "Government regains territory"
    if sub in ("Attack", "Armed clash") and a1 is not None and a2 is not None and {a1.inter, a2.inter} == {1, 6}:
        return "Excessive force against protesters"  # state forces killing demonstrators
    if sub == "Attack" and a2 is not None and a2.inter not in (7, None):
        return "Armed clash"
    return sub


def launched_by(countries: list[str | None]) -> Actor | None:
    """"أطلقت ثلاث قذائف من قطاع غزة": fire from a territory without an army of its own, no one named, is by its
    unidentified armed factions."""
    idx = actor_res.index()
    code = next((c for c in countries if c in idx.occupying), None)
    if code is None:
        return None
    return Actor(f"Unidentified Armed Group ({idx.country_name(code)})", "مسلحون مجهولون", "", 3, code)


def default_actors(sub: str, a1: Actor | None, a2: Actor | None, country: str | None):
    """ACLED's standing actors: protests are by protesters; an attack on people is on civilians."""
    idx = actor_res.index()
    where = idx.country_name(country)
    if sub in ("Peaceful protest", "Protest with intervention") and (a1 is None or a1.inter not in (5, 6)):
        # people named as doing a protest ("تظاهر مئات من أهالي البصرة") are its protesters, not its target
        a2 = a1 if a1 is not None and a1.inter not in (6, 7) else a2
        a1 = Actor(f"Protesters ({where})", "متظاهرون", "", 6, country)
    if sub == "Protest with intervention" and a2 is None and country:
        # a demonstration met by force no one is named for: the country's police, in an occupied territory the
        # occupier's forces, intervened
        e = idx.state_actor(country, "military" if country in idx.occupying else "police")
        a2 = Actor(e.name, e.name_ar, "", e.inter, e.country)
    if sub == "Excessive force against protesters":
        if a1 is not None and a1.inter in (5, 6, 7):
            a1, a2 = None, (a1 if a2 is None else a2)  # a demonstrator never uses the force against protesters
        if a1 is None and country:
            # "مقتل متظاهر إثر إطلاق نار خلال تفريق مظاهرة": no force named, the country's police fired; in an
            # occupied territory the occupier's forces
            role = "military" if country in idx.occupying else "police"
            e = idx.state_actor(country, role)
            a1 = Actor(e.name, e.name_ar, "", e.inter, e.country)
        if a2 is None or a2.inter != 6:
            a2 = Actor(f"Protesters ({where})", "متظاهرون", "", 6, country)
    if a1 is not None and a1.inter == 7 and sub not in PROTEST_SUBS:
        a1, a2 = a2, a1  # civilians are the ones violence is done to
    if a1 is None and sub == "Air/drone strike" and country:
        # an air strike no one is named for, where one air power holds the sky: the coalition over Yemen, the
        # occupier over Gaza (where several bomb, as over Syria, the doer stays unknown)
        power = actor_res.air_power().get(country)
        e = idx.entries[power] if power in idx.entries else \
            idx.state_actor(country, "military") if country in idx.occupying else None
        if e is not None and (a2 is None or a2.name != e.name):  # nor are its own forces what it struck
            a1 = Actor(e.name, e.name_ar, "", e.inter, e.country)
    user = actor_res.weapon_user().get(sub, {}).get(country or "")
    if a1 is None and user in idx.occupying:
        a1 = launched_by([user])  # rockets on Israel with no doer named: fired from Gaza
    if a1 is None and user in idx.entries:
        e = idx.entries[user]  # a gas attack in Syria with no doer named
        a1 = Actor(e.name, e.name_ar, "", e.inter, e.country)
        if a2 is not None and a2.name == a1.name:
            a2 = None  # "ضربات على سوريا ردا على الهجوم الكيميائي": the state answered for it is its doer
    if a2 is None and sub == "Chemical weapon" and country:
        a2 = Actor(f"Civilians ({where})", "مدنيون", "", 7, country)  # gas does not choose: the town's people suffer it
    if a1 is None and sub == "Government regains territory" and country:
        e = idx.state_actor(country, "military")  # ground retaken with no doer named: the state's forces retook it
        a1 = Actor(e.name, e.name_ar, "", e.inter, e.country)
    if a1 is None and sub in _UNCLAIMED_SUBS and country:
        a1 = Actor(f"Unidentified Armed Group ({where})", "مسلحون مجهولون", "", 3, country)
    if a2 is None and sub in _ON_PEOPLE and country:
        a2 = Actor(f"Civilians ({where})", "مدنيون", "", 7, country)  # no armed side named: people were seized, hurt
    if sub == "Disrupted weapons use" and a2 is not None and a2.inter == 7:
        a2 = None  # the people its debris hit do not own the missile brought down
    if a1 is None and a2 is not None:
        a1 = _other_camp(sub, a2, None, country, target=True)
    else:
        a2 = _other_camp(sub, a1, a2, country)
    return a1, a2


def _other_camp(sub: str, a1: Actor | None, a2: Actor | None, country: str | None, target: bool = False) -> Actor | None:
    """In a war of two camps the side a battle names alone fought the other camp; the government camp's strikes and
    gains were against the rebels. An ally named as the second side ("بإسناد التحالف") is no opponent either.
    With `target`, `a1` is the side acted on, and what is returned the doer."""
    camps, only = actor_res.war_camps().get(country or "", (None, None))
    if not camps or a1 is None or sub not in (only or _CAMP_SUBS):
        return a2
    own = next((k for k, (names, _) in enumerate(camps) if a1.name in names), None)
    if own is None or (a2 is not None and a2.name not in camps[own][0]):
        return a2
    if (own == 0) == target and sub not in _TWO_SIDED:
        return a2  # the rebels' rockets fall on towns and across the border, and what they take is the government's
        # camp's only when told: their target is not implied
    e = camps[1 - own][1]
    return Actor(e.name, e.name_ar, "", e.inter, e.country)


# a battle or a deal has the other camp as its second side whichever camp is named
_TWO_SIDED = {"Armed clash", "Agreement"}

_CAMP_SUBS = {"Air/drone strike", "Shelling/artillery/missile attack", "Armed clash", "Government regains territory",
              "Non-state actor overtakes territory"}


PROTEST_SUBS = {"Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                 "Violent demonstration", "Mob violence"}

# violence and arrests whose target is, unless a report names an armed one, people
_ON_PEOPLE = {"Attack", "Abduction/forced disappearance", "Sexual violence", "Arrests"}

# ACLED's perpetrator when a report names none: bombs and attacks on people are by an unidentified armed group
_UNCLAIMED_SUBS = {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Attack",
                   "Abduction/forced disappearance"}
