"""StoryService: ingest articles into the store, keep stories and their digests current."""

from __future__ import annotations

import hashlib
import itertools
import json
import pickle
import sqlite3
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np

from ringkas.errors import InputError
from ringkas.model import Article, Digest
from ringkas.stories import dedupe
from ringkas.stories.assign import Assigner
from ringkas.stories.store import (
    ARTICLE_COLUMNS,
    article_row,
    now,
    open_store,
    row_article,
    transaction,
)


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
        # The reprint lookup's index: band keys of the last REPRINT_HORIZON articles, in memory
        # (the on-disk band_keys table is an append-only log). Part of every batch transaction,
        # so a rolled-back batch leaves no keys behind.
        self.conn.execute("ATTACH DATABASE ':memory:' AS recent")
        self.conn.execute(
            "CREATE TABLE recent.bands (key TEXT NOT NULL, seq INTEGER NOT NULL, "
            "PRIMARY KEY (key, seq)) WITHOUT ROWID"
        )
        self.conn.execute("CREATE INDEX recent.bands_seq ON bands(seq)")
        self._bands_seen = -1  # band keys of articles up to this seq are in recent.bands
        self._bands_low = 0  # and none below this seq
        self.assigner = Assigner()
        self._seen = 0  # the last article seq the assigner has seen
        self._saved = -1  # the seq of the stored assigner snapshot (-1: none matches)
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
        self._bands_seen = -1
        try:
            self.conn.execute("DELETE FROM recent.bands")
            self._load_assigner()
        except sqlite3.Error:
            pass  # then the next open (or batch) replays from scratch

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
        """Bring recent.bands up to date with the log: the last REPRINT_HORIZON articles' keys
        on first use, then those another process added; forget keys past the horizon."""
        top = int(self.conn.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0])
        if self._bands_seen < 0:
            self._bands_low = max(0, top - REPRINT_HORIZON)
            self._bands_seen = self._bands_low
        if top > self._bands_seen:
            self.conn.execute(
                "INSERT OR IGNORE INTO recent.bands (key, seq) "
                "SELECT key, seq FROM main.band_keys WHERE seq > ? AND seq <= ?",
                (self._bands_seen, top),
            )
            self._bands_seen = top
        if top - self._bands_low > REPRINT_HORIZON + REPRINT_HORIZON // 4:
            self._bands_low = top - REPRINT_HORIZON
            self.conn.execute("DELETE FROM recent.bands WHERE seq <= ?", (self._bands_low,))

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
        articles: Iterable[Article],
        *,
        batch_size: int = 500,
        progress: Callable[[int], None] | None = None,
        digests: bool = True,
        on_batch: Callable[[Sequence[tuple[Article, str]]], None] | None = None,
    ) -> IngestReport:
        """Store articles in batches (one transaction each) and refresh the touched digests.

        ``articles`` may be a lazy stream: only one batch is held in memory at a time.
        ``on_batch`` gets each article of a batch with its outcome ("new", "duplicate",
        "reprint", "revised") inside the batch's transaction, to record state beside it."""
        counts = {"new": 0, "duplicate": 0, "reprint": 0, "revised": 0}
        touched: set[str] = set()
        stream = iter(articles)
        while batch := list(itertools.islice(stream, batch_size)):
            changed: set[str] = set()  # stories whose originals changed: their digest may have
            at = now()
            try:
                with transaction(self.conn):
                    self._replay()  # another process (an API worker, a CLI) may have written
                    self._sync_bands()
                    outcomes = []
                    for article in batch:
                        outcome, story = self._store_one(article, at)
                        counts[outcome] += 1
                        outcomes.append((article, outcome))
                        if story:
                            touched.add(story)
                            if outcome in (
                                "new",
                                "revised",
                            ):  # a reprint is counted, not summarized
                                changed.add(story)
                    if on_batch:
                        on_batch(outcomes)
                    if digests:
                        for story_id in sorted(changed):  # once per story and batch
                            self._refresh_digest(story_id)
                    if self._seen - max(self._saved, 0) >= SNAPSHOT_EVERY:
                        self._save_assigner()
            except BaseException:
                self._forget_unsaved()  # the rolled-back batch has moved the assigner
                raise
            if progress:
                progress(len(batch))
        return IngestReport(
            counts["new"],
            counts["duplicate"],
            counts["reprint"],
            counts["revised"],
            (),
            tuple(sorted(touched)),
        )

    def _store_one(self, article: Article, at: str) -> tuple[str, str]:
        key = dedupe.content_hash(article.body)
        if self.conn.execute("SELECT 1 FROM articles WHERE content_hash = ?", (key,)).fetchone():
            return "duplicate", ""
        row = article_row(article)
        if article.url:
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
                return "revised", story_id
        sig = dedupe.signature(article.body)
        keys = dedupe.band_keys(sig)
        original = self._reprint_of(sig, keys)
        if original is not None:
            seq, story_id = original
            outcome = "reprint"
        else:
            seq, story_id = (
                None,
                self.assigner.assign(key, article.body, article.published, article.language),
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
        if cursor.lastrowid is not None:
            self._bands_seen = max(self._bands_seen, cursor.lastrowid)
        if outcome == "new" and cursor.lastrowid is not None:
            # Only originals are ever a reprint's candidate; the assigner has seen this one.
            pairs = [(k, cursor.lastrowid) for k in keys]
            self.conn.executemany("INSERT INTO band_keys (key, seq) VALUES (?, ?)", pairs)
            self.conn.executemany("INSERT INTO recent.bands (key, seq) VALUES (?, ?)", pairs)
            self._seen = max(self._seen, cursor.lastrowid)
        self.conn.execute(
            "INSERT INTO stories (id, created_at, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at",
            (story_id, at, at),
        )
        return outcome, story_id

    def _reprint_of(self, sig: np.ndarray, keys: Sequence[str]) -> tuple[int, str] | None:
        """The original this article near-copies: among the stored originals sharing a band,
        the few sharing the most bands are verified, earliest first on ties. Verifying every
        sharer made ingest quadratic: template lines put thousands of articles on one band
        (synthetic 1M stream: up to 2,144 per key, ingest fell from ~900 to ~350 articles/s)."""
        marks = ",".join("?" * len(keys))
        candidates = self.conn.execute(
            f"SELECT seq, COUNT(*) AS shared FROM recent.bands WHERE key IN ({marks}) "
            "GROUP BY seq ORDER BY shared DESC, seq LIMIT ?",
            (*keys, REPRINT_CANDIDATES),
        ).fetchall()
        if not candidates:
            return None
        seqs = [int(seq) for seq, _ in candidates]
        stored = {
            int(seq): (str(story_id), blob)
            for seq, story_id, blob in self.conn.execute(
                f"SELECT seq, story_id, signature FROM articles WHERE seq IN ({','.join('?' * len(seqs))}) "
                "AND reprint_of IS NULL",
                seqs,
            )
        }
        for seq in seqs:  # in candidate order: the first that verifies is the original
            if seq not in stored:
                continue
            story_id, blob = stored[seq]
            if dedupe.similarity(sig, np.frombuffer(blob, dtype=np.uint64)) >= dedupe.REPRINT:
                return seq, story_id
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

    def _refresh_digest(self, story_id: str) -> None:
        from ringkas.pipeline import summarize
        from ringkas.render import to_json_dict

        try:
            data = to_json_dict(summarize(self.articles(story_id)))
        except InputError:
            return  # nothing summarizable yet (e.g. only another language): no version
        text = json.dumps(data, ensure_ascii=False, sort_keys=True)
        last = self.conn.execute(
            "SELECT version, digest FROM digest_versions WHERE story_id = ? ORDER BY version DESC LIMIT 1",
            (story_id,),
        ).fetchone()
        if last and last[1] == text:
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
            "GROUP_CONCAT(DISTINCT a.outlet), MIN(a.published), "
            "(SELECT MAX(version) FROM digest_versions d WHERE d.story_id = s.id), "
            "(SELECT title FROM articles t WHERE t.story_id = s.id AND t.title != '' ORDER BY t.seq LIMIT 1) "
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
            self.conn.execute(f"DELETE FROM stories WHERE id IN ({gone})")
            for story_id in sorted(set(labels)):
                self._refresh_digest(story_id)
        self.assigner = Assigner()
        self._seen, self._saved = 0, -1
        self._replay()
        return len(set(labels))
