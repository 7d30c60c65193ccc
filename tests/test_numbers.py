"""Numbers: digits in three scripts, number words, compounds, approximations and vague amounts."""

import pytest

from marsad.arabic.numbers import parse_quantities
from marsad.arabic.tokenize import tokenize


def q(text):
    return parse_quantities(text, tokenize(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("قتل 12 شخصا", 12),
        ("قتل ١٢ شخصا", 12),
        ("قتل ۱۲ شخصا", 12),
        ("مقتل اثني عشر جنديا", 12),
        ("اثنا عشر", 12),
        ("أحد عشر", 11),
        ("سقوط سبعين قتيلا", 70),
        ("مصرع ثلاثة", 3),
        ("خمسة وعشرين", 25),
        ("مئة وخمسون", 150),
        ("ثلاثمئة", 300),
        ("سبعمائة وخمسين", 750),
        ("ثلاثة آلاف", 3000),
        ("1,200 عنصر", 1200),
        ("3 آلاف", 3000),
        # the construct duals: "ألفي قتيل", "مئتي شخص"
        ("أكثر من ألفي قتيل", 2000),
        ("نحو مئتي شخص", 200),
    ],
)
def test_values(text, value):
    found = [x for x in q(text) if x.value is not None]
    assert found and found[0].value == value


def test_approximation_is_flagged_and_kept():
    (x,) = q("نحو 80 كيلومترا")
    assert x.value == 80 and x.approximate and x.text == "80"


@pytest.mark.parametrize("text", ["عشرات القتلى", "أعداد كبيرة من المسلحين", "مئات المحتجين"])
def test_vague_amounts_have_no_number(text):
    x = q(text)[0]
    assert x.value is None and x.vague


def test_spans_are_original_text():
    text = "قُتل ثلاثةُ مدنيين و١٥ جريحا"
    for x in q(text):
        assert text[x.start : x.end] == x.text


def test_digits_written_onto_the_conjunction_are_a_number():
    text = "نزح 40 رجلا و25 امرأة"
    (_, x) = q(text)
    assert x.value == 25 and x.text == "25" and text[x.start : x.end] == "25"
