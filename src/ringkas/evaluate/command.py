"""`ringkas eval`: ROUGE of every method and peer on a dataset, as a table and as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)


def eval_command(
    dataset: Annotated[
        Path, typer.Argument(help="JSONL: one cluster per line with reference summaries.")
    ],
    method: Annotated[
        list[str] | None, typer.Option("--method", "-m", help="ringkas methods (default: all).")
    ] = None,
    words: Annotated[int, typer.Option(help="Word budget every system is truncated to.")] = 100,
    peers: Annotated[
        bool, typer.Option("--peers/--no-peers", help="Lead, round-robin lead, random, oracle.")
    ] = True,
    sumy: Annotated[
        bool, typer.Option("--sumy/--no-sumy", help="sumy's summarizers (bench extra).")
    ] = True,
    limit: Annotated[
        int | None,
        typer.Option("--sample", "--limit", help="Evaluate a seeded sample of this many items."),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the sample.")] = 0,
    language: Annotated[str, typer.Option(help="auto, id or en.")] = "auto",
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the figures here.")
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="auto (a table on a terminal, Markdown when piped), table, markdown, json or csv.",
        ),
    ] = "auto",
) -> None:
    """Score digests against human references (ROUGE-1/2/L F1 and recall, 95% bootstrap CI).

    The headline is ROUGE averaged over each item's references (DUC / ROUGE-1.5.5 style); the
    best-matching reference's figure is shown beside it. English sets are tokenized with the
    Porter stemmer (as Multi-News papers report), Indonesian ones without a stemmer.

    Example: ringkas eval ../shared/datasets/indosum-single-dev.jsonl --sample 500 --seed 0
    """
    from rich.console import Console
    from rich.progress import Progress

    from ringkas.errors import ConfigError
    from ringkas.evaluate import output
    from ringkas.evaluate.datasets import load_dataset, references_language
    from ringkas.evaluate.run import evaluate, systems_for

    if fmt not in output.FORMATS:
        raise ConfigError(f"unknown format {fmt!r}; choose one of {', '.join(output.FORMATS)}")
    console = Console()
    if fmt == "auto":
        fmt = "table" if console.is_terminal else "markdown"

    items = load_dataset(dataset, limit=limit, seed=seed)
    names = systems_for(method or [], peers, sumy)
    written_in = language if language != "auto" else references_language(items)
    tokenizations = ("indonesian", "default") if written_in != "en" else ("english", "default")
    with Progress(transient=True, console=Console(stderr=True)) as bar:
        task = bar.add_task(f"evaluating {len(names)} systems", total=len(items))
        reports = evaluate(
            items,
            names,
            dataset=dataset.name,
            words=words,
            tokenizations=tokenizations,
            language=language,
            progress=lambda n: bar.advance(task, n),
        )
    summaries = [r.summary() for r in reports]
    if fmt == "table":
        for summary in summaries:
            console.print(output.rich_table(summary))
    else:
        write = {"markdown": output.markdown, "json": output.as_json, "csv": output.as_csv}[fmt]
        typer.echo(write(summaries), nl=False)
    if json_out:
        json_out.write_text(json.dumps(summaries, indent=2) + "\n", encoding="utf-8")
