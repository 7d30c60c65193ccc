"""Protests, riots and force on crowds, end to end on sentences written for these tests."""

from conftest import extract


def subs(events):
    return [e.sub_event_type for e in events]


def test_militia_fire_on_protesters_is_excessive_force_at_the_reports_place():
    text = ("شهدت مدينة البصرة احتجاجات غاضبة يوم الاثنين. وتطورت الأوضاع الاثنين، إذ نزلت ميليشيات مسلحة إلى "
            "الشوارع وأطلقت نيرانها على المحتجين السلميين.")
    events = extract(text)
    force = [e for e in events if e.sub_event_type == "Excessive force against protesters"]
    assert force, subs(events)
    assert force[0].location.name.startswith("Bas")
    assert force[0].actor1 is not None and force[0].actor1.inter in (1, 2, 3, 4)
    assert force[0].actor2 is not None and force[0].actor2.inter == 6


def test_fire_with_no_crowd_is_no_force_on_protesters():
    text = "أطلقت الميليشيات نيرانها على مواقع الجيش في مدينة البصرة يوم الاثنين."
    assert "Excessive force against protesters" not in subs(extract(text))


def test_women_beaten_at_a_gathering_is_protest_with_intervention():
    text = ("قام عناصر مسلحون تابعون للحوثيين الثلاثاء بضرب عشرات المتظاهرات اللواتي تجمعن للمطالبة بالإفراج "
            "عن ذويهن.")
    events = extract(text + " وجرى ذلك في العاصمة صنعاء.")
    assert "Protest with intervention" in subs(events)


def test_government_condemning_a_past_dispersal_is_no_event():
    text = "أدانت مصر الثلاثاء بيانا أمميا بشأن أحكام قضائية تتعلق بفض اعتصام قبل سنوات في مدينة الحديدة."
    assert not [s for s in subs(extract(text)) if s in ("Protest with intervention", "Excessive force against protesters")]


def test_feminine_protesters_name_a_demonstration():
    text = "تجمعت المحتجات أمام مبنى البرلمان في بغداد الثلاثاء للمطالبة بحقوق النساء."
    assert "Peaceful protest" in subs(extract(text))


def test_youths_burning_tyres_told_in_the_present_is_a_violent_demonstration():
    text = ("توافد آلاف الفلسطينيين إلى المناطق الحدودية شرق مدينة غزة الثلاثاء، حيث يشعلون الإطارات ويلقون "
            "الحجارة باتجاه الجنود.")
    assert "Violent demonstration" in subs(extract(text))


def test_stones_thrown_by_players_in_a_match_report_are_no_riot():
    text = "يلقي اللاعبون الكرة بسرعة في مباراة الثلاثاء في غزة."
    assert "Violent demonstration" not in subs(extract(text))


def test_force_told_alone_is_its_own_record_with_its_doer():
    text = ("تعيش مدينة البصرة أزمة خدمات خانقة منذ أشهر. وأطلقت ميليشيات مسلحة الاثنين الرصاص الحي على المتظاهرين "
            "الغاضبين.")
    force = [e for e in extract(text) if e.sub_event_type == "Excessive force against protesters"]
    assert force and force[0].location.name.startswith("Bas")
    assert force[0].actor1.inter in (2, 3, 4) and force[0].actor2.inter == 6


def test_force_with_no_day_of_its_own_stays_a_reference():
    text = ("تعيش مدينة البصرة أزمة خدمات خانقة منذ أشهر. وتتعرض الميليشيات لانتقادات بسبب إطلاقها الرصاص الحي على "
            "المتظاهرين.")
    assert "Excessive force against protesters" not in subs(extract(text))


def test_deaths_at_a_demonstration_on_a_told_day_are_reported_at_the_reports_place():
    lead = "تعيش مدينة خان يونس أوضاعا صعبة. "
    told = "وقتل شابان وأصيب العشرات برصاص الجيش الإسرائيلي خلال احتجاجات شعبية"
    force = [e for e in extract(lead + told + " الجمعة.") if e.sub_event_type == "Excessive force against protesters"]
    assert force and force[0].location.name == "Khān Yūnis"
    assert force[0].fatalities == 2 and force[0].actor1.inter == 1
    # ... with no day told, past the lead, a recollection
    assert not [e for e in extract(lead + told + ".") if e.event_type == "Protests"]


def test_a_demonstration_with_no_place_nor_toll_is_still_a_reference():
    text = "يعيش سكان مدينة خان يونس أوضاعا صعبة. وخرجت احتجاجات غاضبة الجمعة ضد قرارات الحكومة."
    assert not [e for e in extract(text) if e.event_type == "Protests"]


def test_recalled_demonstrations_with_their_toll_are_no_new_record():
    text = ("يعيش سكان مدينة خان يونس أوضاعا صعبة. وكانت الاحتجاجات قد بلغت ذروتها في مايو حين قتل 60 شخصا.")
    assert not [e for e in extract(text) if e.event_type == "Protests"]


def test_scattered_places_joined_to_a_named_town_leave_the_town_s_protest_told():
    found = extract("وخرجت مظاهرات في مدينة إربد ومناطق متفرقة من الأردن الخميس احتجاجا على رفع الأسعار.")
    assert any(e.event_type == "Protests" and e.location.name == "Irbid" for e in found)
    # ... while scattered places alone sum many events
    assert extract("وخرجت مظاهرات في مناطق متفرقة من الأردن الخميس احتجاجا على رفع الأسعار.") == []
