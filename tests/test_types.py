"""Sub-event types: interceptions, air defences, killings and the other shapes news gives a type away by."""

from conftest import extract


def subs(events):
    return {e.sub_event_type for e in events}


def test_an_interception_told_with_the_weapon_as_a_pronoun_is_disrupted_weapons_use():
    events = extract("أطلق المتمردون أمس طائرة مسيرة باتجاه مدينة نجران، فأسقطتها الدفاعات الجوية السعودية قبل وصولها.")
    assert "Disrupted weapons use" in subs(events)
    assert any(e.sub_event_type == "Disrupted weapons use" and e.location and "Najr" in e.location.name
               for e in events)


def test_a_verb_with_a_pronoun_right_after_its_noun_describes_it():
    # "طائرة أسقطتها إسرائيل": the drone is described by what was once done to it, no new interception
    events = extract("عرض الوزير أمس في مدينة حيفا حطام طائرة أسقطتها الدفاعات الجوية قبل عامين.")
    assert "Disrupted weapons use" not in subs(events)


def test_air_defences_repelling_an_attack_disrupt_it_rather_than_fight_a_battle():
    events = extract("أعلن الجيش أمس تصدي منظومات الدفاع الجوي لهجوم صاروخي على مطار مدينة حماة.")
    assert "Disrupted weapons use" in subs(events) and "Armed clash" not in subs(events)


def test_forces_repelling_an_attack_on_the_ground_still_fight_a_battle():
    events = extract("تصدت قوات الجيش أمس لهجوم شنه مسلحون على مواقعها في بلدة كفرنبودة.")
    assert "Armed clash" in subs(events) and "Disrupted weapons use" not in subs(events)


def test_a_demonstration_where_the_state_s_bullets_killed_is_excessive_force():
    events = extract("خرجت أمس مظاهرات حاشدة في مدينة الناصرية، قتل خلالها متظاهران برصاص قوات الأمن.")
    assert subs(events) == {"Excessive force against protesters"}


def test_a_demonstration_where_gunmen_killed_is_no_excessive_force_of_the_state():
    events = extract("خرجت أمس مظاهرات حاشدة في مدينة الناصرية، قتل خلالها متظاهران برصاص مسلحين مجهولين.")
    assert "Excessive force against protesters" not in subs(events)


def test_the_explosives_of_the_event_a_strike_follows_do_not_type_the_strike():
    events = extract("قصفت إسرائيل أمس موقعا لحركة حماس في مدينة بيت حانون وذلك بعد زرع مسلحين عبوات ناسفة قرب السياج.")
    bombard = [e for e in events if e.evidence.trigger == "قصفت"]
    assert bombard and bombard[0].sub_event_type == "Air/drone strike"


def test_explosives_in_the_strike_s_own_clause_still_type_it():
    events = extract("قتل جنديان أمس في هجوم بعبوة ناسفة استهدف دوريتهم في مدينة العريش.")
    assert "Remote explosive/landmine/IED" in subs(events)


def test_shells_told_beside_air_raids_stay_shelling():
    events = extract("شهدت مدينة رفح أمس إطلاق القذائف من المدينة وغارات إسرائيلية على أطرافها.")
    assert {"Shelling/artillery/missile attack", "Air/drone strike"} <= subs(events)


def test_missiles_fired_from_above_a_neighbour_s_land_are_an_air_strike():
    events = extract("قصفت إسرائيل أمس مطار المزة العسكري بصواريخ من فوق الأراضي اللبنانية.")
    assert subs(events) == {"Air/drone strike"}
    events = extract("قصفت القوات أمس مطار المزة العسكري بصواريخ من داخل الأراضي اللبنانية.")
    assert subs(events) == {"Shelling/artillery/missile attack"}


def test_an_air_force_s_unspecific_attack_on_a_base_is_an_air_strike():
    events = extract("شن الجيش الإسرائيلي أمس هجوما على قاعدة عسكرية في مدينة حماة.")
    assert subs(events) == {"Air/drone strike"}
    # ... the same words of a side that fights on the ground tell a battle
    events = extract("شن مسلحو تنظيم داعش أمس هجوما على قاعدة عسكرية في مدينة حماة.")
    assert subs(events) == {"Armed clash"}


def test_deaths_a_foreign_state_caused_elsewhere_make_no_excessive_force_on_a_protest():
    events = extract("تظاهر الآلاف أمس في مدينة كراتشي احتجاجا على قتل الطيران الإيراني المدنيين في اليمن.")
    assert "Excessive force against protesters" not in subs(events)
    assert "Peaceful protest" in subs(events)


def test_a_death_told_with_the_occupier_s_forces_at_a_protest_is_excessive_force():
    events = extract("شارك المئات أمس في مظاهرات قرب مدينة الخليل، وقتل شاب خلالها برصاص الجيش الإسرائيلي.")
    assert "Excessive force against protesters" in subs(events)


def test_fa_qad_before_a_verb_of_taking_is_a_particle_not_a_loss():
    # "فقد سيطر": so (ف) it has (قد) taken; the army takes the town
    events = extract("وبحسب مصادر ميدانية، فقد سيطر الجيش السوري أمس على بلدة حزة في ريف دمشق.")
    assert subs(events) == {"Government regains territory"}
    assert events[0].actor1.name == "Military Forces of Syria"
    # ... "فقد الحوثيون السيطرة على": a verb of losing before the noun; the Houthis lose the district
    events = extract("فقد الحوثيون السيطرة على مديرية الدريهمي أمس.")
    assert [e.actor2.name for e in events if e.actor2] == ["Houthi Movement"]


def test_deaths_told_as_during_a_demonstration_make_it_excessive_force():
    events = extract("خرجت أمس احتجاجات غاضبة في مدينة البصرة قتل خلالها شابان وأصيب العشرات.")
    assert subs(events) == {"Excessive force against protesters"}


def test_what_was_done_during_a_demonstration_without_a_death_leaves_it_peaceful():
    events = extract("خرجت أمس احتجاجات غاضبة في مدينة البصرة رفع خلالها المحتجون شعارات ضد الفساد.")
    assert subs(events) == {"Peaceful protest"}


def _protest_at(events, name):
    return next(e.sub_event_type for e in events if e.event_type == "Protests" and e.location and name in e.location.name)


def test_force_told_with_its_own_demonstration_leaves_an_earlier_one_peaceful():
    events = extract("تظاهر المئات أمس في مدينة الحلة للمطالبة بالخدمات. وقتل متظاهران في تظاهرات خرجت أمس في "
                     "مدينة كربلاء، لدى إطلاق الشرطة الغاز المسيل للدموع لتفريق المحتجين.")
    assert _protest_at(events, "Hillah") == "Peaceful protest"
    assert _protest_at(events, "Karbala") == "Excessive force against protesters"


def test_force_told_in_a_later_sentence_alone_meets_the_demonstration_told_before():
    events = extract("تظاهر المئات أمس في مدينة الحلة للمطالبة بالخدمات. "
                     "وأطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين.")
    assert _protest_at(events, "Hillah") == "Protest with intervention"
