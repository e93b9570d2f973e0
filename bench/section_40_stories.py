"""Story store: ingest throughput and memory (grouping quality: section_41_story_grouping.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from bench.common import ROOT, child_peak_rss_mib, ringkas_argv
from bench.synth_stream import generate


def _curve(n: int, digests: bool, every: int) -> tuple[list[str], list[str]]:
    """Ingest n synthetic articles through bench.ingest_curve (the CLI's path), then reopen the
    store with `ringkas ingest` of 1,000 new articles. Returns (table rows, curve lines)."""
    with tempfile.TemporaryDirectory() as tmp:
        feed, more, db = Path(tmp) / "stream.jsonl", Path(tmp) / "new.jsonl", Path(tmp) / "s.db"
        subprocess.run(
            [sys.executable, "-m", "bench.synth_stream", str(n), str(feed)], check=True, cwd=ROOT
        )
        with more.open("w", encoding="utf-8") as out:  # another seed; ids and urls of its own
            for row in generate(1000, seed=7):
                url = str(row["url"]).replace("synth.example/", "synth.example/new-")
                row = {**row, "id": f"n{row['id']}", "url": url}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        argv = [sys.executable, "-m", "bench.ingest_curve", str(feed), str(db)]
        argv += ["--every", str(every), "--batch-size", "1000", *(["--digests"] if digests else [])]
        printed = subprocess.run(argv, check=True, cwd=ROOT, capture_output=True, text=True)
        lines = printed.stdout.strip().splitlines()
        _, done, wall, rate, rss = lines[-1].split()
        mode = (
            "with digests (each story's at most 5,000 articles behind, all current at the end)"
            if digests
            else "store + dedupe + story assignment, digests on demand"
        )
        rows = [
            f"| {int(done):,} | {mode} | {float(wall):.0f} s | {float(rate):,.0f} | {float(rss):,.0f} MiB |"
        ]
        if not digests:
            reopen = ringkas_argv(
                "ingest", str(more), "--db", str(db), "--batch-size", "1000", "--no-digests"
            )
            wall_s, rss_mib = child_peak_rss_mib(reopen)
            rows.append(
                f"| +1,000 | reopen that store and ingest 1,000 new articles (`ringkas ingest`, "
                f"whole process) | {wall_s:.1f} s | {1000 / wall_s:,.0f} | {rss_mib:,.0f} MiB |"
            )
    return rows, [f"    {line}" for line in lines[:-1]]


# 1M articles take 20+ min on an idle machine; set RINGKAS_BENCH_1M=1 to add them.
BIG = os.environ.get("RINGKAS_BENCH_1M") == "1"


def run(quick: bool) -> str:
    sizes = (
        [(10_000, False, 2_500), (2_000, True, 1_000)]
        if quick
        else [
            (100_000, False, 25_000),
            *([(1_000_000, False, 100_000)] if BIG else []),
            (100_000, True, 25_000),
        ]
    )
    rows: list[str] = []
    curves: list[str] = []
    for n, digests, every in sizes:
        got, curve = _curve(n, digests, every)
        rows += got
        curves += [
            f"{n:,} articles{', digests on' if digests else ''}, per {every:,}:",
            "",
            *curve,
            "",
        ]
    return "\n".join(
        [
            "## Stories: ingest throughput",
            "",
            "Grouping quality (BCubed): the next section (section_41).",
            "",
            "Ingest of a synthetic stream (`python -m bench.synth_stream N stream.jsonl`, then "
            "`python -m bench.ingest_curve stream.jsonl s.db --every K --batch-size 1000 [--digests]`, "
            "which runs `ringkas ingest`'s path and prints the curve), whole process, 2 cores. Goals: "
            "≥ 1,000 articles/s over 1M with the last 100k no slower than 80% of the first; reopen + "
            "1,000 articles ≤ 5 s; ≥ 500 articles/s over 100k with digests on; peak RSS ≤ 1 GiB.",
            "",
            "| articles | what | wall | articles/s | peak RSS |",
            "|---:|---|---:|---:|---:|",
            *rows,
            "",
            "The curves (wall and CPU time of each interval: the machine is shared, and an interval "
            "slower on the wall with the same CPU time was slowed by other work):",
            "",
            *curves,
        ]
    )


__all__ = ["np", "run"]
