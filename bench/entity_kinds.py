"""How often is a name the fact sheet lists what it says it is? Precision of the entity list's
first ten names against kinds labelled by hand (bench/data/entity-kinds.tsv).

    python -m bench.entity_kinds [SRC] [--wrong a|b]   # SRC: a version's src (default: this one)

The labels cover 84 lists drawn at random (seeded) from those `bench.same_entities` reads: 30
indosum-single-dev articles, 14 indosum-multi-dev clusters, 16 pseudo clusters and 24
multinews-dev clusters, the first ten names of each as s27's code (a, b) or s28's (c) listed
them. Samples "a" and "c" are the ones rules were written from; sample "b" is held out (read
only to score). A name is right when its kind is one of its labels; "none" (a fragment, words
glued to a name) is never right, so a rule that splits or drops it shows as a name the labels do
not hold: listed as unlabelled, to be labelled before a figure is claimed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from bench.common import DATASETS, ROOT

GOLD = ROOT / "bench" / "data" / "entity-kinds.tsv"
TOP = 10


def read_gold() -> dict[tuple[str, str], tuple[str, frozenset[str]]]:
    """(list, name) → (sample, accepted kinds)."""
    gold = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        sample, listed, name, kinds = line.split("\t")
        gold[listed, name] = (sample, frozenset(kinds.split("|")))
    return gold


def _lists(wanted: set[str]) -> dict[str, list[tuple[str, str]]]:
    """The first ``TOP`` (name, kind) of each wanted list, by this process's ringkas."""
    from bench.same_facts import _clusters
    from ringkas.config import Config
    from ringkas.evaluate.datasets import load_dataset
    from ringkas.pipeline import prepare

    def chosen() -> Iterator[tuple[str, Any]]:
        for name, articles in _clusters():
            if name in wanted:
                yield name, articles
        for item in load_dataset(DATASETS / "indosum-single-dev.jsonl"):
            if f"indosum-single/{item.id}" in wanted:
                yield f"indosum-single/{item.id}", item.articles()

    out = {}
    for name, articles in chosen():
        facts = prepare(articles, Config()).facts
        out[name] = [(e.name, e.kind) for e in facts.entities[:TOP]]
    return out


def score(lists: dict[str, list[tuple[str, str]]], wrong: str = "") -> str:
    """The precision table; ``wrong``: also list the wrong names of that sample."""
    gold = read_gold()
    right: dict[tuple[str, str], int] = defaultdict(int)
    seen: dict[tuple[str, str], int] = defaultdict(int)
    unlabelled = []
    mistakes = []
    for listed in sorted(lists):
        language = "en" if listed.startswith("multinews/") else "id"
        for name, kind in lists[listed]:
            if (listed, name) not in gold:
                unlabelled.append(f"  {listed}\t{name}\t{kind}")
                continue
            sample, kinds = gold[listed, name]
            if sample == wrong and kind not in kinds:
                mistakes.append(f"  {listed}\t{name}\t{kind}, not {'|'.join(sorted(kinds))}")
            for key in ((sample, language), (sample, "all")):
                seen[key] += 1
                right[key] += kind in kinds
    rows = ["sample  language  names  right  precision"]
    for key in sorted(seen):
        rows.append(
            f"{key[0]:<7} {key[1]:<9} {seen[key]:>5}  {right[key]:>5}  "
            f"{100 * right[key] / seen[key]:8.1f}%"
        )
    rows.append(f"unlabelled: {len(unlabelled)}")
    if wrong:
        rows.append(f"wrong in sample {wrong}: {len(mistakes)}")
    return "\n".join(rows + unlabelled + mistakes)


def main() -> None:
    wrong = sys.argv.pop(sys.argv.index("--wrong") + 1) if "--wrong" in sys.argv else ""
    if wrong:
        sys.argv.remove("--wrong")
    if len(sys.argv) == 2 and sys.argv[1] != "--here":
        env = {**os.environ, "PYTHONPATH": f"{sys.argv[1]}{os.pathsep}{ROOT}"}
        argv = [sys.executable, "-m", "bench.entity_kinds", "--here"]
        sys.exit(subprocess.call(argv + (["--wrong", wrong] if wrong else []), env=env))
    wanted = {listed for listed, _ in read_gold()}
    print(score(_lists(wanted), wrong))


if __name__ == "__main__":
    main()
