"""Event recall: trigger forms news writes (pronouns, duals) and definite nouns that tell rather than recall."""

from conftest import extract
from marsad.arabic.tokenize import tokenize
from marsad.extract.lexicon import triggers

run = extract


def subs(events):
    return {e.sub_event_type for e in events}


def senses(text):
    return [(m.key, [(s.sub_event_type, s.definite) for s in m.payloads]) for m in triggers().find(tokenize(text))]


def test_a_noun_with_an_attached_pronoun_is_its_trigger_read_as_definite():
    ((key, found),) = senses("صعدت الطائرات غاراتها")[-1:]
    assert key == "غاراتها" and ("Air/drone strike", True) in found


def test_a_ta_marbuta_noun_is_not_a_verb_with_a_pronoun():
    # "سيطرة" written with ة is the noun "control", not "سيطر" + ه
    assert senses("فرض سيطرة التنظيم") == []


def test_a_feminine_noun_with_a_pronoun_restores_its_ta_marbuta():
    assert any(k == "قذيفتها" for k, _ in senses("سقطت قذيفتها"))


def test_a_dual_noun_is_its_trigger():
    found = dict(senses("وسقطت قذيفتان على الحي وأعقبهما انفجاران"))
    assert ("Shelling/artillery/missile attack", False) in found["قذيفتان"]
    assert ("Remote explosive/landmine/IED", False) in found["انفجاران"]


def test_a_word_both_verb_and_noun_with_a_pronoun_is_read_as_the_possessed_noun():
    ((_, found),) = senses("قصفها")
    assert found == [("Shelling/artillery/missile attack", True)]


def test_a_dual_protest_is_a_protest():
    events = run("وخرج المئات أمس في مظاهرتين في مدينة الناصرية للمطالبة بالخدمات.")
    assert "Peaceful protest" in subs(events)


def test_a_possessed_bombardment_carried_out_is_told():
    events = run("وواصلت قوات النظام قصفها لمدينة دوما بالمدفعية الثقيلة.")
    assert "Shelling/artillery/missile attack" in subs(events)


def test_possessed_strikes_with_no_verb_of_carrying_out_recall():
    events = run("وقال السكان إن غاراتها على مدينة دوما دمرت نصف البيوت.")
    assert "Air/drone strike" not in subs(events)


def test_a_definite_noun_in_a_relative_clause_is_not_the_object_of_the_verb_before():
    events = run("ويواصل الأهالي الذين أنهكتهم الغارات النزوح من مدينة دوما.")
    assert "Air/drone strike" not in subs(events)


def test_a_definite_word_followed_by_an_indefinite_one_of_its_type_is_told():
    events = run("واستهدفت المقاتلات بغارات جديدة مواقع المسلحين في مدينة حرض.")
    assert "Air/drone strike" in subs(events)


def test_an_advance_to_the_outskirts_of_a_district_is_an_advance():
    events = run("وتقدمت قوات الجيش اليمني أمس إلى مشارف مديرية التحيتا بعد معارك مع الحوثيين.")
    assert "Government regains territory" in subs(events)


def test_strikes_a_named_force_carried_out_take_the_report_place_when_their_sentence_has_none():
    text = ("اندلعت أمس اشتباكات عنيفة بين الجيش اليمني والحوثيين في مدينة حجة. "
            "وفي الأثناء، نفذت مقاتلات التحالف العربي 5 غارات جوية على تجمعات للحوثيين.")
    (strike,) = [e for e in run(text) if e.sub_event_type == "Air/drone strike"]
    assert "نفذت" in strike.evidence.text and strike.location.country == "YE"


def test_attacks_a_group_still_launches_are_a_habit_not_an_event_placed_at_the_report_place():
    text = ("اندلعت أمس اشتباكات عنيفة بين الجيش العراقي وتنظيم داعش في مدينة الحويجة. "
            "ولا يزال مسلحو التنظيم يشنون تفجيرات خاطفة ضد القوات.")
    assert not any("يشنون" in e.evidence.text for e in run(text))


def test_a_verb_phrase_listed_as_written_is_told_by_a_verb():
    (found,) = [s for m in triggers().find(tokenize("وألقوا حجارة على الدورية")) for s in m.payloads
                if s.sub_event_type == "Violent demonstration"]
    assert found.verb


def test_stones_thrown_take_the_report_place_when_their_sentence_has_none():
    text = ("تظاهر مئات الفلسطينيين أمس قرب السياج في مدينة خان يونس. "
            "وأشعل الشبان إطارات السيارات وألقوا حجارة باتجاه القوات الإسرائيلية التي ردت بالغاز.")
    assert "Violent demonstration" in subs(run(text))


def test_work_begun_on_clearing_mines_is_told():
    text = ("استعادت قوات الجيش اليمني أمس مدينة حيس بعد معارك مع الحوثيين. "
            "وباشرت الفرق الهندسية التابعة للجيش عملها في نزع الألغام التي زرعها المتمردون.")
    assert "Disrupted weapons use" in subs(run(text))


def test_artillery_pounding_positions_is_shelling():
    events = run("ودكت مدفعية الجيش اليمني أمس مواقع الحوثيين في مديرية الملاجم.")
    assert "Shelling/artillery/missile attack" in subs(events)


def test_your_hand_is_no_pounding():
    assert "Shelling/artillery/missile attack" not in subs(run("وقال الجندي لزميله في مدينة مأرب أمس: ارفع يدك."))


def test_an_explosive_device_found_is_a_disrupted_weapon_not_a_bombing():
    events = run("وعثرت قوات الجيش أمس على عبوة ناسفة مزروعة على طريق في مدينة الرمادي وفككتها.")
    assert "Disrupted weapons use" in subs(events) and "Remote explosive/landmine/IED" not in subs(events)


def test_restoring_calm_is_no_territory_regained():
    events = run("ونجحت الوساطة أمس في استعادة الهدوء في مدينة درعا بعد اشتباكات بين الجيش والمسلحين.")
    assert not {"Government regains territory", "Non-state actor overtakes territory"} & subs(events)


def test_a_control_word_taking_a_title_is_no_territory():
    events = run("واستعاد الفريق لقب الدوري أمس في مدينة حلب بعد فوزه على الجيش.")
    assert not {"Government regains territory", "Non-state actor overtakes territory"} & subs(events)


def test_the_side_that_loses_control_of_a_town_is_not_the_one_taking_it():
    (taken,) = run("وقال مسؤولون يمنيون إن الحوثيين فقدوا أمس السيطرة على مطار الحديدة.")
    assert taken.sub_event_type == "Government regains territory"
    assert taken.actor2 is not None and taken.actor2.name == "Houthi Movement"


def test_freeing_hostages_is_no_territory_regained():
    events = run("وتمكنت قوات الجيش العراقي أمس من تحرير رهائن كان يحتجزهم مسلحو داعش في مدينة الموصل.")
    assert "Government regains territory" not in subs(events)


def test_clashes_with_no_armed_side_in_a_protest_report_are_the_protest_met_with_force():
    text = ("تظاهر آلاف الفلسطينيين أمس قرب السياج الحدودي شرق مدينة غزة في إطار مسيرات العودة. "
            "وأطلق الجيش الإسرائيلي قنابل الغاز على المتظاهرين الذين رفعوا الأعلام. "
            "وأعلنت وزارة الصحة مقتل شاب بعد إصابته برصاصة في الصدر خلال مواجهات شرق مدينة رفح.")
    events = run(text)
    assert "Armed clash" not in subs(events)
    assert "Excessive force against protesters" in subs(events)


def test_clashes_with_no_party_named_in_a_battle_report_stay_a_battle():
    text = ("اندلعت أمس اشتباكات عنيفة بين الجيش اليمني والحوثيين في مديرية حيس. "
            "وقتل ثلاثة أشخاص خلال مواجهات في مدينة الخوخة.")
    assert "Armed clash" in subs(run(text))


def test_forces_entering_districts_with_no_fight_told_take_them_without_one():
    events = run("وقال سكان إن قوات الجيش السوري دخلت أمس أحياء الشيخ مقصود والأشرفية في مدينة حلب.")
    assert "Non-violent transfer of territory" in subs(events)
    assert not {"Government regains territory", "Non-state actor overtakes territory"} & subs(events)


def test_forces_entering_a_town_after_clashes_take_it_by_force():
    events = run("ودخلت قوات الجيش العراقي أمس مدينة تلعفر بعد اشتباكات عنيفة مع مسلحي داعش.")
    assert "Government regains territory" in subs(events)
    assert "Non-violent transfer of territory" not in subs(events)


def test_a_deal_reached_with_no_place_in_its_sentence_is_an_agreement_where_the_report_is():
    text = ("قصفت قوات النظام السوري أمس بلدة الحراك في ريف درعا الشرقي. "
            "وبعد مفاوضات طويلة، تم التوصل مساء أمس إلى اتفاق لوقف إطلاق النار يشمل خروج المقاتلين.")
    assert "Agreement" in subs(run(text))


def test_a_deal_sought_or_failed_is_no_agreement():
    for second in ("وتبذل الأمم المتحدة جهودا للمساعدة في التوصل إلى اتفاق لوقف إطلاق النار.",
                   "وانتهت الجولة أمس بعد فشل الوفدين في التوصل إلى اتفاق لوقف إطلاق النار."):
        text = "قصفت قوات النظام السوري أمس بلدة الحراك في ريف درعا الشرقي. " + second
        assert "Agreement" not in subs(run(text)), second


def test_shooting_a_victim_named_by_a_pronoun_is_an_attack():
    text = ("قال مصدر أمني إن مسلحين مجهولين أوقفوا سيارة موظف حكومي مساء الأحد في مدينة عدن، "
            "ثم أطلقوا النار عليه حتى أردوه قتيلا.")
    assert "Attack" in subs(run(text))
    ((key, found),) = senses("وبادروا بإطلاق النار عليهم")
    assert key == "اطلاق النار عليهم" and ("Attack", False) in found


def test_demonstrators_as_the_subject_of_a_verb_of_violence_riot():
    text = "وتطورت الاحتجاجات في مدينة البصرة مساء أمس، حيث أحرق متظاهرون غاضبون مبنى مجلس المحافظة."
    assert "Violent demonstration" in subs(run(text))


def test_a_verb_of_violence_with_demonstrators_as_its_object_is_no_riot():
    assert all(s != "Violent demonstration" for _, found in senses("وهاجمت قوات الأمن المتظاهرين أمس")
               for s, _ in found)


def test_barrel_bombs_are_an_air_strike():
    events = run("وألقت مروحيات النظام السوري أمس ستة براميل متفجرة على بلدة اللطامنة في ريف حماة الشمالي.")
    assert "Air/drone strike" in subs(events)


def test_a_town_falling_under_control_with_no_fight_told_is_handed_over():
    events = run("وبعد انسحاب المقاتلين منها، وقعت مدينة منبج أمس تحت سيطرة قوات النظام السوري.")
    assert "Non-violent transfer of territory" in subs(events)


def test_a_town_falling_under_control_after_battles_is_taken():
    events = run("وبعد معارك عنيفة مع الجيش، سقطت مدينة منبج أمس تحت سيطرة مسلحي داعش.")
    assert "Non-state actor overtakes territory" in subs(events)
    assert "Non-violent transfer of territory" not in subs(events)


def test_a_town_described_as_under_control_changes_no_hands():
    events = run("ووقعت أمس اشتباكات عنيفة قرب بلدة كفرنبل الواقعة تحت سيطرة فصائل المعارضة في ريف إدلب.")
    assert subs(events) == {"Armed clash"}


def test_driving_fighters_out_of_a_town_regains_it():
    events = run("وأعلن الجيش السوري أمس إخراج جميع مسلحي داعش من بلدة الحجر الأسود جنوب دمشق.")
    assert "Government regains territory" in subs(events)


def test_bringing_the_wounded_out_takes_no_ground():
    events = run("وتمكن الدفاع المدني أمس من إخراج الجرحى من تحت الأنقاض في بلدة الحجر الأسود جنوب دمشق.")
    assert not {"Government regains territory", "Non-state actor overtakes territory"} & subs(events)


def test_what_was_subjected_to_an_attack_was_attacked():
    events = run("تعرضت سفينة تجارية أمس لهجوم حوثي قرب ميناء الحديدة.")
    assert events and all(e.event_type != "Protests" for e in events)


def test_an_unspecific_attack_by_an_air_force_is_an_air_strike():
    events = run("تعرض مطار المزة العسكري في دمشق مساء أمس إلى هجوم إسرائيلي.")
    assert "Air/drone strike" in subs(events) and "Attack" not in subs(events)


def test_subjected_to_criticism_is_no_attack():
    assert run("وتعرضت الحكومة أمس لانتقادات حادة في مدينة الموصل بسبب الفساد.") == []


def test_a_bombardment_escalated_since_a_recent_day_goes_on_now():
    events = run("وكثفت القوات الحكومية منذ الأربعاء الماضي قصفها على بلدة اللطامنة في ريف حماة الشمالي.")
    assert "Shelling/artillery/missile attack" in subs(events)
    events = run("وتواصل الطائرات منذ ثلاثة أيام غاراتها على مدينة أريحا جنوب إدلب.")
    assert "Air/drone strike" in subs(events)


def test_an_event_since_which_time_is_counted_is_background():
    assert run("وشهدت بلدة اللطامنة في ريف حماة هدوءا منذ الاشتباكات الأخيرة.") == []


def test_an_arrest_told_by_its_verb_past_the_subject_takes_the_report_place():
    text = ("شهدت مدينة الناصرية أمس مظاهرة كبيرة احتجاجا على انقطاع الكهرباء. "
            "وألقت قوات الأمن العراقية القبض على عشرين شخصا بعد المظاهرة.")
    arrests = [e for e in run(text) if e.sub_event_type == "Arrests"]
    assert len(arrests) == 1 and arrests[0].location.name == "Nasiriyah"


def test_a_year_in_a_relative_clause_dates_the_place_not_the_event():
    text = "وسيطرت القوات الحكومية أمس على معبر نصيب الحدودي الذي كانت الفصائل المسلحة تسيطر عليه منذ عام 2015."
    assert "Government regains territory" in subs(run(text))
    assert run("وسيطرت القوات الحكومية على معبر نصيب الحدودي في عام 2015.") == []


def test_a_missile_attack_is_shelling():
    events = run("وشنت جماعة الحوثي أمس هجمات صاروخية على مدينة جازان السعودية.")
    assert "Shelling/artillery/missile attack" in subs(events)


def test_a_raid_is_an_arrest():
    events = run("قتل مسلح أمس في عملية دهم نفذتها قوات الأمن في مدينة المكلا.")
    assert "Arrests" in subs(events)
    events = run("ونفذت الشرطة فجر اليوم عمليات دهم في أحياء مدينة الزرقاء.")
    assert "Arrests" in subs(events)


def test_a_beheading_is_an_attack_on_the_captive():
    events = run("وأقدم مسلحو التنظيم أمس على قطع رأس رهينة مدني في بلدة الشحيل بريف دير الزور.")
    assert "Attack" in subs(events)


def test_a_quoted_operation_name_is_no_event():
    # the operation's name cuts off no head; its launch is no attack
    assert run('وأعلن الجيش اليمني أمس إطلاق عملية "قطع رأس الأفعى" في محافظة صعدة.') == []


def test_the_words_of_an_exchange_of_fire_do_not_make_the_arrest_after_it_a_purpose():
    # "لإطلاق" belongs to "تبادل لإطلاق النار", not "in order to launch"
    text = "وأصيب شرطيان أمس في تبادل لإطلاق النار في مدينة الرمادي، فيما تم اعتقال أربعة مسلحين في المدينة."
    assert "Arrests" in subs(run(text))
    assert "Arrests" not in subs(run("وصلت تعزيزات أمس إلى مدينة الرمادي لإطلاق اعتقال المطلوبين في المدينة."))


def test_a_strike_a_leader_threatens_to_launch_is_no_event():
    # the subject's long name puts the threat beyond the words just before the trigger
    assert run("وتوعد الرئيس الأمريكي جو بايدن أمس بشن ضربات صاروخية على مواقع في مدينة دير الزور.") == []
    # ... while launching told with no threat is news
    assert "Shelling/artillery/missile attack" in subs(
        run("وقامت القوات الأمريكية أمس بشن ضربات صاروخية على مواقع في مدينة دير الزور."))


def test_a_relative_verb_far_from_its_missiles_places_them_on_each_city_listed():
    text = ("وأدان المتحدث الهجمات الصاروخية، من الأراضي اليمنية، من قبل جماعة الحوثي أمس، والتي استهدفت عدة مدن، "
            "من بينها نجران وجازان.")
    places = {e.location.name for e in run(text) if e.sub_event_type == "Shelling/artillery/missile attack"}
    assert {"Najrān", "Jizan"} <= places


def test_a_relative_verb_needs_its_weapon_before_it_too():
    # "استهدفت" after a relative pronoun with no weapon named before it targets nothing fired
    text = "وانتقد المتحدث الحملة الإعلامية، من قبل جماعة الحوثي أمس، والتي استهدفت عدة مدن، من بينها نجران وجازان."
    assert run(text) == []


def test_an_indefinite_noun_in_the_accusative_is_its_trigger():
    found = dict(senses("وسمع السكان انفجاراً قرب السوق"))
    assert ("Remote explosive/landmine/IED", False) in found["انفجارا"]
    assert "Suicide bomb" in subs(run("ونفذ مسلح تفجيراً انتحارياً قرب مسجد في مدينة جلال آباد أمس."))


def test_the_accusative_is_no_pronoun_no_dual_verb_and_no_protest_adverb():
    # "مصالحها" is her interests, "انفجرتا" two things that blew up (a verb), "احتجاجاً على" in protest at
    assert not any(k == "مصالحها" for k, _ in senses("تهدد الولايات المتحدة ومصالحها"))
    assert not any(k == "انفجرتا" for k, _ in senses("السيارتان انفجرتا"))
    assert run("واستقال الوزير أمس احتجاجاً على القرار في مدينة عمان.") == []


def test_an_event_the_report_only_recalls_is_its_news():
    # no other telling of a strike in the report: the one described by its relative clause is the report's event
    found = run("وتحدث الوزير أمس عن الغارة الجوية التي استهدفت سوقا في مدينة الرقة.")
    assert {(e.sub_event_type, e.location.name) for e in found} == {("Air/drone strike", "Ar Raqqah")}


def test_an_event_recalled_beside_one_told_is_no_second_event():
    text = ("قصفت طائرات حربية أمس سوقا في مدينة الرقة. وتحدث السكان عن الغارة الجوية التي استهدفت مدرسة في "
            "مدينة دير الزور.")
    assert {e.location.name for e in run(text)} == {"Ar Raqqah"}


def test_targeting_positions_with_the_subject_dropped_is_the_strike_of_the_side_named_before():
    found = run("وشنت مقاتلات التحالف العربي أمس غارات على مواقع الحوثيين في مديرية حرض، "
                "واستهدفت تجمعات لهم في مديرية حيس.")
    assert {(e.sub_event_type, e.location.name) for e in found} >= {("Air/drone strike", "Ḩays")}


def test_a_verb_describing_an_indefinite_event_noun_is_no_second_event():
    # "غارات ... استهدفت": the verb is the strikes' relative clause, past their day and place
    found = run("وقتل ثلاثة مسلحين في غارات جوية أمس على مدينة الرقة استهدفت مواقع للتنظيم.")
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]
    # ... but a conjunction makes it the story's next step, and the planes before a verb are its subject
    found = run("وقال المرصد إن طائرات حربية روسية أمس قصفت مواقع للفصائل في بلدة كفرنبل.")
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]


def test_a_security_operation_told_with_deaths_is_a_fight():
    found = run("وأضافت الشرطة أن قوة أمنية نفذت أمس عملية أمنية في صحراء الثرثار شمالي الرمادي تمكنت خلالها من "
                "قتل خمسة مسلحين.")
    assert [e.sub_event_type for e in found] == ["Armed clash"]
    # ... with no death or fight told it is policing
    assert run("وقالت الوزارة إن عملية أمنية واسعة جرت أمس في مدينة الموصل لتأمين الأسواق.") == []


def test_a_ground_or_broad_offensive_is_a_battle():
    found = run("وشنت القوات الحكومية أمس هجوما واسعا على مدينة الحديدة.")
    assert [e.sub_event_type for e in found] == ["Armed clash"]
    found = run("وشنت قوات الجيش أمس هجوما بريا على بلدة حرستا.")
    assert [e.sub_event_type for e in found] == ["Armed clash"]
