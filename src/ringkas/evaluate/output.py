"""How `ringkas eval` prints its figures: a Rich table on a terminal; Markdown, JSON or CSV otherwise.

Only formatting lives here (the figures are ``EvalReport.summary()`` dicts), so a piped or redirected
run never loses a column or a system name to the terminal's width.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

FORMATS = ("auto", "table", "markdown", "json", "csv")
METRICS = ("rouge1", "rouge2", "rougeL")
_LABELS = {"rouge1": "R-1", "rouge2": "R-2", "rougeL": "R-L"}


def ranked(summary: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Systems best R-1 F1 first; ties by name (stable, whatever the dict order)."""
    return sorted(
        summary["systems"].items(), key=lambda kv: (-kv[1]["rouge1"]["f1"]["mean"], kv[0])
    )


def caption(summary: dict[str, Any]) -> str:
    return (
        f"{summary['dataset']} · {summary['items']} items · {summary['words']} words · "
        f"tokens: {summary['tokenization']} · references averaged"
    )


def _f1(metrics: dict[str, Any], metric: str) -> str:
    f1 = metrics[metric]["f1"]
    return f"{f1['mean']:.2f} [{f1['low']:.1f}, {f1['high']:.1f}]"


def _recall(metrics: dict[str, Any]) -> str:
    return f"{metrics['rouge1']['recall']['mean']:.1f} / {metrics['rouge2']['recall']['mean']:.1f}"


def _best(metrics: dict[str, Any]) -> str:
    """F1 against each item's best-matching reference (the older, easier measure), beside."""
    if "best_f1" not in metrics["rouge1"]:
        return ""
    return (
        f"{metrics['rouge1']['best_f1']['mean']:.1f} / {metrics['rouge2']['best_f1']['mean']:.1f}"
    )


def markdown(summaries: list[dict[str, Any]]) -> str:
    """One plain Markdown table per tokenization; the default method in bold; nothing cut."""
    out: list[str] = []
    for summary in summaries:
        head = [
            "system",
            *(f"{_LABELS[m]} F1 [95% CI]" for m in METRICS),
            "R-1 / R-2 recall",
            "best ref. R-1 / R-2",
        ]
        out += [f"### {caption(summary)}", "", "| " + " | ".join(head) + " |"]
        out.append("|---|" + "---:|" * (len(head) - 1))
        for name, metrics in ranked(summary):
            label = f"**{name}**" if name == summary.get("default") else name
            cells = [label, *(_f1(metrics, m) for m in METRICS), _recall(metrics), _best(metrics)]
            out.append("| " + " | ".join(cells) + " |")
        out.append("")
    return "\n".join(out)


def as_csv(summaries: list[dict[str, Any]]) -> str:
    """One row per (tokenization, system): every figure as a number, for spreadsheets."""
    buffer = io.StringIO()
    columns = ["dataset", "items", "words", "tokenization", "system", "default"]
    for m in METRICS:
        columns += [f"{m}_f1", f"{m}_f1_low", f"{m}_f1_high", f"{m}_recall", f"{m}_best_f1"]
    writer = csv.DictWriter(buffer, columns, lineterminator="\n")
    writer.writeheader()
    for summary in summaries:
        for name, metrics in ranked(summary):
            row: dict[str, Any] = {
                "dataset": summary["dataset"],
                "items": summary["items"],
                "words": summary["words"],
                "tokenization": summary["tokenization"],
                "system": name,
                "default": name == summary.get("default"),
            }
            for m in METRICS:
                f1 = metrics[m]["f1"]
                row |= {
                    f"{m}_f1": f1["mean"],
                    f"{m}_f1_low": f1["low"],
                    f"{m}_f1_high": f1["high"],
                    f"{m}_recall": metrics[m]["recall"]["mean"],
                    f"{m}_best_f1": metrics[m].get("best_f1", {}).get("mean", ""),
                }
            writer.writerow(row)
    return buffer.getvalue()


def as_json(summaries: list[dict[str, Any]]) -> str:
    return json.dumps(summaries, indent=2) + "\n"


def rich_table(summary: dict[str, Any]) -> Any:
    from rich.table import Table

    t = Table(title=caption(summary))
    t.add_column("system", no_wrap=True)
    for metric in METRICS:
        t.add_column(f"{_LABELS[metric]} F1 [95% CI]", justify="right")
    t.add_column("R-1 / R-2 recall", justify="right")
    t.add_column("best ref. R-1 / R-2", justify="right")
    for name, metrics in ranked(summary):
        style = "bold" if name == summary.get("default") else None
        cells = (*(_f1(metrics, m) for m in METRICS), _recall(metrics), _best(metrics))
        t.add_row(name, *cells, style=style)
    return t
