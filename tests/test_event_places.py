"""Event places: one record per place a sentence names, and the place rather than a landmark of it."""

from conftest import extract

run = extract


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


def test_each_hill_of_a_list_is_a_place_of_the_fight():
    events = run("ودارت أمس مواجهات عنيفة بين الجيش والحوثيين في تبة الصفراء وتبة المصارية بمديرية حيفان.")
    mentions = {e.location.mention for e in events if e.sub_event_type == "Armed clash"}
    assert {"الصفراء", "المصارية"} <= mentions


def test_a_creek_name_is_read_whole():
    from marsad.arabic.document import analyse
    from marsad.resolve.places import find_places

    found = [m.text for m in find_places(analyse("تجمع المحتجون في منطقة خور العميرة أمس."))]
    assert found == ["خور العميرة"]


def test_a_place_the_index_does_not_know_lies_by_the_landmark_it_is_measured_from():
    text = ("قصفت طائرات حربية أمس مواقع في مدينة الرمادي. "
            "وخرجت مظاهرة أمس في منطقة الحمراوية (20 كم شمال البصرة) وأخرى في مدينة العمارة.")
    (protest,) = [e for e in run(text) if e.event_type == "Protests" and e.location.mention == "الحمراوية"]
    assert abs(protest.location.latitude - 30.5) < 0.1  # by Basra, not at Amarah


def test_a_relation_binds_every_place_joined_to_its_first():
    events = run("وتقدم الجيش السوري أمس إلى مشارف بلدتي كفرنبل ومعرة النعمان في ريف إدلب الجنوبي.")
    found = {e.location.mention for e in events if e.sub_event_type == "Government regains territory"}
    assert {"كفرنبل", "معرة النعمان"} <= found


def test_residents_who_tell_what_befell_their_village_speak_from_where_it_happened():
    text = ("شنت طائرات التحالف غارات على مدينة صعدة أمس. وقال سكان قرية الربوع إن ثلاثة أشخاص قتلوا "
            "في غارة أخرى ضربت منزلهم.")
    assert "الربوع" in {e.location.mention for e in run(text) if e.sub_event_type == "Air/drone strike"}


def test_a_source_seated_in_a_city_still_gives_no_event_place():
    text = "وقالت مصادر أمنية في بغداد إن انتحاريا فجر نفسه أمس في سوق بمدينة الرمادي."
    assert "Baghdad" not in {e.location.name for e in run(text)}


def test_a_junction_named_after_a_town_is_not_the_town():
    events = run("وسيطرت قوات المقاومة أمس على مفرق المخا بعد معارك مع الحوثيين.")
    assert {e.location.name for e in events if e.sub_event_type == "Government regains territory"} \
        == {"Mafraq al-Mukha"}


def test_the_ghouta_of_damascus_is_the_besieged_eastern_ghouta():
    events = run("وقتل عشرة مدنيين أمس في غارات جوية على بلدات غوطة دمشق.")
    assert "Eastern Ghouta" in {e.location.name for e in events}


def test_a_name_before_a_direction_word_is_kept():
    from marsad.arabic.document import analyse
    from marsad.resolve.places import find_places

    found = [m.text for m in find_places(analyse("واندلعت معارك أمس في جبهة صرواح غرب محافظة مأرب."))]
    assert "صرواح" in found


def test_an_and_in_clause_after_the_event_adds_its_place():
    text = ("ودارت معارك عنيفة أمس بين الجيش والحوثيين في مديرية التحيتا جنوب محافظة الحديدة، "
            "وفي جبهة صرواح غرب محافظة مأرب.")
    mentions = {e.location.mention for e in run(text) if e.sub_event_type == "Armed clash"}
    assert {"التحيتا", "صرواح"} <= mentions


def test_an_and_in_clause_with_its_own_event_keeps_its_place_to_itself():
    text = "وقصفت طائرات حربية أمس بلدة كفرنبل، وفي حلب اعتقلت الشرطة خمسة أشخاص."
    strikes = {e.location.mention for e in run(text) if e.sub_event_type == "Air/drone strike"}
    assert strikes == {"كفرنبل"}


def test_where_points_back_to_the_places_just_named():
    text = ("وقصفت قوات النظام أمس أحياء عدة جنوب دمشق بينها حي التضامن وحي القدم، "
            "حيث اندلعت معارك عنيفة بين قوات النظام وتنظيم الدولة الإسلامية.")
    clashes = {e.location.mention for e in run(text) if e.sub_event_type == "Armed clash"}
    assert clashes and clashes <= {"التضامن", "القدم", "حي التضامن", "حي القدم"}


def test_a_district_locates_a_name_shared_with_a_city_abroad():
    text = ("وشنت مقاتلات التحالف أمس غارات على تجمعات للحوثيين في منطقة العريش بمديرية موزع، "
            "وتواصلت المعارك في مديرية موزع غرب محافظة تعز.")
    strikes = [e for e in run(text) if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.location.country == "YE" for e in strikes)


def test_a_common_word_read_as_a_town_abroad_does_not_push_out_the_named_town():
    text = "وقصفت طائرات حربية أمس مساكن في مدينة خان شيخون بريف إدلب الجنوبي."
    assert "Khān Shaykhūn" in places(run(text))


def test_common_words_shared_with_towns_abroad_are_no_event_places():
    text = ("وتصاعدت حدة العنف أمس بعد اشتباكات بين الشرطة ومحتجين من أتباع طريقة صوفية أمام مركز للشرطة "
            "في العاصمة طهران، واقتحم المتظاهرون القصور الرئاسية.")
    countries = {e.location.country for e in run(text) if e.location}
    assert countries <= {"IR"}


def test_a_bare_direction_word_is_no_place():
    text = "وقتل ثلاثة مسلحين أمس في اشتباك مع الجيش في قطاع جبلي يقع شمال غرب الإقليم."
    assert not {e.location.country for e in run(text) if e.location} - {None}


def test_son_of_between_a_mans_names_is_no_place():
    from marsad.arabic.document import analyse
    from marsad.resolve.places import find_places

    found = [m.text for m in find_places(analyse("وقال الوزير خالد بن أحمد إن إيران أخلت بالوضع في المنطقة."))]
    assert "بن" not in found


def test_under_after_a_cue_is_no_name():
    from marsad.arabic.document import analyse
    from marsad.resolve.places import find_places

    found = [m.text for m in find_places(analyse("واستعادت القوات أمس مناطق تحت سيطرة المسلحين في ريف حماة."))]
    assert "تحت" not in found


def test_the_district_of_jabal_ras_is_read_whole():
    text = "وشنت مقاتلات التحالف أمس غارات على تعزيزات للحوثيين في مديرية جبل راس جنوب محافظة الحديدة."
    assert "Jabal Ras" in places(run(text), "Air/drone strike")


def test_where_witnesses_live_yields_to_the_place_the_reported_clause_names():
    found = places(run("ونقلت وكالة فرانس برس عن سكان في حماة أن مروحيات ألقت براميل متفجرة أمس على منازل في مدينة "
                       "اللطامنة."))
    assert found == {"Al-Latamneh"}


def test_where_witnesses_live_is_the_place_when_the_clause_names_none():
    found = places(run("وقال سكان في بلدة كفرنبل إن ثلاثة مدنيين قتلوا أمس في غارة جوية."))
    assert found == {"Kafranbel"}


def test_a_place_locating_the_witnesses_place_is_theirs_too():
    found = places(run("وقال سكان قرية كفرنبل في المحافظة نفسها إن طفلين قتلا أمس في غارة جوية ضربت منزلهما."))
    assert found == {"Kafranbel"}


def test_an_interception_with_no_place_of_its_own_is_where_the_missile_was_aimed():
    text = ("اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون نحو المملكة. وأوضح المتحدث أن الصاروخ "
            "أطلق من محافظة صعدة باتجاه مدينة جازان.")
    assert places(run(text), "Disrupted weapons use") == {"Jizan"}


def test_the_launch_site_stays_when_the_report_names_no_other_place():
    text = "اعترضت الدفاعات الجوية صاروخا أطلقه الحوثيون. وكان الصاروخ قد أطلق من محافظة صعدة دون أن يوقع إصابات."
    assert places(run(text), "Disrupted weapons use") == {"Sa'dah"}


def test_a_town_told_along_the_border_fence_is_where_the_event_was():
    found = places(run("وقتل شاب فلسطيني أمس برصاص الجنود الإسرائيليين قرب السياج الحدودي شرق خان يونس."))
    assert found == {"Khān Yūnis"}
    # ... past the places the fence runs between
    found = places(run("قتل فتى فلسطيني برصاص الجيش الإسرائيلي أمس خلال احتجاجات قرب السياج الفاصل بين غزة "
                       "وإسرائيل شرق مدينة رفح."))
    assert found == {"Rafaḩ"}


def test_a_region_located_by_a_nearby_city_stays_the_place():
    # the Ghouta is no line along which the city says where: the region stays
    found = places(run("سيطرت القوات الحكومية أمس على بلدات جديدة في الغوطة الشرقية قرب دمشق."))
    assert "Damascus" not in found


def test_a_capital_that_sees_events_is_their_place_not_a_government():
    # the subject of شهد is where the demonstrations were, past the day set off by commas
    events = extract("وشهدت العاصمة عمان، مساء الجمعة، احتجاجات واسعة على مشروع قانون الضريبة.")
    assert [(e.sub_event_type, e.location.name) for e in events] == [("Peaceful protest", "Amman")]
    assert all(e.actor1 is None or "Government" not in e.actor1.name for e in events)
    events = extract("وتشهد البصرة، منذ أيام، مظاهرات غاضبة بسبب انقطاع الكهرباء.")
    assert [e.location.name for e in events] == ["Basrah"]
    # a capital that announces is still its government, and the event is where the arrests were
    events = extract("وأعلنت بغداد، السبت، اعتقال خمسة مسلحين في الموصل.")
    assert [e.location.name for e in events] == ["Mosul"]
