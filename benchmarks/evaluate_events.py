"""Score marsad on the event gold set: `python benchmarks/evaluate_events.py [dev|test|holdout|holdout2|...|holdout9|sample] [--json] [--km 50]`.

Parts joined by "+" are scored as one set: `holdout5+holdout6`, or the development pool
`dev+test+holdout+holdout2+holdout3+holdout4+holdout5+holdout6+holdout7`.
Every F1 comes with its 95% interval over the set's reports. To compare two versions on the same reports, save one
version's records and give them to the other as its baseline:
`... holdout8 --save /tmp/before.jsonl`, change the code, then `... holdout8 --baseline /tmp/before.jsonl`.

The gold annotations (benchmarks/gold/*.jsonl) carry article ids only; the texts are read from ../shared.
`sample` scores the canonical report (../shared/samples/alwatan-mayadin.txt against its gold file).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import ROOT, write_reports  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"


def _sample(tmp: Path) -> tuple[Path, Path]:
    folder = ROOT.parent / "shared" / "samples"
    if not (folder / "alwatan-mayadin.txt").exists():
        sys.exit(f"skipped: the canonical sample is not in {folder} (benchmarks need ../shared)")
    gold_line = (folder / "alwatan-mayadin.gold.jsonl").read_text(encoding="utf-8").strip()
    article_id = json.loads(gold_line)["article_id"]
    report = {"id": article_id, "published": "2017-10-15", "source": "الوطن",
              "text": (folder / "alwatan-mayadin.txt").read_text(encoding="utf-8")}
    (tmp / "gold.jsonl").write_text(gold_line + "\n", encoding="utf-8")
    (tmp / "reports.jsonl").write_text(json.dumps(report, ensure_ascii=False) + "\n", encoding="utf-8")
    return tmp / "gold.jsonl", tmp / "reports.jsonl"


def main() -> None:
    args = sys.argv[1:]
    split = args.pop(0) if args and not args[0].startswith("-") else "test"  # the rest (--json, --km 50) goes on
    if split == "sample":
        with tempfile.TemporaryDirectory() as tmp:
            gold, reports = _sample(Path(tmp))
            cmd = [sys.executable, "-m", "marsad", "evaluate", str(gold), "--articles", str(reports)]
            print("== sample: the canonical report", flush=True)
            subprocess.run(cmd + args, check=True)
        return
    # "holdout5+holdout6" scores parts together, as one set
    files = [GOLD / "dev.jsonl", GOLD / "test.jsonl"] if split == "all" else \
        [GOLD / f"{part}.jsonl" for part in split.split("+")]
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold.jsonl"
        lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
        gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
        ids = {json.loads(line)["article_id"] for line in lines}
        reports = Path(tmp) / "reports.jsonl"
        write_reports(ids, reports)
        cmd = [sys.executable, "-m", "marsad", "evaluate", str(gold), "--articles", str(reports), *args]
        print(f"== {split}: {len(ids)} reports", flush=True)
        subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
