"""Score marsad on the event gold set: `python benchmarks/evaluate_events.py [dev|test|all] [--json]`.

The gold annotations (benchmarks/gold/*.jsonl) carry article ids only; the texts are read from ../shared.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_reports  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold"


def main() -> None:
    split = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "test"
    files = [GOLD / "dev.jsonl", GOLD / "test.jsonl"] if split == "all" else [GOLD / f"{split}.jsonl"]
    with tempfile.TemporaryDirectory() as tmp:
        gold = Path(tmp) / "gold.jsonl"
        lines = [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
        gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
        ids = {json.loads(line)["article_id"] for line in lines}
        reports = Path(tmp) / "reports.jsonl"
        write_reports(ids, reports)
        cmd = [sys.executable, "-m", "marsad", "evaluate", str(gold), "--articles", str(reports)]
        if "--json" in sys.argv:
            cmd.append("--json")
        print(f"== {split}: {len(ids)} reports", flush=True)
        subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
