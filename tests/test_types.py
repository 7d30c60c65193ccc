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
