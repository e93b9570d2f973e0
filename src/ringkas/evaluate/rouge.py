"""ROUGE with rouge-score (the maintained Google implementation) and tokenization for Indonesian.

"indonesian": lower-case, words are runs of letters/digits, a hyphenated reduplication
("anak-anak", "sanksi-sanksi") stays ONE token on both sides, and no stemmer (rouge-score's Porter
stemmer is English: it turns "krisis" into "krisi"). Scores are averaged over a cluster's
references (the headline); the best-matching reference is reported beside it. "default": rouge-score's own tokenizer
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


def score_each(
    system: str, references: Sequence[str], tokenization: str = "indonesian"
) -> list[dict[str, tuple[float, float]]]:
    """metric → (F1, recall) against every reference, in reference order."""
    rouge = scorer(tokenization)
    out = []
    for reference in references:
        result = rouge.score(reference, system)  # type: ignore[attr-defined]
        out.append({m: (float(result[m].fmeasure), float(result[m].recall)) for m in METRICS})
    return out


def score(
    system: str, references: Sequence[str], tokenization: str = "indonesian"
) -> dict[str, tuple[float, float]]:
    """metric → (F1, recall) averaged over the references: the headline, as DUC and ROUGE-1.5.5
    report a system scored against several human summaries (each reference counts equally)."""
    return average(score_each(system, references, tokenization))


def average(each: Sequence[dict[str, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    n = max(len(each), 1)
    return {m: (sum(e[m][0] for e in each) / n, sum(e[m][1] for e in each) / n) for m in METRICS}


def best(each: Sequence[dict[str, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Against the best-matching reference (by F1; rouge-score's score_multi): reported beside
    the average, never as the headline (it rewards copying the one article a reference summarizes)."""
    out = {}
    for m in METRICS:
        top = max(each, key=lambda e: e[m][0]) if each else {m: (0.0, 0.0)}
        out[m] = top[m]
    return out


def paired_gap_ci(
    a: Sequence[float], b: Sequence[float], *, resamples: int = 1000, seed: int = 0
) -> tuple[float, float, float]:
    """Mean of a − b per item and its 95% paired-bootstrap interval."""
    return bootstrap_ci(np.subtract(a, b).tolist(), resamples=resamples, seed=seed)


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
