"""Story store: ingest throughput and memory (grouping quality: section_41_story_grouping.py)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from bench.common import ROOT, child_peak_rss_mib, ringkas_argv


def _throughput(n: int, digests: bool) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "stream.jsonl"
        subprocess.run(
            [sys.executable, "-m", "bench.synth_stream", str(n), str(feed)], check=True, cwd=ROOT
        )
        argv = ringkas_argv(
            "ingest", str(feed), "--db", str(Path(tmp) / "s.db"), "--batch-size", "1000"
        )
        if not digests:
            argv.append("--no-digests")
        wall, rss = child_peak_rss_mib(argv)
    mode = (
        "with digests refreshed per batch"
        if digests
        else "store + dedupe + story assignment, digests on demand"
    )
    return f"| {n:,} | {mode} | {wall:.0f} s | {n / wall:,.0f} | {rss:,.0f} MiB |"


# 1M articles take 35+ min here (ingest slows as the store grows: see docs/design.md); set
# RINGKAS_BENCH_1M=1 to add them.
BIG = os.environ.get("RINGKAS_BENCH_1M") == "1"


def run(quick: bool) -> str:
    sizes = (
        [(10_000, False), (2_000, True)]
        if quick
        else [(100_000, False), *([(1_000_000, False)] if BIG else []), (10_000, True)]
    )
    return "\n".join(
        [
            "## Stories: ingest throughput",
            "",
            "Grouping quality (BCubed): the next section (section_41).",
            "",
            "Ingest of a synthetic stream (`python -m bench.synth_stream N stream.jsonl`, then "
            "`ringkas ingest stream.jsonl --db s.db --batch-size 1000`), whole process, 2 cores:",
            "",
            "| articles | what | wall | articles/s | peak RSS |",
            "|---:|---|---:|---:|---:|",
            *(_throughput(n, d) for n, d in sizes),
            "",
            "1M articles: only with `RINGKAS_BENCH_1M=1 make bench`. A partial run on 2026-11-24 "
            "(same command, stopped for time) stored 462,007 of the 1M articles in 15 min 27 s "
            "(498 articles/s on average, about 900/s over the first 25k and 360/s past 300k) "
            "with the process at 191 MiB RSS.",
            "",
        ]
    )


__all__ = ["np", "run"]
