"""Ingest's per-article preparation in worker processes (``stories.prepare``): the same items in
the same order, and the same store, whatever the number of workers; the assigner's terms computed
ahead of it change no assignment."""

from __future__ import annotations

import json
import os
import select
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from bench.synth_stream import generate

from conftest import REPO, TRACE_EVERY_CONNECTION
from ringkas.evaluate.datasets import feed_rows
from ringkas.ingest import Problem, iter_load
from ringkas.model import Article
from ringkas.stories.assign import Assigner, parse
from ringkas.stories.prepare import Prepared, iter_prepared
from ringkas.stories.service import StoryService


def _write(path: Path, rows: list[dict[str, Any] | str]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


# Enough real articles for two chunks of a worker and many stories; each worker process stems
# every word it meets anew (Sastrawi, a few ms a new word), which is what these tests cost.
INDOSUM = 250


@pytest.fixture(scope="module")
def real_feed(tmp_path_factory: pytest.TempPathFactory, datasets_dir: Path) -> Path:
    """INDOSUM real IndoSum articles (dated by their URL where it carries one) and 120 Multi-News ones,
    with a bad line, an empty article, a repeated article and a repeated id among them."""
    indosum: list[dict[str, Any] | str] = list(
        feed_rows(datasets_dir / "indosum-single-dev.jsonl", limit=INDOSUM)
    )
    multinews: list[dict[str, Any] | str] = []
    with (datasets_dir / "stories-multinews-val.jsonl").open(encoding="utf-8") as handle:
        for line, _ in zip(handle, range(120), strict=False):
            row = json.loads(line)
            multinews.append({"id": row["id"], "text": row["text"]})
    rows = [*indosum[:200], "{not json", *multinews, {"id": "empty", "text": "  "}]
    rows += [*indosum[200:], indosum[3]]  # the same id and text again: id "-2", a duplicate
    # Another article under a repeated id, with a date that is no date (stored, with a problem).
    extra = (
        multinews[5]["text"] + "\n\nA closing paragraph written for this test, not by the outlet."
    )
    rows.append({"id": indosum[3]["id"], "text": extra, "published": "soon"})
    return _write(tmp_path_factory.mktemp("feed") / "feed.jsonl", rows)


def _shown(item: Prepared | Problem) -> tuple[str, ...]:
    if isinstance(item, Problem):
        return ("problem", item.line, str(item.warning))
    return (
        item.article.id,
        repr(item.article),
        item.key,
        item.signature.tobytes().hex(),
        repr(item.band_keys),
        repr(item.parsed),
    )


def test_workers_yield_the_same_items_in_the_same_order(real_feed: Path) -> None:
    alone = [_shown(i) for i in iter_prepared([str(real_feed)], workers=0)]
    pooled = [_shown(i) for i in iter_prepared([str(real_feed)], workers=2, pool_after=7)]
    assert pooled == alone
    problems = [i for i in alone if i[0] == "problem"]
    assert len(problems) == 3  # the bad line, the empty article, the bad date: each in its place
    assert len(alone) == INDOSUM + 120 + 2 + 3
    ids = [i[0] for i in alone if i[0] != "problem"]
    assert len(set(ids)) == len(ids)  # repeated ids made unique in reading order, as iter_load


def test_prepared_items_match_the_plain_loader(real_feed: Path) -> None:
    """``iter_prepared`` cleans exactly as ``iter_load`` (what `ringkas summarize` reads)."""
    plain = [repr(i) if isinstance(i, Article) else i.line for i in iter_load([str(real_feed)])]
    prepared = [
        repr(i.article) if isinstance(i, Prepared) else i.line
        for i in iter_prepared([str(real_feed)], workers=0)
    ]
    assert prepared == plain


def _rows(db: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as conn:
        columns = [
            r[1] for r in conn.execute("PRAGMA table_info(articles)") if r[1] != "ingested_at"
        ]
        return conn.execute(f"SELECT {', '.join(columns)} FROM articles ORDER BY seq").fetchall()


def test_the_store_is_the_same_with_and_without_workers(real_feed: Path, tmp_path: Path) -> None:
    stores = []
    for workers, pool_after in ((0, 0), (2, 0), (1, 100)):
        db = tmp_path / f"w{workers}-{pool_after}.db"
        items = iter_prepared([str(real_feed)], workers=workers, pool_after=pool_after)
        with StoryService(db) as service:
            report = service.ingest(
                (i for i in items if isinstance(i, Prepared)), batch_size=64, digests=False
            )
        assert report.duplicate == 1  # the repeated article
        stores.append(_rows(db))
    assert stores[0] == stores[1] == stores[2]
    assert len(set(stores[0])) == INDOSUM + 120 + 1  # the repeat is not stored again


def test_articles_given_plain_or_prepared_give_the_same_store(
    real_feed: Path, tmp_path: Path
) -> None:
    """`ringkas watch` and the API hand the service plain articles; `ringkas ingest` prepared ones."""
    articles = [a for a in iter_load([str(real_feed)]) if isinstance(a, Article)]
    prepared = [p for p in iter_prepared([str(real_feed)]) if isinstance(p, Prepared)]
    stores = []
    for name, items in (("plain", articles), ("prepared", prepared)):
        with StoryService(tmp_path / f"{name}.db") as service:
            service.ingest(items, batch_size=100, digests=False)
        stores.append(_rows(tmp_path / f"{name}.db"))
    assert stores[0] == stores[1]


def test_terms_parsed_ahead_give_the_same_assignments(real_feed: Path) -> None:
    """The assigner given ``parse``'s result decides exactly as the assigner that parses itself;
    a parse in another language than the assigner would use is ignored, not trusted."""
    articles = [a for a in iter_load([str(real_feed)]) if isinstance(a, Article)]
    itself, ahead, wrong = Assigner(), Assigner(), Assigner()
    found = set()
    for article in articles:
        key = article.id
        expected = itself.assign(key, article.body, article.published, article.language)
        found.add(expected)
        parsed = parse(article.body, article.language)
        assert ahead.assign(key, article.body, article.published, article.language, parsed) == (
            expected
        )
        other = parse(article.body, "en" if article.language == "id" else "id")
        assert wrong.assign(key, article.body, article.published, article.language, other) == (
            expected
        )
    assert 100 < len(found) < len(articles)  # many stories, and some of several articles


CHILD = (
    """
import sqlite3, sys
feed, db = sys.argv[1], sys.argv[2]
state = {"commits": 0, "statements": 0}

def trace(statement):
    # After the second commit, at the next statement: report the workers and wait to be killed.
    if state["commits"] >= 2:
        import multiprocessing
        print("paused", *sorted(p.pid for p in multiprocessing.active_children()), flush=True)
        sys.stdin.readline()

"""
    + TRACE_EVERY_CONNECTION
    + """
from ringkas.stories.prepare import Prepared, iter_prepared
from ringkas.stories.service import StoryService
items = (i for i in iter_prepared([feed], workers=2, pool_after=0) if isinstance(i, Prepared))
def committed(n):
    state["commits"] += 1
with StoryService(db) as service:
    service.ingest(items, batch_size=100, digests=False, progress=committed)
print("finished", flush=True)
"""
)


def _exits(pid: int) -> bool:
    """Whether the process ends (a zombie counts as ended): waits on its pidfd, which becomes
    readable when it exits; no clock, only an upper bound for a badly loaded machine."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        return bool(select.select([fd], [], [], 300)[0])
    finally:
        os.close(fd)


def test_killed_ingest_leaves_no_worker_and_resumes_to_the_same_store(tmp_path: Path) -> None:
    """SIGKILL the main process while its workers run: they exit on their own (their end of the
    pipe closes), nothing committed is lost, and running again gives the uninterrupted store."""
    rows = list(generate(900, seed=3))
    feed = _write(tmp_path / "feed.jsonl", list(rows))
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    killed_db, whole_db = tmp_path / "killed.db", tmp_path / "whole.db"
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(feed), str(killed_db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().split()
    assert line and line[0] == "paused", line
    workers = [int(pid) for pid in line[1:]]
    assert len(workers) >= 2  # the two workers (and the resource tracker)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert all(_exits(pid) for pid in workers), "a worker outlived its killed parent"
    with sqlite3.connect(killed_db) as conn:
        assert 150 < conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] <= 200
    for db in (killed_db, whole_db):
        items = iter_prepared([str(feed)], workers=0)
        with StoryService(db) as service:
            service.ingest((i for i in items if isinstance(i, Prepared)), digests=False)
    assert _rows(killed_db) == _rows(whole_db)


# The workers import this file as their main module (spawn), so the patch reaches them: the worker
# that takes the chunk holding the article "poison" dies with it, as if the OOM killer chose it.
POISONED = """
import os, signal, sys
from ringkas.stories import prepare

real = prepare._prepare_chunk
def chunk(blob):
    if b"poison" in blob:
        os.kill(os.getpid(), signal.SIGKILL)
    return real(blob)
prepare._prepare_chunk = chunk

if __name__ == "__main__":
    from ringkas.cli import main
    sys.argv[0] = "ringkas"
    main()
"""


def test_a_worker_killed_mid_ingest_stops_it_with_one_line_and_nothing_lost(
    tmp_path: Path,
) -> None:
    """A worker that dies would leave the pool waiting forever for its chunk: the ingest stops
    instead, with one line and no traceback, and the committed batches stay for the next run."""
    rows = list(generate(2600, seed=4))
    rows[2300] = {**rows[2300], "id": "poison"}
    feed = _write(tmp_path / "feed.jsonl", list(rows))
    script = tmp_path / "poisoned.py"
    script.write_text(POISONED, encoding="utf-8")
    db = tmp_path / "s.db"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    args = ["ingest", str(feed), "--db", str(db), "--no-digests", "--batch-size", "100"]
    died = subprocess.run(
        [sys.executable, str(script), *args, "--workers", "2"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert died.returncode != 0
    assert "worker process ended" in died.stderr and "Traceback" not in died.stderr, died.stderr
    with sqlite3.connect(db) as conn:
        stored = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert 1900 <= stored < 2300  # what was committed before the poisoned chunk is kept
    # The next run (one process: the poison only kills workers) resumes to the whole store.
    resumed = subprocess.run(
        [sys.executable, str(script), *args, "--workers", "0"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert resumed.returncode == 0, resumed.stderr
    whole = tmp_path / "whole.db"
    items = iter_prepared([str(feed)], workers=0)
    with StoryService(whole) as service:
        service.ingest((i for i in items if isinstance(i, Prepared)), batch_size=100, digests=False)
    assert _rows(db) == _rows(whole)
