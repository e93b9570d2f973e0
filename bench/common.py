"""Helpers the benchmark sections share: timing, peak memory of a child process, paths."""

from __future__ import annotations

import contextlib
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "corpus" / "seed-kim-putin"
DATASETS = SHARED / "datasets"


def timings(fn: Callable[[], object], repeat: int, warmup: int = 2) -> list[float]:
    """Wall times in seconds of ``repeat`` calls after ``warmup`` untimed ones."""
    for _ in range(warmup):
        fn()
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        out.append(time.perf_counter() - started)
    return out


def median_ms(values: Sequence[float]) -> float:
    return statistics.median(values) * 1000


def p90_ms(values: Sequence[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))] * 1000


def child_peak_rss_mib(argv: Sequence[str]) -> tuple[float, float]:
    """Run a child process; return (wall seconds, that child's own peak RSS in MiB via GNU time)."""
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as out:
        started = time.perf_counter()
        subprocess.run(
            ["/usr/bin/time", "-f", "%M", "-o", out.name, *argv],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wall = time.perf_counter() - started
        return wall, int(out.read().split()[-1]) / 1024


def ringkas_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "ringkas", *args]


def tree_peak_rss_mib(
    argv: Sequence[str], interval: float = 0.2, env: dict[str, str] | None = None
) -> tuple[float, float]:
    """Run a command (with ``env`` added to the environment); return (wall seconds, peak of the
    summed RSS of it and all its descendants, in MiB, sampled every ``interval`` s): a Spark run's
    driver, JVM and Python workers together. A failure shows the end of the command's stderr."""
    import os

    import psutil

    with tempfile.TemporaryFile("w+") as errors:
        started = time.perf_counter()
        child = subprocess.Popen(
            argv, stdout=subprocess.DEVNULL, stderr=errors, env={**os.environ, **(env or {})}
        )
        root = psutil.Process(child.pid)
        peak = 0
        while child.poll() is None:
            total = 0
            with contextlib.suppress(psutil.Error):  # a process may end while it is being read
                for proc in [root, *root.children(recursive=True)]:
                    with contextlib.suppress(psutil.Error):
                        total += proc.memory_info().rss
            peak = max(peak, total)
            time.sleep(interval)
        wall = time.perf_counter() - started
        errors.seek(0)
        tail = errors.read()[-3000:]
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, argv, stderr=tail)
    return wall, peak / 2**20


def distinct_rows(n: int, seed: int = 0) -> list[dict[str, object]]:
    """Cleaned rows of the stream, one per content hash (the earliest), as both engines keep."""
    import json

    from bench.synth_stream import generate
    from ringkas.engines import core

    rows: dict[str, dict[str, object]] = {}
    for i, record in enumerate(generate(n, seed=seed)):
        row = core.clean_line(json.dumps(record, ensure_ascii=False), f"stream:{i + 1}")
        if isinstance(row, str):
            continue
        key = str(row["key"])
        if key not in rows or str(row["order"]) < str(rows[key]["order"]):
            rows[key] = row
    return list(rows.values())
