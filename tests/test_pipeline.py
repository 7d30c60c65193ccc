"""End to end on sentences written for these tests: types, places, actors, dates, tolls, attribution."""

import pytest

import marsad
from conftest import PUB, extract
from marsad.arabic.document import analyse

run = extract


def only(events, sub):
    found = [e for e in events if e.sub_event_type == sub]
    assert found, f"no {sub} in {[e.sub_event_type for e in events]}"
    return found


def test_town_retaken_with_nested_sources():
    text = "ذكرت وكالة سانا نقلا عن مصدر عسكري أن الجيش السوري سيطر أمس على مدينة تدمر بعد معارك مع تنظيم داعش."
    (e,) = only(run(text), "Government regains territory")
    assert e.event_type == "Battles"
    assert e.actor1.name == "Military Forces of Syria"
    assert e.actor2.name.startswith("Islamic State")
    assert e.location.country == "SY" and e.location.geo_precision == 1
    assert abs(e.location.latitude - 34.56) < 0.2
    assert e.event_date == "2018-04-09" and e.time_precision == 1
    assert e.attribution.reported_by == ["صحيفة الاختبار", "سانا", "مصدر عسكري"]
    assert e.attribution.status == "asserted"
    assert text[e.evidence.start : e.evidence.end] == e.evidence.text


def test_relay_verb_puts_the_agency_before_its_source():
    text = "مصدر أمني أكد في تصريح نقلته وكالة رويترز أن قوات الأمن اعتقلت خمسة أشخاص في مدينة الموصل اليوم."
    (e,) = only(run(text), "Arrests")
    assert e.attribution.reported_by == ["صحيفة الاختبار", "رويترز", "مصدر أمني"]
    assert e.location.country == "IQ"


def test_air_strike_with_stated_toll_and_civilian_victims():
    text = "قتل سبعة مدنيين وأصيب عشرون آخرون في غارة جوية استهدفت سوقا في مدينة سراقب بريف إدلب اليوم."
    (e,) = only(run(text), "Air/drone strike")
    assert e.fatalities == 7
    assert e.actor2 is not None and e.actor2.name == "Civilians (Syria)" and e.actor2.inter == 7
    assert e.location.country == "SY"


def test_vague_toll_is_null_with_text_kept():
    text = "سقط عشرات القتلى في قصف مدفعي على بلدة كفرنبل في ريف إدلب أمس."
    (e,) = only(run(text), "Shelling/artillery/missile attack")
    assert e.fatalities is None and e.fatalities_text and "عشرات" in e.fatalities_text


def test_coordinated_villages_are_one_event_each_even_when_unknown():
    text = "سيطرت قوات الجيش أمس على قرى الزهراء والمشيرفة وتل الصخر في ريف حماة الشرقي."
    events = only(run(text), "Government regains territory")
    mentions = sorted(e.location.mention for e in events)
    assert mentions == sorted(["الزهراء", "المشيرفة", "تل الصخر"])
    for e in events:
        assert e.location.country == "SY"
        assert e.location.geo_precision in (2, 3)  # placed at the region's main town, not invented
        assert e.location.latitude is not None


def test_protest_dispersed_by_police_is_one_protest_with_intervention():
    text = ("تظاهر مئات الأشخاص مساء الأحد أمام مبنى المحافظة في مدينة البصرة احتجاجا على انقطاع الكهرباء. "
            "وأطلقت الشرطة الغاز المسيل للدموع لتفريق المتظاهرين.")
    events = run(text)
    protests = [e for e in events if e.event_type == "Protests"]
    assert [e.sub_event_type for e in protests] == ["Protest with intervention"]
    (e,) = protests
    assert e.actor1.name == "Protesters (Iraq)"
    assert e.event_date == "2018-04-08"


@pytest.mark.parametrize(
    "text",
    [
        "لم تقصف الطائرات الحربية أي بلدة في ريف حلب أمس.",
        "يستعد الجيش لشن هجوم واسع على مدينة إدلب خلال الأيام المقبلة.",
        "هدد الحوثيون بقصف مطار أبها إذا استمرت الغارات.",
        "سيطر تنظيم داعش على مدينة الموصل في عام 2014 قبل أن يطرد منها.",
        "التقى وزير الخارجية نظيره الروسي في موسكو لبحث الأزمة السورية.",
        "ارتفعت أسعار النفط في الأسواق العالمية اليوم بعد قرار منظمة أوبك.",
        "وكانت القوات الحكومية قد استعادت السيطرة على مدينة حلب قبل أشهر.",
        # who holds an area is a state, not a takeover
        "وصلت المساعدات إلى بلدة كفرنبل التي تسيطر عليها فصائل المعارضة.",
        "يتوجه النازحون إلى آخر مدينة يسيطر عليها المقاتلون في ريف حمص.",
        "نفذ التنظيم إعدامات في ساحة المدينة عندما كانوا يسيطرون على مدينة درنة.",
        # background: during an earlier battle, since an earlier offensive
        "كان التنظيم يستخدم الطائرات المسيرة إبان معركة الرقة.",
        "نزح آلاف المدنيين من عفرين منذ بدء الهجوم التركي على المنطقة.",
        # a campaign's name is not its outcome
        "دخلت معركة تحرير مدينة الحديدة مرحلة جديدة بحسب مصادر عسكرية.",
        # tallies over a period sum many events
        "ومنذ بدء الاحتجاجات قتل 45 متظاهرا برصاص قوات الأمن في مدينة البصرة.",
        "وثق الدفاع المدني مقتل 1400 مدني في 34 يوما من القصف على مدينة دوما.",
        # what is scheduled has not happened
        "ومن المقرر أن تنظم احتجاجات في مدينة غزة بمناسبة ذكرى يوم الأرض.",
        # a tally since the start of the war
        "قتل أكثر من 130 ألف مدني في مدينة حلب منذ تصاعد أعمال القتال.",
        # every battle is battles in general
        "وفي كل معركة في شمال سوريا كان المدنيون عالقين بين الأطراف.",
        # "خطف" also snatches a win
        "خطف فريق نابولي فوزا ثمينا من ضيفه في ملعب مدينة نابولي أمس.",
        # a right is not a deed
        "اعتبر الرئيس أن من حق الحكومة استعادة السيطرة على مدينة إدلب.",
        # a word inside a group's name is not an event
        "قال المرصد إن هيئة تحرير الشام تنتشر في مدينة إدلب.",
        # a demonstrative points back to an event already told
        "وبالتزامن مع هذه المعارك وصلت تعزيزات إلى مدينة الحديدة.",
        # "with the taking of X, ..." recalls a takeover told before
        "وبالسيطرة على بلدة موزع يقطع الجيش طرق الإمداد عن مدينة تعز.",
    ],
)
def test_negation_intentions_threats_history_and_statements_yield_no_event(text):
    assert run(text) == []


def test_claim_reported_as_false_is_denied_and_linked():
    text = ("وقال ناشطون إن الفصائل سيطرت أمس على بلدة مورك في ريف حماة، وهو الخبر الذي ثبت عدم صحته "
            "بعد إعلان مصادر محلية أن الجيش السوري سيطر على البلدة.")
    events = run(text)
    denied = [e for e in events if e.attribution.status == "denied"]
    assert denied, [(e.sub_event_type, e.attribution.status) for e in events]
    assert "ناشطون" in denied[0].attribution.reported_by
    others = [e for e in events if e.attribution.status != "denied"]
    assert others and denied[0].attribution.contradicted_by == [others[0].event_id]


def test_claim_by_a_party_is_claimed():
    text = "زعم التنظيم في بيان أن عناصره قتلوا عشرين جنديا في هجوم على حاجز للجيش قرب مدينة تدمر أمس."
    events = run(text)
    assert events and all(e.attribution.status == "claimed" for e in events)


def test_loaded_label_stays_in_mention_not_in_canonical_fields():
    text = "قصفت طائرات حربية مواقع الدواعش في مدينة الميادين أمس."
    (e,) = only(run(text), "Air/drone strike")
    actor = e.actor2 or e.actor1
    assert actor.name == "Islamic State (Syria)"
    assert actor.mention == "الدواعش" and actor.framing == "pejorative"


def test_generic_army_resolves_by_the_country_of_the_event():
    syria = run("سيطر الجيش أمس على بلدة القريتين في ريف حمص بعد معارك عنيفة.")
    iraq = run("سيطر الجيش أمس على قضاء تلعفر غرب مدينة الموصل بعد معارك عنيفة.")
    assert only(syria, "Government regains territory")[0].actor1.name == "Military Forces of Syria"
    assert only(iraq, "Government regains territory")[0].actor1.name == "Military Forces of Iraq"


def test_same_input_same_ids():
    text = "انفجرت عبوة ناسفة في سوق مدينة الرمادي صباح اليوم ما أدى إلى مقتل ثلاثة أشخاص."
    a = [e.event_id for e in run(text)]
    b = [e.event_id for e in run(text)]
    assert a and a == b


def test_bomb_with_no_named_perpetrator_is_unidentified_armed_group():
    text = "انفجرت عبوة ناسفة في سوق مدينة الرمادي صباح اليوم ما أدى إلى مقتل ثلاثة أشخاص."
    (e,) = only(run(text), "Remote explosive/landmine/IED")
    assert e.actor1.name == "Unidentified Armed Group (Iraq)"
    assert e.fatalities == 3
    assert e.event_date == PUB and e.time_precision == 1


def test_title_and_body_telling_one_event_give_one_record():
    events = marsad.extract("فجر انتحاري نفسه في سوق بمدينة كركوك صباح اليوم ما أدى إلى مقتل خمسة أشخاص.",
                            title="مقتل خمسة في تفجير انتحاري بكركوك", published=PUB, article_id="t")
    assert [e.sub_event_type for e in events] == ["Suicide bomb"]
    assert events[0].evidence.field == "text" and events[0].fatalities == 5


def test_the_distinctions_acled_draws():
    cases = {
        "شنت طائرات حربية غارات على بلدة كفرنبل في ريف إدلب أمس.": "Air/drone strike",
        "سقطت قذائف هاون على حي باب توما في دمشق أمس.": "Shelling/artillery/missile attack",
        "انفجرت عبوة ناسفة بدورية للشرطة في مدينة العريش أمس.": "Remote explosive/landmine/IED",
        "فجر انتحاري حزاما ناسفا في مدينة كركوك أمس.": "Suicide bomb",
        "اعتقلت قوات الأمن عشرة أشخاص في مدينة البصرة أمس.": "Arrests",
        "اعترضت الدفاعات الجوية صاروخا باليستيا فوق مدينة جازان أمس.": "Disrupted weapons use",
        "هاجمت طائرة مسيرة تابعة للحوثيين مطار أبها أمس.": "Air/drone strike",
    }
    for text, sub in cases.items():
        assert sub in [e.sub_event_type for e in run(text)], text


def test_non_state_actor_takeover_versus_government_regains():
    (e,) = only(run("سيطر مقاتلو تنظيم داعش أمس على بلدة القريتين في ريف حمص."), "Non-state actor overtakes territory")
    assert e.actor1.name == "Islamic State (Syria)"


def test_support_phrases_and_purposes_are_not_events():
    events = run("سيطر الجيش السوري أمس بمؤازرة الطيران الحربي على بلدة القريتين في ريف حمص.")
    assert [e.sub_event_type for e in events] == ["Government regains territory"]
    assert run("أرسل الجيش تعزيزات للسيطرة على مدينة درعا.") == []


def test_clashes_at_a_demonstration_are_the_demonstration_meeting_force():
    events = run("اندلعت مواجهات بين المتظاهرين والشرطة أمام مبنى البرلمان في بغداد أمس.")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_ta_marbuta_keeps_demonstration_apart_from_manifestations():
    assert run("حذر المسؤول من مظاهره الخطيرة في مدينة حلب.") == []


def test_state_affiliated_forces_regain_territory_for_the_state():
    (e,) = only(run("سيطرت ألوية العمالقة أمس على مديرية التحيتا جنوب الحديدة بعد معارك مع الحوثيين."),
                "Government regains territory")
    assert e.actor1.name == "Giants Brigades" and e.actor2.name == "Houthi Movement"


def test_a_denial_covers_the_whole_story_of_the_sources_it_denies():
    text = ("ذكرت صفحات معارضة نقلا عن ناشطين أن الفصائل تقدمت أمس باتجاه مدينة مورك، وقال ناشطون إن الفصائل "
            "سيطرت على بلدة كفرزيتا، وهو الخبر الذي ثبت عدم صحته.")
    events = run(text)
    assert events and all(e.attribution.status == "denied" for e in events)


def test_an_agency_named_after_the_events_of_its_sentence_is_their_source():
    text = "جرى اتفاق لإخراج المسلحين من مدينة دوما، وذكرت وكالة رويترز أن الحافلات وصلت إلى المدينة."
    (e,) = only(run(text), "Agreement")
    assert e.attribution.reported_by == ["صحيفة الاختبار", "رويترز"]


def test_the_other_side_of_a_battle_is_found_later_in_the_sentence():
    text = "استعادت وحدات الجيش السوري السيطرة على مدينة تدمر، وقضت على عشرات من مسلحي تنظيم داعش."
    (e,) = only(run(text), "Government regains territory")
    assert e.actor1.name == "Military Forces of Syria" and e.actor2.name == "Islamic State (Syria)"


def test_a_denied_claim_keeps_its_event_with_status_denied():
    text = "نفى الجيش الإسرائيلي أن تكون طائراته قد شنت أمس غارات على مدينة دير البلح في قطاع غزة."
    events = run(text)
    assert events and all(e.attribution.status == "denied" for e in events)
    assert events[0].attribution.cue.startswith("نفى")


def test_victims_named_after_the_event_are_its_target():
    text = "شنت طائرات حربية غارات على بلدة خان شيخون في ريف إدلب، ما أدى إلى مقتل ستة مدنيين."
    (e,) = only(run(text), "Air/drone strike")
    assert e.actor2.name == "Civilians (Syria)" and e.fatalities == 6


def test_a_present_control_verb_in_a_headline_is_still_news():
    events = run("قوات الجيش تسيطر على بلدة اللطامنة في ريف حماة الشمالي")
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


def test_an_ordinary_word_after_a_place_cue_is_no_place():
    from marsad.arabic.document import analyse
    from marsad.resolve.places import find_places

    # "منطقة تبعد" (an area lying ...), "قاعدة بيانات" (a database): not names of unknown places
    (e,) = run("وصل المتظاهرون إلى منطقة تبعد مئة متر عن السياج في قطاع غزة أمس.")
    assert e.location.mention == "قطاع غزة"
    found = [m.text for m in find_places(analyse("نشرت الوزارة قاعدة بيانات عامة عن المعتقلين في الرياض."))]
    assert found == ["الرياض"]
    # a street keeps its ordinary-word name
    assert [m.text for m in find_places(analyse("انفجرت عبوة في شارع النضال وسط بغداد."))][0] == "النضال"
    assert [m.text for m in find_places(analyse("انتشر الجنود في شارع بدت عليه آثار المعارك في حمص."))] == ["حمص"]


def test_an_arrest_by_the_authorities_needs_no_armed_actor_in_the_report():
    (e,) = run("اعتقلت السلطات عشرة ناشطين في مدينة الرياض أمس.")
    assert e.sub_event_type == "Arrests" and e.location.country == "SA"


def test_an_unspecific_attack_takes_the_type_the_report_tells():
    text = ("شنت طائرات حربية غارات جوية على بلدة معرة النعمان في ريف إدلب أمس. "
            "وأدى الهجوم على سوق مدينة سراقب إلى مقتل سبعة مدنيين.")
    subs = {e.location.mention: e.sub_event_type for e in run(text)}
    assert subs.get("سراقب") == "Air/drone strike", subs
    # with no remote violence told, the attack on civilians stays an attack
    (e,) = run("وأدى الهجوم على سوق مدينة سراقب إلى مقتل سبعة مدنيين أمس.")
    assert e.sub_event_type == "Attack"


def test_chemical_attack_spelling_variants():
    for word in ("هجوم كيمياوي", "هجوم كيميائي", "هجوم كيماوي"):
        events = run(f"قتل عشرون شخصا في {word} على مدينة دوما أمس.")
        assert [e.sub_event_type for e in events] == ["Chemical weapon"], word


def test_a_projectile_event_is_where_it_fell_not_where_it_left():
    (e,) = run("أطلق الحوثيون صاروخا من محافظة صعدة على مدينة نجران أمس.")
    assert e.location.mention == "نجران" and e.location.country == "SA"
    (e,) = run("أطلقت ثلاث قذائف من قطاع غزة على مدينة سديروت أمس.")
    assert e.location.mention == "سديروت"


def test_plural_mountains_are_a_list_of_places():
    events = run("تمكنت قوات الجيش من السيطرة على جبال الكاب والاسقاط ونعاض في مديرية كتاف أمس.")
    assert sorted(e.location.mention for e in events) == ["الاسقاط", "الكاب", "نعاض"]


def test_background_with_a_recent_date_of_its_own_is_an_event():
    (e,) = run("وكانت القوات الحكومية قد استعادت السيطرة على مدينة حرستا في السادس من نيسان.")
    assert e.sub_event_type == "Government regains territory" and e.event_date == "2018-04-06"
    assert run("وكانت القوات الحكومية قد استعادت السيطرة على مدينة حرستا في السادس من كانون الثاني.") == []


def test_agreeing_to_an_evacuation_is_an_agreement_at_each_place_of_a_comma_list():
    events = run("وافقت جماعة مسلحة على إجلاء مقاتليها من مناطق جوبر، وعربين، وعين ترما في الغوطة الشرقية أمس.")
    assert sorted(e.location.mention for e in events if e.sub_event_type == "Agreement") == ["جوبر", "عربين", "عين ترما"]
    # agreeing to talk is no deal
    assert run("وافقت الحكومة على المشاركة في محادثات جنيف الأسبوع المقبل.") == []


def test_an_anaphor_refers_to_the_place_named_with_the_same_cue():
    events = run("حررت قوات الجيش مديرية موزع غرب تعز أمس، وسيطرت على مركز المديرية.")
    assert {e.location.name for e in events} == {"Mawza‘"}, [e.location for e in events]


def test_a_takeover_is_of_the_place_before_a_subordinate_clause():
    events = run("سيطرت قوات الجيش على بلدة موزع أمس بعد قطع خطوط الإمداد من مدينة المخا.")
    assert [e.location.mention for e in events] == ["موزع"]


def test_protests_announced_for_tomorrow_are_no_event():
    assert run("ستتزامن مظاهرات يوم غد في مدينة القدس مع ذكرى النكبة.") == []


def test_a_source_shown_to_speak_for_a_side_stays_a_claim_later_in_the_report():
    text = ("وقالت وكالة سبأ التابعة للحوثيين إن المفاوضات متوقفة. "
            "وقالت سبأ أيضا إن الحوثيين أطلقوا صواريخ على مدينة نجران أمس.")
    (e,) = run(text)
    assert e.attribution.status == "claimed" and "سبأ" in e.attribution.reported_by
    # an agency with no such tie reports as fact
    (e,) = run("وقالت وكالة سبأ إن صواريخ سقطت على مدينة نجران أمس.")
    assert e.attribution.status == "asserted"


def test_tightening_control_is_a_takeover():
    (e,) = run("وأحكم الجيش سيطرته بشكل كامل، السبت، على بلدة اللطامنة في ريف حماة.")
    assert e.sub_event_type == "Government regains territory" and e.event_date == "2018-04-07"


def test_a_toll_in_a_sentence_of_its_own_completes_the_event_before_it():
    (e,) = run("استهدفت غارة جوية سوقا شعبيا في مدينة سراقب أمس. وبلغ عدد القتلى 39 مدنيا بحسب الدفاع المدني.")
    assert e.sub_event_type == "Air/drone strike" and e.fatalities == 39
    # but not an event three sentences back
    text = ("استهدفت غارة جوية سوقا شعبيا في مدينة سراقب أمس. وعقد مجلس الأمن جلسة طارئة. "
            "ودعا الأمين العام إلى التهدئة. وقالت الأمم المتحدة إن مجاعة تهدد البلاد. وبلغ عدد القتلى في البلاد 39 ألفا منذ بداية العام.")
    assert [e.fatalities for e in run(text)] == [None]


def test_a_demonstration_with_deaths_met_lethal_force():
    (e,) = run("خرجت مظاهرات عند السياج الحدودي شرق مدينة غزة أمس أسفرت عن مقتل ثلاثة متظاهرين.")
    assert e.sub_event_type == "Excessive force against protesters" and e.fatalities == 3


def test_destroying_a_missile_in_flight_is_disrupting_it():
    subs = {e.sub_event_type for e in run("دمرت الدفاعات الجوية صاروخين في منطقة الكسوة بريف دمشق أمس.")}
    assert "Disrupted weapons use" in subs
    # destroying positions is the strike itself, not a disruption
    events = run("دمرت غارات جوية مواقع المسلحين في بلدة كفرنبل أمس.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_a_definite_event_noun_reports_with_a_day_or_a_toll_and_recalls_without():
    (e,) = run("أسفرت الغارات الجوية على بلدة كفرنبل أمس عن مقتل خمسة مدنيين.")
    assert e.sub_event_type == "Air/drone strike" and e.fatalities == 5
    assert run("وصل النازحون الذين أنهكتهم الغارات الجوية إلى مدينة إدلب.") == []
    # a verb of taking place makes it a report: where the clashes were
    events = run("وتركزت الاشتباكات بين الجيش والمسلحين في بلدة كفرنبل ومحيطها.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_definite_clashes_after_a_demonstration_are_its_clashes():
    text = ("خرجت مسيرات في مدن الضفة الغربية أمس احتجاجا على قرار نقل السفارة. "
            "وتقول مصادر محلية إن المواجهات وقعت في الخليل ونابلس.")
    subs = [(e.sub_event_type, e.location.name) for e in run(text)]
    assert ("Protest with intervention", "Hebron") in subs and ("Protest with intervention", "Nablus") in subs
    assert not any(s == "Armed clash" for s, _ in subs)


def test_townspeople_who_demonstrate_are_the_protesters_and_the_police_the_other_side():
    text = ("تظاهر مئات من أهالي مدينة الناصرية مساء الأحد أمام مبنى المحافظة. "
            "وأطلقت قوات الشرطة الغاز المسيل للدموع لتفريق المحتجين.")
    (e,) = run(text)
    assert e.sub_event_type == "Protest with intervention"
    assert e.actor1.name == "Protesters (Iraq)" and e.actor2.name == "Police Forces of Iraq"


def test_gunmen_snatching_people_is_an_abduction():
    (e,) = run("وخطف مسلحون مجهولون ثلاثة صحفيين في مدينة الموصل أمس.")
    assert e.sub_event_type == "Abduction/forced disappearance"


def test_a_foreign_army_taking_ground_is_not_the_government_regaining_it():
    (e,) = run("سيطر الجيش التركي على مدينة عفرين السورية أمس.")
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert e.actor1.name == "Military Forces of Turkey"
    (e,) = run("سيطر الجيش السوري على مدينة عفرين أمس.")
    assert e.sub_event_type == "Government regains territory"


def test_state_forces_killing_demonstrators_is_excessive_force():
    from marsad.extract.frames import find_frames
    from marsad.models import Actor
    from marsad.resolve.roles import finalize_type

    (frame,) = [f for f in find_frames(analyse("اندلعت اشتباكات في المدينة").sentences[0])]
    army = Actor("Military Forces of Israel", "", "", 1, "IL")
    crowd = Actor("Protesters (Palestine)", "", "", 6, "PS")
    assert finalize_type(frame, army, crowd, "PS") == "Excessive force against protesters"
    assert finalize_type(frame, crowd, army, "PS") == "Excessive force against protesters"


def test_new_cities_are_no_place_and_a_wave_of_abductions_is_an_abduction():
    from marsad.models import Article
    from marsad.pipeline import analyse_article

    analysed = analyse_article(Article("t", "توسعت الاحتجاجات إلى مدن جديدة في جنوب العراق.", None, PUB, None))
    assert [m.text for m in analysed.body.places] == ["جنوب العراق"]
    (e,) = run("شنت الميليشيات حملة اختطافات واسعة في قرى مديرية عتمة أمس.")
    assert e.sub_event_type == "Abduction/forced disappearance"


def test_may_and_fears_are_no_events_but_has_is():
    assert run("وقال المسؤول إن الجيش قد يقصف مواقع المسلحين في بلدة كفرنبل.") == []
    assert run("وأبدى السكان تخوفات من قصف الجيش لمواقع المسلحين في بلدة كفرنبل.") == []
    events = run("وكانت القوات الحكومية قد سيطرت أمس على بلدة كفرنبل.", published="2018-03-02")
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


def test_a_rule_or_a_ban_named_after_an_event_noun_is_no_event():
    assert run("واتهم الجيش الإسرائيلي حماس بتغيير قواعد الاشتباك في قطاع غزة.") == []
    assert run("ووصل مفتشو منظمة حظر الأسلحة الكيميائية إلى دمشق أمس.") == []


def test_holding_ground_for_years_is_history_not_a_takeover():
    assert run("وسيطر تنظيم داعش على مدينة الموصل ثلاث سنوات قبل طرده منها.") == []
    (e,) = run("وسيطر تنظيم داعش على مدينة الموصل أمس بعد معارك استمرت ساعات.")
    assert e.sub_event_type == "Non-state actor overtakes territory"


def test_a_verbs_object_may_follow_a_time_between_commas():
    events = run("أسقطت قوات الجيش، مساء الجمعة، طائرة استطلاع للحوثيين فوق مديرية حيس.")
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]
    # without a weapon anywhere near, the verb is no disruption
    assert run("أسقطت المحكمة، مساء الجمعة، التهم عن المتهمين في مدينة صعدة.") == []


def test_disrupting_weapons_told_with_the_forms_news_uses():
    subs = {e.sub_event_type for e in run("أعلن الجيش عن تصديه لطائرتين دون طيار فوق بلدة كفرنبل أمس.")}
    assert "Disrupted weapons use" in subs
    subs = {e.sub_event_type for e in run("تمكنت الدفاعات من اعتراض الصاروخ فوق مدينة جازان أمس.")}
    assert "Disrupted weapons use" in subs


def test_agreeing_to_lay_down_arms_is_an_agreement():
    (e,) = run("وافق مقاتلو المعارضة في بلدة بصرى الشام أمس على إلقاء سلاحهم.")
    assert e.sub_event_type == "Agreement"


def test_youths_throwing_stones_is_a_violent_demonstration():
    events = run("وألقى شبان فلسطينيون الحجارة على الجنود وأشعلوا الإطارات في بلدة بيت أمر أمس.")
    assert "Violent demonstration" in {e.sub_event_type for e in events}


def test_clashes_of_an_army_with_townspeople_are_no_battle():
    events = run("وأدت مواجهات بين الجيش الإسرائيلي ومواطنين فلسطينيين قرب بلدة بيت أمر أمس إلى مقتل شاب.")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
    # two armed sides are a battle
    events = run("وأدت مواجهات بين الجيش السوري ومسلحي المعارضة قرب بلدة كفرنبل أمس إلى مقتل ثلاثة.")
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_takeover_of_what_is_pointed_back_to_or_hoped_for_is_no_new_event():
    text = "وقطع الجيش اليمني خطوط الإمداد بالسيطرة على هذه المواقع في مديرية نهم."
    assert not [e for e in run(text) if e.event_type == "Strategic developments" or "territory" in e.sub_event_type]
    text = "وتتواصل عمليات الإجلاء من مدينة دوما ليتمكن الجيش السوري بعدها من بسط سيطرته على المدينة."
    assert not [e for e in run(text) if "territory" in e.sub_event_type]


def test_an_air_forces_bombardment_with_no_gun_named_is_an_air_strike():
    (e,) = run("وقتل ثلاثة فلسطينيين في قصف إسرائيلي على بلدة بيت لاهيا أمس.")
    assert e.sub_event_type == "Air/drone strike"
    (e,) = run("وقتل ثلاثة فلسطينيين في قصف مدفعي إسرائيلي على بلدة بيت لاهيا أمس.")
    assert e.sub_event_type == "Shelling/artillery/missile attack"


def test_a_part_of_a_country_gives_way_to_the_report_own_place_in_it():
    text = ("قالت مصادر طبية إن طائرات التحالف شنت أمس غارة جوية على شمال غربي اليمن أسفرت عن مقتل 12 شخصا. "
            "وتشهد مدينة حجة منذ أشهر معارك متواصلة، وقد نزح آلاف السكان من حجة إلى المدن المجاورة.")
    (e,) = only(run(text), "Air/drone strike")
    assert e.location.name_ar == "حجة" and e.location.country == "YE"


def test_a_part_of_a_country_far_from_the_report_place_stays():
    # Daraa lies in the south: an event "في شمال سوريا" is not there
    text = ("قصفت طائرات حربية أمس مواقع في شمال سوريا. وتستمر المعارك في درعا، حيث يتقدم الجيش السوري في درعا "
            "بعد معارك مع فصائل المعارضة.")
    e = only(run(text), "Air/drone strike")[0]
    assert e.location.mention == "شمال سوريا" and e.location.geo_precision == 3


def test_merged_tellings_never_make_a_side_both_parties():
    events = run("أطلقت ميليشيات الحوثي، اليوم الاثنين، صاروخا باليستيا باتجاه مدينة مأرب، واعترضته الدفاعات الجوية "
                 "للتحالف ودمرته في الجو.\nوقد تعرضت مأرب مرارا لهجمات صاروخية حوثية وأسقطتها الدفاعات الجوية للتحالف.")
    (shelling,) = only(events, "Shelling/artillery/missile attack")
    assert shelling.actor1.name == "Houthi Movement"
    assert all(e.actor2 is None or e.actor1 is None or e.actor1.name != e.actor2.name for e in events)
