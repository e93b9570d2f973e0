"""Ingest a JSONL stream into a store the way `ringkas ingest` does, printing the curve: for every
``--every`` articles, their wall time, CPU time and rate, and the process's peak RSS so far.

    python -m bench.ingest_curve stream.jsonl s.db [--every 100000] [--batch-size 1000] [--digests]

The last line is a summary: ``total <articles> <wall s> <articles/s> <peak RSS MiB>``.
CPU time (user + system of this process) is printed beside wall time because the machine is shared:
a slower interval with the same CPU time is load, not the store.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path


def _rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("stream", type=Path)
    parser.add_argument("db", type=Path)
    parser.add_argument("--every", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--digests", action="store_true")
    args = parser.parse_args()

    started = time.perf_counter()
    from ringkas.ingest import iter_load
    from ringkas.model import Article
    from ringkas.stories.service import StoryService

    def articles() -> Iterator[Article]:
        for item in iter_load([str(args.stream)]):
            if isinstance(item, Article):
                yield item

    done = 0
    mark = (done, started, _cpu())

    def progress(n: int) -> None:
        nonlocal done, mark
        done += n
        if done - mark[0] >= args.every:
            wall, cpu = time.perf_counter() - mark[1], _cpu() - mark[2]
            print(
                f"{mark[0]:>9,}-{done:<9,} wall {wall:7.1f} s  cpu {cpu:7.1f} s  "
                f"{(done - mark[0]) / wall:7,.0f} articles/s  peak RSS {_rss_mib():,.0f} MiB",
                flush=True,
            )
            mark = (done, time.perf_counter(), _cpu())

    with StoryService(args.db) as service:
        service.ingest(
            articles(), batch_size=args.batch_size, digests=args.digests, progress=progress
        )
    wall = time.perf_counter() - started
    print(f"total {done} {wall:.1f} {done / wall:.1f} {_rss_mib():.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
