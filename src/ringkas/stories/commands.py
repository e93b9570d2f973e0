"""`ringkas ingest` and `ringkas stories …`: the story store from the command line."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from dataclasses import asdict
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

stories_app = typer.Typer(
    help="Stories in the store: list, show a digest, what changed, recluster.", no_args_is_help=True
)


def default_db() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("ringkas")) / "ringkas.db"


DbOption = Annotated[
    Path | None,
    typer.Option("--db", envvar="RINGKAS_DB", help="Store file (default: the user data dir)."),
]


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.add_typer(stories_app, name="stories")


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, JSONL, or - for stdin.")],
    db: DbOption = None,
    batch_size: Annotated[int, typer.Option(help="Articles per transaction.")] = 500,
    digests: Annotated[
        bool,
        typer.Option(
            "--digests/--no-digests",
            help="Keep touched digests current (each at most 5,000 articles behind during a long ingest, all current when it returns).",
        ),
    ] = True,
    workers: Annotated[
        int | None,
        typer.Option(
            min=0,
            help="Processes that clean and prepare articles, and compute digests, beside the one "
            "that stores them (default: one per core, at most 4, at a lower priority than the "
            "one that stores; 0: all in one process). They start after the first 2,000 articles "
            "(or when many digests are due); the result is the same for any number.",
        ),
    ] = None,
) -> None:
    """Add articles to the store: duplicates are skipped, reprints counted, stories updated.

    Example: ringkas ingest ../shared/corpus/seed-kim-putin --db stories.db
    """
    from rich.progress import Progress

    from ringkas.ingest import Problem
    from ringkas.stories.prepare import Prepared, default_workers, iter_prepared
    from ringkas.stories.service import StoryService
    from ringkas.stories.workers import WorkerPool

    rejected: list[str] = []
    count = default_workers() if workers is None else workers
    pool = WorkerPool(count) if count > 0 else None

    def articles() -> Iterator[Prepared]:
        for item in iter_prepared(paths, stdin=sys.stdin if "-" in paths else None, pool=pool):
            if isinstance(item, Problem) and item.warning:
                typer.echo(f"warning: {item.line}", err=True)  # the article follows and is stored
            elif isinstance(item, Problem):
                rejected.append(item.line)
                typer.echo(f"rejected: {item.line}", err=True)
            else:
                yield item

    with (
        StoryService(db or default_db()) as service,
        Progress(transient=True) as bar,
        pool or contextlib.nullcontext(),
    ):
        task = bar.add_task("ingesting", total=None)
        report = service.ingest(
            articles(),
            batch_size=batch_size,
            digests=digests,
            progress=lambda n: bar.advance(task, n),
            pool=pool,
            finishing=lambda n: bar.update(task, description=f"digesting {n:,} stories"),
        )
    stored = report.new + report.duplicate + report.reprint + report.revised
    typer.echo(
        f"new {report.new} · duplicate {report.duplicate} · reprint {report.reprint} · revised {report.revised} · "
        f"rejected {len(rejected)} · stories touched {len(report.stories_touched)}"
    )
    if not stored:
        raise typer.Exit(1)


# A story's title in the table: a digest's heading may be its summary's whole first sentence.
TITLE_CHARS = 48


def _shortened(text: str, limit: int) -> str:
    """``text`` cut at a word before ``limit`` characters, with "…" (whole when it fits)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:")
    return f"{cut}…"


@stories_app.command("list")
def list_stories(
    db: DbOption = None,
    since: Annotated[
        datetime | None, typer.Option(help="Only stories updated since (ISO time).")
    ] = None,
    min_outlets: Annotated[
        int, typer.Option(help="Only stories with at least this many outlets.")
    ] = 1,
    fmt: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """List stories, most recently updated first."""
    from ringkas.stories.service import StoryService

    with StoryService(db or default_db()) as service:
        rows = service.stories(since=since, min_outlets=min_outlets)
    if fmt == "json":
        typer.echo(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=2))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table()
    table.add_column("story", no_wrap=True)  # whole: what `stories show` takes
    for name in ("title", "articles", "reprints", "outlets", "digest v."):
        table.add_column(name)
    for r in rows:
        table.add_row(
            r.id,
            _shortened(r.title, TITLE_CHARS),
            str(r.articles),
            str(r.reprints),
            ", ".join(r.outlets),
            str(r.digest_version),
        )
    Console().print(table)


@stories_app.command("show")
def show(
    story_id: Annotated[str, typer.Argument(help="Story id from `ringkas stories list`.")],
    db: DbOption = None,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="text, markdown, json or html.")
    ] = "text",
) -> None:
    """The story's digest, from all its outlets (the same as `ringkas summarize` on them)."""
    from ringkas.render import render
    from ringkas.stories.service import StoryService

    with StoryService(db or default_db()) as service:
        sys.stdout.write(render(service.digest(story_id), fmt))


@stories_app.command("diff")
def diff(
    story_id: Annotated[str, typer.Argument()],
    db: DbOption = None,
    from_version: Annotated[
        int | None, typer.Option("--from", help="Compare from this digest version.")
    ] = None,
) -> None:
    """What changed in a story's digest: new outlets, sentences, conflicts, dates, entities."""
    from ringkas.stories.service import StoryService

    with StoryService(db or default_db()) as service:
        d = service.diff(story_id, from_version)
    typer.echo(json.dumps(asdict(d), ensure_ascii=False, indent=2))


@stories_app.command("recluster")
def recluster(db: DbOption = None) -> None:
    """Recompute every story assignment in one batch pass (same functions as the stream)."""
    from ringkas.stories.service import StoryService

    with StoryService(db or default_db()) as service:
        typer.echo(f"{service.recluster()} stories")
