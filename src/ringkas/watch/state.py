"""What the watcher fetched, when, with which validators and outcome: rows of ``fetch_state``
(store migration 3). Written in the transaction that stores the articles, so a killed watcher
loses nothing and a restart fetches nothing twice."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ringkas.stories.store import now
from ringkas.watch.feeds import FeedItem

PENDING, DONE, FAILED = "pending", "done", "failed"


@dataclass(frozen=True, slots=True)
class Validators:
    etag: str = ""
    last_modified: str = ""


@dataclass(frozen=True, slots=True)
class PendingPage:
    url: str
    feed: str
    outlet: str
    title: str
    published: date | None
    attempts: int


def feed_validators(conn: sqlite3.Connection, url: str) -> Validators:
    row = conn.execute(
        "SELECT etag, last_modified FROM fetch_state WHERE kind = 'feed' AND url = ?", (url,)
    ).fetchone()
    return Validators(row[0], row[1]) if row else Validators()


def record_feed(
    conn: sqlite3.Connection,
    url: str,
    name: str,
    *,
    status: int,
    state: str,
    validators: Validators | None = None,
    error: str = "",
) -> None:
    """The feed's last fetch; validators are replaced only by a 200 (a 304 or failure keeps them)."""
    conn.execute(
        "INSERT INTO fetch_state (kind, url, feed, state, status, etag, last_modified, fetched_at, error) "
        "VALUES ('feed', :url, :name, :state, :status, :etag, :lm, :at, :error) "
        "ON CONFLICT(kind, url) DO UPDATE SET feed = :name, state = :state, status = :status, "
        "etag = CASE WHEN :replace THEN :etag ELSE etag END, "
        "last_modified = CASE WHEN :replace THEN :lm ELSE last_modified END, "
        "fetched_at = :at, error = :error",
        {
            "url": url,
            "name": name,
            "state": state,
            "status": status,
            "etag": validators.etag if validators else "",
            "lm": validators.last_modified if validators else "",
            "replace": validators is not None,
            "at": now(),
            "error": error,
        },
    )


def add_items(
    conn: sqlite3.Connection, feed: str, outlet: str, items: Sequence[FeedItem]
) -> tuple[int, int]:
    """Queue the items not seen before (by URL, from any feed); returns (queued, already known)."""
    queued = 0
    for item in items:
        cursor = conn.execute(
            "INSERT OR IGNORE INTO fetch_state (kind, url, feed, outlet, title, published, state) "
            "VALUES ('page', ?, ?, ?, ?, ?, ?)",
            (
                item.url,
                feed,
                outlet,
                item.title,
                item.published.isoformat() if item.published else None,
                PENDING,
            ),
        )
        queued += cursor.rowcount
    return queued, len(items) - queued


def pending_pages(conn: sqlite3.Connection) -> tuple[PendingPage, ...]:
    """Pages still to fetch, in the order they were queued (feeds in file order, items in feed order)."""
    rows = conn.execute(
        "SELECT url, feed, outlet, title, published, attempts FROM fetch_state "
        "WHERE kind = 'page' AND state = ? ORDER BY seq",
        (PENDING,),
    ).fetchall()
    return tuple(
        PendingPage(url, feed, outlet, title, date.fromisoformat(day) if day else None, attempts)
        for url, feed, outlet, title, day, attempts in rows
    )


def known_pages(conn: sqlite3.Connection, feed: str) -> int:
    row = conn.execute(
        "SELECT COUNT(*) FROM fetch_state WHERE kind = 'page' AND feed = ? AND state != ?",
        (feed, PENDING),
    ).fetchone()
    return int(row[0])


def record_page(
    conn: sqlite3.Connection,
    url: str,
    *,
    state: str,
    status: int,
    outcome: str = "",
    validators: Validators = Validators(),
    error: str = "",
    attempts: int = 0,
) -> None:
    conn.execute(
        "UPDATE fetch_state SET state = ?, status = ?, outcome = ?, etag = ?, last_modified = ?, "
        "fetched_at = ?, error = ?, attempts = ? WHERE kind = 'page' AND url = ?",
        (
            state,
            status,
            outcome,
            validators.etag,
            validators.last_modified,
            now(),
            error,
            attempts,
            url,
        ),
    )
