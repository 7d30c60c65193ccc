"""The sub-event type a record settles on, and the order of its parties, once its actors are resolved."""

from __future__ import annotations

from dataclasses import dataclass

from marsad.extract import lexicon
from marsad.extract.gates import artillery, died_during, generic_frame, lost_control
from marsad.resolve import actors as actor_res
from marsad.resolve.roles import PROTEST_SUBS, default_actors, finalize_type

ARMED_GROUPS = {2, 3, 4, 8}  # rebels, political and identity militias, external forces: armed groups, not the state
HANDOVER = "Non-violent transfer of territory"
_TAKEOVERS = frozenset({"Government regains territory", "Non-state actor overtakes territory"})
_FORCE = "Excessive force against protesters"


@dataclass(frozen=True)
class Telling:
    """What the sentence tells around the frame, beyond its parties."""
    fought: bool  # a fight is told ("بعد معارك عنيفة")
    peaceful_entry: bool  # forces entering with no fight told ("دخلت القوات أحياء ...")
    protest_report: bool  # the report is about a demonstration
    attacker_named: bool  # actor1 is the attacker another side repelled
    killed: bool  # a toll is stated
    deaths: bool  # deaths are told, with or without a number


def settle(frame, sent, actor1, actor2, s_actors, country: str | None, told: Telling):
    """(sub-event type, actor1, actor2) of a record at a place in `country`, or None when the frame is no event
    with these parties."""
    if actor1 is not None and actor2 is not None and actor1.name == actor2.name:
        actor2 = None
    if actor1 is not None and actor1.inter == 7 and frame.sub_event_type not in PROTEST_SUBS:
        actor1, actor2 = actor2, actor1  # civilians are the ones violence is done to
    if frame.sense.cls == "control" and lost_control(frame, sent):
        actor1, actor2 = actor2, actor1  # "فقد الحوثيون السيطرة على المطار": who loses is taken from
    sub = finalize_type(frame, actor1, actor2, country)
    if sub is None:
        return None
    if sub in _TAKEOVERS and not told.fought and (told.peaceful_entry or frame.sense.sub_event_type == HANDOVER):
        sub = HANDOVER  # "دخلت القوات أحياء ..." or "وقعت المدينة تحت سيطرة ..." with no fight told
    if (sub == "Shelling/artillery/missile attack" or sub in ("Attack", "Armed clash") and generic_frame(frame)) \
            and actor1 is not None and actor1.name in lexicon.air_forces() and not artillery(frame, sent):
        sub = "Air/drone strike"  # an air force's bombardment or unspecific attack, no gun or rocket named,
        # also on a base or a position ("اتهمت إسرائيل بشن هجوم على قاعدة التيفور الجوية")
    met_by_force = _FORCE if told.killed or told.deaths else "Protest with intervention"
    if sub == "Armed clash" and unarmed_side(actor1, actor2, s_actors):
        # "اشتباكات مع الجيش" where the other side is townspeople, not an armed group: a crowd met
        # by force, not a battle (ACLED's battles are between organised armed groups)
        sub = met_by_force
    elif sub == "Armed clash" and told.protest_report and not frame.sense.verb and not any(
            a is not None and a.inter in ARMED_GROUPS for a in (actor1, actor2)) \
            and not (actor1 is not None and actor2 is not None and actor1.inter == actor2.inter == 1):
        # "أصيب برصاصة خلال مواجهات شرق خانيونس" in a report on a demonstration, no armed group named:
        # the clashes are the demonstration meeting force
        sub = met_by_force
    if sub == "Armed clash" and actor2 is not None and actor2.inter == 1 and \
            (actor1 is None or actor1.inter != 1) and not told.attacker_named:
        actor1, actor2 = actor2, actor1  # ACLED lists state forces first in a battle
    if sub == _FORCE and actor1 is not None and actor1.inter == 6:
        actor1, actor2 = actor2, actor1  # the force acts, the demonstrators suffer it
    if sub in ("Peaceful protest", "Protest with intervention") and (told.killed or told.deaths and (
            any(state_there(a, country) for a in (actor1, actor2))
            or any(state_there(a.resolved, country) for a in s_actors)
            or died_during(frame, sent) and not any(
                a.resolved is not None and a.resolved.inter in ARMED_GROUPS for a in s_actors))):
        # lethal force on a demonstration: a toll, or a death told with the state's forces, whether as
        # its party or as whose bullets killed ("مظاهرات قتل خلالها متظاهران برصاص قوات الأمن"); a
        # foreign state's deaths are no force used on it ("مسيرات في لاهور ضد ... قتل المدنيين"); deaths
        # told as during it are its own ("احتجاجات على الحدود قتل خلالها فلسطينيان"), unless gunmen did it
        sub = _FORCE
    actor1, actor2 = default_actors(sub, actor1, actor2, country)
    return sub, actor1, actor2


def state_there(actor, country: str | None) -> bool:
    """The actor is the forces of the state that rules where the event is (the occupier in an occupied land)."""
    if actor is None or actor.inter != 1:
        return False
    return not (country and actor.country) or actor.country == actor_res.index().occupying.get(country, country)


def unarmed_side(a1, a2, s_actors) -> bool:
    """A state force facing civilians: named as the other side, or, with no other side named, the only people
    the sentence names besides the force (no armed group among them)."""
    sides = [a for a in (a1, a2) if a is not None]
    if not any(a.inter == 1 for a in sides):
        return False
    if any(a.inter == 7 for a in sides):
        return True
    named = [a.resolved for a in s_actors if a.resolved is not None]
    return len(sides) == 1 and any(r.inter == 7 for r in named) and not any(r.inter in ARMED_GROUPS for r in named)
