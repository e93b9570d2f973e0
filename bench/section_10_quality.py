"""ROUGE of every ringkas method and every peer on the shared datasets (`ringkas eval`)."""

from __future__ import annotations

from typing import Any

from bench.common import DATASETS


def _table(summary: dict[str, Any]) -> list[str]:
    rows = [
        "| system | R-1 F1 [95% CI] | R-2 F1 [95% CI] | R-L F1 | R-1 recall |",
        "|---|---:|---:|---:|---:|",
    ]
    ranked = sorted(summary["systems"].items(), key=lambda kv: -kv[1]["rouge1"]["f1"]["mean"])
    for name, m in ranked:
        mark = "**" if name == summary["default"] else ""
        r1, r2 = m["rouge1"]["f1"], m["rouge2"]["f1"]
        rows.append(
            f"| {mark}{name}{mark} | {r1['mean']:.2f} [{r1['low']:.1f}, {r1['high']:.1f}] | "
            f"{r2['mean']:.2f} [{r2['low']:.1f}, {r2['high']:.1f}] | {m['rougeL']['f1']['mean']:.2f} | "
            f"{m['rouge1']['recall']['mean']:.1f} |"
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
    from ringkas.evaluate.datasets import load_dataset
    from ringkas.evaluate.run import evaluate, systems_for

    names = systems_for([], peers=True, sumy=True)
    single_n = 100 if quick else 500
    runs = [
        ("indosum-multi-dev.jsonl", None, "all 31 pseudo multi-document clusters"),
        (
            "indosum-single-dev.jsonl",
            single_n,
            f"a seeded sample of {single_n} single articles (seed 0)",
        ),
    ]
    out = [
        "## Quality: ROUGE against human references",
        "",
        "Every system truncated to 100 words. Tokenization for Indonesian: lower-case, hyphenated "
        "reduplication kept as one token, no stemmer; the rouge-score default tokenization is "
        "reported beside it. sumy gets ringkas's splitter, Sastrawi stems and stopwords. "
        "Reproduce one table: `ringkas eval ../shared/datasets/<file>` (add `--limit 500` for the single set).",
        "",
    ]
    for file, limit, what in runs:
        items = load_dataset(DATASETS / file, limit=limit, seed=0)
        reports = evaluate(
            items, names, dataset=file, words=100, tokenizations=("indonesian", "default")
        )
        indonesian, default = (r.summary() for r in reports)
        out += [f"### {file} — {what}", "", *_table(indonesian), "", *_gaps(indonesian), ""]
        d = default["systems"]
        out.append(
            "rouge-score default tokenization, R-1/R-2 F1: "
            + ", ".join(
                f"{k} {v['rouge1']['f1']['mean']:.1f}/{v['rouge2']['f1']['mean']:.1f}"
                for k, v in sorted(d.items())
            )
        )
        out.append("")
    return "\n".join(out)
