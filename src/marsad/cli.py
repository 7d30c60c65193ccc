"""The command line: marsad extract, schema, evaluate, gazetteer."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

import typer

from marsad.ingest import IngestError, read_inputs
from marsad.output import FORMATS, Writer

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="marsad: Arabic news reports in, ACLED-style conflict event records out.")

EXIT_OK, EXIT_SKIPPED = 0, 1


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@app.command()
def extract(
    inputs: list[str] = typer.Argument(..., help="Files, directories (recursive) or - for stdin."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help=f"Output format: {', '.join(FORMATS)}."),
    out: str | None = typer.Option(None, "--output", "-o", help="Output file (default: stdout)."),
    published: str | None = typer.Option(None, help="Publication date (YYYY-MM-DD) for inputs that lack one."),
    source: str | None = typer.Option(None, help="Publisher name for inputs that lack one."),
    input_format: str | None = typer.Option(None, "--input-format",
                                            help="Force the input format: text, html, jsonl, csv, feed."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress summary on stderr."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes (one per core scales linearly)."),
) -> None:
    """Extract event records from reports.

    Bad inputs are reported on stderr, one line each, and skipped; the rest goes on.
    Exit status: 0 all inputs read, 1 some inputs were skipped, 2 usage error.
    """
    from marsad.parallel import Failure, extract_all

    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    if fmt == "parquet" and not out:
        raise typer.BadParameter("parquet needs an output file", param_hint="-o")
    binary = fmt == "parquet"
    if out:
        target = Path(out)
        # write beside the target and rename at the end: an interrupted run never leaves half a file
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=str(target.parent.resolve()))
        fh = os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": ""}))
    else:
        fh = sys.stdout
    writer = Writer(fh, fmt)
    articles = skipped = 0
    started = time.perf_counter()
    try:
        try:
            items = read_inputs(inputs, published=published, source=source, fmt=input_format)
        except ValueError as exc:
            raise typer.BadParameter(str(exc)) from None
        for result in extract_all(items, jobs):
            if isinstance(result, IngestError | Failure):
                skipped += 1
                _say(f"marsad: skipped {result}")
                continue
            articles += 1
            writer.write(result[1])
        writer.close()
    except BaseException:
        if out:
            fh.close()
            os.unlink(tmp)
        raise
    if out:
        fh.close()
        os.replace(tmp, out)
    if not quiet:
        rate = articles / max(time.perf_counter() - started, 1e-9)
        _say(f"marsad: {articles} reports, {writer.count} events, {skipped} skipped ({rate:.1f} reports/s)")
    raise typer.Exit(EXIT_SKIPPED if skipped else EXIT_OK)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the event record."""
    from marsad.schema import event_schema

    print(json.dumps(event_schema(), ensure_ascii=False, indent=2))




@app.command()
def evaluate(
    gold: str = typer.Argument(..., help="Gold events, one article per line (ANNOTATION.md format)."),
    articles: str | None = typer.Option(None, help="The reports (JSONL, CSV, ...) to run the extractor on."),
    predictions: str | None = typer.Option(None, help="Score existing event records (JSONL) instead."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    km: float = typer.Option(25.0, "--km", help="How near a predicted place must be to the gold one (the issue's 25)."),
    baseline: str | None = typer.Option(None, help="Event records (JSONL) of an earlier version: print the F1 "
                                        "difference with its 95% interval, resampling the gold's articles."),
    save: str | None = typer.Option(None, help="Write the records extracted from --articles here (JSONL), to be "
                                    "a later run's --baseline."),
) -> None:
    """Precision, recall and F1 of events (type + place within 25 km), strict F1 (+ sub-event type), and
    accuracy of sub-event type, actors, date, fatalities and status on matched events."""
    from marsad.evaluate import format_difference, format_report, load_gold, score
    from marsad.pipeline import extract_article

    gold_rows = load_gold(gold)
    wanted = {g["article_id"] for g in gold_rows}
    preds: dict[str, list[dict]] = {}
    if predictions:
        preds = _records_by_article(predictions)
    elif articles:
        for item in read_inputs([articles]):
            if isinstance(item, IngestError):
                _say(f"marsad: skipped {item}")
            elif item.id in wanted:
                preds[item.id] = [e.to_dict() for e in extract_article(item)]
        if save:
            with open(save, "w", encoding="utf-8") as fh:
                fh.writelines(json.dumps(e, ensure_ascii=False) + "\n" for records in preds.values() for e in records)
        missing = wanted - preds.keys()
        if missing:
            _say(f"marsad: {len(missing)} gold articles not found in {articles}")
    else:
        raise typer.BadParameter("give --articles or --predictions")
    report = score(gold_rows, preds, max_km=km)
    if baseline is None:
        print(json.dumps(report.as_dict(), indent=2) if as_json else format_report(report))
        return
    from marsad.evaluate import paired_difference

    old = score(gold_rows, _records_by_article(baseline), max_km=km)
    if as_json:
        print(json.dumps({**report.as_dict(), "against_baseline": {
            k: paired_difference(report, old, k) for k in ("event", "strict")}}, indent=2))
    else:
        print(format_report(report) + "\n" + format_difference(report, old))


def _records_by_article(path: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                e = json.loads(line)
                out.setdefault(e["article_id"], []).append(e)
    return out


gazetteer_app = typer.Typer(help="The place index: build it, import a GeoNames dump, look names up.")
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("import")
def gazetteer_import(
    dump: str = typer.Argument(..., help="GeoNames allCountries.txt or a country file (e.g. SY.txt)."),
    alternate_names: str | None = typer.Option(None, "--alternate-names", help="alternateNamesV2.txt (Arabic names)."),
    countries: str | None = typer.Option(None, help="Only these countries, e.g. SY,IQ,YE."),
) -> None:
    """Add the places of a GeoNames dump that have an Arabic name (replaces an earlier import)."""
    from marsad.resolve import gazetteer
    from marsad.resolve.geonames_import import import_dump

    wanted = {c.strip().upper() for c in countries.split(",")} if countries else None
    from marsad.resolve.places import reload

    n = import_dump(dump, alternate_names, wanted)
    reload()
    index = gazetteer.load()
    _say(f"marsad: imported {n} places with Arabic names into {gazetteer.imported_file()}; "
         f"index now {len(index.places)} places, {len(index.names)} names")


@gazetteer_app.command("build")
def gazetteer_build() -> None:
    """Rebuild the cached index now (it is otherwise built on first use)."""
    from marsad.resolve import gazetteer

    started = time.perf_counter()
    index = gazetteer.build()
    gazetteer.save(index)
    _say(f"marsad: {len(index.places)} places, {len(index.names)} names in {time.perf_counter() - started:.1f} s "
         f"-> {gazetteer.cache_path()}")


@gazetteer_app.command("lookup")
def gazetteer_lookup(name: str) -> None:
    """Places a name may stand for, largest first."""
    from marsad.resolve import gazetteer

    for p in sorted(gazetteer.load().lookup(name), key=lambda p: -p.population):
        print(f"{p.name}\t{p.country}\t{p.admin1 or ''}\t{p.latitude}\t{p.longitude}\t{p.kind}\t{p.population}\t{p.source}")
