"""The command line: formats, metadata options, bad input in a batch, exit status, schema, evaluate."""

import csv
import io
import json

import jsonschema
from typer.testing import CliRunner

from marsad.cli import app
from marsad.schema import event_schema

REPORT = "قالت مصادر محلية إن طائرات حربية شنت أمس غارات على مدينة سراقب بريف إدلب، ما أدى إلى مقتل أربعة مدنيين."


def run(*args, **kw):
    return CliRunner().invoke(app, list(args), **kw)


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return str(path)


def test_jsonl_records_validate_and_use_the_file_name_as_article_id(tmp_path):
    src = write(tmp_path, "report-1.txt", REPORT)
    out = tmp_path / "events.jsonl"
    result = run("extract", src, "--format", "jsonl", "-o", str(out), "--published", "2018-02-05",
                 "--source", "مرصد")
    assert result.exit_code == 0, result.output
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert records
    for r in records:
        jsonschema.validate(r, event_schema())
        assert r["article_id"] == "report-1"
        assert r["published"] == "2018-02-05" and r["source"] == "مرصد"
    strike = next(r for r in records if r["sub_event_type"] == "Air/drone strike")
    assert strike["event_date"] == "2018-02-04" and strike["fatalities"] == 4


def test_csv_and_geojson(tmp_path):
    src = write(tmp_path, "r.txt", REPORT)
    result = run("extract", src, "--format", "csv", "--published", "2018-02-05")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and rows[0]["sub_event_type"] == "Air/drone strike" and rows[0]["country"] == "SY"
    result = run("extract", src, "--format", "geojson", "--published", "2018-02-05")
    data = json.loads(result.stdout)
    assert data["type"] == "FeatureCollection"
    lon, lat = data["features"][0]["geometry"]["coordinates"]
    assert 35 < lat < 37 and 36 < lon < 37.5


def test_parquet(tmp_path):
    import pyarrow.parquet as pq

    src = write(tmp_path, "r.txt", REPORT)
    out = tmp_path / "e.parquet"
    assert run("extract", src, "--format", "parquet", "-o", str(out), "--published", "2018-02-05").exit_code == 0
    table = pq.read_table(out)
    assert table.num_rows >= 1 and "sub_event_type" in table.column_names


def test_jsonl_input_uses_its_own_ids_and_metadata(tmp_path):
    lines = [{"id": "a1", "text": REPORT, "published": "2018-03-01", "source": "وكالة"},
             {"id": "a2", "text": "ارتفعت أسعار الذهب في الأسواق اليوم."}]
    src = write(tmp_path, "in.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    result = run("extract", src, "--published", "2018-01-01")
    records = [json.loads(x) for x in result.stdout.splitlines()]
    assert {r["article_id"] for r in records} == {"a1"}
    assert all(r["published"] == "2018-03-01" and r["source"] == "وكالة" for r in records)


def test_bad_inputs_are_reported_one_line_each_and_the_batch_goes_on(tmp_path):
    good = write(tmp_path, "good.txt", REPORT)
    empty = write(tmp_path, "empty.txt", "")
    binary = write(tmp_path, "blob.txt", bytes(range(256)) * 10)
    cp1256 = write(tmp_path, "old.txt", REPORT.encode("windows-1256"))
    html = write(tmp_path, "broken.html", "<html><body><div><p>" + REPORT + "<p><b></div></table>")
    english = write(tmp_path, "en.txt", "The army shelled the town yesterday, killing four people.")
    huge = write(tmp_path, "huge.txt", ("قال مصدر إن الوضع هادئ. " * 900_000))  # > 20 MB
    result = run("extract", good, empty, binary, cp1256, html, english, huge, "--published", "2018-02-05")
    assert result.exit_code == 1  # some inputs skipped, the rest processed
    errors = [line for line in result.stderr.splitlines() if line.startswith("marsad: skipped")]
    assert len(errors) == 4
    for name in ("empty.txt", "blob.txt", "en.txt", "huge.txt"):
        assert sum(name in e for e in errors) == 1
    ids = {json.loads(x)["article_id"] for x in result.stdout.splitlines()}
    assert ids == {"good", "old", "broken"}  # windows-1256 and malformed HTML are read


def test_output_file_is_not_left_half_written_when_nothing_could_be_read(tmp_path):
    out = tmp_path / "e.jsonl"
    out.write_text("previous\n")
    result = run("extract", write(tmp_path, "e.txt", ""), "-o", str(out))
    assert result.exit_code == 1
    assert out.read_text() == ""  # replaced atomically by the (empty) result, never a partial mix
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".e.jsonl")]


def test_schema_command():
    result = run("schema")
    schema = json.loads(result.stdout)
    assert schema["properties"]["sub_event_type"]["enum"][0] == "Armed clash"


def test_evaluate_scores_against_gold(tmp_path):
    reports = write(tmp_path, "r.jsonl", json.dumps({"id": "x", "text": REPORT, "published": "2018-02-05"},
                                                     ensure_ascii=False))
    gold = {"article_id": "x", "events": [{
        "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
        "actor1": None, "actor2": {"name": "Civilians (Syria)", "aliases": []},
        "location": {"name": "Saraqib", "name_ar": "سراقب", "country": "SY", "latitude": 35.86, "longitude": 36.80,
                     "geo_precision": 1},
        "event_date": "2018-02-04", "time_precision": 1, "fatalities": 4, "status": "claimed",
        "source_chain": [], "evidence": "", "optional": False}]}
    gold_path = write(tmp_path, "gold.jsonl", json.dumps(gold, ensure_ascii=False))
    saved = tmp_path / "records.jsonl"
    result = run("evaluate", gold_path, "--articles", reports, "--json", "--save", str(saved))
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["event"]["recall"] == 1.0
    assert scores["accuracy_on_matched"]["date"] == 1.0 and scores["accuracy_on_matched"]["fatalities"] == 1.0
    # the saved records score the same when read back, and a version is no different from itself
    again = json.loads(run("evaluate", gold_path, "--predictions", str(saved), "--baseline", str(saved), "--json").stdout)
    assert again["event"] == scores["event"] and again["against_baseline"]["event"]["difference"] == 0.0


def test_evaluate_place_criterion_can_be_widened(tmp_path):
    """A strike told at a village 40 km from where the coder put it: no match at 25 km, a match at 50 km."""
    record = {"article_id": "x", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike",
              "location": {"name": "A", "latitude": 35.0, "longitude": 36.0}, "event_date": "2018-02-04",
              "fatalities": None, "attribution": {"status": "asserted"}, "actor1": None, "actor2": None}
    gold = {"article_id": "x", "events": [{**record, "location": {"name": "B", "latitude": 35.36, "longitude": 36.0},
                                           "status": "asserted", "optional": False}]}
    preds = write(tmp_path, "p.jsonl", json.dumps(record))
    gold_path = write(tmp_path, "gold.jsonl", json.dumps(gold))
    near = json.loads(run("evaluate", gold_path, "--predictions", preds, "--json").stdout)
    wide = json.loads(run("evaluate", gold_path, "--predictions", preds, "--json", "--km", "50").stdout)
    assert (near["event"]["tp"], near["event"]["fp"], near["event"]["fn"]) == (0, 1, 1)
    assert (wide["event"]["tp"], wide["event"]["fp"], wide["event"]["fn"]) == (1, 0, 0)


def test_parallel_workers_give_the_same_records_in_the_same_order(tmp_path):
    lines = [{"id": f"r{i}", "text": REPORT if i % 2 else "ارتفعت أسعار الذهب اليوم.", "published": "2018-02-05"}
             for i in range(12)]
    lines.insert(5, {"id": "bad"})  # no text: reported, the rest goes on
    src = write(tmp_path, "in.jsonl", "\n".join(json.dumps(x, ensure_ascii=False) for x in lines))
    one = run("extract", src, "-q")
    two = run("extract", src, "-q", "--jobs", "2")
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout and one.stdout.count("\n") == 6


def test_evaluate_against_a_baseline(tmp_path):
    """Two versions' records on the same gold: the difference in F1 and its interval over the gold's articles."""
    def record(aid, lat):
        return {"article_id": aid, "event_type": "Battles", "sub_event_type": "Armed clash",
                "location": {"name": "A", "latitude": lat, "longitude": 36.0}, "event_date": "2018-02-04",
                "fatalities": None, "attribution": {"status": "asserted"}, "actor1": None, "actor2": None}
    gold = "\n".join(json.dumps({"article_id": f"r{i}", "events": [{**record(f"r{i}", 35.0), "status": "asserted",
                                                                     "optional": False}]}) for i in range(6))
    gold_path = write(tmp_path, "gold.jsonl", gold)
    new = write(tmp_path, "new.jsonl", "\n".join(json.dumps(record(f"r{i}", 35.0)) for i in range(6)))
    old = write(tmp_path, "old.jsonl", "\n".join(json.dumps(record(f"r{i}", 35.0 if i < 3 else 37.0)) for i in range(6)))
    result = run("evaluate", gold_path, "--predictions", new, "--baseline", old, "--json")
    assert result.exit_code == 0, result.output
    diff = json.loads(result.stdout)["against_baseline"]["event"]
    assert diff["difference"] == 0.5 and diff["share_above_zero"] > 0.9
    text = run("evaluate", gold_path, "--predictions", new, "--baseline", old).stdout
    assert "against the baseline +0.500" in text
