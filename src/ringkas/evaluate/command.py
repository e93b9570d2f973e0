"""`ringkas eval`: ROUGE of every method and peer on a dataset, as a table and as JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

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
) -> None:
    """Score digests against human references (ROUGE-1/2/L F1 and recall, 95% bootstrap CI).

    The headline is ROUGE averaged over each item's references (DUC / ROUGE-1.5.5 style); the
    best-matching reference's figure is shown beside it. English sets are tokenized with the
    Porter stemmer (as Multi-News papers report), Indonesian ones without a stemmer.

    Example: ringkas eval ../shared/datasets/indosum-single-dev.jsonl --sample 500 --seed 0
    """
    from rich.console import Console
    from rich.progress import Progress

    from ringkas.evaluate.datasets import load_dataset, references_language
    from ringkas.evaluate.run import evaluate, systems_for

    items = load_dataset(dataset, limit=limit, seed=seed)
    names = systems_for(method or [], peers, sumy)
    written_in = language if language != "auto" else references_language(items)
    tokenizations = ("indonesian", "default") if written_in != "en" else ("english", "default")
    with Progress(transient=True) as bar:
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
    console = Console()
    for summary in summaries:
        console.print(table(summary))
    if json_out:
        json_out.write_text(json.dumps(summaries, indent=2) + "\n", encoding="utf-8")


def table(summary: dict[str, Any]) -> Any:
    from rich.table import Table

    t = Table(
        title=f"{summary['dataset']} · {summary['items']} items · {summary['words']} words · "
        f"tokens: {summary['tokenization']} · references averaged"
    )
    t.add_column("system")
    for metric in ("R-1", "R-2", "R-L"):
        t.add_column(f"{metric} F1 [95% CI]", justify="right")
    t.add_column("R-1 / R-2 recall", justify="right")
    t.add_column("best ref. R-1 / R-2", justify="right")
    ranked = sorted(summary["systems"].items(), key=lambda kv: -kv[1]["rouge1"]["f1"]["mean"])
    for name, metrics in ranked:
        cells = [
            f"{metrics[m]['f1']['mean']:.2f} [{metrics[m]['f1']['low']:.1f}, {metrics[m]['f1']['high']:.1f}]"
            for m in ("rouge1", "rouge2", "rougeL")
        ]
        recall = (
            f"{metrics['rouge1']['recall']['mean']:.1f} / {metrics['rouge2']['recall']['mean']:.1f}"
        )
        top = f"{metrics['rouge1']['best_f1']['mean']:.1f} / {metrics['rouge2']['best_f1']['mean']:.1f}"
        style = "bold" if name == summary["default"] else None
        t.add_row(name, *cells, recall, top, style=style)
    return t
