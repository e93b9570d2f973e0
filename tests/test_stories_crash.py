"""Crash safety: SIGKILL an ingest at random points; nothing committed is lost or corrupted.

No clock anywhere: the child reports each commit on stdout, and it stops itself at the chosen
point (inside a transaction, after a chosen number of SQL statements following its first
commit in this run, or inside the schema's creation) and says so; the parent kills it then.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from bench.synth_stream import generate

from conftest import REPO, TRACE_EVERY_CONNECTION
from ringkas.ingest import load
from ringkas.stories.dedupe import content_hash

CHILD = (
    """
import json, sqlite3, sys
feed, db, pause_at, pause_on = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
state = {"commits": 0, "statements": 0}

def trace(statement):
    # Counts statements after this run's first commit; at the chosen one (or at the first
    # statement starting with pause_on) it reports and blocks until the parent kills it.
    if state["commits"]:
        state["statements"] += 1
    due = pause_at >= 0 and state["statements"] == pause_at
    if due or (pause_on and statement.lstrip().upper().startswith(pause_on)):
        print("paused", flush=True)
        sys.stdin.readline()

"""
    + TRACE_EVERY_CONNECTION
    + """
from ringkas.ingest import load
from ringkas.stories.service import StoryService
articles = load([feed]).articles
done = 0
def committed(n):
    global done
    done += n
    state["commits"] += 1
    print(done, flush=True)  # printed only after the batch's COMMIT returned
with StoryService(db) as service:
    service.ingest(articles, batch_size=25, progress=committed)
print("finished", flush=True)
"""
)


def _run_child(feed: Path, db: Path, pause_at: int = -1, pause_on: str = "") -> tuple[int, bool]:
    """Run an ingest; SIGKILL it when it reports that it paused at the chosen point.
    Returns (the last committed count it reported, whether it was killed)."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(feed), str(db), str(pause_at), pause_on],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    counts: list[int] = []
    killed = False
    for line in proc.stdout:
        word = line.strip()
        if word.isdigit():
            counts.append(int(word))
        elif word == "paused":
            proc.send_signal(signal.SIGKILL)
            killed = True
            break
    proc.communicate()
    return (counts[-1] if counts else 0), killed


def _feed(tmp_path: Path, n: int) -> tuple[Path, list[str]]:
    rows = list(generate(n, seed=5))
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8"
    )
    # What the store keys on: the cleaned text (two reprints can clean to the same text).
    return feed, [content_hash(a.body) for a in load([str(feed)]).articles]


def _check(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {r[0] for r in conn.execute("SELECT content_hash FROM articles")}


def test_sigkill_loses_nothing_committed(tmp_path: Path) -> None:
    feed, keys = _feed(tmp_path, 1500)
    db = tmp_path / "crash.db"
    rnd = random.Random(11)
    for attempt in range(4):
        # Somewhere after this run's first commit: a few statements (inside the next batch's
        # transaction) up to several batches later. (A batch of 25 here takes ~115 statements
        # since duplicates and known urls are looked up once per batch, ~163 before: 1,200 still
        # span ~10 batches, and the four runs stay inside the 1,500-article feed.)
        committed, killed = _run_child(feed, db, pause_at=rnd.randint(1, 1200))
        assert killed and committed > 0, (attempt, committed)
        stored = _check(db)
        # Every batch is committed whole and in input order: the first `committed` articles of
        # this run (earlier runs' ones come back as duplicates) must all be in the store.
        missing = [k for k in keys[:committed] if k not in stored]
        assert not missing, (attempt, committed, missing[:5])
        assert len(stored) < len(set(keys)), "killed mid-ingest"
    _, killed = _run_child(feed, db)
    assert not killed
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        total = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        dupes = conn.execute(
            "SELECT COUNT(*) - COUNT(DISTINCT content_hash) FROM articles"
        ).fetchone()[0]
    assert dupes == 0
    assert total == len(set(keys))


def test_store_killed_before_any_commit_opens_cleanly(tmp_path: Path) -> None:
    feed, keys = _feed(tmp_path, 60)
    for where in ("CREATE TABLE", "CREATE INDEX", "PRAGMA JOURNAL_MODE", "BEGIN"):
        db = tmp_path / f"first-{where.split()[-1].lower()}.db"
        committed, killed = _run_child(feed, db, pause_on=where)
        assert killed and committed == 0, where
        _, killed = _run_child(feed, db)  # the next run opens it and finishes the job
        assert not killed
        assert _check(db) == set(keys), where
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")  # created, then killed before SQLite wrote a byte
    _run_child(feed, empty)
    assert _check(empty) == set(keys)
