"""Actors: the dictionary is sound, every spelling and framing resolves, unknown groups are still reported."""

from collections import defaultdict

import pytest

import marsad
from marsad.arabic.document import analyse
from marsad.arabic.normalize import normalize
from marsad.knowledge import load_yaml, load_yaml_dir
from marsad.resolve.actors import find_actors, index, resolve


def entries():
    return [row for name, rows in load_yaml_dir("actors") if name != "generic.yaml" for row in rows]


def test_dictionary_is_large_and_well_formed():
    rows = entries()
    assert len(rows) >= 400
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    known = set(ids)
    for r in rows:
        assert r["name"] and r.get("name_ar"), r["id"]
        assert r["inter"] in range(1, 9), r["id"]
        assert r.get("aliases"), r["id"]
        assert r.get("part_of") in (None, *known), r["id"]
        for loaded in r.get("loaded") or []:
            assert loaded["framing"] in ("pejorative", "partisan"), r["id"]


def test_no_alias_points_to_two_actors_without_a_rule_to_choose():
    # the only rule: the report's country chooses, so two actors may share an alias only across countries
    owners = defaultdict(set)
    for r in entries():
        forms = [*(r.get("aliases") or []), *(x["text"] for x in r.get("loaded") or [])]
        for form in forms:
            owners[normalize(str(form)).lower()].add((r["id"], r.get("country")))
    for form, who in owners.items():
        countries = [c for _, c in who]
        assert len(countries) == len(set(countries)), f"{form}: {sorted(who)}"


def test_generic_words_are_not_aliases():
    generic = {normalize(g["text"]) for g in load_yaml("actors", "generic.yaml")["generic"]}
    for r in entries():
        for alias in r.get("aliases") or []:
            assert normalize(str(alias)) not in generic, (r["id"], alias)


def resolved(text, country="SY"):
    doc = analyse(text)
    history = []
    out = []
    for m in find_actors(doc):
        m.resolved = resolve(m, country, [country], history)
        if m.resolved:
            history.append(m)
            out.append(m.resolved)
    return out


@pytest.mark.parametrize(
    ("mention", "country", "name"),
    [
        ("داعش", "SY", "Islamic State (Syria)"),
        ("تنظيم الدولة", "SY", "Islamic State (Syria)"),
        ("الدولة الإسلامية", "SY", "Islamic State (Syria)"),
        ("الدواعش", "SY", "Islamic State (Syria)"),
        ("داعش", "IQ", "Islamic State (Iraq)"),
        ("قسد", "SY", "SDF: Syrian Democratic Forces"),
        ("قوات سوريا الديمقراطية", "SY", "SDF: Syrian Democratic Forces"),
        ("قوات سورية الديمقراطية", "SY", "SDF: Syrian Democratic Forces"),
        ("الجيش العربي السوري", "SY", "Military Forces of Syria"),
        ("قوات النظام", "SY", "Military Forces of Syria"),
        ("قوات الأسد", "SY", "Military Forces of Syria"),
        ("الحوثيون", "YE", "Houthi Movement"),
        ("أنصار الله", "YE", "Houthi Movement"),
        ("ميليشيا الحوثي الانقلابية", "YE", "Houthi Movement"),
    ],
)
def test_every_spelling_and_framing_resolves(mention, country, name):
    names = [a.name for a in resolved(f"قالت مصادر إن {mention} نفذ هجوما", country)]
    assert name in names, names


@pytest.mark.parametrize(("mention", "framing"), [("الدواعش", "pejorative"), ("قوات الأسد", "partisan"),
                                                 ("ميليشيا الحوثي الانقلابية", "pejorative")])
def test_loaded_labels_are_marked_and_kept_as_mention_only(mention, framing):
    country = "YE" if "الحوثي" in mention else "SY"
    (actor,) = [a for a in resolved(f"هاجم {mention} المنطقة", country)]
    assert actor.framing in ("pejorative", "partisan")
    assert actor.mention == mention
    assert mention not in (actor.name, actor.name_ar)


def test_army_resolves_to_the_army_of_the_country_where_it_acts():
    assert [a.name for a in resolved("تقدم الجيش نحو المدينة", "SY")] == ["Military Forces of Syria"]
    assert [a.name for a in resolved("تقدم الجيش نحو المدينة", "IQ")] == ["Military Forces of Iraq"]


def test_demonym_names_the_forces():
    names = [a.name for a in resolved("قصفت القوات التركية مواقع قرب الحدود", "SY")]
    assert names == ["Military Forces of Turkey"]


def test_anaphora_refers_to_the_last_named_group():
    names = [a.name for a in resolved("هاجم تنظيم داعش بلدة قرب الحدود، وتبنى التنظيم الهجوم", "IQ")]
    assert names == ["Islamic State (Iraq)", "Islamic State (Iraq)"]


def test_group_missing_from_the_dictionary_is_still_reported():
    events = marsad.extract("هاجم مسلحون من فصيل أحرار الجبل حاجزا للجيش قرب مدينة درعا أمس.", published="2018-03-01")
    actors = [a for e in events for a in (e.actor1, e.actor2) if a]
    new = [a for a in actors if "أحرار الجبل" in a.name]
    assert new and new[0].inter == 2 and new[0].country == "SY"


def test_country_acting_stands_for_its_government():
    names = [a.name for a in resolved("أعلنت واشنطن فرض عقوبات جديدة، وردت طهران بالتهديد", "US")]
    assert names == ["Government of the United States", "Government of Iran"]
    assert resolved("وصل الوفد إلى واشنطن", "US") == []


def test_index_is_built_once():
    assert index() is index()


def test_knowledge_files_have_no_yaml_booleans_where_codes_belong():
    # "NO" (Norway) and "ON" read as booleans in YAML unless quoted
    for name in ("capitals.yaml", "countries.yaml", "admin1.yaml", "curated.yaml"):
        data = load_yaml("places", name)
        rows = data.items() if isinstance(data, dict) else [(r.get("country") or r.get("code"), r) for r in data]
        for code, _ in rows:
            assert isinstance(code, str), (name, code)


def test_a_nationality_form_never_spells_a_country():
    # "سوري" + ا would be "سوريا": the country, not "Syrians"
    assert not index().demonyms.find(analyse("سوريا وليبيا").sentences[0].tokens)


def test_people_stand_for_their_organisation_but_keep_their_name_as_mention():
    (actor,) = resolved("قال حسن نصر الله إن الحزب لن يتراجع", "LB")[:1]
    assert actor.name == "Hezbollah" and actor.mention == "حسن نصر الله"


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        # the doubled ya of a plural written once, ميليشات for ميليشيات
        ("قتل أربعة مدنين في القصف", "SY", "Civilians (Syria)"),
        ("تقدمت ميليشات الحوثي نحو الساحل", "YE", "Houthi Movement"),
        ("اتهم البيان الحوثين بإطلاق الصاروخ", "YE", "Houthi Movement"),
        # accusative and singular forms
        ("أصيب 12 شرطيا في الهجوم", "EG", "Police Forces of Egypt"),
        ("قتل 30 مدنيا في الغارة", "YE", "Civilians (Yemen)"),
        # an indefinite coalition is still the coalition
        ("شن تحالف عربي غارات على المدينة", "YE", "Saudi-led Coalition"),
    ],
)
def test_common_misspellings_and_inflections_resolve(text, country, name):
    assert name in [a.name for a in resolved(text, country)]


@pytest.mark.parametrize(("text", "country", "name"), [
    ("أطلقت قوات مجهولة النار على سيارة إسعاف", "YE", "Unidentified Armed Group (Yemen)"),
    ("هاجمت فصائل مسلحة نقطة تفتيش", "SY", "Opposition Rebels (Syria)"),
    ("قتل عنصران من ميليشيا موالية لإيران", "SY", "Unidentified Armed Group (Syria)"),
])
def test_a_cue_word_with_unknown_or_armed_is_no_new_group(text, country, name):
    names = [a.name for a in resolved(text, country)]
    assert names[0] == name, names


@pytest.mark.parametrize(("text", "country", "absent"), [
    ("تجمع آلاف الطلاب أمام مبنى الوزارة احتجاجا على الرسوم", "JO", "تجمع آلاف"),
    ("دعت النقابات إلى تنظيم تظاهرات في العاصمة يوم الأحد", "GR", "تنظيم تظاهرات"),
    ("أرسلت الحكومة قوات مشتركة إلى الحدود", "LB", "قوات مشتركة"),
    ("هددت الجماعة حركة الملاحة الدولية في المضيق", "YE", "حركة الملاحة"),
])
def test_a_cue_word_before_a_count_a_crowd_act_or_an_adjective_names_no_group(text, country, absent):
    assert not any(a.name.startswith(absent) for a in resolved(text, country))


@pytest.mark.parametrize(("text", "country", "name"), [
    ("قصفت ألوية العمالة مواقع في الساحل الغربي", "YE", "Unidentified Armed Group (Yemen)"),
    ("هاجمت ميليشيات العدوان قرية في ريف المدينة", "YE", "Unidentified Armed Group (Yemen)"),
    ("سيطرت كتائب الإجرام على البلدة الساحلية", "LY", "Unidentified Armed Group (Libya)"),
])
def test_a_cue_word_and_an_insult_are_a_label_kept_in_the_mention_not_a_name(text, country, name):
    first = resolved(text, country)[0]
    assert first.name == name
    assert first.framing == "pejorative" and first.mention in text


@pytest.mark.parametrize(("text", "country", "name"), [
    ("نفذت قوة أمنية مداهمة في حي الأشرفية واعتقلت ثلاثة أشخاص", "JO", "Police Forces of Jordan"),
    ("أعلن مجلس الأمن الدولي قلقه من القصف على المدينة", "SY", "United Nations"),
    ("عقد مجلس الأمن القومي اجتماعا بعد الهجوم", "IR", "Government of Iran"),
])
def test_security_bodies_resolve_to_whose_they_are(text, country, name):
    names = [a.name for a in resolved(text, country)]
    assert names and names[0] == name, names
    assert "Police Forces of Syria" not in names


def test_a_country_doing_armed_violence_is_its_forces_and_otherwise_its_government():
    assert resolved("أدان الوزير استهداف إسرائيل لمدرسة في القطاع", "PS")[-1].name == "Military Forces of Israel"
    assert resolved("اعترضت الرياض صاروخا فوق المدينة", "SA")[0].name == "Military Forces of Saudi Arabia"
    assert resolved("أعلنت إسرائيل أنها ستفتح المعبر", "PS")[0].name == "Government of Israel"


def test_a_plural_nationality_after_an_indefinite_noun_names_people():
    names = [a.name for a in resolved("قال الوزير إن العالم لن ينسى معاناة الفلسطينيين في المخيمات", "PS")]
    assert "Civilians (Palestine)" in names


def test_people_counted_in_a_report_about_a_protest_are_protesters():
    text = ("خرجت مظاهرات حاشدة قرب السياج يوم الجمعة. ورفع المتظاهرون الأعلام وهتفوا. "
            "وأعلنت الوزارة مقتل 12 فلسطينيا. وطالب المحتجون برفع الحصار.")
    counted = [a.name for a in resolved(text, "PS") if a.mention == "فلسطينيا"]
    assert counted == ["Protesters (Palestine)"]
    assert "Civilians (Palestine)" in [a.name for a in resolved("أعلنت الوزارة مقتل 12 فلسطينيا في غارة.", "PS")]


def test_the_yemeni_resistance_of_the_west_coast_is_the_national_resistance():
    assert resolved("تقدمت المقاومة اليمنية نحو المدينة", "YE")[0].name == "National Resistance Forces"
    assert resolved("تقدمت المقاومة الشعبية نحو المدينة", "YE")[0].name == "Popular Resistance (Yemen)"


def test_the_body_a_spokesman_speaks_for_is_no_party_to_the_event():
    events = marsad.extract("قال المتحدث باسم الشرطة إن انفجار عبوة ناسفة في سوق مدينة قندهار أمس أدى "
                            "إلى مقتل ثلاثة أشخاص.", published="2018-05-06")
    assert events and all(e.actor1 is None or "Police" not in e.actor1.name for e in events)


def test_civilians_named_first_are_still_the_target():
    from marsad.extract.frames import find_frames
    from marsad.resolve.roles import assign_roles

    doc = analyse("وقتل نحو ثلاثين مدنيا في البلدة أمس.")
    mentions = find_actors(doc)
    for m in mentions:
        m.resolved = resolve(m, "SY", ["SY"], [])
    sent = doc.sentences[0]
    (frame,) = [f for f in find_frames(sent) if f.sense.verb][:1]
    a1, a2, _ = assign_roles(frame, sent, mentions, set())
    assert a1 is None and a2 is not None and a2.resolved.name == "Civilians (Syria)"


def test_a_possessive_refers_to_the_last_state_or_group_named():
    names = [a.name for a in resolved("قررت بغداد إغلاق المعابر وأرسلت قواتها إلى المنطقة", "IQ")]
    assert names[-1] == "Military Forces of Iraq", names
    names = [a.name for a in resolved("أعدم تنظيم داعش أحد عناصره بتهمة الخيانة", "SY")]
    assert names[-1] == "Islamic State (Syria)", names


def test_a_nationality_in_the_phrase_wins_over_the_report_country():
    names = [a.name for a in resolved("التقى الوفد الروسي ممثلي المعارضة السورية في عمّان", "RU")]
    assert "Opposition Rebels (Syria)" in names, names


def test_acled_names_keep_the_article_only_after_of():
    from marsad import extract

    events = extract("فجر مهاجم قنبلة في محطة قطارات في مدينة مانشستر البريطانية أمس ما أدى إلى مقتل ثلاثة مدنيين.",
                     published="2018-05-01")
    names = {a.name for e in events for a in (e.actor1, e.actor2) if a is not None}
    assert "Civilians (United Kingdom)" in names, names


def resolved_in(text, country, report):
    """Like `resolved`, for a sentence whose place says `country` in a report about `report` (countries)."""
    history = []
    for m in find_actors(analyse(text)):
        m.resolved = resolve(m, country, report, history)
        if m.resolved:
            history.append(m)
    return [m.resolved for m in history]


@pytest.mark.parametrize(("text", "country", "name"), [
    ("أعلنت المقاومة أنها ردت على القصف بإطلاق صواريخ", "PS", "Unidentified Armed Group (Palestine)"),
    ("توصلت الفصائل الفلسطينية إلى تهدئة مع إسرائيل", "PS", "Unidentified Armed Group (Palestine)"),
    ("قالت الحركة إن فصائل المقاومة ستلتزم بالهدوء", "PS", "Unidentified Armed Group (Palestine)"),
    ("استهدفت المقاومة موقعا عسكريا قرب الحدود", "LB", "Hezbollah"),
])
def test_the_resistance_as_a_whole_is_the_factions_or_the_one_force_the_press_means(text, country, name):
    assert name in [a.name for a in resolved(text, country)]


def test_a_country_named_after_an_actor_says_whose_it_is():
    names = [a.name for a in resolved_in("بحث الوزير دور بلاده في قتال تنظيم الدولة الإسلامية في سوريا", "SA",
                                         ["SA", "SY"])]
    assert names == ["Islamic State (Syria)"], names
    names = [a.name for a in resolved_in("ألقت قوات الأمن في شمال مصر القبض على المطلوب", "LY", ["LY", "EG"])]
    assert names == ["Police Forces of Egypt"], names


def test_a_country_that_acts_in_the_sentence_is_a_party_not_the_place():
    names = [a.name for a in resolved_in("وتنفي أنقرة استهداف المدنيين في عمليتها", "TR", ["SY", "TR"])]
    assert names[-1] == "Civilians (Syria)", names
    # named as a place too, it is where the event is
    names = [a.name for a in resolved_in("اعترضت الرياض صاروخا أصاب المدنيين في جنوب السعودية", "SA", ["YE", "SA"])]
    assert names[-1] == "Civilians (Saudi Arabia)", names


def test_a_title_between_forces_and_nationality_keeps_the_nationality():
    names = [a.name for a in resolved("وقال إن سلاح الجو الأميري القطري يلعب دورا في الدفاع", "US")]
    assert names == ["Military Forces of Qatar"], names


def test_the_regime_is_the_state_where_the_event_is_and_keeps_its_framing():
    (actor,) = resolved("وأكد الناشط أن النظام يريد المصالحة", "SY")
    assert actor.name == "Government of Syria" and actor.framing == "partisan"
    assert resolved("قبل أن يستعيد النظام السيطرة على البلدة", "SY")[0].name == "Military Forces of Syria"
    # a system, not a regime
    assert resolved("أعلن البنك إصلاح النظام المصرفي", "SY") == []


def test_a_side_is_a_state_only_with_its_nationality():
    assert [a.name for a in resolved("واتفقت الحركة مع الجانب المصري على التهدئة", "PS")][-1] == "Government of Egypt"
    assert resolved("وقف إلى الجانب الآخر من الطريق", "PS") == []


def test_the_agent_of_a_violent_word_is_a_state_by_its_forces():
    names = [a.name for a in resolved("وتستعد المدينة لهجوم بري محتمل من قبل روسيا والنظام السوري", "SY")]
    assert names == ["Military Forces of Russia", "Military Forces of Syria"], names


def test_an_anaphor_takes_the_last_group_named_with_its_noun():
    names = [a.name for a in resolved("قالت حركة حماس إن لجان المقاومة الشعبية أطلقت الصواريخ، وأضافت الحركة أنها "
                                      "ستلتزم بالتهدئة", "PS")]
    assert names[-1] == "Hamas Movement", names


def test_unnamed_fighters_of_a_named_group_are_that_group():
    names = [a.name for a in resolved("قتل 12 مسلحا من ميليشيات الحوثي في المواجهات", "YE")]
    assert names == ["Houthi Movement", "Houthi Movement"], names
    names = [a.name for a in resolved("وأعلن مسلحون تابعون لتنظيم داعش مسؤوليتهم عن الهجوم", "EG")]
    assert names == ["Islamic State (Egypt)", "Islamic State (Egypt)"], names


@pytest.mark.parametrize(("text", "country", "name"), [
    ("أدى القصف إلى مقتل مدني في الحي", "SY", "Civilians (Syria)"),
    ("وقال سكان القرية إن الطائرات قصفت منازلهم", "YE", "Civilians (Yemen)"),
    ("دعا الحراك الشعبي إلى مسيرة في الحسيمة", "MA", "Protesters (Morocco)"),
    ("دعا الحراك الشعبي إلى مسيرة في العاصمة", "DZ", "Hirak Movement (Algeria)"),
    ("أعلنت اللجان التنسيقية موعد التظاهرة", "IQ", "Protesters (Iraq)"),
    ("وافقت حكومة الإقليم على تسليم المطارات", "IQ", "Kurdistan Regional Government"),
    ("قال السناتور إن ترامب شجع الأسد على الهجوم", "SY", "Government of Syria"),
])
def test_people_movements_and_rulers_named_the_common_way(text, country, name):
    assert name in [a.name for a in resolved(text, country)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("هاجم المتمردون المدعومون من إيران مطار المدينة", "Government of Iran"),
        ("تخشى المنظمة وقف تمويلها من واشنطن", "Government of the United States"),
        ("لم يصدر أي تعليق من موسكو على الهجوم", "Government of Russia"),
        ("اتهم النائب الأسد وداعميه من روسيا", "Government of Russia"),
    ],
)
def test_a_country_after_a_word_of_backing_or_answering_is_a_party(text, name):
    assert name in [a.name for a in resolved(text, "SY")]



@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال المسؤول إن الأردنيين أكدوا رفضهم للخطة", "Government of Jordan"),
        ("قال القيادي إن الحركة تتفق مع المصريين على التهدئة", "Government of Egypt"),
        ("حذر من اندلاع مواجهة عسكرية شاملة مع الإسرائيليين", "Military Forces of Israel"),
        ("أصيب شاب برصاص الإسرائيليين قرب الحاجز", "Military Forces of Israel"),
        ("قتل عناصر من قوات النظام السوري والإيرانيين في الغارة", "Military Forces of Iran"),
        ("اعتقلت الفصائل كل من تواصل مع النظام السوري أو الروس", "Government of Russia"),
    ],
)
def test_a_plural_nationality_that_acts_as_a_state_is_that_state(text, name):
    assert name in [a.name for a in resolved(text, "SY")]



@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("صور جديدة تظهر آثار ضربة تركيا على القرية", "Military Forces of Turkey"),
        ("أدان المجلس استخدام إسرائيل القوة ضد المتظاهرين", "Military Forces of Israel"),
    ],
)
def test_a_state_next_to_a_word_of_force_is_its_forces(text, name):
    assert name in [a.name for a in resolved(text, "SY")]


def _names_of(text, mention, country):
    return [a.name for a in resolved(text, country) if a.mention == mention]


def test_people_at_large_in_a_sentence_about_a_protest_are_protesters():
    assert _names_of("خرج مئات المواطنين في مظاهرة وسط المدينة", "المواطنين", "IQ") == ["Protesters (Iraq)"]
    assert _names_of("وقال إن سكان البلدة يتظاهرون منذ أسبوعين", "سكان", "PS") == ["Protesters (Palestine)"]
    # a medic killed at a protest was there as a civilian; and no protest, no protesters
    assert _names_of("قتل مسعف خلال تظاهرات قرب السياج", "مسعف", "PS") == ["Civilians (Palestine)"]
    assert _names_of("وزعت البلدية المياه على المواطنين", "المواطنين", "IQ") == ["Civilians (Iraq)"]


def test_victims_named_in_a_report_about_a_protest_are_protesters():
    text = ("خرجت مظاهرات حاشدة قرب الحدود يوم الجمعة. ورفع المتظاهرون الأعلام وهتفوا. "
            "وقالت الوزارة إن مواطنين استشهدا برصاص القناصة. وأعلنت مقتل فلسطيني يبلغ من العمر 20 عاما. "
            "وطالب المحتجون برفع الحصار.")
    assert _names_of(text, "مواطنين", "PS") == ["Protesters (Palestine)"]
    assert _names_of(text, "فلسطيني", "PS") == ["Protesters (Palestine)"]
    assert _names_of("وأعلنت الوزارة مقتل فلسطيني في غارة على المخيم.", "فلسطيني", "PS") == ["Civilians (Palestine)"]


def test_a_crowd_at_a_protest_of_a_named_people_is_of_that_people():
    names = _names_of("تظاهر آلاف الأردنيين أمام السفارة حيث أحرق بعض الشبان الأعلام", "الشبان", "IL")
    assert names == ["Protesters (Jordan)"]


def test_a_label_of_jihadism_is_never_the_group_that_uses_it():
    text = "قال حزب الله إن مقاتليه صدوا هجوما شنه التكفيريون قرب الحدود، وأكد أن العدو التكفيري تكبد خسائر"
    names = [a.name for a in resolved(text, "SY")]
    assert names[0] == "Hezbollah" and names[-2:] == ["Islamic State (Syria)", "Islamic State (Syria)"], names


def test_a_label_of_jihadism_refers_back_to_the_jihadist_group_named():
    names = [a.name for a in resolved("سيطرت هيئة تحرير الشام على القرية بعد معارك مع الجيش، وقال الجهاديون إنهم "
                                      "أسروا جنودا", "SY")]
    assert names.count("Hayat Tahrir al-Sham") == 2, names
    assert [a.name for a in resolved("قتل ثلاثة جنود في معارك ضد الجهاديين", "IQ")][-1] == "Islamic State (Iraq)"


def test_a_group_in_many_countries_is_not_of_a_country_that_only_acts_in_the_sentence():
    doc = analyse("وتتهم الإدارة الذاتية الفصائل التي تدعمها أنقرة بالانتماء إلى تنظيم داعش")
    history = []
    for m in find_actors(doc):
        m.resolved = resolve(m, "TR", ["SY", "TR"], history)  # Ankara is the sentence's only country
        if m.resolved:
            history.append(m)
    assert "Islamic State (Syria)" in [m.resolved.name for m in history if m.text == "تنظيم داعش"]


def test_armed_groups_said_to_belong_to_a_named_group_are_that_group():
    names = [a.name for a in resolved("قصف الجيش مواقع المجموعات المسلحة التابعة لهيئة تحرير الشام في الريف", "SY")]
    assert names.count("Hayat Tahrir al-Sham") == 2, names


def test_warplanes_and_anti_aircraft_fire_are_the_forces_of_where_they_act_or_of_their_nationality():
    assert [a.name for a in resolved("شنت طائرات غارات على مواقع في القطاع", "PS")] == ["Military Forces of Israel"]
    names = [a.name for a in resolved("أطلقت المضادات السورية نيرانها على الطائرات المغيرة", "SY")]
    assert names[0] == "Military Forces of Syria", names


def test_an_anaphor_after_the_preposition_li_refers_back_by_the_name_it_begins():
    # "للفيلق" is ل + الفيلق: the article's alif is not written
    names = [a.name for a in resolved("قصفت الطائرات الإسرائيلية مقرات فيلق القدس ومخازن تابعة للفيلق", "SY")]
    assert names.count("Military Forces of Iran") == 2, names
    names = [a.name for a in resolved("تبنى تنظيم داعش الهجوم، وقالت وكالة أعماق التابعة للتنظيم إن", "IQ")]
    assert names.count("Islamic State (Iraq)") == 2, names


def test_fighters_loyal_to_a_state_are_its_military_but_proxies_of_another_country_are_not():
    (actor,) = resolved("قتل تسعة مقاتلين موالين للنظام في قصف على مستودع", "SY")
    assert actor.name == "Military Forces of Syria" and actor.mention == "مقاتلين موالين للنظام"
    names = [a.name for a in resolved("اشتبكت ميليشيات موالية للحكومة العراقية مع مسلحين", "SY")]
    assert names[0] == "Military Forces of Iraq", names
    names = [a.name for a in resolved("هاجمت الميليشيات الموالية لإيران مواقع المعارضة", "SY")]
    assert "Military Forces of Iran" not in names, names


def test_a_state_that_denies_violence_is_its_government():
    assert resolved("وتنفي موسكو استهداف المستشفيات في المدينة", "SY")[0].name == "Government of Russia"
    assert resolved("وأعلنت موسكو استهداف مواقع المسلحين في المدينة", "SY")[0].name == "Military Forces of Russia"


def test_al_murabitoun_of_libya_is_named_only_as_an_organisation():
    assert resolved("أعلن الجيش القبض على قيادي في تنظيم المرابطون قرب الحدود", "LY")[-1].name == "Al Murabitoun"
    # the guardians of al-Aqsa are no armed group
    assert "Al Murabitoun" not in [a.name for a in resolved("اعتدت الشرطة على المرابطين في باحات المسجد", "PS")]


def test_the_elements_refer_back_to_the_group_named_last():
    names = [a.name for a in resolved("قصف التحالف مواقع للحوثيين في صعدة واستهدف العناصر التي أطلقت الصاروخ", "YE")]
    assert names[-1] == "Houthi Movement", names


def test_bare_aircraft_are_warplanes_only_as_the_subject_of_a_strike():
    assert resolved("وصلت طائرات شحن محملة بالمساعدات إلى المطار", "SY") == []
    assert [a.name for a in resolved("وشنت طائرات غارات على مواقع في المدينة", "SY")] == ["Military Forces of Syria"]


def test_warplanes_over_yemen_are_the_coalition_s():
    assert resolved("ودمرت المقاتلات تعزيزات للحوثيين في المديرية", "YE")[0].name == "Saudi-led Coalition"
    assert resolved("أغارت طائرات حربية يمنية على مواقع للحوثيين", "YE")[0].name == "Military Forces of Yemen"


def test_people_with_no_nationality_are_of_the_nation_whose_people_the_sentence_names():
    doc = analyse("وطالب بمحاسبة إسرائيل على قتل المدنيين، مؤكدا دعمه للفلسطينيين الذين يقتلون كل يوم")
    history = []
    for m in find_actors(doc):
        m.resolved = resolve(m, "IL", ["US", "IL"], history)
        if m.resolved:
            history.append(m)
    assert [m.resolved.name for m in history if m.text == "المدنيين"] == ["Civilians (Palestine)"]


def test_the_envoy_of_a_state_speaks_for_its_government():
    names = [a.name for a in resolved("وقال سفير سوريا لدى الأمم المتحدة إن الهجوم مفبرك", "US")]
    assert names[0] == "Government of Syria", names
    assert "Government of Iran" in [a.name for a in resolved("وصرح مندوب إيران في مجلس الأمن بأن", "US")]


def test_people_counted_or_named_as_victims_are_civilians():
    names = [a.name for a in resolved("وأسفر القصف عن مقتل 12 شخصا وإصابة رجلين في البلدة", "SY")]
    assert names == ["Civilians (Syria)", "Civilians (Syria)"], names
    assert [a.name for a in resolved("قتل طفلا وأصيب ثلاثة أشخاص بانفجار لغم", "YE")] == ["Civilians (Yemen)"] * 2


def test_the_forces_their_officers_and_their_courts_are_the_military():
    names = [a.name for a in resolved("وأعلن المتحدث مقتل ضابطين وإصابة ضابط صف في هجوم على القوات", "EG")]
    assert names == ["Military Forces of Egypt"] * 3, names
    assert resolved("وقررت النيابة العسكرية حبس المتهم", "EG")[0].name == "Military Forces of Egypt"
    assert resolved("وقال مسؤول عسكري إن الهجوم أحبط", "IQ")[0].name == "Military Forces of Iraq"
    assert resolved("واعتقل ضابط شرطة متهما بالرشوة", "EG")[0].name == "Police Forces of Egypt"
    assert resolved("وشنت مقاتلتان أمريكيتان غارات على البلدة", "SY")[0].name == "Military Forces of the United States"


def test_gunmen_are_an_unidentified_group_but_the_opposition_in_syria_unless_called_unknown():
    assert resolved("وهاجم مسلحون نقطة تفتيش قرب المدينة", "IQ")[0].name == "Unidentified Armed Group (Iraq)"
    assert resolved("وقصفت قوات الحكومة مناطق المسلحين في الريف", "SY")[-1].name == "Opposition Rebels (Syria)"
    assert resolved("واشتبكت مجموعات مسلحة مع الجيش", "SY")[0].name == "Opposition Rebels (Syria)"
    assert resolved("واغتال مسلحون مجهولون قياديا محليا", "SY")[0].name == "Unidentified Armed Group (Syria)"


def test_unions_and_activists_who_strike_or_protest_are_protesters():
    names = [a.name for a in resolved("وأعلنت النقابات المهنية مواصلة الإضراب العام رفضا للقرار", "JO")]
    assert names == ["Protesters (Jordan)"], names
    names = [a.name for a in resolved("وخرج ناشطون ومعلمون في وقفة أمام مقر الوزارة", "MA")]
    assert names == ["Protesters (Morocco)"] * 2, names
    # no strike nor protest: the union is no crowd
    assert resolved("وقالت النقابات إن الحوار مستمر مع الحكومة", "JO")[0].name == "Civilians (Jordan)"


def test_a_sentence_with_no_place_goes_on_in_the_country_of_the_one_before():
    from marsad.models import Article
    from marsad.pipeline import analyse_article

    text = ("رفعت السلطات في مصر حالة التأهب في سيناء والقاهرة. وقصفت طائرات إسرائيلية موقعا في مدينة غزة. "
            "وأصيب ثلاثة أشخاص بجروح.")
    analysed = analyse_article(Article("t1", text, None, "2018-05-01", None))
    assert analysed.countries[0] == "EG"
    assert [m.resolved.name for m in analysed.body.actors if m.text == "أشخاص"] == ["Civilians (Palestine)"]


def test_a_headline_is_read_with_the_body_of_a_report_about_a_protest():
    from marsad.models import Article
    from marsad.pipeline import analyse_article

    body = ("تظاهر آلاف الشبان قرب السياج الفاصل شرق مدينة غزة. وأحرق المتظاهرون الإطارات. "
            "ورشق المحتجون الجنود بالحجارة. وأعلنت الوزارة الحصيلة.")
    analysed = analyse_article(Article("t2", body, "مقتل 3 فلسطينيين شرق غزة", "2018-05-01", None))
    assert [m.resolved.name for m in analysed.title.actors] == ["Protesters (Palestine)"]


def test_protesters_keep_the_nationality_the_report_gave_them():
    text = ("تظاهر آلاف الفلسطينيين قرب السياج الحدودي. "
            "وقالت إسرائيل إن المتظاهرين اقتربوا من الجدار في إسرائيل.")
    names = [a.name for a in resolved(text, "IL") if a.mention in ("الفلسطينيين", "المتظاهرين")]
    assert names == ["Protesters (Palestine)", "Protesters (Palestine)"], names
    # a nationality after the verb of protest is the protesters
    assert resolved("ويحتج العراقيون على انقطاع الكهرباء", "IQ")[0].name == "Protesters (Iraq)"


def test_a_nationality_that_ends_the_name_is_not_overridden_by_the_next_word():
    names = [a.name for a in resolved("واعتقلت الشرطة الإسرائيلية فلسطينيا قرب باب العامود", "PS")]
    assert names[0] == "Police Forces of Israel", names


@pytest.mark.parametrize(
    ("text", "country", "mention", "name"),
    [
        ("لقي 25 مسلحا حوثيا مصرعهم في قصف مدفعي", "YE", "مسلحا حوثيا", "Houthi Movement"),
        ("استهدفت الغارة القيادات الحوثية في صعدة", "YE", "القيادات الحوثية", "Houthi Movement"),
        ("أعلن الجيش مقتل 45 انقلابيا خلال يومين", "YE", "انقلابيا", "Houthi Movement"),
        ("فجر انتحاريان داعشيان نفسيهما قرب حاجز", "IQ", "انتحاريان داعشيان", "Islamic State (Iraq)"),
        ("وأصاب قناصو الحوثي امرأة في تعز", "YE", "الحوثي", "Houthi Movement"),
    ],
)
def test_a_groups_nisba_after_a_noun_of_members_names_the_group(text, country, mention, name):
    found = {a.mention: a.name for a in resolved(text, country)}
    assert found.get(mention) == name, found


def test_a_groups_nisba_after_a_noun_of_things_names_no_one():
    found = {a.mention: a.name for a in resolved("سقطت الصواريخ الحوثية على أحياء المدينة", "YE")}
    assert "Houthi Movement" not in found.values(), found
    found = {a.mention: a.name for a in resolved("أحبطت السلطات المحاولة الانقلابية في العاصمة", "TR")}
    assert "Houthi Movement" not in found.values(), found


def test_labels_of_terror_with_no_group_named_are_the_islamic_state_only_in_a_jihadist_report():
    found = {a.mention: a.name for a in resolved(
        "قتلت القوات 9 جهاديين في شمال سيناء. وأعلنت ضبط 30 عنصرا إرهابيا وقتل عنصر متشدد", "EG")}
    assert found["جهاديين"] == "Islamic State (Egypt)", found
    assert found["عنصرا إرهابيا"] == "Islamic State (Egypt)", found
    assert found["عنصر متشدد"] == "Islamic State (Egypt)", found
    # no jihadist named nor called so: gunmen of the country; a terrorist attack names no one
    found = {a.mention: a.name for a in resolved("شن متطرفون هجوما إرهابيا على دورية في جنين", "PS")}
    assert found == {"متطرفون": "Unidentified Armed Group (Palestine)"}, found


def test_the_coalition_with_none_named_is_the_one_that_fights_in_the_country():
    assert [a.name for a in resolved("دمر التحالف مخزنا للأسلحة في الحديدة", "YE")] == ["Saudi-led Coalition"]
    # elsewhere no coalition can be told
    assert resolved("أعلن التحالف الحاكم فوزه في الانتخابات", "MY") == []


def test_kurds_and_the_units_are_the_ypg_in_syria_only():
    found = [(a.mention, a.name) for a in resolved(
        "هاجمت القوات التركية مواقع وحدات حماية الشعب قرب عفرين. واتهمت أنقرة الوحدات بقصف الحدود. وصد الأكراد الهجوم",
        "SY")]
    assert ("الوحدات", "YPG: People's Protection Units") in found, found
    assert ("الأكراد", "YPG: People's Protection Units") in found, found
    assert resolved("وزعت البلدية الوحدات السكنية على العائلات", "SY") == []
    assert resolved("يحتفل الأكراد بعيد النوروز", "IQ") == []


def test_a_base_named_after_its_place_is_no_actor():
    found = [a.name for a in resolved("أسقطت الدفاعات طائرات مسيرة اقتربت من قاعدة حميميم في ريف اللاذقية", "SY")]
    assert "Military Forces of Russia" not in found, found


def test_in_a_protest_report_the_protesting_nation_is_its_protesters_and_others_stay_civilians():
    text = ("تظاهر آلاف العراقيين أمام مبنى المحافظة في البصرة. وأحرق المحتجون الإطارات. "
            "واستخدمت الشرطة القوة ضد العراقيين. وقالت الوزارة إن مقتل الكويتيين كان حادثا.")
    found = [(a.mention, a.name) for a in resolved(text, "IQ")]
    assert found.count(("العراقيين", "Protesters (Iraq)")) == 2, found
    assert ("الكويتيين", "Civilians (Kuwait)") in found, found


@pytest.mark.parametrize("text", [
    "تقدمت القوات نحو القرى والمزارع القريبة ثم سيطرت على قرى ومزارع في ريف المدينة.",
    "وسقطت قذائف في مزارع الزيتون قرب البلدة، كما طال القصف بمزارع الحمضيات المجاورة.",
])
def test_farms_after_a_preposition_or_a_word_of_places_are_no_people(text):
    assert not any(a.name.startswith("Civilians") for a in resolved(text, "LB"))


def test_a_farmer_is_still_a_civilian():
    assert [a.name for a in resolved("أصيب مزارع لبناني برصاص الجنود أثناء عمله في أرضه.", "LB")][0] \
        == "Civilians (Lebanon)"


@pytest.mark.parametrize("text", ["لقي رجل أمن حتفه في انفجار عبوة ناسفة.", "وأصيب رجلا شرطة بجروح طفيفة.",
                                  "اعتدى مجهولون على رجال شرطة في المدينة."])
def test_a_man_of_the_security_forces_is_police_not_a_civilian(text):
    names = [a.name for a in resolved(text, "JO")]
    assert "Police Forces of Jordan" in names and not any(n.startswith("Civilians") for n in names)


def test_farms_cleared_or_freed_are_places_not_farmers():
    for text in ("وتمكنت القوات من أسر عشرين مسلحا بعد تطهير مزارع عدة في مديرية حيس.",
                 "وأعلن الجيش تحرير مزارع واسعة شرق مدينة حرض."):
        assert not any(m.text == "مزارع" for m in find_actors(analyse(text)))
    # a farmer killed is still one of the people
    assert any(m.text == "مزارع" for m in find_actors(analyse("وقتل مزارع أمس بانفجار لغم في مديرية حيس.")))


def test_a_guardianship_or_a_doctrine_is_no_province_of_a_group():
    for text in ("وطالبت الناشطات بإلغاء نظام ولاية الرجل على المرأة.",
                 "ويتمسك النظام الإيراني بمبدأ ولاية الفقيه منذ عقود."):
        assert not any(m.text.startswith("ولاية") for m in find_actors(analyse(text)))
    # a province of the Islamic State is still one
    found = find_actors(analyse("وتبنى تنظيم ولاية الرقة الهجوم على الحاجز أمس."))
    assert any(m.text.startswith("ولاية") for m in found)


def test_a_country_across_a_border_is_a_place_and_one_talked_with_a_party():
    assert not find_actors(analyse("وسيطرت على كامل الشريط الحدودي مع الأردن أمس."))
    assert any(m.kind == "metonym" for m in find_actors(analyse("وأجرى الوزير محادثات مع الأردن أمس.")))


@pytest.mark.parametrize(("mention", "country", "name"), [
    ("الميليشيات الإيرانية", "YE", "Houthi Movement"),
    ("الميليشيات الإيرانية", "SY", "Iranian-backed Militias"),
    ("قوات الأمن الكردية", "SY", "Asayish"),
    ("قوات الأمن الكردية", "IQ", "Peshmerga"),  # the Kurdish region's Asayish count with its Peshmerga
])
def test_a_label_names_the_group_of_the_country_where_it_acts(mention, country, name):
    names = [a.name for a in resolved(f"قالت مصادر إن {mention} نفذت هجوما", country)]
    assert names and names[0] == name, names
