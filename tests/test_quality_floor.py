"""A quality floor on real data: CI fails if ROUGE drops. Lowering a floor is a reviewed change.

Measured with `ringkas eval ../shared/datasets/indosum-multi-dev.jsonl --no-sumy` (31 clusters,
100 words, Indonesian tokenization) on 2026-11-24: anchored-ilp (the default) R-1 68.0 / R-2 62.4;
ilp 55.1 / 46.5; lead-mmr 62.3 / 55.6; lead 64.8 / 59.2. Floors sit about one point under the
measurement.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ringkas.evaluate.datasets import load_dataset
from ringkas.evaluate.run import evaluate

FLOORS = {  # system: (ROUGE-1 F1, ROUGE-2 F1), percent
    "ringkas:anchored-ilp": (67.0, 61.4),
    "ringkas:ilp": (54.0, 45.5),
    "ringkas:lead-mmr": (61.0, 54.0),
}


@pytest.fixture(scope="module")
def summary(datasets_dir: Path) -> dict:  # type: ignore[type-arg]
    items = load_dataset(datasets_dir / "indosum-multi-dev.jsonl")
    (report,) = evaluate(items, [*FLOORS, "random", "lead"], dataset="indosum-multi-dev", words=100)
    return report.summary()


@pytest.mark.parametrize("system", sorted(FLOORS))
def test_rouge_floor(summary: dict, system: str) -> None:  # type: ignore[type-arg]
    r1, r2 = FLOORS[system]
    scores = summary["systems"][system]
    assert scores["rouge1"]["f1"]["mean"] >= r1
    assert scores["rouge2"]["f1"]["mean"] >= r2


def test_methods_beat_random(summary: dict) -> None:  # type: ignore[type-arg]
    for system in FLOORS:
        assert (
            summary["systems"][system]["rouge1"]["f1"]["mean"]
            > summary["systems"]["random"]["rouge1"]["f1"]["mean"] + 5
        )


def test_default_ahead_of_lead(summary: dict) -> None:  # type: ignore[type-arg]
    """The default's lead over the Lead baseline (3.2 R-1 points when measured) stays positive."""
    default = summary["systems"]["ringkas:anchored-ilp"]
    lead = summary["systems"]["lead"]
    for metric in ("rouge1", "rouge2"):
        assert default[metric]["f1"]["mean"] > lead[metric]["f1"]["mean"]
