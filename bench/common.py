"""Helpers the benchmark sections share: timing, peak memory of a child process, paths."""

from __future__ import annotations

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
