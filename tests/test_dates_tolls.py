"""Dates relative to publication (both month systems, Hijri, weekdays) and death tolls."""

import datetime as dt

import pytest

import marsad
from marsad.arabic.document import analyse
from marsad.arabic.tokenize import tokenize
from marsad.resolve.dates import find_times
from marsad.resolve.fatalities import fatalities

PUB = dt.date(2018, 4, 10)  # Tuesday


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("قصفت الطائرات أمس", "2018-04-09", 1),
        ("وقع الانفجار اليوم", "2018-04-10", 1),
        ("سيطرت القوات أول أمس", "2018-04-08", 1),
        ("فجر الأحد", "2018-04-08", 1),
        ("مساء السبت", "2018-04-07", 1),
        ("يوم الاثنين الماضي", "2018-04-09", 1),
        ("الثلاثاء الماضي", "2018-04-03", 1),
        ("الأسبوع الماضي", "2018-04-03", 2),
        ("الشهر الماضي", "2018-03-11", 3),
        # the past two days or nights: the span ends today, its middle is yesterday
        ("قتل العشرات خلال اليومين الماضيين", "2018-04-09", 2),
        ("تقدمت القوات خلال الليلتين الماضيتين", "2018-04-09", 2),
        ("في 5 أبريل", "2018-04-05", 1),
        ("في 5 نيسان", "2018-04-05", 1),
        ("في 28 كانون الأول 2017", "2017-12-28", 1),
        ("في آذار", "2018-03-01", 3),
        ("في 20 رجب 1439", "2018-04-06", 1),
        ("في ٥ نيسان", "2018-04-05", 1),
        # the weekday names the day when a report filed after midnight still says "yesterday"
        ("تظاهر الآلاف أمس الأحد", "2018-04-08", 1),
        ("في الرابع من نيسان", "2018-04-04", 1),
        ("في الحادي والعشرين من مارس 2018", "2018-03-21", 1),
        # one day named by both month systems: the year after the second name, no month-wide mention of its own
        ("وقع الهجوم في 3 كانون الثاني/يناير 2017", "2017-01-03", 1),
        ("في 12 أيلول/سبتمبر", "2017-09-12", 1),  # no year: the last September before the report
        ("يوم 30 يوليو/تموز 2016 سيطرت القوات", "2016-07-30", 1),
    ],
)
def test_time_expressions(text, date, precision):
    (t,) = find_times(tokenize(text), text, PUB)
    assert t.date.isoformat() == date and t.precision == precision


def test_future_words_are_flagged():
    (t,) = find_times(tokenize("سيبدأ الهجوم غدا"), "سيبدأ الهجوم غدا", PUB)
    assert t.future and t.date is None


def toll(text):
    return fatalities(analyse(text).sentences[0])


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("أسفر القصف عن مقتل 12 شخصا", 12),
        ("أسفر القصف عن مقتل ١٢ شخصا", 12),
        ("سقط سبعون قتيلا في الهجوم", 70),
        ("مصرع ثلاثة جنود في الانفجار", 3),
        ("قتل اثنا عشر مدنيا وجرح عشرون", 12),
        ("استشهاد خمسة فلسطينيين برصاص الجيش", 5),
        ("مقتل ما بين 10 و15 شخصا", 10),
        ("ارتفعت حصيلة القتلى إلى 40", 40),
    ],
)
def test_stated_tolls(text, killed):
    assert toll(text)[0] == killed


def test_injuries_are_not_deaths():
    assert toll("أصيب 20 شخصا بجروح في القصف") == (None, None)
    assert toll("أسفر الانفجار عن إصابة 14 جريحا") == (None, None)


def test_vague_tolls_keep_the_words_and_no_number():
    killed, text = toll("سقط عشرات القتلى في الغارة")
    assert killed is None and "عشرات" in text


@pytest.mark.parametrize(("text", "killed"), [("أعلن الجيش مقتل فلسطيني قرب الحاجز", 1), ("مصرع جندي في انفجار", 1),
                                              ("أسفرت المواجهات عن مقتل شخصين", 2)])
def test_singular_and_dual_nouns_are_counts(text, killed):
    assert toll(text)[0] == killed


def test_a_plural_without_a_number_is_no_count():
    assert toll("أسفر القصف عن مقتل مدنيين") == (None, None)


def test_tolls_are_found_in_any_sentence_of_a_report():
    doc = analyse("وصل الوفد إلى المدينة صباحا. وأسفر القصف عن مقتل 12 شخصا، بحسب مصادر طبية.")
    killed, text = fatalities(doc.sentences[1])
    assert killed == 12 and text.startswith("12")


def test_time_mentions_quote_the_original_text_in_any_sentence():
    text = "وصل الوفد صباحا. وقصفت الطائرات البلدة مساء السبت."
    doc = analyse(text)
    (t,) = find_times(doc.sentences[1].tokens, text, PUB)
    assert t.text == "مساء السبت" and t.date.isoformat() == "2018-04-07"


def test_a_statement_day_dates_an_event_with_no_time_of_its_own():
    import marsad

    (e,) = marsad.extract("أعلنت وزارة الدفاع، مساء الأحد، أنها شنت غارات جوية على مدينة دوما.", published="2018-04-10")
    assert e.event_date == "2018-04-08"
    # an event with its own day keeps it
    (e,) = marsad.extract("قال مسؤول، الاثنين، إن غارات جوية استهدفت مدينة دوما السبت.", published="2018-04-10")
    assert e.event_date == "2018-04-07"



@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the nearest cue before a number decides: these numbers are the wounded
        ("أدى القصف إلى مقتل جندي وإصابة 7 آخرين", 1),
        ("أسفر الحريق عن إصابة 15 شخصا بحروق", None),
        # a word that only counts ("عدد", "أسفر") makes no toll by itself
        ("سلمت الوزارة المساعدات لعدد 35 عائلة", None),
        # the subject after the circumstances, set off by a comma
        ("قتل في الهجوم الذي استهدف السوق صباح اليوم، نحو 25 شخصا بينهم أطفال", 25),
        # a toll of the event itself before a running total of the sentence
        ("ارتفع عدد القتلى إلى 60 بعد مقتل 5 مدنيين في غارة على السوق", 5),
        # the one named and the others killed with him
        ("لقي القائد الميداني في الجماعة مصرعه مع 4 آخرين في كمين", 5),
        ("قتل الضابط مع ثلاثة آخرين في انفجار عبوة", 4),
        # ... but not the others wounded
        ("قتل الضابط وأصيب مع 3 آخرين بجروح", 1),
    ],
)
def test_which_number_is_the_toll(text, killed):
    assert toll(text)[0] == killed


def test_a_subject_before_its_verb_makes_the_verb_plural():
    assert toll("18 مدنيا بينهم نساء قضوا في القصف على البلدة")[0] == 18
    # a singular verb after the number starts a clause of its own
    assert toll("أسر 18 مدنيا بينهم نساء فيما قتل آخرون")[0] is None


def test_groups_joined_by_and_add_up():
    assert toll("قتل 4 جنود و3 مدنيين في الهجوم على الحاجز")[0] == 7
    assert toll("قتل 5 جنود و3 مدنيين بجروح في الهجوم")[0] == 5


def test_ages_and_years_are_no_tolls():
    assert toll("أعلن مقتل شاب يبلغ 22 عاما برصاص قناص") == (1, "مقتل شاب")
    assert toll("تذكر الأهالي استشهاد والده عام 2014")[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "قتل 9 أشخاص خلال يومين من القصف على البلدة",
        "لقي 30 مسلحا مصرعهم خلال 72 ساعة من المعارك",
        "ومنذ بدء الحملة العسكرية، قتل أكثر من 400 مدني",
        "لقي أكثر من 80 مسلحا مصرعهم خلال 3 أيام",
    ],
)
def test_a_toll_over_a_span_of_time_is_a_running_total(text):
    killed, words = toll(text)
    assert killed is None and words and any(c.isdigit() for c in words)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a dead noun that is a count by itself
        ("أسفر الانفجار عن قتيلين وثلاثة جرحى", 2),
        ("أسفر القصف عن سقوط شهيد وعدد من الجرحى", 1),
        # "لقي ... حتفه" is one death, "حتفهما" two
        ("لقي عامل حتفه في انهيار المبنى بعد القصف", 1),
        ("لقي عاملان حتفهما في انهيار المبنى بعد القصف", 2),
        # a definite singular, a title or a given name after a death word is one person
        ("استشهد الشاب برصاص الاحتلال عند المدخل الشمالي", 1),
        ("أعلنت الحركة مقتل قائد ميداني في غارة", 1),
        ("أكدت مصادر محلية مقتل يوسف الحمدان في كمين", 1),
        # a verb, its subject, then one person as its object
        ("قتل مسلحون مجهولون شابا في وسط المدينة", 1),
        ("اغتال مسلحون القيادي في الحزب قرب منزله", 1),
    ],
)
def test_one_or_two_dead_without_a_number(text, killed):
    assert toll(text)[0] == killed


def test_the_noun_of_a_number_is_no_count_of_its_own():
    assert toll("أسفرت المعارك عن أكثر من ألفي قتيل")[0] == 2000


def test_an_undated_event_happened_on_the_day_the_report_last_named():
    import marsad

    text = ("شنت الطائرات الحربية غارات جوية على مدينة دوما فجر الأحد. "
            "وقصفت المدفعية بلدة حرستا بعشرات القذائف.")
    events = {e.location.name_ar if e.location else None: e.event_date
              for e in marsad.extract(text, published="2018-04-10")}
    assert set(events.values()) == {"2018-04-08"}


def test_a_background_date_ends_the_day_a_report_named():
    import marsad

    text = ("شنت الطائرات الحربية غارات جوية على مدينة دوما فجر الأحد. "
            "وكانت المنطقة قد شهدت معارك عنيفة في شباط الماضي. "
            "وقصفت المدفعية بلدة حرستا بعشرات القذائف.")
    dates = sorted(e.event_date for e in marsad.extract(text, published="2018-04-10"))
    assert dates == ["2018-04-08", "2018-04-10"]


def test_undated_tellings_of_one_event_stay_one_event():
    import marsad

    text = ("قصفت المدفعية بلدة حرستا بعشرات القذائف. وشنت الطائرات غارات جوية على مدينة دوما فجر الأحد. "
            "وقصفت المدفعية بلدة حرستا بقذائف الهاون.")
    shelled = [e for e in marsad.extract(text, published="2018-04-10") if e.location.name_ar == "حرستا"]
    assert len(shelled) == 1


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a night joining two days is the evening's day ...
        ("تعرضت البلدة لقصف عنيف ليل السبت الأحد", "2018-04-07"),
        ("اندلعت اشتباكات قبل منتصف ليلة الأحد الاثنين", "2018-04-08"),
        ("شنت الطائرات غارات ليل الأحد إلى الاثنين", "2018-04-08"),
        # ... or the morning's when it happened after midnight
        ("انسحب المسلحون بعد منتصف ليل السبت الأحد", "2018-04-08"),
    ],
)
def test_a_night_named_by_two_days_is_one_day(text, date):
    (t,) = find_times(tokenize(text), text, PUB)
    assert t.date.isoformat() == date


def test_two_days_that_are_no_night_stay_two_mentions():
    text = "تظاهر المحتجون السبت والأحد"
    assert [t.date.isoformat() for t in find_times(tokenize(text), text, PUB)] == ["2018-04-07", "2018-04-08"]


def test_the_day_of_one_story_does_not_carry_into_the_next_front_of_a_round_up():
    text = ("سيطر الجيش السوري يوم الخميس على بلدة الحلبية بعد معارك مع مسلحي المعارضة. "
            "وعلى جبهة ريف دمشق، قصف الجيش مواقع المسلحين في حي جوبر.")
    events = marsad.extract(text, published="2018-03-10")
    by_place = {e.location.name_ar: e for e in events}
    assert by_place["الحلبية"].event_date == "2018-03-08"
    assert by_place["جوبر"].event_date == "2018-03-10"


def _toll(text):
    return fatalities(analyse(text).sentences[0])[0]


def test_one_person_then_a_verb_of_death_is_one_killed():
    assert _toll("وقال المتحدث إن رجلا واحدا على الأقل قتل في القصف.") == 1
    assert _toll("وأفادت مصادر بأن شخصا قتل وأصيب آخرون في الانفجار.") == 1
    assert _toll("وأصيب رجل بجروح في الانفجار.") is None


def test_a_verb_of_killing_its_subject_then_the_number_of_victims():
    assert _toll("وقتلت قوات الأمن 12 شخصا في المدينة.") == 12
    # the number belongs to something else after a preposition
    assert _toll("وقتل قائد في هجوم شارك فيه 300 مسلح.") != 300


def test_a_relative_day_in_a_speakers_words_counts_from_the_day_they_spoke():
    # the lead names Monday for the session; the quoted "yesterday" is Sunday, not the day before publication
    text = ("ندد وزير الخارجية خلال جلسة البرلمان، الاثنين، بالهجمات على المدينة. "
            'وقال الوزير: "نشير إلى القصف المدفعي الذي استهدف مدينة الحديدة يوم أمس".')
    dates = {e.event_date for e in marsad.extract(text, published="2018-04-10")}
    assert dates == {"2018-04-08"}


def test_a_relative_day_outside_quotes_still_counts_from_publication():
    text = ("ندد وزير الخارجية خلال جلسة البرلمان، الاثنين، بالهجمات على المدينة. "
            "وقصفت المدفعية مدينة الحديدة يوم أمس.")
    dates = {e.event_date for e in marsad.extract(text, published="2018-04-10")}
    assert dates == {"2018-04-09"}


def test_a_quoted_relative_day_with_no_day_named_counts_from_publication():
    text = 'وقال الوزير: "نشير إلى القصف المدفعي الذي استهدف مدينة الحديدة يوم أمس".'
    dates = {e.event_date for e in marsad.extract(text, published="2018-04-10")}
    assert dates == {"2018-04-09"}


def test_the_day_a_report_says_an_event_took_place_dates_its_undated_telling():
    # the lead gives only the day of the statement ("بحسب ما ذكرته ... الاثنين"); a later paragraph says when the
    # bombing itself took place
    text = ("طالبت المعارضة بتحقيق دولي في قصف مدفعي على بلدة كفرنبل، بحسب ما ذكرته وكالة محلية الاثنين. "
            "ووصل وفد من الأمم المتحدة إلى العاصمة. "
            "وكان القصف قد وقع في ساعة متأخرة من ليل السبت.")
    (e,) = marsad.extract(text, published="2018-04-10")
    assert e.event_date == "2018-04-07"


def test_the_day_another_place_was_hit_does_not_date_an_undated_event():
    text = ("قصفت المدفعية بلدة كفرنبل بقذائف الهاون. "
            "ووصل وفد من الأمم المتحدة إلى العاصمة. "
            "وكان قصف مدفعي قد وقع على بلدة معرة النعمان يوم السبت.")
    dates = sorted(e.event_date for e in marsad.extract(text, published="2018-04-10"))
    assert dates == ["2018-04-07", "2018-04-10"]


def test_a_day_of_things_going_on_does_not_date_the_events_of_the_report():
    # "تصاعد" spans days, "وقع" is one happening
    text = ("طالبت المعارضة بتحقيق دولي في قصف مدفعي على بلدة كفرنبل، بحسب ما ذكرته وكالة محلية الاثنين. "
            "ووصل وفد من الأمم المتحدة إلى العاصمة. "
            "وكان القصف قد تصاعد مساء السبت.")
    (e,) = marsad.extract(text, published="2018-04-10")
    assert e.event_date == "2018-04-09"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a second day with a part of its own is a day of its own, not the morning of one night
        ("استمر القصف ليل الأحد ويوم الاثنين", ["2018-04-08", "2018-04-09"]),
        ("دوت الانفجارات ليلة السبت وصباح الأحد", ["2018-04-07", "2018-04-08"]),
        # ... a bare second day still joins the night
        ("دوت الانفجارات ليلة السبت والأحد", ["2018-04-07"]),
    ],
)
def test_a_night_and_the_day_after_it_are_two_days(text, dates):
    assert [t.date.isoformat() for t in find_times(tokenize(text), text, PUB)] == dates


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # what fell or was launched is counted, not the dead
        ("وأفادت مصادر محلية بسقوط 5 قذائف على الحي السكني.", None),
        ("وقالت المنظمة إن الضحايا سقطوا جراء 40 غارة على البلدة.", None),
        ("وتعهدت الحكومة بتعويض أسر الضحايا بمبلغ 5000 دولار.", None),
        # ... a number of people still is
        ("وأسفر سقوط القذائف عن مقتل 6 أشخاص.", 6),
    ],
)
def test_a_number_of_weapons_strikes_or_money_is_no_toll(text, killed):
    assert _toll(text) == killed


def test_one_after_a_noun_is_its_adjective_not_a_count():
    assert _toll("وقال الأهالي إن خمسة أشخاص من أسرة واحدة قتلوا في القصف.") == 5
    # "وأحد" is "and one of": still a count
    assert _toll("وأسفر الانفجار عن مقتل الحارس وأحد المارة.") == 1


def test_a_plural_whose_wounded_is_the_third_was_two():
    assert _toll("أقدم مسلحون على قتل مواطنين وإصابة ثالث في القرية.") == 2
    assert _toll("وأسفر القصف عن مقتل مدنيين وجرح ثالث.") == 2
    # without the ordinal the plural stays vague
    assert _toll("وأسفر القصف عن مقتل مدنيين وجرح آخرين.") is None


def test_a_deed_after_a_preposition_is_not_the_death_of_its_doer():
    # "أقدم مسلح على قتل": the gunman killed, he was not killed
    assert _toll("أقدم مسلح على قتل شخصين في السوق.") == 2


def test_deaths_told_in_addition_add_to_the_toll():
    assert _toll("وأسفرت الغارة عن مقتل مقاتل وإصابة 7 آخرين، إضافة إلى مقتل طفل.") == 2
    assert _toll("وقتل 8 جنود في الهجوم، بالإضافة إلى مقتل 3 من المهاجمين.") == 11
    # a vague addition adds nothing, nor do the wounded
    assert _toll("وقتل 8 جنود في الهجوم، فضلا عن مقتل آخرين.") == 8
    assert _toll("وقتل 8 جنود في الهجوم، إضافة إلى سقوط 20 جريحا.") == 8


@pytest.mark.parametrize("text", [
    "وشنت طائرات حربية إسرائيلية غارات على بلدة جباليا شمال القطاع إثر مقتل جندي إسرائيلي قرب الحدود.",
    "وشنت الطائرات غارة على بلدة سرمين ردا على مقتل ثلاثة جنود.",
    "واندلعت أعمال شغب في حي الشعلة ببغداد بعد مقتل شاب على يد الشرطة الأحد.",
])
def test_the_deaths_an_event_came_after_are_not_its_toll(text):
    events = marsad.extract(text, published="2018-04-10")
    assert events and all(e.fatalities is None for e in events), [(e.sub_event_type, e.fatalities) for e in events]


def test_the_deaths_an_event_came_after_go_to_the_earlier_event_told_with_them():
    events = marsad.extract("وشنت الطائرات غارة على بلدة سرمين ردا على مقتل ثلاثة جنود في كمين قرب بلدة بنش.",
                            published="2018-04-10")
    tolls = {e.sub_event_type: e.fatalities for e in events}
    assert tolls.get("Air/drone strike") is None and 3 in tolls.values(), tolls


@pytest.mark.parametrize(("text", "killed"), [
    # "بعد" right before a part of the day is no earlier matter
    ("قتل خمسة مدنيين في غارة جوية على بلدة سرمين بعد ظهر الأحد.", 5),
    ("أسفرت غارة جوية على بلدة سرمين عن مقتل خمسة مدنيين بعد منتصف الليل.", 5),
])
def test_a_toll_told_with_its_own_event_stays(text, killed):
    events = marsad.extract(text, published="2018-04-10")
    assert [e.fatalities for e in events] == [killed], [(e.sub_event_type, e.fatalities) for e in events]


@pytest.mark.parametrize(("text", "coming"), [
    # a deadline told in a report of 10 April is a day to come, not the day of anything told
    ("على أن ينسحب المسلحون من المنطقة بحلول 15 أبريل", True),
    ("وتنتهي المهلة في 20 نيسان/أبريل", True),
    ("وانسحب المسلحون من المنطقة في 8 أبريل", False),
])
def test_a_day_after_publication_is_to_come(text, coming):
    times = find_times(tokenize(text), text, PUB)
    assert len(times) == 1 and times[0].future is coming and (times[0].date is None) is coming, times


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a month told as past that the year has not reached yet is last year's
        ("وقعت الهدنة في تموز/يوليو الماضي", "2017-07-01"),
        ("انتخب البرلمان في سبتمبر الماضي", "2017-09-01"),
        # this very month with no day, or with a day to come, is last year's too
        ("افتتح المعبر في حزيران الماضي", "2017-06-01"),
        ("قتل المئات في هجوم 25 يونيو/حزيران الماضي", "2017-06-25"),
        # a day of this month already past, and an earlier month, are this year's
        ("اعتقل الصحفي في 5 حزيران الماضي", "2018-06-05"),
        ("تظاهر الطلاب في أيار الماضي", "2018-05-01"),
        ("بدأ الحصار في شباط/فبراير الماضي", "2018-02-01"),
    ],
)
def test_month_told_as_past(text, date):
    pub = dt.date(2018, 6, 20)
    found = [t for t in find_times(tokenize(text), text, pub) if t.date is not None]
    assert [t.date.isoformat() for t in found] == [date]
    assert not any(t.future for t in find_times(tokenize(text), text, pub))


def test_month_to_come_without_past_word_stays_future():
    pub = dt.date(2018, 6, 20)
    text = "تنتهي المهلة بحلول 15 تموز"
    assert [t.future for t in find_times(tokenize(text), text, pub)] == [True]
    text = "وكان الشهر الماضي داميا"
    assert [t.date.isoformat() for t in find_times(tokenize(text), text, pub)] == ["2018-05-21"]


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # people named by trade, office or lot count like any person noun, after a number and after a death word
        ("وأكدت المصادر أن 6 مهندسين في الشركة لقوا مصرعهم في الانفجار", 6),
        ("وقالت الوزارة إن تسعة خبراء أجانب لقوا حتفهم في الغارة", 9),
        ("أعلنت البحرية أن 31 مهاجرا على الأقل لقوا حتفهم بعد غرق قاربهم", 31),
        ("وقالت مصادر أمنية إن 8 إرهابيين لقوا مصرعهم في تبادل لإطلاق النار", 8),
        ("أعلنت الوزارة مقتل مزارع برصاص الجنود قرب السياج", 1),
        ("قتل حارس وخطف سائحان في هجوم على المحمية", 1),
        ("أسفر الانفجار عن مقتل 3 جنود و2 مهندسين", 5),
        # a count joined across a nationality adjective
        ("لقي نائب عراقي و4 أشخاص آخرين مصرعهم في حادث سير", 5),
        # a hedge between the death word and its number
        ("أسفرت المواجهات عن مقتل ما لا يقل عن 17 عنصرا من المسلحين", 17),
        ("وبحسب نائب في البرلمان، قتل ما لا يقل عن 30 شخصا في الاحتجاجات", 30),
        # the dual pronoun counts those it joins
        ("لقي سائق شاحنة وراكبة مصرعهما في حادث على الطريق الدولي", 2),
    ],
)
def test_people_by_trade_and_hedged_counts(text, killed):
    assert _toll(text) == killed


@pytest.mark.parametrize(
    "text",
    [
        # an attempt on a life is no death
        "نجا المحافظ من محاولة اغتيال وزير سابق في المدينة",
        "اتهم الرجل بالشروع في قتل ضابط شرطة",
        # an adjective used as a noun counts only after a number: here it is the attack's
        "ندد المجلس بالتفجير الإرهابي الذي استهدف السوق",
        # a verb joined by و after a noun opens its own clause ("and they killed"), with no number of its own
        "اقتحم مسلحون منزل أحد قادة القبيلة في القرية وقتلوا حراسه",
        # wounded workers are no toll
        "أصيب 5 عمال في انفجار داخل المصنع",
    ],
)
def test_no_toll_from_attempts_adjectives_or_the_wounded(text):
    assert _toll(text) is None
