"""ROUGE with rouge-score (the maintained Google implementation) and tokenization for Indonesian.

"indonesian": lower-case, words are runs of letters/digits, a hyphenated reduplication
("anak-anak", "sanksi-sanksi") stays ONE token on both sides, and no stemmer (rouge-score's Porter
stemmer is English: it turns "krisis" into "krisi"). "default": rouge-score's own tokenizer
(non-alphanumerics become spaces, so "anak-anak" is two tokens), reported so figures compare
with the literature. "english": the default tokenizer with its Porter stemmer, as DUC/Multi-News
papers report.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

METRICS = ("rouge1", "rouge2", "rougeL")
TOKENIZATIONS = ("indonesian", "default", "english")
_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class IndonesianTokenizer:
    """rouge-score tokenizer interface: ``tokenize(text) -> list[str]``."""

    def tokenize(self, text: str) -> list[str]:
        return _TOKEN.findall(text.lower())


@lru_cache(maxsize=4)
def scorer(tokenization: str = "indonesian") -> object:
    from rouge_score import rouge_scorer

    if tokenization == "indonesian":
        return rouge_scorer.RougeScorer(
            list(METRICS), use_stemmer=False, tokenizer=IndonesianTokenizer()
        )
    if tokenization == "default":
        return rouge_scorer.RougeScorer(list(METRICS), use_stemmer=False)
    if tokenization == "english":
        return rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    raise ValueError(f"unknown tokenization {tokenization!r}")


def truncate(text: str, words: int) -> str:
    """The first ``words`` whitespace-separated words: every system gets the same budget."""
    return " ".join(text.split()[:words])


def score(
    system: str, references: Sequence[str], tokenization: str = "indonesian"
) -> dict[str, tuple[float, float]]:
    """metric → (F1, recall), against the best-matching reference (rouge-score's score_multi)."""
    result = scorer(tokenization).score_multi(list(references), system)  # type: ignore[attr-defined]
    return {m: (float(result[m].fmeasure), float(result[m].recall)) for m in METRICS}


def bootstrap_ci(
    values: Sequence[float], *, resamples: int = 1000, seed: int = 0
) -> tuple[float, float, float]:
    """Mean and 95% percentile-bootstrap interval (seeded: the same figures every run)."""
    data = np.asarray(values, dtype=np.float64)
    if data.size == 0:
        return (0.0, 0.0, 0.0)
    rng = np.random.default_rng(seed)
    means = data[rng.integers(0, data.size, size=(resamples, data.size))].mean(axis=1)
    return float(data.mean()), float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))
