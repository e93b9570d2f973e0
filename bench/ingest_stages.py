"""CPU time per stage of a stream ingest, per article: `ringkas ingest`'s path (batches of 1000, no
digests) with the stage functions wrapped in ``time.process_time`` counters (the outermost stage
counts, a stage called inside another is not counted twice).

    PYTHONPATH=SRC python -m bench.ingest_stages stream.jsonl s.db

SRC is the ``src`` folder of the code to measure (run it for two trees one after the other to
compare them on the same stream). The store file is replaced. Imports are not counted. The
wrappers cost a little of their own, the same for every tree.
"""

from __future__ import annotations

import collections
import functools
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import ringkas.ingest as ingest_module
import ringkas.ingest.readers as readers_module
from ringkas.stories import assign as assign_module
from ringkas.stories import dedupe
from ringkas.stories import service as service_module

SECONDS: collections.Counter[str] = collections.Counter()
CALLS: collections.Counter[str] = collections.Counter()
_inside: list[str] = []


def _wrap(owner: Any, name: str, label: str) -> None:
    real: Callable[..., Any] = getattr(owner, name)

    @functools.wraps(real)
    def timed(*args: Any, **kwargs: Any) -> Any:
        if _inside:
            return real(*args, **kwargs)
        _inside.append(label)
        started = time.process_time()
        try:
            return real(*args, **kwargs)
        finally:
            SECONDS[label] += time.process_time() - started
            CALLS[label] += 1
            _inside.pop()

    setattr(owner, name, timed)


def main() -> int:
    stream, db = Path(sys.argv[1]), Path(sys.argv[2])
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    _wrap(readers_module, "parse_record_line", "reading JSON")
    _wrap(ingest_module, "clean_text", "cleaning")
    _wrap(ingest_module, "detect_language", "language")
    _wrap(dedupe, "content_hash", "content hash")
    _wrap(dedupe, "signature", "MinHash signature")
    _wrap(service_module.StoryService, "_reprint_of", "reprint lookup")
    _wrap(service_module._RecentOriginals, "add", "reprint index add")
    _wrap(assign_module.Assigner, "assign", "story assignment")
    _wrap(service_module, "article_row", "article row")
    from ringkas.ingest import iter_load
    from ringkas.model import Article

    def articles() -> Iterator[Article]:
        for item in iter_load([str(stream)]):
            if isinstance(item, Article):
                yield item

    started = time.process_time()
    with service_module.StoryService(db) as service:
        report = service.ingest(articles(), batch_size=1000, digests=False)
    total = time.process_time() - started
    n = report.new + report.duplicate + report.reprint + report.revised
    print(
        f"articles {n}  CPU {total:.2f} s  {total / n * 1e3:.3f} ms/article  "
        f"load {os.getloadavg()[0]:.1f}"
    )
    for label, seconds in SECONDS.most_common():
        print(f"{label:20s} {seconds / n * 1e3:7.3f} ms/article  {seconds / total * 100:5.1f}%")
    rest = total - sum(SECONDS.values())
    print(f"{'SQL and the rest':20s} {rest / n * 1e3:7.3f} ms/article  {rest / total * 100:5.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
