"""`ringkas watch FEEDS.toml --db stories.db [--once]`: the face of the watcher."""

from __future__ import annotations

import json
import signal
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer

from ringkas.errors import MissingExtraError, StoreError


def register(app: typer.Typer) -> None:
    app.command("watch")(watch)


def watch(
    feeds: Annotated[Path, typer.Argument(help="The feeds file (TOML; see feeds.example.toml).")],
    db: Annotated[
        Path | None,
        typer.Option("--db", envvar="RINGKAS_DB", help="Store file (default: the user data dir)."),
    ] = None,
    once: Annotated[
        bool, typer.Option("--once", help="Run one round and exit (for cron).")
    ] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """Poll the outlets' feeds, fetch new pages politely, and keep the stories current.

    Each round prints, per feed, the pages stored (new), those already fetched (unchanged) and
    the failures, each failure with its URL. Without --once it runs a round every `interval`
    seconds (a setting of the feeds file) until interrupted.

    Example: ringkas watch feeds.example.toml --db stories.db --once
    """
    from ringkas.cli import EXIT_USAGE, fail
    from ringkas.stories.commands import default_db
    from ringkas.watch.config import load_config

    if fmt not in ("text", "json"):
        raise fail(f"unknown format {fmt!r}; choose text or json", EXIT_USAGE)
    config = load_config(feeds)
    try:  # the `watch` extra; feedparser and defusedxml are otherwise imported only when used
        import defusedxml  # noqa: F401
        import feedparser  # noqa: F401

        from ringkas.watch.fetch import Fetcher
        from ringkas.watch.rounds import run_round
    except ImportError as exc:
        raise MissingExtraError("watch", exc.name or "httpx") from None
    from ringkas.stories.service import StoryService

    path = db or default_db()
    stop = threading.Event()
    with StoryService(path) as service, _stopped_by_signals(stop):
        fetcher = Fetcher(config)
        try:
            while not stop.is_set():
                try:
                    report = run_round(config, service, fetcher, stop)
                except sqlite3.Error as exc:  # e.g. the store stayed locked past its timeout
                    if once:
                        raise StoreError(f"{path}: the round stopped ({exc})") from None
                    typer.echo(f"error: {path}: the round stopped ({exc}); trying again", err=True)
                else:
                    _print(report, fmt)
                    if once:
                        break
                stop.wait(config.interval)
        finally:
            fetcher.close()
    if stop.is_set():
        typer.echo("interrupted", err=True)
        raise typer.Exit(130)  # 128 + SIGINT, what a shell reports for Ctrl-C
    if all(f.status == "failed" for f in report.feeds if f.url):
        raise typer.Exit(1)  # not one feed could be read: worth a non-zero exit for cron


@contextmanager
def _stopped_by_signals(stop: threading.Event) -> Iterator[None]:
    """Ctrl-C (or SIGTERM) asks the watcher to stop after the chunk it is storing: the round
    ends there, its report is printed, and the pages not reached stay queued for the next run.
    An interrupt raised at an arbitrary point could land inside the thread pool's or the
    store's bookkeeping; a second Ctrl-C still stops at once."""

    def asked(signum: int, frame: object) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        stop.set()

    if threading.current_thread() is not threading.main_thread():
        yield  # signal handlers belong to the main thread; elsewhere the caller stops us
        return
    before = {sig: signal.signal(sig, asked) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)


def _print(report: object, fmt: str) -> None:
    from ringkas.stories.store import now
    from ringkas.watch.rounds import RoundReport

    assert isinstance(report, RoundReport)
    if fmt == "json":
        typer.echo(json.dumps({"at": now(), **asdict(report)}, ensure_ascii=False, sort_keys=True))
        return
    width = max(len(f.name) for f in report.feeds)
    status = {"200": "feed read", "304": "feed unchanged (304)", "failed": "feed failed", "-": ""}
    for feed in report.feeds:
        typer.echo(
            f"{feed.name:<{width}}  new {feed.new} · unchanged {feed.unchanged} · "
            f"failed {feed.failed}  {status.get(feed.status, '')}".rstrip()
        )
    for failure in report.failures:
        typer.echo(f"failed: {failure.feed}: {failure.url}: {failure.reason}")
    new = sum(f.new for f in report.feeds)
    failed = sum(f.failed for f in report.feeds)
    typer.echo(
        f"{now()} · pages fetched {report.pages_fetched} · new {new} · failed {failed} · "
        f"stories touched {len(report.stories_touched)}"
    )
