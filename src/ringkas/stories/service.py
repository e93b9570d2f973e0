"""StoryService: ingest articles into the store, keep stories and their digests current."""

from __future__ import annotations

import collections
import contextlib
import hashlib
import heapq
import itertools
import json
import pickle
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from multiprocessing.pool import AsyncResult
from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np

from ringkas.errors import InputError
from ringkas.model import Article, Digest
from ringkas.stories import dedupe
from ringkas.stories.assign import Assigner
from ringkas.stories.prepare import Prepared, prepare
from ringkas.stories.store import (
    ARTICLE_COLUMNS,
    article_row,
    now,
    open_store,
    row_article,
    transaction,
)
from ringkas.stories.workers import WorkerPool


@dataclass(frozen=True)
class IngestReport:
    new: int
    duplicate: int
    reprint: int
    revised: int
    rejected: tuple[str, ...]
    stories_touched: tuple[str, ...]


@dataclass(frozen=True)
class StoryRow:
    id: str
    title: str
    articles: int  # originals, summarized
    reprints: int  # near copies of them (Perigon's reprintCount)
    outlets: tuple[str, ...]
    first_published: str
    last_updated: str
    digest_version: int


@dataclass(frozen=True)
class DigestDiff:
    story_id: str
    from_version: int
    to_version: int
    new_outlets: tuple[str, ...]
    new_sentences: tuple[str, ...]
    dropped_sentences: tuple[str, ...]
    new_conflicts: tuple[str, ...]
    new_timeline: tuple[str, ...]
    new_entities: tuple[str, ...]


# Originals verified per incoming article: those sharing the most MinHash bands with it (a true
# reprint shares several of the 16; a chance sharer of a template line, one). On a synthetic 30k
# stream, verifying every sharer found 4,844 reprints; 48 candidates find 4,833, 16 find 4,816.
REPRINT_CANDIDATES = 48
# Articles (by seq) whose originals a newcomer can be a reprint of: wire copy follows its original
# within hours or days (the synthetic stream: within its last 500 originals). Bounded, so the
# lookup and its index do not grow with the store; 16 keys x 50k articles stay ~60 MiB in memory.
REPRINT_HORIZON = 50_000
# Originals between two stored assigner snapshots (a crash replays at most these on open).
SNAPSHOT_EVERY = 10_000
# Digests during a long ingest: a story whose originals changed is re-digested once it has
# waited DIGEST_LAG articles of the stream since its first undigested change (at the end of that
# batch), and every story still waiting when the ingest call returns is digested then. So a digest
# is at most DIGEST_LAG articles behind its story while a stream runs, current when ingest returns,
# and computed about once per story per DIGEST_LAG articles instead of once per batch it grows in
# (a synthetic story gains its ~4 originals over a few thousand articles). A digest is always of
# all the story's originals (the same as `ringkas stories show` computes).
DIGEST_LAG = 5_000


# Stories digested by one worker task (a synthetic story's digest takes ~10 ms), and how many
# must be due at once before digests go to a worker pool that has not started: a small ingest
# (a folder of pages) never starts processes for a few digests.
DIGEST_CHUNK = 16
DIGESTS_POOL_AFTER = 32


def _digest_text(articles: Sequence[Article]) -> str | None:
    """A story's digest as stored (JSON); None when nothing of it is summarizable yet (no
    article, or only another language)."""
    from ringkas.pipeline import summarize
    from ringkas.render import to_json_dict

    if not articles:
        return None
    try:
        data = to_json_dict(summarize(articles))
    except InputError:
        return None
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def _digest_texts(blob: bytes) -> bytes:
    """A worker's task: pickled [(story id, its originals)] → pickled [digest JSON or None]."""
    work: list[tuple[str, tuple[Article, ...]]] = pickle.loads(blob)
    return pickle.dumps([_digest_text(articles) for _, articles in work])


@dataclass(frozen=True)
class _DigestTask:
    result: AsyncResult[bytes]
    stories: tuple[str, ...]


@dataclass
class _Away:
    """A story whose digest a worker is computing."""

    last_version: int  # its latest digest version when it was sent
    changed_at: int | None = None  # the stream's top seq at its first change since then


class _RecentOriginals:
    """The reprint lookup's index: the originals stored after ``low`` (the last
    REPRINT_HORIZON articles) with their signatures, by band key. One dict maps each band key to
    its original's seq, or to the list of seqs when several originals share it (a template
    line). A lookup is 16 dict probes: the sorted key arrays it replaced cost two binary searches
    per key over ~800k keys, ~40 cache misses each (synthetic stream at 80k articles: 117 us an
    article for the candidates against ~40). Reading it back when a store opens builds the dict
    from numpy arrays, not a Python loop per key.
    A batch that fails leaves keys here that the store rolled back: the service then drops the
    whole index and the next batch reads it again from ``original_signatures``."""

    def __init__(self) -> None:
        self.index: dict[int, int | list[int]] = {}
        self.signatures: dict[int, np.ndarray] = {}
        # Each original's keys, to forget it: those added one by one (those read back when the
        # store opens are computed again from their signatures when they are forgotten).
        self.band_keys: dict[int, Sequence[int]] = {}
        self.seen = -1  # originals up to this article seq are here (-1: not read yet)
        self.low = 0  # and none at or below this seq

    def add(self, seq: int, sig: np.ndarray, keys: Sequence[int] | None = None) -> None:
        """``keys``: the signature's band keys when already computed (``dedupe.lsh_keys_of``)."""
        if keys is None:
            keys = dedupe.lsh_keys_of(sig)
        index = self.index
        for key in keys:
            members = index.get(key)
            if members is None:
                index[key] = seq
            elif isinstance(members, int):
                index[key] = [members, seq]
            else:
                members.append(seq)
        self.signatures[seq] = sig
        self.band_keys[seq] = keys

    def add_many(self, seqs: Sequence[int], blobs: Sequence[bytes]) -> None:
        if not seqs:
            return
        sigs = np.frombuffer(b"".join(blobs), dtype=np.uint64).reshape(len(seqs), -1)
        keys = dedupe.lsh_keys(sigs)
        if self.index:
            for seq, sig, row in zip(seqs, sigs, keys.tolist(), strict=True):
                self.add(seq, sig, row)
            return
        self.signatures.update(zip(seqs, sigs, strict=True))
        flat = keys.ravel()
        owners = np.repeat(np.asarray(seqs, dtype=np.int64), keys.shape[1])
        order = np.argsort(flat, kind="stable")
        flat, owners = flat[order], owners[order]
        first = np.ones(len(flat), dtype=bool)
        first[1:] = flat[1:] != flat[:-1]
        alone = first & np.append(first[1:], True)  # a key no other original has
        self.index = dict(zip(flat[alone].tolist(), owners[alone].tolist(), strict=True))
        shared = ~alone  # the keys several originals have, each run's seqs in seq order
        starts = np.flatnonzero(first[shared])
        runs = np.split(owners[shared], starts[1:]) if len(starts) else []
        self.index.update(
            zip(flat[shared][starts].tolist(), (r.tolist() for r in runs), strict=True)
        )

    def forget(self, low: int) -> None:
        """Drop the originals at or below seq ``low``: each of their keys loses them and keeps
        its later originals, if any."""
        self.low = low
        index, band_keys = self.index, self.band_keys
        old = [seq for seq in self.signatures if seq <= low]
        unknown = [seq for seq in old if seq not in band_keys]
        if unknown:
            computed = dedupe.lsh_keys(np.stack([self.signatures[seq] for seq in unknown]))
            band_keys.update(zip(unknown, computed.tolist(), strict=True))
        pop = index.pop
        for seq in old:
            for key in band_keys.pop(seq):
                members = pop(key, None)
                if isinstance(members, list):
                    kept = [seq for seq in members if seq > low]
                    if kept:
                        index[key] = kept if len(kept) > 1 else kept[0]
                elif members is not None and members > low:  # an earlier step kept it alone
                    index[key] = members
        self.signatures = {seq: sig for seq, sig in self.signatures.items() if seq > low}

    def candidates(
        self, sig: np.ndarray, limit: int, keys: Sequence[int] | None = None
    ) -> list[int]:
        """The ``limit`` originals sharing the most bands with ``sig`` (earliest first on ties);
        ``keys``: its band keys when already computed."""
        if keys is None:
            keys = dedupe.lsh_keys_of(sig)
        votes: Counter[int] = Counter()
        alone: list[int] = []
        get = self.index.get
        for key in keys:
            members = get(key)
            if members is None:
                continue
            if isinstance(members, int):
                alone.append(members)
            else:
                votes.update(members)
        votes.update(alone)
        if len(votes) <= limit:
            return sorted(votes, key=lambda seq: (-votes[seq], seq))
        # Most sharers share one band (a template line): rank the others, then the earliest ones.
        several = sorted((seq for seq, n in votes.items() if n > 1), key=lambda q: (-votes[q], q))
        if len(several) >= limit:
            return several[:limit]
        ones = heapq.nsmallest(limit - len(several), (q for q, n in votes.items() if n == 1))
        return several + ones


@dataclass
class _Known:
    """What the store holds while a batch is stored: content hashes and urls."""

    hashes: set[str]
    urls: set[str]


def _assigner_fingerprint() -> str:
    """Which code wrote a snapshot: the assigner's source and the Python version."""
    from ringkas.stories import assign

    source = Path(assign.__file__).read_bytes()
    return hashlib.blake2b(source + sys.version.encode(), digest_size=16).hexdigest()


class StoryService:
    """One store file; ingest is incremental, resumable and idempotent by content hash."""

    def __init__(self, db_path: str | Path) -> None:
        self.path = Path(db_path)
        self.conn = open_store(self.path)
        # The reprint lookup's index over the originals of the last REPRINT_HORIZON articles, in
        # memory (on disk, original_signatures is an append-only log), read on first use.
        self._recent = _RecentOriginals()
        self.assigner = Assigner()
        self._seen = 0  # the last article seq the assigner has seen
        self._saved = -1  # the seq of the stored assigner snapshot (-1: none matches)
        # Digests being computed by worker processes (``_digest_due``), in the order sent.
        self._tasks: collections.deque[_DigestTask] = collections.deque()
        self._away: dict[str, _Away] = {}
        self._load_assigner()
        self._replay()

    def _load_assigner(self) -> None:
        """Start from the stored snapshot when it was written by this assigner's code; otherwise
        (no snapshot, other code, unreadable) the replay below rebuilds the state from scratch."""
        row = self.conn.execute(
            "SELECT seen, fingerprint, state FROM assigner_state WHERE id = 1"
        ).fetchone()
        if row is None or row[1] != _assigner_fingerprint():
            return
        try:
            state = pickle.loads(row[2])  # the store is the user's own local state
        except (
            pickle.UnpicklingError,
            AttributeError,
            EOFError,
            ImportError,
            TypeError,
            ValueError,
        ):
            return
        if isinstance(state, Assigner):
            self.assigner, self._seen, self._saved = state, int(row[0]), int(row[0])

    def _forget_unsaved(self) -> None:
        """After a rolled-back batch: drop the in-memory state the batch changed (the assigner,
        the reprint index); the next batch rebuilds it from the snapshot and the store."""
        self.assigner, self._seen, self._saved = Assigner(), 0, -1
        self._recent = _RecentOriginals()
        with contextlib.suppress(sqlite3.Error):  # then the next open (or batch) replays
            self._load_assigner()

    def _save_assigner(self) -> None:
        """Store the assigner as of ``_seen`` (inside the caller's transaction)."""
        self.conn.execute(
            "INSERT INTO assigner_state (id, seen, fingerprint, state) VALUES (1, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET seen = excluded.seen, "
            "fingerprint = excluded.fingerprint, state = excluded.state",
            (
                self._seen,
                _assigner_fingerprint(),
                pickle.dumps(self.assigner, protocol=pickle.HIGHEST_PROTOCOL),
            ),
        )
        self._saved = self._seen

    def _replay(self) -> None:
        """Bring the assigner's state up to date with the stored originals, in ingest order:
        those after its snapshot when the store opens, then (before every batch) those another
        process added."""
        rows = self.conn.execute(
            "SELECT seq, body, published, language, story_id FROM articles "
            "WHERE reprint_of IS NULL AND seq > ? ORDER BY seq",
            (self._seen,),
        )
        for seq, body, published, language, story_id in rows:
            self.assigner.add(
                story_id, body, date.fromisoformat(published) if published else None, language
            )
            self._seen = max(self._seen, int(seq))

    def _sync_bands(self) -> None:
        """Bring the reprint index up to date with the log: the originals of the last
        REPRINT_HORIZON articles on first use, then those another process added; forget those
        past the horizon (in steps of a quarter horizon)."""
        recent = self._recent
        top = int(self.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0])
        if recent.seen < 0:
            recent.low = recent.seen = max(0, top - REPRINT_HORIZON)
        if top > recent.seen:
            rows = self.conn.execute(
                "SELECT seq, signature FROM original_signatures WHERE seq > ? AND seq <= ? "
                "ORDER BY seq",
                (recent.seen, top),
            )
            seqs, blobs = [], []
            for seq, blob in rows:
                seqs.append(int(seq))
                blobs.append(blob)
            recent.add_many(seqs, blobs)
            recent.seen = top
        if top - recent.low > REPRINT_HORIZON + REPRINT_HORIZON // 4:
            recent.forget(top - REPRINT_HORIZON)

    def close(self) -> None:
        """Store the assigner snapshot when it moved on (the next open starts from it), close."""
        try:
            if self._seen > max(self._saved, 0):
                with transaction(self.conn):
                    self._save_assigner()
        except sqlite3.Error:
            pass  # a snapshot is an optimisation: without it the next open replays
        finally:
            self.conn.close()

    def __enter__(self) -> StoryService:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def ingest(
        self,
        articles: Iterable[Article | Prepared],
        *,
        batch_size: int = 500,
        progress: Callable[[int], None] | None = None,
        digests: bool = True,
        on_batch: Callable[[Sequence[tuple[Article, str]]], None] | None = None,
        pool: WorkerPool | None = None,
        finishing: Callable[[int], None] | None = None,
    ) -> IngestReport:
        """Store articles in batches (one transaction each) and refresh the touched digests.

        ``articles`` may be a lazy stream: only one batch is held in memory at a time. An item
        may come prepared (``stories.prepare``: hash, signature and terms computed elsewhere, as
        ``ringkas ingest`` does in worker processes); the outcome is the same.
        ``on_batch`` gets each article of a batch with its outcome ("new", "duplicate",
        "reprint", "revised") inside the batch's transaction, to record state beside it.
        With ``pool`` (``ringkas ingest``'s workers), the digests of a long ingest are computed
        in its worker processes while the next batches are stored; the store ends the same.
        ``finishing`` is told how many stories still wait for a digest when the articles are
        stored and those digests begin (a progress bar's last step)."""
        counts = {"new": 0, "duplicate": 0, "reprint": 0, "revised": 0}
        touched: set[str] = set()
        stream = iter(articles)
        while batch := [
            item if isinstance(item, Prepared) else prepare(item)
            for item in itertools.islice(stream, batch_size)
        ]:
            changed: set[str] = set()  # stories whose originals changed: their digest may have
            at = now()
            try:
                with transaction(self.conn):
                    self._replay()  # another process (an API worker, a CLI) may have written
                    self._sync_bands()
                    outcomes = []
                    batch_stories: set[str] = set()
                    known = _Known(
                        self._present("content_hash", [item.key for item in batch]),
                        self._present("url", [i.article.url for i in batch if i.article.url]),
                    )
                    for item in batch:
                        outcome, story = self._store_one(item, at, known)
                        counts[outcome] += 1
                        outcomes.append((item.article, outcome))
                        if story:
                            touched.add(story)
                            batch_stories.add(story)
                            if outcome in (
                                "new",
                                "revised",
                            ):  # a reprint is counted, not summarized
                                changed.add(story)
                    # once per story and batch (every article of a batch has its time)
                    self.conn.executemany(
                        "INSERT INTO stories (id, created_at, updated_at) VALUES (?, ?, ?) "
                        "ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at",
                        [(story, at, at) for story in sorted(batch_stories)],
                    )
                    if on_batch:
                        on_batch(outcomes)
                    if digests:
                        self._digest_due(changed, pool=pool)
                    if self._seen - max(self._saved, 0) >= SNAPSHOT_EVERY:
                        self._save_assigner()
            except BaseException:
                self._forget_unsaved()  # the rolled-back batch has moved the assigner
                self._forget_away()
                raise
            if progress:
                progress(len(batch))
        if digests:
            try:
                with transaction(self.conn):
                    if finishing:
                        finishing(
                            self.conn.execute("SELECT COUNT(*) FROM digest_pending").fetchone()[0]
                        )
                    self._land(pool, wait=True)
                    self._digest_due(set(), everything=True, pool=pool)
                    self._land(pool, wait=True)
            except BaseException:
                self._forget_away()
                raise
        return IngestReport(
            counts["new"],
            counts["duplicate"],
            counts["reprint"],
            counts["revised"],
            (),
            tuple(sorted(touched)),
        )

    def _present(self, column: str, values: Sequence[str]) -> set[str]:
        """Those of ``values`` that some stored article has in ``column`` (an indexed column:
        ``content_hash`` or ``url``), by a few ``IN`` queries instead of one query per article."""
        found: set[str] = set()
        distinct = sorted(set(values))
        for start in range(0, len(distinct), 500):
            chunk = distinct[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT {column} FROM articles WHERE {column} IN ({marks})", chunk
            )
            found.update(str(row[0]) for row in rows)
        return found

    def _store_one(self, item: Prepared, at: str, known: _Known) -> tuple[str, str]:
        """Store one article of the batch (``known``: the hashes and urls the store holds now,
        kept current by this method)."""
        article, key = item.article, item.key
        if key in known.hashes:
            return "duplicate", ""
        row = article_row(article, item.removed)
        if article.url and article.url in known.urls:
            old = self.conn.execute(
                "SELECT seq, story_id, content_hash, body, raw FROM articles WHERE url = ? ORDER BY seq DESC LIMIT 1",
                (article.url,),
            ).fetchone()
            if old:
                seq, story_id, old_hash, body, raw = old
                self.conn.execute(
                    "INSERT INTO revisions (seq, content_hash, body, raw, replaced_at) VALUES (?, ?, ?, ?, ?)",
                    (seq, old_hash, body, raw, at),
                )
                sets = ", ".join(f"{k} = :{k}" for k in row)
                self.conn.execute(
                    f"UPDATE articles SET {sets}, content_hash = :hash WHERE seq = :seq",
                    {**row, "hash": key, "seq": seq},
                )
                known.hashes.discard(old_hash)
                known.hashes.add(key)
                return "revised", story_id
        sig, keys = item.signature, item.band_keys
        original = self._reprint_of(sig, keys)
        if original is not None:
            seq, story_id = original
            outcome = "reprint"
        else:
            seq, story_id = (
                None,
                self.assigner.assign(
                    key, article.body, article.published, article.language, item.parsed
                ),
            )
            outcome = "new"
        cursor = self.conn.execute(
            "INSERT INTO articles (id, content_hash, url, outlet, title, place, published, ingested_at, source, "
            "language, raw, body, removed, story_id, reprint_of, signature) VALUES (:id, :hash, :url, :outlet, "
            ":title, :place, :published, :at, :source, :language, :raw, :body, :removed, :story, :reprint, :sig)",
            {
                **row,
                "hash": key,
                "at": at,
                "story": story_id,
                "reprint": seq,
                "sig": sig.tobytes(),
            },
        )
        known.hashes.add(key)
        if article.url:
            known.urls.add(article.url)
        if cursor.lastrowid is not None:
            self._recent.seen = max(self._recent.seen, cursor.lastrowid)
        if outcome == "new" and cursor.lastrowid is not None:
            # Only originals are ever a reprint's candidate; the assigner has seen this one.
            self.conn.execute(
                "INSERT INTO original_signatures (seq, signature) VALUES (?, ?)",
                (cursor.lastrowid, sig.tobytes()),
            )
            self._recent.add(cursor.lastrowid, sig, keys)
            self._seen = max(self._seen, cursor.lastrowid)
        return outcome, story_id

    def _reprint_of(
        self, sig: np.ndarray, keys: Sequence[int] | None = None
    ) -> tuple[int, str] | None:
        """The original this article near-copies: among the recent originals sharing a band,
        the few sharing the most bands are verified, earliest first on ties. Verifying every
        sharer made ingest quadratic: template lines put thousands of articles on one band
        (synthetic 1M stream: up to 2,144 per key, ingest fell from ~900 to ~350 articles/s).
        The candidates' signatures are compared with one numpy comparison; the similarity is
        ``dedupe.similarity``'s (equal positions / NUM_PERM, the same float division)."""
        recent = self._recent
        found = recent.candidates(sig, REPRINT_CANDIDATES, keys)
        if not found:
            return None
        signatures = recent.signatures
        rows = np.concatenate([signatures[seq] for seq in found]).reshape(len(found), -1)
        equal = np.count_nonzero(rows == sig, axis=1)  # (np.stack: 3x the time at 10 rows)
        for seq, same in zip(found, equal.tolist(), strict=True):  # the first that verifies
            if same / sig.size >= dedupe.REPRINT:
                row = self.conn.execute(
                    "SELECT story_id FROM articles WHERE seq = ?", (seq,)
                ).fetchone()
                if row is not None:
                    return seq, str(row[0])
        return None

    def articles(self, story_id: str) -> tuple[Article, ...]:
        """The story's original articles (reprints are counted, not summarized again)."""
        cols = ", ".join(ARTICLE_COLUMNS)
        rows = self.conn.execute(
            f"SELECT {cols} FROM articles WHERE story_id = ? AND reprint_of IS NULL ORDER BY seq",
            (story_id,),
        ).fetchall()
        if not rows:
            raise InputError(story_id, "no such story")
        return tuple(row_article(r, ARTICLE_COLUMNS) for r in rows)

    def _digest_due(
        self, changed: set[str], *, everything: bool = False, pool: WorkerPool | None = None
    ) -> None:
        """Mark the changed stories as waiting for a digest, then digest those that waited
        DIGEST_LAG articles (all, with ``everything``), once each, in story id order: here, or
        (``pool``, when it runs or many are due) in its worker processes while the next batches
        are stored (``_land`` stores them). Either way the store gets the same versions: a story
        is digested from the articles it has when it is due, one digest of it at a time, and a
        story that changes while its digest is away waits for it before it is due again."""
        self._land(pool, wait=False)
        top = int(self.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0])
        for story_id in sorted(changed):
            if (away := self._away.get(story_id)) and away.changed_at is None:
                away.changed_at = top  # due again DIGEST_LAG after this change, as when here
        self.conn.executemany(
            "INSERT OR IGNORE INTO digest_pending (story_id, since) VALUES (?, ?)",
            [(story_id, top) for story_id in sorted(changed)],
        )
        limit = None if everything else top - DIGEST_LAG

        def waiting() -> list[str]:
            if limit is None:
                rows = self.conn.execute("SELECT story_id FROM digest_pending")
            else:
                rows = self.conn.execute(
                    "SELECT story_id FROM digest_pending WHERE since <= ?", (limit,)
                )
            return sorted(str(row[0]) for row in rows)

        due = waiting()
        if any(self._due_again(story_id, limit) for story_id in due):
            self._land(pool, wait=True)  # rare: a digest away for DIGEST_LAG articles
            due = waiting()
        due = [story_id for story_id in due if story_id not in self._away]
        if pool is None or not (pool.started or len(due) >= DIGESTS_POOL_AFTER):
            for story_id in due:
                self._refresh_digest(story_id)
            self.conn.executemany(
                "DELETE FROM digest_pending WHERE story_id = ?", [(story_id,) for story_id in due]
            )
            return
        for start in range(0, len(due), DIGEST_CHUNK):
            stories = due[start : start + DIGEST_CHUNK]
            work = [(story_id, self._originals_or_none(story_id)) for story_id in stories]
            task = _DigestTask(
                pool.submit(_digest_texts, pickle.dumps(work, protocol=pickle.HIGHEST_PROTOCOL)),
                tuple(stories),
            )
            for story_id in stories:
                self._away[story_id] = _Away(self._last_version(story_id))
            self._tasks.append(task)

    def _forget_away(self) -> None:
        """After a failed batch: drop the digests away (their stories still wait in
        ``digest_pending``, as the store rolled back, and the next ingest digests them)."""
        self._tasks.clear()
        self._away.clear()

    def _due_again(self, story_id: str, limit: int | None) -> bool:
        away = self._away.get(story_id)
        return bool(
            away and away.changed_at is not None and (limit is None or away.changed_at <= limit)
        )

    def _originals_or_none(self, story_id: str) -> tuple[Article, ...]:
        try:
            return self.articles(story_id)
        except InputError:
            return ()

    def _last_version(self, story_id: str) -> int:
        row = self.conn.execute(
            "SELECT MAX(version) FROM digest_versions WHERE story_id = ?", (story_id,)
        ).fetchone()
        return int(row[0] or 0)

    def _land(self, pool: WorkerPool | None, *, wait: bool) -> None:
        """Store the digests computed away (in the caller's transaction), in the order they were
        sent: those ready, or all of them (``wait``). A story that changed while away waits
        again from its change; one that another process digested meanwhile keeps that digest."""
        while self._tasks and pool is not None and (wait or self._tasks[0].result.ready()):
            task = self._tasks.popleft()
            texts: list[str | None] = pickle.loads(pool.wait(task.result))
            for story_id, text in zip(task.stories, texts, strict=True):
                away = self._away.pop(story_id)
                if text is not None:
                    self._add_version(story_id, text, after=away.last_version)
                self.conn.execute("DELETE FROM digest_pending WHERE story_id = ?", (story_id,))
                if away.changed_at is not None:
                    self.conn.execute(
                        "INSERT INTO digest_pending (story_id, since) VALUES (?, ?)",
                        (story_id, away.changed_at),
                    )

    def _refresh_digest(self, story_id: str) -> None:
        if (text := _digest_text(self._originals_or_none(story_id))) is not None:
            self._add_version(story_id, text)

    def _add_version(self, story_id: str, text: str, *, after: int | None = None) -> None:
        """A new digest version, unless it reads the same as the last one, or (``after``) the
        last one is no longer version ``after``: another process digested the story since."""
        last = self.conn.execute(
            "SELECT version, digest FROM digest_versions WHERE story_id = ? ORDER BY version DESC LIMIT 1",
            (story_id,),
        ).fetchone()
        if (last and last[1] == text) or (after is not None and (last[0] if last else 0) != after):
            return
        version = (last[0] if last else 0) + 1
        self.conn.execute(
            "INSERT INTO digest_versions (story_id, version, created_at, digest) VALUES (?, ?, ?, ?)",
            (story_id, version, now(), text),
        )

    def digest(self, story_id: str) -> Digest:
        from ringkas.pipeline import summarize

        return summarize(self.articles(story_id))

    def digest_versions(self, story_id: str) -> tuple[int, ...]:
        rows = self.conn.execute(
            "SELECT version FROM digest_versions WHERE story_id = ? ORDER BY version", (story_id,)
        )
        return tuple(int(r[0]) for r in rows)

    def _version(self, story_id: str, version: int) -> dict[str, Any]:
        row = self.conn.execute(
            "SELECT digest FROM digest_versions WHERE story_id = ? AND version = ?",
            (story_id, version),
        ).fetchone()
        if row is None:
            raise InputError(story_id, f"no digest version {version}")
        return dict(json.loads(row[0]))

    def diff(self, story_id: str, from_version: int | None = None) -> DigestDiff:
        """What changed between a digest version (default: the previous one) and the latest."""
        versions = self.digest_versions(story_id)
        if not versions:
            raise InputError(story_id, "no such story, or no digest yet")
        latest = versions[-1]
        start = (
            from_version
            if from_version is not None
            else (versions[-2] if len(versions) > 1 else latest)
        )
        old, new = self._version(story_id, start), self._version(story_id, latest)

        def added(key: str, field: str) -> tuple[str, ...]:
            before = {json.dumps(x[field], ensure_ascii=False) for x in old[key]}
            return tuple(
                str(x[field])
                for x in new[key]
                if json.dumps(x[field], ensure_ascii=False) not in before
            )

        old_outlets = {s["outlet"] or s["article_id"] for s in old["sources"]}
        old_text = [s["text"] for s in old["summary"]]
        new_text = [s["text"] for s in new["summary"]]
        return DigestDiff(
            story_id=story_id,
            from_version=start,
            to_version=latest,
            new_outlets=tuple(
                sorted({s["outlet"] or s["article_id"] for s in new["sources"]} - old_outlets)
            ),
            new_sentences=tuple(t for t in new_text if t not in old_text),
            dropped_sentences=tuple(t for t in old_text if t not in new_text),
            new_conflicts=added("conflicts", "description"),
            new_timeline=added("timeline", "date"),
            new_entities=added("entities", "name"),
        )

    def stories(
        self, *, since: datetime | None = None, min_outlets: int = 1
    ) -> tuple[StoryRow, ...]:
        rows = self.conn.execute(
            "SELECT s.id, s.updated_at, SUM(a.reprint_of IS NULL), SUM(a.reprint_of IS NOT NULL), "
            # an article of no known outlet counts as its own source, named by its id (as a digest's
            # sources name it; a comma, which joins the names, read as a space): a feed without
            # outlets listed no story at all
            "GROUP_CONCAT(DISTINCT COALESCE(NULLIF(a.outlet, ''), REPLACE(a.id, ',', ' '))), "
            "MIN(a.published), "
            "(SELECT MAX(version) FROM digest_versions d WHERE d.story_id = s.id), "
            # its first titled article's title, else its latest digest's heading (a quoted
            # article's title or the summary's first sentence): a feed of bodies alone has no titles
            "COALESCE((SELECT title FROM articles t WHERE t.story_id = s.id AND t.title != '' "
            "ORDER BY t.seq LIMIT 1), (SELECT json_extract(d.digest, '$.title') FROM digest_versions d "
            "WHERE d.story_id = s.id ORDER BY d.version DESC LIMIT 1)) "
            "FROM stories s JOIN articles a ON a.story_id = s.id GROUP BY s.id ORDER BY s.updated_at DESC, s.id"
        ).fetchall()
        out = []
        for story_id, updated, count, reprints, outlets, first, version, title in rows:
            names = tuple(sorted(o for o in (outlets or "").split(",") if o))
            if len(names) < min_outlets or (since and updated < since.isoformat()):
                continue
            out.append(
                StoryRow(
                    story_id,
                    title or "",
                    int(count),
                    int(reprints),
                    names,
                    first or "",
                    updated,
                    int(version or 0),
                )
            )
        return tuple(out)

    def recluster(self) -> int:
        """Recompute every story assignment in one pass over the originals; returns the story count."""
        from ringkas.stories.assign import recluster

        rows = self.conn.execute(
            "SELECT seq, content_hash, body, published, language FROM articles WHERE reprint_of IS NULL ORDER BY seq"
        ).fetchall()
        labels = recluster(
            [(h, b, date.fromisoformat(p) if p else None, lang) for _, h, b, p, lang in rows]
        )
        with transaction(self.conn):
            for (seq, *_), story_id in zip(rows, labels, strict=True):
                self.conn.execute("UPDATE articles SET story_id = ? WHERE seq = ?", (story_id, seq))
                self.conn.execute(
                    "UPDATE articles SET story_id = ? WHERE reprint_of = ?", (story_id, seq)
                )
                self.conn.execute(
                    "INSERT OR IGNORE INTO stories (id, created_at, updated_at) VALUES (?, ?, ?)",
                    (story_id, now(), now()),
                )
            gone = "SELECT id FROM stories WHERE id NOT IN (SELECT story_id FROM articles)"
            self.conn.execute(f"DELETE FROM digest_versions WHERE story_id IN ({gone})")
            self.conn.execute(f"DELETE FROM digest_pending WHERE story_id IN ({gone})")
            self.conn.execute(f"DELETE FROM stories WHERE id IN ({gone})")
            for story_id in sorted(set(labels)):
                self._refresh_digest(story_id)
        self.assigner = Assigner()
        self._seen, self._saved = 0, -1
        self._replay()
        return len(set(labels))
