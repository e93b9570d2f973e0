"""`ringkas batch`: clean, dedupe, group into stories and summarize a whole dataset at once."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from ringkas.errors import ConfigError, RingkasError

ENGINES = ("local", "spark")


def register(app: typer.Typer) -> None:
    app.command("batch")(batch)


def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files or folders (.txt, .html, .jsonl, .parquet), or - for stdin (Spark: any "
            "URI of JSONL or Parquet)."
        ),
    ],
    output: Annotated[
        str, typer.Option("--output", "-o", help="Folder for the tables (Spark: any URI).")
    ],
    engine: Annotated[str, typer.Option(help="local (reference) or spark.")] = "local",
    master: Annotated[
        str | None,
        typer.Option(
            help="Spark master URL (spark engine); default: spark-submit's --master, else local[*]."
        ),
    ] = None,
    partitions: Annotated[int, typer.Option(help="Spark shuffle partitions (spark engine).")] = 8,
    words: Annotated[int, typer.Option("--words", "-w", help="Word budget of each digest.")] = 120,
) -> None:
    """Stories and digests for a whole dataset: articles, stories and digests tables as JSONL and
    Parquet in OUTPUT, the lines that could not be used in OUTPUT/rejected.txt.

    Example: ringkas batch articles.jsonl --output out --engine spark --master local[2]
    """
    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r}; choose local or spark")
    if not 10 <= words <= 2000:
        raise ConfigError(f"--words must be between 10 and 2000, got {words}")
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)  # stdout keeps only the result line

    def say(line: str) -> None:
        if console.is_terminal:  # quiet when piped or redirected
            console.print(f"  {line}", highlight=False)

    started = time.perf_counter()
    with Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as bar:
        task = bar.add_task(f"batch ({engine}): 0 articles read", total=None)

        def rows(n: int) -> None:
            bar.update(task, description=f"batch ({engine}): {n:,} articles read")

        if engine == "spark":
            from ringkas.engines import spark

            try:
                report = spark.run(
                    inputs, output, words=words, master=master, partitions=partitions, progress=say
                )
            except RingkasError:
                raise
            except Exception as exc:  # a Spark or Java failure: one line, the log has the rest
                first = (str(exc).strip().splitlines() or [""])[0][:300]
                raise RingkasError(f"spark engine failed: {type(exc).__name__}: {first}") from None
        else:
            from ringkas.engines import local

            report = local.run(inputs, Path(output), words=words, progress=say, on_row=rows)
    typer.echo(
        f"{report.articles} read · {report.rejected} rejected · {report.duplicates} duplicates · "
        f"{report.reprints} reprints · {report.originals} originals · {report.stories} stories "
        f"({report.blocks} blocks, largest {report.largest_block}) · "
        f"{time.perf_counter() - started:.1f} s · {report.engine} → {output}"
    )
