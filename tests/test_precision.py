"""Precision: sentences that name an event word but report no new event at a place, and the events they must keep."""

import marsad

PUB = "2018-05-10"


def run(text):
    return marsad.extract(text, article_id="t", published=PUB, source="صحيفة الاختبار")


def places(events):
    return {e.location.name_ar for e in events if e.location}


def test_a_place_where_people_met_or_visited_is_no_event_place():
    text = ("قصفت طائرات حربية أمس بلدة خان شيخون. وعرض الوزير صورا للقصف في مؤتمر صحفي في باريس، "
            "وجاءت الغارات بعد ساعات من زيارة وزير الخارجية الروسي إلى أنقرة.")
    found = places(run(text))
    assert "باريس" not in found and "أنقرة" not in found
    assert "خان شيخون" in found


def test_a_gathering_that_is_attacked_keeps_its_place():
    events = run("فجر انتحاري نفسه أمس في اجتماع لشيوخ العشائر في مدينة الرمادي.")
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]
