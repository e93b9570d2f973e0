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
from typing import Any

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


def two_versions(module: str, old_src: str, new_src: str) -> tuple[list[Any], list[Any]] | None:
    """Run `python -m MODULE --write OUT` once under each version's ``src`` (both at once,
    each with a random string-hash seed) and return the JSON lines each wrote, in order; None
    (after saying so) when either failed. The shared half of bench.same_digests, same_facts and
    same_bodies: each module writes its own lines and compares them its own way."""
    import json
    import os

    with tempfile.TemporaryDirectory() as tmp:
        outs = Path(tmp) / "old.jsonl", Path(tmp) / "new.jsonl"
        procs = [
            subprocess.Popen(
                [sys.executable, "-m", module, "--write", str(out)],
                env={
                    **os.environ,
                    "PYTHONPATH": f"{src}{os.pathsep}{ROOT}",
                    "PYTHONHASHSEED": "random",
                },
                cwd=ROOT,
            )
            for src, out in zip((old_src, new_src), outs, strict=True)
        ]
        if any(p.wait() != 0 for p in procs):
            print(f"{module}: a version failed to write its lines", file=sys.stderr)
            return None
        old, new = ([json.loads(line) for line in out.open(encoding="utf-8")] for out in outs)
    return old, new


def versions_main(
    doc: str | None,
    write: Callable[[Path], int],
    compare: Callable[..., int],
    flags: Sequence[str] = (),
) -> None:
    """The command line of a two-versions comparison: ``--write OUT`` (what two_versions runs),
    else ``[FLAG ...] OLD_SRC [NEW_SRC]`` (NEW_SRC: this worktree's src), each flag passed to
    ``compare`` as a keyword set to True ("--sentences" → sentences=True)."""
    if len(sys.argv) == 3 and sys.argv[1] == "--write":
        print(f"{write(Path(sys.argv[2]))} lines written", file=sys.stderr)
        return
    args = [a for a in sys.argv[1:] if a not in flags]
    if len(args) not in (1, 2):
        sys.exit(doc)
    new_src = args[1] if len(args) == 2 else str(ROOT / "src")
    chosen = {f.removeprefix("--").replace("-", "_"): True for f in flags if f in sys.argv}
    sys.exit(compare(args[0], new_src, **chosen))
