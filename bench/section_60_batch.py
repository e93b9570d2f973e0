"""Batch engines: `ringkas batch` local vs Spark local[2] on synthetic streams."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import ROOT, ringkas_argv, tree_peak_rss_mib

# 1M articles take about 30 min (local) and an hour (Spark) here, and the local engine holds every
# row in memory: set RINGKAS_BENCH_BATCH_1M=1 to add them.
BIG = os.environ.get("RINGKAS_BENCH_BATCH_1M") == "1"


def _row(n: int, engine: str, feed: Path, out: Path) -> str:
    extra = ["--engine", engine]
    if engine == "spark":
        extra += ["--master", "local[2]", "--partitions", "8"]
    argv = ringkas_argv("batch", str(feed), "--output", str(out), *extra)
    wall, rss = tree_peak_rss_mib(argv)
    what = "local (in-process)" if engine == "local" else "Spark local[2]"
    return f"| {n:,} | {what} | {wall:,.0f} s | {n / wall:,.0f} | {rss:,.0f} MiB |"


def run(quick: bool) -> str:
    sizes = [5_000] if quick else [20_000, 100_000] + ([1_000_000] if BIG else [])
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            feed = Path(tmp) / f"stream-{n}.jsonl"
            subprocess.run(
                [sys.executable, "-m", "bench.synth_stream", str(n), str(feed)],
                check=True,
                cwd=ROOT,
            )
            for engine in ("local", "spark"):
                rows.append(_row(n, engine, feed, Path(tmp) / f"out-{engine}-{n}"))
            feed.unlink()
    return "\n".join(
        [
            "## Batch engines: local vs Spark",
            "",
            "`python -m bench.synth_stream N stream.jsonl`, then `ringkas batch stream.jsonl "
            "--output out [--engine spark --master local[2] --partitions 8]`: clean, exact copies, "
            "MinHash reprints, blocks, story assignment and one digest per story, written as "
            "JSONL and Parquet. Peak RSS is the whole process tree (driver, JVM, Python workers).",
            "",
            "| articles | engine | wall | articles/s | peak RSS |",
            "|---:|---|---:|---:|---:|",
            *rows,
            "",
            "1M articles: not in this table unless run with `RINGKAS_BENCH_BATCH_1M=1` "
            "(see docs/design.md, Batch engines).",
            "",
        ]
    )
