"""Whether a frame reports an event where it is told: the checks that need its day, its toll, and the other
frames and places of the report (the checks of the sentence alone are in gates.py)."""

from __future__ import annotations

from marsad.extract.gates import (
    abstract_object,
    campaign_construct,
    conducted,
    object_place,
    occurs,
    played,
    recalled,
    sweeping,
    told_indefinite,
    unreached,
    verbal,
)
from marsad.models import EVENT_TYPE_OF

# events that need no armed actor in the report, and that a court's report may tell
UNARMED_OK = {"Arrests", "Disrupted weapons use"}


def only_recalled(frame, sent, times, dated: bool, killed, places, in_sentence, frames, court_report: bool) -> bool:
    """The frame names an event the reader knows, here described or referred to, not reported."""
    if frame.sense.definite and not (dated or killed is not None or occurs(frame, sent)
                                     or conducted(frame, sent) or told_indefinite(frame, sent)):
        return True  # "أنهكتهم الغارات": the definite noun recalls; with a day, a toll or "where it took
        # place" (تركزت المواجهات في) it reports
    if not (dated or killed is not None) and campaign_construct(frame, sent, places, in_sentence):
        return True  # "في معركة عفرين", "عبر عملية الحديدة": a campaign named after its place
    if frame.sense.definite and killed is None and recalled(frame, sent, times) and any(
            f is not frame and EVENT_TYPE_OF[f.sub_event_type] == EVENT_TYPE_OF[frame.sub_event_type]
            for f in frames):
        return True  # "يتعلق بالهجوم الذي استهدف حافلة": the event the reader knows, described, not reported
        # (with a toll, "وقتل ثلاثة في القصف الذي استهدف البلدة", it reports), when the report tells
        # another of its type; one a report only recalls is its news, the matter all of it speaks of
    # "وألقت قوات الأمن القبض على المتهم" in a report on his sentence: the case's history
    return court_report and frame.sub_event_type == "Arrests" and not dated


def no_event(frame, sent, places, places_by_sentence, in_sentence, armed: bool) -> bool:
    """What the frame's words name is no event of its type: no ground taken, no deal reached, play, words."""
    if frame.sense.cls == "control" and frame.sense.verb and not object_place(frame, sent, places,
                                                                              places_by_sentence):
        return True  # "استعاد الفريق نغمة الانتصارات": what is taken must be a place
    if unreached(frame, sent):
        return True  # "فشل القمة بالتوصل إلى اتفاق هدنة في إدلب": a deal sought, not concluded
    if frame.sense.cls == "control" and (abstract_object(frame, sent) or sweeping(frame, sent, places, in_sentence)):
        return True  # "نجحت الجهود في استعادة الهدوء": what is taken is no ground; "على معظم مناطق شمال
        # العراق": a war's gains summed
    if (frame.event_type_is("Battles") or frame.event_type_is("Strategic developments")
            and frame.sub_event_type not in UNARMED_OK) and not armed:
        return True  # a battle or a deal needs armed actors somewhere in the report (sport has "معركة");
        # an arrest needs none ("اعتقلت السلطات ناشطا"), nor a missile shot down (its needs name the weapon)
    if played(frame, sent):
        return True  # "وتقدم اللاعب للعين في الدقيقة الثانية", "وتجسد اللعبة مجموعة من المعارك": play, fiction
    # "هاجم رجل الدين في خطبته المعارضين": an attack in words
    return frame.sense.verb and frame.sub_event_type in ("Attack", "Armed clash") and verbal(frame, sent)
