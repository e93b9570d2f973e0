"""The story store: one SQLite file, WAL journal, schema migrations versioned in code.

synchronous=FULL: a transaction reported committed survives a crash or power cut (WAL with
NORMAL may lose the last commits on power loss). Every batch is one transaction, so a killed
ingest loses at most the batch in flight and never leaves half of one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ringkas.errors import StoreError
from ringkas.model import Article, Removed

MIGRATIONS: tuple[str, ...] = (
    # 1: articles, their revisions, stories, digest versions
    """
    CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        url TEXT NOT NULL DEFAULT '',
        outlet TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        published TEXT,
        ingested_at TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT 'id',
        raw TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL,
        removed TEXT NOT NULL DEFAULT '[]',
        story_id TEXT NOT NULL,
        reprint_of INTEGER REFERENCES articles(seq),
        signature BLOB NOT NULL
    );
    CREATE INDEX articles_story ON articles(story_id);
    CREATE INDEX articles_url ON articles(url) WHERE url != '';
    CREATE TABLE band_keys (key TEXT NOT NULL, seq INTEGER NOT NULL REFERENCES articles(seq));
    CREATE INDEX band_keys_key ON band_keys(key);
    CREATE TABLE revisions (
        seq INTEGER NOT NULL REFERENCES articles(seq),
        content_hash TEXT NOT NULL,
        body TEXT NOT NULL,
        raw TEXT NOT NULL,
        replaced_at TEXT NOT NULL
    );
    CREATE TABLE stories (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, updated_at TEXT NOT NULL);
    CREATE TABLE digest_versions (
        story_id TEXT NOT NULL REFERENCES stories(id),
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        digest TEXT NOT NULL,
        PRIMARY KEY (story_id, version)
    );
    """,
    # 2: a plain index on url: the partial one (WHERE url != '') cannot serve "url = ?" with a
    # bound parameter, which made every revision check a full scan (ingest slowed as it grew).
    """
    DROP INDEX articles_url;
    CREATE INDEX articles_url_all ON articles(url);
    """,
    # 3: what `ringkas watch` fetched (feeds and pages): when, the HTTP status, the validators
    # for conditional GETs, and a page's state (pending → done | failed), written in the
    # transaction that stores its article, so a restart neither loses nor refetches a page.
    """
    CREATE TABLE fetch_state (
        seq INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        url TEXT NOT NULL,
        feed TEXT NOT NULL DEFAULT '',
        outlet TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        published TEXT,
        state TEXT NOT NULL,
        status INTEGER NOT NULL DEFAULT 0,
        outcome TEXT NOT NULL DEFAULT '',
        etag TEXT NOT NULL DEFAULT '',
        last_modified TEXT NOT NULL DEFAULT '',
        fetched_at TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        error TEXT NOT NULL DEFAULT '',
        UNIQUE (kind, url)
    );
    CREATE INDEX fetch_state_state ON fetch_state(kind, state);
    """,
    # 4: band_keys becomes an append-only log (no random-key index on disk: at 300k articles its
    # 16 inserts per original dirtied ~13k index pages per 1,000-article batch, every one written
    # to the WAL and again at the checkpoint); the reprint lookup reads the recent part into an
    # in-memory index (StoryService). An index on seq (always appended at the right edge) finds
    # that part. assigner_state holds a pickled Assigner as of article seq `seen`, so opening a
    # store does not replay every original.
    """
    DROP INDEX band_keys_key;
    CREATE INDEX band_keys_seq ON band_keys(seq);
    CREATE TABLE assigner_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seen INTEGER NOT NULL,
        fingerprint TEXT NOT NULL,
        state BLOB NOT NULL
    );
    """,
    # 5: the reprint lookup's log is one row per original, its MinHash signature keyed by seq
    # (always appended at the right edge of the rowid tree), instead of 16 band-key rows and an
    # index on seq: the band keys are slices of the signature, so the in-memory index of the last
    # REPRINT_HORIZON articles is rebuilt from ~45k compact rows when a store opens (the 16-row
    # log took ~1 s to read back at 300k articles) and verified without reading the articles.
    # Filled from the articles already stored (their signature column), so nothing is lost.
    """
    CREATE TABLE original_signatures (
        seq INTEGER PRIMARY KEY REFERENCES articles(seq),
        signature BLOB NOT NULL
    );
    INSERT INTO original_signatures (seq, signature)
        SELECT seq, signature FROM articles WHERE reprint_of IS NULL ORDER BY seq;
    DROP TABLE band_keys;
    """,
    # 6: stories whose originals changed since their last digest, and the article seq from which
    # (StoryService.DIGEST_LAG): written in the batch transaction that changed them, so a crash
    # never leaves a story's digest stale without its row here; the next ingest digests it.
    """
    CREATE TABLE digest_pending (story_id TEXT PRIMARY KEY, since INTEGER NOT NULL);
    CREATE INDEX digest_pending_since ON digest_pending(since);
    """,
)


CACHE_KIB = 128 * 1024


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def open_store(path: str | Path) -> sqlite3.Connection:
    """Open (creating and migrating) the store; StoreError with the path when it cannot be used."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=30.0)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        # 128 MiB of page cache (default 2 MiB): the unique content_hash index and the story
        # index take random-key lookups and inserts; past the cache each is a read from the OS.
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA temp_store = MEMORY")
        _migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a usable ringkas store ({exc})") from None
    except OSError as exc:
        raise StoreError(f"{path}: cannot open ({exc.strerror or exc})") from None
    return conn


def _migrate(conn: sqlite3.Connection) -> None:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > len(MIGRATIONS):
        raise StoreError(f"store schema {version} is newer than this ringkas ({len(MIGRATIONS)})")
    for number in range(version, len(MIGRATIONS)):
        with transaction(conn):
            _run(conn, MIGRATIONS[number])
            conn.execute(f"PRAGMA user_version = {number + 1}")


def _run(conn: sqlite3.Connection, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def removed_json(article: Article) -> str:
    """The store's ``removed`` column: the pieces the cleaner removed, with their reasons."""
    return json.dumps([[r.text, r.reason] for r in article.removed], ensure_ascii=False)


def article_row(article: Article, removed: str | None = None) -> dict[str, Any]:
    """The store's columns of an article (``removed``: ``removed_json(article)`` when known)."""
    return {
        "id": article.id,
        "url": article.url,
        "outlet": article.outlet,
        "title": article.title,
        "place": article.place,
        "published": article.published.isoformat() if article.published else None,
        "source": article.source,
        "language": article.language,
        "raw": article.raw,
        "body": article.body,
        "removed": removed_json(article) if removed is None else removed,
    }


def row_article(row: sqlite3.Row | Sequence[Any], names: Sequence[str]) -> Article:
    return article_from_row(dict(zip(names, row, strict=True)))


def article_from_row(data: Mapping[str, Any]) -> Article:
    """The Article of an ``article_row`` (the store's, or a batch engine's without ``raw``)."""
    return Article(
        id=data["id"],
        body=data["body"],
        outlet=data["outlet"],
        title=data["title"],
        place=data["place"],
        url=data["url"],
        published=date.fromisoformat(data["published"]) if data["published"] else None,
        language=data["language"],
        source=data["source"],
        removed=tuple(Removed(text, reason) for text, reason in json.loads(data["removed"])),
        raw=data.get("raw") or "",
    )


ARTICLE_COLUMNS = (
    "id",
    "body",
    "outlet",
    "title",
    "place",
    "url",
    "published",
    "language",
    "source",
    "removed",
    "raw",
)
