"""A quality floor on real data: CI fails if ROUGE drops. Lowering a floor is a reviewed change.

ROUGE F1 averaged over each cluster's references (the headline of `ringkas eval`), 100 words,
Indonesian tokenization, all 31 clusters of indosum-multi-dev. The learned methods are scored
with the cross-validation fold model that never saw the cluster. Measured with
`ringkas eval ../shared/datasets/indosum-multi-dev.jsonl --no-sumy` (see docs/benchmarks.md);
floors sit about one point under the measurement.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ringkas.evaluate.datasets import load_dataset
from ringkas.evaluate.run import evaluate
from ringkas.select.registry import DEFAULT_METHOD

DEFAULT = f"ringkas:{DEFAULT_METHOD}"
FLOORS = {  # system: (ROUGE-1 F1, ROUGE-2 F1), percent, references averaged
    DEFAULT: (54.2, 45.1),  # measured 55.22 / 46.07
    "ringkas:anchored-ilp": (44.8, 34.7),  # 45.79 / 35.70
    "ringkas:lead-mmr": (42.2, 29.7),  # 43.22 / 30.75
}


@pytest.fixture(scope="module")
def summary(datasets_dir: Path) -> dict:  # type: ignore[type-arg]
    items = load_dataset(datasets_dir / "indosum-multi-dev.jsonl")
    (report,) = evaluate(
        items,
        [*FLOORS, "random", "lead", "lead-3", "round-robin-lead"],
        dataset="indosum-multi-dev",
        words=100,
    )
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


def test_default_ahead_of_lead_and_lead3(summary: dict) -> None:  # type: ignore[type-arg]
    """The default stays ahead of Lead (+11.8 R-1 when measured) and Lead-3 (+6.6) on R-1 and
    R-2. Round-robin Lead is a little behind: 55.22 against 54.18 R-1 (paired gap +1.0 [−0.5,
    +2.6]), R-2 46.07 against 45.81; the +4 target of issue 14 on this set is open. This test is
    to fail the day the default falls behind it by more than noise."""
    default = summary["systems"][DEFAULT]
    for peer in ("lead", "lead-3"):
        for metric in ("rouge1", "rouge2"):
            assert default[metric]["f1"]["mean"] > summary["systems"][peer][metric]["f1"]["mean"]
    gap = (
        default["rouge1"]["f1"]["mean"]
        - summary["systems"]["round-robin-lead"]["rouge1"]["f1"]["mean"]
    )
    assert gap > -1.5


def test_best_reference_reported_beside_the_average(summary: dict) -> None:  # type: ignore[type-arg]
    for scores in summary["systems"].values():
        assert scores["rouge1"]["best_f1"]["mean"] >= scores["rouge1"]["f1"]["mean"]
