"""Train the story assigner's similarity (``src/ringkas/stories/model.json``): ``make model-stories``.

Labelled data: the TRAIN half of ``stories-multinews-val.jsonl`` (its stories split in two with a
fixed seed; the other half is only ever scored, in bench/section_40_stories.py). The stream is
replayed in its order with the gold stories as the assignment: every (article, candidate story)
pair the assigner would score becomes one example (features against the story's core; label:
same gold story). A logistic regression (Newton's method, a small L2 penalty; numpy only, so
rebuilding is deterministic) gives the weights; the join threshold is the one with the best
BCubed F1 when the trained model streams the train half.

    python -m bench.train_stories [OUT.json]
"""

from __future__ import annotations

import json
import random
import sys
from datetime import date
from pathlib import Path

import numpy as np

from bench.common import DATASETS, ROOT

MODEL = ROOT / "src" / "ringkas" / "stories" / "model.json"
SPLIT_SEED = 15
THRESHOLDS = tuple(round(-3.0 + 0.25 * i, 2) for i in range(21))  # -3.0 … 2.0
SYNTH_SEED = 2  # bench/section_40_stories.py reports seed 1
SYNTH_N = 3000
# Indonesian has no real labelled story set here. The best threshold on the synthetic stream of
# seed 2 is 2.0 (its stories of one kind share templated wording), but at 2.0 (and 1.0) the real
# five-outlet seed cluster, streamed first (tests/test_stories.py), splits; at 0.0 the seed
# cluster hidden in IndoSum (tests/test_stories_real.py) takes an undated North Korea article
# (score 0.15). 0.5 keeps both right. Chosen BY HAND on those two real checks, so they are not
# independent evidence for it; the Indonesian figures of docs/benchmarks.md (synthetic seed 1,
# IndoSum story sizes) were not looked at to choose it.
ID_THRESHOLD = 0.5
L2 = 1.0  # as scikit-learn's default C = 1

Row = tuple[str, str, date | None, str]


def multinews() -> tuple[list[Row], list[str]]:
    """The labelled English stream, in its file order: (key, text, published, language) rows."""
    rows = [
        json.loads(line)
        for line in (DATASETS / "stories-multinews-val.jsonl").open(encoding="utf-8")
    ]
    return [(str(r["id"]), str(r["text"]), None, "en") for r in rows], [
        str(r["story"]) for r in rows
    ]


def split(gold: list[str]) -> tuple[set[str], set[str]]:
    """(train, held-out) story labels: half each, by a fixed seed."""
    stories = sorted(set(gold))
    random.Random(SPLIT_SEED).shuffle(stories)
    half = len(stories) // 2
    return set(stories[:half]), set(stories[half:])


def half(rows: list[Row], gold: list[str], keep: set[str]) -> tuple[list[Row], list[str]]:
    picked = [i for i, g in enumerate(gold) if g in keep]
    return [rows[i] for i in picked], [gold[i] for i in picked]


def examples(rows: list[Row], gold: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and labels of every (article, candidate story) pair of the gold replay."""
    from ringkas.stories.assign import FEATURES, Assigner, Model, _Story

    assigner = Assigner(model=Model((0.0,) * len(FEATURES), 0.0, 0.0))
    xs: list[tuple[float, ...]] = []
    ys: list[float] = []
    for (_, text, published, language), label in zip(rows, gold, strict=True):
        seen = assigner._observe(text, published, language)
        for story, body_core in assigner._shortlist(seen):
            xs.append(assigner.features(seen, story, body_core))
            ys.append(1.0 if story.id == label else 0.0)
        assigner._join(assigner.stories.setdefault(label, _Story(label)), seen)
    return np.array(xs, dtype=np.float64), np.array(ys, dtype=np.float64)


def logistic(x: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[np.ndarray, float]:
    """Weights and bias of an L2-penalised logistic regression, by Newton's method."""
    a = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(a.shape[1])
    penalty = np.full(a.shape[1], l2)
    penalty[-1] = 0.0  # no penalty on the bias
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-(a @ w)))
        grad = a.T @ (p - y) + penalty * w
        hess = (a * (p * (1 - p))[:, None]).T @ a + np.diag(penalty)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-10:
            break
    return w[:-1], float(w[-1])


def synthetic(n: int = SYNTH_N, seed: int = SYNTH_SEED) -> tuple[list[Row], list[str]]:
    """A synthetic dated Indonesian stream (bench/synth_stream.py) of another seed than the one
    bench/section_40_stories.py reports."""
    from bench.synth_stream import generate
    from ringkas.ingest import article_from_text

    items = list(generate(n, seed=seed))
    rows: list[Row] = [
        (
            str(r["id"]),
            article_from_text(str(r["text"]), id=str(r["id"])).body,
            date.fromisoformat(str(r["published"])),
            "id",
        )
        for r in items
    ]
    return rows, [str(r["story"]) for r in items]


def best_threshold(
    rows: list[Row], gold: list[str], weights: tuple[float, ...], bias: float
) -> tuple[float, float]:
    """(threshold, BCubed F1) of the threshold with the best F1 (the smaller one on ties)."""
    from ringkas.stories.assign import Model, bcubed, recluster

    language = rows[0][3]
    scored = []
    for t in THRESHOLDS:
        model = Model(weights, bias, ((language, t), ("id", t)))
        scored.append((bcubed(recluster(rows, model=model), gold)[2], -t, t))
    f1, _, threshold = max(scored)
    return threshold, f1


def train() -> dict[str, object]:
    from ringkas.stories.assign import FEATURES

    rows, gold = multinews()
    train_stories, _ = split(gold)
    rows, gold = half(rows, gold, train_stories)
    x, y = examples(rows, gold)
    fitted, fitted_bias = logistic(x, y)
    weights = tuple(round(float(w), 4) for w in fitted)
    bias = round(fitted_bias, 4)
    en, en_f1 = best_threshold(rows, gold, weights, bias)
    id_ = ID_THRESHOLD
    return {
        "features": list(FEATURES),
        "weights": list(weights),
        "bias": bias,
        "thresholds": {"en": en, "id": id_},
        "trained_on": (
            f"weights: stories-multinews-val.jsonl, train half ({len(train_stories)} stories, "
            f"{len(rows)} articles; split seed {SPLIT_SEED}), {len(y)} pairs, {int(y.sum())} same "
            f"story. Threshold en: best BCubed F1 on that half ({en_f1:.3f}); id: fixed "
            f"(bench/train_stories.py ID_THRESHOLD)"
        ),
    }


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else MODEL
    model = train()
    out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(model, indent=1))


if __name__ == "__main__":
    main()
