"""Crash safety: SIGKILL an ingest at random points; nothing committed is lost or corrupted."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bench.synth_stream import generate

from conftest import REPO
from ringkas.ingest import load
from ringkas.stories.dedupe import content_hash

CHILD = """
import json, sys
from ringkas.ingest import load
from ringkas.stories.service import StoryService
articles = load([sys.argv[1]]).articles
done = 0
def committed(n):
    global done
    done += n
    print(done, flush=True)  # printed only after the batch's COMMIT returned
with StoryService(sys.argv[2]) as service:
    service.ingest(articles, batch_size=25, progress=committed)
print("finished", flush=True)
"""


def _run_child(feed: Path, db: Path, kill_after: float | None) -> int:
    """Run an ingest; SIGKILL it after ``kill_after`` seconds. Returns the last committed count."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(feed), str(db)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    if kill_after is not None:
        time.sleep(kill_after)
        proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate(timeout=120)
    counts = [int(line) for line in out.split() if line.isdigit()]
    return counts[-1] if counts else 0


def test_sigkill_loses_nothing_committed(tmp_path: Path) -> None:
    rows = list(generate(1500, seed=5))
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    # What the store keys on: the cleaned text (two reprints can clean to the same text).
    keys = [content_hash(a.body) for a in load([str(feed)]).articles]
    db = tmp_path / "crash.db"
    rnd = random.Random(11)
    interrupted = 0
    for attempt in range(4):
        committed = _run_child(feed, db, kill_after=rnd.uniform(1.0, 3.0))
        interrupted += committed < len(keys)
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", attempt
            stored = {r[0] for r in conn.execute("SELECT content_hash FROM articles")}
        # Every batch is committed whole and in input order: the first `committed` articles of
        # this run (earlier runs' ones come back as duplicates) must all be in the store.
        missing = [k for k in keys[:committed] if k not in stored]
        assert not missing, (attempt, committed, missing[:5])
    assert interrupted >= 2, "the kills must land mid-ingest for this test to mean anything"
    _run_child(feed, db, kill_after=None)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        total = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        dupes = conn.execute(
            "SELECT COUNT(*) - COUNT(DISTINCT content_hash) FROM articles"
        ).fetchone()[0]
    assert dupes == 0
    assert total == len(set(keys))
