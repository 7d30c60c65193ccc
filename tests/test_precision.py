"""Precision: sentences that name an event word but report no new event at a place, and the events they must keep."""

import marsad
from conftest import extract

PUB = "2018-05-10"


def run(text):
    return extract(text, published=PUB)


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


def test_a_war_toll_is_a_tally_not_an_event():
    text = ("قصفت طائرات حربية أمس بلدة معرة النعمان. وقتل أكثر من 12 ألف شخص في المعارك التي تشهدها محافظة إدلب، "
            "وقتل نحو 300 مدني في الاشتباكات بين الفصائل في مدينة سراقب.")
    found = run(text)
    assert [e.location.name_ar for e in found] == ["معرة النعمان"]


def test_a_toll_of_hundreds_on_a_named_day_is_one_event():
    (e,) = run("قتل أكثر من 150 شخصا في تفجير سيارة مفخخة استهدف سوقا شعبيا في مدينة الحلة يوم الأربعاء.")
    assert e.sub_event_type == "Remote explosive/landmine/IED" and e.fatalities == 150


def test_what_is_done_in_order_to_is_not_done():
    text = "وقال الوزير إن حماس تنظم هجوما على إسرائيل من أجل تحطيم السياج واختطاف وقتل السكان في بلدة سديروت."
    assert run(text) == []
    (e,) = run("وقتل مسلحون ثلاثة من السكان في بلدة سديروت أمس.")
    assert e.location.name_ar == "سديروت"


def test_the_lands_a_border_lies_between_are_not_event_places():
    text = "قتل شاب فلسطيني أمس برصاص الجيش الإسرائيلي خلال مواجهات على السياج الحدودي الفاصل بين إسرائيل وقطاع غزة."
    found = run(text)
    assert len(found) == 1 and found[0].location.name_ar != "قطاع غزة"


def test_a_sentence_told_as_background_has_no_undated_event():
    text = ("وكانت المنظمات الإنسانية، قد بدأت، قبل أسبوع، بإجلاء موظفيها من المدينة، بالتزامن مع تقدم القوات "
            "الحكومية في بلدة الحسينية.")
    assert run(text) == []
    assert run("وكانت استعادة مدينة الموصل هدفا رئيسيا للقوات العراقية.") == []
    (e,) = run("وكانت القوات العراقية قد سيطرت أمس على بلدة القائم.")
    assert e.sub_event_type == "Government regains territory" and e.event_date == "2018-05-09"


def test_where_a_report_was_filed_is_not_where_its_unplaced_events_were():
    text = ("دبي، الإمارات العربية المتحدة (CNN) -- أعلن المتحدث باسم التحالف الدولي أن قوات سوريا الديمقراطية "
            "صدت الأحد هجوما على قرى شرقي دير الزور. وقال المتحدث: \"هاجمت قوات الحكومة السورية مواقع قوات سوريا "
            "الديمقراطية صباح الأحد\".")
    found = marsad.extract(text, article_id="t", published="2018-04-29")
    assert found and all(e.location.country == "SY" for e in found)


def test_a_small_town_abroad_is_not_the_report_main_place():
    from marsad.resolve.event_places import main_place
    from marsad.resolve.gazetteer import GazPlace
    from marsad.resolve.places import PlaceMention

    def mention(name, country, population, kind):
        m = PlaceMention(0, 0, 1, name, [])
        m.resolved = GazPlace(name, None, country, None, None, 1.0, 1.0, None, population, kind, "geonames")
        return m

    person = [mention("Dillon", "US", 6000, "town"), mention("Dillon", "US", 6000, "town")]
    home = mention("Deir ez-Zor", "SY", 270000, "city")
    assert main_place([*person, home], ["SY", "IQ"]) is home
    assert main_place(person, ["SY", "IQ"]) is person[0]  # nothing else named: the town stays


def test_demonstrators_who_turn_violent_are_one_riot():
    text = ("تظاهر مئات المحتجين أمس في مدينة الناصرية للمطالبة بفرص العمل، واقتحم المحتجون الغاضبون مبنى المحافظة "
            "في الناصرية وأضرموا النار فيه.")
    subs = [e.sub_event_type for e in run(text)]
    assert subs == ["Violent demonstration"]


def test_a_news_agency_named_after_a_place_is_no_event_place():
    found = run("وقالت وكالة فارس إن مئات المحتجين تظاهروا أمس احتجاجا على غلاء الأسعار.")
    assert "فارس" not in places(found)


def test_an_event_a_week_or_more_before_the_news_is_background():
    text = "وهدد الوزير أمس بالرد، وذلك بعد أسبوع على قصف مطار المزة العسكري قرب دمشق."
    assert [e for e in run(text) if e.event_type == "Explosions/Remote violence"] == []
    text = "وقتل ثلاثة مدنيين أمس في قصف على مطار المزة العسكري قرب دمشق، بعد يوم من غارة مماثلة."
    assert [e for e in run(text) if e.event_type == "Explosions/Remote violence"]


def test_a_clause_naming_last_year_tells_history():
    assert run("قتل جنديان عراقيان في اشتباكات مع مسلحي داعش في مدينة الموصل العام الماضي.") == []
    (e,) = run("قتل جنديان عراقيان في اشتباكات مع مسلحي داعش في مدينة الموصل أمس.")
    assert e.sub_event_type == "Armed clash"


def test_a_crime_told_in_a_court_report_is_not_news():
    text = "قضت محكمة فرنسية أمس بسجن شاب عشر سنوات بعد أن فجر عبوة ناسفة قرب محطة قطار في مدينة ليون."
    assert run(text) == []


def test_a_court_building_taken_is_still_a_takeover():
    text = "وسيطرت قوات الجيش اليمني أمس على مبنى محكمة مديرية حيس بعد معارك مع الحوثيين."
    assert "Government regains territory" in {e.sub_event_type for e in run(text)}


def test_an_attack_in_words_is_no_event():
    assert run("وفي مدينة مشهد، هاجم رجل الدين في خطبة الجمعة أمس الطلاب ووصفهم بالعملاء.") == []
    (e,) = run("وفي مدينة مشهد، هاجم مسلحون أمس مقرا للشرطة.")
    assert e.event_type == "Battles"


def test_what_is_feared_has_not_happened():
    text = ("وقال مسؤول أممي إن ما نخشاه هو أنه بعد انتهاء الحملة على الغوطة قد نرى معارك دامية بين الجيش السوري "
            "والفصائل المسلحة في مدينة إدلب.")
    assert run(text) == []


def test_what_will_be_is_no_event():
    text = ("وقال المحلل إن هذه المعركة ستكون الأحدث في سلسلة معارك دامية بين الجيش السوري والفصائل المسلحة "
            "في حماة وحلب.")
    assert run(text) == []


def test_an_event_described_by_a_relative_clause_is_recalled():
    # beside a raid the report tells, the one its relative clause describes is known already (a report that
    # only recalls one tells it: see test_recall)
    text = ("واعتقلت قوات الأمن الأردنية أمس ثلاثة مطلوبين في مدينة إربد. "
            "وقدم الوزير تعازيه لأسر ضحايا المداهمة التي نفذتها قوات الأمن في بلدة الفحيص.")
    assert {e.location.name for e in run(text)} == {"Irbid"}


def test_an_event_whose_relative_clause_gives_its_day_outbreak_or_toll_is_reported():
    found = run("وقتل متظاهران أمس في التظاهرات التي خرجت في مدينة البصرة ضد البطالة.")
    assert [e.event_type for e in found] == ["Protests"]
    found = run("وأصيب مدنيان في القصف الذي استهدف أمس بلدة خان شيخون.")
    assert [e.event_type for e in found] == ["Explosions/Remote violence"]
    found = run("وقتل ثلاثة مدنيين في القصف الذي استهدف بلدة خان شيخون.")
    assert [e.event_type for e in found] == ["Explosions/Remote violence"]


def test_a_quoted_campaign_name_is_no_place():
    text = ("أطلق الحوثيون أمس صاروخا باليستيا باتجاه مدينة جازان. وجاء اعتراض الصاروخ في الذكرى الثالثة لانطلاق "
            "عملية \"عاصفة الحزم\" التي يقودها التحالف.")
    assert "الحزم" not in places(run(text))


def test_a_fight_against_an_abstraction_is_a_policy():
    text = "وقال وزير الدفاع الإسرائيلي أمس إن الجيش يخوض معركة ضد الإرهاب في قطاع غزة."
    assert run(text) == []
    (e,) = run("وقال المتحدث إن الجيش الإسرائيلي خاض أمس معركة ضد مسلحي حماس في قطاع غزة.")
    assert e.event_type == "Battles"


def test_a_celebration_of_an_event_looks_back_on_it():
    text = "وبث الإعلام العسكري أمس مقطعا لاحتفالات التحرير في مركز مديرية حيس بعد طرد الحوثيين منها."
    assert [e for e in run(text) if e.evidence.trigger == "التحرير"] == []


def test_background_told_with_a_day_in_an_aside_is_reported():
    found = run("وكان انفجار سيارة مفخخة في مدينة الرمادي، أمس الأربعاء، أسفر عن مقتل 12 شخصا.")
    assert [e.sub_event_type for e in found] == ["Remote explosive/landmine/IED"]
    assert found[0].event_date == "2018-05-09"


def test_what_an_earlier_statement_reported_may_be_news():
    text = "وكان شهود عيان قد أفادوا أن مسلحين فجروا سيارة مفخخة عند حاجز للجيش في مدينة الرمادي."
    assert "Remote explosive/landmine/IED" in {e.sub_event_type for e in run(text)}


def test_what_someone_is_charged_with_is_no_event():
    found = run("واعتقلت الشرطة أمس في مدينة الخليل ثلاثة شبان يشتبه في ضلوعهم بأعمال شغب وإحراق سيارات.")
    assert [e.sub_event_type for e in found] == ["Arrests"]


def test_a_suspected_attack_that_a_strike_answers_is_kept():
    text = "وقصفت طائرات حربية أمس مطار الشعيرات للاشتباه في شن القوات الحكومية هجوما بأسلحة كيميائية في مدينة دوما."
    assert "Chemical weapon" in {e.sub_event_type for e in run(text)}


def test_what_is_rumoured_has_not_happened():
    text = "وانقطعت الكهرباء أمس في مدينة الناصرية، مع انتشار شائعات بوصول التظاهرات إلى المدينة."
    assert run(text) == []


def test_a_campaign_name_is_no_event():
    assert run("وقال القيادي في الحركة أمس في مدينة خان يونس إن شعبنا ماض في مسيرة العودة حتى رفع الحصار.") == []
    (e,) = run("وتظاهر آلاف الفلسطينيين أمس شرق مدينة خان يونس في إطار مسيرة العودة.")
    assert e.event_type == "Protests"


def test_events_at_scattered_fronts_are_a_tally():
    text = "وقتل 40 مسلحا حوثيا أمس في مواجهات مع الجيش وغارات للتحالف في جبهات متفرقة من محافظة الحديدة."
    assert run(text) == []


def test_a_sentence_opening_with_a_takeover_tells_what_it_brings():
    text = ("سيطرت قوات الجيش اليمني أمس على جبل أبو النار في مديرية حرض. وبالسيطرة على الجبل، تتم السيطرة على "
            "أجزاء واسعة من مديرية حيران ويتقدم الجيش نحو مدينة حجة.")
    found = run(text)
    assert [e.evidence.trigger for e in found] == ["سيطرت"]


def test_a_verb_describing_an_event_noun_is_no_second_event():
    text = "ودعا الرئيس الفرنسي أمس إلى تحقيق دولي في الهجوم المفترض الذي استهدف بالصواريخ مدينة دوما."
    assert [e for e in run(text) if e.evidence.trigger == "استهدف"] == []


def test_what_a_bombing_destroyed_is_its_damage():
    text = ("وانفجرت سيارة مفخخة أمس في سوق مدينة الرمادي، وقالت الشرطة العراقية إن مسلحين من داعش زرعوها. "
            "وأظهرت صور أن ثلاثة منازل في حي الملعب دمرت في الانفجار.")
    assert [e.sub_event_type for e in run(text)] == ["Remote explosive/landmine/IED"]


def test_a_killing_where_and_when_a_clash_was_told_is_its_toll():
    text = ("اندلعت اشتباكات عنيفة أمس بين الجيش العراقي ومسلحي داعش في مدينة الرمادي. "
            "وأعلنت الشرطة مقتل مدني وإصابة اثنين آخرين في المدينة أمس.")
    (e,) = run(text)
    assert e.sub_event_type == "Armed clash" and e.fatalities == 1
    text = ("اندلعت اشتباكات عنيفة أمس بين الجيش العراقي ومسلحي داعش في مدينة الرمادي. "
            "وفي مدينة الموصل أعلنت الشرطة مقتل مدني برصاص مجهولين أمس.")
    assert [e.sub_event_type for e in run(text)] == ["Armed clash", "Attack"]


def test_clashes_in_a_protest_report_are_a_demonstration_met_by_force():
    text = ("تظاهر آلاف الفلسطينيين أمس قرب السياج الحدودي شرق مدينة خان يونس. ورفع المتظاهرون الأعلام وهتفوا ضد "
            "الاحتلال. وأصيب عشرة شبان بجروح خلال مواجهات شرق مدينة رفح أمس.")
    assert "Armed clash" not in {e.sub_event_type for e in run(text)}
    text = ("قصفت طائرات حربية أمس مواقع في مدينة إدلب. وأصيب عشرة مسلحين بجروح خلال مواجهات مع الجيش السوري "
            "شرق مدينة حماة أمس.")
    assert "Armed clash" in {e.sub_event_type for e in run(text)}


def test_bombings_where_and_when_suicide_bombers_struck_are_those_bombings():
    text = ("فجر انتحاريان نفسيهما أمس في سوق مدينة السويداء، وقالت الشرطة إن عناصر من داعش نفذوا الهجوم. "
            "وأسفرت تفجيرات المدينة عن مقتل 40 شخصا أمس.")
    assert [e.sub_event_type for e in run(text)] == ["Suicide bomb"]


def test_a_time_in_office_tells_history_to_the_end_of_its_sentence():
    text = ("وشهد الإقليم خلال فترة رئاسته للحكومة صعود المعارضة، بينما عانى حزبه من انشقاق عدد من قادته وسيطرة "
            "خصومه على مدينة السليمانية.")
    assert run(text) == []
    text = ("وقال الرئيس إن البلاد شهدت خلال فترة رئاسته تقدما كبيرا. "
            "وسيطر مسلحو داعش أمس على بلدة القائم في محافظة الأنبار.")
    assert [e.sub_event_type for e in run(text)] == ["Non-state actor overtakes territory"]


def test_la_before_a_weapon_or_after_a_word_that_takes_it_is_no_purpose():
    found = run("وتعرضت للقصف المدفعي أمس بلدة كفرنبل في ريف إدلب.")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]
    found = run("وقال الجيش الإسرائيلي إن ثلاثة أشخاص أصيبوا أمس في هجمات لصواريخ فلسطينية على مدينة سديروت.")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]
    assert run("وحشدت قوات النظام تعزيزات كبيرة قرب مدينة إدلب أمس للقصف.") == []


def test_a_tally_after_a_subordinator_sums_only_what_follows_it():
    text = "وقصفت طائرات حربية أمس بلدة حمورية في الغوطة الشرقية حيث قتل أكثر من 300 مدني خلال 6 أيام من القصف."
    (e,) = run(text)
    assert e.sub_event_type == "Air/drone strike" and e.fatalities is None
    assert run("وقتل أكثر من 300 مدني خلال 6 أيام من القصف على بلدة حمورية في الغوطة الشرقية.") == []


def test_a_sentence_opening_with_kana_that_names_a_year_looks_back():
    text = ("وكانت مدينة الموصل تعد منذ 2014 معقلا لتنظيم داعش، قبل أن يفر معظم سكانها مع تقدم القوات العراقية "
            "في مدينة الموصل.")
    assert run(text) == []


def test_a_cooperation_deal_is_diplomacy_not_an_agreement():
    text = "ووقع قائد فصائل المعارضة السورية أمس في مدينة غازي عنتاب اتفاقية تعاون اقتصادي مع الحكومة التركية."
    assert run(text) == []
    found = run("ووقع ممثلو الحكومة السورية وفصائل المعارضة أمس اتفاق وقف إطلاق النار في مدينة درعا.")
    assert [e.sub_event_type for e in found] == ["Agreement"]


def test_a_time_in_prison_tells_history():
    assert run("وفي الفترة التي قضاها في سجن أبو غريب، نفذ الناشط إضرابا عن الطعام احتجاجا على سوء المعاملة.") == []
    found = run("ونفذ عشرات الأسرى الفلسطينيين أمس إضرابا عن الطعام في سجن عوفر احتجاجا على سوء المعاملة.")
    assert [e.sub_event_type for e in found] == ["Peaceful protest"]


def test_a_present_verb_with_currently_tells_a_state():
    assert run("وقال مسؤول محلي إن الميليشيات تختطف حاليا عشرات المدنيين في مدينة إب.") == []
    found = run("وقال مسؤول محلي إن الميليشيات اختطفت أمس عشرات المدنيين في مدينة إب.")
    assert [e.sub_event_type for e in found] == ["Abduction/forced disappearance"]


def test_raids_told_with_abductions_are_those_abductions():
    found = run("وشنت مليشيات الحوثي أمس حملة اختطافات ومداهمات واسعة لمنازل المواطنين في مديرية عتمة.")
    assert [e.sub_event_type for e in found] == ["Abduction/forced disappearance"]
    found = run("وشنت قوات الأمن أمس حملة مداهمات واسعة في مدينة الخليل واعتقلت 12 شابا.")
    assert [e.sub_event_type for e in found] == ["Arrests"]


def test_what_is_prevented_or_avoided_has_not_happened():
    assert run("ودعا المبعوث الأممي أمس إلى تجنب هجوم واسع على مدينة الحديدة.") == []
    assert run("وتركز واشنطن جهودها حاليا على منع تقدم الفصائل المسلحة نحو مدينة تل رفعت.") == []
    assert run("وعاد مئات النازحين إلى قراهم مع توقف القصف على بلدة نوى في ريف درعا.") == []
    found = run("وتقدمت الفصائل المسلحة أمس نحو مدينة تل رفعت بعد معارك مع وحدات حماية الشعب.")
    assert found


def test_objecting_to_an_attack_intercepts_nothing():
    assert run("واعترض وزير الخارجية الروسي على الهجوم الإسرائيلي على مدينة حمص.") == []
    found = run("واعترضت الدفاعات الجوية السعودية أمس صاروخا باليستيا أطلقه الحوثيون على مدينة جازان.")
    assert "Disrupted weapons use" in [e.sub_event_type for e in found]


def test_a_threatened_strike_is_no_strike():
    text = "وأخلى الجيش السوري مطارات عسكرية في مدينة حمص إثر التهديدات الغربية بتوجيه ضربات جوية."
    assert all(e.sub_event_type != "Air/drone strike" for e in run(text))


def test_a_campaign_named_after_its_place_is_no_fight_told():
    assert run("ففي معركة درعا، تحاول قوات النظام السوري فرض شروطها على فصائل المعارضة.") == []
    text = "وجميع الأطراف شركاء بطريقة أو بأخرى في معركة درعا جنوبي سوريا بين قوات النظام وفصائل المعارضة."
    assert run(text) == []
    found = run("وقتل خمسة مقاتلين من قوات النظام أمس في معركة مدينة درعا.")
    assert [e.sub_event_type for e in found] == ["Armed clash"]


def test_going_to_help_repel_an_attack_is_a_purpose():
    text = "وقال قائد ميداني أمس إن مقاتلين من العشائر توجهوا إلى مدينة منبج للمساعدة في صد هجوم تركي."
    assert all(e.event_type != "Battles" for e in run(text))
    found = run("وقال قائد ميداني إن مقاتلي العشائر صدوا أمس هجوما لداعش على مدينة منبج.")
    assert [e.event_type for e in found] == ["Battles"]


def test_what_a_party_seeks_to_do_is_a_purpose():
    text = "وتسعى تركيا لإضعاف وحدات حماية الشعب الكردية عسكريا عبر معركة غصن الزيتون في عفرين."
    assert run(text) == []


def test_an_event_weighed_in_a_judgement_is_no_event_told():
    text = "وبالنسبة لموسكو تعتبر استعادة الحكومة السورية السيطرة على مدينة منبج الخيار الأفضل."
    assert run(text) == []
    assert run("وفي نظر أنقرة يشكل تقدم القوات الكردية نحو مدينة تل رفعت خطا أحمر.") == []


def test_a_bombardment_with_gas_is_the_chemical_attack():
    found = run("وارتفع أمس عدد ضحايا قصف قوات النظام بغاز الكلور على بلدة اللطامنة في ريف حماة إلى 12 قتيلا.")
    assert [e.sub_event_type for e in found] == ["Chemical weapon"]
    found = run("وقصفت قوات النظام أمس بلدة اللطامنة في ريف حماة بقذائف الهاون.")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]


def test_a_quoted_name_given_to_a_demonstration_is_no_place():
    assert run('وأصيب عشرات الفلسطينيين أمس برصاص الجيش الإسرائيلي خلال تظاهرة تحمل اسم "جمعة القدس".') == []
    found = run('وتظاهر الآلاف أمس في مدينة خان يونس في مسيرة تحمل اسم "جمعة القدس".')
    assert [e.location.name for e in found] == ["Khān Yūnis"]


def test_a_sentence_opening_with_an_aim_tells_its_goal_past_its_asides():
    text = ("وتهدف الحملة العسكرية، التي يشارك فيها الطيران الحربي، إلى طرد المسلحين من ريف حماة، "
            "واستكمال تحرير بلدة اللطامنة.")
    assert run(text) == []
    found = run("وحررت القوات الحكومية أمس بلدة اللطامنة في ريف حماة، بعد معارك عنيفة.")
    assert "Government regains territory" in {e.sub_event_type for e in found}


def test_what_one_is_able_to_do_is_no_event():
    assert run("وأكد الوزير أن الهدف هو إضعاف قدرة الميليشيات على إطلاق صواريخ باليستية على مدينة جازان.") == []
    assert run("وقال الخبير إن الحوثيين باتوا قادرين على إطلاق صواريخ باليستية على مدينة جازان.") == []
    assert run("وأضاف أن الدفاعات الجوية تستطيع إسقاط الطائرات المسيرة فوق مدينة أبها.") == []
    # a spokesman named al-Qudra (أشرف القدرة) is no ability: the strike he reports is told
    found = run("وأعلن المتحدث أشرف القدرة أمس مقتل شاب في قصف إسرائيلي بالمدفعية على مدينة رفح.")
    assert [e.event_type for e in found] == ["Explosions/Remote violence"]
    found = run("واستطاعت القوات الحكومية أمس السيطرة على بلدة اللطامنة في ريف حماة بعد معارك مع الفصائل.")
    assert "Government regains territory" in {e.sub_event_type for e in found}


def test_still_holding_with_the_subject_between_is_a_state():
    assert run("فلا تزال السلطات الإسرائيلية تعتقل نحو 200 صياد من مدينة غزة في سجونها.") == []
    assert run("ولا يزال مسلحو التنظيم يسيطرون على بلدة الباغوز في ريف دير الزور.") == []
    found = run("واعتقلت السلطات الإسرائيلية أمس 20 شابا من مدينة الخليل.")
    assert [e.sub_event_type for e in found] == ["Arrests"]


def test_a_tally_over_years_or_months_is_no_event():
    assert run("وقال الوزير إن قوات الأمن اعتقلت نحو 800 شخص في مدينة الموصل على مدار السنوات الثلاث الماضية.") == []
    assert run("وقتل العشرات في سلسلة تفجيرات بمدينة كركوك خلال الأشهر القليلة الماضية.") == []
    # a superlative measures the news by the span: the day is told
    found = run("وقتل 40 فلسطينيا أمس برصاص القوات الإسرائيلية في أعنف يوم بمدينة رفح خلال سنوات.")
    assert [e.location.name for e in found] == ["Rafaḩ"]


def test_weapons_named_as_equipment_or_supplied_are_not_fired():
    assert run("وأعلن الجيش أمس أنه نشر بطاريات صواريخ تابعة لنظام اعتراض القذائف قرب مدينة حيفا.") == []
    assert run("وقالت مصادر محلية إن الميليشيات نشرت أمس منصات إطلاق صواريخ في قرية العكدة بمحافظة الحديدة.") == []
    assert run("وقالت المصادر إن إيران زودت الحوثيين في محافظة صعدة بصواريخ باليستية متطورة.") == []
    # a system that intercepts, and rockets fired, are told
    found = run("وقامت منظومة القبة الحديدية أمس باعتراض صاروخين أطلقا من قطاع غزة على مدينة عسقلان.")
    assert "Disrupted weapons use" in {e.sub_event_type for e in found}
    found = run("وأطلق النظام السوري أمس صواريخ على بلدة كفرنبل في ريف إدلب.")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]


def test_a_span_in_a_relative_clause_leaves_the_news_before_it():
    found = run("وقتل ثلاثة مدنيين أمس في قصف بقذائف الهاون على بلدة كفرنبل التي تعرضت لقصف متكرر خلال السنوات الماضية.")
    assert [e.location.name for e in found] == ["Kafranbel"]


def test_the_past_a_superlative_measures_by_is_no_place_of_the_event():
    text = ("وقالت المصادر إن مواجهات السبت بين الجيش الإسرائيلي ومسلحي حركة حماس هي الأعنف منذ الحرب التي شنتها "
            "إسرائيل على قطاع غزة قبل أربعة أعوام.")
    assert run(text) == []
    # since a time, not an event: the clause goes on with the news and its place
    found = run("وسيطر الجيش السوري أمس للمرة الأولى منذ أكثر من ثلاثة أعوام على مدينة بصرى الشام في ريف درعا بعد "
                "معارك مع الفصائل.")
    assert [e.location.name for e in found] == ["Buşrá ash Shām"]


def test_a_deal_told_failed_or_not_reached_is_no_agreement():
    text = ("وشنت طائرات حربية أمس غارات على مدينة سراقب، بعد يوم من فشل الوسطاء، الذين اجتمعوا في العاصمة القطرية، "
            "بالتوصل إلى هدنة في محافظة إدلب.")
    assert "Agreement" not in {e.sub_event_type for e in run(text)}
    text = "وانتهت المفاوضات بين الفصائل والجيش الروسي أمس في مدينة درعا دون التوصل إلى اتفاق لوقف إطلاق النار."
    assert run(text) == []
    # a deal reached is told
    found = run("وتم التوصل أمس إلى اتفاق لوقف إطلاق النار في مدينة درعا بين الفصائل والجيش الروسي.")
    assert [e.sub_event_type for e in found] == ["Agreement"]


def test_a_speakers_first_person_verb_needs_a_place_of_its_own():
    text = ("شنت طائرات إسرائيلية أمس غارات على مطار المزة العسكري. وقال وزير الدفاع الإسرائيلي: \"لن نسمح لإيران "
            "بذلك وقد قصفنا مواقع هذه الميليشيات\".")
    assert [e.sub_event_type for e in run(text)] == ["Air/drone strike"]
    assert run("وقالت الوزارة في بيان: \"نحتج بشدة على قرار طرد الدبلوماسيين\".") == []
    # a first-person verb with its own place is told
    found = run("وقال قائد اللواء: \"سيطرنا أمس على بلدة حيس بعد معارك مع الحوثيين\".")
    assert "حيس" in places(found)


def test_a_verb_of_holding_in_the_present_is_a_state_not_a_takeover():
    text = ("قصفت طائرات حربية أمس بلدة خان شيخون. وتسيطر الفصائل المسلحة على معظم محافظة إدلب، "
            "ويبسط الجيش نفوذه على مدينة حماة منذ سنوات.")
    found = run(text)
    assert all(e.event_type != "Strategic developments" and "territory" not in e.sub_event_type for e in found)
    assert places(found) == {"خان شيخون"}


def test_a_takeover_told_in_the_past_is_still_news():
    found = run("سيطرت الفصائل المسلحة أمس على بلدة كفرنبودة بعد معارك عنيفة مع الجيش.")
    assert any("territory" in e.sub_event_type and e.location.name_ar == "كفرنبودة" for e in found)


def test_a_match_report_tells_no_takeover_or_clash():
    text = ("اشتبك الجيش مع مسلحين أمس في مدينة الرمادي. "
            "وسيطر فريق الوحدة على المباراة في الشوط الثاني على استاد مدينة الزرقاء. "
            "وشهدت المباراة مواجهات قوية بين الفريقين في مدينة الزرقاء أمس.")
    assert [e.sub_event_type for e in run(text)] == ["Armed clash"]


def test_a_bombing_at_a_match_is_still_news():
    found = run("انفجرت سيارة مفخخة أمس قرب استاد مدينة الرمادي خلال مباراة لكرة القدم، ما أدى إلى مقتل خمسة أشخاص.")
    assert [e.event_type for e in found] == ["Explosions/Remote violence"]


def test_fights_a_game_or_film_stages_are_fiction():
    text = ("أطلقت الشركة لعبة إلكترونية جديدة، وتجسد اللعبة معارك عنيفة في مدينة الموصل. "
            "ويروي فيلم وثائقي قصة غارات جوية على مدينة الرقة.")
    assert run(text) == []


def test_a_battle_told_beside_a_game_named_after_it_is_news():
    found = run("اندلعت اشتباكات عنيفة أمس بين الجيش والمسلحين في مدينة الموصل، بعد أيام من إطلاق لعبة إلكترونية.")
    assert [e.sub_event_type for e in found] == ["Armed clash"]


def test_an_expected_or_would_be_takeover_is_no_event():
    text = ("اشتبك الجيش مع مسلحين أمس في مدينة الرمادي. ومن شأن استعادة الجيش لمدينة القائم قطع طرق الإمداد، "
            "ومن المتوقع أن يتم السيطرة على بلدة راوة خلال أيام.")
    assert [e.sub_event_type for e in run(text)] == ["Armed clash"]


def test_holding_people_in_the_present_is_a_state_not_an_arrest():
    text = ("وتحتجز السلطات العراقية مئات الأشخاص في سجن مدينة الموصل. "
            "وتعتقل قوات الأمن عشرات الناشطين في مدينة البصرة.")
    assert run(text) == []


def test_an_arrest_told_in_the_past_or_in_a_headline_is_news():
    for text in ("واعتقلت قوات الأمن أمس خمسة أشخاص في مدينة البصرة.", "الشرطة تعتقل خمسة أشخاص في مدينة البصرة"):
        assert [e.sub_event_type for e in run(text)] == ["Arrests"]


def test_what_a_side_had_once_done_is_background():
    text = ("قصفت طائرات حربية أمس بلدة خان شيخون. وخسر التنظيم أغلب المناطق التي سبق له وسيطر عليها في محافظة دير الزور، "
            "وسبق أن شن المسلحون هجمات على مدينة الميادين.")
    assert places(run(text)) == {"خان شيخون"}


def test_an_arrest_recounted_in_a_verdict_report_is_the_cases_history():
    text = ("قضت محكمة جنايات القاهرة اليوم بسجن الناشط أحمد سعيد ثلاث سنوات بتهمة نشر أخبار كاذبة. "
            "واعتقلت قوات الأمن سعيد في مدينة الإسكندرية، ووجهت له النيابة تهمة التحريض.")
    assert [e for e in run(text) if e.sub_event_type == "Arrests"] == []


def test_an_arrest_with_its_own_day_in_a_verdict_report_is_news():
    text = ("قضت محكمة جنايات القاهرة اليوم بسجن الناشط أحمد سعيد ثلاث سنوات بتهمة نشر أخبار كاذبة. "
            "واعتقلت قوات الأمن أمس خمسة من أقاربه في مدينة الإسكندرية.")
    assert [e.sub_event_type for e in run(text)] == ["Arrests"]


def test_an_undated_arrest_outside_a_verdict_report_is_news():
    found = run("واعتقلت قوات الأمن الناشط أحمد سعيد في مدينة الإسكندرية، ووجهت له النيابة تهمة التحريض.")
    assert [e.sub_event_type for e in found] == ["Arrests"]


def test_a_projectile_that_falls_is_not_shot_down():
    text = ("أطلق المسلحون صاروخا باتجاه مدينة عسقلان أمس قبل أن يسقط في أرض خالية، "
            "وتحمل البالونات مواد حارقة لتسقط في الحقول قرب مدينة سديروت.")
    assert all(e.sub_event_type != "Disrupted weapons use" for e in run(text))


def test_a_missile_shot_down_is_disrupted():
    found = run("وأسقطت الدفاعات الجوية أمس طائرة مسيرة فوق مدينة أبها.")
    assert "Disrupted weapons use" in {e.sub_event_type for e in found}


def test_a_weapons_depot_struck_or_blown_up_is_not_disrupted():
    for text in ("وأسفرت الغارات أمس عن تدمير مخزن أسلحة للمسلحين في مدينة صعدة.",
                 "ووقع انفجار أمس في مستودع أسلحة في بلدة سرمدا."):
        assert all(e.sub_event_type != "Disrupted weapons use" for e in run(text))


def test_a_weapons_depot_found_is_disrupted():
    found = run("وعثرت قوات الأمن أمس على مخزن أسلحة في مدينة الرمادي.")
    assert [e.sub_event_type for e in found] == ["Disrupted weapons use"]


def test_a_war_s_gains_summed_over_a_country_s_lands_are_no_takeover():
    assert run("وسيطر المتمردون أمس على معظم مناطق جنوب السودان بما في ذلك مدينة جوبا.") == []


def test_most_of_the_lands_of_named_districts_or_every_position_is_a_takeover():
    found = run("وتمكن الجيش أمس من تحرير معظم مناطق مديرية حيس في محافظة الحديدة.")
    assert "Government regains territory" in {e.sub_event_type for e in found}
    assert "Government regains territory" in {e.sub_event_type for e in run("واستعاد الجيش أمس معظم أراضي محافظة نينوى.")}
    found = run("وسيطرت القوات الحكومية أمس على جميع المواقع في محيط مدينة حرض.")
    assert "Government regains territory" in {e.sub_event_type for e in found}


def test_a_hold_on_revenues_or_a_sector_is_no_territory():
    # what is held comes after على, past the subject and the day
    assert run("وبسطت جماعة الحوثي أمس سيطرتها على الإيرادات في ميناء الحديدة.") == []
    assert run("وسيطرت جماعة الحوثي أمس على قطاع الاتصالات في مدينة صنعاء.") == []
    # ... while a town is ground
    assert run("وسيطرت جماعة الحوثي أمس على بلدة الخوخة.") != []


def test_a_possibility_or_a_threat_told_by_a_participle_is_no_event():
    assert run("وقال الجيش إنه يدرس إمكان شن هجمات صاروخية على مدينة حيفا.") == []
    found = run("وتجمع مسلحون من العشائر أمس مهددين بالسيطرة على معبر طريبيل الحدودي.")
    assert not {e.event_type for e in found} & {"Battles", "Strategic developments"}


def test_what_is_done_as_a_habit_is_no_event():
    assert run("وغالبا ما تستهدف الجماعة مواقع للجيش في مدينة العريش.") == []
    assert run("وعادة ما يتظاهر الطلاب في ساحة الجامعة بمدينة إربد.") == []


def test_what_events_already_told_targeted_is_no_new_event():
    found = run("وأعلن الجيش أن قصفا مدفعيا طال قرية الحمرا، وقال إن بعض هذه الهجمات استهدف مواقع للمسلحين في "
                "مدينة دوما.")
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]


def test_an_event_noun_with_an_adjective_of_expectation_is_to_come():
    assert run("ودوت صفارات الإنذار أمس في مدينة سديروت قبل قصف صاروخي محتمل.") == []
    assert run("وانتشرت الشرطة أمس في مدينة الخليل قبل ساعات من مظاهرات مرتقبة.") == []
    # ... an alleged attack happened
    found = run("وقتل عشرات في الهجوم الكيميائي المفترض على مدينة دوما السبت.")
    assert [e.sub_event_type for e in found] == ["Chemical weapon"]


def test_an_event_that_did_not_begin_or_was_spared_is_no_event():
    assert run("وقال مسؤول أمس إن الهجوم البري على محافظة إدلب الواقعة شمال سوريا لم يبدأ بعد.") == []
    assert run("وجنب الاتفاق أمس مدينة درعا هجوما واسعا لوحت به الحكومة.") == []
