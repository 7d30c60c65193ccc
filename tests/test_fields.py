"""Claim status and event dates on sentences written for these tests (ANNOTATION.md's status and date rules)."""

import pytest

from conftest import PUB, extract

run = extract


def statuses(events):
    return [(e.sub_event_type, e.attribution.status) for e in events]


def test_an_accusation_noun_claims_only_what_follows_it():
    # the demonstration is told as fact; only the charge after it is an allegation
    text = ("تظاهر مئات الطلاب أمس في مدينة البصرة بعد توجيه اتهامات للشرطة بقصف حي سكني في مدينة الموصل.")
    events = run(text)
    protests = [e for e in events if e.event_type == "Protests"]
    assert protests and all(e.attribution.status == "asserted" for e in protests), statuses(events)


def test_a_party_before_according_to_is_not_in_the_chain_of_sources():
    text = "وقتلت امرأة في غارة إسرائيلية على مدينة رفح أمس، كما قتل أحد عناصر حركة حماس، حسبما قال مسؤولون طبيون."
    events = run(text)
    assert events and all("حماس" not in " ".join(e.attribution.reported_by) for e in events)


def test_an_alleged_attack_is_a_claim_and_the_news_beside_it_is_not():
    text = "وقصفت طائرات حربية أمس مدينة سراقب، بعد يومين من الهجوم الكيميائي المزعوم على بلدة اللطامنة في ريف حماة."
    events = run(text)
    chem = [e for e in events if e.sub_event_type == "Chemical weapon"]
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert chem and all(e.attribution.status == "claimed" for e in chem), statuses(events)
    assert strikes and all(e.attribution.status == "asserted" for e in strikes), statuses(events)


def test_a_denial_with_an_event_of_its_own_leaves_the_claims_before_it_alone():
    text = ("واتهمت فصائل المعارضة أمس الطيران الروسي بقصف مستشفى في بلدة كفرنبل بريف إدلب.\n"
            "وقصفت طائرات مجهولة أمس مطار الشعيرات في ريف حمص، ونفت واشنطن تنفيذها.")
    events = run(text)
    first = [e for e in events if e.evidence.text.startswith("واتهمت")]
    assert first and all(e.attribution.status == "claimed" for e in first), statuses(events)


@pytest.mark.parametrize(("text", "toll"), [
    ("قتل جنديان في هجوم استهدف حاجزا للجيش أمس في مدينة العريش.", 2),
    ("قتل متظاهران برصاص قوات الأمن أمس في البصرة خلال احتجاجات على انقطاع الكهرباء.", 2),
    ("أسفر القصف على بلدة سراقب أمس عن مقتل طفلتين.", 2),
])
def test_a_dual_noun_is_a_toll_of_two(text, toll):
    events = extract(text, published="2018-04-10")
    assert events and events[0].fatalities == toll, [(e.sub_event_type, e.fatalities) for e in events]


def test_an_attack_that_targets_a_position_is_a_battle():
    events = extract("قتل ثلاثة جنود في هجوم استهدف حاجزا للجيش أمس في مدينة العريش.", published="2018-04-10")
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert events[0].location.name_ar == "العريش" and events[0].fatalities == 3


@pytest.mark.parametrize("text", [
    "وبحسب تقارير، سيطرت قوات النظام أمس على بلدة حمورية في الغوطة الشرقية.",
    "وأفادت تقارير بأن طائرات حربية قصفت أمس بلدة سراقب في ريف إدلب.",
    "وتشير التقارير الواردة من المنطقة إلى أن مسلحين خطفوا أمس ثلاثة مدنيين في مدينة درعا.",
])
def test_reports_no_one_is_named_for_make_a_claim(text):
    events = run(text)
    assert events and all(e.attribution.status == "claimed" for e in events), statuses(events)
    assert all(any("تقارير" in s for s in e.attribution.reported_by) for e in events)


def test_a_report_named_as_an_object_does_not_make_the_news_a_claim():
    text = "وقصفت طائرات حربية أمس بلدة سراقب في ريف إدلب، فيما قال المبعوث الدولي إنه ينتظر تقرير اللجنة."
    events = run(text)
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.attribution.status == "asserted" for e in strikes), statuses(events)


def test_a_toll_told_with_a_recalled_strike_goes_to_the_strike_told_before():
    text = ("قصفت طائرات حربية أمس بلدة كفرنبل في ريف إدلب الجنوبي.\n"
            "وقتل سبعة مدنيين في الغارات أمس بحسب الدفاع المدني.")
    events = run(text)
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert [e.fatalities for e in strikes] == [7], [(e.sub_event_type, e.fatalities) for e in events]


def test_a_recalled_toll_of_another_day_stays_off_the_strike():
    text = ("قصفت طائرات حربية أمس بلدة كفرنبل في ريف إدلب الجنوبي.\n"
            "وكان سبعة مدنيين قتلوا في الغارات السبت الماضي.")
    events = run(text)
    assert all(e.fatalities is None for e in events), [(e.sub_event_type, e.event_date, e.fatalities) for e in events]


def test_a_lead_toll_with_no_place_goes_to_the_strike_the_next_sentence_places():
    text = ("أدانت منظمة دولية مقتل تسعة مدنيين في غارة جوية على اليمن أمس.\n"
            "واستهدفت الغارة سيارة تقل نازحين في مديرية حيس جنوب الحديدة أمس.")
    events = run(text)
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert [e.fatalities for e in strikes] == [9], [(e.sub_event_type, e.fatalities) for e in events]


@pytest.mark.parametrize(("text", "toll"), [
    # a hedge on the first count does not end the list of the dead
    ("أسفرت غارة جوية أمس على سوق في مدينة صعدة عن مقتل 12 مدنيا على الأقل وثلاثة أطفال.", 15),
    # those killed along with the one named
    ("وقال الحوثيون إن رئيس المجلس قتل مع 6 من مرافقيه أمس إثر غارة جوية في مدينة الحديدة.", 7),
    ("قتل القائد الميداني أمس مع 4 من مرافقيه في غارة جوية على مدينة صعدة.", 5),
    # ... and with "a number of" them the toll is vague
    ("قتل القيادي في الجماعة العميد أحمد سالم، قائد اللواء الثالث، مع عدد من مرافقيه أمس في غارة جوية على مدينة صعدة.",
     None),
])
def test_tolls_of_several_groups(text, toll):
    events = run(text)
    assert events and events[0].fatalities == toll, [(e.sub_event_type, e.fatalities) for e in events]


@pytest.mark.parametrize("text", [
    "وأدى انفجار عبوة ناسفة أمس على طريق في مدينة العريش إلى مقتل رقيب في الشرطة وإصابة ثلاثة آخرين.",
    "قتل ملازم في الجيش أمس في هجوم على حاجز في مدينة تعز.",
])
def test_a_military_rank_after_a_death_word_is_one_dead(text):
    events = run(text)
    assert events and events[0].fatalities == 1, [(e.sub_event_type, e.fatalities) for e in events]


# (what the case shows, the report, the type of the events it dates, their day)
DATE_CASES = [
    ("an_undated_lead_takes_the_day_the_next_sentence_says_it_happened",
     ("قتل خمسة مدنيين في غارة جوية على بلدة سراقب في ريف إدلب.\n"
     "وقال مسعفون إن الهجوم الذي وقع مساء أمس الاثنين أوقع أيضا عشرة جرحى."),
     "Air/drone strike", "2018-04-09"),
    ("an_undated_lead_keeps_the_report_day_when_the_next_day_named_is_of_something_else",
     ("قتل خمسة مدنيين في غارة جوية على بلدة سراقب في ريف إدلب.\n"
     "واجتمع وزير الدفاع التركي أمس الاثنين مع نظيره الروسي في أنقرة."),
     "Air/drone strike", PUB),
    # the Tuesday is the day of the demand, the Saturday the attack's
    ("a_day_set_off_by_a_comma_after_the_event_is_its_day",
     "وطالبت المعارضة الثلاثاء بتحقيق دولي في الهجوم الكيميائي على بلدة اللطامنة، السبت الماضي.",
     "Chemical weapon", "2018-04-07"),
    # the Sunday is when the protests began; the storming told three sentences on has no day of its own
    ("an_undated_event_paragraphs_after_the_last_named_day_is_dated_by_publication",
     ("وبدأت الاحتجاجات على البطالة الأحد الماضي في مدينة الناصرية.\n"
     "وطالب المحتجون الحكومة بتوفير فرص عمل للشباب.\n"
     "وأكد مسؤولون محليون أن المطالب مشروعة.\n"
     "ورفعت الحكومة المحلية حالة التأهب في المحافظة.\n"
     "وقد اقتحم متظاهرون غاضبون مبنى مجلس محافظة ذي قار وأضرموا النار فيه."),
     "Riots", PUB),
    ("an_undated_detail_right_after_a_dated_lead_keeps_the_lead_day",
     ("قصفت طائرات حربية فجر الأحد بلدة سراقب في ريف إدلب.\n"
     "وقصفت المدفعية أيضا بلدة معرة النعمان المجاورة."),
     "Shelling/artillery/missile attack", "2018-04-08"),
    # "الخميس المقبل" and "عشية اجتماع ... الجمعة" are days to come: the shelling told after them is the report's day
    ("a_coming_weekday_is_no_day_for_the_events_told_after_it",
     ("ودعا وزير الخارجية إلى جلسة طارئة للبرلمان الخميس المقبل لبحث الأزمة.\n"
     "وجاءت الدعوة عشية اجتماع مجلس الأمن حول سوريا، الجمعة.\n"
     "وقصفت المدفعية بلدة معرة النعمان في ريف إدلب."),
     "Shelling/artillery/missile attack", PUB),
    # the statement's Sunday: what the statement tells in the sentences after the lead happened by then
    ("the_day_of_a_statement_dates_what_the_sentences_reporting_it_tell",
     ("أعلن الجيش اليمني، الأحد، عن تقدم قواته في جبهات محافظة تعز.\n"
      "وقال مسؤولون عسكريون في بيان إن قوات الجيش سيطرت على قرية الأشروح غرب مدينة تعز."),
     "Government regains territory", "2018-04-08"),
    # ... as long as the sentences go on reporting it ("وأوضح البيان", "وأضاف البيان")
    ("the_day_of_a_statement_goes_on_while_the_report_goes_on_citing_it",
     ("أعلن الجيش اليمني، الأحد، عن تقدم قواته في جبهات محافظة تعز.\n"
      "وأوضح البيان أن الجيش يواصل عملياته العسكرية.\n"
      "وأشار البيان إلى أن الخطة تمضي بنجاح.\n"
      "وأضاف البيان أن مدفعية الجيش قصفت مواقع الحوثيين في مديرية مقبنة."),
     "Shelling/artillery/missile attack", "2018-04-08"),
    # ... but not into sentences that no longer report it
    ("the_day_of_a_statement_ends_where_the_report_stops_citing_it",
     ("أعلن الجيش اليمني، الأحد، عن تقدم قواته في جبهات محافظة تعز.\n"
      "ويعاني سكان المدينة من نقص حاد في المياه.\n"
      "ويعيش الآلاف في مخيمات النزوح.\n"
      "وقصفت مدفعية الجيش مواقع الحوثيين في مديرية مقبنة."),
     "Shelling/artillery/missile attack", PUB),
    # a lead dated only by a statement still takes the day the next sentence says the attack took place
    ("a_lead_dated_by_a_statement_takes_the_day_the_next_sentence_says_it_happened",
     ("قتل خمسة مدنيين في غارة جوية على بلدة سراقب في ريف إدلب، بحسب ما ذكرته وسائل إعلام رسمية الاثنين.\n"
      "وقال مسعفون إن الهجوم الذي وقع مساء الأحد أوقع أيضا عشرة جرحى."),
     "Air/drone strike", "2018-04-08"),
    # the Friday is the day of the protests the raids came after: Saturday runs on to the shelling told next
    ("a_day_told_after_a_word_of_an_earlier_matter_is_not_the_day_that_runs_on",
     ("وقصفت طائرات حربية بلدة خان يونس بعد ظهر السبت، وذلك غداة احتجاجات الجمعة على الحدود.\n"
      "وقصفت المدفعية الإسرائيلية بلدة بيت حانون شمال القطاع."),
     "Shelling/artillery/missile attack", "2018-04-07"),
    # ... while "بعد" right before a part of the day is that day itself
    ("a_part_of_the_day_after_baad_is_the_day_itself",
     ("وتظاهر المئات الجمعة على الحدود، وقصفت طائرات حربية بلدة خان يونس بعد ظهر السبت.\n"
      "وقصفت المدفعية الإسرائيلية بلدة بيت حانون شمال القطاع."),
     "Shelling/artillery/missile attack", "2018-04-07"),
]


@pytest.mark.parametrize(("text", "kind", "day"), [c[1:] for c in DATE_CASES], ids=[c[0] for c in DATE_CASES])
def test_the_day_of_an_event(text, kind, day):
    events = run(text)
    told = [e for e in events if kind in (e.sub_event_type, e.event_type)]
    assert told and all(e.event_date == day for e in told), [(e.sub_event_type, e.event_date) for e in events]


@pytest.mark.parametrize(("text", "coming"), [
    ("ومن المقرر أن تنطلق المسيرات الجديدة الجمعة", True),
    ("وتستعد القوات لشن هجوم واسع الأربعاء", True),
    ("ويعقد المجلس جلسته الأحد المقبل", True),
    ("وسيصل الوفد الروسي إلى دمشق الأحد", True),
    ("وقصفت الطائرات البلدة الجمعة", False),
    # the relative clause tells a day of its own, past
    ("وسيزور المفتشون الموقع الذي قصف الأحد", False),
    ("ومن المقرر أن يبحث المجلس الهجوم الذي وقع السبت الماضي", False),
])
def test_a_weekday_after_a_plan_or_a_future_verb_is_to_come(text, coming):
    import datetime as dt

    from marsad.arabic.tokenize import tokenize
    from marsad.resolve.dates import find_times

    times = find_times(tokenize(text), text, dt.date.fromisoformat(PUB))
    assert len(times) == 1 and times[0].future is coming and (times[0].date is None) is coming, times


# (what the case shows, the report, the status of every event it gives)
STATUS_CASES = [
    ("an_accusation_makes_a_claim_of_the_attack_it_alleges",
     "واتهمت الحكومة اليمنية أمس جماعة الحوثي بقصف حي سكني في مدينة تعز بالصواريخ.", "claimed"),
    ("a_party_before_according_to_is_the_news_not_its_source",
     "وقتلت امرأة في غارة إسرائيلية على مدينة رفح أمس، كما قتل أحد عناصر حركة حماس، حسبما قال مسؤولون طبيون.", "asserted"),
    ("the_spokesman_of_an_armed_group_voices_its_claim",
     "وقال المتحدث باسم جماعة الحوثي إن مقاتليهم سيطروا أمس على جبل في مديرية نهم شرق صنعاء.", "claimed"),
    ("a_state_ministry_spokesman_is_an_official_source",
     "وقال المتحدث باسم وزارة الصحة إن طائرات حربية قصفت أمس مدينة دوما وقتلت خمسة مدنيين.", "asserted"),
    ("reports_of_an_attack_are_a_claim",
     "وتصاعد التوتر في المنطقة إثر تقارير عن هجوم بغاز الكلور على بلدة اللطامنة في ريف حماة أمس.", "claimed"),
    ("denying_ones_part_in_a_strike_does_not_deny_the_strike",
     "قصفت طائرات حربية مجهولة أمس مطار الشعيرات العسكري في ريف حمص، فيما نفت الولايات المتحدة تنفيذها.", "asserted"),
    ("an_accusation_met_by_a_denial_of_involvement_is_disputed",
     "واتهمت الحكومة السورية أمس إسرائيل بشن غارة جوية على مطار المزة العسكري، في حين نفت إسرائيل ضلوعها.", "disputed"),
    ("denying_that_an_attack_happened_still_denies_it",
     "ونفى الجيش اللبناني أمس قصف بلدة عرسال الحدودية بالمدفعية.", "denied"),
    ("a_claim_answered_by_a_denial_of_involvement_in_the_next_sentence_is_disputed",
     ("واتهمت فصائل المعارضة أمس الطيران الروسي بقصف مستشفى في بلدة كفرنبل بريف إدلب.\n"
     "ونفت وزارة الدفاع الروسية ضلوعها في الهجوم."), "disputed"),
    ("a_claim_answered_by_a_denial_pointing_back_at_it_is_disputed",
     "واتهمت المعارضة أمس قوات النظام بقصف بلدة اللطامنة بغاز الكلور، وهو ما تنفيه دمشق.", "disputed"),
]


@pytest.mark.parametrize(("text", "status"), [c[1:] for c in STATUS_CASES], ids=[c[0] for c in STATUS_CASES])
def test_the_status_of_every_event(text, status):
    events = run(text)
    assert events and all(e.attribution.status == status for e in events), statuses(events)


def test_a_war_toll_told_alone_is_no_toll_of_the_event_before_it():
    (e,) = extract("سيطرت قوات النظام على بلدة حمورية في الغوطة الشرقية الأحد. "
                   "وأدت الحملة العسكرية على المنطقة إلى مقتل أكثر من 1500 شخص.")
    assert e.fatalities is None
