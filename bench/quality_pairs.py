"""Two versions' default digests scored item by item, and the gap between them with its 95%
paired-bootstrap interval: what a change (a rule, a retrained model) did to quality, beyond
the two means `ringkas eval` prints.

    python -m bench.quality_pairs OLD/src [NEW/src]      # NEW: this worktree's src

Each version, in its own process (both are the package ``ringkas``), scores its default method
as `ringkas eval ... -m learned` does (cross-validated: a training cluster is digested by the
fold model that never saw it; ROUGE F1 averaged over each item's references, 100 words) on
indosum-multi-dev, multinews-dev, the 185 Indonesian pseudo clusters training builds from
indosum-single-dev (``select.train.pseudo_clusters``) and indosum-single-dev's seeded sample of
500 (``--sample 500 --seed 0``). Printed per set: both means of R-1 and R-2, new − old with its
interval (``evaluate.rouge.paired_gap_ci``), and how many items scored differently.
"""

from __future__ import annotations

import json
from pathlib import Path

from bench.common import DATASETS, two_versions, versions_main

METRICS = ("rouge1", "rouge2")


def _sets() -> list[tuple[str, object, str]]:
    """(name, items, tokenization) of every set scored, in a fixed order."""
    from ringkas.evaluate.datasets import load_dataset, sample
    from ringkas.select.train import pseudo_clusters

    single = load_dataset(DATASETS / "indosum-single-dev.jsonl")
    return [
        ("indosum-multi-dev", load_dataset(DATASETS / "indosum-multi-dev.jsonl"), "indonesian"),
        ("multinews-dev", load_dataset(DATASETS / "multinews-dev.jsonl"), "english"),
        ("pseudo-clusters", pseudo_clusters(single), "indonesian"),
        (
            "indosum-single-dev (500)",
            sample(single, 500, seed=0),  # what `--sample 500 --seed 0` scores
            "indonesian",
        ),
    ]


def write_scores(out: Path) -> int:
    """One JSON line per set: {"set", "rouge1": [F1 per item], "rouge2": [...]} (0–100)."""
    from ringkas.evaluate.run import evaluate

    written = 0
    with out.open("w", encoding="utf-8") as handle:
        for name, items, tokenization in _sets():
            report = evaluate(
                items,  # type: ignore[arg-type]
                ["ringkas:learned"],
                dataset=name,
                tokenizations=(tokenization,),
            )[0]
            scores = report.f1["ringkas:learned"]
            row = {"set": name, **{m: [100 * v for v in scores[m]] for m in METRICS}}
            handle.write(json.dumps(row) + "\n")
            written += 1
    return written


def compare(old_src: str, new_src: str) -> int:
    from ringkas.evaluate.rouge import paired_gap_ci

    versions = two_versions("bench.quality_pairs", old_src, new_src)
    if versions is None:
        return 2
    old, new = versions
    for a, b in zip(old, new, strict=True):
        parts = [f"{a['set']}, {len(a['rouge1'])} items:"]
        for metric in METRICS:
            gap, low, high = paired_gap_ci(b[metric], a[metric])
            mean_a = sum(a[metric]) / max(len(a[metric]), 1)
            mean_b = sum(b[metric]) / max(len(b[metric]), 1)
            label = "R-1" if metric == "rouge1" else "R-2"
            parts.append(
                f"{label} {mean_a:.2f} -> {mean_b:.2f} ({gap:+.2f} [{low:+.2f}, {high:+.2f}])"
            )
        changed = sum(1 for x, y in zip(a["rouge1"], b["rouge1"], strict=True) if abs(x - y) > 1e-9)
        print(" ".join(parts) + f"; {changed} items scored differently")
    return 0


def main() -> None:
    versions_main(__doc__, write_scores, compare)


if __name__ == "__main__":
    main()
