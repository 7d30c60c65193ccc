"""Gazetteer figures: index build time, cold-start load, place-matching throughput and memory.

`python benchmarks/gazetteer_bench.py` (matching runs on 1,000 corpus reports when ../shared is there,
else on generated sentences).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main() -> None:
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "MARSAD_CACHE": cache}
        code = "import time; t=time.perf_counter(); from marsad.resolve import gazetteer as g; z=g.load(); " \
               "print(f'{time.perf_counter()-t:.2f} {len(z.places)} {len(z.names)}')"
        build = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
        secs, places, names = build.stdout.split()
        print(f"index build (first use): {float(secs):.2f} s for {places} places, {names} names")
        loads = []
        for _ in range(3):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", "from marsad.resolve import gazetteer as g; g.load()"], env=env,
                           check=True)
            loads.append(time.perf_counter() - started)
        print(f"cold start (new process, cached index, incl. interpreter): {min(loads):.2f} s")
        size = sum(p.stat().st_size for p in Path(cache).glob("gazetteer-*.pickle"))
        print(f"cache file: {size / 1e6:.1f} MB")

    from marsad.arabic.document import analyse
    from marsad.resolve.gazetteer import load
    from marsad.resolve.places import find_places

    load()
    try:
        from corpus import iter_reports

        texts = []
        for r in iter_reports():
            if r["category"] == "middleEast":
                texts.append(r["text"])
            if len(texts) == 1000:
                break
    except SystemExit:
        texts = ["قصفت الطائرات بلدة خان شيخون في ريف إدلب الجنوبي وقرى مجاورة قرب معرة النعمان. " * 20] * 200
    analysed = [analyse(t) for t in texts]
    # the first call builds the name matcher and loads the cue lists: a one-off cost, timed apart
    started = time.perf_counter()
    find_places(analyse("وصلت القافلة إلى مدينة حلب"))
    print(f"matcher build (first call): {time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    found = sum(len(find_places(d)) for d in analysed)
    elapsed = time.perf_counter() - started
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"place matching: {mb:.1f} MB of text in {elapsed:.2f} s = {mb / elapsed:.2f} MB/s "
          f"({found} mentions; tokenization excluded)")
    print(f"peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
