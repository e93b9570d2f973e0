"""Batch engines: `ringkas batch` local vs Spark local[2] on synthetic streams."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import ROOT, ringkas_argv, tree_peak_rss_mib

# 1M articles take most of an hour per engine here: set RINGKAS_BENCH_1M=1 to measure 100k and 1M
# (instead of 20k and 100k). Spark's driver (which is also its executor in local mode) gets 8 GB of
# heap for 1M (RINGKAS_SPARK_DRIVER_MEMORY); the default 2 GB serves the smaller runs.
BIG = os.environ.get("RINGKAS_BENCH_1M") == "1"


def _row(n: int, engine: str, feed: Path, out: Path, gold: dict[str, str]) -> str:
    from ringkas.engines.output import read_table
    from ringkas.stories.assign import bcubed

    extra = ["--engine", engine]
    if engine == "spark":
        extra += ["--master", "local[2]", "--partitions", "8"]
    argv = ringkas_argv("batch", str(feed), "--output", str(out), *extra)
    env = {"RINGKAS_SPARK_DRIVER_MEMORY": "8g"} if n >= 1_000_000 else {}
    wall, rss = tree_peak_rss_mib(argv, env=env)
    articles = read_table(out, "articles")
    _, _, f1 = bcubed([a["story_id"] for a in articles], [gold[a["id"]] for a in articles])
    what = "local (in-process)" if engine == "local" else "Spark local[2]"
    row = f"| {n:,} | {what} | {wall:,.0f} s | {n / wall:,.0f} | {rss:,.0f} MiB | {f1:.3f} |"
    print(row, file=sys.stderr, flush=True)  # a long run shows its progress
    return row


def _gold(feed: Path) -> dict[str, str]:
    with feed.open(encoding="utf-8") as handle:
        return {str(row["id"]): str(row["story"]) for row in (json.loads(line) for line in handle)}


def run(quick: bool) -> str:
    sizes = [5_000] if quick else [100_000, 1_000_000] if BIG else [20_000, 100_000]
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            feed = Path(tmp) / f"stream-{n}.jsonl"
            subprocess.run(
                [sys.executable, "-m", "bench.synth_stream", str(n), str(feed)],
                check=True,
                cwd=ROOT,
            )
            gold = _gold(feed)
            for engine in ("local", "spark"):
                rows.append(_row(n, engine, feed, Path(tmp) / f"out-{engine}-{n}", gold))
                shutil.rmtree(Path(tmp) / f"out-{engine}-{n}")
            feed.unlink()
    return "\n".join(
        [
            "## Batch engines: local vs Spark",
            "",
            "`python -m bench.synth_stream N stream.jsonl`, then `ringkas batch stream.jsonl "
            "--output out [--engine spark --master local[2] --partitions 8]`: clean, exact copies, "
            "MinHash reprints, blocks, story assignment and one digest per story, written as "
            "JSONL and Parquet. Peak RSS is the whole process tree (driver, JVM, Python workers); "
            "BCubed F1 of every article's story against the generator's gold stories.",
            "",
            "| articles | engine | wall | articles/s | peak RSS | BCubed F1 |",
            "|---:|---|---:|---:|---:|---:|",
            *rows,
            "",
            "`RINGKAS_BENCH_1M=1 python -m bench.run --only section_60` measures 100k and 1M "
            "instead of 20k and 100k (see docs/design.md, Batch engines).",
            "",
        ]
    )
