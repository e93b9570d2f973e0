"""ROUGE of every ringkas method and every peer on the three shared dev sets (`ringkas eval`)."""

from __future__ import annotations

from typing import Any

from bench.common import DATASETS


def _cell(m: dict[str, float]) -> str:
    return f"{m['mean']:.2f} [{m['low']:.1f}, {m['high']:.1f}]"


def _table(summary: dict[str, Any]) -> list[str]:
    rows = [
        "| system | R-1 F1 [95% CI] | R-2 F1 [95% CI] | R-L F1 [95% CI] | R-1 recall | best ref. R-1 / R-2 |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    ranked = sorted(summary["systems"].items(), key=lambda kv: -kv[1]["rouge1"]["f1"]["mean"])
    for name, m in ranked:
        mark = "**" if name == summary["default"] else ""
        rows.append(
            f"| {mark}{name}{mark} | {_cell(m['rouge1']['f1'])} | {_cell(m['rouge2']['f1'])} | "
            f"{_cell(m['rougeL']['f1'])} | {m['rouge1']['recall']['mean']:.1f} | "
            f"{m['rouge1']['best_f1']['mean']:.1f} / {m['rouge2']['best_f1']['mean']:.1f} |"
        )
    return rows


def _gaps(summary: dict[str, Any]) -> list[str]:
    rows = [
        f"Default ({summary['default']}) minus each peer, paired per item, mean [95% bootstrap CI]:",
        "",
        "| peer | ΔR-1 | ΔR-2 |",
        "|---|---:|---:|",
    ]
    for name, gap in sorted(summary["default_minus_system"].items()):
        if name.startswith("ringkas:"):
            continue
        a, b = gap["rouge1"], gap["rouge2"]
        rows.append(
            f"| {name} | {a['mean']:+.2f} [{a['low']:+.1f}, {a['high']:+.1f}] | {b['mean']:+.2f} [{b['low']:+.1f}, {b['high']:+.1f}] |"
        )
    return rows


def run(quick: bool) -> str:
    from ringkas.evaluate.datasets import load_dataset, references_language
    from ringkas.evaluate.run import evaluate, systems_for

    names = systems_for([], peers=True, sumy=True)
    single_n = 100 if quick else 500
    runs = [
        ("indosum-multi-dev.jsonl", None, "all 31 pseudo multi-document clusters"),
        (
            "indosum-single-dev.jsonl",
            single_n,
            f"a seeded sample of {single_n} single articles (`--sample {single_n} --seed 0`)",
        ),
        ("multinews-dev.jsonl", None, "all 250 English multi-document clusters"),
    ]
    out = [
        "## Quality: ROUGE against human references",
        "",
        "Every system truncated to 100 words; ROUGE F1 **averaged over each item's references** "
        "(DUC / ROUGE-1.5.5 style; indosum-multi has one reference per article, the others one per "
        "item), the best-matching reference's R-1/R-2 beside it. Tokenization for Indonesian: "
        "lower-case, hyphenated reduplication kept as one token, no stemmer; for English "
        "(multinews-dev): rouge-score's tokenizer with its Porter stemmer, as Multi-News papers "
        "report. The learned methods (`ringkas:learned*`) are cross-validated by cluster: each "
        "cluster is scored by the fold model that never saw it (5 folds, clusters sharing an "
        "article in one fold). sumy gets ringkas's splitter, stems and stopwords. The oracle reads "
        "the references: a ceiling, not a peer. Reproduce one table: "
        "`ringkas eval ../shared/datasets/<file>` (add `--sample 500 --seed 0` for the single set).",
        "",
    ]
    for file, limit, what in runs:
        items = load_dataset(DATASETS / file, limit=limit, seed=0)
        english = references_language(items) == "en"
        (report,) = evaluate(
            items,
            names,
            dataset=file,
            words=100,
            tokenizations=("english",) if english else ("indonesian",),
            language="auto",
        )
        summary = report.summary()
        out += [f"### {file} — {what}", "", *_table(summary), "", *_gaps(summary), ""]
    return "\n".join(out)
