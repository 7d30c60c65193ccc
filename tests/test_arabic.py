"""The Arabic text layer: normalization, sentences, tokens and clitics keep original offsets."""

import pytest

from marsad.arabic.document import analyse
from marsad.arabic.normalize import arabic_ratio, normalize, normalize_with_map
from marsad.arabic.sentences import split_sentences
from marsad.arabic.tokenize import readings, tokenize

TEXT = (
    "قالَ مصدرٌ عسكريّ لـ«الوكالة» إنّ الجيـــش استعاد وبالأمس بلدةَ كفرنبودة. "
    "وأضاف: «الاشتباكات مستمرة. والقصف متواصل»، مشيراً إلى مقتل ١٢ مسلحاً؟\n"
    "د. أحمد قال إن المسافة 3.5 كم! هل انتهى الأمر؛ لا أحد يعرف"
)


def test_normalize_folds_letter_variants_and_digits():
    assert normalize("أإآٱ") == "اااا"
    assert normalize("مدينة") == "مدينه"
    assert normalize("مستشفى") == "مستشفي"
    assert normalize("الجيـــش") == "الجيش"
    assert normalize("عَسْكَرِيّ") == "عسكري"
    assert normalize("١٢٣ ۴۵") == "123 45"
    assert normalize("سوريا") != normalize("سورية")  # different words; matching lists both spellings


def test_normalize_map_points_back_to_original():
    norm, offsets = normalize_with_map(TEXT)
    assert len(offsets) == len(norm) + 1
    for i, ch in enumerate(norm):
        assert normalize(TEXT[offsets[i]]) == ch
    i = norm.index("الجيش")
    assert TEXT[offsets[i] : offsets[i + len("الجيش")]] == "الجيـــش"


def test_every_sentence_and_token_span_is_its_surface():
    doc = analyse(TEXT)
    assert doc.sentences
    for sent in doc.sentences:
        assert TEXT[sent.span.start : sent.span.end] == sent.text
        for tok in sent.tokens:
            assert TEXT[tok.start : tok.end] == tok.text
            for seg in tok.segments():
                assert TEXT[seg.start : seg.end] == seg.text


def test_sentence_splitter_respects_quotes_abbreviations_and_decimals():
    texts = [s.text for s in split_sentences(TEXT)]
    # the period inside «...» does not end the sentence; ؟ ! ؛ and line breaks do
    assert any("«الاشتباكات مستمرة. والقصف متواصل»" in t for t in texts)
    assert texts[0].endswith("كفرنبودة.")
    assert texts[1].endswith("؟")
    assert texts[2].startswith("د. أحمد") and texts[2].endswith("كم!")  # د. and 3.5 do not split
    assert texts[3] == "هل انتهى الأمر؛"
    assert texts[4] == "لا أحد يعرف"


def test_clitics_are_split_with_offsets():
    text = "وبالميادين وللجيش لمدينة والرقة"
    toks = tokenize(text)
    segs = [[(s.kind, s.text) for s in t.segments()] for t in toks]
    assert segs[0] == [("proclitic", "و"), ("proclitic", "ب"), ("proclitic", "ال"), ("stem", "ميادين")]
    assert segs[2] == [("proclitic", "ل"), ("stem", "مدينة")]
    assert "الميادين" in toks[0].readings
    assert "الجيش" in toks[1].readings  # لل = ل + ال
    assert "الرقه" in toks[3].readings


def test_pronoun_suffixes_split_but_not_ta_marbuta():
    (tok,) = tokenize("مواقعهم")
    assert [s.text for s in tok.segments()] == ["مواقع", "هم"]
    (tok,) = tokenize("مدينة")
    assert [s.kind for s in tok.segments()] == ["stem"]


@pytest.mark.parametrize("word", ["الرقة", "بيروت", "لبنان", "وزير"])
def test_literal_reading_comes_first(word):
    # a word is first read as itself, so a clitic-looking letter is not stripped when the word is whole
    assert readings(normalize(word))[0] == normalize(word)


def test_article_is_never_dropped_to_reach_a_bare_name():
    # "السورية" must not read as "سورية" (a spelling of Syria): ال is part of the adjective
    assert "سوريه" not in readings(normalize("السورية"))


def test_arabic_ratio():
    assert arabic_ratio("قصف مدفعي على البلدة") == 1.0
    assert arabic_ratio("The army shelled the town") == 0.0
