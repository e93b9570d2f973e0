"""The `ringkas` command line: parse → call the core → print. Errors are one line, never a traceback."""

from __future__ import annotations

import functools
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from ringkas.errors import ConfigError, RingkasError

app = typer.Typer(
    name="ringkas",
    help="Cited, conflict-aware digests of Indonesian news clusters.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

EXIT_INPUT = 1
EXIT_USAGE = 2


def fail(message: str, code: int = EXIT_INPUT) -> typer.Exit:
    """Print one error line to stderr and return the Exit to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def warn(message: str) -> None:
    typer.echo(f"warning: {message}", err=True)


@app.command()
def summarize(
    paths: Annotated[
        list[str], typer.Argument(help="Files or folders (.txt, .html, .jsonl), or - for stdin.")
    ],
    words: Annotated[int, typer.Option("--words", "-w", help="Word budget of the summary.")] = 120,
    fmt: Annotated[
        str, typer.Option("--format", "-f", help="text, markdown, json or html.")
    ] = "text",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    method: Annotated[
        str, typer.Option(help="Selection method (see `ringkas methods`).")
    ] = "default",
    language: Annotated[str, typer.Option(help="auto, id or en.")] = "auto",
    show_removed: Annotated[
        bool, typer.Option("--show-removed", help="Also list the boilerplate removed.")
    ] = False,
    keep_unrelated: Annotated[
        bool,
        typer.Option(
            "--keep-unrelated",
            help="Keep an article that shares almost no words with the others (by default it "
            "is left out as about another event when most articles report one).",
        ),
    ] = False,
) -> None:
    """Summarize one cluster of articles about one event.

    Example: ringkas summarize examples/gempa-sukabumi --words 100 --format markdown
    """
    from ringkas.config import Config
    from ringkas.ingest import load
    from ringkas.pipeline import summarize as run
    from ringkas.render import FORMATS, render

    if fmt not in FORMATS:
        raise fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", EXIT_USAGE)
    config = Config(words=words, method=method, language=language, keep_unrelated=keep_unrelated)
    loaded = load(paths, stdin=sys.stdin if "-" in paths else None)
    for problem in loaded.problems:
        warn(problem)
    if not loaded.articles:
        raise fail("no readable article in the input")
    digest = run(loaded.articles, config)
    for note in digest.warnings:
        if ": " in note and not note.startswith("single source"):
            warn(note)
    text = render(digest, fmt, show_removed=show_removed)
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise fail(f"{output}: cannot write ({exc.strerror or exc})") from None


@app.command()
def methods() -> None:
    """List the selection methods (scorer + selector) and the default."""
    from ringkas.select.describe import describe
    from ringkas.select.registry import DEFAULT_METHOD, METHODS

    for name in sorted(METHODS):
        mark = " (default)" if name == DEFAULT_METHOD else ""
        info = describe(name, METHODS[name]())
        typer.echo(f"{name}{mark}: {info.description or 'no description'}")


def _register_faces() -> None:
    """Commands that live beside their feature; each module imports its heavy parts lazily."""
    from ringkas.api import command as api_command
    from ringkas.engines import command as batch_command
    from ringkas.evaluate import command as evaluate_command
    from ringkas.stories import commands as stories_commands
    from ringkas.watch import command as watch_command

    evaluate_command.register(app)
    api_command.register(app)
    batch_command.register(app)
    stories_commands.register(app)
    watch_command.register(app)


def _one_line_errors(command: Callable[..., Any]) -> Callable[..., Any]:
    """Turn ringkas errors raised by a command into one line on stderr and an exit code."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except ConfigError as exc:
            raise fail(str(exc), EXIT_USAGE) from None
        except RingkasError as exc:
            raise fail(str(exc), EXIT_INPUT) from None

    return run


def _guard(typer_app: typer.Typer) -> None:
    for info in typer_app.registered_commands:
        if info.callback is not None:
            info.callback = _one_line_errors(info.callback)
    for group in typer_app.registered_groups:
        if group.typer_instance is not None:
            _guard(group.typer_instance)


_register_faces()
_guard(app)


class Terminated(BaseException):
    """SIGTERM arrived (a service manager, ``kill``). A BaseException, like KeyboardInterrupt:
    nothing that handles errors catches it on its way out."""


def _terminated(signum: int, frame: object) -> None:
    """SIGTERM stops a command as Ctrl-C does: the batch being stored rolls back, the worker
    processes are stopped and the store is closed, instead of the process vanishing mid-step
    (its workers then left to notice, and multiprocessing's resource tracker printing a warning
    about what it had to clean up). ``ringkas watch`` and ``ringkas serve`` install their own."""
    raise Terminated


def main() -> None:
    """Entry point of the `ringkas` script."""
    signal.signal(signal.SIGTERM, _terminated)
    try:
        app()
    except Terminated:
        sys.exit(143)  # 128 + SIGTERM, what a shell reports for a terminated command
    except KeyboardInterrupt:
        typer.echo("interrupted", err=True)
        sys.exit(130)
