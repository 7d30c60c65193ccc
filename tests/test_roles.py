"""Who acts and who is acted on, on sentences written for these tests."""

import pytest

from conftest import extract
from marsad.arabic.document import analyse
from marsad.resolve.actors import find_actors

run = extract


def one(text, sub):
    found = [e for e in run(text) if e.sub_event_type == sub]
    assert found, f"no {sub} in {[e.sub_event_type for e in run(text)]}"
    return found[0]


# (sentence, sub-event type, expected actor1, expected actor2; None: not asserted), each named for the rule it shows
CASES = {
    "nationality_on_the_attack_noun_names_the_doer_over_a_capital_named_before": (
        "وقبل أن تبدأ قمة أنقرة، أصابت غارة جوية روسية بلدة سراقب أمس، ما أدى إلى مقتل ثلاثة مدنيين.",
        "Air/drone strike", "Military Forces of Russia", None),
    "nationality_on_an_attack_word_earlier_in_the_clause": (
        "وبلغ عدد الهجمات التركية على منطقة عفرين أمس 40 غارة.",
        "Air/drone strike", "Military Forces of Turkey", None),
    "palestinian_fire_is_an_unidentified_armed_group_not_the_occupying_army": (
        "وقال الجيش الإسرائيلي إن جنديين أصيبا في هجمات بقذائف هاون فلسطينية على مستوطنة سديروت أمس.",
        "Shelling/artillery/missile attack", "Unidentified Armed Group (Palestine)", None),
    "who_announces_its_own_strike_is_its_doer": (
        "أعلن الجيش الإسرائيلي أن طائراته قصفت موقعا في بلدة بيت حانون أمس.",
        "Air/drone strike", "Military Forces of Israel", None),
    "the_accused_acts_not_the_accuser": (
        "اتهمت الحكومة السورية الولايات المتحدة بقصف بلدة هجين بغارات جوية أمس.",
        "Air/drone strike", "Military Forces of the United States", None),
    "lethal_fire_on_a_demonstration_with_no_force_named_is_the_police_s": (
        "وقتل متظاهر أمس إثر إطلاق نار خلال تفريق مظاهرة ضد البطالة في مدينة الناصرية.",
        "Excessive force against protesters", "Police Forces of Iraq", "Protesters (Iraq)"),
    "a_demonstration_where_the_army_killed_is_excessive_force_by_the_army": (
        "وخرجت أمس مظاهرات قرب بلدة بيت لاهيا أسفرت عن مقتل فلسطينيين برصاص الجيش الإسرائيلي.",
        "Excessive force against protesters", "Military Forces of Israel", "Protesters (Palestine)"),
    "an_unnamed_fighter_said_to_belong_to_a_group_is_that_group": (
        "أقدم قناص تابع لميليشيات الحوثي، أمس، على قتل مدنيين اثنين في حي الجحملية بمدينة تعز.",
        "Attack", "Houthi Movement", "Civilians (Yemen)"),
    "a_group_that_claims_the_attack_of_its_sentence_is_its_doer": (
        "وفجر انتحاري نفسه أمس في معسكر بمدينة كيسمايو، مما أسفر عن مقتل 4 عسكريين، في هجوم أعلنت حركة "
        "الشباب مسؤوليتها عنه.",
        "Suicide bomb", "Al Shabaab", None),
    "a_gas_attack_in_syria_with_no_doer_named_is_the_government_s_on_civilians": (
        "وقتل 30 شخصا أمس في هجوم بغاز الكلور على بلدة سراقب في ريف إدلب.",
        "Chemical weapon", "Military Forces of Syria", "Civilians (Syria)"),
    "a_fighter_whose_death_is_told_is_the_target_of_the_raid_that_killed_him": (
        "لقي القائد الحوثي أبو علي مصرعه أمس بغارة لطائرات التحالف في مديرية حرض.",
        "Air/drone strike", "Saudi-led Coalition", "Houthi Movement"),
    "a_speaker_with_a_long_title_is_no_party_to_what_he_reports": (
        "وأكد قائد شرطة محافظة الجوف وقائد اللواء الأول العميد صالح أحمد في تصريح لقناة \"الحدث\" أن \"قوات "
        "الجيش الوطني تمكنت أمس من السيطرة على مديرية خب والشعف\".",
        "Government regains territory", "Military Forces of Yemen", None),
    "what_saudi_air_defences_bring_down_was_fired_by_the_houthis_not_by_its_victims": (
        "واعترضت قوات الدفاع الجوي السعودي أمس صاروخا باليستيا فوق مدينة جازان، وأصيب مقيمان هنديان بشظاياه.",
        "Disrupted weapons use", "Military Forces of Saudi Arabia", "Houthi Movement"),
    "rockets_fired_from_gaza_and_intercepted_were_its_armed_factions": (
        "وقال الجيش الإسرائيلي إن صاروخين أطلقا أمس من قطاع غزة باتجاه مدينة عسقلان وتم اعتراض أحدهما.",
        "Disrupted weapons use", None, "Unidentified Armed Group (Palestine)"),
    "a_battle_that_names_only_the_rebels_was_fought_by_the_government_camp": (
        "وسقط أمس قتلى من مسلحي ميليشيات الحوثي في مواجهات عنيفة بمديرية حيس.",
        "Armed clash", "Military Forces of Yemen", "Houthi Movement"),
    "an_arrest_by_the_authorities_is_by_their_police_and_seizes_civilians": (
        "واعتقلت السلطات البحرينية أمس ناشطا حقوقيا في مدينة المنامة.",
        "Arrests", "Police Forces of Bahrain", "Civilians (Bahrain)"),
    "the_state_threatened_over_a_gas_attack_is_its_doer_not_its_target": (
        "وتوعد الرئيس الفرنسي بالرد على سوريا إثر هجوم كيميائي على بلدة سراقب أمس.",
        "Chemical weapon", "Military Forces of Syria", "Civilians (Syria)"),
    "the_party_whose_bus_or_patrol_is_hit_is_the_target": (
        "وأدى انفجار عبوة ناسفة أمس استهدف حافلة الدرك في مدينة الزرقاء إلى إصابة أربعة من أفرادها.",
        "Remote explosive/landmine/IED", "Unidentified Armed Group (Jordan)", "Police Forces of Jordan"),
    "a_wounded_party_before_a_verb_with_other_words_between_is_still_the_doer": (
        "قصفت القوات التركية أمس مواقع للوحدات الكردية أصيب فيها عدد من المقاتلين في قرية جنديرس.",
        "Shelling/artillery/missile attack", "Military Forces of Turkey", None),
    "the_general_command_of_the_syrian_army_is_the_army_not_the_libyan_command": (
        "وأعلنت القيادة العامة للجيش السوري أمس السيطرة على بلدة مسرابا في الغوطة الشرقية.",
        "Government regains territory", "Military Forces of Syria", None),
    "demonstrators_killed_by_the_bullets_of_an_army_met_its_force": (
        "قتل متظاهران برصاص قناصة الجيش الإسرائيلي بينما أصيب عشرات آخرون خلال احتجاجات شرق مدينة رفح أمس.",
        "Excessive force against protesters", "Military Forces of Israel", "Protesters (Palestine)"),
    "snipers_of_a_named_group_are_that_group": (
        "وقتل مدني أمس برصاص قناصة ميليشيات الحوثي في حي الروضة بمدينة تعز.",
        "Attack", "Houthi Movement", "Civilians (Yemen)"),
    "children_named_in_the_accusative_are_the_people_a_strike_hit": (
        "وقتل وجرح العشرات أمس في غارة جوية على حافلة تقل أطفالا في سوق مدينة حجة.",
        "Air/drone strike", None, "Civilians (Yemen)"),
}


@pytest.mark.parametrize(("text", "sub", "actor1", "actor2"), list(CASES.values()), ids=list(CASES))
def test_who_acts_and_who_is_acted_on(text, sub, actor1, actor2):
    e = one(text, sub)
    if actor1 is not None:
        assert e.actor1.name == actor1
    if actor2 is not None:
        assert e.actor2.name == actor2


def test_a_nationality_that_is_the_victim_is_not_the_doer():
    e = one("أعلنت الشرطة مقتل عراقي في انفجار عبوة ناسفة في سوق بمدينة الموصل أمس.",
            "Remote explosive/landmine/IED")
    assert e.actor1 is None or e.actor1.name != "Military Forces of Iraq"


def test_who_announces_what_others_fired_is_no_party_to_it():
    e = one("أعلن الجيش الإسرائيلي في بيان أن صاروخين أطلقا على بلدة سديروت أمس.",
            "Shelling/artillery/missile attack")
    assert e.actor1 is None or e.actor1.name != "Military Forces of Israel"


def test_fire_from_a_territory_without_an_army_of_its_own_is_by_its_armed_factions():
    e = one("وقالت الشرطة إن ثلاث قذائف أطلقت من قطاع غزة وسقطت على بلدة سديروت أمس.",
            "Shelling/artillery/missile attack")
    assert e.actor1.name == "Unidentified Armed Group (Palestine)"
    assert e.location.country == "IL"


def test_the_side_whose_attack_was_repelled_is_actor1_of_the_clash():
    e = one("وصدت قوات الجيش العراقي أمس هجوما لتنظيم داعش على مواقعها قرب قضاء الحويجة.", "Armed clash")
    assert e.actor1.name.startswith("Islamic State")
    assert e.actor2.name == "Military Forces of Iraq"


def test_a_claim_in_the_next_sentence_names_the_doer_and_a_denied_claim_names_none():
    events = run("وانفجرت سيارة مفخخة أمس في سوق بمدينة كيسمايو. وتبنت حركة الشباب التفجير. "
                 "وانفجرت عبوة ناسفة في حافلة ببلدة أفجوي أمس. ولم تعلن أي جهة مسؤوليتها عن الهجوم.")
    by_place = {e.location.name: e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"}
    assert by_place["Kismayo"].actor1.name == "Al Shabaab"
    assert by_place["Afgooye"].actor1.name == "Unidentified Armed Group (Somalia)"


def test_the_group_a_place_is_freed_from_is_the_loser():
    e = one("وتم أمس تحرير بلدة حيفان من قبضة ميليشيات الحوثي بعد معارك عنيفة.",
            "Government regains territory")
    assert e.actor2.name == "Houthi Movement"
    assert e.actor1 is None or e.actor1.name != "Houthi Movement"


def test_an_air_strike_no_one_is_named_for_is_by_the_one_air_power_over_the_place():
    e = one("قتل خمسة مدنيين في غارة جوية على بلدة بيت لاهيا في قطاع غزة أمس.", "Air/drone strike")
    assert e.actor1.name == "Military Forces of Israel"
    e = one("قتل خمسة مدنيين في غارة جوية على مديرية الدريهمي في محافظة الحديدة أمس.", "Air/drone strike")
    assert e.actor1.name == "Saudi-led Coalition"
    # over Syria the government's air force bombs the areas it fights for: coded as its strike
    e = one("قتل خمسة مدنيين في غارة جوية على بلدة كفرنبل في ريف إدلب أمس.", "Air/drone strike")
    assert e.actor1.name == "Military Forces of Syria"
    # ... but a strike whose doer is named stays his
    e = one("وشنت مقاتلات إسرائيلية أمس غارات على مطار المزة العسكري قرب دمشق.", "Air/drone strike")
    assert e.actor1.name == "Military Forces of Israel"


def test_in_a_war_of_two_camps_the_side_named_alone_fought_the_other_camp():
    # ground retaken with no doer named is the state's; in Yemen it was taken from the Houthis
    e = one("وتمكنت القوات أمس من تحرير مديرية حيس جنوب محافظة الحديدة.", "Government regains territory")
    assert e.actor1.name == "Military Forces of Yemen"
    assert e.actor2.name == "Houthi Movement"
    e = one("وقتل أمس 12 عنصرا من ميليشيات الحوثي خلال مواجهات في مديرية الدريهمي.", "Armed clash")
    assert {e.actor1.name, e.actor2.name} == {"Houthi Movement", "Military Forces of Yemen"}
    # the coalition's raids fall on the rebels; an ally lent in support is no opponent
    e = one("وشنت مقاتلات التحالف أمس ثلاث غارات على مديرية حرض.", "Air/drone strike")
    assert e.actor2.name == "Houthi Movement"


def test_the_rebels_target_and_a_war_without_camps_stay_untold():
    e = one("وأطلقت ميليشيات الحوثي أمس صاروخا على مدينة نجران.", "Shelling/artillery/missile attack")
    assert e.actor2 is None or e.actor2.name != "Military Forces of Yemen"
    e = one("وشنت طائرات الجيش السوري أمس غارات على بلدة كفرنبل في ريف إدلب.", "Air/drone strike")
    assert e.actor2 is None


def test_the_occupier_s_raids_on_gaza_were_on_hamas_but_a_fence_clash_names_no_camp():
    e = one("وشنت طائرات إسرائيلية أمس غارات على بلدة بيت حانون في قطاع غزة.", "Air/drone strike")
    assert e.actor1.name == "Military Forces of Israel"
    assert e.actor2.name == "Hamas Movement"
    events = [e for e in run("واندلعت أمس اشتباكات مع الجيش الإسرائيلي قرب بلدة بيت حانون في قطاع غزة.")
              if e.sub_event_type == "Armed clash"]
    assert all(x.actor2 is None or x.actor2.name != "Hamas Movement" for x in events)


def test_the_country_a_report_was_filed_from_is_no_party_to_its_events():
    e = one("الدوحة، قطر (CNN)-- سقطت قذيفتان أمس على بلدة سديروت في جنوب إسرائيل.",
            "Shelling/artillery/missile attack")
    assert e.actor1 is None or e.actor1.name != "Military Forces of Qatar"


def test_the_party_right_after_a_verb_of_targeting_that_opens_its_clause_is_its_subject():
    e = one("وتواصل ميليشيات الحوثي حشد مقاتليها. واستهدفت المقاتلات أمس بغارات جوية تعزيزات للميليشيا في مديرية "
            "حيران.", "Air/drone strike")
    assert e.actor1.name == "Saudi-led Coalition"
    assert e.actor2.name == "Houthi Movement"
    # after a noun, the verb's next party is its object
    e = one("وقتل خمسة أمس في غارة استهدفت مواقع ميليشيات الحوثي في مديرية حيران.", "Air/drone strike")
    assert e.actor1 is None or e.actor1.name != "Houthi Movement"


def test_the_backer_named_by_supported_by_is_an_ally_not_the_other_side():
    events = [e for e in run("استعادت قوات سوريا الديمقراطية، المدعومة من قبل أمريكا، أمس قرية الباغوز في ريف دير "
                             "الزور التي سيطر عليها مقاتلو تنظيم داعش.")
              if e.event_type == "Battles"]
    assert events and events[0].actor1.name == "SDF: Syrian Democratic Forces"
    assert all(e.actor2 is None or "United States" not in e.actor2.name for e in events)


def test_who_launched_what_is_brought_down_is_its_target():
    e = one("وأعلنت السلطات أمس اعتراض صاروخ باليستي أطلقه الحوثيون باتجاه مدينة أبها.", "Disrupted weapons use")
    assert e.actor2.name == "Houthi Movement"
    assert e.actor1 is None or e.actor1.name != "Houthi Movement"


def test_a_nationality_right_after_a_trigger_read_as_a_verb_names_the_doer():
    events = [e for e in run("قتل أمس ثلاثة من عناصر سرايا القدس، الجناح المسلح لحركة الجهاد، إثر قصف إسرائيلي على "
                             "بلدة بيت حانون.") if e.event_type == "Explosions/Remote violence"]
    assert events and events[0].actor1.name == "Military Forces of Israel"


def test_the_holder_of_a_place_under_its_control_is_no_doer_of_what_hits_it():
    events = [e for e in run("تعرضت بلدة كفرنبل الخاضعة لسيطرة فصائل المعارضة أمس لقصف جوي عنيف.")
              if e.event_type == "Explosions/Remote violence"]
    assert events and all(e.actor1 is None or e.actor1.name != "Opposition Rebels (Syria)" for e in events)


def test_soldiers_told_as_wounded_are_the_target_not_the_doer():
    e = one("وذكرت مصادر محلية أن ثلاثة جنود وشرطيا أصيبوا أمس جراء قذيفة هاون استهدفت مركزا للشرطة في بلدة الريحانية "
            "التركية.", "Shelling/artillery/missile attack")
    assert e.actor1 is None or e.actor1.inter != 1 or e.actor1.country != "TR"
    assert e.actor2 is not None and e.actor2.country == "TR"


def test_the_party_whose_defences_are_broken_is_the_target():
    events = [e for e in run("وقالت مصادر عسكرية إن القوات تقدمت أمس، وجرى تدمير دفاعات ميليشيات الحوثي واستعادة "
                             "معظم قرى مديرية حيس.") if e.event_type == "Battles"]
    assert events and all(e.actor1 is None or e.actor1.name != "Houthi Movement" for e in events)


def test_who_opens_a_headline_before_a_colon_reports_what_another_did():
    events = [e for e in run("العراق: طائرات تركية قصفت مواقع في قضاء سنجار أمس")
              if e.event_type == "Explosions/Remote violence"]
    assert events and all(e.actor1.name == "Military Forces of Turkey" for e in events)


def test_who_opens_a_headline_before_a_colon_did_what_names_no_one_else():
    events = [e for e in run("الجيش الأردني: إسقاط طائرة مسيرة فوق مدينة الرمثا أمس")
              if e.sub_event_type == "Disrupted weapons use"]
    assert events and events[0].actor1.name == "Military Forces of Jordan"


def test_forces_with_an_adjective_after_them_are_no_group_of_that_name():
    doc = analyse("وأرسلت قيادة المنطقة قوات إضافية وفصائل أخرى إلى جبهة زبيد، فيما وصلت قوات جديدة إلى المدينة.")
    assert [m.text for m in find_actors(doc) if m.kind == "cue"] == []
    # a name still follows a cue word ("فصيل أحرار الجبل")
    doc = analyse("هاجم مسلحون من فصيل أحرار الجبل حاجزا للجيش أمس.")
    assert [m.text for m in find_actors(doc) if m.kind == "cue"] == ["فصيل أحرار الجبل"]


def test_russian_servicemen_are_russias_forces_not_the_army_of_where_they_are():
    events = [e for e in run('وقال المتحدث إن "العسكريين الروس تمكنوا أمس من إسقاط طائرة مسيرة فوق قاعدة حميميم".')
              if e.sub_event_type == "Disrupted weapons use"]
    assert events and events[0].actor1.name == "Military Forces of Russia"


def test_who_an_operation_means_to_spare_or_protect_is_no_party_to_it():
    e = one("وتم أمس تحرير مديرية حيس من قبضة ميليشيات الحوثي، في إطار خطة تراعي الحفاظ على أرواح المدنيين.",
            "Government regains territory")
    assert e.actor1.name == "Military Forces of Yemen"
    assert e.actor2.name == "Houthi Movement"
    e = one("وتمكنت القوات أمس من تحرير مديرية حيس دون خسائر في صفوف المدنيين.", "Government regains territory")
    assert e.actor2 is None or e.actor2.name != "Civilians (Yemen)"
    # civilians who are hurt are still its target
    e = one("وقتل أمس ثلاثة من المدنيين في قصف مدفعي للحوثيين على مديرية حيس.", "Shelling/artillery/missile attack")
    assert e.actor2.name == "Civilians (Yemen)"


def test_whom_an_event_is_a_blow_to_suffered_it():
    e = one("وفي خطوة تمثل ضربة موجعة لتنظيم داعش، اعتقلت قوات الأمن العراقية أمس قياديا في مدينة الموصل.", "Arrests")
    assert e.actor1.name != "Islamic State (Iraq)"


def test_the_holder_of_the_ground_fought_or_lost_it():
    e = one("ودخلت قوات النظام أمس أحياء الشيخ مقصود الخاضعة لسيطرة وحدات حماية الشعب الكردية في مدينة حلب.",
            "Non-violent transfer of territory")
    assert e.actor1.name == "Military Forces of Syria"
    assert e.actor2.name == "YPG: People's Protection Units"
    e = one("وخاضت قوات النظام أمس معارك عنيفة في أحياء تحت سيطرة تنظيم داعش في مدينة الميادين.", "Armed clash")
    assert e.actor2.name == "Islamic State (Syria)"
    # the words of falling under someone's control name who took it, not who held it
    events = [e for e in run("ووقعت أمس أحياء مدينة منبج تحت سيطرة قوات سوريا الديمقراطية بعد انسحاب الفصائل.")
              if e.event_type in ("Battles", "Strategic developments")]
    assert all(e.actor2 is None or e.actor2.name != "SDF: Syrian Democratic Forces" for e in events)


def test_rockets_on_israel_with_no_doer_named_were_fired_from_gaza():
    e = one("وأصيب ثلاثة إسرائيليين أمس إثر سقوط صاروخ على منزل في مدينة سديروت.", "Shelling/artillery/missile attack")
    assert e.actor1.name == "Unidentified Armed Group (Palestine)"
    # a doer named stays the doer
    e = one("وأطلقت القوات الإيرانية أمس صواريخ على مواقع للجيش الإسرائيلي في هضبة الجولان المحتلة.",
            "Shelling/artillery/missile attack")
    assert e.actor1.name == "Military Forces of Iran"


def test_a_nationality_on_the_military_site_hit_names_whose_forces_were_hit():
    e = one("وشنت طائرات إسرائيلية أمس غارات على مطار الضبعة العسكري السوري قرب مدينة القصير.", "Air/drone strike")
    assert e.actor1.name == "Military Forces of Israel"
    assert e.actor2.name == "Military Forces of Syria"
    # the doer's own nationality on the strike is no target
    e = one("وقصفت المدفعية التركية أمس مواقع في بلدة تل رفعت شمال حلب.", "Shelling/artillery/missile attack")
    assert e.actor2 is None or e.actor2.name != "Military Forces of Turkey"


def _parties(e):
    return {a.name for a in (e.actor1, e.actor2) if a is not None}


@pytest.mark.parametrize("text", [
    "أفاد مراسل قناة الحدث بسقوط قذائف هاون على حي الميدان في مدينة دمشق صباح الثلاثاء.",
    "وبحسب مراسل وكالة رويترز فإن الطائرات الحربية قصفت بلدة سقبا في الغوطة الشرقية أمس.",
])
def test_a_correspondent_who_reports_is_no_party(text):
    for e in run(text):
        assert "Civilians (Syria)" not in _parties(e)


def test_a_correspondent_killed_is_still_a_victim():
    e = one("قتل مراسل قناة محلية في قصف على بلدة سقبا في الغوطة الشرقية أمس.", "Shelling/artillery/missile attack")
    assert e.actor2 is not None and e.actor2.name == "Civilians (Syria)"


def test_the_agent_of_a_passive_describing_the_target_owns_it():
    e = one("وأغارت المقاتلات الإسرائيلية على مواقع استخبارية يتم تشغيلها من قبل فيلق القدس في بلدة الكسوة أمس.",
            "Air/drone strike")
    assert e.actor1.name == "Military Forces of Israel"
    assert e.actor2 is not None and e.actor2.name == "Military Forces of Iran"


def test_the_agent_of_a_passive_on_the_event_itself_is_its_doer():
    e = one("وقتل مدنيان في القصف المدفعي الذي نفذ من قبل الجيش التركي على مدينة عفرين أمس.",
            "Shelling/artillery/missile attack")
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Turkey"


@pytest.mark.parametrize("text", [
    "وقتل القائد الميداني الحوثي أبو حسن أمس في غارة لمقاتلات التحالف على مديرية الملاحيط.",
    "ولقي القيادي في ميليشيات الحوثي أبو ياسر مصرعه أمس بغارات من طائرات التحالف في مديرية رازح.",
    "وقتل خمسة من عناصر الحوثيين أمس بغارات جوية مكثفة لطيران التحالف على مديرية نهم.",
])
def test_the_air_force_joined_to_the_strike_noun_is_its_doer_and_the_dead_its_target(text):
    e = one(text, "Air/drone strike")
    assert e.actor1.name == "Saudi-led Coalition"
    assert e.actor2.name == "Houthi Movement"


def test_a_party_after_the_target_of_an_attack_noun_is_not_its_doer():
    # the group named after "تجمعات" owns what was hit; a verb and a noun between are not adjectives
    e = one("وشنت مقاتلات التحالف أمس عدة غارات استهدفت تجمعات للحوثيين في مديرية صرواح.", "Air/drone strike")
    assert e.actor1.name == "Saudi-led Coalition"
    assert e.actor2.name == "Houthi Movement"


def test_the_party_whose_defences_intercept_is_the_doer_and_the_launcher_the_target():
    e = one("وذكرت مصادر محلية أن دفاعات قوات التحالف اعترضت أمس صاروخا باليستيا أطلقته ميليشيات الحوثي "
            "باتجاه مدينة مأرب.", "Disrupted weapons use")
    assert e.actor1.name == "Saudi-led Coalition"
    assert e.actor2.name == "Houthi Movement"


def test_defences_that_are_destroyed_are_still_the_target():
    e = one("وقصفت مقاتلات التحالف أمس دفاعات ميليشيات الحوثي في مديرية الدريهمي.", "Air/drone strike")
    assert e.actor2 is not None and e.actor2.name == "Houthi Movement"


@pytest.mark.parametrize("text", [
    "وقال الرئيس الفرنسي إنه سيعلن قريبا الخطوات التي ستتخذها فرنسا ردا على الهجوم الكيميائي على بلدة سراقب أمس.",
    "وتعهدت بريطانيا بالرد على الهجوم الكيميائي الذي استهدف بلدة سراقب في ريف إدلب أمس.",
])
def test_who_responds_is_no_party_to_the_event_it_responds_to(text):
    e = one(text, "Chemical weapon")
    assert e.actor1 is None or e.actor1.name not in ("Military Forces of France", "Military Forces of the United Kingdom")


def test_the_responder_still_does_what_is_told_before_the_word_of_response():
    e = one("وشنت الطائرات الإسرائيلية أمس غارات على مواقع في بلدة بيت لاهيا ردا على إطلاق صواريخ من قطاع غزة.",
            "Air/drone strike")
    assert e.actor1.name == "Military Forces of Israel"


def test_a_country_name_after_forces_says_whose_they_are_and_is_no_second_party():
    e = one("قصفت طائرات حربية سورية أمس بلدة كفرنبل في ريف إدلب، ما أدى إلى مقتل خمسة مدنيين.", "Air/drone strike")
    assert e.actor1.name == "Military Forces of Syria"
    assert e.actor2 is not None and e.actor2.name == "Civilians (Syria)"


def test_people_counted_dead_before_the_clause_of_a_strike_are_what_it_hit():
    e = one("وقتل خمسة مدنيين بينهم طفلان، السبت، جراء قصف صاروخي لقوات النظام على بلدة كفرنبل.",
            "Shelling/artillery/missile attack")
    assert e.actor1.name == "Military Forces of Syria"
    assert e.actor2 is not None and e.actor2.name == "Civilians (Syria)"


def test_people_named_before_a_strike_without_a_word_of_death_are_not_its_target():
    e = one("وروى مدنيون من بلدة كفرنبل، السبت، تفاصيل قصف صاروخي لقوات النظام على البلدة.",
            "Shelling/artillery/missile attack")
    assert e.actor2 is None or e.actor2.name != "Civilians (Syria)"


@pytest.mark.parametrize("text", [
    "وردت فرنسا بغضب بعد اتهامات وجهت إلى موسكو بشن غارة جوية على بلدة سراقب أمس.",
    "وردت فرنسا بغضب بعد اتهامات للقوات الروسية بشن غارة جوية على بلدة سراقب أمس.",
    "وكررت فرنسا الاتهامات التي وجهتها بريطانيا لروسيا بشن غارة جوية على بلدة سراقب أمس.",
])
def test_the_party_named_after_a_noun_of_accusation_is_the_accused(text):
    e = one(text, "Air/drone strike")
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Russia"


def test_a_capital_after_to_is_still_a_place_after_other_words():
    e = one("ووصلت أمس إلى دمشق أنباء عن غارة جوية روسية على بلدة سراقب.", "Air/drone strike")
    assert e.actor1.name == "Military Forces of Russia"
    assert e.actor2 is None or "Syria" not in e.actor2.name or e.actor2.name.startswith("Civilians")


def test_a_second_nationality_joined_to_the_first_on_forces_is_no_target():
    e = one("وقال المرصد إن طائرات حربية روسية وسورية قصفت أمس بلدة كفرنبل، ما أدى إلى مقتل خمسة مدنيين.",
            "Air/drone strike")
    assert e.actor1.name == "Military Forces of Russia"
    assert e.actor2 is not None and e.actor2.name == "Civilians (Syria)"


def test_a_capital_joined_to_forces_of_another_nation_is_still_a_party():
    found = find_actors(analyse("وقصفت الطائرات الروسية وواشنطن تراقب بلدة كفرنبل أمس."))
    assert any(m.kind == "metonym" and m.country_hint == "US" for m in found)


def test_who_launched_earlier_in_the_sentence_owns_what_is_intercepted():
    e = one("وأطلقت ميليشيات الحوثي صاروخا باليستيا أمس نحو مدينة مأرب، فاعترضته صواريخ باتريوت تابعة للتحالف.",
            "Disrupted weapons use")
    assert e.actor1.name == "Saudi-led Coalition"
    assert e.actor2 is not None and e.actor2.name == "Houthi Movement"


def test_an_interceptor_that_launches_is_not_its_own_target():
    e = one("وأطلقت قوات الدفاع الجوي السعودي أمس صواريخ باتريوت واعترضت صاروخا باليستيا فوق مدينة جازان.",
            "Disrupted weapons use")
    assert e.actor2 is None or e.actor2.name != "Military Forces of Saudi Arabia"


def test_the_country_across_a_border_is_no_party_to_a_protest_by_it():
    e = one("وتظاهر العشرات من الأهالي أمس عند معبر طريبيل الحدودي مع الأردن احتجاجا على البطالة.", "Peaceful protest")
    assert e.actor2 is None or "Jordan" not in e.actor2.name


def test_a_demonstration_met_by_force_no_one_is_named_for_met_the_police_or_the_occupier():
    e = one("وأصيب عشرات المتظاهرين بالاختناق أمس خلال تفريق مظاهرة شرق مدينة خان يونس.", "Protest with intervention")
    assert e.actor2 is not None and e.actor2.name == "Military Forces of Israel"
    e = one("وأصيب عشرات المتظاهرين بالاختناق أمس خلال تفريق مظاهرة في مدينة الناصرية.", "Protest with intervention")
    assert e.actor2 is not None and e.actor2.name == "Police Forces of Iraq"


def test_ground_the_syrian_army_retakes_from_no_one_named_was_the_opposition_s():
    e = one("وسيطرت قوات الجيش السوري أمس على بلدة نوى في ريف درعا الغربي.", "Government regains territory")
    assert e.actor2 is not None and e.actor2.name == "Opposition Rebels (Syria)"
    e = one("وسيطرت قوات الجيش السوري أمس على بلدة نوى بعد انسحاب مسلحي تنظيم داعش منها.",
            "Government regains territory")
    assert e.actor2 is not None and e.actor2.name == "Islamic State (Syria)"
    # a camp's default decides only the types listed for it: an air strike there keeps an unnamed target
    e = one("وشنت قوات الجيش السوري أمس غارات جوية على بلدة نوى في ريف درعا الغربي.", "Air/drone strike")
    assert e.actor2 is None or e.actor2.name != "Opposition Rebels (Syria)"


@pytest.mark.parametrize("text,sub,target", [
    ("وأصيب عدد من رجال الشرطة أمس بانفجار عبوة ناسفة في مدينة الرمادي.",
     "Remote explosive/landmine/IED", "Police Forces of Iraq"),
    ("ولقي أحد أفراد قوات الشرطة العراقية مصرعه أمس بانفجار عبوة ناسفة في مدينة الرمادي.",
     "Remote explosive/landmine/IED", "Police Forces of Iraq"),
])
def test_a_party_counted_among_the_dead_or_wounded_suffers_the_event(text, sub, target):
    e = one(text, sub)
    assert e.actor2 is not None and e.actor2.name == target
    assert e.actor1 is None or e.actor1.name != target


def test_the_side_the_counted_dead_fought_with_is_the_doer():
    e = one("وأفادت مصادر عسكرية بمقتل 12 مسلحا من ميليشيات الحوثي أمس في معارك مع قوات الجيش اليمني في مديرية حرض.",
            "Armed clash")
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Yemen"
    assert e.actor2 is not None and e.actor2.name == "Houthi Movement"


def test_counted_civilians_stay_the_target_of_the_strike():
    e = one("وقتل عدد من المدنيين أمس في غارات جوية لقوات النظام السوري على بلدة كفرنبل.", "Air/drone strike")
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Syria"
    assert e.actor2 is not None and e.actor2.name == "Civilians (Syria)"


def test_the_air_power_of_a_sky_is_not_the_doer_of_a_strike_on_its_own_forces():
    e = one("وأفاد المرصد أمس بمقتل 20 من المقاتلين الموالين للنظام السوري في غارات جوية قرب مدينة البوكمال.",
            "Air/drone strike")
    assert e.actor2 is not None and e.actor2.name == "Military Forces of Syria"
    assert e.actor1 is None or e.actor1.name != "Military Forces of Syria"


@pytest.mark.parametrize("text,owner", [
    ("وأسقطت قوات الجيش اليمني، مساء أمس، طائرة مسيرة تابعة لميليشيات الحوثي في مديرية حيس.", "Houthi Movement"),
    ("واعترضت الدفاعات الجوية السورية أمس صاروخين إسرائيليين فوق مدينة الكسوة.", "Military Forces of Israel"),
])
def test_what_is_brought_down_belongs_to_the_party_or_nation_told_on_it(text, owner):
    e = one(text, "Disrupted weapons use")
    assert e.actor2 is not None and e.actor2.name == owner
    assert e.actor1 is not None and e.actor1.name != owner


def test_the_interceptor_s_own_nationality_names_no_target():
    e = one("واعترضت الدفاعات الجوية السورية أمس صاروخين فوق مدينة الكسوة السورية.", "Disrupted weapons use")
    assert e.actor2 is None or e.actor2.name != "Military Forces of Syria"


@pytest.mark.parametrize("text,other", [
    ("ووافق فصيل جيش الإسلام أمس على إجلاء مقاتليه من مدينة دوما.", "Military Forces of Syria"),
    ("وأعلنت حركة حماس أمس التوصل إلى اتفاق لوقف إطلاق النار في قطاع غزة بوساطة مصرية.", "Military Forces of Israel"),
])
def test_a_deal_one_camp_is_told_to_reach_was_with_the_other(text, other):
    e = one(text, "Agreement")
    assert e.actor2 is not None and e.actor2.name == other


def test_a_rebel_camp_s_strike_still_implies_no_target():
    e = one("وقصفت فصائل المعارضة السورية أمس بقذائف الهاون بلدة محردة في ريف حماة.",
            "Shelling/artillery/missile attack")
    assert e.actor2 is None or e.actor2.name != "Military Forces of Syria"


def test_a_known_town_after_a_word_of_places_is_no_party_that_shares_its_name():
    e = one("وألقت مروحيات النظام السوري أمس براميل متفجرة على مدينة الحراك في ريف درعا الشرقي.", "Air/drone strike")
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Syria"
    assert e.actor2 is None or not e.actor2.name.startswith("Protesters")


def test_a_group_named_by_a_word_of_places_still_acts():
    e = one("وقصفت ولاية سيناء أمس بقذائف الهاون مدينة العريش.", "Shelling/artillery/missile attack")
    assert e.actor1 is not None and e.actor1.name == "Islamic State (Egypt)"


def test_a_party_whose_headquarters_was_hit_stays_the_target_when_the_dead_are_counted_first():
    e = one("لقي ثمانية أشخاص مصرعهم أمس في قصف صاروخي استهدف مقر حركة الشباب في مدينة كسمايو.",
            "Shelling/artillery/missile attack")
    assert e.actor2 is not None and e.actor2.name == "Al Shabaab"
    assert e.actor1 is None or e.actor1.name != "Al Shabaab"


def test_after_a_word_of_targeting_the_party_named_may_be_the_doer():
    e = one("وأعلنت وزارة الصحة مقتل ثلاثة مدنيين أمس جراء استهداف الجيش الإسرائيلي منزلا في مخيم البريج.", "Attack")
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Israel"


def test_the_side_met_in_a_battle_is_not_kept_as_the_target_of_the_dead():
    e = one("وقتل خمسة مدنيين روس أمس في اشتباكات مع قوات التحالف الدولي في دير الزور.", "Armed clash")
    assert e.actor1 is not None and e.actor1.name == "Global Coalition Against Daesh"


def test_a_wounded_verb_that_opens_a_new_clause_tells_no_death_of_the_party_before_it():
    e = one("ووثقت المنظمة إصابة ستة مدنيين بقذائف ميليشيا الحوثي، وأصيب اثنان آخران برصاص القناصة، فيما "
            "اعتقلت الميليشيا أمس أربعة مدنيين من قرية في مديرية الحيمة.", "Arrests")
    assert e.actor1 is not None and e.actor1.name == "Houthi Movement"
    assert e.actor2 is not None and e.actor2.name == "Civilians (Yemen)"


def test_the_others_counted_among_the_wounded_are_of_the_party_named_after_them():
    e = one("وأكدت مصادر أمنية مقتل شرطي وإصابة ثلاثة آخرين من قوات الأمن في انفجار سيارة مفخخة في مدينة الإسكندرية أمس.",
            "Remote explosive/landmine/IED")
    assert e.actor2 is not None and e.actor2.name == "Police Forces of Egypt"
    assert e.actor1 is None or e.actor1.name != "Police Forces of Egypt"


@pytest.mark.parametrize("text,sub,doer", [
    ("وأفادت مصادر محلية أن قياديا حوثيا وعددا من مرافقيه قتلوا أمس بغارات لطائرات تحالف دعم الشرعية في مديرية باقم.",
     "Air/drone strike", "Saudi-led Coalition"),
    ("وأصيب أربعة من مسلحي تنظيم داعش أمس في قصف عنيف لمدفعية الجيش العراقي على مواقعهم قرب مدينة القائم.",
     "Shelling/artillery/missile attack", "Military Forces of Iraq"),
])
def test_the_party_whose_aircraft_or_guns_are_joined_to_the_attack_noun_is_its_doer(text, sub, doer):
    e = one(text, sub)
    assert e.actor1 is not None and e.actor1.name == doer
    assert e.actor2 is not None and e.actor2.name != doer


def test_a_word_of_purpose_joined_by_lam_is_no_aircraft_of_the_party_after_it():
    e = one("وشنت الطائرات الروسية أمس غارات لاستهداف مسلحي تنظيم داعش قرب مدينة الميادين.", "Air/drone strike")
    assert e.actor1 is None or e.actor1.name != "Islamic State (Syria)"


def test_people_of_a_nation_hurt_by_a_strike_in_a_protest_report_are_not_its_doer():
    # a report about a protest reads the nation's people as its demonstrators
    found = [e for e in run("تظاهر آلاف الفلسطينيين أمس قرب السياج الحدودي شرق مدينة غزة. "
                            "وشارك المتظاهرون في مسيرات العودة ورفعوا الأعلام الفلسطينية. "
                            "وأسفرت غارات بعد الظهر عن إصابة 12 فلسطينيا في مدينة رفح.")
             if e.sub_event_type == "Air/drone strike"]
    assert found
    assert found[0].actor1 is not None and found[0].actor1.name == "Military Forces of Israel"


def test_demonstrators_who_bring_down_a_drone_still_act():
    found = [e for e in run("تظاهر آلاف الفلسطينيين أمس قرب السياج الحدودي شرق مدينة غزة. "
                            "وذكر شهود أن متظاهرين أسقطوا طائرة مسيرة إسرائيلية جنوب القطاع.")
             if e.sub_event_type == "Disrupted weapons use"]
    assert not found or found[0].actor1 is None or found[0].actor1.name.startswith("Protesters")


def test_those_who_fall_into_a_party_s_hands_were_arrested_by_it():
    e = one("وارتفع عدد المطلوبين الذين وقعوا في قبضة الشرطة العراقية إلى سبعة بعد اعتقال اثنين منهم أمس في مدينة "
            "الموصل.", "Arrests")
    assert e.actor1 is not None and e.actor1.name == "Police Forces of Iraq"


def test_a_town_freed_from_a_party_s_grip_was_taken_from_it():
    # (من قبضة: the party lost the ground, it did not take it)
    e = next((e for e in run("وتمكنت قوات الجيش اليمني أمس من تحرير مديرية حيس من قبضة ميليشيات الحوثي.")
              if e.actor1 is not None), None)
    assert e is not None and e.actor1.name == "Military Forces of Yemen"


def test_an_insult_before_a_group_s_name_labels_that_group():
    e = one("وقصفت ميليشيات التمرد الحوثي منازل المواطنين في مديرية حيس جنوب الحديدة أمس.",
            "Shelling/artillery/missile attack")
    assert e.actor1 is not None and e.actor1.name == "Houthi Movement"


def test_an_insult_with_no_group_named_after_it_stays_an_unnamed_group():
    e = one("وقصفت قوات التمرد منازل المواطنين في مديرية حيس جنوب الحديدة أمس.", "Shelling/artillery/missile attack")
    assert e.actor1 is not None and e.actor1.name.startswith("Unidentified Armed Group")


@pytest.mark.parametrize("text,sub", [
    ("وقصفت مدفعية الجيش السوري أمس الأحياء السكنية في بلدة كفرنبل بريف إدلب.", "Shelling/artillery/missile attack"),
    ("وألقت مروحيات النظام السوري أمس براميل متفجرة على مساكن في بلدة اللطامنة بريف حماة.", "Air/drone strike"),
])
def test_where_people_live_hit_by_a_strike_is_its_people(text, sub):
    e = one(text, sub)
    assert e.actor1 is not None and e.actor1.name == "Military Forces of Syria"
    assert e.actor2 is not None and e.actor2.name == "Civilians (Syria)"


def test_people_named_twice_are_no_doer_of_the_attack():
    e = one("ونفى الجيش أنه يستهدف المدنيين، لكن ناشطين يتهمون مدفعية الجيش السوري بقصف الأسواق والمناطق السكنية "
            "في مدينة دوما أمس.", "Shelling/artillery/missile attack")
    assert e.actor1 is None or e.actor1.inter != 7
