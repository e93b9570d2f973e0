"""Digests of a long ingest computed by worker processes (``StoryService.ingest(pool=...)``): the
store gets exactly the digest versions it gets when they are computed in the main process,
however late the workers' results come back; a failed batch loses no digest; SIGTERM stops an
ingest and its workers as Ctrl-C does."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import SEED_DIR
from ringkas.ingest import iter_load, load
from ringkas.model import Article
from ringkas.stories import service as service_module
from ringkas.stories.service import StoryService, _digest_text
from ringkas.stories.workers import WorkerPool


class _Held:
    """A task computed here, when asked for, and never ready before: its result comes back only
    when the service has to wait for it."""

    def __init__(self, task: Callable[[bytes], bytes], blob: bytes, ready: bool) -> None:
        self.task, self.blob, self.is_ready = task, blob, ready

    def ready(self) -> bool:
        return self.is_ready

    def get(self) -> bytes:
        return self.task(self.blob)


class _FakePool:
    """A WorkerPool stand-in in this process: results held until waited for (``ready=False``)
    or ready at once. ``waits`` counts the results the service took."""

    workers = 1
    started = True

    def __init__(self, *, ready: bool) -> None:
        self.ready = ready
        self.waits = 0
        self.sent: list[list[str]] = []  # the story ids of each task

    def submit(self, task: Callable[[bytes], bytes], blob: bytes) -> _Held:
        import pickle

        self.sent.append([story for story, _ in pickle.loads(blob)])
        return _Held(task, blob, self.ready)

    def wait(self, pending: _Held) -> bytes:
        self.waits += 1
        return pending.get()


@pytest.fixture(scope="module")
def stream(tmp_path_factory: pytest.TempPathFactory, datasets_dir: Path) -> list[Article]:
    """120 real Multi-News articles in the set's (shuffled) order, its stories recurring far
    apart, and the five seed pages among them, one every 20 articles."""
    feed = tmp_path_factory.mktemp("feed") / "feed.jsonl"
    with (datasets_dir / "stories-multinews-val.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line, _ in zip(handle, range(120), strict=False)]
    feed.write_text(
        "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows),
        encoding="utf-8",
    )
    articles = [a for a in iter_load([str(feed)]) if isinstance(a, Article)]
    for k, page in enumerate(load([str(SEED_DIR)]).articles):
        articles.insert(20 * k + 10, page)
    return articles


@pytest.fixture
def short_lag(monkeypatch: pytest.MonkeyPatch) -> None:
    """Digests due 6 articles after a change (batches of 4), and sent to a pool for any number."""
    monkeypatch.setattr(service_module, "DIGEST_LAG", 6)
    monkeypatch.setattr(service_module, "DIGESTS_POOL_AFTER", 0)
    monkeypatch.setattr(service_module, "DIGEST_CHUNK", 3)


def _versions(db: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT story_id, version, digest FROM digest_versions ORDER BY story_id, version"
        ).fetchall()


def _pending(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM digest_pending").fetchone()[0])


def _ingest(db: Path, stream: list[Article], pool: Any = None, **options: Any) -> StoryService:
    service = StoryService(db)
    service.ingest(stream, batch_size=4, pool=pool, **options)
    return service


@pytest.mark.usefixtures("short_lag")
def test_digests_away_give_the_versions_made_here(stream: list[Article], tmp_path: Path) -> None:
    _ingest(tmp_path / "here.db", stream).close()
    here = _versions(tmp_path / "here.db")
    stories_grown_twice = {s for s, v, _ in here if v >= 2}
    assert stories_grown_twice, "the stream must re-digest some story on the way"
    assert len({s for s, _, _ in here}) >= 40

    held = _FakePool(ready=False)
    waits_after_batches: list[int] = []
    service = StoryService(tmp_path / "held.db")
    service.ingest(
        stream, batch_size=4, pool=held, progress=lambda _: waits_after_batches.append(held.waits)
    )
    service.close()
    # Some story changed while its digest was away and came due again: the service waited for
    # that digest in the middle of the stream (not only when ingest returned).
    assert waits_after_batches[-1] > 0
    assert held.waits == len(held.sent)
    assert _versions(tmp_path / "held.db") == here

    ready = _FakePool(ready=True)
    finishing: list[int] = []
    _ingest(tmp_path / "ready.db", stream, ready, finishing=finishing.append).close()
    assert _versions(tmp_path / "ready.db") == here
    # told once, when the articles are stored, how many stories still wait for their digest
    assert len(finishing) == 1 and 0 < finishing[0] < len({s for s, _, _ in here})

    with WorkerPool(2) as pool:
        _ingest(tmp_path / "workers.db", stream, pool).close()
    assert _versions(tmp_path / "workers.db") == here
    for db in ("here", "held", "ready", "workers"):
        assert _pending(tmp_path / f"{db}.db") == 0


@pytest.mark.usefixtures("short_lag")
def test_a_failed_batch_leaves_the_digests_away_waiting_for_the_next_ingest(
    stream: list[Article], tmp_path: Path
) -> None:
    db = tmp_path / "s.db"
    held = _FakePool(ready=False)
    batches = []

    def fail_tenth(outcomes: object) -> None:
        batches.append(outcomes)
        if len(batches) == 10:
            raise RuntimeError("disk on fire")

    with StoryService(db) as service:
        with pytest.raises(RuntimeError):
            service.ingest(stream[:60], batch_size=4, pool=held, on_batch=fail_tenth)
        away = {story for task in held.sent for story in task}
        assert away and held.waits == 0  # sent, never taken back
        assert _versions(db) == []
        with sqlite3.connect(db) as conn:
            waiting = {row[0] for row in conn.execute("SELECT story_id FROM digest_pending")}
        assert away <= waiting  # committed with the batches before the failure
        service.ingest([])  # here, in this process: every waiting story digested now
        assert _pending(db) == 0
        made = {story: digest for story, _, digest in _versions(db)}
        assert set(made) == waiting
        for story in sorted(waiting):
            assert made[story] == _digest_text(service.articles(story))


@pytest.mark.usefixtures("short_lag")
def test_a_digest_made_elsewhere_meanwhile_is_kept(stream: list[Article], tmp_path: Path) -> None:
    """Another process (an API worker) stored a digest of a story while this ingest's digest of
    it was away: the older one coming back does not bury it."""
    import pickle

    db = tmp_path / "s.db"
    held = _FakePool(ready=False)
    marked: list[str] = []
    elsewhere = '{"made": "elsewhere"}'

    def write_elsewhere(outcomes: object) -> None:
        if held.sent and not marked:  # in this batch's transaction, as the other process would
            marked.append(held.sent[0][0])
            service.conn.execute(
                "INSERT INTO digest_versions (story_id, version, created_at, digest) "
                "VALUES (?, 1, '2026-12-03T00:00:00+00:00', ?)",
                (marked[0], elsewhere),
            )

    service = StoryService(db)
    first_task: list[bytes] = []
    submit = held.submit

    def keep_first(task: Callable[[bytes], bytes], blob: bytes) -> _Held:
        first_task.append(blob)
        return submit(task, blob)

    held.submit = keep_first  # type: ignore[method-assign]
    service.ingest(stream[:60], batch_size=4, pool=held, on_batch=write_elsewhere)
    service.close()
    away = dict(
        zip(held.sent[0], pickle.loads(service_module._digest_texts(first_task[0])), strict=True)
    )
    versions = [(v, d) for s, v, d in _versions(db) if s == marked[0]]
    assert versions[0] == (1, elsewhere)
    assert away[marked[0]] is not None
    assert all(d != away[marked[0]] for _, d in versions)
    assert _pending(db) == 0


# `ringkas ingest` in a child process, which stops itself (says "paused", then waits on stdin)
# at the start of its fifth batch, when its worker has prepared the articles past the 2,000th.
_PAUSING_CLI = """
import sys
from ringkas.cli import main
from ringkas.stories.service import StoryService

plain = StoryService._sync_bands
batches = []

def pausing(self):
    batches.append(1)
    if len(batches) == 5:
        print("paused", flush=True)
        sys.stdin.readline()
    plain(self)

StoryService._sync_bands = pausing
sys.argv = ["ringkas", *sys.argv[1:]]
main()
"""


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(c) for c in (task / "children").read_text().split()]
    return found


def test_sigterm_stops_an_ingest_and_its_workers_cleanly(tmp_path: Path) -> None:
    """``kill`` (SIGTERM) in the middle of an ingest with a worker: exit status 143, nothing on
    stderr (no traceback, no warning from multiprocessing's resource tracker), the worker gone,
    every committed batch kept; the same command again finishes the job. No clock: the child
    says when it has paused."""
    import os
    import signal
    import subprocess
    import sys

    from bench.synth_stream import generate

    from conftest import REPO

    feed = tmp_path / "feed.jsonl"
    rows = list(generate(2250, seed=9))
    feed.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    db = tmp_path / "s.db"
    options = ["--batch-size", "500", "--no-digests"]
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    child = [sys.executable, "-c", _PAUSING_CLI, "ingest", str(feed), "--db", str(db)]
    proc = subprocess.Popen(
        [*child, "--workers", "1", *options],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline() == "paused\n"
    children = {pid: Path(f"/proc/{pid}/cmdline").read_bytes() for pid in _children(proc.pid)}
    workers = [pid for pid, line in children.items() if b"spawn_main" in line]
    assert len(workers) == 1  # beside it multiprocessing's resource tracker, which ends on its own
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 143
    assert err == ""
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()]
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        kept = conn.execute("SELECT MAX(seq) FROM articles").fetchone()[0]
    assert 0 < kept < 2000 + 1  # four batches of 500 inputs; the fifth rolled back
    ringkas = [sys.executable, "-m", "ringkas", "ingest", str(feed)]
    again = subprocess.run([*ringkas, "--db", str(db), *options], env=env, capture_output=True)
    assert again.returncode == 0, again.stderr
    alone = tmp_path / "alone.db"
    subprocess.run([*ringkas, "--db", str(alone), "--workers", "0", *options], env=env, check=True)
    query = "SELECT content_hash, story_id, reprint_of FROM articles ORDER BY seq"
    with sqlite3.connect(db) as conn, sqlite3.connect(alone) as other:
        assert conn.execute(query).fetchall() == other.execute(query).fetchall()
