"""Tests for the ingest stage: every reader, encodings, metadata filling and bad input."""

from __future__ import annotations

import gzip
import io
import itertools
import json
import sys
import tracemalloc
from types import SimpleNamespace

import pytest

from marsad.ingest import MAX_ARTICLE_CHARS, IngestError, read_bytes, read_inputs
from marsad.ingest.decode import DecodeError, decode, detect_encoding
from marsad.ingest.readers import iso_date
from marsad.models import Article

STRIKE = "قصفت طائرات حربية بلدة في ريف إدلب أمس."
CLASH = "اندلعت اشتباكات عنيفة بين فصائل المعارضة وقوات النظام قرب مدينة حماة."
PROTEST = "خرج مئات المتظاهرين في مدينة درعا للمطالبة بالإفراج عن المعتقلين."


def read(tmp_path, name: str, content: str | bytes, **kwargs) -> list[Article | IngestError]:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return list(read_inputs([str(path)], **kwargs))


def only(items):
    assert len(items) == 1, items
    return items[0]


# --- plain text and encodings ----------------------------------------------------------------


def test_plain_text_is_one_article_with_stem_id(tmp_path):
    article = only(read(tmp_path, "report-17.txt", f"\n  {STRIKE}\n{CLASH}\n\n"))
    assert article == Article(
        id="report-17", text=f"{STRIKE}\n{CLASH}", origin=str(tmp_path / "report-17.txt")
    )


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1256", "iso8859-6"])
def test_encodings_come_out_right(tmp_path, encoding):
    content = f"{STRIKE}\r\n{CLASH}\r\n{PROTEST}"
    article = only(read(tmp_path, "r.txt", content.encode(encoding)))
    assert article.text == f"{STRIKE}\n{CLASH}\n{PROTEST}"


@pytest.mark.parametrize(("encoding", "expected"), [("cp1256", "cp1256"), ("iso8859-6", "iso8859-6")])
def test_arabic_code_pages_are_told_apart_even_for_one_word(encoding, expected):
    assert detect_encoding("قصف".encode(encoding)) == expected
    assert detect_encoding(PROTEST.encode(encoding)) == expected


def test_declared_charset_and_boms():
    assert (
        detect_encoding(b'<?xml version="1.0" encoding="windows-1256"?>' + STRIKE.encode("cp1256"))
        == "cp1256"
    )
    assert detect_encoding(STRIKE.encode("utf-8-sig")) == "utf-8-sig"
    assert decode(STRIKE.encode("utf-16")) == STRIKE
    with pytest.raises(DecodeError, match="binary file, not text"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


# --- HTML ---------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="{charset}"><title>قصف على ريف إدلب | موقع الأخبار</title>
<link rel="canonical" href="https://example.org/news/123">
<meta property="article:published_time" content="2018-03-04T10:00:00+03:00">
</head><body><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
<article><h1>قصف جوي على بلدة في ريف إدلب</h1>
<p>قصفت طائرات حربية بلدة في ريف إدلب الجنوبي صباح أمس، ما أدى إلى مقتل ثلاثة مدنيين وإصابة آخرين بجروح.</p>
<p>وقال مصدر محلي إن الغارات استهدفت منازل المدنيين وسوقا شعبيا في وسط البلدة، وإن فرق الدفاع المدني
عملت على انتشال الضحايا من تحت الأنقاض.</p>
<p>وأضاف أن الطائرات عادت بعد ساعة لتقصف أطراف البلدة مرة أخرى، دون أن ترد معلومات عن خسائر جديدة.</p>
</article><footer>جميع الحقوق محفوظة للموقع</footer></body></html>"""


def test_html_main_text_title_date_and_url(tmp_path):
    article = only(read(tmp_path, "page.html", PAGE.format(charset="utf-8")))
    assert article.id == "page"
    assert article.title == "قصف جوي على بلدة في ريف إدلب"
    assert article.published == "2018-03-04"
    assert article.url == "https://example.org/news/123"
    assert "ما أدى إلى مقتل ثلاثة مدنيين" in article.text
    assert "عادت بعد ساعة" in article.text
    assert "رياضة" not in article.text and "الحقوق محفوظة" not in article.text
    assert "<p>" not in article.text


def test_html_in_windows_1256_is_sniffed_without_extension(tmp_path):
    article = only(read(tmp_path, "page", PAGE.format(charset="windows-1256").encode("cp1256")))
    assert article.id == "page" and article.url == "https://example.org/news/123"
    assert "انتشال الضحايا" in article.text


def test_malformed_html_does_not_crash(tmp_path):
    broken = PAGE.format(charset="utf-8").replace("</p>", "").replace("</article>", "<div><span <<>")
    broken = broken[: broken.index("<footer>")]  # unclosed tags, truncated page
    article = only(read(tmp_path, "broken.htm", broken))
    assert "مقتل ثلاثة مدنيين" in article.text


def test_html_without_article_text_is_an_error(tmp_path):
    page = "<html><head><title>موقع</title><script>var x = '<p>';</script></head><body><img src=a.png>"
    assert only(read(tmp_path, "menu.html", page)) == IngestError(
        str(tmp_path / "menu.html"), "no article text found in HTML"
    )


# --- JSON Lines ---------------------------------------------------------------------------------


def jsonl(*records) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records)


def test_jsonl_records_fields_and_default_ids(tmp_path):
    content = jsonl(
        {"id": "a1", "text": STRIKE, "title": "قصف", "published": "2018-03-04T10:00:00Z",
         "source": "عنب بلدي", "url": "https://example.org/a1", "category": "سياسة"},
        {"text": CLASH, "published": "yesterday"},
        {"id": 7, "text": PROTEST, "published": "Sun, 04 Mar 2018 23:30:00 +0300"},
    )  # fmt: skip
    first, second, third = read(tmp_path, "batch.jsonl", content)
    origin = str(tmp_path / "batch.jsonl")
    assert first == Article(
        id="a1", text=STRIKE, title="قصف", published="2018-03-04", source="عنب بلدي",
        url="https://example.org/a1", origin=f"{origin}:line 1",
    )  # fmt: skip
    assert (second.id, second.text, second.published, second.origin) == (
        "batch-2",
        CLASH,
        None,
        f"{origin}:line 2",
    )
    assert (third.id, third.published) == ("7", "2018-03-04")


def test_jsonl_broken_lines_are_reported_and_the_rest_goes_on(tmp_path):
    content = jsonl(
        {"id": "good-1", "text": STRIKE},
        '{"id": "bad", "text": "قصف',
        "",
        {"id": "no-text", "title": "عنوان"},
        '["not", "an", "object"]',
        {"id": "good-2", "text": CLASH},
    )
    items = read(tmp_path, "mixed.jsonl", content)
    origin = str(tmp_path / "mixed.jsonl")
    assert [(i.id, i.text) for i in items if isinstance(i, Article)] == [
        ("good-1", STRIKE),
        ("good-2", CLASH),
    ]
    assert [i for i in items if isinstance(i, IngestError)] == [
        IngestError(f"{origin}:line 2", "invalid JSON on line 2"),
        IngestError(f"{origin}:line 4", "no text on line 4"),
        IngestError(f"{origin}:line 5", "line 5 is not a JSON object"),
    ]
    assert str(items[1]) == f"{origin}:line 2: invalid JSON on line 2"


def test_jsonl_gz_is_decompressed(tmp_path):
    data = gzip.compress(jsonl({"id": "g1", "text": STRIKE}, {"id": "g2", "text": PROTEST}).encode("utf-8"))
    items = read(tmp_path, "corpus.jsonl.gz", data)
    assert [(a.id, a.text, a.origin) for a in items] == [
        ("g1", STRIKE, f"{tmp_path / 'corpus.jsonl.gz'}:line 1"),
        ("g2", PROTEST, f"{tmp_path / 'corpus.jsonl.gz'}:line 2"),
    ]


def test_json_array_file(tmp_path):
    items = read(tmp_path, "list.json", json.dumps([{"id": "x", "text": CLASH}, {"text": "hello"}]))
    assert (items[0].id, items[0].text) == ("x", CLASH)
    assert items[1] == IngestError(f"{tmp_path / 'list.json'}:item 2", "not Arabic text (0% Arabic letters)")


# --- CSV ----------------------------------------------------------------------------------------


def test_csv_rows_with_quoted_multiline_text_and_bad_rows(tmp_path):
    content = (
        "id,title,text,published,source,extra\r\n"
        f'c1,قصف,"{STRIKE}\r\n{CLASH}",2018-03-04,سانا,x\r\n'
        "c2,بلا نص,,2018-03-05,سانا,x\r\n"
        "c3,ناقص,نص\r\n"
        f",,{PROTEST},,,\r\n"
    )
    items = read(tmp_path, "rows.csv", content)
    origin = str(tmp_path / "rows.csv")
    assert items == [
        Article(id="c1", text=f"{STRIKE}\n{CLASH}", title="قصف", published="2018-03-04", source="سانا",
                origin=f"{origin}:line 2"),
        IngestError(f"{origin}:line 4", "no text on line 4"),
        IngestError(f"{origin}:line 5", "row has 3 fields, header has 6"),
        Article(id="rows-6", text=PROTEST, origin=f"{origin}:line 6"),
    ]  # fmt: skip


def test_tsv_and_missing_text_column(tmp_path):
    items = read(tmp_path, "rows.tsv", f"id\ttext\nt1\t{STRIKE}\n")
    assert [(a.id, a.text) for a in items] == [("t1", STRIKE)]
    assert read(tmp_path, "cols.csv", "id,body\n1,نص\n") == [
        IngestError(str(tmp_path / "cols.csv"), "CSV header has no 'text' column")
    ]


# --- RSS / Atom ---------------------------------------------------------------------------------

RSS = f"""<?xml version="1.0" encoding="{{charset}}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>أخبار سوريا</title><link>https://example.org/</link>
<item><title>غارة على إدلب</title><link>https://example.org/n/1</link><guid>urn:news:1</guid>
<pubDate>Sun, 04 Mar 2018 23:30:00 +0300</pubDate>
<description>ملخص قصير</description>
<content:encoded><![CDATA[<p>{STRIKE}</p><p>{CLASH}</p><script>alert(1)</script>]]></content:encoded></item>
<item><title>مظاهرة في درعا</title><link>https://example.org/n/2</link>
<description>&lt;b&gt;{PROTEST}&lt;/b&gt;</description></item>
<item><title>Weather</title><link>https://example.org/n/3</link>
<description>Sunny all week.</description></item>
</channel></rss>"""


def test_rss_entries(tmp_path):
    first, second, third = read(tmp_path, "feed.rss", RSS.format(charset="utf-8"))
    assert first == Article(
        id="urn:news:1", text=f"{STRIKE}\n{CLASH}", title="غارة على إدلب", published="2018-03-04",
        source="أخبار سوريا", url="https://example.org/n/1", origin=f"{tmp_path / 'feed.rss'}:entry 1",
    )  # fmt: skip
    assert (second.id, second.text, second.published) == ("https://example.org/n/2", PROTEST, None)
    assert third == IngestError(f"{tmp_path / 'feed.rss'}:entry 3", "not Arabic text (0% Arabic letters)")


def test_rss_in_windows_1256_and_source_argument_beats_feed_title(tmp_path):
    items = read(tmp_path, "feed.xml", RSS.format(charset="windows-1256").encode("cp1256"), source="SANA")
    assert items[0].text == f"{STRIKE}\n{CLASH}"
    assert {a.source for a in items if isinstance(a, Article)} == {"SANA"}


ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة الأنباء</title><id>urn:feed</id>
<updated>2018-03-05T08:00:00Z</updated>
<entry><id>urn:entry:9</id><title>اشتباكات قرب حماة</title><link href="https://example.org/e/9"/>
<published>2018-03-05T01:15:00+02:00</published><updated>2018-03-06T01:15:00+02:00</updated>
<content type="html">&lt;p&gt;{CLASH}&lt;/p&gt;</content></entry>
<entry><id>urn:entry:10</id><title>مظاهرة</title><updated>2018-03-07T09:00:00Z</updated>
<summary>{PROTEST}</summary></entry>
</feed>"""


def test_atom_entries(tmp_path):
    first, second = read(tmp_path, "feed.atom", ATOM)
    assert first == Article(
        id="urn:entry:9", text=CLASH, title="اشتباكات قرب حماة", published="2018-03-05",
        source="وكالة الأنباء",
        url="https://example.org/e/9", origin=f"{tmp_path / 'feed.atom'}:entry 1",
    )  # fmt: skip
    assert (second.id, second.text, second.published, second.url) == (
        "urn:entry:10",
        PROTEST,
        "2018-03-07",
        None,
    )


def test_not_a_feed(tmp_path):
    assert read(tmp_path, "data.xml", "<?xml version='1.0'?><config><a>1</a></config>") == [
        IngestError(str(tmp_path / "data.xml"), "not an RSS/Atom feed")
    ]


# --- directories, stdin, formats ----------------------------------------------------------------


def test_directory_recursion_sorted_and_hidden_skipped(tmp_path):
    (tmp_path / "in" / "b" / "deep").mkdir(parents=True)
    (tmp_path / "in" / ".git").mkdir()
    (tmp_path / "in" / "z.txt").write_text(STRIKE, encoding="utf-8")
    (tmp_path / "in" / "a.txt").write_text(CLASH, encoding="utf-8")
    (tmp_path / "in" / "b" / "deep" / "c.jsonl").write_text(
        jsonl({"id": "c1", "text": PROTEST}), encoding="utf-8"
    )
    (tmp_path / "in" / ".hidden.txt").write_text(STRIKE, encoding="utf-8")
    (tmp_path / "in" / ".git" / "x.txt").write_text(STRIKE, encoding="utf-8")
    items = list(read_inputs([str(tmp_path / "in")]))
    assert [(a.id, a.text) for a in items] == [("a", CLASH), ("c1", PROTEST), ("z", STRIKE)]  # path order
    assert items[1].origin == f"{tmp_path / 'in' / 'b' / 'deep' / 'c.jsonl'}:line 1"


def set_stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(data)))


def test_stdin_plain_text(monkeypatch):
    set_stdin(monkeypatch, STRIKE.encode("cp1256"))
    assert list(read_inputs(["-"])) == [Article(id="stdin", text=STRIKE, origin="<stdin>")]


def test_stdin_format_is_sniffed(monkeypatch):
    set_stdin(monkeypatch, jsonl({"id": "s1", "text": STRIKE}, {"id": "s2", "text": CLASH}).encode())
    assert [(a.id, a.origin) for a in read_inputs("-")] == [
        ("s1", "<stdin>:line 1"),
        ("s2", "<stdin>:line 2"),
    ]
    set_stdin(monkeypatch, gzip.compress(ATOM.encode()))
    assert [a.id for a in read_inputs(["-"])] == ["urn:entry:9", "urn:entry:10"]


def test_forced_format_and_read_bytes(tmp_path):
    content = jsonl({"id": "f1", "text": STRIKE})
    as_text = only(read(tmp_path, "notes.txt", content))
    assert as_text.id == "notes" and as_text.text.startswith('{"id"')
    assert only(read(tmp_path, "notes.txt", content, fmt="jsonl")).id == "f1"
    assert [a.id for a in read_bytes(f"id,text\nb1,{CLASH}\n".encode(), name="upload")] == ["b1"]
    with pytest.raises(ValueError, match="unknown input format"):
        read_inputs([], fmt="docx")


# --- metadata filling ---------------------------------------------------------------------------


def test_published_and_source_fill_missing_metadata_only(tmp_path):
    fill = {"published": "2018-03-10", "source": "المرصد"}
    plain = only(read(tmp_path, "r.txt", STRIKE, **fill))
    assert (plain.published, plain.source) == ("2018-03-10", "المرصد")
    own, bare = read(
        tmp_path, "r.jsonl", jsonl({"id": "1", "text": STRIKE, "published": "2018-01-02", "source": "سانا"},
                                   {"id": "2", "text": CLASH}), **fill,
    )  # fmt: skip
    assert (own.published, own.source) == ("2018-01-02", "سانا")
    assert (bare.published, bare.source) == ("2018-03-10", "المرصد")
    with pytest.raises(ValueError, match="ISO date"):
        read_inputs([], published="04/03/2018")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-03-04", "2018-03-04"),
        ("2018-03-04T10:00:00Z", "2018-03-04"),
        ("2018-03-04 23:59:59+03:00", "2018-03-04"),
        ("Sun, 04 Mar 2018 10:00:00 GMT", "2018-03-04"),
        ("04/03/2018", None),
        ("2018-02-30", None),
        ("أمس", None),
        (None, None),
        (20180304, None),
    ],
)
def test_iso_date(value, expected):
    assert iso_date(value) == expected


# --- bad input ----------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n ", "\n\n".encode("utf-16")])
def test_empty_file(tmp_path, content):
    assert read(tmp_path, "empty.txt", content) == [IngestError(str(tmp_path / "empty.txt"), "empty file")]


@pytest.mark.parametrize(
    "content", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), bytes(range(256)) * 8]
)
def test_binary_file(tmp_path, content):
    assert read(tmp_path, "image.txt", content) == [
        IngestError(str(tmp_path / "image.txt"), "binary file, not text")
    ]


def test_non_arabic_text(tmp_path):
    english = "Warplanes struck a town in the Idlib countryside yesterday, a local source said."
    assert read(tmp_path, "en.txt", english) == [
        IngestError(str(tmp_path / "en.txt"), "not Arabic text (0% Arabic letters)")
    ]
    mostly_english = english + " " + "قصف"  # 3 Arabic letters among 69
    assert only(read(tmp_path, "mixed.txt", mostly_english)).reason == "not Arabic text (4% Arabic letters)"
    some_english = f"{STRIKE} (AFP)"
    assert only(read(tmp_path, "ok.txt", some_english)).text == some_english


def test_article_too_large(tmp_path):
    limit = "قصف " * (MAX_ARTICLE_CHARS // 4 - 1) + "قصفت"  # exactly the limit, surrounded by whitespace
    assert len(only(read(tmp_path, "limit.txt", f"\n{limit}\n")).text) == MAX_ARTICLE_CHARS
    over = limit + "!"
    assert read(tmp_path, "big.txt", over) == [
        IngestError(str(tmp_path / "big.txt"), "article too large (2,000,001 characters; limit 2,000,000)")
    ]
    record = jsonl({"id": "ok", "text": STRIKE}, {"id": "huge", "text": over})
    items = read(tmp_path, "big.jsonl", record)
    assert items[0].id == "ok"
    assert items[1] == IngestError(
        f"{tmp_path / 'big.jsonl'}:line 2", "article too large (2,000,001 characters; limit 2,000,000)"
    )


def test_twenty_megabyte_file_is_streamed(tmp_path):
    path = tmp_path / "huge.txt"
    line = (STRIKE + "\n").encode("utf-8")
    count = 20_000_000 // len(line)
    with path.open("wb") as out:
        for _ in range(count // 1000):
            out.write(line * 1000)
    tracemalloc.start()
    try:
        items = list(read_inputs([str(path)]))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    chars = len(line.decode("utf-8")) * (count // 1000) * 1000
    assert items == [IngestError(str(path), f"article too large ({chars:,} characters; limit 2,000,000)")]
    assert peak < 30_000_000


def test_big_jsonl_is_streamed_line_by_line(monkeypatch):
    record = jsonl({"id": "r", "text": CLASH * 10})
    data = (record * (12_000_000 // len(record.encode()))).encode()
    set_stdin(monkeypatch, data)
    items = read_inputs(["-"])
    first = next(items)
    assert (first.id, first.origin) == ("r", "<stdin>:line 1")
    assert sys.stdin.buffer.tell() < 2_000_000  # only the head was read, not the 12 MB
    assert sum(1 for _ in itertools.islice(items, 999)) == 999


def test_missing_file_and_corrupt_gzip_do_not_stop_the_batch(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(STRIKE, encoding="utf-8")
    bad_gz = tmp_path / "bad.jsonl.gz"
    bad_gz.write_bytes(gzip.compress(jsonl({"id": "1", "text": STRIKE}).encode())[:-12])  # truncated
    nope, corrupt, article = read_inputs([str(tmp_path / "nope.txt"), str(bad_gz), str(good)])
    assert nope == IngestError(str(tmp_path / "nope.txt"), "no such file or directory")
    assert corrupt.origin == str(bad_gz) and corrupt.reason.startswith("cannot read (Compressed file ended")
    assert (article.id, article.text) == ("good", STRIKE)
