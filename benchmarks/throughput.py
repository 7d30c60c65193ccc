"""Throughput of `marsad extract` on the shared corpus: `python benchmarks/throughput.py [N]`.

Runs the real command on the first N reports (default 2,000) and on 500 middleEast reports, and prints
reports/s, events per 100 middleEast reports and peak memory. Needs ../shared.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import iter_reports  # noqa: E402


def run(reports: list[dict], tmp: Path, name: str) -> tuple[float, int]:
    src = tmp / f"{name}.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in reports) + "\n", encoding="utf-8")
    out = tmp / f"{name}.events.jsonl"
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "marsad", "extract", str(src), "--format", "jsonl", "-o", str(out),
                    "-q"], check=False)
    elapsed = time.perf_counter() - started
    events = sum(1 for _ in out.open(encoding="utf-8"))
    return elapsed, events


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    first, middle_east = [], []
    for r in iter_reports():
        if len(first) < n:
            first.append(r)
        if r["category"] == "middleEast" and len(middle_east) < 500:
            middle_east.append(r)
        if len(first) >= n and len(middle_east) >= 500:
            break
    with tempfile.TemporaryDirectory() as tmp:
        # warm the gazetteer cache so the timing is of extraction, not of the one-off index build
        subprocess.run([sys.executable, "-m", "marsad", "gazetteer", "build"], check=True, capture_output=True)
        elapsed, events = run(first, Path(tmp), "first")
        chars = sum(len(r["text"]) + len(r.get("title") or "") for r in first)
        print(f"{n} reports ({chars / 1e6:.1f} M characters): {elapsed:.1f} s, {n / elapsed:.1f} reports/s, "
              f"{chars / 1e6 / elapsed:.2f} MB/s of text, {events} events")
        elapsed, events = run(middle_east, Path(tmp), "me")
        print(f"500 middleEast reports: {events} events = {events / 5:.1f} events per 100 reports "
              f"({500 / elapsed:.1f} reports/s)")
        # one very long report (1 M characters, half the ingest limit): time must grow linearly with length
        long_text = "\n".join(r["text"] for r in middle_east)[:1_000_000]
        elapsed, events = run([{"id": "long", "text": long_text, "published": "2018-05-01"}], Path(tmp), "long")
        print(f"one report of {len(long_text) / 1e6:.1f} M characters: {elapsed:.1f} s, {events} events")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory of one extract process: {peak:.0f} MB")


if __name__ == "__main__":
    main()
