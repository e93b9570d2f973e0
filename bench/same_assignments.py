"""Whether two versions of the code store the same stream identically: every article's story id,
its reprint link (by content hash) and its outcome. For a speed change that must not change results.

    python -m bench.same_assignments OLD_SRC NEW_SRC feed.jsonl [more feeds...]
    python -m bench.same_assignments --stores OLD.db NEW.db     # two stores already written

OLD_SRC / NEW_SRC are ``src`` folders (e.g. ``git archive HEAD~1 src | tar -x -C /tmp/old``); each
ingests the feeds into a fresh store in its own process (``--no-digests``, batches of 1000), then
the stores are compared row by row. Prints the counts and the first differences; exit 1 if any.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

INGEST = """
import sys
from ringkas.ingest import iter_load
from ringkas.model import Article
from ringkas.stories.service import StoryService
with StoryService(sys.argv[1]) as service:
    items = (a for a in iter_load(sys.argv[2:]) if isinstance(a, Article))
    print(service.ingest(items, batch_size=1000, digests=False))
"""


def _rows(db: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT a.content_hash, a.story_id, COALESCE(o.content_hash, '') FROM articles a "
            "LEFT JOIN articles o ON o.seq = a.reprint_of ORDER BY a.seq"
        ).fetchall()
    finally:
        conn.close()


def _compare(old: list[tuple[str, str, str]], new: list[tuple[str, str, str]]) -> int:
    differ = [i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b]
    print(f"articles: {len(old)} vs {len(new)}; rows that differ: {len(differ)}")
    for i in differ[:5]:
        print(i, old[i], new[i])
    return 1 if differ or len(old) != len(new) else 0


def main() -> int:
    if sys.argv[1:2] == ["--stores"]:  # two stores already written (a 1M run takes minutes)
        return _compare(_rows(Path(sys.argv[2])), _rows(Path(sys.argv[3])))
    old_src, new_src, *feeds = sys.argv[1:]
    with tempfile.TemporaryDirectory() as tmp:
        stores = []
        for name, src in (("old", old_src), ("new", new_src)):
            db = Path(tmp) / f"{name}.db"
            env = {**os.environ, "PYTHONPATH": str(Path(src).resolve())}
            done = subprocess.run(
                [sys.executable, "-c", INGEST, str(db), *feeds],
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            print(name, done.stdout.strip()[:200])
            stores.append(_rows(db))
    return _compare(*stores)


if __name__ == "__main__":
    sys.exit(main())
