"""Event places: one record per place a sentence names, and the place rather than a landmark of it."""

import marsad

PUB = "2018-04-10"  # a Tuesday


def run(text):
    return marsad.extract(text, article_id="t", published=PUB, source="صحيفة الاختبار")


def places(events, sub=None):
    return {e.location.name for e in events if e.location and (sub is None or e.sub_event_type == sub)}


def test_provinces_named_then_located_by_a_city_are_the_events_places():
    found = places(run("وتظاهر المئات أمس في محافظتي ديالى وواسط في شرق وجنوب بغداد للمطالبة بالخدمات."),
                   "Peaceful protest")
    assert {"Diyala", "Wasit"} <= found
    assert "Baghdad" not in found


def test_a_region_of_its_own_phrase_after_towns_elsewhere_is_a_scene_too():
    found = places(run("وأصيب عشرات الشبان برصاص الجيش الإسرائيلي أمس خلال مواجهات في نابلس وجنين "
                       "وفي مناطق شرقي قطاع غزة."))
    assert "Gaza Strip" in found and "Nablus" in found


def test_a_province_still_gives_way_to_a_town_inside_it():
    found = places(run("قصفت طائرات حربية أمس بلدة معرة النعمان في محافظة إدلب."))
    assert "Idlib" not in found and found


def test_where_townspeople_marched_is_no_seat_of_a_source():
    text = ("تتواصل الاحتجاجات في البصرة منذ أسبوع، وتقول السلطات في البصرة إنها ستلبي المطالب. "
            "وتظاهر العشرات من الأهالي في ناحية صفوان أمس للمطالبة بفرص عمل.")
    events = [e for e in run(text) if "صفوان" in e.evidence.text]
    assert events and all(e.location.name == "Şafwān" for e in events)
