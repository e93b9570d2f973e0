"""How well are yearless days placed? IndoSum's ids begin with the article's publication time
(a Unix timestamp), which ringkas never reads: here it is the measure. For every yearless day
the facts place (year inferred) in indosum-multi-dev's clusters, the pseudo clusters `make
model-summary` builds and the first 800 indosum-single-dev articles, the day is "near" when it
falls between 400 days before its article's publication and 31 days after, else "far" (a wrong
year, or a day of another year that no year was written for).

    python -m bench.inferred_years                 # this worktree's src
    python -m bench.inferred_years OLD_SRC         # both, each in its own process
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from datetime import datetime, timedelta

from bench.common import DATASETS, ROOT


def count() -> dict[str, int]:
    from ringkas.config import Config
    from ringkas.errors import RingkasError
    from ringkas.evaluate.datasets import load_dataset
    from ringkas.pipeline import prepare
    from ringkas.select.train import pseudo_clusters

    single = load_dataset(DATASETS / "indosum-single-dev.jsonl")
    items = [
        *load_dataset(DATASETS / "indosum-multi-dev.jsonl"),
        *pseudo_clusters(single),
        *single[:800],
    ]
    out: Counter[str] = Counter()
    for item in items:
        try:
            facts = prepare(item.articles(), Config(words=100)).facts
        except RingkasError:
            continue
        for d in facts.dates:
            if not d.year_inferred or d.value is None:
                continue
            stamp = int(d.article_id.split("-")[1])  # "00-1493855392-kpk-…": the IndoSum id
            published = (datetime.utcfromtimestamp(stamp) + timedelta(hours=7)).date()
            days = (d.value - published).days
            out["placed"] += 1
            out["near" if -400 <= days <= 31 else "far"] += 1
    return dict(out)


def main() -> None:
    if sys.argv[1:] == ["--here"]:
        print(json.dumps(count()))
        return
    sources = [*sys.argv[1:2], str(ROOT / "src")]
    for src in sources:
        env = {**os.environ, "PYTHONPATH": f"{src}{os.pathsep}{ROOT}"}
        result = subprocess.run(
            [sys.executable, "-m", "bench.inferred_years", "--here"],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        print(f"{src}: {result.stdout.strip()}")


if __name__ == "__main__":
    main()
