"""Scoring against gold: the spread of a figure over the articles it was measured on, and paired differences."""

from marsad.evaluate import interval, paired_difference, score


def _gold(article_id: str, lat: float) -> dict:
    return {"article_id": article_id, "events": [{
        "event_type": "Battles", "sub_event_type": "Armed clash", "actor1": None, "actor2": None,
        "location": {"name": "X", "latitude": lat, "longitude": 36.0}, "event_date": "2018-03-01",
        "fatalities": None, "status": "asserted", "optional": False}]}


def _pred(article_id: str, lat: float, sub: str = "Armed clash") -> dict:
    return {"article_id": article_id, "event_type": "Battles", "sub_event_type": sub,
            "location": {"name": "X", "latitude": lat, "longitude": 36.0}, "event_date": "2018-03-01",
            "fatalities": None, "attribution": {"status": "asserted"}, "actor1": None, "actor2": None}


GOLD = [_gold(f"a{i}", 35.0) for i in range(20)]


def test_interval_brackets_the_figure_and_narrows_with_agreement():
    # half the articles right, half placed 100 km off
    mixed = score(GOLD, {f"a{i}": [_pred(f"a{i}", 35.0 if i % 2 else 36.0)] for i in range(20)})
    lo, hi = interval(mixed)
    assert lo < mixed.events.f1 < hi
    assert hi - lo > 0.2  # twenty reports cannot pin an F1 of 0.5 down to a few points
    perfect = score(GOLD, {f"a{i}": [_pred(f"a{i}", 35.0)] for i in range(20)})
    assert interval(perfect) == (1.0, 1.0)


def test_interval_is_reproducible():
    mixed = score(GOLD, {f"a{i}": [_pred(f"a{i}", 35.0 if i % 3 else 36.0)] for i in range(20)})
    assert interval(mixed) == interval(mixed)
    assert mixed.as_dict()["event"]["f1_ci95"] == [round(x, 3) for x in interval(mixed)]


def test_strict_interval_counts_the_sub_event_type():
    wrong_sub = score(GOLD, {f"a{i}": [_pred(f"a{i}", 35.0, "Government regains territory")] for i in range(20)})
    assert interval(wrong_sub, "event") == (1.0, 1.0)
    assert interval(wrong_sub, "strict") == (0.0, 0.0)


def test_paired_difference_of_a_change_that_fixes_some_articles():
    old = score(GOLD, {f"a{i}": [_pred(f"a{i}", 36.0)] for i in range(20)})
    new = score(GOLD, {f"a{i}": [_pred(f"a{i}", 35.0 if i < 10 else 36.0)] for i in range(20)})
    d = paired_difference(new, old)
    assert d["difference"] == 0.5
    assert 0 < d["ci95"][0] <= 0.5 <= d["ci95"][1]
    assert d["share_above_zero"] > 0.99
    same = paired_difference(old, old)
    assert same == {"difference": 0.0, "ci95": [0.0, 0.0], "share_above_zero": 0.0}
