"""Ingest a JSONL stream into a store the way `ringkas ingest` does, printing the curve: for every
``--every`` articles, their wall time, CPU time and rate, and the process's peak RSS so far.

    python -m bench.ingest_curve stream.jsonl s.db [--every 100000] [--batch-size 1000] [--digests]
        [--workers N]

The last line is a summary: ``total <articles> <wall s> <articles/s> <peak RSS MiB>``, the RSS
being the main process's peak plus the workers' peak.
CPU time (user + system of this process and of its worker processes) is printed beside wall time
because the machine is shared: a slower interval with the same CPU time is load, not the store.
With workers (``ringkas ingest``'s default: one per core beside the main process's), "peak RSS" is
the main process's peak and "workers RSS" the peak of the workers' summed resident memory (sampled
every 20 batches and at each printed interval).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _children() -> list[str]:
    """The pids of this process's live children (the worker pool)."""
    found: list[str] = []
    for task in Path("/proc/self/task").iterdir():
        with contextlib.suppress(OSError):
            found += (task / "children").read_text().split()
    return found


def _cpu() -> float:
    """CPU seconds of this process and its live children (from /proc: a live child's time is not
    in RUSAGE_CHILDREN until it is reaped; the last interval misses a worker that ended)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    total = usage.ru_utime + usage.ru_stime
    tick = os.sysconf("SC_CLK_TCK")
    for pid in _children():
        with contextlib.suppress(OSError, IndexError, ValueError):
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def _workers_rss_mib() -> float:
    total = 0.0
    for pid in _children():
        with contextlib.suppress(OSError, ValueError):
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
    return total


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("stream", type=Path)
    parser.add_argument("db", type=Path)
    parser.add_argument("--every", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--digests", action="store_true")
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()

    started = time.perf_counter()
    from ringkas.stories.prepare import Prepared, default_workers, iter_prepared
    from ringkas.stories.service import StoryService
    from ringkas.stories.workers import WorkerPool

    workers = default_workers() if args.workers is None else args.workers
    print(f"worker processes: {workers}", flush=True)
    workers_peak = 0.0  # the peak of the workers' summed RSS, as sampled in progress()

    pool = WorkerPool(workers) if workers > 0 else None

    def articles() -> Iterator[Prepared]:
        for item in iter_prepared([str(args.stream)], pool=pool):
            if isinstance(item, Prepared):
                yield item

    done = 0
    mark = (done, started, _cpu())

    def progress(n: int) -> None:
        nonlocal done, mark, workers_peak
        done += n
        due = done - mark[0] >= args.every
        # every 20 batches (reading /proc costs) and at each printed interval
        if workers and (due or done % (20 * args.batch_size) < n):
            workers_peak = max(workers_peak, _workers_rss_mib())
        if due:
            wall, cpu = time.perf_counter() - mark[1], _cpu() - mark[2]
            print(
                f"{mark[0]:>9,}-{done:<9,} wall {wall:7.1f} s  cpu {cpu:7.1f} s  "
                f"{(done - mark[0]) / wall:7,.0f} articles/s  peak RSS {_rss_mib():,.0f} MiB"
                + (f"  workers RSS {workers_peak:,.0f} MiB" if workers else ""),
                flush=True,
            )
            mark = (done, time.perf_counter(), _cpu())

    with StoryService(args.db) as service, pool or contextlib.nullcontext():
        service.ingest(
            articles(),
            batch_size=args.batch_size,
            digests=args.digests,
            progress=progress,
            pool=pool,
        )
    wall = time.perf_counter() - started
    print(f"total {done} {wall:.1f} {done / wall:.1f} {_rss_mib() + workers_peak:.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
